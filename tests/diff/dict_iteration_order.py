d = {}
for k in ["zebra", "apple", "mango", "banana", "cherry"]:
    d[k] = len(k)
for k in d:
    print(k, d[k])
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, "=>", v)
d["apple"] = 100
del_key = "mango"
d.pop(del_key)
d[del_key] = 0
print(list(d))
print(sorted(d.items()), sorted(d.values()), sorted(d, reverse=True))
keys = d.keys()
print(len(keys), "zebra" in keys, "zz" in d.values(), 100 in d.values())
nums = {i * 37 % 11: i for i in range(11)}
print(nums)
