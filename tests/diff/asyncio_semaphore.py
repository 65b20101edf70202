# Semaphore limits how many run at once; BoundedSemaphore refuses extra releases.
import asyncio


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        print(name, "running with", len(active))
        await asyncio.sleep(0.01)
        active.remove(name)


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, "job" + str(i), active, peak) for i in range(5)))
    print("peak", max(peak), sem.locked())
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire(), s.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(b, asyncio.Semaphore))


asyncio.run(main())
