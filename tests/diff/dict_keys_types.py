d = {}
d[1] = "int one"
d[1.5] = "float"
d["1"] = "str one"
d[(1, 2)] = "tuple"
d[-(2 ** 70)] = "big negative"
d[2 ** 70] = "big"
d[False] = "false"
print(d)
print(d[1.0], d[True] if True in d else "no", d[0], d[(1, 2)], d[2 ** 70])
d[1.0] = "replaced via float"
print(d[1], len(d))
print(-(2 ** 70) in d, 2 ** 71 in d, (1, 2) in d, (2, 1) in d)
