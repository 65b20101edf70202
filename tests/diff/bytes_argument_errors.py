# Argument-count and keyword errors of bytes and bytearray methods, in each of CPython's wordings.
for value in [b"abc", bytearray(b"abc")]:
    try:
        print(value.count())
    except TypeError as e:
        print(e)
    try:
        print(value.rfind(1, 2, 3, 4))
    except TypeError as e:
        print(e)
    try:
        print(value.endswith(b"a", 1, 2, 3))
    except TypeError as e:
        print(e)
    try:
        print(value.center())
    except TypeError as e:
        print(e)
    try:
        print(value.strip(b"a", b"b"))
    except TypeError as e:
        print(e)
    try:
        print(value.partition())
    except TypeError as e:
        print(e)
    try:
        print(value.replace(b"a"))
    except TypeError as e:
        print(e)
    try:
        print(value.join())
    except TypeError as e:
        print(e)
    try:
        print(value.zfill())
    except TypeError as e:
        print(e)
    try:
        print(value.split(b"a", 1, 2))
    except TypeError as e:
        print(e)
    try:
        print(value.removeprefix())
    except TypeError as e:
        print(e)
    try:
        print(value.lower(1))
    except TypeError as e:
        print(e)
    try:
        print(value.isalpha(1))
    except TypeError as e:
        print(e)
    try:
        print(value.find(b"a", x=1))
    except TypeError as e:
        print(e)
    try:
        print(value.split(separator=b","))
    except TypeError as e:
        print(e)
    try:
        print(value.decode("utf-8", "strict", "extra"))
    except TypeError as e:
        print(e)
array = bytearray(b"x")
try:
    array.append()
except TypeError as e:
    print(e)
try:
    array.pop(1, 2)
except TypeError as e:
    print(e)
try:
    array.copy(1)
except TypeError as e:
    print(e)
try:
    array.clear(1)
except TypeError as e:
    print(e)
try:
    array.insert(1)
except TypeError as e:
    print(e)
try:
    array.extend(1.5)
except TypeError as e:
    print(e)
try:
    array.extend(None)
except TypeError as e:
    print(e)
try:
    array.append(x=1)
except TypeError as e:
    print(e)
try:
    array.remove()
except TypeError as e:
    print(e)
print(array)
