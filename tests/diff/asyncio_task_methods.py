# Task methods: names, done/result/exception, InvalidStateError while pending.
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2


async def main():
    t = asyncio.create_task(work(4), name="doubler")
    print(t.get_name(), t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t.set_name("renamed")
    print(t.get_name())
    print(await t, t.result(), t.exception())
    bad = asyncio.create_task(work(-1))
    print(bad.get_name())
    await asyncio.sleep(0.02)
    print(bad.done(), repr(bad.exception()))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), isinstance(asyncio.Future(), asyncio.Task))
    print(asyncio.current_task().get_name(), asyncio.current_task() is asyncio.current_task())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
