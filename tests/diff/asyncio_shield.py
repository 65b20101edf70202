# shield(): cancelling the outer future leaves the inner task running.
import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done:", inner.done())
    print("inner result:", await inner)
    done = asyncio.create_task(asyncio.sleep(0, "already"))
    await done
    print(asyncio.shield(done) is done)
    again = asyncio.shield(important())
    print("shielded coroutine:", await again)
    failing = asyncio.Future()
    shielded = asyncio.shield(failing)
    failing.set_exception(ValueError("inner failed"))
    try:
        await shielded
    except ValueError as e:
        print("outer got", repr(e))
    c = asyncio.Future()
    s = asyncio.shield(c)
    c.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", s.cancelled())


asyncio.run(main())
