# hashlib: md5, sha1 and sha256 digests, incremental updates, copies and errors.
import hashlib

samples = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 63,
           b"a" * 64, b"a" * 65, b"a" * 119, b"a" * 120, bytes(range(256)) * 5]
for make in (hashlib.md5, hashlib.sha1, hashlib.sha256):
    for data in samples:
        h = make(data)
        print(h.name, len(data), h.hexdigest())
    h = make()
    print(h.name, h.digest_size, h.block_size, h.digest(), len(h.digest()))

h = hashlib.sha256()
for i in range(100):
    h.update(bytes([i]) * i)
print(h.hexdigest(), h.hexdigest() == h.hexdigest())
h = hashlib.md5(b"hello ")
c = h.copy()
c.update(b"world")
print(h.hexdigest(), c.hexdigest(), hashlib.md5(b"hello world").hexdigest())
print(hashlib.sha1(bytearray(b"bytes in an array")).hexdigest())
print(hashlib.md5(string=b"kw").hexdigest(), hashlib.md5(b"x", usedforsecurity=False).hexdigest())
for name in ["md5", "sha1", "sha256", "SHA256", "Sha1", "MD5", "sha-256", "sha-1"]:
    h = hashlib.new(name, b"data")
    print(name, h.name, h.hexdigest())
print(hashlib.new("sha256", data=b"data").hexdigest(), hashlib.new(name="md5").hexdigest())
print(type(hashlib.md5()).__name__, type(hashlib.md5()).__module__)
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
r = hashlib.sha256(b"x")
print(r.digest().hex() == r.hexdigest(), r.digest()[:4])


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


h = hashlib.md5()
attempt(hashlib.md5, "abc")
attempt(h.update, "abc")
attempt(h.update, 1)
attempt(h.update)
attempt(h.update, b"a", b"b")
attempt(hashlib.sha1, 1)
attempt(hashlib.sha256, None)
attempt(hashlib.md5, data=b"x")
attempt(hashlib.md5, b"x", b"y")
attempt(hashlib.new, "foo")
attempt(hashlib.new)
attempt(hashlib.new, 1)
attempt(hashlib.new, "md5", "a")
attempt(hashlib.new, "md5", 1)
attempt(h.digest, 1)
attempt(h.hexdigest, 1)
attempt(h.copy, 1)
hashlib.sha1(b"a").update("text")
