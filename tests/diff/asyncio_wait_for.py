# wait_for: the result in time, TimeoutError (the awaited coroutine is
# cancelled) when late, and timeout=None or <= 0.
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("slow", value, "was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(0.01, "fast enough"), timeout=1))
    try:
        await asyncio.wait_for(slow(1, "too slow"), 0.05)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e) is asyncio.TimeoutError)
    print(await asyncio.wait_for(slow(0.01, "no timeout"), None))
    t = asyncio.create_task(slow(1, "task"))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timeout 0: task cancelled:", t.cancelled())
    done = asyncio.create_task(slow(0, "done task"))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done, -1))
    inner = asyncio.create_task(slow(1, "shared"))
    try:
        await asyncio.wait_for(inner, timeout=0.02)
    except TimeoutError:
        print("inner cancelled:", inner.cancelled())


asyncio.run(main())
