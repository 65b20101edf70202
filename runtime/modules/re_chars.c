/* The character questions of the re engine, as sre answers them: the
 * categories \d \s \w (Unicode by default, ASCII under re.ASCII), the simple
 * case mappings that IGNORECASE compares with, and the extra case
 * equivalences sre's compiler adds (CPython's re/_casefix.py). */
#include "../objects/unicode_db.h"
#include "re_internal.h"

static bool ascii_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool ascii_is_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool re_is_word(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return c < 128 && (ascii_is_alpha(c) || ascii_is_digit(c) || c == '_');
    return c == '_' || molt_unicode_has(c, MOLT_UNICODE_ALPHA | MOLT_UNICODE_DECIMAL | MOLT_UNICODE_DIGIT |
                                               MOLT_UNICODE_NUMERIC);
}

static bool is_digit(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return ascii_is_digit(c);
    return molt_unicode_has(c, MOLT_UNICODE_DECIMAL);
}

static bool is_space(uint32_t c, bool ascii) {
    /* sre's ASCII space is " \t\n\r\f\v"; str.isspace also counts \x1c-\x1f. */
    if (ascii || c < 128) {
        if (ascii && c >= 128) return false;
        if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
        return !ascii && c >= 0x1C && c <= 0x1F;
    }
    return molt_unicode_is_space(c);
}

bool re_category_has(ReCategory category, uint32_t c, bool ascii) {
    switch (category) {
    case RE_CATEGORY_DIGIT: return is_digit(c, ascii);
    case RE_CATEGORY_NOT_DIGIT: return !is_digit(c, ascii);
    case RE_CATEGORY_SPACE: return is_space(c, ascii);
    case RE_CATEGORY_NOT_SPACE: return !is_space(c, ascii);
    case RE_CATEGORY_WORD: return re_is_word(c, ascii);
    case RE_CATEGORY_NOT_WORD: return !re_is_word(c, ascii);
    }
    return false;
}

/* The first code point of the full mapping is CPython's simple mapping
 * (_PyUnicode_ToLowercase/_PyUnicode_ToUppercase). */
static uint32_t simple_case(uint32_t c, MoltUnicodeCase which) {
    uint32_t mapped[3];
    molt_unicode_map_case(c, which, mapped);
    return mapped[0];
}

uint32_t re_lower(uint32_t c, bool ascii) {
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return ascii ? c : simple_case(c, MOLT_UNICODE_TO_LOWER);
}

uint32_t re_upper(uint32_t c, bool ascii) {
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    return ascii ? c : simple_case(c, MOLT_UNICODE_TO_UPPER);
}

bool re_is_cased(uint32_t c, bool ascii) {
    if (ascii) return c < 128 && ascii_is_alpha(c);
    return c != re_lower(c, false) || c != re_upper(c, false);
}

/* CPython 3.12's _EXTRA_CASES: lowercase characters that IGNORECASE also
 * matches with other characters whose lowercase differs (i and dotless i,
 * s and long s, Greek symbol variants, Cyrillic historic forms...). */
static const struct { uint32_t c, fixes[2]; } extra_cases[] = {
    {105, {305}}, {115, {383}}, {181, {956}}, {305, {105}}, {383, {115}}, {837, {953, 8126}},
    {912, {8147}}, {944, {8163}}, {946, {976}}, {949, {1013}}, {952, {977}}, {953, {837, 8126}},
    {954, {1008}}, {956, {181}}, {960, {982}}, {961, {1009}}, {962, {963}}, {963, {962}},
    {966, {981}}, {976, {946}}, {977, {952}}, {981, {966}}, {982, {960}}, {1008, {954}},
    {1009, {961}}, {1013, {949}}, {1074, {7296}}, {1076, {7297}}, {1086, {7298}}, {1089, {7299}},
    {1090, {7300, 7301}}, {1098, {7302}}, {1123, {7303}}, {7296, {1074}}, {7297, {1076}},
    {7298, {1086}}, {7299, {1089}}, {7300, {1090, 7301}}, {7301, {1090, 7300}}, {7302, {1098}},
    {7303, {1123}}, {7304, {42571}}, {7777, {7835}}, {7835, {7777}}, {8126, {837, 953}},
    {8147, {912}}, {8163, {944}}, {42571, {7304}}, {64261, {64262}}, {64262, {64261}},
};

int re_case_fixes(uint32_t lower_c, uint32_t out[3]) {
    size_t low = 0, high = sizeof extra_cases / sizeof extra_cases[0];
    while (low < high) {
        size_t middle = (low + high) / 2;
        if (extra_cases[middle].c == lower_c) {
            int count = 0;
            for (int i = 0; i < 2 && extra_cases[middle].fixes[i]; i++) out[count++] = extra_cases[middle].fixes[i];
            return count;
        }
        if (extra_cases[middle].c < lower_c) low = middle + 1;
        else high = middle;
    }
    return 0;
}
