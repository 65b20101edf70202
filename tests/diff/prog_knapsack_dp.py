items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40)]
capacity = 400
best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
for i in range(1, len(items) + 1):
    name, weight, value = items[i - 1]
    for w in range(capacity + 1):
        best[i][w] = best[i - 1][w]
        if weight <= w and best[i - 1][w - weight] + value > best[i][w]:
            best[i][w] = best[i - 1][w - weight] + value
print("best value", best[len(items)][capacity])
chosen = []
w = capacity
for i in range(len(items), 0, -1):
    if best[i][w] != best[i - 1][w]:
        chosen.append(items[i - 1][0])
        w -= items[i - 1][1]
chosen.reverse()
print(chosen, capacity - w)
for cap in range(0, 401, 50):
    print(cap, best[len(items)][cap])
