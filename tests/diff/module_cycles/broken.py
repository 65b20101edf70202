print("broken starts")
ratio = 1 / 0
