#!/usr/bin/env python3
"""Benchmark runner (`make bench`): builds every bench/*.py with Molt (native and wasm) and
every bench/c/*.c with `cc -O2`, times the Molt binary, the Molt wasm module under node,
CPython 3.12, PyPy and the C reference (median of several runs, peak memory of each child),
checks that all print CPython's output, and writes bench/RESULTS.md. `--demo FILE` is
`make demo`: one program, one run each.

Runs with any python3 >= 3.9 on Linux, standard library only.
"""
import argparse
import datetime
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")
MOLT = os.environ.get("MOLT", os.path.join(REPO, "build", "molt"))
OUTPUT_DIR = os.path.join(REPO, "build", "bench")
WASI_RUNNER = os.path.join(REPO, "runtime", "platform", "wasi_runner.mjs")
C_COMPILER = os.environ.get("MOLT_CC", "cc")
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


class Measurement:
    """One implementation on one program: median wall seconds (None when it failed), its
    stdout, an error message, and the largest peak resident set size over the runs (KiB)."""

    def __init__(self, seconds=None, output=None, error=None, max_rss_kib=None):
        self.seconds = seconds
        self.output = output
        self.error = error
        self.max_rss_kib = max_rss_kib


def build_harness():
    """bench/measure.c, built once per run: the parent of every timed program (see its header
    for why the peak memory cannot be read from a child of this Python process)."""
    global HARNESS
    binary = os.path.join(OUTPUT_DIR, "measure")
    error = build_with([C_COMPILER, "-O2", "-o", binary, os.path.join(BENCH, "measure.c")], binary,
                       C_COMPILER + " bench/measure.c")
    if error:
        print("   (no peak memory: %s)" % error)
        return
    HARNESS = binary


HARNESS = None


