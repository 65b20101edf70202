# When the main coroutine returns, asyncio.run cancels the tasks still
# pending and waits for them, so their finally blocks run.
import asyncio


async def background():
    try:
        print("background starts")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")


async def second():
    return asyncio.current_task().get_name()


print(asyncio.run(second()))
