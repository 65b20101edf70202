# TypeError messages for wrong argument counts, keywords and types of each builtin
try:
    print(sum([1], 2, 3))
except (TypeError, ValueError) as e:
    print('sum([1], 2, 3)', type(e).__name__, e)
try:
    print(sorted([1], 2))
except (TypeError, ValueError) as e:
    print('sorted([1], 2)', type(e).__name__, e)
try:
    print(min())
except (TypeError, ValueError) as e:
    print('min()', type(e).__name__, e)
try:
    print(enumerate([], 1, 2))
except (TypeError, ValueError) as e:
    print('enumerate([], 1, 2)', type(e).__name__, e)
try:
    print(zip(a=1))
except (TypeError, ValueError) as e:
    print('zip(a=1)', type(e).__name__, e)
try:
    print(divmod(1))
except (TypeError, ValueError) as e:
    print('divmod(1)', type(e).__name__, e)
try:
    print(round(1, 2, 3))
except (TypeError, ValueError) as e:
    print('round(1, 2, 3)', type(e).__name__, e)
try:
    print(pow(1))
except (TypeError, ValueError) as e:
    print('pow(1)', type(e).__name__, e)
try:
    print(abs())
except (TypeError, ValueError) as e:
    print('abs()', type(e).__name__, e)
try:
    print(isinstance(1))
except (TypeError, ValueError) as e:
    print('isinstance(1)', type(e).__name__, e)
try:
    print(next())
except (TypeError, ValueError) as e:
    print('next()', type(e).__name__, e)
try:
    print(iter())
except (TypeError, ValueError) as e:
    print('iter()', type(e).__name__, e)
try:
    print(reversed())
except (TypeError, ValueError) as e:
    print('reversed()', type(e).__name__, e)
try:
    print(filter(None))
except (TypeError, ValueError) as e:
    print('filter(None)', type(e).__name__, e)
try:
    print(map(abs))
except (TypeError, ValueError) as e:
    print('map(abs)', type(e).__name__, e)
try:
    print(hex())
except (TypeError, ValueError) as e:
    print('hex()', type(e).__name__, e)
try:
    print(format())
except (TypeError, ValueError) as e:
    print('format()', type(e).__name__, e)
try:
    print(repr())
except (TypeError, ValueError) as e:
    print('repr()', type(e).__name__, e)
try:
    print(ascii())
except (TypeError, ValueError) as e:
    print('ascii()', type(e).__name__, e)
try:
    print(callable())
except (TypeError, ValueError) as e:
    print('callable()', type(e).__name__, e)
try:
    print(id())
except (TypeError, ValueError) as e:
    print('id()', type(e).__name__, e)
try:
    print(hash())
except (TypeError, ValueError) as e:
    print('hash()', type(e).__name__, e)
try:
    print(len())
except (TypeError, ValueError) as e:
    print('len()', type(e).__name__, e)
try:
    print(chr())
except (TypeError, ValueError) as e:
    print('chr()', type(e).__name__, e)
try:
    print(ord())
except (TypeError, ValueError) as e:
    print('ord()', type(e).__name__, e)
try:
    print(bin())
except (TypeError, ValueError) as e:
    print('bin()', type(e).__name__, e)
try:
    print(oct())
except (TypeError, ValueError) as e:
    print('oct()', type(e).__name__, e)
try:
    print(all())
except (TypeError, ValueError) as e:
    print('all()', type(e).__name__, e)
try:
    print(any())
except (TypeError, ValueError) as e:
    print('any()', type(e).__name__, e)
try:
    print(issubclass(int))
except (TypeError, ValueError) as e:
    print('issubclass(int)', type(e).__name__, e)
try:
    print(print(end=1))
except (TypeError, ValueError) as e:
    print('print(end=1)', type(e).__name__, e)
try:
    print(sum(x=1))
except (TypeError, ValueError) as e:
    print('sum(x=1)', type(e).__name__, e)
try:
    print(max(1, 2, key=abs, x=2))
except (TypeError, ValueError) as e:
    print('max(1, 2, key=abs, x=2)', type(e).__name__, e)
try:
    print(sorted())
except (TypeError, ValueError) as e:
    print('sorted()', type(e).__name__, e)
try:
    print(sorted([], bad=1))
except (TypeError, ValueError) as e:
    print('sorted([], bad=1)', type(e).__name__, e)
try:
    print(len(x=1))
except (TypeError, ValueError) as e:
    print('len(x=1)', type(e).__name__, e)
try:
    print(abs(1, 2))
except (TypeError, ValueError) as e:
    print('abs(1, 2)', type(e).__name__, e)
try:
    print(divmod(1, 2, 3))
except (TypeError, ValueError) as e:
    print('divmod(1, 2, 3)', type(e).__name__, e)
try:
    print(pow(1, 2, 3, 4))
except (TypeError, ValueError) as e:
    print('pow(1, 2, 3, 4)', type(e).__name__, e)
try:
    print(round(1.5, 2.5))
except (TypeError, ValueError) as e:
    print('round(1.5, 2.5)', type(e).__name__, e)
try:
    print(round("a"))
