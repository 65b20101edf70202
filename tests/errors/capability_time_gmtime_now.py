import time

print(time.gmtime())
