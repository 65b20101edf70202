def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", "Hey", "."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=4, base=2), power(base=10))
def describe(a, b=None, c=0):
    return str(a) + " " + str(b) + " " + str(c)
print(describe(1), describe(1, c=5), describe(1, 2, 3), describe(a="x", b="y"))
def accumulate(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(accumulate(1), accumulate(2), accumulate(3, [0]))
