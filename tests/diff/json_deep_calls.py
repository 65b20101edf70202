# Recursion limits when the C encoder and scanner call the program: a default= or
# hook costs CPython's C budget 2 levels (function, bound method), 3 (class, instance), 0 (builtin).
import json


class C:
    pass


def chain(n):
    x = 0
    for _ in range(n):
        y = C()
        y.v = x
        x = y
    return x


class H:
    def __call__(self, d):
        return d


class K:
    def __init__(self, d):
        self.d = d


class M:
    def hook(self, d):
        return d


def show(label, f, depths):
    for n in depths:
        try:
            f(n)
            print(label, n, "ok")
        except RecursionError as e:
            print(label, n, "RecursionError", e)


show("default lambda", lambda n: json.dumps(chain(n), default=lambda o: o.v), [1495, 1496, 1497])
show("default list", lambda n: json.dumps(chain(n), default=lambda o: [o.v]), [747, 748, 749])
show("default vars", lambda n: json.dumps(chain(n), default=vars), [747, 748, 749])
show("default in list", lambda n: json.dumps([chain(n)], default=lambda o: o.v), [1494, 1495, 1496])
obj = lambda n: '{"a":' * n + '1' + '}' * n
show("hook dict", lambda n: json.loads(obj(n), object_hook=dict), [1496, 1497, 1498])
show("hook list pairs", lambda n: json.loads(obj(n), object_pairs_hook=list), [1496, 1497, 1498])
show("hook call", lambda n: json.loads(obj(n), object_hook=H()), [1494, 1495, 1496])
show("hook class", lambda n: json.loads(obj(n), object_hook=K), [1494, 1495, 1496])
show("hook method", lambda n: json.loads(obj(n), object_hook=M().hook), [1495, 1496, 1497])
show("parse_float", lambda n: json.loads("[" * n + "1.5" + "]" * n, parse_float=lambda s: s), [1495, 1496, 1497])
