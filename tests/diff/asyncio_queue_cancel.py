# A get() waiting on an empty queue is cancelled: the getter goes away and a
# later put() reaches the next waiter.
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    q = asyncio.Queue()
    first = asyncio.create_task(getter(q, "first"))
    second = asyncio.create_task(getter(q, "second"))
    await asyncio.sleep(0)
    print(str(q))
    first.cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("item")
    await second
    full = asyncio.Queue(1)
    full.put_nowait(0)
    blocked = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    print(str(full))
    blocked.cancel()
    await asyncio.sleep(0)
    print(str(full), blocked.cancelled())
    print(await asyncio.wait_for(q.get(), 0.5) if not q.empty() else "empty")
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", str(q))


asyncio.run(main())
