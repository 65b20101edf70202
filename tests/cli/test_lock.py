"""`molt lock` and `molt build --locked`: molt.lock records sha256 hashes (checked here
against hashlib) of the program's modules and the runtime sources, the C compiler and the
flags; --locked fails with exit 3 and names each drifted entry."""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import EXIT_COMPILE_ERROR, EXIT_OK, EXIT_USAGE, expect, expect_no_traceback, molt


def make_program(context, folder):
    directory = context.scratch_path("lock", folder)
    os.makedirs(directory, exist_ok=True)
    files = {"app.py": "import helper\nprint(helper.answer())\n", "helper.py": "def answer():\n    return 42\n"}
    for name, text in files.items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    return directory


def read_lock(directory):
    entries = {}
    with open(os.path.join(directory, "molt.lock"), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                key, value = line.split(" = ", 1)
                entries[key] = value
    return entries


def sha256_of(path):
    with open(path, "rb") as handle:
        return "sha256:" + hashlib.sha256(handle.read()).hexdigest()


def test_lock_records_hashes(context):
    directory = make_program(context, "records")
    status, out, err = molt(context, "lock", "app.py", cwd=directory)
    expect(status == EXIT_OK, "`molt lock` must exit 0", status, out, err)
    entries = read_lock(directory)
    for name in ("app.py", "helper.py"):
        expect(entries.get("module " + name) == sha256_of(os.path.join(directory, name)),
               "molt.lock must hold the sha256 of module " + name, status, str(entries), err)
    root = os.path.dirname(os.path.dirname(os.path.abspath(context.molt)))
    runtime = [key for key in entries if key.startswith("runtime ")]
    expect("runtime include/molt/value.h" in entries and "runtime runtime/core/gc.c" in entries,
           "molt.lock must list the runtime sources", status, str(runtime[:5]), err)
    for key in runtime[:20]:
        expect(entries[key] == sha256_of(os.path.join(root, key[len("runtime "):])), "wrong hash for " + key,
               status, entries[key], err)
    for key in ("molt", "cc", "cc binary", "flags"):
        expect(key in entries, "molt.lock must have an entry '%s'" % key, status, str(sorted(entries)[:8]), err)
    expect("-ffp-contract=off" in entries["flags"], "the flags entry must list the C flags", status, entries["flags"], err)
    keys = [line.split(" = ")[0] for line in open(os.path.join(directory, "molt.lock"), encoding="utf-8")
            if not line.startswith("#")]
    expect(keys == sorted(keys), "molt.lock entries must be sorted", status, str(keys[:6]), err)


def test_locked_build_matches(context):
    directory = make_program(context, "matches")
    molt(context, "lock", "app.py", cwd=directory)
    status, out, err = molt(context, "build", "--locked", "app.py", "-o", "app", cwd=directory)
    expect(status == EXIT_OK, "`molt build --locked` must succeed right after `molt lock`", status, out, err)
    first = open(os.path.join(directory, "molt.lock"), "rb").read()
    molt(context, "lock", "app.py", cwd=directory)
    expect(open(os.path.join(directory, "molt.lock"), "rb").read() == first,
           "locking the same inputs twice must write the same file", status, out, err)


def test_locked_build_names_drift(context):
    directory = make_program(context, "drift")
    molt(context, "lock", "app.py", cwd=directory)
    with open(os.path.join(directory, "helper.py"), "a", encoding="utf-8") as handle:
        handle.write("EXTRA = 1\n")
    with open(os.path.join(directory, "app.py"), "a", encoding="utf-8") as handle:
        handle.write("import extra\n")
    with open(os.path.join(directory, "extra.py"), "w", encoding="utf-8") as handle:
        handle.write("pass\n")
    status, out, err = molt(context, "build", "--locked", "app.py", "-o", "app", cwd=directory)
    expect_no_traceback(status, out, err)
    expect(status == EXIT_COMPILE_ERROR, "a drifted build must exit 3", status, out, err)
    expect(not os.path.exists(os.path.join(directory, "app")), "a drifted build must not write the binary",
           status, out, err)
    for name in ("module helper.py", "module app.py", "module extra.py: not in molt.lock", "3 entries drifted"):
        expect(name in err, "the message must name '%s'" % name, status, out, err)


def test_locked_build_without_lock(context):
    directory = make_program(context, "missing")
    status, out, err = molt(context, "build", "--locked", "app.py", cwd=directory)
    expect(status == EXIT_COMPILE_ERROR and "molt lock app.py" in err,
           "--locked without molt.lock must exit 3 and say how to write one", status, out, err)


def test_locked_only_for_build(context):
    directory = make_program(context, "usage")
    status, out, err = molt(context, "run", "--locked", "app.py", cwd=directory)
    expect(status == EXIT_USAGE, "`molt run --locked` is a usage error", status, out, err)
    status, out, err = molt(context, "lock", "missing.py", cwd=directory)
    expect(status == EXIT_USAGE and "missing.py" in err, "`molt lock` of a missing file exits 2", status, out, err)
