import asyncio


def blocking():
    return 1


async def main():
    print(await asyncio.to_thread(blocking))


asyncio.run(main())
