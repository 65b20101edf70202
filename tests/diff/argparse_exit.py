import argparse

# An error that is not caught: the usage and the message go to stderr, exit status 2.
p = argparse.ArgumentParser(prog="strict")
p.add_argument("count", type=int)
p.add_argument("--name", required=True)
print(p.parse_args(["3", "--name", "x"]))
print("before")
p.parse_args(["3"])
print("not reached")
