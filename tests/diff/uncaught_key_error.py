prices = {"apple": 3, "pear": 5}
for item in ["apple", "pear", "kiwi"]:
    print(item, prices[item])
