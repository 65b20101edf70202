def check_age(age):
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    if age > 150:
        raise ValueError(f"unrealistic age {age}")
    return age
for a in [30, -1, 200]:
    try:
        print(check_age(a))
    except ValueError as e:
        print("error:", e)
def wrapper(n):
    try:
        return check_age(n)
    except ValueError:
        print("wrapper saw the error, re-raising")
        raise
try:
    wrapper(-5)
except ValueError as e:
    print("outer got:", e)
try:
    raise KeyError("some key")
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise IndexError
except IndexError as e:
    print("bare class raise:", repr(str(e)))
try:
    raise TypeError("bad type")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second")
except RuntimeError as e:
    print(type(e).__name__, e)
