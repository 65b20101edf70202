# isinstance/issubclass with tuples of types, nested tuples and bool/int subtleties
values = [1, True, 1.5, 'a', [], (), {}, set(), frozenset(), None, range(1), slice(1), ValueError('x')]
types = [int, bool, float, str, list, tuple, dict, set, frozenset, range, slice, object, Exception, ValueError]
for v in values:
    print(type(v).__name__, [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, float)), isinstance(1.0, (str, (int, float))), isinstance('x', ()), isinstance(None, (type(None),)) if False else 0)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(ValueError, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, (KeyError, LookupError)), issubclass(bool, object), issubclass(type, object))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, (ValueError,)), issubclass(int, ((float,), (object,))))
for call in range(4):
    try:
        if call == 0:
            isinstance(1, 2)
        elif call == 1:
            issubclass(1, int)
        elif call == 2:
            issubclass(int, 1)
        else:
            isinstance(1, (int, 2))
    except TypeError as e:
        print(e)
print(callable(len), callable(1), callable(int), callable('a'), callable([].append), callable(print), callable(ValueError), callable(None))
