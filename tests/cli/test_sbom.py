"""`molt build --sbom` (docs/sbom.md): OUT.cdx.json is a CycloneDX 1.5 SBOM. Checked here: the
fields the 1.5 schema requires and the shapes it gives them (bomFormat, specVersion, serialNumber,
version, metadata, components with type, name, version where they have one, hashes), every hash
against hashlib, that it lists the program's modules, the runtime, the runtime modules used and
the toolchain, and that building twice writes the same SBOM."""
import hashlib
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import EXIT_OK, EXIT_USAGE, expect, molt

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# CycloneDX 1.5's component types (bom-1.5.schema.json, component.type).
COMPONENT_TYPES = {"application", "framework", "library", "container", "platform", "operating-system", "device",
                   "device-driver", "firmware", "file", "machine-learning-model", "data"}
SERIAL = re.compile(r"^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
PROGRAM = {"app.py": "import math\nimport helper\nfrom collections import deque\n"
                     "print(helper.twice(math.sqrt(16.0)), deque([1]))\n",
           "helper.py": "def twice(x):\n    return 2 * x\n"}


def make_program(context, folder):
    directory = context.scratch_path("sbom", folder, "x")[:-2]
    for name, text in PROGRAM.items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    return directory


def sha256_of(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def check_hashes(component, where):
    hashes = component.get("hashes")
    assert isinstance(hashes, list) and hashes, "%s has no hashes: %r" % (where, component)
    for entry in hashes:
        assert entry.get("alg") == "SHA-256" and re.fullmatch(r"[0-9a-f]{64}", entry.get("content", "")), \
            "%s has a malformed hash: %r" % (where, entry)
    return hashes[0]["content"]


def check_component(component, where):
    assert component.get("type") in COMPONENT_TYPES, "%s: bad type %r" % (where, component.get("type"))
    assert isinstance(component.get("name"), str) and component["name"], "%s: no name" % where
    if component["type"] != "file":
        assert isinstance(component.get("version"), str) and component["version"], "%s: no version" % where
    check_hashes(component, where)
    for index, child in enumerate(component.get("components", [])):
        check_component(child, "%s.components[%d]" % (where, index))


def check_shape(bom):
    """The CycloneDX 1.5 shape; returns the components by bom-ref."""
    assert bom.get("bomFormat") == "CycloneDX" and bom.get("specVersion") == "1.5", "not a CycloneDX 1.5 BOM"
    assert isinstance(bom.get("version"), int) and bom["version"] >= 1, "version must be an integer >= 1"
    assert SERIAL.match(bom.get("serialNumber", "")), "bad serialNumber %r" % bom.get("serialNumber")
    assert "timestamp" not in bom.get("metadata", {}), "the SBOM must not hold a timestamp"
    tools = bom["metadata"]["tools"]["components"]
    assert [(t["type"], t["name"]) for t in tools] == [("application", "molt")], "metadata.tools must name molt"
    application = bom["metadata"]["component"]
    assert application.get("type") == "application" and application.get("name"), "metadata.component: type, name"
    check_hashes(application, "metadata.component")
    references = {}
    for index, component in enumerate(bom["components"]):
        check_component(component, "components[%d]" % index)
        reference = component.get("bom-ref")
        assert reference and reference not in references, "components[%d]: missing or repeated bom-ref" % index
        references[reference] = component
    known = set(references) | {"application"}
    for dependency in bom["dependencies"]:
        assert dependency["ref"] in known and set(dependency["dependsOn"]) <= known, "a dependency names an unknown ref"
    return references


def build_sbom(context, folder, target):
    directory = make_program(context, folder)
    suffix = ".wasm" if target == "wasm" else ""
    status, out, err = molt(context, "build", "--sbom", "--target", target, "app.py", "-o", "app" + suffix, cwd=directory)
    expect(status == EXIT_OK, "`molt build --sbom` (%s) must exit 0" % target, status, out, err)
    path = os.path.join(directory, "app.cdx.json")
    expect(os.path.isfile(path), "`molt build --sbom -o app%s` must write app.cdx.json" % suffix, status, out, err)
    with open(path, encoding="utf-8") as handle:
        return directory, json.load(handle), status, out, err


def check_target(context, target, library, linker):
    directory, bom, status, out, err = build_sbom(context, target, target)
    try:
        references = check_shape(bom)
    except AssertionError as error:
        expect(False, "the SBOM is not CycloneDX 1.5: %s" % error, status, json.dumps(bom)[:500], err)
    suffix = ".wasm" if target == "wasm" else ""
    application = bom["metadata"]["component"]
    expect(application["name"] == "app" + suffix and
           check_hashes(application, "application") == sha256_of(os.path.join(directory, "app" + suffix)),
           "metadata.component must be the binary with its sha256", status, str(application), err)
    for name in PROGRAM:
        module = references.get("module:" + name)
        expect(module and module["type"] == "file" and
               module["hashes"][0]["content"] == sha256_of(os.path.join(directory, name)),
               "the SBOM must list module %s with its sha256" % name, status, str(module), err)
    runtime = references.get("molt-runtime")
    expect(runtime and runtime["hashes"][0]["content"] == sha256_of(os.path.join(REPO, "build", library)),
           "the runtime component must hold the sha256 of build/%s" % library, status, str(runtime), err)
    stdlib = sorted(ref[len("molt-stdlib:"):] for ref in references if ref.startswith("molt-stdlib:"))
    expect(stdlib == ["collections", "math"], "the runtime modules used are collections and math", status,
           str(stdlib), err)
    math = references["molt-stdlib:math"]
    files = {child["name"]: child["hashes"][0]["content"] for child in math["components"]}
    expect("runtime/modules/math.c" in files and math["hashes"][0]["content"] == files["runtime/modules/math.c"],
           "math's component must hash runtime/modules/math.c and list its sources", status, str(sorted(files)), err)
    for name, digest in files.items():
        expect(digest == sha256_of(os.path.join(REPO, name)), "wrong sha256 for " + name, status, digest, err)
    compiler, ld = references.get("toolchain:cc"), references.get("toolchain:ld")
    expect(compiler and ld and ld["name"] == linker and re.match(r"\d", compiler["version"]) and
           re.match(r"\d", ld["version"]), "the toolchain (C compiler, %s) must be listed with versions" % linker,
           status, str((compiler, ld)), err)
    return directory, bom


def test_sbom_native(context):
    directory, bom = check_target(context, "native", "libmolt.a", "ld")
    first = open(os.path.join(directory, "app.cdx.json"), "rb").read()
    again = context.scratch_path("sbom", "elsewhere", "deeper", "x")[:-2]
    for name in PROGRAM:
        shutil.copy(os.path.join(directory, name), again)
    status, out, err = molt(context, "build", "--sbom", os.path.join(again, "app.py"), "-o", os.path.join(again, "app"),
                            env={"PYTHONHASHSEED": "7", "TMPDIR": again})
    expect(status == EXIT_OK and open(os.path.join(again, "app.cdx.json"), "rb").read() == first,
           "the same program built elsewhere must get the same SBOM", status, out, err)


def test_sbom_wasm(context):
    check_target(context, "wasm", "libmolt-wasm.a", "wasm-ld")


def test_sbom_only_for_build(context):
    directory = make_program(context, "usage")
    status, out, err = molt(context, "check", "--sbom", "app.py", cwd=directory)
    expect(status == EXIT_USAGE and "--sbom" in err, "`molt check --sbom` is a usage error", status, out, err)
