# asyncio message passing: a ring of worker tasks, each reading from its own
# asyncio.Queue and forwarding a transformed token to the next worker's
# bounded queue, plus a fan-in stage that sums the results. Measures task
# switching, Queue.get/put waits and futures on the event loop.
import asyncio

WORKERS = 50
TOKENS = 300
HOPS = 3500


async def worker(index, inbox, outbox, done):
    while True:
        token = await inbox.get()
        if token is None:
            inbox.task_done()
            return index
        value, hops = token
        value = (value * 31 + index) % 1000003
        if hops == 0:
            await done.put(value)
        else:
            await outbox.put((value, hops - 1))
        inbox.task_done()


async def collector(done, expected):
    total = 0
    count = 0
    while count < expected:
        total = (total + await done.get()) % 1000000007
        count += 1
    return total


async def main():
    queues = [asyncio.Queue(maxsize=8) for _ in range(WORKERS)]
    done = asyncio.Queue()
    workers = [asyncio.create_task(worker(i, queues[i], queues[(i + 1) % WORKERS], done)) for i in range(WORKERS)]
    collecting = asyncio.create_task(collector(done, TOKENS))
    for t in range(TOKENS):
        await queues[t % WORKERS].put((t, HOPS))
    checksum = await collecting
    for q in queues:
        await q.put(None)
    finished = await asyncio.gather(*workers)
    print("checksum", checksum, "workers", len(finished), sum(finished))


asyncio.run(main())
