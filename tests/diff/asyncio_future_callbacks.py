# Done callbacks run through call_soon, in the order they were added, each
# with the future; remove_done_callback removes every equal one.
import asyncio


def report(tag):
    def callback(fut):
        print("callback", tag, fut.result())
    return callback


def plain(fut):
    print("plain callback", fut.done())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    first, second = report("first"), report("second")
    f.add_done_callback(first)
    f.add_done_callback(plain)
    f.add_done_callback(second)
    f.add_done_callback(plain)
    print("removed:", f.remove_done_callback(plain), f.remove_done_callback(plain))
    f.set_result("ok")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one round")
    f.add_done_callback(report("late"))
    print("added to a done future")
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0, "task value"))
    t.add_done_callback(lambda task: print("task callback", task.result()))
    await t
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(print)
    print(repr(g))


asyncio.run(main())
