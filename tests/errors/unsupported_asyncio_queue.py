import asyncio


async def main():
    queue = asyncio.Queue()
    await queue.put(1)


asyncio.run(main())
