def f(x):
    try:
        if x > 0:
            return "positive"
        return "non-positive"
    finally:
        print("finally for", x)
print(f(1))
print(f(-1))
for i in range(5):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        print("body", i)
    finally:
        print("finally", i)
def g():
    for i in range(3):
        try:
            return i * 10
        finally:
            print("leaving g at", i)
print(g())
def h():
    try:
        return "from try"
    finally:
        return "from finally"
print(h())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print(count)
