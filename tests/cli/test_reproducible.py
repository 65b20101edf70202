"""Reproducible builds (docs/reproducible.md): the suite's larger programs, built twice, native
and wasm, from two copies in different directories, invoked differently (a relative path from
the program's directory, an absolute one from elsewhere), with different TMPDIR, locale,
PYTHONHASHSEED, output names, caches and unrelated environment variables, give binaries with
the same sha256, and neither names the directories it was built in."""
import hashlib
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import EXIT_OK, expect, molt

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIFF = os.path.join(REPO, "tests", "diff")
# The largest programs of tests/diff, and one of several modules (a package with a subpackage).
PROGRAMS = ["program_expr_lang.py", "program_bank.py", "class_interpreter.py", "prog_sorting_algorithms.py",
            "module_packages"]
# Unusual directory names, so that finding them in a binary means the build leaked its paths.
FIRST, SECOND = "reproA-first-place", "reproB-elsewhere"


def copy_program(context, place, name, check):
    """Copies the program into scratch/repro/CHECK/PLACE/...; returns (its directory, its entry script's name)."""
    depth = ["src"] if place == FIRST else ["much", "deeper", "than", "the", "first"]
    directory = os.path.join(context.scratch_path("repro", check, place, *depth, "x")[:-2], name.replace(".py", ""))
    if name.endswith(".py"):
        os.makedirs(directory)
        shutil.copy(os.path.join(DIFF, name), os.path.join(directory, "app.py"))
        return directory, "app.py"
    shutil.copytree(os.path.join(DIFF, name), directory)
    return directory, "main.py"


def environment(context, place, check, seed, extra):
    temporary = context.scratch_path("repro", check, place, "tmp", "x")[:-2]
    env = {"TMPDIR": temporary, "PYTHONHASHSEED": seed,
           "MOLT_CACHE_DIR": context.scratch_path("repro", check, place, "cache")}
    env.update(extra)
    return env


def sha256_of(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def build_twice(context, target, name):
    """Returns the two outputs' paths after building `name` for `target` in both ways."""
    suffix = ".wasm" if target == "wasm" else ""
    first_dir, script = copy_program(context, FIRST, name, target)
    env = environment(context, FIRST, target, "0", {"LC_ALL": "C", "MOLT_REPRO_NOISE": "one"})
    status, out, err = molt(context, "build", "--target", target, script, "-o", "app" + suffix, cwd=first_dir, env=env)
    expect(status == EXIT_OK, "the first build of %s (%s) failed" % (name, target), status, out, err)
    second_dir, script = copy_program(context, SECOND, name, target)
    output = os.path.join(second_dir, "other-name" + suffix)
    env = environment(context, SECOND, target, "12345", {"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8", "TZ": "Asia/Tokyo",
                                                 "MOLT_REPRO_NOISE": "two", "HOME": second_dir})
    status, out, err = molt(context, "build", "--target", target, os.path.join(second_dir, script), "-o", output,
                            cwd=context.scratch_path("repro"), env=env)
    expect(status == EXIT_OK, "the second build of %s (%s) failed" % (name, target), status, out, err)
    return os.path.join(first_dir, "app" + suffix), output


def check_target(context, target):
    for name in PROGRAMS:
        first, second = build_twice(context, target, name)
        expect(sha256_of(first) == sha256_of(second),
               "%s built twice for %s must give the same bytes" % (name, target), "-", first, second)
        with open(first, "rb") as handle:
            data = handle.read()
        # Stripped: no debug information (which would name source files and directories).
        expect(b".debug_" not in data, "the %s binary of %s carries debug information" % (target, name),
               "-", first, "")
        for place in (FIRST, SECOND, "much/deeper"):
            expect(place.encode() not in data, "the %s binary of %s names its build directory" % (target, name),
                   "-", first, place)


def test_native_builds_are_reproducible(context):
    check_target(context, "native")


def test_wasm_builds_are_reproducible(context):
    check_target(context, "wasm")


def test_reproducible_run_cache_entry(context):
    # `molt run` compiles into its cache under a temporary name: the entry must be the very
    # bytes `molt build` writes.
    directory, script = copy_program(context, FIRST, "module_packages", "run")
    cache = context.scratch_path("repro", "run-cache", "x")[:-2]
    status, out, err = molt(context, "run", script, cwd=directory, env={"MOLT_CACHE_DIR": cache})
    expect(status == EXIT_OK, "`molt run` failed", status, out, err)
    entries = os.listdir(cache)
    expect(len(entries) == 1, "`molt run` must leave one cache entry", status, str(entries), err)
    status, out, err = molt(context, "build", script, "-o", "built", cwd=directory)
    expect(status == EXIT_OK, "`molt build` failed", status, out, err)
    expect(sha256_of(os.path.join(cache, entries[0])) == sha256_of(os.path.join(directory, "built")),
           "the cached executable and the built one must be the same bytes", status, out, err)
