n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print(steps)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("while finished normally")
j = 0
while True:
    j += 1
    if j > 4:
        break
    print("j", j)
else:
    print("never printed")
k = 10
while k > 0:
    k -= 3
print(k)
