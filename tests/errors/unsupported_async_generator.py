async def numbers():
    yield 1
