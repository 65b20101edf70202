import argparse

def cmd_add(args):
    print("add", args.name, args.priority)

def cmd_list(args):
    print("list", args.all, args.limit)

p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
p.add_argument("--version", action="version", version="%(prog)s 1.2")
p.add_argument("--db", metavar="FILE", default="todo.db", help="the database file")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true", help="output JSON")
g.add_argument("--plain", action="store_true", help="output plain text")
out = p.add_argument_group("output", "Options that control the output format.")
out.add_argument("--width", type=int, default=80, help="line width")
out.add_argument("--color", choices=("auto", "always", "never"), default="auto")
sub = p.add_subparsers(dest="command", required=True, help="the command to run")
a = sub.add_parser("add", help="add an item")
a.add_argument("name")
a.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2, help="priority (%(choices)s)")
a.set_defaults(func=cmd_add)
l = sub.add_parser("list", aliases=["ls"], help="list the items")
l.add_argument("-a", "--all", action="store_true")
l.add_argument("--limit", type=int, nargs="?", const=10, default=None)
l.set_defaults(func=cmd_list)
sub.add_parser("clear")

for argv in [["add", "milk"], ["add", "eggs", "-p", "3"], ["--json", "list", "-a"], ["ls", "--limit"], ["ls", "--limit", "4"],
             ["--json", "--plain", "list"], [], ["add"], ["add", "x", "-p", "9"], ["frob"], ["--version"], ["--help"],
             ["add", "--help"], ["list", "--help"], ["clear", "extra"], ["--width", "x", "list"]]:
    print("argv:", argv)
    try:
        args = p.parse_args(argv)
        print({k: v for k, v in vars(args).items() if k != "func"})
        if hasattr(args, "func"):
            args.func(args)
    except SystemExit as e:
        print("exit", e.code)

q = argparse.ArgumentParser(prog="req")
gg = q.add_mutually_exclusive_group(required=True)
gg.add_argument("-a", action="store_const", const=1, dest="mode")
gg.add_argument("-b", action="store_const", const=2, dest="mode")
q.add_argument("--xs", nargs=2, type=int, metavar=("LO", "HI"))
q.add_argument("--ys", nargs="+")
q.add_argument("--ext", action="extend", nargs="+", type=str)
for argv in [["-a"], ["-b", "--xs", "1", "2"], [], ["-a", "--xs", "1"], ["-a", "--ys"], ["-a", "--ext", "x", "y", "--ext", "z"]]:
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
print(q.format_help(), end="")
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Lines:\n  one\n  two\n", epilog="bye")
r.add_argument("--long-option-name-that-is-long", help="a very long help text that will need to be wrapped across more than one line of output by the formatter")
r.add_argument("x", nargs="+", help="xs")
print(r.format_help(), end="")
d = argparse.ArgumentParser(prog="defs", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
d.add_argument("--n", type=int, default=4, help="number")
d.add_argument("--s", default="a", help="string")
print(d.format_help(), end="")
