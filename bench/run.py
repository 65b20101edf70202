#!/usr/bin/env python3
"""Benchmark runner (`make bench`): builds every bench/*.py with Molt, times the Molt binary,
CPython 3.12 and PyPy on it (median of several runs), checks that all three print the same
output, and writes bench/RESULTS.md. `--demo FILE` is `make demo`: one program, one run each.

Runs with any python3 >= 3.9, standard library only.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")
MOLT = os.environ.get("MOLT", os.path.join(REPO, "build", "molt"))
OUTPUT_DIR = os.path.join(REPO, "build", "bench")
RUN_TIMEOUT = 300
CPYTHON_ENV = {"PYENV_VERSION": "3.12.1", "PYTHONHASHSEED": "0"}


def find_cpython():
    """CPython 3.12 exactly: pyenv's 3.12.1 if present, else python3.12 on PATH."""
    if shutil.which("pyenv"):
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        candidate = os.path.join(prefix.stdout.strip(), "bin", "python3.12")
        if prefix.returncode == 0 and os.access(candidate, os.X_OK):
            return candidate
    candidate = shutil.which("python3.12")
    if candidate:
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=dict(os.environ, **CPYTHON_ENV))
        if probe.stdout.strip() == "True":
            return candidate
    return None


def first_line_of(argv):
    try:
        completed = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    lines = completed.stdout.strip().splitlines()
    return lines[0] if lines else "not available"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    """Other work on the machine skews wall times: the results say how busy it was."""
    try:
        return "%.2f" % os.getloadavg()[0]
    except (AttributeError, OSError):
        return "unknown"


def timed_run(argv, env=None):
    """Runs argv once; returns (seconds, exit status, stdout text, stderr text)."""
    full_env = dict(os.environ, **(env or {}))
    start = time.perf_counter()
    try:
        completed = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=full_env, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, "", "timed out after %d s" % RUN_TIMEOUT
    except OSError as error:
        return 0.0, 127, "", str(error)
    elapsed = time.perf_counter() - start
    return (elapsed, completed.returncode, completed.stdout.decode("utf-8", "replace"),
            completed.stderr.decode("utf-8", "replace"))


def median_run(argv, runs, env=None):
    """Median wall time over `runs` runs; returns (seconds or None on failure, stdout, error)."""
    times = []
    output = None
    for _ in range(runs):
        elapsed, status, out, err = timed_run(argv, env)
        if status != 0:
            return None, out, "exit %s: %s" % (status, err.strip().splitlines()[-1] if err.strip() else "")
        if output is not None and out != output:
            return None, out, "output changed between runs"
        output = out
        times.append(elapsed)
    return statistics.median(times), output, None


