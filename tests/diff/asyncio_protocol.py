import asyncio


async def guarded(log):
    try:
        log.append("start")
        await asyncio.sleep(0)
        log.append("resumed")
        return "finished"
    except KeyError as e:
        log.append("caught " + str(e))
        return "recovered"
    finally:
        log.append("finally")


def drive(coro, throw=None):
    first = coro.send(None)
    print("yielded", first)
    try:
        if throw is None:
            coro.send(None)
        else:
            coro.throw(throw)
    except StopIteration as stop:
        print("returned", stop.value)


log = []
drive(guarded(log))
print(log)
log = []
drive(guarded(log), KeyError("k"))
print(log)
log = []
c = guarded(log)
c.send(None)
c.close()
print(log)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = guarded([])
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
fresh.close()


async def level(n, out):
    out.append(n)
    if n < 4:
        await asyncio.gather(level(2 * n, out), level(2 * n + 1, out))
    await asyncio.sleep(0.001 * n)
    out.append(-n)
    return n


async def main():
    out = []
    print(await level(1, out))
    print(out)
    same = await asyncio.gather(*[asyncio.sleep(0.01, i) for i in range(5)])
    print(same)


asyncio.run(main())
