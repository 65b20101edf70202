def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

for x in count(3):
    print(x)
print(list(count(5)))
print(sum(x * x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught", e)
            v = 100
        finally:
            pass
        if v is None:
            break
        total += v
    return total

e = echo()
print(e.send(None))
print(e.send(5))
print(e.throw(ValueError("bad")))
print(e.send(1))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "r"

def outer():
    r = yield from inner()
    print("result", r)
    yield from [7, 8]

print(list(outer()))
o = outer()
print(next(o), o.send("hi"), next(o))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in fin():
    print(v)
    break
print("after")
print([y for y in (x + 1 for x in range(3))])
