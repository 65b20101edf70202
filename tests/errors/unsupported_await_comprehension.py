async def double(x):
    return 2 * x


async def main():
    return [await double(i) for i in range(3)]
