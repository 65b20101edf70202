# TaskGroup: __aexit__ waits for every task created in the group.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0.01), name="job-b")
        print(repr(tg), b.get_name())
    print("group done:", a.result(), b.result(), repr(tg))
    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    fresh = asyncio.TaskGroup()
    try:
        fresh.create_task(job("early", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.TaskGroup() as empty:
        pass
    print("empty group", repr(empty))


asyncio.run(main())
