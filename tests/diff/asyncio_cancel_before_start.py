# A task cancelled before its first step never runs its body.
import asyncio


async def body(name):
    print(name, "body runs")
    return name


async def main():
    t = asyncio.create_task(body("early"))
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("early was cancelled before it started")
    print(t.cancelled(), t.done())
    u = asyncio.create_task(body("late"))
    await asyncio.sleep(0)
    print("after one round:", u.done(), u.result())
    print("cancel finished:", u.cancel())


asyncio.run(main())
