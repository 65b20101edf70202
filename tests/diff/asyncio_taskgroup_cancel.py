# Cancelling the task that runs a TaskGroup cancels the group's tasks, and
# CancelledError propagates out of the async with.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally")


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
    async with asyncio.timeout(0.02):
        pass
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("c2"))
    except TimeoutError:
        print("timeout around a group")


asyncio.run(main())
