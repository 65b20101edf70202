def level3(n):
    return 10 // n
def level2(n):
    try:
        return level3(n)
    except TypeError:
        print("level2 caught TypeError")
        return 0
def level1(n):
    try:
        return level2(n)
    except ZeroDivisionError as e:
        print("level1 caught", e)
        return -1
    finally:
        print("level1 finally", n)
print(level1(5), level1(0), level1("x"))
log = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError("odd " + str(i))
            log.append("even " + str(i))
        except ValueError as e:
            log.append(str(e))
            if i == 3:
                raise
    except ValueError as e:
        log.append("outer " + str(e))
print(log)
