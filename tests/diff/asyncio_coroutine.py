import asyncio


async def add(a, b):
    return a + b


class Waiter:
    def __await__(self):
        yield
        return "from __await__"


async def uses_await_protocol():
    return await Waiter()


async def bad_await():
    await 5


async def main():
    c = add(1, 2)
    print(type(c).__name__, c.__name__, c.__qualname__)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await uses_await_protocol())
    try:
        await bad_await()
    except TypeError as e:
        print("TypeError:", e)
    unused = add(1, 2)
    try:
        for x in unused:
            pass
    except TypeError as e:
        print("TypeError:", e)
    unused.close()
    print(asyncio.current_task().get_name())


coro = add(3, 4)
try:
    coro.send(None)
except StopIteration as stop:
    print("value", stop.value)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