def build_with_molt(source, binary):
    """Returns an error message, or None when the binary was built."""
    if not os.access(MOLT, os.X_OK):
        return "build/molt is missing (run `make`)"
    os.makedirs(os.path.dirname(binary), exist_ok=True)
    completed = subprocess.run([MOLT, "build", source, "-o", binary], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        return "molt build exit %d: %s" % (completed.returncode, lines[0] if lines else "")
    return None


def format_seconds(value):
    return "—" if value is None else "%.3f" % value


def format_ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator == 0:
        return "—"
    return "%.2f×" % (numerator / denominator)


def format_size(path):
    if not os.path.exists(path):
        return "—"
    return "%d KiB" % ((os.path.getsize(path) + 1023) // 1024)


def benchmark(options):
    cpython = find_cpython()
    pypy = shutil.which("pypy3")
    programs = sorted(name[:-3] for name in os.listdir(BENCH) if name.endswith(".py") and name != "run.py")
    if options.only:
        programs = [p for p in programs if p in options.only]
    rows = []
    mismatches = 0
    for name in programs:
        source = os.path.join(BENCH, name + ".py")
        binary = os.path.join(OUTPUT_DIR, name)
        print("== %s" % name, flush=True)
        build_error = build_with_molt(source, binary)
        results = {}
        if build_error:
            print("   molt:    %s" % build_error)
            results["molt"] = (None, None, build_error)
        else:
            results["molt"] = median_run([binary], options.runs)
        results["cpython"] = median_run([cpython, source], options.runs, CPYTHON_ENV) if cpython \
            else (None, None, "python3.12 not found")
        results["pypy"] = median_run([pypy, source], options.runs) if pypy else (None, None, "pypy3 not found")
        reference = results["cpython"][1]
        verdicts = []
        for implementation in ("molt", "pypy"):
            seconds, output, error = results[implementation]
            if error:
                verdicts.append("%s: %s" % (implementation, error))
            elif reference is not None and output != reference:
                verdicts.append("%s: OUTPUT MISMATCH" % implementation)
                mismatches += 1
                print("!!! %s: %s prints something different from CPython 3.12" % (name, implementation))
                print("!!!   expected: %r\n!!!   actual:   %r" % (reference[:300], output[:300]))
        for implementation in ("molt", "cpython", "pypy"):
            seconds, _, error = results[implementation]
            print("   %-8s %s" % (implementation + ":", format_seconds(seconds) + " s" if seconds is not None else error))
        rows.append((name, results, binary, "; ".join(verdicts) or "same"))
    write_results(rows, cpython, pypy, options.runs)
    print("wrote %s" % os.path.relpath(os.path.join(BENCH, "RESULTS.md"), REPO))
    if mismatches:
        print("!!! %d OUTPUT MISMATCH(ES): see above and bench/RESULTS.md" % mismatches)
        return 1
    return 0


def write_results(rows, cpython, pypy, runs):
    lines = [
        "# Molt benchmark results",
        "",
        "Generated by `make bench` (bench/run.py): median wall time of %d runs per implementation;" % runs,
        "the Molt time excludes compilation. Outputs are compared with CPython 3.12's.",
        "",
        "- Date: %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "- Machine: %s, %d cores (%s %s); load average %s when the run ended" % (
            cpu_model(), os.cpu_count() or 0, platform.system(), platform.machine(), load_average()),
        "- Molt: %s" % (first_line_of([MOLT, "--version"]) if os.access(MOLT, os.X_OK) else "not built"),
        "- C compiler: %s" % first_line_of([os.environ.get("MOLT_CC", "cc"), "--version"]),
        "- CPython: %s" % (first_line_of([cpython, "--version"]) if cpython else "not found"),
        "- PyPy: %s" % (" ".join(first_line_of([pypy, "--version"]).split()) if pypy else "not found"),
        "",
        "| program | Molt (s) | CPython 3.12 (s) | PyPy (s) | CPython/Molt | PyPy/Molt | Molt binary | output |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, results, binary, verdict in rows:
        molt, cpython_time, pypy_time = results["molt"][0], results["cpython"][0], results["pypy"][0]
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, format_seconds(molt), format_seconds(cpython_time), format_seconds(pypy_time),
            format_ratio(cpython_time, molt), format_ratio(pypy_time, molt), format_size(binary), verdict))
    lines.append("")
    with open(os.path.join(BENCH, "RESULTS.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


def demo(path):
    """`make demo`: compile one program, run it, and compare with CPython 3.12."""
    source = os.path.abspath(path)
    binary = os.path.join(OUTPUT_DIR, "demo", os.path.basename(source)[:-3])
    print("$ build/molt build %s -o %s" % (os.path.relpath(source, REPO), os.path.relpath(binary, REPO)))
    start = time.perf_counter()
    error = build_with_molt(source, binary)
    if error:
        print("demo: %s" % error)
        return 1
    print("   compiled in %.2f s" % (time.perf_counter() - start))
    print("$ %s" % os.path.relpath(binary, REPO))
    molt_seconds, status, out, err = timed_run([binary])
    sys.stdout.write(out)
    if status != 0:
        sys.stdout.write(err)
        print("demo: the Molt binary exited with status %s" % status)
        return 1
    cpython = find_cpython()
    print()
    print("binary size:          %d bytes (%s)" % (os.path.getsize(binary), format_size(binary)))
    print("Molt binary:          %.3f s" % molt_seconds)
    if cpython:
        cpython_seconds, cpython_status, cpython_out, _ = timed_run([cpython, source], CPYTHON_ENV)
        print("CPython 3.12:         %.3f s" % cpython_seconds)
        print("speed-up:             %s (CPython time / Molt time)" % format_ratio(cpython_seconds, molt_seconds))
        print("same output:          %s" % ("yes" if cpython_out == out and cpython_status == 0 else "NO — MISMATCH"))
    else:
        print("CPython 3.12:         not found (install it to compare)")
    return 0


def main():
    parser = argparse.ArgumentParser(description="Molt benchmarks against CPython 3.12 and PyPy.")
    parser.add_argument("--runs", type=int, default=3, help="runs per implementation (median is kept)")
    parser.add_argument("--only", action="append", metavar="NAME", help="only this benchmark (repeatable)")
    parser.add_argument("--demo", metavar="FILE", help="compile, run and compare one program (make demo)")
    options = parser.parse_args()
    if options.demo:
        return demo(options.demo)
    return benchmark(options)


if __name__ == "__main__":
    sys.exit(main())
