import time

print(time.gmtime(0))
print(time.strftime("%Y", time.gmtime(0)))
print(time.strftime("%Y"))
