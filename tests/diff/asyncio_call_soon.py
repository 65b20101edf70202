# loop.call_soon / call_later / call_at: FIFO order, timers by time then
# scheduling order, handles that cancel, and arguments.
import asyncio


def show(*args):
    print("called", *args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1)
    h = loop.call_soon(show, "never")
    loop.call_soon(show, 2, "two")
    h.cancel()
    print(h.cancelled())
    t1 = loop.call_later(0.2, show, "later 0.2")
    loop.call_later(0.1, show, "later 0.1")
    loop.call_at(loop.time() + 0.1, show, "at +0.1")
    t2 = loop.call_later(0.15, show, "cancelled timer")
    t2.cancel()
    print(type(h).__name__, type(t1).__name__, t2.cancelled())
    await asyncio.sleep(0)
    print("after a round")
    await asyncio.sleep(0.3)
    print("done waiting")
    print(type(loop.call_soon(42)).__name__, "scheduled; its failure is logged to stderr")
    await asyncio.sleep(0)
    print(loop.is_running(), loop.is_closed())


asyncio.run(main())
