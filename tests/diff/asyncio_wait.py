# asyncio.wait with each return_when and with a timeout; the results are
# sets, so they are printed sorted.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job("j" + str(i), 0.01 * (i + 1)), name="j" + str(i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), names(pending))
    mixed = [asyncio.create_task(job("ok", 0.01), name="ok"),
             asyncio.create_task(job("bad", 0.02, True), name="bad"),
             asyncio.create_task(job("slow", 1), name="slow")]
    done, pending = await asyncio.wait(mixed, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait(mixed, timeout=0.05)
    print("timeout:", names(done), names(pending))
    mixed[2].cancel()
    await asyncio.sleep(0)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], "nope"):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
