import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i
    print("ticker done")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("got", value)
    finally:
        print("echo finally", received)


async def main():
    async for i in ticker(3):
        print("tick", i)
    agen = ticker(2)
    print(type(agen).__name__, agen.__name__, agen.__qualname__)
    print(await agen.__anext__())
    print(await agen.asend(None))
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("still exhausted")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    await e.aclose()
    print("closed")
    squares = [i * i async for i in ticker(4)]
    print(squares)
    evens = {i async for i in ticker(6) if i % 2 == 0}
    print(sorted(evens))
    table = {i: str(i) async for i in ticker(2)}
    print(table)
    async def double(x):
        await asyncio.sleep(0)
        return 2 * x
    print([await double(x) for x in range(4)])
    gen = (i + 1 async for i in ticker(3))
    print(type(gen).__name__)
    print([x async for x in gen])


asyncio.run(main())
