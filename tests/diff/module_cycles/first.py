print("first starts")
import second

EARLY = "set before second finished? no"


def ping(n):
    if n == 0:
        return "ping done"
    return second.pong(n - 1)


print("first ends; second.READY =", second.READY)
