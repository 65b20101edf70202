# Task.cancel(msg): the message travels in the CancelledError's args.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("worker got", repr(e), e.args)
        raise


async def quiet():
    await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e), e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises", type(e).__name__)
    q = asyncio.create_task(quiet())
    await asyncio.sleep(0)
    q.cancel(msg="by keyword")
    try:
        await q
    except asyncio.CancelledError as e:
        print("quiet:", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
