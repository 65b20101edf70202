# An ExceptionGroup from a TaskGroup that nobody catches.
import asyncio


async def broken():
    raise ZeroDivisionError("division by zero in a task")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(broken())


asyncio.run(main())
