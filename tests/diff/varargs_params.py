# *args and **kwargs parameters, and calls that unpack with * (bound at run
# time through the function object, as CPython binds every call).


def total(*numbers):
    return sum(numbers), len(numbers), numbers


print(total())
print(total(1))
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(total(0, *values, 7))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))


def options(name, **settings):
    return name, sorted(settings.items())


print(options("x"))
print(options("y", depth=3, width=4))
print(options(name="z", colour="red"))


def everything(a, b=2, *args, key="k", **kwargs):
    return a, b, args, key, kwargs


print(everything(1))
print(everything(1, 3, 5, 7, key="q", extra=9, more=10))
print(everything(*[1, 2, 3]))
print(everything(1, extra=True))


def keyword_only(*, a, b=5):
    return a * b


print(keyword_only(a=2), keyword_only(a=2, b=3))


def forward(*args, **kwargs):
    return everything(*args, **kwargs) if kwargs else everything(*args)


print(forward(10, 20, 30))
print(forward(10, key="z"))

for call in [lambda: head_tail(), lambda: keyword_only(1), lambda: keyword_only(), lambda: options(),
             lambda: options("n", name="m"), lambda: everything(1, 2, a=3), lambda: total(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

collect = lambda *xs, **kw: (xs, kw)
print(collect(), collect(1, 2, z=3))


def outer(*outer_args):
    def inner(*inner_args):
        return outer_args + inner_args
    return inner


print(outer(1, 2)(3, 4))


def kw_target(a, b=0, **rest):
    return a, b, sorted(rest.items())


settings = {"b": 2, "c": 3}
print(kw_target(1, **settings))
print(kw_target(**{"a": 5}))
print(kw_target(1, **settings, d=4))
print(everything(*(1, 2), *[3], key="k2", **{"x": 1}))
print(sorted(**{"key": len, "reverse": True}, iterable=["aa", "b", "ccc"]) if False else sorted(["aa", "b", "ccc"], **{"key": len}))
print(dict(**{"p": 1}, q=2))
print("-".join(["a", "b"]), dict(**{"x": 1, "y": 2}))


def no_kwargs(**k):
    return k


def one(a):
    return a


for call in [lambda: no_kwargs(a=1, **{"a": 2}), lambda: no_kwargs(**1), lambda: no_kwargs(**{1: 2}),
             lambda: one(**{"a": 1}, a=2), lambda: len(**{"x": 1}), lambda: one(*1), lambda: one(*[1, 2])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
