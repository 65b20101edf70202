import argparse
p = argparse.ArgumentParser(prog="x")
a = p.add_argument("--foo", type=int, choices=[1, 2])
print(a)
print(a.dest, a.option_strings, a.type, a.choices, a.required, a.nargs)
print(p)
print(repr(argparse.Namespace), argparse.Namespace.__name__, type(argparse.Namespace()).__name__)
print(isinstance(p, argparse.ArgumentParser), isinstance(argparse.Namespace(), argparse.Namespace))
sp = p.add_subparsers()
print(sp.dest, sp.nargs, sp.choices)
print(p.parse_args())
print(p.parse_known_args([]))
g = p.add_argument_group("things")
print(g.title, g.description)
ns = p.parse_args(["--foo", "1"])
ns.foo += 10
print(ns.foo, getattr(ns, "foo"), hasattr(ns, "bar"))
class Opts(argparse.Namespace):
    def describe(self):
        return f"opts with {sorted(vars(self))}"
p = argparse.ArgumentParser(prog="sub")
p.add_argument("--x", default=1)
o = p.parse_args(["--x", "2"], namespace=Opts())
print(o, o.describe(), type(o).__name__)
