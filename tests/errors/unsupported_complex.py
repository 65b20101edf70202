print(3j)
