try:
    print("in try")
    result = [][0]
finally:
    print("finally still runs")
print("never")
