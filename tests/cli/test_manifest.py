"""The Optimization Manifest (docs/manifest.md): `molt check` and `molt build --manifest` write
APP.molt-manifest.json; every one written here is validated against docs/manifest.schema.json
(by the small validator below: the subset of JSON Schema that schema uses), and its facts are
checked on programs whose features, builtins, signatures and guards are known."""
import hashlib
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import EXIT_COMPILE_ERROR, EXIT_OK, expect, molt

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(REPO, "docs", "manifest.schema.json")
DIFF = os.path.join(REPO, "tests", "diff")

KNOWN = '''import math
from math import sqrt as root

class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

def total(n: int) -> int:
    t = 0
    for i in range(n):
        t += i * i
    return t + len([1, 2])

def gen(*items, scale=2):
    for item in items:
        yield item * scale

print(math.floor(2.5), root(4.0), total(10), Point(3).get(), [v for v in gen(1, 2)], f"{math.pi:.2f}")
'''


def validate(value, schema, root, path="$"):
    """Errors of `value` against `schema`: type, const, enum, pattern, minLength, minimum,
    required, properties, additionalProperties (false), items, minItems and $ref into $defs."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return validate(value, root["$defs"][name], root, path)
    errors = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool}
    expected = schema.get("type")
    if expected == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return ["%s: not an integer: %r" % (path, value)]
    elif expected and not isinstance(value, kinds[expected]):
        return ["%s: not a%s %s: %r" % (path, "n" if expected[0] in "aeio" else "", expected, value)]
    if "const" in schema and value != schema["const"]:
        errors.append("%s: %r is not %r" % (path, value, schema["const"]))
    if "enum" in schema and value not in schema["enum"]:
        errors.append("%s: %r is not one of %r" % (path, value, schema["enum"]))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append("%s: empty string" % path)
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append("%s: %r does not match %s" % (path, value, schema["pattern"]))
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        errors.append("%s: %r < %r" % (path, value, schema["minimum"]))
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append("%s: missing %r" % (path, key))
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], root, "%s.%s" % (path, key))
            elif schema.get("additionalProperties") is False:
                errors.append("%s: unexpected key %r" % (path, key))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append("%s: fewer than %d items" % (path, schema["minItems"]))
        for index, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), root, "%s[%d]" % (path, index))
    return errors


def load_valid(path):
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    errors = validate(manifest, schema, schema)
    expect(not errors, "%s does not match docs/manifest.schema.json" % os.path.basename(path), "-",
           json.dumps(manifest)[:400], "\n".join(errors[:10]))
    return manifest


def test_validator_rejects_wrong_manifests(context):
    # The validator itself must catch what the schema forbids, or the other tests prove nothing.
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    good = {"manifestVersion": "1", "molt": "0.1.0", "program": "a.py", "tier": 0,
            "modules": [{"name": "__main__", "path": "a.py", "sha256": "0" * 64}], "features": [], "builtins": [],
            "stdlib": [], "functions": [{"name": "<module>", "module": "__main__", "location": "a.py:1:1",
                                         "kind": "module", "tier": 0, "genericVersion": False,
                                         "signature": {"parameters": [], "returns": "None"}}],
            "guards": [], "capabilities": []}
    expect(validate(good, schema, schema) == [], "a well-formed manifest must validate", "-",
           str(validate(good, schema, schema)), "")
    broken = [("tier", 2), ("modules", []), ("guards", [{"kind": "magic"}]), ("extra", 1),
              ("functions", [dict(good["functions"][0], signature={"parameters": [], "returns": "int|bogus"})])]
    for key, value in broken:
        expect(validate(dict(good, **{key: value}), schema, schema) != [], "the validator accepted a bad %s" % key,
               "-", str(value), "")
    expect(validate({k: v for k, v in good.items() if k != "guards"}, schema, schema) != [],
           "the validator accepted a manifest without guards", "-", "", "")


def by_name(items):
    return {item["name"]: item for item in items}


def test_check_writes_manifest_of_known_program(context):
    directory = context.scratch_path("manifest", "known", "x")[:-2]
    with open(os.path.join(directory, "app.py"), "w", encoding="utf-8") as handle:
        handle.write(KNOWN)
    status, out, err = molt(context, "check", "app.py", cwd=directory)
    expect(status == EXIT_OK, "`molt check` must exit 0", status, out, err)
    path = os.path.join(directory, "app.molt-manifest.json")
    expect(os.path.isfile(path), "`molt check app.py` must write app.molt-manifest.json", status, out, err)
    manifest = load_valid(path)
    with open(os.path.join(directory, "app.py"), "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    expect(manifest["modules"] == [{"name": "__main__", "path": "app.py", "sha256": digest}],
           "the modules list must hold the script and its sha256", status, str(manifest["modules"]), err)
    features = by_name(manifest["features"])
    for name in ("class", "def", "for", "yield", "list comprehension", "f-string", "*args parameter",
                 "keyword-only parameters", "default arguments", "from-import", "import", "operator *",
                 "augmented assignment +", "annotation"):
        expect(name in features, "the features must list %r" % name, status, str(sorted(features)), err)
    expect(features["for"]["uses"] == 2 and features["for"]["location"] == "app.py:13:5",
           "'for' is used twice (the comprehension is its own feature), first at 13:5", status,
           str(features["for"]), err)
    builtins = by_name(manifest["builtins"])
    # `int` is named by an annotation, which a def evaluates as CPython does.
    expect(set(builtins) == {"int", "len", "print", "range"}, "the builtins used are int, len, print and range", status,
           str(sorted(builtins)), err)
    stdlib = {entry["module"]: by_name(entry["names"]) for entry in manifest["stdlib"]}
    expect(set(stdlib) == {"math"} and set(stdlib["math"]) == {"floor", "pi", "sqrt"},
           "math.floor, math.pi and math.sqrt are the stdlib names used", status, str(stdlib), err)
    functions = by_name(manifest["functions"])
    total = functions["total"]
    expect(total["signature"] == {"parameters": [{"name": "n", "kind": "positional", "type": "int"}], "returns": "int"}
           and total["genericVersion"] and total["tier"] == 0 and total["kind"] == "function",
           "total(n: int) -> int is specialized on ints", status, str(total), err)
    expect(functions["gen"]["kind"] == "generator" and
           [p["kind"] for p in functions["gen"]["signature"]["parameters"]] == ["keyword-only", "*args"],
           "gen(*items, scale=2) is a generator with a keyword-only parameter and *args", status,
           str(functions["gen"]), err)
    expect(functions["Point.get"]["kind"] == "method", "Point.get is a method", status, str(functions["Point.get"]), err)
    guards = manifest["guards"]
    overflow = [g for g in guards if g["kind"] == "int-overflow" and g["function"] == "total"]
    expect({g["name"] for g in overflow} == {"+", "*"} and all(g["onFailure"] == "deoptimize" for g in overflow),
           "total's int additions and multiplication carry overflow guards", status, str(guards), err)
    classes = [g for g in guards if g["kind"] == "exact-class"]
    expect({(g["function"], g["operation"], g["name"], g["class"]) for g in classes} >=
           {("Point.__init__", "setattr", "x", "Point"), ("Point.get", "getattr", "x", "Point")},
           "the field accesses of Point test its exact class", status, str(classes), err)
    expect(all(g["onFailure"] == "generic-operation" for g in classes), "a class test falls back to the generic operation",
           status, str(classes), err)
    expect(len(set(map(json.dumps, guards))) == len(guards), "each guard is listed once", status, str(guards), err)
    expect(manifest["capabilities"] == [], "the known program needs no capability", status,
           str(manifest["capabilities"]), err)


CAPABLE = '''import time
import random
from time import monotonic

def stamp():
    return time.time() > 0

random.shuffle([1, 2])
print(stamp(), monotonic() > 0, time.gmtime(0).tm_year)
'''


def test_manifest_lists_capabilities_and_their_uses(context):
    directory = context.scratch_path("manifest", "capable", "x")[:-2]
    with open(os.path.join(directory, "app.py"), "w", encoding="utf-8") as handle:
        handle.write(CAPABLE)
    status, out, err = molt(context, "check", "--cap", "time", "--cap", "random", "app.py", cwd=directory)
    expect(status == EXIT_OK, "`molt check` must exit 0", status, out, err)
    manifest = load_valid(os.path.join(directory, "app.molt-manifest.json"))
    # time.gmtime(0) formats a given time: no capability. Uses are in source order.
    expect(manifest["capabilities"] == [{"name": "time", "uses": ["app.py:3:18", "app.py:6:12"]},
                                        {"name": "random", "uses": ["app.py:8:1"]}],
           "each needed capability is listed with every use", status, str(manifest["capabilities"]), err)
    seeded = CAPABLE.replace("random.shuffle", "random.seed(7)\nrandom.shuffle")
    with open(os.path.join(directory, "app.py"), "w", encoding="utf-8") as handle:
        handle.write(seeded)
    status, out, err = molt(context, "check", "--cap", "time", "app.py", cwd=directory)
    expect(status == EXIT_OK, "a seeded generator needs no capability", status, out, err)
    manifest = load_valid(os.path.join(directory, "app.molt-manifest.json"))
    expect([entry["name"] for entry in manifest["capabilities"]] == ["time"],
           "once seeded, random is not a needed capability", status, str(manifest["capabilities"]), err)


def test_manifests_of_suite_programs_validate(context):
    for name in ("program_expr_lang.py", "class_interpreter.py", "gen_pipeline.py", "math_binary.py",
                 "module_packages"):
        source = os.path.join(DIFF, name)
        directory = context.scratch_path("manifest", "suite", name.replace(".py", ""), "x")[:-2]
        if name.endswith(".py"):
            shutil.copy(source, os.path.join(directory, "app.py"))
            script = "app.py"
        else:
            shutil.rmtree(directory)
            shutil.copytree(source, directory)
            script = "main.py"
        status, out, err = molt(context, "build", "--manifest", script, "-o", "prog", cwd=directory)
        expect(status == EXIT_OK, "`molt build --manifest` of %s failed" % name, status, out, err)
        manifest = load_valid(os.path.join(directory, "prog.molt-manifest.json"))
        expect(manifest["program"] == script and len(manifest["functions"]) >= 1,
               "the manifest of %s must name the script and its functions" % name, status, str(manifest)[:300], err)
        if name == "module_packages":
            paths = [m["path"] for m in manifest["modules"]]
            expect(paths[0] == "main.py" and "shapes/__init__.py" in paths and "shapes/solid/cube.py" in paths,
                   "every module of the package program is listed", status, str(paths), err)
        status, out, err = molt(context, "check", script, cwd=directory)
        with open(os.path.join(directory, "prog.molt-manifest.json"), "rb") as a, \
                open(os.path.join(directory, script[:-3] + ".molt-manifest.json"), "rb") as b:
            expect(a.read() == b.read(), "`molt check` and `molt build --manifest` must write the same manifest",
                   status, out, err)


def test_manifest_is_deterministic_and_target_independent(context):
    first = context.scratch_path("manifest", "same-a", "x")[:-2]
    second = context.scratch_path("manifest", "same-b", "deeper", "x")[:-2]
    for directory in (first, second):
        shutil.copy(os.path.join(DIFF, "program_bank.py"), os.path.join(directory, "bank.py"))
    molt(context, "build", "--manifest", "bank.py", "-o", "bank", cwd=first, env={"PYTHONHASHSEED": "1"})
    status, out, err = molt(context, "build", "--manifest", "--target", "wasm", os.path.join(second, "bank.py"),
                            env={"PYTHONHASHSEED": "2"})
    expect(status == EXIT_OK, "the wasm build with --manifest failed", status, out, err)
    with open(os.path.join(first, "bank.molt-manifest.json"), "rb") as a, \
            open(os.path.join(second, "bank.molt-manifest.json"), "rb") as b:
        expect(a.read() == b.read(), "the manifest must not depend on directory, environment or target",
               status, out, err)


def test_rejected_program_writes_no_manifest(context):
    directory = context.scratch_path("manifest", "rejected", "x")[:-2]
    with open(os.path.join(directory, "bad.py"), "w", encoding="utf-8") as handle:
        handle.write("eval('1')\n")
    status, out, err = molt(context, "check", "bad.py", cwd=directory)
    expect(status == EXIT_COMPILE_ERROR, "a rejected program must exit 3", status, out, err)
    expect(not os.path.exists(os.path.join(directory, "bad.molt-manifest.json")),
           "a rejected program must not get a manifest", status, out, err)
    status, out, err = molt(context, "run", "--manifest", "bad.py", cwd=directory)
    expect(status == 2, "`molt run --manifest` is a usage error", status, out, err)
