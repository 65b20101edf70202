#!/usr/bin/env python3
"""Generates runtime/objects/unicode_db.c, Molt's character property and case
mapping tables, by asking CPython 3.12 how each code point behaves.

Run with CPython 3.12 (the reference for every behaviour), from the repository root:
    PYENV_VERSION=3.12.1 python3.12 scripts/gen_unicode_db.py > runtime/objects/unicode_db.c

Layout: a three-level table. The code point's high bits index stage1, which names a
stage2 block; its middle bits index that block, which names a stage3 block; its low
bits index that, which names a record. Identical blocks and records are shared, and
the shifts are the ones that make the whole table smallest (about 28 KB for 0x110000
code points; two levels took 89 KB, which is most of a hello-world binary).
"""
import sys
import unicodedata

if sys.version_info[:2] != (3, 12):
    sys.exit("gen_unicode_db.py must run under CPython 3.12 (the reference)")

MAX_CODE_POINT = 0x110000

# Flag bits; must match the MOLT_UNICODE_* flags in unicode_db.h.
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "UPPER", "LOWER",
    "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE", "LINEBREAK",
    "EXTENDED_LOWER", "EXTENDED_UPPER", "EXTENDED_TITLE", "EXTENDED_FOLD",
]
BIT = {name: 1 << index for index, name in enumerate(FLAGS)}

extended = [0]          # extended[0] unused so that index 0 never names a mapping
extended_index = {}


def mapping_field(code_point, mapped, extended_flag):
    """A one-code-point mapping is stored as a delta; longer ones go to `extended`."""
    if len(mapped) == 1:
        return 0, ord(mapped) - code_point
    key = tuple(ord(c) for c in mapped)
    if key not in extended_index:
        extended_index[key] = len(extended)
        extended.append(len(key))
        extended.extend(key)
    return BIT[extended_flag], extended_index[key]


def record_for(code_point):
    c = chr(code_point)
    flags = 0
    if c.isalpha(): flags |= BIT["ALPHA"]
    if c.isdecimal(): flags |= BIT["DECIMAL"]
    if c.isdigit(): flags |= BIT["DIGIT"]
    if c.isnumeric(): flags |= BIT["NUMERIC"]
    if c.isspace(): flags |= BIT["SPACE"]
    if c.isprintable(): flags |= BIT["PRINTABLE"]
    if c.isupper(): flags |= BIT["UPPER"]
    if c.islower(): flags |= BIT["LOWER"]
    title = unicodedata.category(c) == "Lt"
    if title: flags |= BIT["TITLE"]
    cased = c.isupper() or c.islower() or title
    if cased: flags |= BIT["CASED"]
    # Case_Ignorable is observable through lower()'s final-sigma rule: a sigma is
    # final when a cased letter precedes it (skipping case-ignorables) and none follows.
    if 0xD800 <= code_point < 0xE000:
        ignorable = False
    elif cased:
        ignorable = ("A\u03a3" + c).lower()[1] != "\u03c3"
    else:
        ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable: flags |= BIT["CASE_IGNORABLE"]
    if c.isidentifier(): flags |= BIT["XID_START"]
    if ("a" + c).isidentifier(): flags |= BIT["XID_CONTINUE"]
    if len(("a" + c + "b").splitlines()) == 2: flags |= BIT["LINEBREAK"]
    fields = []
    for method, flag in ((str.lower, "EXTENDED_LOWER"), (str.upper, "EXTENDED_UPPER"),
                         (str.title, "EXTENDED_TITLE"), (str.casefold, "EXTENDED_FOLD")):
        extra_flag, value = mapping_field(code_point, method(c), flag)
        flags |= extra_flag
        fields.append(value)
    decimal = int(c) if c.isdecimal() else -1
    return (flags, decimal, *fields)


def build():
    records = []
    record_index = {}
    per_code_point = []
    for code_point in range(MAX_CODE_POINT):
        record = record_for(code_point)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        per_code_point.append(record_index[record])
    return records, per_code_point


def split(values, shift):
    """Cuts values into blocks of 1 << shift; returns (index of each block's
    shared copy, the distinct blocks)."""
    size = 1 << shift
    blocks = []
    block_index = {}
    indexes = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in block_index:
            block_index[block] = len(blocks)
            blocks.append(block)
        indexes.append(block_index[block])
    return indexes, blocks


def index_bytes(count):
    return 1 if count <= 256 else 2


