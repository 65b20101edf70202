# send/throw/close protocols and their errors, try/finally inside generators
def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        if received is not None:
            n = received
        else:
            n += 1
    return n * 10

c = counter(5)
print(next(c), c.send(3), next(c))
try:
    c.send(9)
except StopIteration as e:
    print("stopped with", e.value)
try:
    next(c)
except StopIteration as e:
    print("again", e.args)

fresh = counter(3)
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))

def guarded():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("guarded caught", repr(e))
        yield "recovered"
    finally:
        print("guarded finally")

g = guarded()
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("guarded done")

g = guarded()
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)

g = guarded()
print(next(g))
print(g.throw(KeyError))
g.close()
print("closed")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raises_stop():
    yield 1
    raise StopIteration("oops")

r = raises_stop()
print(next(r))
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def unstarted():
    print("never printed")
    yield 1

u = unstarted()
u.close()
try:
    next(u)
except StopIteration:
    print("closed before start")
u = unstarted()
try:
    u.throw(IndexError("early"))
except IndexError as e:
    print("thrown before start:", e)

def reentrant():
    yield me_gen.send(None)

me_gen = reentrant()
try:
    next(me_gen)
except ValueError as e:
    print("ValueError:", e)

def finally_on_return():
    try:
        yield 1
        return 5
    finally:
        print("finally runs")

f = finally_on_return()
print(next(f))
try:
    next(f)
except StopIteration as e:
    print("value", e.value)

def exception_across_yield():
    try:
        raise KeyError("inside")
    except KeyError as e:
        yield "in handler " + str(e)
        print("still handling", repr(e))
    yield "after handler"

h = exception_across_yield()
print(next(h))
print(next(h))
print(list(h))
gen_repr = repr(counter(1))
print(gen_repr.startswith("<generator object counter at 0x"))
print(next(counter(2), "default"), next(iter([]), "empty"))
done = counter(0)
print(list(done), next(done, "exhausted"))
