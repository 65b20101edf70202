print("second starts")
import first

try:
    print(first.EARLY)
except AttributeError as e:
    print("AttributeError:", e)
try:
    from first import ping
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
READY = True


def pong(n):
    if n == 0:
        return "pong done"
    return first.ping(n - 1)


print("second ends")
