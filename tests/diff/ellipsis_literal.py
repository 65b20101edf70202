def stub(): ...
print(..., Ellipsis is ..., repr(...), stub())
x = [1, ...]
print(x, type(...).__name__)
