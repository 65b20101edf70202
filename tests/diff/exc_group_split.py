# split() and subgroup(): by class, tuple of classes and predicate, through
# nested groups; which parts keep identity; metadata copied onto the parts.


def show(label, pair):
    match, rest = pair
    print(label, repr(match), "|", repr(rest))


leaf_value = ValueError(1)
inner = ExceptionGroup("inner", [TypeError(2), ValueError(3)])
group = ExceptionGroup("outer", [leaf_value, inner, KeyError(4)])

show("ValueError:", group.split(ValueError))
show("TypeError:", group.split(TypeError))
show("(KeyError, TypeError):", group.split((KeyError, TypeError)))
show("LookupError:", group.split(LookupError))
show("OSError:", group.split(OSError))
show("Exception:", group.split(Exception))
show("predicate:", group.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("group predicate:", group.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
show("ExceptionGroup:", group.split(ExceptionGroup))

match, rest = group.split(ValueError)
print(match.exceptions[0] is leaf_value, rest.exceptions[0] is inner.exceptions[0])
print(group.split(Exception)[0] is group, group.split(lambda e: True)[0] is group)
everything = group.split((ValueError, TypeError, KeyError))[0]
print(everything is group, repr(everything))

print(repr(group.subgroup(ValueError)))
print(repr(group.subgroup(lambda e: False)))
print(group.subgroup(BaseException) is group)
print(repr(group.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 0)))

seen = []


def record(exception):
    seen.append(type(exception).__name__)
    return False


group.split(record)
print(seen)

for bad in (3, "ValueError", (ValueError, 3), int, (int,)):
    try:
        group.split(bad)
    except TypeError as error:
        print("split", repr(bad), "->", error)
    try:
        group.subgroup(bad)
    except TypeError as error:
        print("subgroup", repr(bad), "->", error)

# Parts share the original's __cause__ and __context__, and get copies of its notes.
cause = RuntimeError("cause")
context = LookupError("context")
group.__cause__ = cause
group.__context__ = context
group.add_note("a note")
match, rest = group.split(ValueError)
for part in (match, rest):
    print(part.__cause__ is cause, part.__context__ is context, part.__notes__, part.__suppress_context__)
match.add_note("only on the match")
print(group.__notes__, match.__notes__, rest.__notes__)
print(match.__notes__ is group.__notes__)
print(inner.__cause__, match.exceptions[1].__cause__)

# derive keeps the message and builds a plain group; split uses it.
derived = group.derive([KeyError(9)])
print(repr(derived), derived.__cause__, type(derived).__name__)
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()]).derive([ValueError()])))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()]).split(KeyboardInterrupt)))

deep = ExceptionGroup("1", [ExceptionGroup("2", [ExceptionGroup("3", [ValueError("deep")])]), TypeError()])
show("deep:", deep.split(ValueError))
show("deep type:", deep.split(TypeError))
