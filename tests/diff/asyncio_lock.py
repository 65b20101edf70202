# asyncio.Lock: one holder at a time, waiters served first come first served,
# async with, locked(), and release() of an unlocked lock.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(critical(lock, "t" + str(i), log) for i in range(3)))
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("inside, value", value, lock.locked())
        waiting = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.sleep(0)
        print("cancelled waiter:", waiting.cancelled())
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside the lock")
    except ValueError as e:
        print("released after", repr(e), lock.locked())


asyncio.run(main())
