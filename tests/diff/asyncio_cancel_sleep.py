# Cancelling a task that sleeps: CancelledError is raised at its await, so its
# except and finally blocks run, and whoever awaits the task sees it too.
import asyncio


async def sleeper(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    finally:
        print(name, "cleans up")
    return name


async def main():
    a = asyncio.create_task(sleeper("a", 10))
    b = asyncio.create_task(sleeper("b", 0.01))
    await asyncio.sleep(0)
    print("cancel a:", a.cancel())
    print("a.cancelled() right after cancel():", a.cancelled(), a.done())
    try:
        await a
    except asyncio.CancelledError:
        print("awaiting a raised CancelledError")
    print("a:", a.cancelled(), a.done())
    print("b:", await b, b.cancelled())
    print("cancel a finished task:", b.cancel(), a.cancel())


asyncio.run(main())
