def main(items):
    async for item in items:
        print(item)
