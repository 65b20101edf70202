"""Companion of runtime_numbers.c: runs the case table of that file (or cases
from stdin with the argument "-") under CPython 3.12 and prints "case -> result"
lines; its output is runtime_numbers.expected."""
import math
import os
import re
import sys

sys.set_int_max_str_digits(4300)


def operand(text):
    return eval(text, {"float": float})


def pair_args(fields):
    if fields[2] == "" and len(fields) > 4:   # the operator "|"
        return "|", fields[4]
    return fields[2], fields[3]


def run_case(fields):
    kind = fields[0]
    if kind == "parseint":
        return int(fields[1], int(fields[2]))
    if kind == "parsefloat":
        return float(fields[1] if len(fields) > 1 else "")
    a = operand(fields[1])
    if kind == "bin":
        op, right = pair_args(fields)
        return eval("a %s b" % op, {"a": a, "b": operand(right)})
    if kind == "neg":
        return -a
    if kind == "inv":
        return ~a
    if kind == "abs":
        return abs(a)
    if kind == "pos":
        return +a
    if kind == "hash":
        return hash(a)
    if kind == "repr":
        return repr(a)
    if kind == "bool":
        return bool(a)
    if kind == "int":
        return int(a)
    if kind == "float":
        return float(a)
    if kind == "fmt":
        return format(a, fields[2] if len(fields) > 2 else "")
    if kind == "round":
        return round(a, operand(fields[2])) if len(fields) > 2 else round(a)
    if kind == "divmod":
        return divmod(a, operand(fields[2]))
    if kind == "powmod":
        return pow(a, operand(fields[2]), operand(fields[3]))
    if kind == "meth":
        return getattr(a, fields[2])()
    if kind == "attr":
        return getattr(a, fields[2])
    raise ValueError("unknown case kind " + kind)


def run_line(line):
    try:
        result = repr(run_case(line.split("|")))
    except Exception as error:
        result = "%s: %s" % (type(error).__name__, error)
    print("%s -> %s" % (line, result))


def table(file_name):
    """The quoted cases between the CASES markers of a C file of tests/unit."""
    source = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), file_name)).read()
    body = source.split("/* CASES BEGIN */")[1].split("/* CASES END */")[0]
    for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
        yield literal.encode().decode("unicode_escape")


def main(file_name):
    import warnings
    warnings.simplefilter("ignore")
    if len(sys.argv) > 1 and sys.argv[1] == "-":
        for line in sys.stdin:
            line = line.rstrip("\n")
            if line:
                run_line(line)
    else:
        for line in table(file_name):
            run_line(line)


if __name__ == "__main__":
    main("runtime_numbers.c")
