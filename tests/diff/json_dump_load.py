# json.dump writes the chunks CPython's _make_iterencode yields, one write()
# call each; json.load reads fp.read(). Files are objects of the program.
import json


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.text


value = {"a": [1, 2.5, "x", None, [], {}], "b": {"c": True, "d": [{"e": 1}]}, 3: "three"}
for options in [{}, {"indent": 2}, {"separators": (",", ":"), "ensure_ascii": False}, {"indent": "\t"}]:
    out = Recorder()
    print(json.dump(value, out, **options))
    print(len(out.parts), out.parts)
    print("".join(out.parts) == json.dumps(value, **options))

out = Recorder()
json.dump("just a string", out)
print(out.parts)


class Thing:
    pass


out = Recorder()
try:
    json.dump([1, 2, {"k": [3, Thing()]}], out)
except TypeError as e:
    print("TypeError", e)
print(out.parts)
out = Recorder()
try:
    json.dump({"a": 1, "b": float("nan")}, out, allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(out.parts)
out = Recorder()
try:
    json.dump({"a": 1, (1,): 2}, out)
except TypeError as e:
    print("TypeError", e)
print(out.parts)
out = Recorder()
json.dump([Thing(), 1], out, default=lambda o: {"thing": out.parts[:]})
print(out.parts)

try:
    json.dump([1], object())
except AttributeError as e:
    print("AttributeError", e)

src = Source('{"loaded": [1, 2, {"deep": null}]}')
print(json.load(src), src.reads)
print(json.load(Source('[1.5, 2]'), parse_float=lambda s: s))
print(json.load(Source(b'{"b": 1}')))
try:
    json.load(Source('[1, 2'))
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.load(object())
except AttributeError as e:
    print("AttributeError", e)


class Upper:
    """A cls= for dumps/loads: CPython calls cls(**settings) then encode/decode."""

    def __init__(self, **settings):
        self.settings = settings

    def encode(self, obj):
        return "ENCODED " + str(sorted(self.settings.items(), key=lambda kv: kv[0])) + " " + repr(obj)

    def iterencode(self, obj):
        return ["<", repr(obj), ">"]

    def decode(self, text):
        return ("DECODED", text, sorted(self.settings))


print(json.dumps([1], cls=Upper, indent=2, extra="x"))
out = Recorder()
json.dump([1], out, cls=Upper)
print(out.parts)
print(json.loads("[1]", cls=Upper, object_hook=dict, strict=False))
