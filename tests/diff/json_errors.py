# json errors: the exception types and messages of CPython 3.12's json.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Thing:
    pass


cycle = []
cycle.append(cycle)
dcycle = {}
dcycle["self"] = dcycle
show("nan", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
show("nan key", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("-inf", lambda: json.dumps({"a": [-float("inf")]}, allow_nan=False))
show("kw", lambda: json.dumps(1, foo=1))
show("loads kw", lambda: json.loads("1", foo=1))
show("loads int", lambda: json.loads(1))
show("loads none", lambda: json.loads(None))
show("dumps none", lambda: json.dumps())
show("dumps two", lambda: json.dumps(1, 2))
show("dumps dup", lambda: json.dumps(1, obj=2))
show("dump none", lambda: json.dump())
show("dump one", lambda: json.dump(1))
show("loads none", lambda: json.loads())
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key indent", lambda: json.dumps({(1, 2): 3}, indent=1))
show("thing key", lambda: json.dumps({Thing(): 3}))
show("mixed sort", lambda: json.dumps({1: 3, "a": 2}, sort_keys=True))
show("set", lambda: json.dumps(set()))
show("set indent", lambda: json.dumps([set()], indent=2))
show("thing", lambda: json.dumps({"a": [Thing()]}))
show("bytes", lambda: json.dumps(b"x"))
show("complexish", lambda: json.dumps(range(3)))
show("indent float", lambda: json.dumps([1], indent=2.0))
show("indent str ok", lambda: json.dumps([1], indent="--"))
show("separators int", lambda: json.dumps([1], separators=(1, 2)))
show("separators short", lambda: json.dumps([1], separators=(",",)))
show("cycle", lambda: json.dumps(cycle))
show("dict cycle", lambda: json.dumps(dcycle))
show("cycle indent", lambda: json.dumps(cycle, indent=1))
show("default cycle", lambda: json.dumps(Thing(), default=lambda o: [o]))
show("default raises", lambda: json.dumps([1, Thing()], default=lambda o: 1 // 0))
show("default returns self", lambda: json.dumps([Thing()], default=lambda o: o))
show("shared ok", lambda: json.dumps([[1], [1]] + [cycle[0:0]] * 2))
inner = [1]
show("shared twice", lambda: json.dumps([inner, inner, {"a": inner}]))
show("big int", lambda: json.dumps(10 ** 5000))
show("loads big", lambda: json.loads("1" * 5000))
show("loads big ok", lambda: len(str(json.loads("9" * 4300))))
