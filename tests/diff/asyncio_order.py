import asyncio


async def worker(name, delay, times):
    for i in range(times):
        print(name, "step", i)
        await asyncio.sleep(delay)
    print(name, "done")
    return name.upper()


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(worker("a", 0.1, 2))
    b = asyncio.create_task(worker("b", 0.04, 4))
    t = asyncio.create_task(ticker())
    print("created", a.done(), b.done())
    await asyncio.sleep(0)
    print("after sleep(0)")
    ra = await a
    print("a returned", ra, a.done(), a.result())
    rb = await b
    print("b returned", rb)
    await t
    print(t.result())
    return 42


print(asyncio.run(main()))
