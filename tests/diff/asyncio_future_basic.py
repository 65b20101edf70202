# asyncio.Future: set_result/set_exception/cancel, await, and their reprs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    loop.call_soon(f.set_result, 42)
    print("awaited:", await f, repr(f))
    try:
        f.set_result(0)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    g = asyncio.Future()
    g.set_exception(KeyError("k"))
    print(repr(g), repr(g.exception()))
    try:
        await g
    except KeyError as e:
        print("await raised", repr(e))
    h = asyncio.Future()
    h.set_exception(ValueError)
    print(repr(h.exception()))
    c = asyncio.Future()
    print(c.cancel(), c.cancel(), repr(c), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("cancelled result:", repr(e))
    s = asyncio.Future()
    s.set_result("a long string result that reprlib shortens")
    print(repr(s))
    n = asyncio.Future()
    n.set_result(2 ** 200)
    print(repr(n))
    try:
        asyncio.Future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Future().set_exception(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
