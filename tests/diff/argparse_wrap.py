import argparse

# Usage lines wrapped at 78 columns, long option names, subcommand help, metavars and nargs forms.
p = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name",
                            description="   This description has   irregular  spacing and is long enough that "
                                        "the formatter has to wrap it onto several lines of the help output.  ")
for i in range(6):
    p.add_argument(f"--option-number-{i}", metavar="VALUE", help=f"option {i}")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--maybe", nargs="?", const="c", default="d")
p.add_argument("--many", nargs="*")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("source")
p.add_argument("targets", nargs="+", help="where to copy")
p.add_argument("remainder", nargs=argparse.REMAINDER)
print(p.format_usage(), end="")
print(p.format_help(), end="")
print(p.parse_args(["--maybe", "s", "t1", "t2", "--pair", "1", "2", "r1", "--x"]))
print(p.parse_args(["--maybe", "s", "t1", "--", "-t2"]))

short = argparse.ArgumentParser(prog="s")
short.add_argument("-x", action="store_true")
short.add_argument("-y", action="store_true")
short.add_argument("-z", type=int)
short.add_argument("n", type=int, nargs="?", default=-1)
print(short.parse_args(["-xyz3"]))
print(short.parse_args(["-xz", "4", "-5"]))
print(short.parse_args(["-z=7"]))
m = argparse.ArgumentParser(prog="m", usage="%(prog)s [options] FILE")
m.add_argument("file")
sub = m.add_subparsers(title="commands", description="the commands of m", metavar="CMD")
sub.add_parser("go", help="go somewhere")
sub.add_parser("stop", help="stop now")
print(m.format_help(), end="")
print(m.parse_args(["f", "go"]))
