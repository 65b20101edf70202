import argparse

def make():
    p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files.", epilog="See the docs for more.")
    p.add_argument("path", help="the input file")
    p.add_argument("-n", "--count", type=int, default=3, help="how many times (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="the mode")
    p.add_argument("-q", action="store_true", help="quiet")
    p.add_argument("--tag", action="append", help="a tag to add")
    p.add_argument("--ratio", type=float)
    p.add_argument("rest", nargs="*", help="more files")
    return p

p = make()
for argv in [["a.txt"], ["a.txt", "-n", "5", "-vv", "b", "c"], ["--mode=slow", "x", "--tag", "t1", "--tag", "t2", "-q"],
             ["x", "--ratio", "0.5"], [], ["x", "-n", "abc"], ["x", "--mode", "medium"], ["x", "--bogus"],
             ["x", "--co", "7"], ["--help"]]:
    try:
        ns = p.parse_args(argv)
        print(ns)
        print(vars(ns))
        print(ns.path, ns.count)
    except SystemExit as e:
        print("exit", e.code)
print(p.format_usage(), end="")
ns, extra = p.parse_known_args(["x", "--zzz", "y"])
print(ns, extra)
print(argparse.Namespace(a=1, b="x"))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
