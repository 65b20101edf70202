import asyncio


async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, "finally")


async def consume():
    async for n in numbers("break"):
        if n == 2:
            break
    print("after break")


async def main():
    await consume()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main middle")
    global kept
    kept = numbers("kept")
    print(await kept.__anext__())
    print("main end")


asyncio.run(main())
print("after run")
