# One child of a gather is cancelled: without return_exceptions the gather
# fails with CancelledError; with it, the CancelledError is in the results.
import asyncio


async def value(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    a = asyncio.create_task(value(1, 0.01))
    b = asyncio.create_task(value(2, 0.5))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather failed with CancelledError; a done:", a.done())
    c = asyncio.create_task(value(3, 0.01))
    d = asyncio.create_task(value(4, 0.5))
    h = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    d.cancel("no thanks")
    results = await h
    print([type(r).__name__ for r in results], results[0], results[1].args)


asyncio.run(main())
