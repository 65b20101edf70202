xs = list(range(20))
print(xs[2:8], xs[:5], xs[15:], xs[-5:], xs[:-15], xs[:])
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[18:3:-4], xs[-2:-12:-2])
print(xs[5:2], xs[100:], xs[-100:2], xs[3:-3:5], xs[::7])
for step in [1, 2, 3, -1, -2, -5]:
    print(step, xs[::step], xs[4:16:step], xs[16:4:step])
