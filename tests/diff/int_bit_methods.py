# int.bit_length, bit_count, is_integer, conjugate, as_integer_ratio and the
# real/imag/numerator/denominator attributes, on small, 64-bit edge and big ints.
values = [0, 1, -1, 2, -2, 7, -8, 255, -256, 2**31 - 1, -2**31, 2**47 - 1, -2**47, 2**47,
          2**62, 2**63 - 1, -2**63, 2**63, 2**64 - 1, 2**64, -2**64, 3**100, -(5**80), 10**40 + 1]
for v in values:
    print(v.bit_length(), v.bit_count(), v.is_integer(), v.conjugate(), v.as_integer_ratio())
    print(v.real, v.imag, v.numerator, v.denominator, type(v.real).__name__)
for b in [True, False]:
    print(b.bit_length(), b.bit_count(), b.as_integer_ratio(), b.real, b.imag, b.numerator,
          b.denominator, b.conjugate(), type(b.conjugate()).__name__)
total = 0
for shift in range(0, 200, 7):
    v = (1 << shift) - 1
    w = -(1 << shift)
    total += v.bit_count() + w.bit_length()
    print(shift, v.bit_length(), v.bit_count(), w.bit_length(), w.bit_count(), (v ^ w).bit_count())
print(total)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError", e)
try:
    (5).is_integer(2)
except TypeError as e:
    print("TypeError", e)
