# all_tasks(), ensure_future(), iscoroutine() and isfuture().
import asyncio


async def nap(n):
    await asyncio.sleep(n)
    return n


async def main():
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    t = asyncio.create_task(nap(0.01))
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    coro = nap(0)
    print(asyncio.iscoroutine(coro), asyncio.isfuture(coro), asyncio.iscoroutine(nap))
    f = asyncio.ensure_future(coro)
    print(type(f).__name__, asyncio.isfuture(f), asyncio.ensure_future(f) is f)
    print(await f)
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    task = loop.create_task(nap(0), name="from the loop")
    print(task.get_name(), await task)


asyncio.run(main())
