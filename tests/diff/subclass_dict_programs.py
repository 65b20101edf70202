# Realistic dict subclasses: attribute access to keys, a counter through
# __missing__, case-insensitive headers, a registry that refuses overwrites;
# json, copy and deepcopy of them.
import copy
import json


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


settings = AttrDict(host="localhost", port=8080)
settings.debug = True
print(settings.host, settings.port, settings.debug, settings)
print(settings.get("host"), settings.keys(), list(settings.values()), settings.items())
del settings.debug
print(settings, "debug" in settings, hasattr(settings, "debug"), getattr(settings, "port"))
try:
    settings.missing
except AttributeError as e:
    print("AttributeError", e)
print(json.dumps(settings, sort_keys=True), json.dumps({"nested": settings}))
clone = copy.copy(settings)
print(type(clone).__name__, clone, clone == settings, clone is settings)
settings.servers = ["a", "b"]
deep = copy.deepcopy(settings)
print(deep, deep.servers is settings.servers, deep.servers == settings.servers)


class Tally(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda item: (-item[1], item[0]))[:n]


words = "the cat and the hat and the bat".split()
tally = Tally()
for word in words:
    tally[word] += 1
print(tally, tally.most_common(2), tally["dog"], "dog" in tally, len(tally))


class Headers(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value


h = Headers({"Content-Type": "text/html"}, Accept="*/*")
h["X-Request-Id"] = "42"
print(h, h["CONTENT-TYPE"], "accept" in h, "ACCEPT" in h, "Host" in h)
print(sorted(h), json.dumps(h))


class Registry(dict):
    def __setitem__(self, key, value):
        if key in self:
            raise KeyError(f"{key!r} is already registered")
        super().__setitem__(key, value)

    def register(self, name):
        def decorator(function):
            self[name] = function
            return function
        return decorator


registry = Registry()


@registry.register("double")
def double(x):
    return 2 * x


@registry.register("square")
def square(x):
    return x * x


print(sorted(registry), registry["double"](5), registry["square"](5))
try:
    registry["double"] = square
except KeyError as e:
    print("KeyError", e)
registry.update(double=square)   # update does not go through __setitem__
print(registry["double"](5))


class Node(dict):
    def child(self, name):
        return self.setdefault(name, Node())

    def paths(self, prefix=""):
        result = []
        for name, node in self.items():
            result.append(prefix + name)
            result.extend(node.paths(prefix + name + "/"))
        return result


tree = Node()
tree.child("usr").child("bin")
tree.child("usr").child("lib")
tree.child("etc")
print(tree, tree.paths(), json.dumps(tree))
