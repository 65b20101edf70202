for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for ch in "skip vowels here":
    if ch in "aeiou":
        continue
    print(ch, end="")
print()
for x in []:
    print("empty")
else:
    print("else after empty loop")
found = -1
for i, v in enumerate([4, 8, 15, 16, 23, 42]):
    if v > 15:
        found = i
        break
print(found)
