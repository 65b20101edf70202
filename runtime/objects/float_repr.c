/* Floats to text exactly as CPython's PyOS_double_to_string: decimal digits
 * come from the C library's correctly rounded printf for a given precision,
 * or float_shortest.c's shortest round-trip digits for repr; then CPython's
 * layout rules place the point, exponent, padding zeros and sign. Used by
 * repr(float), str(float) and format(). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"

/* A decimal digit string d1 d2 ... dn meaning 0.d1d2...dn * 10**point, with
 * no trailing zeros ("" means zero after rounding away every digit). */
typedef struct FloatDigits {
    char *digits; /* malloc'd, or `shortest` */
    size_t length;
    int64_t point;
    char shortest[MOLT_FLOAT_SHORTEST_DIGITS];
} FloatDigits;

static void float_digits_release(FloatDigits *digits) {
    if (digits->digits != digits->shortest) free(digits->digits);
}

static void float_digits_strip_trailing_zeros(FloatDigits *out) {
    while (out->length > 0 && out->digits[out->length - 1] == '0') out->length--;
}

/* Parses "d.ddde+XX" as printed by %e into out (which owns text). */
static void float_digits_from_exponent_text(char *text, FloatDigits *out) {
    char *exponent = strchr(text, 'e');
    size_t length = 0;
    for (char *cursor = text; cursor < exponent; cursor++)
        if (*cursor != '.') text[length++] = *cursor;
    out->point = strtol(exponent + 1, NULL, 10) + 1;
    out->digits = text;
    out->length = length;
    float_digits_strip_trailing_zeros(out);
    if (out->length == 0) {
        /* The value zero: dtoa reports it as "0" with the point after it. */
        out->length = 1;
        out->point = 1;
    }
}

/* `significant` correctly rounded significant digits of |d| (d finite). */
static bool float_digits_significant(double d, int64_t significant, FloatDigits *out) {
    size_t capacity = (size_t)significant + 32;
    char *text = malloc(capacity);
    if (!text) return false;
    snprintf(text, capacity, "%.*e", (int)(significant - 1), fabs(d));
    float_digits_from_exponent_text(text, out);
    return true;
}

/* The shortest digits that read back as |d| (d finite), the closest to d of
 * that length, as CPython's repr picks them; held in out's own buffer. */
static bool float_digits_shortest(double d, FloatDigits *out) {
    int point;
    out->digits = out->shortest;
    out->length = (size_t)molt_float_shortest_digits(fabs(d), out->shortest, &point);
    out->point = point;
    return true;
}

/* |d| correctly rounded to `places` digits after the point (d finite). */
static bool float_digits_fixed(double d, int64_t places, FloatDigits *out) {
    size_t capacity = (size_t)places + 330;
    char *text = malloc(capacity);
    if (!text) return false;
    snprintf(text, capacity, "%.*f", (int)places, fabs(d));
    char *dot = strchr(text, '.');
    int64_t integer_length = dot ? dot - text : (int64_t)strlen(text);
    size_t length = 0;
    for (char *cursor = text; *cursor; cursor++)
        if (*cursor != '.') text[length++] = *cursor;
    size_t leading = 0;
    while (leading < length && text[leading] == '0') leading++;
    memmove(text, text + leading, length - leading);
    out->digits = text;
    out->length = length - leading;
    out->point = integer_length - (int64_t)leading;
    float_digits_strip_trailing_zeros(out);
    if (d == 0.0) {
        out->length = 1;
        text[0] = '0';
        out->point = 1;
    } else if (out->length == 0) {
        out->point = -places;
    }
    return true;
}

