# json.dumps: every option, CPython's exact text.
import json
from collections import OrderedDict, defaultdict, Counter
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


data = {"name": "molt", "version": 3, "ratio": 0.1, "big": 10 ** 30, "neg": -7, "tiny": 1e-7,
        "huge": 1.5e300, "whole": 2.0, "flags": [True, False, None], "nested": {"a": [1, [2, [3, []]]], "b": {}},
        "tuple": (1, "two", 3.0), "empty_list": [], "text": "quote \" back \\ slash / nl \n tab \t"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-1))
print(json.dumps([1, [2, 3]], indent=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=[";", "="], indent=1))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", -3: "neg"}))
print(json.dumps({False: 0, 1e20: 1, float("inf"): 2, float("-inf"): 3}))
print(json.dumps({Level.LOW: Level.HIGH, "list": [Level.LOW]}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), -0.0, 1e16, 1e-5, 123456789.123456789]))
print(json.dumps("caf\u00e9 \u20ac \U0001d11e \ud800 \x00 \x1f \x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001d11e \x00 \x1f \x7f", ensure_ascii=False))
print(json.dumps({"\u00e9": ["\u4e2d\u6587"]}, ensure_ascii=False, indent=1))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
d = defaultdict(list)
d["k"].append(1)
print(json.dumps(d), json.dumps(Counter("abracadabra"), sort_keys=True))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({"a": {1, 2} is not None, "b": 1}, skipkeys=True, indent=1))
print(json.dumps([1, {2, 3}], default=sorted))
print(json.dumps({"s": frozenset([1])}, default=lambda o: "set of %d" % len(o)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps([Point(1, 2), Point(3, Point(4, 5))], default=encode_point))
print(json.dumps([Point(1, 2)], default=encode_point, indent=2))
print(json.dumps("plain"), json.dumps(None), json.dumps(True), json.dumps(12), json.dumps(1.25))
print(json.dumps(2 ** 64), json.dumps(-(2 ** 70)))
print(json.dumps([[]] * 3, indent=2))
print(json.dumps({"a": [], "b": {}, "c": [{}]}, indent=3))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=2, separators=(", ", " = ")))
print(json.dumps(["x"] * 3, check_circular=False))
print(json.dumps({"k": 1}, ensure_ascii=0, allow_nan=1, sort_keys=[]))
print(len(json.dumps(list(range(1000)))))
