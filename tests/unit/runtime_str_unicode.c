/* Exhaustive check of the generated Unicode tables through the str methods:
 * every code point's case mappings, predicates and repr, folded into one FNV-1a
 * digest per method; must equal runtime_str_unicode.expected (from CPython 3.12). */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"

#define FNV_OFFSET 0xCBF29CE484222325ull
#define FNV_PRIME 0x100000001B3ull

static uint64_t fnv(uint64_t digest, const char *bytes, size_t length) {
    for (size_t i = 0; i < length; i++) digest = (digest ^ (unsigned char)bytes[i]) * FNV_PRIME;
    return digest;
}

static size_t encode(uint32_t c, char *out) {
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static MoltValue character(uint32_t code_point) {
    char bytes[4];
    return molt_str_from_utf8(bytes, encode(code_point, bytes));
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_str_unicode");
    const char *mappings[] = {"upper", "lower", "casefold", "title", "swapcase", "capitalize", "repr"};
    const char *predicates[] = {"isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier",
                                "islower", "isnumeric", "isprintable", "isspace", "istitle",
                                "isupper"};
    for (size_t m = 0; m < sizeof mappings / sizeof mappings[0]; m++) {
        uint64_t digest = FNV_OFFSET;
        for (uint32_t code_point = 0; code_point < 0x110000; code_point++) {
            MoltValue c = character(code_point);
            MoltValue result = strcmp(mappings[m], "repr") == 0
                                   ? molt_repr(c)
                                   : molt_call_method(c, mappings[m], NULL, 0, MOLT_NONE);
            size_t length;
            const char *bytes = molt_str_utf8(result, &length);
            digest = fnv(fnv(digest, bytes, length), "", 1);
            molt_decref(result);
            molt_decref(c);
        }
        printf("%s: %016llx\n", mappings[m], (unsigned long long)digest);
    }
    for (size_t p = 0; p < sizeof predicates / sizeof predicates[0]; p++) {
        uint64_t digest = FNV_OFFSET;
        for (uint32_t code_point = 0; code_point < 0x110000; code_point++) {
            MoltValue c = character(code_point);
            MoltValue result = molt_call_method(c, predicates[p], NULL, 0, MOLT_NONE);
            char bit = result == MOLT_TRUE;
            digest = fnv(digest, &bit, 1);
            molt_decref(c);
        }
        printf("%s: %016llx\n", predicates[p], (unsigned long long)digest);
    }
    return 0;
}
