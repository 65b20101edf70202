def attempt(x):
    try:
        result = 100 // x
    except ZeroDivisionError:
        print("  except")
        result = -1
    else:
        print("  else", result)
    finally:
        print("  finally")
    return result
for x in [5, 0, -3]:
    print(x, attempt(x))
try:
    print("body")
finally:
    print("cleanup")
try:
    try:
        x = [][0]
    finally:
        print("inner finally runs first")
except IndexError as e:
    print("outer caught", e)
