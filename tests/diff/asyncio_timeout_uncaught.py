# An uncaught TimeoutError from wait_for ends the program.
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(5), 0.01)


asyncio.run(main())
