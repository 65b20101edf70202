def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 9, 10, 99, 100, 12345]:
    print(n, classify(n))
for x in range(6):
    if x % 2 == 0 and x % 3 == 0:
        print(x, "div 6")
    elif x % 2 == 0:
        print(x, "even")
    elif x % 3 == 0:
        print(x, "div 3")
    else:
        print(x, "other")
if []:
    print("never")
elif "":
    print("never either")
else:
    print("empty values are falsy")
if 0 < 1 < 2:
    print("chained ok")
