import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def mapped(agen, f):
    async for x in agen:
        yield f(x)


async def filtered(agen, keep):
    async for x in agen:
        if keep(x):
            yield x


async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    await agen.aclose()
    return out


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(0)
        return self.current


async def main():
    pipeline = filtered(mapped(source(20), lambda x: x * 3), lambda x: x % 2 == 0)
    print(await take(pipeline, 4))
    print([x async for x in Countdown(4)])
    print({x: x * x async for x in Countdown(3)})
    print([y for y in [await asyncio.sleep(0, z) for z in "abc"]])
    print([(a, b) async for a in source(3) for b in range(a)])
    nested = [[v async for v in source(k)] async for k in source(3)]
    print(nested)
    agen = source(2)
    print(repr(agen).startswith("<async_generator object source at "))
    print(agen.ag_running)
    print(await agen.__anext__(), await agen.__anext__())
    print(await agen.aclose())


asyncio.run(main())
