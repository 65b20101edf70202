def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("lookup failed for", key)
        raise
table = {"x": 1}
print(lookup(table, "x"))
print(lookup(table, "y"))
