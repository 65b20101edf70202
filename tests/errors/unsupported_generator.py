def gen():
    yield 1
print(gen())