def smallest_layout(records, per_code_point):
    """The (cost, low shift, middle shift, stage1, stage2, stage3) that costs fewest bytes."""
    best = None
    for low_shift in range(3, 9):
        middle, stage3_blocks = split(per_code_point, low_shift)
        for middle_shift in range(2, 10):
            stage1, stage2_blocks = split(middle, middle_shift)
            cost = (len(stage1) * index_bytes(len(stage2_blocks))
                    + len(stage2_blocks) * (1 << middle_shift) * index_bytes(len(stage3_blocks))
                    + len(stage3_blocks) * (1 << low_shift) * index_bytes(len(records)))
            if best is None or cost < best[0]:
                best = (cost, low_shift, middle_shift, stage1,
                        [i for block in stage2_blocks for i in block],
                        [i for block in stage3_blocks for i in block])
    return best


def c_type(values):
    return "uint8_t" if max(values) < 256 else "uint16_t"


def emit_array(out, declaration, values, per_line=24):
    out.append(declaration + " = {")
    for start in range(0, len(values), per_line):
        out.append(",".join(str(v) for v in values[start:start + per_line]) + ",")
    out.append("};")


MAP_CASE_FUNCTION = """
int molt_unicode_map_case(uint32_t code_point, MoltUnicodeCase which, uint32_t out[3]) {
    static const uint32_t extended_flags[4] = {
        MOLT_UNICODE_EXTENDED_LOWER, MOLT_UNICODE_EXTENDED_UPPER,
        MOLT_UNICODE_EXTENDED_TITLE, MOLT_UNICODE_EXTENDED_FOLD,
    };
    const MoltUnicodeRecord *record = molt_unicode_record(code_point);
    int32_t field = which == MOLT_UNICODE_TO_LOWER   ? record->lower
                    : which == MOLT_UNICODE_TO_UPPER ? record->upper
                    : which == MOLT_UNICODE_TO_TITLE ? record->title
                                                     : record->fold;
    if (record->flags & extended_flags[which]) {
        const uint32_t *mapping = &molt_unicode_extended[field];
        int count = (int)mapping[0];
        for (int i = 0; i < count; i++) out[i] = mapping[1 + i];
        return count;
    }
    out[0] = (uint32_t)((int32_t)code_point + field);
    return 1;
}"""


def main():
    records, per_code_point = build()
    _, low_shift, middle_shift, stage1, stage2, stage3 = smallest_layout(records, per_code_point)

    out = []
    out.append("/* Unicode character properties and case mappings for every code point, as")
    out.append(" * CPython 3.12 reports them (Unicode %s). GENERATED -- do not edit: run" %
               unicodedata.unidata_version)
    out.append(" *   PYENV_VERSION=3.12.1 python3.12 scripts/gen_unicode_db.py > runtime/objects/unicode_db.c */")
    out.append('#include "unicode_db.h"')
    out.append("")
    out.append("#define UNICODE_DB_LOW_SHIFT %d" % low_shift)
    out.append("#define UNICODE_DB_MIDDLE_SHIFT %d" % middle_shift)
    out.append("")
    out.append("static const MoltUnicodeRecord unicode_records[%d] = {" % len(records))
    for flags, decimal, lower, upper, title, fold in records:
        out.append("{%d,%d,%d,%d,%d,%d}," % (flags, decimal, lower, upper, title, fold))
    out.append("};")
    emit_array(out, "static const %s unicode_stage1[%d]" % (c_type(stage1), len(stage1)), stage1)
    emit_array(out, "static const %s unicode_stage2[%d]" % (c_type(stage2), len(stage2)), stage2)
    emit_array(out, "static const %s unicode_stage3[%d]" % (c_type(stage3), len(stage3)), stage3)
    emit_array(out, "const uint32_t molt_unicode_extended[%d]" % len(extended), extended)
    out.append("")
    out.append("const MoltUnicodeRecord *molt_unicode_record(uint32_t code_point) {")
    out.append("    if (code_point >= 0x%X) code_point = 0x%X; /* unassigned: same record */" %
               (MAX_CODE_POINT, MAX_CODE_POINT - 1))
    out.append("    uint32_t low = code_point & ((1u << UNICODE_DB_LOW_SHIFT) - 1);")
    out.append("    uint32_t rest = code_point >> UNICODE_DB_LOW_SHIFT;")
    out.append("    uint32_t middle = rest & ((1u << UNICODE_DB_MIDDLE_SHIFT) - 1);")
    out.append("    uint32_t stage2_block = unicode_stage1[rest >> UNICODE_DB_MIDDLE_SHIFT];")
    out.append("    uint32_t stage3_block = unicode_stage2[(stage2_block << UNICODE_DB_MIDDLE_SHIFT) + middle];")
    out.append("    return &unicode_records[unicode_stage3[(stage3_block << UNICODE_DB_LOW_SHIFT) + low]];")
    out.append("}")
    out.append(MAP_CASE_FUNCTION)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
