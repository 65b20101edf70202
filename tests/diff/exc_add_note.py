# BaseException.add_note and __notes__.

error = ValueError("with notes")
print(hasattr(error, "__notes__"))
try:
    error.__notes__
except AttributeError as missing:
    print(missing)
error.add_note("first")
error.add_note("second line\nwith a newline")
print(error.__notes__)
notes = error.__notes__
error.add_note("third")
print(notes is error.__notes__, len(notes))
for bad in (3, None, b"bytes"):
    try:
        error.add_note(bad)
    except TypeError as problem:
        print(problem)
try:
    error.add_note()
except TypeError as problem:
    print(problem)


class Custom(Exception):
    pass


custom = Custom("custom")
custom.add_note("on a subclass")
print(custom.__notes__)

try:
    try:
        raise KeyError("k")
    except KeyError as caught:
        caught.add_note("added while handling")
        raise
except KeyError as caught:
    print(repr(caught), caught.__notes__)

group = ExceptionGroup("g", [ValueError()])
group.add_note("on a group")
print(group.__notes__, hasattr(group.exceptions[0], "__notes__"))
