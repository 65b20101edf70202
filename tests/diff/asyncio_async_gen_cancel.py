import asyncio


async def slow_numbers():
    try:
        for i in range(100):
            await asyncio.sleep(0.05)
            yield i
    except asyncio.CancelledError:
        print("generator saw CancelledError")
        raise
    finally:
        print("generator finally")


async def consumer(seen):
    async for n in slow_numbers():
        seen.append(n)


async def main():
    seen = []
    task = asyncio.create_task(consumer(seen))
    await asyncio.sleep(0.175)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("consumer cancelled", seen)
    try:
        async with asyncio.timeout(0.12):
            async for n in slow_numbers():
                print("timeout loop", n)
    except TimeoutError:
        print("timed out")
    results = await asyncio.gather(*[asyncio.wait_for(collect(k), 1) for k in range(3)])
    print(results)


async def countdown(k):
    for i in range(k, 0, -1):
        await asyncio.sleep(0.01 * k)
        yield i


async def collect(k):
    return [i async for i in countdown(k)] + [await asyncio.sleep(0, k)]


asyncio.run(main())
