print(len(dir(int)))
