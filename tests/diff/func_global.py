counter = 0
history = []
def increment(step=1):
    global counter
    counter += step
    history.append(counter)
    return counter
def reset():
    global counter, history
    counter = 0
    history = []
for i in range(5):
    increment(i)
print(counter, history)
reset()
print(counter, history)
increment()
increment(10)
print(counter, history)
LIMIT = 3
def under_limit(n):
    return n < LIMIT
print([under_limit(n) for n in range(6)])
