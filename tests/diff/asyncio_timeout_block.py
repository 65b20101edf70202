# async with asyncio.timeout(...): TimeoutError when the deadline passes,
# expired(), reschedule(), timeout(None), and the Timeout's repr.
import asyncio


async def main():
    cm = None
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm)[:16])
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print("in time; expired:", cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        print("when:", cm3.when())
        cm3.reschedule(asyncio.get_running_loop().time() + 0.02)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("the body sees CancelledError")
            raise
    print("unreachable")


async def runner():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    t = asyncio.timeout(1)
    print(repr(t))
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at fired")


asyncio.run(runner())
