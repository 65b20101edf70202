import collections

print(collections.ChainMap())
