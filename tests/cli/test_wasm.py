"""Checks of `--target wasm` (docs/wasm.md): build and run through node:wasi, the default
output name, argument and status passing, the documented behaviour where WASI differs
(exhausted stack), and clear errors when the toolchain or the runner is missing."""
import importlib.util
import os
import subprocess

_helpers_spec = importlib.util.spec_from_file_location(
    "molt_cli_helpers", os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_cli.py"))
_helpers = importlib.util.module_from_spec(_helpers_spec)
_helpers_spec.loader.exec_module(_helpers)
molt, program, expect, expect_no_traceback = _helpers.molt, _helpers.program, _helpers.expect, _helpers.expect_no_traceback
EXIT_OK, EXIT_USAGE, EXIT_COMPILE_ERROR = _helpers.EXIT_OK, _helpers.EXIT_USAGE, _helpers.EXIT_COMPILE_ERROR
HELLO, HELLO_OUT, TIMEOUT = _helpers.HELLO, _helpers.HELLO_OUT, _helpers.TIMEOUT

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNNER = os.path.join(REPO, "runtime", "platform", "wasi_runner.mjs")
TRAP_STATUS = 134   # wasi_runner.mjs: a trap exits as SIGABRT does natively


def run_wasm(module, *args, stdin=b""):
    completed = subprocess.run(["node", RUNNER, module] + list(args), input=stdin, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=TIMEOUT)
    return completed.returncode, completed.stdout.decode("utf-8", "replace"), completed.stderr.decode("utf-8", "replace")


def test_wasm_build_and_run_hello(context):
    source = program(context, "wasm_hello.py", HELLO)
    module = source[:-3] + ".wasm"
    status, out, err = molt(context, "build", "--target", "wasm", source)
    expect(status == EXIT_OK, "`molt build --target wasm` must exit 0", status, out, err)
    expect(os.path.isfile(module), "the default output of --target wasm is FILE.wasm", status, out, err)
    with open(module, "rb") as handle:
        expect(handle.read(4) == b"\0asm", "the output must be a WebAssembly module", status, out, err)
    status, out, err = run_wasm(module)
    expect(status == 0 and out == HELLO_OUT and err == "", "the module printed the wrong thing", status, out, err)
    status, out, err = molt(context, "run", "--target=wasm", source)
    expect(status == 0 and out == HELLO_OUT and err == "", "`molt run --target=wasm` printed the wrong thing",
           status, out, err)


def test_wasm_run_passes_status_and_traceback(context):
    source = program(context, "wasm_status.py", 'print("x")\nraise ValueError("bad value")\n')
    status, out, err = molt(context, "run", "--target", "wasm", source, "--help", "more")
    expect(status == 1 and out == "x\n", "`molt run --target wasm` must return the program's status", status, out, err)
    expect(err.rstrip("\n").split("\n")[-1] == "ValueError: bad value", "wrong last stderr line", status, out, err)
    expect('File "wasm_status.py", line 2' in err, "the traceback must name the script", status, out, err)


def test_wasm_cache_is_per_target(context):
    cache = context.scratch_path("cli", "wasm-cache", "x")[:-2]
    source = program(context, "wasm_cached.py", HELLO)
    for target in ("native", "wasm", "native", "wasm"):
        status, out, err = molt(context, "run", "--target", target, source, env={"MOLT_CACHE_DIR": cache})
        expect(status == EXIT_OK and out == HELLO_OUT, "`molt run --target %s` failed" % target, status, out, err)
    expect(len(os.listdir(cache)) == 2, "native and wasm builds must be two cache entries", status, out, err)


def test_wasm_exhausted_stack_traps(context):
    # docs/wasm.md: recursion past the stack is a trap reported by the runner (exit 134),
    # where a native build dies of SIGSEGV; neither raises RecursionError (docs/differences.md).
    source = program(context, "wasm_recursion.py", "def f(n):\n    return f(n + 1) + 1\n\nf(0)\n")
    status, out, err = molt(context, "run", "--target", "wasm", source)
    expect(status == TRAP_STATUS, "exhausting the stack must trap with exit %d" % TRAP_STATUS, status, out, err)
    expect("wasi_runner: the program trapped" in err, "the runner must say the program trapped", status, out, err)


def test_wasm_deep_recursion_within_native_limits(context):
    # The runner's 64 MiB thread stack and the module's 8 MiB data stack take recursion as
    # deep as a native build's 8 MiB stack does for a small function.
    source = program(context, "wasm_deep.py", "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n\nprint(f(100000))\n")
    status, out, err = molt(context, "run", "--target", "wasm", source)
    expect(status == EXIT_OK and out == "100000\n", "recursion 100000 deep must work", status, out, err)


def test_wasm_unknown_target_is_usage_error(context):
    source = program(context, "wasm_unknown.py", HELLO)
    status, out, err = molt(context, "build", "--target", "riscv", source)
    expect(status == EXIT_USAGE and "riscv" in err and "wasm" in err,
           "an unknown target must exit 2 naming the known ones", status, out, err)
    status, out, err = molt(context, "build", source, "--target")
    expect(status == EXIT_USAGE, "--target without a value must exit 2", status, out, err)


def test_wasm_sanitize_is_refused(context):
    source = program(context, "wasm_sanitize.py", HELLO)
    status, out, err = molt(context, "build", "--target", "wasm", source, env={"MOLT_SANITIZE": "1"})
    expect(status == EXIT_COMPILE_ERROR and "MOLT_SANITIZE" in err, "MOLT_SANITIZE=1 has no wasm build: exit 3",
           status, out, err)


def test_wasm_missing_compiler_is_clear_error(context):
    source = program(context, "wasm_no_cc.py", HELLO)
    status, out, err = molt(context, "build", "--target", "wasm", source, env={"MOLT_WASM_CC": "/nonexistent/clang"})
    expect(status == EXIT_COMPILE_ERROR, "a missing wasm compiler must exit 3", status, out, err)
    expect("/nonexistent/clang" in err and "wasi-libc" in err,
           "the message must name the compiler and what to install", status, out, err)
    expect_no_traceback(status, out, err)


def test_wasm_missing_sysroot_is_clear_error(context):
    # A clang that finds no WASI C library, as on a machine without wasi-libc: the toolchain
    # is blamed (with what to install), not the generated code.
    wrapper = program(context, "clang-without-wasi-libc", '#!/bin/sh\nexec clang "$@" --sysroot=/nonexistent\n')
    os.chmod(wrapper, 0o755)
    source = program(context, "wasm_no_sysroot.py", HELLO)
    status, out, err = molt(context, "build", "--target", "wasm", source, env={"MOLT_WASM_CC": wrapper})
    expect(status == EXIT_COMPILE_ERROR, "a toolchain without wasi-libc must exit 3", status, out, err)
    expect("cannot build programs for the wasm target" in err and "wasi-libc" in err and "internal error" not in err,
           "the message must blame the toolchain and say what to install", status, out, err)
    expect(not os.path.exists(source + ".molt.c") and not os.path.exists(source[:-3] + ".wasm.molt.c"),
           "no generated C is kept for a toolchain problem", status, out, err)


def test_wasm_missing_node_is_clear_error(context):
    source = program(context, "wasm_no_node.py", HELLO)
    status, out, err = molt(context, "run", "--target", "wasm", source, env={"MOLT_NODE": "/nonexistent/node"})
    expect(status == EXIT_COMPILE_ERROR and "/nonexistent/node" in err and "Node.js" in err,
           "a missing node must exit 3 with a hint", status, out, err)
