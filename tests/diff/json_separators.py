# Separators that are not str: make_encoder's TypeError in the C form; in
# _make_iterencode's form the + TypeError, or the objects yielded as they are (dump
# writes them, dumps' join refuses them); dumps of a str never makes an encoder.
import json


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def run(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [[1, 2], [[1], [2]], {"a": 1, "b": [2, 3]}, {"a": {}}, [], "s", [{"k": 1}]]
for separators in [(1, 2), (",", 2), (1, ":"), (None, None), ((",",), ":"), (",", b":")]:
    for value in values:
        run("dumps %r %r" % (separators, value), lambda: json.dumps(value, separators=separators))
        run("indent %r %r" % (separators, value), lambda: json.dumps(value, separators=separators, indent=2))
        out = Recorder()
        run("dump %r %r" % (separators, value), lambda: json.dump(value, out, separators=separators))
        print("   ", out.parts)
        out = Recorder()
        run("dump indent %r %r" % (separators, value), lambda: json.dump(value, out, separators=separators, indent=1))
        print("   ", out.parts)
run("str indent float", lambda: json.dumps("s", indent=2.0))
run("str separators short", lambda: json.dumps("s", separators=(",",)))
run("str default", lambda: json.dumps("\u00e9", default=1, ensure_ascii=False))
