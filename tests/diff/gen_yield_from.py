# yield from: return values, delegation of send/throw/close, recursion
def leaf(name, n):
    for i in range(n):
        got = yield f"{name}{i}"
        if got is not None:
            print("leaf", name, "got", got)
    return name.upper()

def middle():
    a = yield from leaf("a", 2)
    b = yield from leaf("b", 1)
    print("middle results", a, b)
    return a + b

def top():
    result = yield from middle()
    yield from ("x", "y")
    yield from range(2)
    return result

print(list(top()))
t = top()
print(next(t), t.send("hello"), next(t), next(t))
print(list(t))

def tree(node):
    if node is None:
        return 0
    value, left, right = node
    count = yield from tree(left)
    yield value
    count += 1
    count += yield from tree(right)
    return count

root = (4, (2, (1, None, None), (3, None, None)), (6, (5, None, None), None))
print(list(tree(root)))
walker = tree(root)
items = []
while True:
    try:
        items.append(next(walker))
    except StopIteration as e:
        print("nodes", e.value)
        break
print(items)

def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")

def delegator():
    try:
        yield from catcher()
    finally:
        print("outer finally")

d = delegator()
print(next(d))
print(d.throw(ValueError("boom")))
d.close()
print("closed delegator")

d = delegator()
print(next(d))
try:
    d.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", e)

def over_list():
    r = yield from [1, 2]
    print("list result", r)

o = over_list()
print(next(o))
try:
    o.throw(IndexError("into list"))
except IndexError as e:
    print("list delegate:", e)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
