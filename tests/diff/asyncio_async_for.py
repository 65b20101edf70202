# async for over objects with __aiter__/__anext__: StopAsyncIteration ends
# the loop, break skips the else clause, continue goes on.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Ticker:
    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return TickerIterator(self.items)


class TickerIterator:
    def __init__(self, items):
        self.items = list(items)

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        return self.items.pop(0)


async def other(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    else:
        print("countdown finished")
    async for n in Countdown(5):
        if n == 4:
            continue
        if n == 2:
            break
        print("saw", n)
    else:
        print("not printed")
    pairs = []
    async for a, b in Ticker([(1, "x"), (2, "y")]):
        pairs.append(b * a)
    print(pairs)
    t = asyncio.create_task(other("other"))
    async for n in Countdown(3):
        print("interleaved", n)
    await t
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class NoNext:
        def __aiter__(self):
            return 5

    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
