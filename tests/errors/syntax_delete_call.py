del len(x)
