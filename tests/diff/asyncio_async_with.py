# async with over a class with __aenter__/__aexit__: the value bound by
# `as`, the exception passed to __aexit__, and suppression by a true result.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


async def main():
    async with Resource("plain") as value:
        print("inside", value)
    async with Resource("outer") as a, Resource("inner") as b:
        print("both", a, b)
    try:
        async with Resource("failing"):
            raise KeyError("boom")
    except KeyError as e:
        print("propagated", repr(e))
    async with Resource("swallowing", suppress=True):
        raise ValueError("hidden")
    print("after suppression")
    for i in range(3):
        async with Resource("loop" + str(i)):
            if i == 1:
                continue
            print("body", i)
    try:
        async with 42:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
