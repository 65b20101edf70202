# A coroutine may catch CancelledError and go on: the task then finishes
# normally; cancelling() still counts the request until uncancel().
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring the cancellation")
    await asyncio.sleep(0.01)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("cancelling:", t.cancelling())
    print("result:", await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("uncancel:", t.uncancel(), t.uncancel())


asyncio.run(main())
