# Containers changed while being encoded (by default= or by fp.write): the C encoder
# walks a plain dict live and a dict subtype's items list, _make_iterencode raises at its next step.
import json


class Grow:
    pass


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for options in [{}, {"indent": 1}, {"sort_keys": True}]:
    d = {"a": Grow(), "b": 2}
    run("add " + str(options), lambda: json.dumps(d, default=lambda o: d.setdefault("c", 3), **options))
    d = {"a": Grow(), "b": 2}
    run("pop " + str(options), lambda: json.dumps(d, default=lambda o: d.pop("b"), **options))
    d = {"a": 1, "b": Grow()}
    run("add last " + str(options), lambda: json.dumps(d, default=lambda o: d.setdefault("c", 3), **options))
    d = {"a": Grow(), "b": 2}
    run("replace " + str(options), lambda: json.dumps(d, default=lambda o: d.update(b=5), **options))
    items = [1, Grow(), 3]
    run("list " + str(options), lambda: json.dumps(items, default=lambda o: items.append(9) or len(items) < 6 and Grow() or 0, **options))


class Sink:
    def __init__(self, d):
        self.d = d
        self.parts = []

    def write(self, text):
        if text == '"a"':
            self.d["z"] = 0
        self.parts.append(text)


d = {"a": 1, "b": 2}
sink = Sink(d)
run("dump write mutates", lambda: json.dump(d, sink))
print(sink.parts)

from collections import OrderedDict, defaultdict
for options in [{}, {"indent": 1}]:
    d = defaultdict(int, a=Grow(), b=2)
    run("defaultdict " + str(options), lambda: json.dumps(d, default=lambda o: d.setdefault("c", 3), **options))
od = OrderedDict(a=Grow(), b=2)
run("OrderedDict", lambda: json.dumps(od, default=lambda o: od.setdefault("c", 3)))