def timed_run(argv, env=None):
    """Runs argv once; returns (seconds, exit status, stdout text, stderr text, peak RSS in KiB
    or None). Through the harness when it was built, else timed here without memory."""
    full_env = dict(os.environ, **(env or {}))
    if HARNESS is None:
        start = time.perf_counter()
        try:
            completed = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, env=full_env, timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            return time.perf_counter() - start, None, "", "timed out after %d s" % RUN_TIMEOUT, None
        except OSError as error:
            return 0.0, 127, "", str(error), None
        return (time.perf_counter() - start, completed.returncode, completed.stdout.decode("utf-8", "replace"),
                completed.stderr.decode("utf-8", "replace"), None)
    with tempfile.TemporaryDirectory() as scratch:
        report_path = os.path.join(scratch, "report")
        completed = subprocess.run([HARNESS, str(RUN_TIMEOUT), report_path] + list(argv), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
        out = completed.stdout.decode("utf-8", "replace")
        err = completed.stderr.decode("utf-8", "replace")
        try:
            with open(report_path, encoding="ascii") as handle:
                seconds, max_rss, status, timed_out = handle.read().split()
        except (OSError, ValueError):
            return 0.0, completed.returncode, out, err or "the harness wrote no report", None
    if timed_out == "1":
        return float(seconds), None, out, "timed out after %d s" % RUN_TIMEOUT, None
    return float(seconds), int(status), out, err, int(max_rss)


def median_run(argv, runs, env=None):
    """Median wall time over `runs` runs, as a Measurement."""
    times = []
    output = None
    peak = 0
    for _ in range(runs):
        elapsed, status, out, err, max_rss = timed_run(argv, env)
        if status != 0:
            return Measurement(None, out, "exit %s: %s" % (status, err.strip().splitlines()[-1] if err.strip() else ""))
        if output is not None and out != output:
            return Measurement(None, out, "output changed between runs")
        output = out
        times.append(elapsed)
        peak = max(peak, max_rss or 0)
    return Measurement(statistics.median(times), output, None, peak or None)


def build_with(argv, output, what):
    """Runs a build command; returns an error message, or None when `output` was built."""
    os.makedirs(os.path.dirname(output), exist_ok=True)
    try:
        completed = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as error:
        return "%s: %s" % (what, error)
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        return "%s exit %d: %s" % (what, completed.returncode, lines[0] if lines else "")
    return None


def build_with_molt(source, binary, target="native"):
    """Returns an error message, or None when the binary (or .wasm module) was built."""
    if not os.access(MOLT, os.X_OK):
        return "build/molt is missing (run `make`)"
    argv = [MOLT, "build", source, "-o", binary]
    if target != "native":
        argv[2:2] = ["--target", target]
    return build_with(argv, binary, "molt build" if target == "native" else "molt build --target " + target)


def build_c_reference(source, binary):
    """The hand-written C version: plain `cc -O2`, as a C programmer would build it."""
    return build_with([C_COMPILER, "-O2", "-o", binary, source, "-lm"], binary, C_COMPILER + " -O2")


def format_seconds(value):
    return "—" if value is None else "%.3f" % value


def format_size(path):
    if not os.path.exists(path):
        return "—"
    return "%d KiB" % ((os.path.getsize(path) + 1023) // 1024)


def format_memory(kib):
    return "—" if kib is None else "%.1f MiB" % (kib / 1024)


def geometric_mean(ratios):
    ratios = [r for r in ratios if r is not None and r > 0]
    if not ratios:
        return None
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def format_factor(value):
    return "—" if value is None else "%.2f×" % value


# Implementations in table order; the CPython output is the reference the others must print.
IMPLEMENTATIONS = ("molt", "wasm", "cpython", "pypy", "c")
LABELS = {"molt": "Molt", "wasm": "Molt wasm", "cpython": "CPython 3.12", "pypy": "PyPy", "c": "C -O2"}


def measure_program(name, options, cpython, pypy, node):
    """Builds and runs one program under every implementation; returns {implementation: Measurement}."""
    source = os.path.join(BENCH, name + ".py")
    binary = os.path.join(OUTPUT_DIR, name)
    results = {}
    error = build_with_molt(source, binary)
    results["molt"] = Measurement(error=error) if error else median_run([binary], options.runs)
    if options.no_wasm:
        results["wasm"] = Measurement(error="skipped (--no-wasm)")
    elif not node:
        results["wasm"] = Measurement(error="node not found")
    else:
        module = os.path.join(OUTPUT_DIR, "wasm", name + ".wasm")
        error = build_with_molt(source, module, "wasm")
        results["wasm"] = Measurement(error=error) if error else \
            median_run([node, WASI_RUNNER, module], options.runs)
    results["cpython"] = median_run([cpython, source], options.runs, CPYTHON_ENV) if cpython \
        else Measurement(error="python3.12 not found")
    results["pypy"] = median_run([pypy, source], options.runs) if pypy else Measurement(error="pypy3 not found")
    c_source = os.path.join(BENCH, "c", name + ".c")
    if os.path.exists(c_source):
        c_binary = os.path.join(OUTPUT_DIR, "c", name)
        error = build_c_reference(c_source, c_binary)
        results["c"] = Measurement(error=error) if error else median_run([c_binary], options.runs)
    return results


def benchmark(options):
    cpython = find_cpython()
    pypy = shutil.which("pypy3")
    node = shutil.which("node")
    programs = sorted(name[:-3] for name in os.listdir(BENCH) if name.endswith(".py") and name != "run.py")
    if options.only:
        programs = [p for p in programs if p in options.only]
    load_at_start = load_average()
    started = time.perf_counter()
    build_harness()
    rows = []
    mismatches = 0
    for name in programs:
        print("== %s" % name, flush=True)
        results = measure_program(name, options, cpython, pypy, node)
        reference = results["cpython"].output if results["cpython"].error is None else None
        verdicts = []
        for implementation in IMPLEMENTATIONS:
            if implementation == "cpython" or implementation not in results:
                continue
            measurement = results[implementation]
            if measurement.error:
                verdicts.append("%s: %s" % (implementation, measurement.error))
            elif reference is not None and measurement.output != reference:
                # A mismatch is a failure of the run: its time means nothing.
                verdicts.append("%s: OUTPUT MISMATCH" % implementation)
                mismatches += 1
                print("!!! %s: %s prints something different from CPython 3.12" % (name, implementation))
                print("!!!   expected: %r\n!!!   actual:   %r" % (reference[:300], measurement.output[:300]))
                measurement.seconds = None
        for implementation in IMPLEMENTATIONS:
            if implementation not in results:
                continue
            measurement = results[implementation]
            shown = "%.3f s" % measurement.seconds if measurement.seconds is not None else measurement.error
            if measurement.max_rss_kib is not None and implementation in ("molt", "cpython"):
                shown += ", peak %s" % format_memory(measurement.max_rss_kib)
            print("   %-10s %s" % (implementation + ":", shown), flush=True)
        rows.append((name, results, os.path.join(OUTPUT_DIR, name), "; ".join(verdicts) or "same"))
    elapsed = time.perf_counter() - started
    write_results(rows, cpython, pypy, node, options, load_at_start, elapsed)
    print("wrote %s (%.0f s)" % (os.path.relpath(os.path.join(BENCH, "RESULTS.md"), REPO), elapsed))
    if mismatches:
        print("!!! %d OUTPUT MISMATCH(ES): see above and bench/RESULTS.md" % mismatches)
        return 1
    return 0


def seconds_of(results, implementation):
    measurement = results.get(implementation)
    return measurement.seconds if measurement is not None else None


def write_results(rows, cpython, pypy, node, options, load_at_start, elapsed):
    lines = [
        "# Molt benchmark results",
        "",
        "Generated by `make bench` (bench/run.py): median wall time of %d runs per implementation;" % options.runs,
        "the Molt times exclude compilation. Every output is compared with CPython 3.12's; a",
        "program whose output differs gets no time. Ratios above 1× favour Molt, except Molt/C",
        "(how far Molt is from hand-written C, `bench/c/`, built with `%s -O2`) and" % C_COMPILER,
        "wasm/native (the `--target wasm` module under node, startup included, against the",
        "native binary). Peak memory is the program's maximum resident set size, from `wait4`",
        "in `bench/measure.c`, the harness that runs every timed program.",
        "",
        "- Date: %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "- Machine: %s, %d cores (%s %s); load average %s when the run started, %s when it ended" % (
            cpu_model(), os.cpu_count() or 0, platform.system(), platform.machine(), load_at_start,
            load_average()),
        "- Whole run: %.0f s" % elapsed,
        "- Molt: %s" % (first_line_of([MOLT, "--version"]) if os.access(MOLT, os.X_OK) else "not built"),
        "- C compiler: %s" % first_line_of([C_COMPILER, "--version"]),
        "- CPython: %s" % (first_line_of([cpython, "--version"]) if cpython else "not found"),
        "- PyPy: %s" % (" ".join(first_line_of([pypy, "--version"]).split()) if pypy else "not found"),
        "- Node (wasm): %s" % (first_line_of([node, "--version"]) if node else "not found"),
        "",
        "| program | Molt (s) | CPython 3.12 (s) | PyPy (s) | C (s) | wasm (s) | CPython/Molt | PyPy/Molt "
        "| Molt/C | wasm/native | Molt peak | CPython peak | Molt binary | output |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    speedups = {"cpython": [], "pypy": [], "c": [], "wasm": []}
    for name, results, binary, verdict in rows:
        molt = seconds_of(results, "molt")
        cpython_seconds = seconds_of(results, "cpython")
        pypy_seconds = seconds_of(results, "pypy")
        c_seconds = seconds_of(results, "c")
        wasm_seconds = seconds_of(results, "wasm")
        row_ratios = {"cpython": ratio(cpython_seconds, molt), "pypy": ratio(pypy_seconds, molt),
                      "c": ratio(molt, c_seconds), "wasm": ratio(wasm_seconds, molt)}
        for key, value in row_ratios.items():
            if value is not None:
                speedups[key].append(value)
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, format_seconds(molt), format_seconds(cpython_seconds), format_seconds(pypy_seconds),
            format_seconds(c_seconds), format_seconds(wasm_seconds),
            format_factor(row_ratios["cpython"]), format_factor(row_ratios["pypy"]),
            format_factor(row_ratios["c"]), format_factor(row_ratios["wasm"]),
            format_memory(results["molt"].max_rss_kib), format_memory(results["cpython"].max_rss_kib),
            format_size(binary), verdict))
    lines.append("| **geometric mean** | | | | | | **%s** | **%s** | **%s** | **%s** | | | | |" % tuple(
        format_factor(geometric_mean(speedups[key])) for key in ("cpython", "pypy", "c", "wasm")))
    lines.append("")
    lines.append("Geometric means are over the programs where both times exist (%d for CPython/Molt, "
                 "%d for PyPy/Molt, %d for Molt/C, %d for wasm/native)." % tuple(
                     len(speedups[key]) for key in ("cpython", "pypy", "c", "wasm")))
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
    molt_seconds, status, out, err, _ = timed_run([binary])
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
        cpython_seconds, cpython_status, cpython_out, _, _ = timed_run([cpython, source], CPYTHON_ENV)
        print("CPython 3.12:         %.3f s" % cpython_seconds)
        print("speed-up:             %s (CPython time / Molt time)" % format_factor(ratio(cpython_seconds, molt_seconds)))
        print("same output:          %s" % ("yes" if cpython_out == out and cpython_status == 0 else "NO — MISMATCH"))
    else:
        print("CPython 3.12:         not found (install it to compare)")
    return 0


def main():
    parser = argparse.ArgumentParser(description="Molt benchmarks against CPython 3.12, PyPy and C.")
    parser.add_argument("--runs", type=int, default=3, help="runs per implementation (median is kept)")
    parser.add_argument("--only", action="append", metavar="NAME", help="only this benchmark (repeatable)")
    parser.add_argument("--no-wasm", action="store_true", help="skip the wasm builds and runs")
    parser.add_argument("--demo", metavar="FILE", help="compile, run and compare one program (make demo)")
    options = parser.parse_args()
    if options.demo:
        return demo(options.demo)
    return benchmark(options)


if __name__ == "__main__":
    sys.exit(main())
