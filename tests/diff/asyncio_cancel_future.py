# A task awaiting a plain Future: cancelling the future wakes the task with
# CancelledError; cancelling the task cancels the future it waits on.
import asyncio


async def waiter(fut, name):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, "t1"))
    await asyncio.sleep(0)
    f1.cancel("future cancelled")
    await asyncio.sleep(0)
    print("t1:", t1.cancelled())
    f2 = loop.create_future()
    t2 = asyncio.create_task(waiter(f2, "t2"))
    await asyncio.sleep(0)
    t2.cancel("task cancelled")
    await asyncio.sleep(0)
    print("f2 cancelled:", f2.cancelled(), "t2 done:", t2.done())
    await asyncio.sleep(0)
    print("t2:", t2.cancelled())
    f3 = loop.create_future()
    t3 = asyncio.create_task(waiter(f3, "t3"))
    await asyncio.sleep(0)
    f3.set_result("value")
    print("t3:", await t3)


asyncio.run(main())
