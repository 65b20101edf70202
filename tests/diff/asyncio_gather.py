import asyncio


async def square(x, delay):
    print("start", x)
    await asyncio.sleep(delay)
    print("end", x)
    return x * x


async def fail(delay, message):
    await asyncio.sleep(delay)
    raise ValueError(message)


async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)


async def main():
    results = await asyncio.gather(square(1, 0.03), square(2, 0.01), square(3, 0.02), square(4, 0))
    print(results)
    print(await asyncio.gather())
    mixed = await asyncio.gather(square(5, 0.02), fail(0.01, "bad"), return_exceptions=True)
    print(mixed[0], type(mixed[1]).__name__, mixed[1])
    try:
        await asyncio.gather(fail(0.02, "late"), fail(0.01, "early"))
    except ValueError as e:
        print("caught", e)
    print(await nested(10))
    task = asyncio.create_task(square(6, 0))
    print(await asyncio.gather(task, square(7, 0)))
    print(await asyncio.sleep(0.05, "slept"))


asyncio.run(main())
