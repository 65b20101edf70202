# Cancelling a task that awaits another task cancels the inner task too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer sees CancelledError")
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.sleep(0)
    print("inner cancelled:", i.cancelled(), "outer done:", o.done())
    await asyncio.sleep(0)
    print("outer cancelled:", o.cancelled())


asyncio.run(main())
