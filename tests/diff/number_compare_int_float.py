# int/float comparisons in both operand orders, where the compiler keeps both
# sides unboxed (an int64 against a double): every operator, fractions, NaN,
# and ints beyond 2**53 where rounding the int would give the wrong answer.
def compare_all(v, i):
    return [v == i, v != i, v < i, v <= i, v > i, v >= i, i == v, i != v, i < v, i <= v, i > v, i >= v]


floats = [-0.5, 0.5, 2.5, -3.0, 3.0, 0.0, -0.0, 9007199254740992.0, 1e19, -1e19, float("nan"),
          float("inf")]
ints = [-3, 0, 2, 3, 9007199254740993, 2**62, -(2**62)]
for v in floats:
    for i in ints:
        print(v, i, compare_all(v, i))
count = 0
x = -4.0
while x < 4.0:
    for i in range(-4, 5):
        if (x < i) != (not (x >= i)) or (i < x) != (x > i):
            print("inconsistent", x, i)
        if x <= i:
            count += 1
    x += 0.25
print(count)
