#!/bin/sh
# Builds the parse-dump test driver and compares its dump of every
# tests/parse/*.py with the CPython dump stored beside it (NAME.ast).
# Usage: tests/parse/check.sh [CC]
set -u
cd "$(dirname "$0")/../.."
CC=${1:-${CC:-cc}}
mkdir -p build/tests
BIN=build/tests/compiler_parse_dump
$CC -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -O2 \
    -o "$BIN" tests/unit/compiler_parse_dump.c compiler/common/*.c runtime/core/digest.c compiler/frontend/*.c -lm || exit 1
passed=0
failed=0
for source in tests/parse/*.py; do
    case "$source" in tests/parse/dump_ast.py | tests/parse/gen_*.py) continue ;; esac
    expected="${source%.py}.ast"
    if "$BIN" "$source" 2>&1 | cmp -s - "$expected"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $source"
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
