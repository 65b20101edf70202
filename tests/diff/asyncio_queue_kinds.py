# PriorityQueue returns the smallest item first (heapq order); LifoQueue
# the most recent.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print(str(lq))
    got = []
    while not lq.empty():
        got.append(await lq.get())
    print(got)
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue), type(pq).__name__)
    try:
        pq.put_nowait(1)
        pq.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
