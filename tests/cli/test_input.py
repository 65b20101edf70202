"""input() reading real stdin: successive lines, a last line without "\\n", "\\r" kept
(CPython's sys.stdin does not translate newlines on POSIX), UTF-8 text, EOFError at the
end, and the prompt flushed before reading. Compared with CPython 3.12 run on the same
input; skipped when CPython 3.12 is not installed."""
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import TIMEOUT, expect, molt, program  # noqa: E402  (the CLI checks' helpers)

SOURCE = '''
name = input("name? ")
print("hello", repr(name))
while True:
    try:
        line = input()
    except EOFError as error:
        print("EOFError", error)
        break
    print(repr(line))
'''
STDIN = b"Ada\r\nx\ry\n\ncaf\xc3\xa9\n" + b"long " * 2000 + b"\nlast"


def test_input_reads_stdin_lines_as_cpython(context):
    python = shutil.which("python3.12")
    if python is None:
        raise unittest.SkipTest("CPython 3.12 not installed")
    path = program(context, "input_lines.py", SOURCE.lstrip("\n"))
    binary = path[:-3]
    status, out, err = molt(context, "build", "--cap", "stdin", path, "-o", binary)
    expect(status == 0, "`molt build` must exit 0", status, out, err)
    actual = subprocess.run([binary], input=STDIN, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONIOENCODING="utf-8")
    expected = subprocess.run([python, path], input=STDIN, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT)
    expect(actual.returncode == expected.returncode and actual.stdout == expected.stdout,
           "input() read stdin differently from CPython:\n%s" % expected.stdout.decode("utf-8", "replace")[-400:],
           actual.returncode, actual.stdout.decode("utf-8", "replace"), actual.stderr.decode("utf-8", "replace"))
