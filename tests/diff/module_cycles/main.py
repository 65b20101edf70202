# Import cycles: a module that is still running is visible, partially
# initialized, to the modules it imports; failed imports run again.
import first

print(first.ping(3))
print(first.second.pong(2))

try:
    import broken
except ZeroDivisionError as e:
    print("broken failed:", e)
try:
    import broken
except ZeroDivisionError as e:
    print("broken failed again:", e)
try:
    import loop_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
