#!/usr/bin/env python3
"""Molt's test runner: every section of the suite (diff, diff-asan, diff-wasm, errors, unit,
cli, warnings) as independent checks run in parallel, ending with the line `N passed, N failed`.

Runs with any python3 >= 3.9 and the standard library only: CPython 3.12 is needed to
*generate* golden outputs (scripts/golden.sh), never to check them.

Usage: python3 tests/run_tests.py [SECTION ...] [-j N] [-k SUBSTRING] [--molt PATH] [-v]
Sections: diff diff-asan diff-wasm errors unit cli warnings (default: all of them).
"""
import argparse
import difflib
import importlib.util
import math
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import traceback
import unittest
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(REPO, "tests")

SECTIONS = ["diff", "diff-asan", "diff-wasm", "errors", "unit", "cli", "warnings"]
# diff-wasm runs every diff program built with --target wasm under node:wasi (docs/wasm.md).
WASI_RUNNER = os.path.join(REPO, "runtime", "platform", "wasi_runner.mjs")

# Whether LeakSanitizer findings fail the diff-asan section: on since the runtime frees
# everything at exit (the module teardown, then the cycle collector: docs/memory.md).
ASAN_DETECT_LEAKS = 1
ASAN_OPTIONS = "detect_leaks=%d:abort_on_error=1" % ASAN_DETECT_LEAKS
# diff tests whose leaks come from a known bug outside the runtime, run without leak
# detection until it is fixed: name -> the bug.
LEAK_CHECK_EXCLUDED = {
}
UBSAN_OPTIONS = "halt_on_error=1:print_stacktrace=1"
SANITIZER_MARKERS = ("AddressSanitizer", "LeakSanitizer", "runtime error:", "UndefinedBehaviorSanitizer")

RUN_TIMEOUT = 10          # seconds a compiled test program may run
BUILD_TIMEOUT = 120       # seconds `molt build` may take on one program
UNIT_TIMEOUT = 60
WARNINGS_TIMEOUT = 900
DIFF_CONTEXT_LINES = 25   # lines of unified diff shown per failure

# Flags the unit tests are compiled with (tests/unit/runtime_*.c and compiler_*.c).
UNIT_CFLAGS = ["-std=c11", "-Iinclude", "-Iruntime", "-Icompiler",
               "-D_POSIX_C_SOURCE=200809L", "-D_DEFAULT_SOURCE",
               "-Wall", "-Wextra", "-Werror", "-O1", "-ffp-contract=off"]


class Result:
    """Outcome of one check; a check that runs an external suite may count several."""

    def __init__(self, name, passed=0, failed=0, detail="", skipped=0):
        self.name = name
        self.passed = passed
        self.failed = failed
        self.skipped = skipped  # shown, never counted as passed
        self.detail = detail


def ok(name):
    return Result(name, passed=1)


def fail(name, detail):
    return Result(name, failed=1, detail=detail)


