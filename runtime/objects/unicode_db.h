/* Unicode character database: per-code-point properties (isalpha, isspace,
 * isprintable...) and full case mappings (upper, lower, title, casefold), as
 * tables generated from CPython 3.12 by scripts/gen_unicode_db.py. */
#ifndef MOLT_UNICODE_DB_H
#define MOLT_UNICODE_DB_H
#include <stdbool.h>
#include <stdint.h>

/* Property flags; the order must match FLAGS in scripts/gen_unicode_db.py. */
enum {
    MOLT_UNICODE_ALPHA = 1u << 0,
    MOLT_UNICODE_DECIMAL = 1u << 1,
    MOLT_UNICODE_DIGIT = 1u << 2,
    MOLT_UNICODE_NUMERIC = 1u << 3,
    MOLT_UNICODE_SPACE = 1u << 4,
    MOLT_UNICODE_PRINTABLE = 1u << 5,
    MOLT_UNICODE_UPPER = 1u << 6,
    MOLT_UNICODE_LOWER = 1u << 7,
    MOLT_UNICODE_TITLE = 1u << 8,
    MOLT_UNICODE_CASED = 1u << 9,
    MOLT_UNICODE_CASE_IGNORABLE = 1u << 10,
    MOLT_UNICODE_XID_START = 1u << 11,
    MOLT_UNICODE_XID_CONTINUE = 1u << 12,
    MOLT_UNICODE_LINEBREAK = 1u << 13,
    MOLT_UNICODE_EXTENDED_LOWER = 1u << 14,
    MOLT_UNICODE_EXTENDED_UPPER = 1u << 15,
    MOLT_UNICODE_EXTENDED_TITLE = 1u << 16,
    MOLT_UNICODE_EXTENDED_FOLD = 1u << 17,
};

/* One shared record per distinct combination of properties. A case mapping
 * field is a delta to add to the code point, or, when the matching
 * EXTENDED_ flag is set, an index into molt_unicode_extended where a count is
 * followed by that many code points (e.g. 'ß'.upper() == 'SS'). */
typedef struct MoltUnicodeRecord {
    uint32_t flags;
    int8_t decimal;      /* 0..9 for decimal digits (isdecimal), else -1 */
    int32_t lower;
    int32_t upper;
    int32_t title;
    int32_t fold;
} MoltUnicodeRecord;

extern const uint32_t molt_unicode_extended[];

const MoltUnicodeRecord *molt_unicode_record(uint32_t code_point);

static inline bool molt_unicode_has(uint32_t code_point, uint32_t flag) {
    return (molt_unicode_record(code_point)->flags & flag) != 0;
}

/* The decimal digit value (0..9) of code_point, or -1; used by int(str). */
static inline int molt_unicode_decimal_value(uint32_t code_point) {
    return molt_unicode_record(code_point)->decimal;
}

static inline bool molt_unicode_is_space(uint32_t code_point) {
    if (code_point < 128) {
        return code_point == ' ' || (code_point >= '\t' && code_point <= '\r') ||
               (code_point >= 0x1C && code_point <= 0x1F);
    }
    return molt_unicode_has(code_point, MOLT_UNICODE_SPACE);
}

typedef enum MoltUnicodeCase {
    MOLT_UNICODE_TO_LOWER, MOLT_UNICODE_TO_UPPER, MOLT_UNICODE_TO_TITLE, MOLT_UNICODE_TO_FOLD
} MoltUnicodeCase;

/* Writes the full case mapping of code_point (at most 3 code points) into out
 * and returns how many were written. Context-free: the final-sigma rule of
 * str.lower() is applied by the caller (str_methods.c). */
int molt_unicode_map_case(uint32_t code_point, MoltUnicodeCase which, uint32_t out[3]);

#endif
