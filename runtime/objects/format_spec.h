/* The format-specification mini-language ("[[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type]"), parsed once here and used by int, float and
 * str formatting alike, plus the padding and number layout they share. */
#ifndef MOLT_FORMAT_SPEC_H
#define MOLT_FORMAT_SPEC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"

typedef struct MoltFormatSpec {
    uint32_t fill;      /* code point; ' ' when not given ('0' when zero_pad) */
    char align;         /* '<', '>', '^', '=', or 0 when not given */
    char sign;          /* '+', '-', ' ', or 0 when not given */
    bool alternate;     /* '#' */
    bool zero_pad;      /* '0' before the width (only when no fill was given) */
    int64_t width;      /* -1 when not given */
    char grouping;      /* ',', '_', or 0 */
    int64_t precision;  /* -1 when not given */
    char type;          /* presentation type, or 0 when not given */
    bool no_negative_zero; /* 'z': coerce -0.0 to 0.0 after rounding (floats only) */
} MoltFormatSpec;

/* Parses `spec` (a str) as CPython does for a str (default type 's'). On a
 * malformed spec raises ValueError with CPython's message and returns false. */
bool molt_format_spec_parse(MoltValue spec, MoltFormatSpec *out);

/* The same for any type: `type_name` appears in "Invalid format specifier"
 * messages, and `default_type` (e.g. 'd' for int, 0 for float, 's' for str)
 * is the type the grouping checks assume when the spec gives none. */
bool molt_format_spec_parse_for(MoltValue spec, const char *type_name, char default_type,
                                MoltFormatSpec *out);

/* Raises ValueError("Unknown format code 'x' for object of type 'float'"). */
void molt_format_spec_unknown_type(char type, const char *type_name);

/* Pads `body` (UTF-8, body_chars code points long) to the spec's width using its
 * fill and alignment (default_align when the spec gives none). New str. */
MoltValue molt_format_spec_pad(const MoltFormatSpec *spec, const char *body, size_t body_length,
                               int64_t body_chars, char default_align);

/* Lays out a number as int and float formatting do:
 *   [padding][sign][prefix][padding][grouped integer digits][remainder][padding]
 * `digits` are the ASCII integer-part digits, `remainder` the rest (decimal point,
 * fraction, exponent, '%'), both without sign. Applies sign, grouping (every 3
 * digits, or 4 for b/o/x/X with '_'), zero padding and alignment. New str. */
MoltValue molt_format_spec_layout_number(const MoltFormatSpec *spec, bool negative,
                                         const char *prefix, const char *digits,
                                         size_t digit_count, const char *remainder,
                                         size_t remainder_length);

#endif
