#!/bin/sh
# Regenerates tests/errors/syntax_NAME.expected from CPython 3.12: the first
# line `molt check` must print, "path:line:col: error: message", with
# CPython's SyntaxError lineno, offset (1-based) and msg.
set -eu
cd "$(dirname "$0")/../.."
for source in tests/errors/syntax_*.py; do
    PYENV_VERSION=3.12.1 python3.12 -W ignore -c '
import sys
path = sys.argv[1]
try:
    compile(open(path, encoding="utf-8").read(), path, "exec")
except SyntaxError as error:
    print(f"{path}:{error.lineno}:{error.offset}: error: {error.msg}")
else:
    sys.exit(path + ": CPython accepts this program")
' "$source" > "${source%.py}.expected"
done
