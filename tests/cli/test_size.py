"""The size of a stripped hello world (docs/wasm.md, "Size"; issue 7 item 3), and the
per-program method tables that keep it down: the goal is 60 KB for the .wasm; the bounds
below are what the runtime reaches today plus a small margin, so that a change that
drags more of the runtime into every program fails here and is measured."""
import importlib.util
import os
import re

_helpers_spec = importlib.util.spec_from_file_location(
    "molt_cli_helpers", os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_cli.py"))
_helpers = importlib.util.module_from_spec(_helpers_spec)
_helpers_spec.loader.exec_module(_helpers)
molt, program, expect = _helpers.molt, _helpers.program, _helpers.expect
EXIT_OK = _helpers.EXIT_OK

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO_WORLD = 'print("Hello, world!")\n'
GOAL_WASM_BYTES = 60 * 1000          # issue 7 item 3, not reached yet
# Measured 407,678 / 444,976 on helper/wasmsize alone; the typing merge (Protocol and
# TypedDict metaclasses tested by identity in runtime/objects/metatype.c) links
# typing_alias.o and typing_classes.o into every program: 439,519 / 475,728. Breaking that
# reference (a hook on the metatype instead of a direct test) is the next size step.
BOUND_WASM_BYTES = 446 * 1000
BOUND_NATIVE_BYTES = 483 * 1000


def build_size(context, target, suffix):
    source = program(context, "size_hello.py", HELLO_WORLD)
    output = source[:-3] + suffix
    status, out, err = molt(context, "build", "--target", target, source, "-o", output)
    expect(status == EXIT_OK, "building hello world for %s failed" % target, status, out, err)
    return os.path.getsize(output)


def test_hello_world_wasm_size(context):
    size = build_size(context, "wasm", ".wasm")
    expect(size <= BOUND_WASM_BYTES, "a stripped hello-world .wasm is %d bytes, over the bound of %d (goal %d)"
           % (size, BOUND_WASM_BYTES, GOAL_WASM_BYTES), 0, "", "")


def test_hello_world_native_size(context):
    size = build_size(context, "native", ".bin")
    expect(size <= BOUND_NATIVE_BYTES, "a stripped native hello world is %d bytes, over the bound of %d"
           % (size, BOUND_NATIVE_BYTES), 0, "", "")


def test_hello_world_links_no_unnamed_str_method(context):
    # The entry unit lists only the str methods the program can name; hello world names none.
    source = program(context, "size_hello_c.py", HELLO_WORLD)
    status, out, err = molt(context, "build", "--emit=c", source)
    expect(status == EXIT_OK, "--emit=c failed", status, out, err)
    kept = re.findall(r"&molt_str_method_(\w+)", out)
    expect(kept and all(name.startswith("__") for name in kept),
           "hello world must keep only str's special methods, not %s" % kept, status, out, err)


def test_str_methods_the_runtime_calls_by_name_are_marked(context):
    # A runtime module that calls a str method by name (textwrap's "expandtabs") needs it
    # in the table of every program importing a runtime module: include/molt/str_methods.def
    # marks those entries kept=1.
    with open(os.path.join(REPO, "include", "molt", "str_methods.def")) as handle:
        entries = dict(re.findall(r"^MOLT_STR_METHOD\((\w+), \w+, ([01])\)", handle.read(), re.M))
    expect(len(entries) > 40, "str_methods.def lists too few methods", 0, "", "")
    call = re.compile(r'\b(?:molt_call_method|molt_str_call_method|call_str_method)\([^;]*?"([A-Za-z_]\w*)"')
    unmarked = set()
    for directory, _, files in os.walk(os.path.join(REPO, "runtime")):
        for name in files:
            if name.endswith(".c"):
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    for method in call.findall(handle.read()):
                        if entries.get(method) == "0" and not method.startswith("__"):
                            unmarked.add("%s (%s)" % (method, name))
    expect(not unmarked, "str methods the runtime calls by name must be kept=1 in str_methods.def: %s"
           % ", ".join(sorted(unmarked)), 0, "", "")
