#!/usr/bin/env bash
# Regenerates every golden output from CPython 3.12, the reference Molt must match:
# tests/diff/NAME.out (+ NAME.err when the program exits non-zero), tests/unit/NAME.expected
# from tests/unit/NAME.py, and whatever tests/parse/regen.sh produces. Run as `make golden`.
# Usage: scripts/golden.sh [diff] [unit] [parse]   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."

sections=" ${*:-diff unit parse} "
for section in $sections; do
    case "$section" in
        diff|unit|parse) ;;
        *) echo "usage: $0 [diff] [unit] [parse]" >&2; exit 2 ;;
    esac
done
wants() { [[ "$sections" == *" $1 "* ]]; }

# CPython 3.12 exactly: pyenv's 3.12.1 when present, else a python3.12 on PATH.
find_cpython() {
    local candidate
    if command -v pyenv >/dev/null 2>&1 && prefix=$(pyenv prefix 3.12.1 2>/dev/null); then
        candidate="$prefix/bin/python3.12"
        if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
    fi
    for candidate in python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           PYENV_VERSION=3.12.1 "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    return 1
}
if ! PYTHON=$(find_cpython); then
    echo "golden.sh: CPython 3.12 not found (tried \`pyenv prefix 3.12.1\` and python3.12 on PATH)." >&2
    echo "golden.sh: golden outputs must come from CPython 3.12; install it and retry." >&2
    exit 1
fi
export PYENV_VERSION=3.12.1 PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
echo "golden.sh: using $("$PYTHON" --version 2>&1) at $PYTHON"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
slow_limit_ms=1000
programs=0
warnings=0

# NAME.py, or NAME/main.py for a program of several modules.
for source in tests/diff/*.py tests/diff/*/main.py; do
    wants diff || break
    [ -f "$source" ] || continue
    name=${source%.py}
    [ "${name##*/}" = main ] && name=${name%/main}
    programs=$((programs + 1))
    start=$(date +%s%N)
    status=0
    timeout 10 "$PYTHON" "$source" </dev/null >"$name.out" 2>"$scratch/stderr" || status=$?
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$status" -eq 124 ]; then
        echo "golden.sh: $source timed out under CPython" >&2
        exit 1
    fi
    if [ "$status" -ne 0 ]; then
        # Line 1: the exit status; line 2: the last stderr line (`TypeName: message`).
        printf 'exit %d\n%s\n' "$status" "$(tail -n 1 "$scratch/stderr")" >"$name.err"
    else
        rm -f "$name.err"
        if [ -s "$scratch/stderr" ]; then
            echo "golden.sh: warning: $source wrote to stderr under CPython:" >&2
            head -n 3 "$scratch/stderr" | sed 's/^/    /' >&2
            warnings=$((warnings + 1))
        fi
    fi
    if [ "$elapsed_ms" -gt "$slow_limit_ms" ]; then
        echo "golden.sh: warning: $source took ${elapsed_ms} ms under CPython (keep tests under 1 s)" >&2
        warnings=$((warnings + 1))
    fi
done
wants diff && echo "golden.sh: tests/diff: $programs programs, $(ls tests/diff/*.err 2>/dev/null | wc -l) ending in an exception"

# The random case tables of the number unit tests first: their .expected files depend on them.
if wants unit; then "$PYTHON" scripts/gen_number_tables.py; fi
units=0
for source in tests/unit/*.py; do
    wants unit || break
    [ -e "$source" ] || continue
    "$PYTHON" "$source" </dev/null >"${source%.py}.expected"
    units=$((units + 1))
done
[ "$units" -eq 0 ] || echo "golden.sh: tests/unit: $units .expected files"

if wants parse && [ -f tests/parse/regen.sh ]; then
    echo "golden.sh: running tests/parse/regen.sh"
    PYTHON="$PYTHON" bash tests/parse/regen.sh
fi
echo "golden.sh: done ($warnings warnings)"
