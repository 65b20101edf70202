import sys
from sys import maxsize

print(len(sys.argv) >= 1, type(sys.argv).__name__, sys.argv is sys.argv)
print(maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in (0, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
print("done")
sys.exit(4)
