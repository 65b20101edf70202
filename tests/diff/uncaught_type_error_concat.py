count = 3
message = "count is "
print(message + str(count))
print(message + count)
