# A failing task cancels its siblings; the errors leave as an ExceptionGroup.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1"))
            tg.create_task(fail(0.01, ValueError("bad value")))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print([repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, KeyError("k")))
            tg.create_task(fail(0.01, TypeError("t")))
    except* KeyError as eg:
        print("except* KeyError:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("except* TypeError:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s2"))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg, eg.exceptions)
    print("still running:", asyncio.current_task().cancelling())


asyncio.run(main())
