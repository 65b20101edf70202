# A handler raising while part of the group is unhandled: the new exception
# and the rest leave together; the chained context is printed inside the box.
print("start")
try:
    raise ExceptionGroup("many", [ValueError(1), OSError(2)])
except* ValueError as e:
    raise KeyError("from the handler")
