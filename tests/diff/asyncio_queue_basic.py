# asyncio.Queue: FIFO order, qsize/empty/full, the nowait forms and their
# QueueEmpty/QueueFull, str() of a queue, task_done and join.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), str(q))
    got = []
    for _ in range(2):
        got.append(await q.get())
    print(got, q.get_nowait(), q.get_nowait())
    print(q.empty(), str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "")
    small = asyncio.Queue(maxsize=2)
    small.put_nowait(1)
    small.put_nowait(2)
    print(small.full(), str(small))
    try:
        small.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    for _ in range(4):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("joined", str(q))
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.QueueFull.__name__)


asyncio.run(main())
