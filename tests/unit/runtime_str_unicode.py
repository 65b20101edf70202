# Oracle for tests/unit/runtime_str_unicode.c: for every code point, the result of
# each case mapping and predicate (and repr), folded into one FNV-1a digest per
# method, so the generated Unicode tables are checked exhaustively. Regenerate with
#   PYENV_VERSION=3.12.1 python3.12 tests/unit/runtime_str_unicode.py > tests/unit/runtime_str_unicode.expected
MASK = (1 << 64) - 1
MAPPINGS = ["upper", "lower", "casefold", "title", "swapcase", "capitalize"]
PREDICATES = ["isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier", "islower",
              "isnumeric", "isprintable", "isspace", "istitle", "isupper"]


def fnv(digest, data):
    for byte in data:
        digest = ((digest ^ byte) * 0x100000001B3) & MASK
    return digest


def main():
    for name in MAPPINGS + ["repr"]:
        digest = 0xCBF29CE484222325
        for code_point in range(0x110000):
            c = chr(code_point)
            result = repr(c) if name == "repr" else getattr(c, name)()
            digest = fnv(digest, result.encode("utf-8", "surrogatepass") + b"\x00")
        print(f"{name}: {digest:016x}")
    for name in PREDICATES:
        bits = bytes(getattr(chr(cp), name)() for cp in range(0x110000))
        print(f"{name}: {fnv(0xCBF29CE484222325, bits):016x}")


main()
