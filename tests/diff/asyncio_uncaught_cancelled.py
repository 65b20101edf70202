# The main task cancelled: asyncio.run raises CancelledError.
import asyncio


async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, task.cancel)
    print("waiting")
    await asyncio.sleep(1)
    print("not reached")


asyncio.run(main())
