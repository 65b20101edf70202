# asyncio.Event: wait() blocks until set(); set wakes every waiter in order.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke up with", result)


async def main():
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(event, "w" + str(i))) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    event.set()
    event.set()
    print(event.is_set())
    await asyncio.gather(*tasks)
    print(await event.wait())
    event.clear()
    print(event.is_set())
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(0.01)
    late.cancel()
    try:
        await late
    except asyncio.CancelledError:
        print("late cancelled; still unset:", event.is_set())
    asyncio.get_running_loop().call_later(0.01, event.set)
    await waiter(event, "main")


asyncio.run(main())
