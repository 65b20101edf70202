print("{} and {}".format("spam", "eggs"))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=31))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:o} {:b} {:e}".format(3.14159, 42, 1234567, 255, 8, 5, 12345.678))
print("{:.2%} {:5d} {:<5d}| {!r} {!s}".format(0.4567, 42, 7, "quote", "plain"))
print("{{literal braces}} {}".format(1))
for i in range(1, 6):
    print("{:3d} {:7.3f} {:>6}".format(i, 1 / i, "x" * i))
