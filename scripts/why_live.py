#!/usr/bin/env python3
"""Why is this in the binary? For size work on the runtime (docs/wasm.md, "Size").

    python3 scripts/why_live.py PROGRAM.py [SYMBOL...]

Compiles PROGRAM.py with build/molt --emit=c, then walks the relocations of the
generated code and of build/libmolt.a's objects (built with -ffunction-sections
-fdata-sections, as the Makefile does) from main(), the way `--gc-sections` keeps
sections. Without SYMBOLs it prints the bytes (.bss included) each object file keeps, largest
first; with SYMBOLs, for each one the chain of sections that keeps it alive
(`a.o:.text.f <- b.o:.data.rel.molt_type_x <- ... <- main`). Linux/ELF only: it reads
the objects with readelf, so it shows the native link, which the wasm one follows.
"""
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def read_object(path, definitions, references, sizes):
    name = os.path.basename(path)
    section_names = {}
    for line in run("readelf", "-SW", path).splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+\S+\s+\S+\s+([0-9a-f]+)", line)
        if m:
            section_names[int(m.group(1))] = m.group(2)
            sizes[(name, m.group(2))] = int(m.group(3), 16)
    for line in run("readelf", "-sW", path).splitlines():
        p = line.split()
        if len(p) >= 8 and p[0].endswith(":") and p[6].isdigit() and p[4] in ("GLOBAL", "WEAK"):
            definitions.setdefault(p[7], (name, section_names.get(int(p[6]))))
    current = None
    for line in run("readelf", "-rW", path).splitlines():
        m = re.match(r"Relocation section '\.rela(\S+)'", line)
        if m:
            current = (name, m.group(1))
            continue
        p = line.split()
        if current and len(p) >= 5 and re.match(r"[0-9a-f]{16}$", p[0]):
            references[current].add(p[4])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    definitions, references, sizes = {}, collections.defaultdict(set), {}
    with tempfile.TemporaryDirectory() as work:
        c_file = os.path.join(work, "program.c")
        with open(c_file, "w") as out:
            out.write(run(os.path.join(root, "build/molt"), "build", "--emit=c", sys.argv[1]))
        run("cc", "-std=c11", "-O2", "-w", "-ffunction-sections", "-fdata-sections",
            "-I" + os.path.join(root, "include"), "-c", c_file, "-o", os.path.join(work, "program.o"))
        subprocess.run(["ar", "x", os.path.join(root, "build/libmolt.a")], cwd=work, check=True)
        for path in sorted(glob.glob(os.path.join(work, "*.o"))):
            read_object(path, definitions, references, sizes)
    start = definitions["main"]
    parent = {start: None}
    queue = collections.deque([start])
    while queue:
        section = queue.popleft()
        for symbol in references.get(section, ()):
            # A reference to a section symbol (".text.f") names a section of the same object.
            target = (section[0], symbol) if symbol.startswith(".") else definitions.get(symbol)
            if target and target not in parent:
                parent[target] = section
                queue.append(target)
    if len(sys.argv) == 2:
        kept = collections.Counter()
        for obj, section in parent:
            kept[obj] += sizes.get((obj, section), 0)
        for obj, size in kept.most_common():
            print(size, obj)
        return
    for symbol in sys.argv[2:]:
        section = definitions.get(symbol)
        if section not in parent:
            print(symbol + ": not linked")
            continue
        chain = []
        while section:
            chain.append("%s:%s" % section)
            section = parent[section]
        print(" <- ".join(chain))


if __name__ == "__main__":
    main()
