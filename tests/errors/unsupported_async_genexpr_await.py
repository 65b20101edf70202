async def f(xs):
    return list(await x for x in xs)
