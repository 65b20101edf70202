#!/bin/sh
# Regenerates tests/parse/NAME.ast, CPython 3.12's dump of each tests/parse/NAME.py.
set -eu
cd "$(dirname "$0")"
for source in *.py; do
    case "$source" in dump_ast.py | gen_*.py) continue ;; esac
    PYENV_VERSION=3.12.1 python3.12 dump_ast.py "$source" > "${source%.py}.ast"
done
