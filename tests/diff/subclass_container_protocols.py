# dict and list subclass instances where the language takes dicts and lists:
# annotated parameters, ** and * unpacking, match patterns, the builtins that
# consume iterables, dunders read on instances (also object's, on any instance).
class D(dict):
    pass
class L(list):
    pass

def f(d: dict, l: list):
    return len(d), d["a"], l[0], len(l), [x for x in l]

d = D(a=1, b=2)
l = L([5, 6])
print(f(d, l))
print({**d, "c": 3}, [*l, 7], max(d, key=d.get), sorted(d), print(*l))
def kw(**k):
    return k
print(kw(**d), type(d)(x=1), d.__class__.__name__, vars(l) if hasattr(l, "__dict__") else None)
match d:
    case {"a": 1, **rest}:
        print("mapping", rest)
match l:
    case [first, *others]:
        print("seq", first, others)
for k, v in d.items():
    print(k, v)
class E(dict):
    def __init__(self):
        dict.__init__(self, q=1)

print(E())
class M(list):
    def __init__(self, *items):
        list.__init__(self, items)
print(M(1, 2, 3), M())
print(l.__len__(), d.__getitem__("a"), l.__getitem__(1), d.__contains__("a"))
print(str(d), format(l), "%s" % l, f"{d!r}")
x = L([3, 1, 2])
x.sort(key=lambda v: -v)
print(x, x.__class__ is L, type(x) is list, isinstance(x, L))
import copy
print(copy.deepcopy(L([L([1])])), type(copy.deepcopy(L([L([1])]))[0]).__name__)
print(sum(L([1, 2, 3])), "".join(L(["a", "b"])), set(L([1, 1])), tuple(L([1, 2])), dict(L([(1, 2)])))
print(L([1, 2]) == L([1, 2]), D(a=1) == D(a=1), L() is L())
y = L(range(10))
del y[::2]
y[0:2] = [9, 9, 9]
print(y, y.pop(0), y)
print(d.__repr__(), l.__repr__(), super(D, d).__repr__())
class C:
    pass
print(C().__repr__()[:10], C().__eq__(1))
class X(ValueError):
    pass
print(X("a").__str__())
