DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(DIGITS[d])
    return sign + "".join(out[::-1])
for n in [0, 1, 7, 255, -255, 1000000, 2 ** 64, -(3 ** 50)]:
    row = [to_base(n, b) for b in [2, 3, 8, 16, 36]]
    print(n, row)
    print("  roundtrip", [int(row[i], b) == n for i, b in enumerate([2, 3, 8, 16, 36])])
print(to_base(2 ** 64, 16) == hex(2 ** 64)[2:], to_base(-5, 2), bin(-5))