def run(argv, timeout, env=None, cwd=REPO, stdin=subprocess.DEVNULL):
    """Runs argv and returns (exit status, stdout bytes, stderr bytes); exit status is
    None on timeout and -SIGNAL when killed by a signal."""
    try:
        completed = subprocess.run(argv, cwd=cwd, env=env, stdin=stdin, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        return None, expired.stdout or b"", expired.stderr or b""
    except OSError as error:
        return 127, b"", str(error).encode()
    return completed.returncode, completed.stdout, completed.stderr


def describe_status(status):
    if status is None:
        return "timed out"
    if status < 0:
        try:
            return "killed by %s" % signal.Signals(-status).name
        except ValueError:
            return "killed by signal %d" % -status
    return "exit %d" % status


def text(data):
    return data.decode("utf-8", errors="replace")


def tail(data, lines=15):
    kept = text(data).rstrip("\n").split("\n")[-lines:]
    return "\n".join("    " + line for line in kept)


def first_line(data):
    lines = text(data).split("\n")
    return lines[0].rstrip("\r") if lines else ""


def last_line(data):
    stripped = text(data).rstrip("\n").split("\n")
    return stripped[-1] if stripped else ""


def short_diff(expected, actual):
    lines = list(difflib.unified_diff(text(expected).splitlines(), text(actual).splitlines(),
                                      "expected", "actual", lineterm="", n=2))
    if len(lines) > DIFF_CONTEXT_LINES:
        lines = lines[:DIFF_CONTEXT_LINES] + ["    ... (%d more diff lines)" % (len(lines) - DIFF_CONTEXT_LINES)]
    return "\n".join("    " + line for line in lines)


def listed(directory, suffix, prefix=""):
    if not os.path.isdir(directory):
        return []
    return sorted(name[:-len(suffix)] for name in os.listdir(directory)
                  if name.endswith(suffix) and name.startswith(prefix))


class Context:
    """What every check needs: the compiler under test, a scratch directory, options."""

    def __init__(self, options):
        self.molt = os.path.abspath(options.molt)
        self.scratch = tempfile.mkdtemp(prefix="molt-tests-")
        self.cache_dir = os.path.join(self.scratch, "cache")
        self.verbose = options.verbose
        self.cc = os.environ.get("CC", "cc")
        self.node = os.environ.get("MOLT_NODE", "node")
        self.jobs = options.jobs
        self.lock = threading.Lock()
        self.compiler_archive = None  # built once, on first use, for compiler_* unit tests
        self.compiler_archive_error = None

    def scratch_path(self, *parts):
        path = os.path.join(self.scratch, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def env(self, **overrides):
        env = dict(os.environ)
        env["MOLT_CACHE_DIR"] = self.cache_dir
        env.update(overrides)
        return env


# ---------------------------------------------------------------- diff, diff-asan

def read_expected_status(path):
    """NAME.err: line 1 `exit N`, line 2 the exact last line CPython wrote to stderr."""
    if not os.path.exists(path):
        return 0, None
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    match = re.fullmatch(r"exit (\d+)", lines[0].strip())
    if not match:
        raise ValueError("%s: first line must be `exit N`" % path)
    return int(match.group(1)), (lines[1] if len(lines) > 1 and lines[1] else None)


def diff_source(name):
    """NAME.py, or NAME/main.py for a program of several modules (the others next to it)."""
    program = os.path.join("tests", "diff", name, "main.py")
    return program if os.path.isfile(program) else os.path.join("tests", "diff", name + ".py")


def diff_names():
    directory = os.path.join(TESTS, "diff")
    programs = [name for name in os.listdir(directory) if os.path.isfile(os.path.join(directory, name, "main.py"))]
    return sorted(listed(directory, ".py") + programs)


# diff programs whose stdout on wasm differs from CPython's (x86_64, glibc) in the last bit
# of some libm results: wasi-libc's libm is musl's (docs/wasm.md, "Floating point"). For
# these, diff-wasm checks that every difference is a float one unit in the last place
# away from CPython's, in lines otherwise identical. name -> the functions concerned.
WASM_LIBM_DIFFERENCES = {
    "math_binary": "atan2",
    "math_real": "tan, atan, cbrt, sinh, cosh, erfc",
    "math_stress": "erf, erfc",
}
FLOAT_TOKEN = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:e[-+]?\d+)?|nan|inf")


def float_order(value):
    """Maps doubles to integers so that adjacent doubles are adjacent integers."""
    bits = struct.unpack("<q", struct.pack("<d", value))[0]
    return bits if bits >= 0 else -(bits & 0x7FFFFFFFFFFFFFFF)


def libm_last_bit_problem(expected, actual):
    """None when `actual` is `expected` up to floats one ulp apart; else what is not."""
    expected_lines, actual_lines = text(expected).split("\n"), text(actual).split("\n")
    if len(expected_lines) != len(actual_lines):
        return "%d lines instead of %d" % (len(actual_lines), len(expected_lines))
    for number, (want, got) in enumerate(zip(expected_lines, actual_lines), 1):
        if want == got:
            continue
        if FLOAT_TOKEN.split(want) != FLOAT_TOKEN.split(got):
            return "line %d differs outside its numbers:\n    expected: %s\n    actual:   %s" % (number, want, got)
        for want_float, got_float in zip(FLOAT_TOKEN.findall(want), FLOAT_TOKEN.findall(got)):
            want_value, got_value = float(want_float), float(got_float)
            if want_float != got_float and (math.isnan(want_value) or math.isnan(got_value)
                                            or math.copysign(1, want_value) != math.copysign(1, got_value)
                                            or abs(float_order(want_value) - float_order(got_value)) > 1):
                return "line %d: %s is more than one ulp from %s:\n    expected: %s\n    actual:   %s" % (
                    number, got_float, want_float, want, got)
    return None


# The flavours of the diff suite: section -> (molt build options, extra environment).
DIFF_FLAVOURS = {
    "diff": ([], {}),
    "diff-asan": ([], {"MOLT_SANITIZE": "1", "UBSAN_OPTIONS": UBSAN_OPTIONS}),
    "diff-wasm": (["--target", "wasm"], {}),
}


def declared_capabilities(source):
    """--cap options for the capabilities a test declares on a line of its own
    before the code: `# molt: cap=time,stdin` (docs/capabilities.md)."""
    options = []
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            if line.startswith("# molt: cap="):
                for name in line[len("# molt: cap="):].strip().split(","):
                    options += ["--cap", name.strip()]
    return options


def diff_check(context, name, section):
    label = "%s/%s" % (section, name)
    source = diff_source(name)
    build_options, overrides = DIFF_FLAVOURS[section]
    build_options = build_options + declared_capabilities(source)
    wasm = section == "diff-wasm"
    binary = context.scratch_path(section, name + (".wasm" if wasm else ""))
    env = context.env(**overrides)
    if section == "diff-asan":
        env["ASAN_OPTIONS"] = ASAN_OPTIONS.replace("detect_leaks=1", "detect_leaks=0") \
            if name in LEAK_CHECK_EXCLUDED else ASAN_OPTIONS
    status, out, err = run([context.molt, "build"] + build_options + [source, "-o", binary], BUILD_TIMEOUT, env)
    if status != 0:
        what = "rejected by the compiler" if status == 3 else "build failed"
        return fail(label, "%s (%s):\n%s" % (what, describe_status(status), tail(err)))
    command = [context.node, WASI_RUNNER, "--argv0=" + source, binary] if wasm else [binary]
    status, out, err = run(command, RUN_TIMEOUT, env)
    with open(os.path.join(TESTS, "diff", name + ".out"), "rb") as handle:
        expected_out = handle.read()
    expected_status, expected_last = read_expected_status(os.path.join(TESTS, "diff", name + ".err"))
    problems = []
    if wasm and name in WASM_LIBM_DIFFERENCES:
        problem = libm_last_bit_problem(expected_out, out)
        if problem:
            problems.append("stdout differs beyond the documented last-bit libm differences (%s): %s"
                            % (WASM_LIBM_DIFFERENCES[name], problem))
    elif out != expected_out:
        hint = ""
        if wasm and libm_last_bit_problem(expected_out, out) is None:
            hint = "\n    (only floats one ulp apart: if they come from libm, list the test in WASM_LIBM_DIFFERENCES)"
        problems.append("stdout differs:\n" + short_diff(expected_out, out) + hint)
    if status != expected_status:
        problems.append("expected exit %d, got %s; stderr:\n%s" % (expected_status, describe_status(status), tail(err)))
    elif expected_last is not None and last_line(err) != expected_last:
        problems.append("last stderr line differs:\n    expected: %s\n    actual:   %s" % (expected_last, last_line(err)))
    if section == "diff-asan" and any(marker.encode() in err for marker in SANITIZER_MARKERS):
        problems.append("sanitizer report:\n" + tail(err, 30))
    if problems:
        return fail(label, "\n".join(problems))
    return ok(label)


def diff_checks(context, section):
    names = diff_names()
    checks = []
    for name in names:
        if not os.path.exists(os.path.join(TESTS, "diff", name + ".out")):
            checks.append((section + "/" + name, lambda n=name: fail(
                section + "/" + n, "missing tests/diff/%s.out (run `make golden`)" % n)))
            continue
        checks.append((section + "/" + name, lambda n=name: diff_check(context, n, section)))
    return checks


# ---------------------------------------------------------------- errors

def error_check(context, name):
    label = "errors/" + name
    expected_path = os.path.join(TESTS, "errors", name + ".expected")
    if not os.path.exists(expected_path):
        return fail(label, "missing tests/errors/%s.expected" % name)
    with open(expected_path, "rb") as handle:
        expected = first_line(handle.read())
    status, _, err = run([context.molt, "check", "tests/errors/%s.py" % name], BUILD_TIMEOUT, context.env())
    problems = []
    if status != 3:
        problems.append("expected exit 3, got %s" % describe_status(status))
    if first_line(err) != expected:
        problems.append("first stderr line differs:\n    expected: %s\n    actual:   %s" % (expected, first_line(err)))
    if problems:
        return fail(label, "\n".join(problems) + ("\n  stderr:\n" + tail(err) if err else ""))
    return ok(label)


def error_checks(context):
    return [("errors/" + name, lambda n=name: error_check(context, n))
            for name in listed(os.path.join(TESTS, "errors"), ".py")]


# ---------------------------------------------------------------- unit

def compiler_archive(context):
    """All compiler sources but the driver's main(), compiled once into an archive that
    every compiler_* unit test links against."""
    with context.lock:
        if context.compiler_archive or context.compiler_archive_error:
            return context.compiler_archive, context.compiler_archive_error
        sources = sorted(os.path.join(directory, name)
                         for directory in (os.path.join("compiler", sub) for sub in
                                           sorted(os.listdir(os.path.join(REPO, "compiler"))))
                         if os.path.isdir(os.path.join(REPO, directory))
                         for name in os.listdir(os.path.join(REPO, directory))
                         if name.endswith(".c") and os.path.join(directory, name) != os.path.join("compiler", "driver", "main.c"))
        objects = []
        for source in sources:
            obj = context.scratch_path("unit", "compiler-objects", source.replace(os.sep, "_")[:-2] + ".o")
            status, _, err = run([context.cc] + UNIT_CFLAGS + ["-c", source, "-o", obj], UNIT_TIMEOUT)
            if status != 0:
                context.compiler_archive_error = "compiling %s failed:\n%s" % (source, tail(err))
                return None, context.compiler_archive_error
            objects.append(obj)
        archive = context.scratch_path("unit", "libmoltcompiler.a")
        status, _, err = run(["ar", "rcs", archive] + objects, UNIT_TIMEOUT)
        if status != 0:
            context.compiler_archive_error = "ar failed:\n" + tail(err)
            return None, context.compiler_archive_error
        context.compiler_archive = archive
        return archive, None


def unit_check(context, name):
    label = "unit/" + name
    binary = context.scratch_path("unit", name)
    source = os.path.join("tests", "unit", name + ".c")
    if name.startswith("runtime_"):
        library = os.path.join(REPO, "build", "libmolt.a")
        if not os.path.exists(library):
            return fail(label, "build/libmolt.a is missing (run `make`)")
        link = [library, "-lm"]
    else:
        archive, error = compiler_archive(context)
        if error:
            return fail(label, error)
        link = [archive, "-lm"]
    status, _, err = run([context.cc] + UNIT_CFLAGS + [source, "-o", binary] + link, UNIT_TIMEOUT)
    if status != 0:
        return fail(label, "compile failed (%s):\n%s" % (describe_status(status), tail(err, 25)))
    status, out, err = run([binary], UNIT_TIMEOUT, context.env())
    if status != 0:
        return fail(label, "%s; stdout/stderr tail:\n%s\n%s" % (describe_status(status), tail(out), tail(err)))
    expected_path = os.path.join(TESTS, "unit", name + ".expected")
    if os.path.exists(expected_path):
        with open(expected_path, "rb") as handle:
            expected = handle.read()
        if out != expected:
            return fail(label, "stdout differs:\n" + short_diff(expected, out))
    return ok(label)


def parse_suite_check(context):
    """tests/parse/check.sh is an external suite that prints its own `N passed, N failed`."""
    label = "unit/parse-check"
    status, out, err = run(["bash", "tests/parse/check.sh"], WARNINGS_TIMEOUT, context.env())
    counts = re.findall(r"(\d+) passed, (\d+) failed", text(out))
    if not counts:
        return fail(label, "tests/parse/check.sh printed no `N passed, N failed` (%s):\n%s\n%s"
                    % (describe_status(status), tail(out), tail(err)))
    passed, failed = int(counts[-1][0]), int(counts[-1][1])
    detail = ""
    if failed or status != 0:
        detail = "tests/parse/check.sh (%s):\n%s" % (describe_status(status), tail(out, 30))
        if status != 0 and not failed:
            failed = 1
    return Result(label, passed, failed, detail)


def unit_checks(context):
    directory = os.path.join(TESTS, "unit")
    names = listed(directory, ".c", "runtime_") + listed(directory, ".c", "compiler_")
    checks = [("unit/" + name, lambda n=name: unit_check(context, n)) for name in names]
    if os.path.exists(os.path.join(TESTS, "parse", "check.sh")):
        checks.append(("unit/parse-check", lambda: parse_suite_check(context)))
    return checks


# ---------------------------------------------------------------- cli

def cli_checks(context):
    """Every test_* function of tests/cli/*.py; each receives the Context and fails by raising."""
    checks = []
    for module_name in listed(os.path.join(TESTS, "cli"), ".py", "test_"):
        path = os.path.join(TESTS, "cli", module_name + ".py")
        spec = importlib.util.spec_from_file_location("molt_cli_" + module_name, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception:  # a test file that does not load is one failed check
            error = traceback.format_exc(limit=2)
            checks.append(("cli/" + module_name, lambda e=error, m=module_name: fail("cli/" + m, e)))
            continue
        for function_name in sorted(name for name in vars(module) if name.startswith("test_")):
            label = "cli/%s" % function_name
            checks.append((label, lambda f=getattr(module, function_name), l=label: cli_check(context, l, f)))
    return checks


def cli_check(context, label, function):
    try:
        function(context)
    except unittest.SkipTest as reason:
        return Result(label, skipped=1, detail=str(reason))
    except AssertionError as error:
        return fail(label, str(error) or traceback.format_exc(limit=2))
    except Exception:  # a broken test is a failed test, never a crashed runner
        return fail(label, traceback.format_exc(limit=3))
    return ok(label)


# ---------------------------------------------------------------- warnings

def warnings_check(context, compiler):
    label = "warnings/" + compiler
    if shutil.which(compiler) is None:
        return fail(label, "%s is not installed (run `make deps`)" % compiler)
    build_dir = os.path.join("build", "warnings-" + compiler)
    shutil.rmtree(os.path.join(REPO, build_dir), ignore_errors=True)
    env = context.env()
    for inherited in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "CFLAGS"):
        env.pop(inherited, None)  # a clean top-level make, whatever started the runner
    status, out, err = run(["make", "-j%d" % context.jobs, "BUILD=" + build_dir, "CC=" + compiler, "all"],
                           WARNINGS_TIMEOUT, env)
    if status != 0:
        return fail(label, "make BUILD=%s CC=%s failed (%s):\n%s" % (build_dir, compiler, describe_status(status), tail(err, 30)))
    return ok(label)


def warnings_checks(context):
    return [("warnings/" + compiler, lambda c=compiler: warnings_check(context, c)) for compiler in ("gcc", "clang")]


# ---------------------------------------------------------------- main

def precondition_failures(context, sections):
    """Checks that cannot start without the compiler fail once each, with the reason."""
    needs_molt = {"diff", "diff-asan", "diff-wasm", "errors", "cli"}
    missing = {}
    if not os.access(context.molt, os.X_OK):
        for section in needs_molt & set(sections):
            shown = os.path.relpath(context.molt, REPO) if context.molt.startswith(REPO + os.sep) else context.molt
            missing[section] = "%s is missing (run `make`)" % shown
    asan_library = os.path.join(REPO, "build", "libmolt-asan.a")
    if "diff-asan" in sections and "diff-asan" not in missing and not os.path.exists(asan_library) \
            and context.molt == os.path.join(REPO, "build", "molt"):
        missing["diff-asan"] = "build/libmolt-asan.a is missing (run `make asan-runtime`)"
    wasm_library = os.path.join(REPO, "build", "libmolt-wasm.a")
    if "diff-wasm" in sections and "diff-wasm" not in missing:
        if not os.path.exists(wasm_library) and context.molt == os.path.join(REPO, "build", "molt"):
            missing["diff-wasm"] = "build/libmolt-wasm.a is missing (run `make wasm-runtime`; `make deps` installs its toolchain)"
        elif shutil.which(context.node) is None:
            missing["diff-wasm"] = "%s is not installed (Node.js 20 runs the wasm programs)" % context.node
    return missing


def main():
    parser = argparse.ArgumentParser(description="Run Molt's test suite.")
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help="sections to run: %s (default: all)" % " ".join(SECTIONS))
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("-k", dest="pattern", default="", help="only checks whose name contains this")
    parser.add_argument("--skip", action="append", default=[], metavar="SECTION", help="leave a section out")
    parser.add_argument("--molt", default=os.environ.get("MOLT", os.path.join(REPO, "build", "molt")),
                        help="compiler under test (default: build/molt, or $MOLT)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list passing checks")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    options = parser.parse_args()
    for section in options.sections + options.skip:
        if section not in SECTIONS:
            parser.error("unknown section %r (sections: %s)" % (section, " ".join(SECTIONS)))
    sections = [s for s in (options.sections or SECTIONS) if s not in options.skip]

    context = Context(options)
    makers = {"diff": lambda: diff_checks(context, "diff"), "diff-asan": lambda: diff_checks(context, "diff-asan"),
              "diff-wasm": lambda: diff_checks(context, "diff-wasm"),
              "errors": lambda: error_checks(context), "unit": lambda: unit_checks(context),
              "cli": lambda: cli_checks(context), "warnings": lambda: warnings_checks(context)}
    missing = precondition_failures(context, sections)
    checks = []
    not_run = []  # (section, count, reason): reported once per section, counted per check
    for section in sections:
        selected = [(label, check) for label, check in makers[section]() if options.pattern in label]
        if section in missing and selected:
            not_run.append((section, len(selected), missing[section]))
        else:
            checks.extend(selected)

    totals = {}
    passed = failed = 0
    print_lock = threading.Lock()

    def report(result):
        nonlocal passed, failed
        with print_lock:
            passed += result.passed
            failed += result.failed
            section = result.name.split("/")[0]
            section_passed, section_failed, section_skipped = totals.get(section, (0, 0, 0))
            totals[section] = (section_passed + result.passed, section_failed + result.failed,
                               section_skipped + result.skipped)
            if result.failed:
                print("FAIL %s: %s" % (result.name, result.detail), flush=True)
            elif result.skipped:
                print("SKIP %s: %s" % (result.name, result.detail), flush=True)
            elif options.verbose:
                print("ok   %s" % result.name, flush=True)

    def guarded(label, check):
        try:
            return check()
        except Exception:
            return fail(label, traceback.format_exc(limit=4))

    for section, count, reason in not_run:
        report(Result(section + "/*", failed=count, detail="%d checks cannot run: %s" % (count, reason)))

    try:
        # Warnings builds run make -jN themselves; they go last so they do not starve the rest.
        ordinary = [c for c in checks if not c[0].startswith("warnings/")]
        heavy = [c for c in checks if c[0].startswith("warnings/")]
        with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
            for result in pool.map(lambda c: guarded(*c), ordinary):
                report(result)
        for label, check in heavy:
            report(guarded(label, check))
    finally:
        if options.keep:
            print("scratch directory kept: %s" % context.scratch)
        else:
            shutil.rmtree(context.scratch, ignore_errors=True)

    for section in sections:
        if section in totals:
            section_passed, section_failed, section_skipped = totals[section]
            print("  %-10s %d passed, %d failed%s" % (section, section_passed, section_failed,
                                                    ", %d skipped" % section_skipped if section_skipped else ""))
    print("%d passed, %d failed" % (passed, failed), flush=True)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
