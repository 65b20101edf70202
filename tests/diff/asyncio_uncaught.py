import asyncio


async def inner():
    await asyncio.sleep(0.01)
    print("raising")
    raise KeyError("missing key")


async def main():
    print("main starts")
    await inner()
    print("not reached")


asyncio.run(main())