char *molt_float_to_string(double d, char code, int64_t precision, unsigned flags,
                           size_t *length) {
    bool uppercase = code == 'E' || code == 'F' || code == 'G';
    if (uppercase) code = (char)(code + ('a' - 'A'));
    bool alternate = (flags & MOLT_FLOAT_ALTERNATE) != 0;
    bool add_dot_0 = (flags & MOLT_FLOAT_ADD_DOT_0) != 0;
    bool negative = signbit(d) != 0;
    if (!isfinite(d)) {
        char *text = malloc(8);
        if (!text) return NULL;
        const char *word = isnan(d) ? (uppercase ? "NAN" : "nan") : (uppercase ? "INF" : "inf");
        snprintf(text, 8, "%s%s", (isinf(d) && negative) ? "-" : "", word);
        *length = strlen(text);
        return text;
    }
    FloatDigits digits;
    bool ok;
    switch (code) {
    case 'e':
        precision++;
        ok = float_digits_significant(d, precision, &digits);
        break;
    case 'f':
        ok = float_digits_fixed(d, precision, &digits);
        break;
    case 'g':
        if (precision == 0) precision = 1;
        ok = float_digits_significant(d, precision, &digits);
        break;
    default:
        precision = 0;
        ok = float_digits_shortest(d, &digits);
        break;
    }
    if (!ok) return NULL;
    if ((flags & MOLT_FLOAT_NO_NEGATIVE_ZERO) && negative &&
        (digits.length == 0 || (digits.length == 1 && digits.digits[0] == '0')))
        negative = false;

    /* Which slice [start, end) of the digits, padded with zeros on both sides
     * without end, is printed; and where the point goes. */
    int64_t digit_count = (int64_t)digits.length;
    int64_t point = digits.point;
    int64_t end = digit_count;
    bool use_exponent = false;
    switch (code) {
    case 'e':
        use_exponent = true;
        end = precision;
        break;
    case 'f':
        end = point + precision;
        break;
    case 'g':
        if (point <= -4 || point > (add_dot_0 ? precision - 1 : precision)) use_exponent = true;
        if (alternate) end = precision;
        break;
    default:
        /* repr switches to exponent notation at 1e16 */
        if (point <= -4 || point > 16) use_exponent = true;
        break;
    }
    int64_t exponent = 0;
    if (use_exponent) {
        exponent = point - 1;
        point = 1;
    }
    int64_t start = point <= 0 ? point - 1 : 0;
    if (!use_exponent && add_dot_0) end = end > point ? end : point + 1;
    else end = end > point ? end : point;

    size_t capacity = (size_t)(end - start) + 16;
    char *text = malloc(capacity);
    if (!text) {
        float_digits_release(&digits);
        return NULL;
    }
    char *cursor = text;
    if (negative) *cursor++ = '-';
    if (point <= 0) {
        memset(cursor, '0', (size_t)(point - start));
        cursor += point - start;
        *cursor++ = '.';
        memset(cursor, '0', (size_t)-point);
        cursor += -point;
    } else {
        memset(cursor, '0', (size_t)-start);
        cursor += -start;
    }
    if (0 < point && point <= digit_count) {
        memcpy(cursor, digits.digits, (size_t)point);
        cursor += point;
        *cursor++ = '.';
        memcpy(cursor, digits.digits + point, (size_t)(digit_count - point));
        cursor += digit_count - point;
    } else {
        memcpy(cursor, digits.digits, (size_t)digit_count);
        cursor += digit_count;
    }
    if (digit_count < point) {
        memset(cursor, '0', (size_t)(point - digit_count));
        cursor += point - digit_count;
        *cursor++ = '.';
        memset(cursor, '0', (size_t)(end - point));
        cursor += end - point;
    } else {
        memset(cursor, '0', (size_t)(end - digit_count));
        cursor += end - digit_count;
    }
    if (cursor[-1] == '.' && !alternate) cursor--;
    if (use_exponent) {
        *cursor++ = uppercase ? 'E' : 'e';
        *cursor++ = exponent < 0 ? '-' : '+';
        int64_t magnitude = exponent < 0 ? -exponent : exponent;
        if (magnitude < 10) *cursor++ = '0';
        cursor += snprintf(cursor, 8, "%d", (int)magnitude);
    }
    *cursor = 0;
    float_digits_release(&digits);
    *length = (size_t)(cursor - text);
    return text;
}