except (TypeError, ValueError) as e:
    print('round("a")', type(e).__name__, e)
try:
    print(chr(1.5))
except (TypeError, ValueError) as e:
    print('chr(1.5)', type(e).__name__, e)
try:
    print(ord(5))
except (TypeError, ValueError) as e:
    print('ord(5)', type(e).__name__, e)
try:
    print(hex("a"))
except (TypeError, ValueError) as e:
    print('hex("a")', type(e).__name__, e)
try:
    print(iter(1, 2, 3))
except (TypeError, ValueError) as e:
    print('iter(1, 2, 3)', type(e).__name__, e)
try:
    print(next(1, 2, 3))
except (TypeError, ValueError) as e:
    print('next(1, 2, 3)', type(e).__name__, e)
try:
    print(format(1, 2))
except (TypeError, ValueError) as e:
    print('format(1, 2)', type(e).__name__, e)
try:
    print(format(1, "q"))
except (TypeError, ValueError) as e:
    print('format(1, "q")', type(e).__name__, e)
try:
    print(isinstance(1, int, 2))
except (TypeError, ValueError) as e:
    print('isinstance(1, int, 2)', type(e).__name__, e)
try:
    print(enumerate(x=1))
except (TypeError, ValueError) as e:
    print('enumerate(x=1)', type(e).__name__, e)
try:
    print(reversed([], []))
except (TypeError, ValueError) as e:
    print('reversed([], [])', type(e).__name__, e)
try:
    print(zip([1], strict=1, x=2))
except (TypeError, ValueError) as e:
    print('zip([1], strict=1, x=2)', type(e).__name__, e)
try:
    print(any(1))
except (TypeError, ValueError) as e:
    print('any(1)', type(e).__name__, e)
try:
    print(all(None))
except (TypeError, ValueError) as e:
    print('all(None)', type(e).__name__, e)
try:
    print(sorted(1))
except (TypeError, ValueError) as e:
    print('sorted(1)', type(e).__name__, e)
try:
    print(min(1, key=abs))
except (TypeError, ValueError) as e:
    print('min(1, key=abs)', type(e).__name__, e)
try:
    print(repr(1, 2))
except (TypeError, ValueError) as e:
    print('repr(1, 2)', type(e).__name__, e)
try:
    print(print(sep=5))
except (TypeError, ValueError) as e:
    print('print(sep=5)', type(e).__name__, e)
try:
    print(abs(None))
except (TypeError, ValueError) as e:
    print('abs(None)', type(e).__name__, e)
try:
    print(divmod(1.5, "a"))
except (TypeError, ValueError) as e:
    print('divmod(1.5, "a")', type(e).__name__, e)
try:
    print(pow("a", 2))
except (TypeError, ValueError) as e:
    print('pow("a", 2)', type(e).__name__, e)
try:
    print(pow(2, "a"))
except (TypeError, ValueError) as e:
    print('pow(2, "a")', type(e).__name__, e)
try:
    print(round(1, "a"))
except (TypeError, ValueError) as e:
    print('round(1, "a")', type(e).__name__, e)
try:
    print(id(1, 2))
except (TypeError, ValueError) as e:
    print('id(1, 2)', type(e).__name__, e)
try:
    print(callable(1, 2))
except (TypeError, ValueError) as e:
    print('callable(1, 2)', type(e).__name__, e)
try:
    print(enumerate(start=1))
except (TypeError, ValueError) as e:
    print('enumerate(start=1)', type(e).__name__, e)
try:
    print(enumerate([], x=1))
except (TypeError, ValueError) as e:
    print('enumerate([], x=1)', type(e).__name__, e)
try:
    print(pow(exp=1))
except (TypeError, ValueError) as e:
    print('pow(exp=1)', type(e).__name__, e)
try:
    print(round(ndigits=1))
except (TypeError, ValueError) as e:
    print('round(ndigits=1)', type(e).__name__, e)
try:
    print(sum(start=1))
except (TypeError, ValueError) as e:
    print('sum(start=1)', type(e).__name__, e)
try:
    print(pow(1, 2, 3, mod=4))
except (TypeError, ValueError) as e:
    print('pow(1, 2, 3, mod=4)', type(e).__name__, e)
try:
    print(round(1, number=2))
except (TypeError, ValueError) as e:
    print('round(1, number=2)', type(e).__name__, e)
try:
    print(str(1, 2, 3, 4))
except (TypeError, ValueError) as e:
    print('str(1, 2, 3, 4)', type(e).__name__, e)
try:
    print("a".split(1, 2, 3))
except (TypeError, ValueError) as e:
    print('"a".split(1, 2, 3)', type(e).__name__, e)
try:
    print(sum([], start=1, x=2))
except (TypeError, ValueError) as e:
    print('sum([], start=1, x=2)', type(e).__name__, e)
try:
    print(zip(strict=1, strict2=1))
except (TypeError, ValueError) as e:
    print('zip(strict=1, strict2=1)', type(e).__name__, e)
try:
    print(zip([], x=1))
except (TypeError, ValueError) as e:
    print('zip([], x=1)', type(e).__name__, e)
