# base64 and binascii: encoders, decoders and their messages, as CPython 3.12.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7]
for data in samples:
    e64 = base64.b64encode(data)
    e32 = base64.b32encode(data)
    e32h = base64.b32hexencode(data)
    e16 = base64.b16encode(data)
    print(e64[:40], e32[:40], e32h[:24], e16[:24])
    print(base64.b64decode(e64) == data, base64.b32decode(e32) == data, base64.b32hexdecode(e32h) == data,
          base64.b16decode(e16) == data, base64.standard_b64decode(base64.standard_b64encode(data)) == data)
    print(base64.urlsafe_b64encode(data)[-12:], base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)

print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64encode(bytearray(b"\xfb\xff"), b"*!"))
print(base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64decode("YWJj"), base64.b64decode(bytearray(b"YWI=")))
print(base64.b64decode(b"YW Jj\n"), base64.b64decode(b"Y!W@J#j$"), base64.b64decode(b"YQ==garbage"), base64.b64decode(b"YQ=a="))
print(base64.b64decode(b"YWJj", validate=True), base64.b64decode(b"YQ==", validate=True))
print(base64.urlsafe_b64decode("-_8="), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32decode("me======", casefold=True), base64.b32decode("MFRGG===", map01=None))
print(base64.b32decode("0O======".replace("O", "1"), map01="L"), base64.b32decode(b"MFRGGZDF"))
print(base64.b16decode("ff00", casefold=True), base64.b16decode(b"DEADBEEF"))
print(base64.encodebytes(b"x" * 100), base64.encodebytes(b""), base64.decodebytes(b"eHh4\neHg=\n"))
print(binascii.hexlify(b"\x01\xab"), binascii.b2a_hex(b"ab"), binascii.hexlify(b"abc", "-"), binascii.hexlify(b"abcd", b":", 2))
print(binascii.unhexlify("01ab"), binascii.a2b_hex(b"FFff"), binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"ab", newline=False))
print(binascii.a2b_base64("YWI="), binascii.a2b_base64(b"YWI=", strict_mode=True))
print(binascii.Error, binascii.Error.__mro__[1], issubclass(binascii.Error, ValueError))


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except (binascii.Error, TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)


attempt(base64.b64encode, "a")
attempt(base64.b64encode, b"a", altchars="-_")
attempt(base64.b64encode, b"a", altchars=b"-")
attempt(base64.b64decode, 1)
attempt(base64.b64decode, "é")
attempt(base64.b64decode, b"YWJ")
attempt(base64.b64decode, b"Y")
attempt(base64.b64decode, b"YWJjY")
attempt(base64.b64decode, b"YWJjYWJjY===")
attempt(base64.b64decode, b"=YWJj", validate=True)
attempt(base64.b64decode, b"YQ===", validate=True)
attempt(base64.b64decode, b"YQ==YQ==", validate=True)
attempt(base64.b64decode, b"YW!j", validate=True)
attempt(base64.b64decode, b"YQ=a", validate=True)
attempt(base64.b64decode, b"YWJj", altchars=b"-")
attempt(base64.b32encode, "a")
attempt(base64.b32decode, "ME=====")
attempt(base64.b32decode, "ME1=====")
attempt(base64.b32decode, "M=======")
attempt(base64.b32decode, "me======")
attempt(base64.b32decode, "ME======", map01=b"LL")
attempt(base64.b16encode, "a")
attempt(base64.b16decode, "abc")
attempt(base64.b16decode, "ABC")
attempt(base64.b16decode, "0G")
attempt(base64.encodebytes, "a")
attempt(base64.decodebytes, "YQ==")
attempt(binascii.hexlify, "a")
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.unhexlify, 1)
attempt(binascii.a2b_base64, "é")
base64.b64decode(b"abcde")
