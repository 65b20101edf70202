import time

start = time.time()
print(start)
