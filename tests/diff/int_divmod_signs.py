# //, %, divmod with every sign combination on small, 64-bit-edge and big
# operands; the identity a == (a // b) * b + a % b; zero divisors.
values = [0, 1, -1, 3, -3, 7, -7, 2**31, -2**31, 2**47 - 1, -2**47, 2**63 - 1, -2**63, 2**64,
          -(2**64) - 1, 10**30, -(10**30) + 7, 3**100, -(7**60)]
bad = 0
for a in values:
    row = []
    for b in values:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q != a // b or r != a % b or q * b + r != a:
            bad += 1
        row.append(q)
        row.append(r)
    print(a, row[:12], len(row))
print("bad", bad)
for a in [0, 5, -5, 2**70]:
    for op in ["//", "%", "divmod"]:
        try:
            if op == "//":
                print(a // 0)
            elif op == "%":
                print(a % 0)
            else:
                print(divmod(a, 0))
        except ZeroDivisionError as e:
            print(op, e)
print(divmod(True, 2), divmod(-7, True), (-2**63) // -1, (-2**63) % -1, -(2**63) // 1)
