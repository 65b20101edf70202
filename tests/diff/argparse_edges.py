import argparse

def attempt(label, f):
    try:
        print(label, f())
    except SystemExit as e:
        print(label, "exit", e.code)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(label, type(e).__name__, e)

def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{n} is not positive")
    return n

p = argparse.ArgumentParser(prog="edge")
p.add_argument("--size", type=positive, default=1)
p.add_argument("--verbose-mode", action="store_true")
p.add_argument("--verbose-level", type=int)
p.add_argument("--level", dest="lvl", type=int, default="7")
p.add_argument("-1", dest="one", action="store_true")
attempt("type error", lambda: p.parse_args(["--size", "-3"]))
attempt("type ok", lambda: p.parse_args(["--size", "4"]))
attempt("ambiguous", lambda: p.parse_args(["--verbose"]))
attempt("abbrev", lambda: p.parse_args(["--verbose-m"]))
attempt("string default converted", lambda: p.parse_args([]).lvl)
attempt("negative-like option", lambda: p.parse_args(["-1"]))
attempt("explicit arg ignored", lambda: p.parse_args(["--verbose-mode=yes"]))
attempt("expected one", lambda: p.parse_args(["--size"]))
attempt("conflict", lambda: p.add_argument("--size"))
attempt("bad option", lambda: p.add_argument("size2", "--x"))
attempt("dest twice", lambda: p.add_argument("pos", dest="other"))
attempt("required positional", lambda: p.add_argument("pos", required=True))
attempt("nargs 0", lambda: p.add_argument("--zero", nargs=0))
attempt("const", lambda: p.add_argument("--c", const=1))
attempt("unknown action", lambda: p.add_argument("--u", action="frobnicate"))
attempt("not callable", lambda: p.add_argument("--t", type="int"))
attempt("metavar tuple", lambda: p.add_argument("--mt", nargs=3, metavar=("A", "B")))
attempt("bad kw", lambda: p.add_argument("--flag", action="store_true", type=int))
attempt("get_default", lambda: p.get_default("lvl"))
p.set_defaults(lvl=9, extra="e")
attempt("set_defaults", lambda: p.parse_args([]))
attempt("get_default 2", lambda: (p.get_default("extra"), p.get_default("nothing")))

q = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
q.add_argument("--n", type=int)
attempt("no exit", lambda: q.parse_args(["--n", "x"]))
attempt("no exit 2", lambda: q.parse_args(["--n", "1"]))

r = argparse.ArgumentParser(prog="plus", prefix_chars="+", allow_abbrev=False)
r.add_argument("+f", "++foo", type=int, default=0)
r.add_argument("x", nargs="?")
attempt("plus", lambda: r.parse_args(["++foo", "3", "-x"]))
attempt("no abbrev", lambda: r.parse_args(["++fo", "3"]))
print(r.format_help(), end="")
ns = argparse.Namespace(**{"a-b": 1, "c": 2})
print(ns, vars(ns))
ns.d = [1]
print(ns, ns == argparse.Namespace(c=2), "c" in ns)
p.print_usage()
p.print_help()
attempt("error", lambda: p.error("custom problem"))
attempt("exit", lambda: p.exit(3, "leaving\n"))
print(p.prog, r.prefix_chars, argparse.SUPPRESS, argparse.ONE_OR_MORE)
p = argparse.ArgumentParser(prog="k")
for kw in [dict(action="count", foo=1), dict(foo=2), dict(action="version", nargs=1)]:
    try:
        p.add_argument("--z", **kw)
    except TypeError as e:
        print(e)
try:
    argparse.ArgumentParser(bogus=1)
except TypeError as e:
    print(e)
try:
    argparse.ArgumentParser("p", None, None, None, [], argparse.HelpFormatter, "-", None, None, "error", True, True, True, 1)
except TypeError as e:
    print(e)
try:
    argparse.ArgumentParser("p", prog="q")
except TypeError as e:
    print(e)
