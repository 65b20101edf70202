import hashlib

print(hashlib.sha512(b"x").hexdigest())
