def pi_digits(count):
    # Gibbons' unbounded spigot: exact big-integer arithmetic only.
    q = 1
    r = 0
    t = 1
    k = 1
    n = 3
    l = 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            nr = 10 * (r - n * t)
            n = (10 * (3 * q + r)) // t - 10 * n
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * l
            nn = (q * (7 * k) + 2 + (r * l)) // (t * l)
            q *= k
            t *= l
            l += 2
            k += 1
            n = nn
            r = nr
    return digits
digits = pi_digits(300)
text = str(digits[0]) + "." + "".join([str(d) for d in digits[1:]])
for i in range(0, len(text), 50):
    print(text[i:i + 50])
print(sum(digits), digits.count(9), len(digits))
