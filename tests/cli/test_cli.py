"""Checks of the `molt` command line itself: exit statuses, usage messages, `run`'s
argument passing and build cache. tests/run_tests.py calls every test_* function with its
Context (compiler path, scratch directory) and counts an AssertionError as a failure."""
import copy
import os
import shutil
import subprocess
import unittest

EXIT_OK, EXIT_USAGE, EXIT_COMPILE_ERROR = 0, 2, 3
TIMEOUT = 120

HELLO = 'print("hello from molt")\nprint(6 * 7)\n'
HELLO_OUT = "hello from molt\n42\n"


def molt(context, *args, env=None, cwd=None):
    """Runs the compiler under test; returns (exit status, stdout text, stderr text)."""
    full_env = context.env(**(env or {}))
    completed = subprocess.run([context.molt] + list(args), cwd=cwd or context.scratch, env=full_env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=TIMEOUT)
    return (completed.returncode, completed.stdout.decode("utf-8", "replace"),
            completed.stderr.decode("utf-8", "replace"))


def program(context, name, source):
    """Writes a Python source file into this check's own scratch folder, returns its path."""
    path = context.scratch_path("cli", name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(source)
    return path


def expect(condition, message, status, out, err):
    assert condition, "%s\n    exit status: %s\n    stdout: %r\n    stderr: %r" % (message, status, out[-600:], err[-600:])


def expect_no_traceback(status, out, err):
    expect("Traceback" not in err and "Segmentation" not in err,
           "the compiler itself crashed instead of printing a diagnostic", status, out, err)


def test_help_exits_zero(context):
    status, out, err = molt(context, "--help")
    expect(status == EXIT_OK, "`molt --help` must exit 0", status, out, err)
    expect("build" in out + err and "run" in out + err, "--help should list the commands", status, out, err)


def test_version_exits_zero(context):
    status, out, err = molt(context, "--version")
    expect(status == EXIT_OK, "`molt --version` must exit 0", status, out, err)
    expect((out + err).strip() != "", "`molt --version` printed nothing", status, out, err)


def test_no_arguments_is_usage_error(context):
    status, out, err = molt(context)
    expect(status == EXIT_USAGE, "`molt` without a command must exit 2", status, out, err)
    expect("usage" in (out + err).lower(), "expected a usage message", status, out, err)


def test_unknown_command_is_usage_error(context):
    status, out, err = molt(context, "frobnicate", "x.py")
    expect(status == EXIT_USAGE, "an unknown command must exit 2", status, out, err)
    expect("usage" in err.lower(), "expected a usage message on stderr", status, out, err)
    expect_no_traceback(status, out, err)


def test_unknown_option_is_usage_error(context):
    source = program(context, "unknown_option.py", HELLO)
    status, out, err = molt(context, "build", "--no-such-option", source, "-o", source + ".bin")
    expect(status == EXIT_USAGE, "an unknown option must exit 2", status, out, err)
    expect("usage" in err.lower() or "--no-such-option" in err, "expected a usage message naming the option",
           status, out, err)
    status, out, err = molt(context, "--no-such-option")
    expect(status == EXIT_USAGE, "an unknown global option must exit 2", status, out, err)


def test_missing_file_is_usage_error(context):
    missing = os.path.join(context.scratch, "cli", "does_not_exist.py")
    for command in (["build", missing, "-o", missing + ".bin"], ["check", missing], ["run", missing]):
        status, out, err = molt(context, *command)
        expect(status == EXIT_USAGE, "`molt %s` on a missing file must exit 2" % command[0], status, out, err)
        expect("does_not_exist.py" in err, "the message must name the missing file", status, out, err)
        expect_no_traceback(status, out, err)


def test_syntax_error_is_compile_error(context):
    source = program(context, "syntax_error.py", 'print("fine")\nx = (1 +\n')
    for command in (["check", source], ["build", source, "-o", source + ".bin"]):
        status, out, err = molt(context, *command)
        expect(status == EXIT_COMPILE_ERROR, "`molt %s` on a syntax error must exit 3" % command[0], status, out, err)
        first = err.split("\n")[0]
        expect(first.startswith(source + ":") and ": error: " in first,
               "the first stderr line must be FILE:LINE:COL: error: MESSAGE", status, out, err)
        expect_no_traceback(status, out, err)
    expect(not os.path.exists(source + ".bin"), "a rejected program must not produce a binary", status, out, err)


def test_check_accepts_valid_program(context):
    source = program(context, "check_ok.py", HELLO)
    status, out, err = molt(context, "check", source)
    expect(status == EXIT_OK, "`molt check` on a valid program must exit 0", status, out, err)


def test_build_produces_working_binary(context):
    source = program(context, "build_ok.py", HELLO)
    binary = source[:-3]
    status, out, err = molt(context, "build", source, "-o", binary)
    expect(status == EXIT_OK, "`molt build` must exit 0", status, out, err)
    completed = subprocess.run([binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    expect(completed.stdout.decode() == HELLO_OUT and completed.returncode == 0,
           "the built binary printed the wrong thing", completed.returncode,
           completed.stdout.decode(), completed.stderr.decode())


def test_uncaught_exception_exits_one(context):
    source = program(context, "uncaught.py", 'print("before")\nx = 10\nprint(x // (x - 10))\nprint("after")\n')
    status, out, err = molt(context, "run", source)
    expect(status == 1, "an uncaught exception must exit 1", status, out, err)
    expect(out == "before\n", "stdout must hold what was printed before the exception", status, out, err)
    last = err.rstrip("\n").split("\n")[-1]
    expect(last == "ZeroDivisionError: integer division or modulo by zero",
           "the last stderr line must be `TypeName: message`", status, out, err)


def test_run_leaves_program_arguments_alone(context):
    # Arguments after the script belong to the program, even ones that look like options.
    source = program(context, "run_args.py", HELLO)
    status, out, err = molt(context, "run", source, "--help", "-o", "x", "--version")
    expect(status == EXIT_OK and out == HELLO_OUT, "`molt run FILE ARGS` must run FILE, not parse ARGS",
           status, out, err)


def test_run_passes_argv_through(context):
    source = program(context, "run_argv.py", "import sys\nprint(len(sys.argv))\nprint(sys.argv[1:])\n")
    status, out, err = molt(context, "run", source, "one", "two words", "--three")
    first = err.split("\n")[0]
    if status == EXIT_COMPILE_ERROR and first.startswith(source + ":") and "import" in first:
        # Only sys.argv can show the arguments, and `import` is outside today's subset.
        raise unittest.SkipTest("`import sys` is rejected for now: " + first[len(source) + 1:])
    expect(status == EXIT_OK, "`molt run` with arguments must exit 0", status, out, err)
    expect(out == "4\n['one', 'two words', '--three']\n", "the program must see its own arguments",
           status, out, err)


def test_run_status_is_the_programs(context):
    source = program(context, "run_status.py", 'print("x")\nraise ValueError("bad value")\n')
    status, out, err = molt(context, "run", source)
    expect(status == 1, "`molt run` must return the program's own exit status", status, out, err)
    expect(err.rstrip("\n").split("\n")[-1] == "ValueError: bad value", "wrong last stderr line", status, out, err)


def test_run_uses_cache(context):
    cache = context.scratch_path("cli", "fresh-cache", "x")[:-2]
    source = program(context, "cached.py", HELLO)
    status, out, err = molt(context, "run", source, env={"MOLT_CACHE_DIR": cache})
    expect(status == EXIT_OK and out == HELLO_OUT, "first `molt run` failed", status, out, err)
    expect(os.path.isdir(cache) and os.listdir(cache), "`molt run` left nothing in $MOLT_CACHE_DIR", status, out, err)
    # `false` as the C compiler fails any compilation: success proves the cache was used.
    status, out, err = molt(context, "run", source, env={"MOLT_CACHE_DIR": cache, "MOLT_CC": "false"})
    expect(status == EXIT_OK and out == HELLO_OUT, "second `molt run` must come from the cache, "
           "without invoking $MOLT_CC", status, out, err)


def test_cache_key_follows_content(context):
    cache = context.scratch_path("cli", "content-cache", "x")[:-2]
    source = program(context, "changing.py", 'print("version one")\n')
    status, out, err = molt(context, "run", source, env={"MOLT_CACHE_DIR": cache})
    expect(status == EXIT_OK and out == "version one\n", "first run failed", status, out, err)
    program(context, "changing.py", 'print("version two")\n')
    status, out, err = molt(context, "run", source, env={"MOLT_CACHE_DIR": cache})
    expect(status == EXIT_OK and out == "version two\n", "an edited file must be rebuilt, not served stale",
           status, out, err)


def test_cache_key_follows_runtime_headers(context):
    # Generated C inlines the fast paths of include/molt/*.h: a changed header must
    # not serve a binary compiled against the old one. A copy of Molt's tree is edited.
    root = context.scratch_path("cli", "molt-copy", "x")[:-2]
    source_root = os.path.dirname(os.path.dirname(os.path.abspath(context.molt)))
    shutil.copytree(os.path.join(source_root, "include"), os.path.join(root, "include"))
    os.makedirs(os.path.join(root, "build"))
    for name in ("molt", "libmolt.a"):
        shutil.copy2(os.path.join(source_root, "build", name), os.path.join(root, "build", name))
    copy_context = copy.copy(context)
    copy_context.molt = os.path.join(root, "build", "molt")
    cache = context.scratch_path("cli", "header-cache", "x")[:-2]
    source = program(context, "headers.py", HELLO)
    status, out, err = molt(copy_context, "run", source, env={"MOLT_CACHE_DIR": cache})
    expect(status == EXIT_OK and out == HELLO_OUT, "the copied tree's `molt run` failed", status, out, err)
    with open(os.path.join(root, "include", "molt", "molt.h"), "a", encoding="utf-8") as handle:
        handle.write("/* edited */\n")
    # `false` as the C compiler fails any compilation: failing proves the cache was not used.
    status, out, err = molt(copy_context, "run", source, env={"MOLT_CACHE_DIR": cache, "MOLT_CC": "false"})
    expect(status != EXIT_OK, "after a header changed, `molt run` must compile again, not reuse the cache",
           status, out, err)


def test_missing_c_compiler_is_clear_error(context):
    source = program(context, "no_cc.py", HELLO)
    status, out, err = molt(context, "build", source, "-o", source + ".bin",
                            env={"MOLT_CC": "/nonexistent/cc"})
    expect(status == EXIT_COMPILE_ERROR, "a missing C compiler must exit 3", status, out, err)
    expect("/nonexistent/cc" in err, "the message must name the C compiler that could not run", status, out, err)
    expect_no_traceback(status, out, err)
