names = {"a": 1}
print(f"{names["a"]]}")
