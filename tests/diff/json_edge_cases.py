# json edge cases: types next to the JSON ones (deque, Enum, IntEnum, OrderedDict), bad
# callables and settings, float extremes, JSONDecodeError made by the program.
import json
from collections import deque, OrderedDict
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1


class N(IntEnum):
    A = 5


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("deque", lambda: json.dumps(deque([1])))
show("deque key", lambda: json.dumps({deque([1]): 1}))
show("deque key indent", lambda: json.dumps({deque(): 1}, indent=1))
show("enum", lambda: json.dumps(Color.RED))
show("intenum", lambda: json.dumps([N.A, {N.A: N.A}], indent=1))
show("intenum sort", lambda: json.dumps({N.A: 1, 2: 3}, sort_keys=True))
show("od", lambda: json.dumps(OrderedDict(b=1, a=2), sort_keys=True))
show("default none", lambda: json.dumps([1], default=None))
show("default noncallable", lambda: json.dumps([object()], default=5))
show("cls noncallable", lambda: json.dumps([1], cls=5))
show("loads cls bad", lambda: json.loads("1", cls=5))
show("hook noncallable", lambda: json.loads("{}", object_hook=5))
show("parse_int err", lambda: json.loads("[1]", parse_int=lambda s: 1 / 0))
show("float subnormal", lambda: json.dumps([5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2]))
show("loads floats", lambda: json.loads("[5e-324, 1e-400, 0.30000000000000004, 123.456e-2, -0.0]"))
show("unicode ws", lambda: json.loads("\u00a0[1]"))
show("dup pairs", lambda: json.loads('{"a":1,"a":2}', object_pairs_hook=dict))
show("strict kw", lambda: json.loads('"\x01"', strict=True))
show("dumps bool kw", lambda: json.dumps({"a": 1}, sort_keys=1, indent=" "))
show("nested tuple keys skip", lambda: json.dumps({1.5: 1, (): 2, "z": 3}, skipkeys=True, sort_keys=False))
show("separators list3", lambda: json.dumps([1, 2], separators=[",", ":", "x"]))
show("separators str", lambda: json.dumps([1, 2], separators=",:"))
show("indent list", lambda: json.dumps([1], indent=[1]))
show("big float key", lambda: json.dumps({1e300: 1, -0.0: 2, 1e-300: 3}))
show("ints", lambda: json.dumps([0, -1, 2 ** 47, -2 ** 47, 2 ** 47 - 1, -(2 ** 47) - 1, 2 ** 63, True + 1]))
show("JSONDecodeError repr", lambda: repr(json.JSONDecodeError("m", "d", 1)))
show("JSONDecodeError str", lambda: str(json.JSONDecodeError("m", "ab\nc", 3)))
show("JSONDecodeError missing", lambda: json.JSONDecodeError("m", "d"))
show("JSONDecodeError module", lambda: json.JSONDecodeError.__module__)
show("JSONDecodeError qualname", lambda: json.JSONDecodeError.__qualname__)
show("is ValueError", lambda: issubclass(json.JSONDecodeError, ValueError))
