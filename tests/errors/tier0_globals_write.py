for i in range(3):
    globals()["var%d" % i] = i
print(var2)
