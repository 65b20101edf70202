import asyncio


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("guarded finally")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2


async def raising():
    yield 1
    raise StopAsyncIteration


async def main():
    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")
    g2 = guarded()
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    r = raising()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    a = guarded()
    nxt = a.__anext__()
    print(await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError", e)
    await a.aclose()
    print(await a.aclose())


asyncio.run(main())
