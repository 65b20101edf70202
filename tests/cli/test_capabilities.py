"""Capabilities (docs/capabilities.md): --cap, [tool.molt] capabilities in the nearest
pyproject.toml (next to the script or above it), malformed pyproject.toml reported at
file:line:col, unknown names, and the runtime gate's PermissionError where a use cannot
be seen at compile time."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import EXIT_COMPILE_ERROR, EXIT_OK, EXIT_USAGE, expect, molt

CLOCK_PROGRAM = "import time\nprint(time.time() > 0)\n"


def project(context, folder, files):
    """Writes files (relative path -> text) under a fresh scratch folder, returns it."""
    directory = context.scratch_path("caps", folder)
    for name, text in files.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    return directory


def test_cap_flag_grants(context):
    directory = project(context, "flag", {"app.py": CLOCK_PROGRAM})
    status, out, err = molt(context, "check", "app.py", cwd=directory)
    expect(status == EXIT_COMPILE_ERROR and "needs the capability 'time'" in err,
           "without --cap time the clock read must be rejected", status, out, err)
    expect('capabilities = ["time"]' in err, "the hint must give the pyproject.toml line", status, out, err)
    status, out, err = molt(context, "run", "--cap", "time", "app.py", cwd=directory)
    expect(status == EXIT_OK and out == "True\n", "--cap time must grant the clock", status, out, err)
    status, out, err = molt(context, "run", "--cap=time", "app.py", cwd=directory)
    expect(status == EXIT_OK and out == "True\n", "--cap=time must grant the clock", status, out, err)


def test_pyproject_next_to_script_and_above(context):
    toml = '[project]\nname = "demo"\nlist = [\n  "x", # a comment\n]\n\n[tool.molt]\n' \
           'capabilities = [\n  "time",  # the clock\n  "fs.read=./data",\n]\nother = {a = 1}\n'
    directory = project(context, "nearest", {"pyproject.toml": toml, "app.py": CLOCK_PROGRAM,
                                             "sub/deeper/app.py": CLOCK_PROGRAM})
    status, out, err = molt(context, "run", "app.py", cwd=directory)
    expect(status == EXIT_OK and out == "True\n", "pyproject.toml next to the script must grant time",
           status, out, err)
    status, out, err = molt(context, "run", os.path.join("sub", "deeper", "app.py"), cwd=directory)
    expect(status == EXIT_OK and out == "True\n", "a pyproject.toml two directories up must be found",
           status, out, err)


def test_nearest_pyproject_wins(context):
    directory = project(context, "shadow", {"pyproject.toml": '[tool.molt]\ncapabilities = ["time"]\n',
                                            "sub/pyproject.toml": '[tool.other]\nx = 1\n',
                                            "sub/app.py": CLOCK_PROGRAM})
    status, out, err = molt(context, "check", os.path.join("sub", "app.py"), cwd=directory)
    expect(status == EXIT_COMPILE_ERROR and "needs the capability 'time'" in err,
           "the nearest pyproject.toml (without capabilities) is the one read", status, out, err)


def test_malformed_pyproject(context):
    cases = [
        ('[tool.molt]\ncapabilities = "time"\n', "pyproject.toml:2:16: error: [tool.molt] capabilities must be an array of strings"),
        ('[tool.molt]\ncapabilities = ["time"\n', "pyproject.toml:3:1: error: expected ',' or ']' in the capabilities array"),
        ('[tool.molt\ncapabilities = []\n', "pyproject.toml:1:1: error: malformed table header"),
        ('name = "unterminated\n', "pyproject.toml:1:8: error: unterminated string"),
        ('[tool.molt]\ncapabilities = [1]\n', "pyproject.toml:2:17: error: [tool.molt] capabilities must be an array of strings"),
        ('[tool.molt]\ncapabilities = []\ncapabilities = []\n', "pyproject.toml:3:1: error: [tool.molt] capabilities is defined twice"),
        ('[tool.molt]\ncapabilities = ["clock"]\n', "pyproject.toml:2:17: error: unknown capability 'clock'"),
        ('[tool.molt]\ncapabilities = ["time=./x"]\n', "pyproject.toml:2:17: error: only fs.read and fs.write take a path (fs.read=./data)"),
        ('[tool.molt]\ncapabilities = [] junk\n', "pyproject.toml:2:19: error: expected the end of the line"),
    ]
    for index, (toml, first_line) in enumerate(cases):
        directory = project(context, "malformed%d" % index, {"pyproject.toml": toml, "app.py": "print(1)\n"})
        status, out, err = molt(context, "check", "app.py", cwd=directory)
        expect(status == EXIT_COMPILE_ERROR and err.splitlines()[:1] == [first_line],
               "malformed pyproject.toml must be reported as: " + first_line, status, out, err)


def test_unknown_cap_flag(context):
    directory = project(context, "unknown", {"app.py": "print(1)\n"})
    status, out, err = molt(context, "check", "--cap", "clock", "app.py", cwd=directory)
    expect(status == EXIT_USAGE and "unknown capability 'clock'" in err and "fs.read" in err,
           "an unknown --cap name is a usage error listing the names", status, out, err)
    status, out, err = molt(context, "check", "--cap", "app.py", cwd=directory)
    expect(status == EXIT_USAGE, "--cap takes the next argument as its name, here an unknown one", status, out, err)


def test_runtime_gate_raises_permission_error(context):
    source = "import time\nclock = time\ntry:\n    clock.time()\nexcept PermissionError as e:\n    print(e)\n" \
             "print(clock.monotonic())\n"
    directory = project(context, "gate", {"app.py": source})
    status, out, err = molt(context, "run", "app.py", cwd=directory)
    expect(status == 1 and out.startswith("time.time needs the capability 'time'"),
           "a module reached through a variable must meet the runtime gate", status, out, err)
    expect(err.splitlines()[-1].startswith("PermissionError: time.monotonic needs the capability 'time'"),
           "the uncaught PermissionError names the capability", status, out, err)


def test_random_unseeded_at_run_time(context):
    source = "import random\n\ndef roll():\n    return random.random()\n\ntry:\n    roll()\n" \
             "except PermissionError as e:\n    print(e)\nrandom.seed(7)\nprint(roll())\n"
    directory = project(context, "unseeded", {"app.py": source})
    status, out, err = molt(context, "run", "app.py", cwd=directory)
    expect(status == EXIT_OK and out.splitlines() == [
        "random.random() needs the capability 'random', which this program was not built with (add \"random\" "
        "to [tool.molt] capabilities in pyproject.toml, or build with --cap random)", "0.32383276483316237"],
        "a use before the seed must raise PermissionError, then the seeded sequence is CPython's",
        status, out, err)
    status, out, err = molt(context, "run", "--cap", "random", "app.py", cwd=directory)
    expect(status == EXIT_OK and out.splitlines()[-1] == "0.32383276483316237",
           "with the capability an unseeded generator seeds from the host", status, out, err)
