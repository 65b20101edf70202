def parse_all(texts):
    total = 0
    for t in texts:
        total += int(t)
        print("running total", total)
    return total
parse_all(["1", "22", "333", "forty"])
