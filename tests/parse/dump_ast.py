"""Prints CPython 3.12's ast.dump(tree, indent=1) of each file named on the
command line: the reference that compiler_parse_dump must reproduce."""
import ast
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as source:
        print(ast.dump(ast.parse(source.read(), path), indent=1))
