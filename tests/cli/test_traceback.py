"""The whole stderr of an uncaught exception, compared with CPython 3.12's: the
chaining texts, the "Traceback (most recent call last):" headers, one
`File "...", line N, in f` line per frame (CPython adds an entry for every frame
an error arises in, including the frame whose handler catches it; re-raising adds
none), and exception group trees. Molt prints no source lines, so CPython's source
and caret lines are dropped, and paths are compared by file name. Skipped when
CPython 3.12 is not installed (PYENV_VERSION=3.12.1 python3.12)."""
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import expect, molt, program  # noqa: E402  (the CLI checks' helpers)

PROGRAMS = {
    "direct_cause": '''
def inner():
    raise ValueError("inner")
def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("outer") from e
def main():
    try:
        outer()
    except KeyError as e:
        raise TypeError("main")
main()
''',
    "bare_raise_keeps_line": '''
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def g():
    try:
        f()
    except KeyError:
        pass
g()
''',
    "raise_caught_again": '''
def f():
    try:
        [][1]
    except IndexError as e:
        raise e
f()
''',
    "with_and_finally": '''
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f(n):
    with CM():
        try:
            {}["k"]
        finally:
            print("fin")
def g():
    for i in range(3):
        f(i)
g()
''',
    "bare_raise_in_called_function": '''
def gen():
    yield 1
    raise ValueError("in gen")
def helper():
    raise
def f():
    try:
        for x in gen():
            pass
    except ValueError:
        try:
            helper()
        except ValueError as e:
            raise RuntimeError("wrapped") from None
f()
''',
    "context_through_finally": '''
def a():
    try:
        int("x")
    except ValueError:
        try:
            b()
        finally:
            pass
def b():
    raise TypeError("b")
try:
    a()
except TypeError:
    x = 1
    raise
''',
    "except_star_wrapped": '''
class A:
    def m(self, xs):
        return [1 // x for x in xs]
def run():
    try:
        A().m([1, 0])
    except* ZeroDivisionError as g:
        raise ValueError("from group")
run()
''',
    "except_star_rest": '''
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except* ValueError:
        pass
g()
''',
    "generator_throw": '''
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        raise
    finally:
        pass
def use():
    it = gen()
    next(it)
    it.throw(KeyError("thrown"))
use()
''',
}

FRAME = re.compile(r'^(.*?)File "([^"]*)", line (\d+), in (.*)$')


def structure(stderr):
    """stderr without source and caret lines, with file names for paths."""
    kept, after_frame = [], None
    for line in stderr.splitlines():
        match = FRAME.match(line)
        if match:
            kept.append('%sFile "%s", line %s, in %s' % (match.group(1), os.path.basename(match.group(2)),
                                                         match.group(3), match.group(4)))
            after_frame = len(match.group(1))
            continue
        body = line.rsplit("|", 1)[-1] if "|" in line else line
        indent = len(line) - len(line.lstrip(" |")) if "|" in line else len(line) - len(line.lstrip(" "))
        if after_frame is not None and indent > after_frame and body.strip():
            continue   # a source line, or the carets under it
        after_frame = None
        kept.append(line)
    return kept


def cpython():
    path = shutil.which("python3.12")
    if path is None:
        raise unittest.SkipTest("CPython 3.12 not installed")
    return path


def test_traceback_structure_matches_cpython(context):
    python = cpython()
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONHASHSEED="0")
    for name, source in sorted(PROGRAMS.items()):
        path = program(context, "traceback_%s.py" % name, source.lstrip("\n"))
        status, out, err = molt(context, "run", path)
        expected = subprocess.run([python, path], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=60)
        expected_err = expected.stderr.decode("utf-8", "replace")
        expect(status == expected.returncode and structure(err) == structure(expected_err),
               "%s: traceback differs from CPython's:\n%s" % (name, "\n".join(structure(expected_err))),
               status, out, err)
