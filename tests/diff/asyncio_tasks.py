import asyncio


async def compute(label, n, delay):
    total = 0
    for i in range(n):
        total += i
        print(label, "at", i)
        await asyncio.sleep(delay)
    return (label, total)


async def broken(delay):
    await asyncio.sleep(delay)
    raise ZeroDivisionError("task failed")


async def chain(depth):
    print("chain", depth)
    if depth == 0:
        await asyncio.sleep(0)
        return "bottom"
    value = await chain(depth - 1)
    return value + "<" + str(depth)


async def main():
    tasks = [asyncio.create_task(compute("t" + str(i), 3, 0.01 * (3 - i))) for i in range(3)]
    print([t.done() for t in tasks])
    for t in tasks:
        print(await t)
    print([t.done() for t in tasks], [t.result() for t in tasks])
    failing = asyncio.create_task(broken(0.01))
    try:
        await failing
    except ZeroDivisionError as e:
        print("awaited task raised", e, failing.done(), type(failing.exception()).__name__)
    try:
        failing.result()
    except ZeroDivisionError as e:
        print("result() raises again:", e)
    print(await chain(3))
    late = asyncio.create_task(compute("late", 2, 0))
    await asyncio.sleep(0)
    print("late started", late.done())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("late finished", late.done(), late.result())
    return len(tasks)


print("run returned", asyncio.run(main()))
print("second run", asyncio.run(chain(1)))
