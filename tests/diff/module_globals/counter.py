count = 0
history = []


def tick():
    global count
    count += 1
    history.append(count)


def total():
    return sum(history)
