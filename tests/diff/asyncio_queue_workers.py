# Producers and consumers through a bounded queue: put() waits while full,
# get() while empty, join() until every item is task_done().
import asyncio


async def producer(q, name, count):
    for i in range(count):
        await q.put((name, i))
        print("put", name, i, "size", q.qsize())
    print(name, "done producing")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        seen.append(item)
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(2)
    seen = []
    consumers = [asyncio.create_task(consumer(q, "c" + str(i), seen)) for i in range(2)]
    producers = [asyncio.create_task(producer(q, p, 3)) for p in "ab"]
    await asyncio.gather(*producers)
    print("producers finished")
    await q.join()
    print("all items processed:", len(seen))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
