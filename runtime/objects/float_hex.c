/* float.hex() and float.fromhex(): the exact hexadecimal notation of a double
 * ("-0x1.8000000000000p+1") and its correctly rounded (half-even) parse, with
 * CPython's output format and error messages. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "number.h"

/* Hex digits after the point in float.hex(): the 52 fraction bits of a double. */
#define FLOAT_HEX_FRACTION_DIGITS 13
/* Significant hex digits kept exactly while parsing (60 bits fit in uint64_t);
 * the rest only matter through a sticky "anything non-zero" bit. */
#define FLOAT_HEX_KEPT_DIGITS 15
/* Exponents beyond this are clamped: the result is 0 or an overflow anyway. */
#define FLOAT_HEX_EXPONENT_CLAMP 100000000

MoltValue molt_float_hex(double d) {
    if (isnan(d)) return molt_str_from_utf8("nan", 3);
    if (isinf(d)) return d > 0 ? molt_str_from_utf8("inf", 3) : molt_str_from_utf8("-inf", 4);
    const char *sign = signbit(d) ? "-" : "";
    char text[40];
    if (d == 0.0) {
        int length = snprintf(text, sizeof text, "%s0x0.0p+0", sign);
        return molt_str_from_utf8(text, (size_t)length);
    }
    int exponent;
    double mantissa = frexp(fabs(d), &exponent);
    /* Normal numbers print as 1.xxx; subnormals keep the minimum exponent and
     * print as 0.xxx. */
    int shift = 1 - (DBL_MIN_EXP - exponent > 0 ? DBL_MIN_EXP - exponent : 0);
    mantissa = ldexp(mantissa, shift);
    exponent -= shift;
    static const char hex_digits[] = "0123456789abcdef";
    char digits[FLOAT_HEX_FRACTION_DIGITS + 3];
    size_t count = 0;
    digits[count++] = hex_digits[(int)mantissa];
    mantissa -= (int)mantissa;
    digits[count++] = '.';
    for (int i = 0; i < FLOAT_HEX_FRACTION_DIGITS; i++) {
        mantissa *= 16.0;
        digits[count++] = hex_digits[(int)mantissa];
        mantissa -= (int)mantissa;
    }
    digits[count] = 0;
    int length = snprintf(text, sizeof text, "%s0x%sp%c%d", sign, digits, exponent < 0 ? '-' : '+',
                          exponent < 0 ? -exponent : exponent);
    return molt_str_from_utf8(text, (size_t)length);
}

static bool float_hex_is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int float_hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Case-insensitive match of `word` at text[*position]; advances on success. */
static bool float_hex_match_word(const char *text, size_t length, size_t *position,
                                 const char *word) {
    size_t word_length = strlen(word);
    if (length - *position < word_length) return false;
    for (size_t i = 0; i < word_length; i++) {
        char c = text[*position + i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    *position += word_length;
    return true;
}

/* mantissa * 2**exponent (mantissa != 0, < 2**60; sticky: non-zero bits lie
 * below it) rounded half-even to a double. False on overflow. */
static bool float_hex_round(uint64_t mantissa, int64_t exponent, bool sticky, double *out) {
    int bits = 64 - __builtin_clzll(mantissa);
    int64_t top = bits - 1 + exponent;   /* the value lies in [2**top, 2**(top + 1)) */
    if (top > DBL_MAX_EXP - 1) return false;
    /* Subnormals keep fewer bits: the lowest representable bit is 2**-1074. */
    int64_t precision = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : DBL_MANT_DIG - (DBL_MIN_EXP - 1 - top);
    if (precision < 0) {
        *out = 0.0;
        return true;
    }
    int64_t drop = bits - precision;
    if (drop > 0) {
        uint64_t rest = mantissa & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        mantissa >>= drop;
        exponent += drop;
        if (rest > half || (rest == half && (sticky || (mantissa & 1)))) mantissa++;
    }
    *out = ldexp((double)mantissa, (int)exponent);
    return !isinf(*out);
}

/* Parses CPython's float.fromhex grammar:
 *   [ws] [sign] ( inf | infinity | nan | [0x] hex* [. hex*] [p [sign] decimal+] ) [ws]
 * with at least one hex digit. Returns 1 on success, 0 when malformed, -1 on overflow. */
static int float_hex_parse(const char *text, size_t length, double *out) {
    size_t position = 0;
    while (position < length && float_hex_is_space(text[position])) position++;
    bool negative = false;
    if (position < length && (text[position] == '+' || text[position] == '-'))
        negative = text[position++] == '-';
    double special = 0.0;
    bool is_special = true;
    if (float_hex_match_word(text, length, &position, "infinity") ||
        float_hex_match_word(text, length, &position, "inf"))
        special = INFINITY;
    else if (float_hex_match_word(text, length, &position, "nan"))
        special = NAN;
    else
        is_special = false;
    double value = special;
    if (!is_special) {
        if (length - position >= 2 && text[position] == '0' &&
            (text[position + 1] == 'x' || text[position + 1] == 'X'))
            position += 2;
        uint64_t mantissa = 0;
        int64_t kept = 0, dropped = 0, fraction_digits = 0, digit_count = 0;
        bool sticky = false, in_fraction = false;
        for (; position < length; position++) {
            char c = text[position];
            if (c == '.' && !in_fraction) {
                in_fraction = true;
                continue;
            }
            int digit = float_hex_digit(c);
            if (digit < 0) break;
            digit_count++;
            if (in_fraction) fraction_digits++;
            if (mantissa == 0 && digit == 0) continue;   /* leading zeros */
            if (kept < FLOAT_HEX_KEPT_DIGITS) {
                mantissa = mantissa * 16 + (uint64_t)digit;
                kept++;
            } else {
                dropped++;
                sticky |= digit != 0;
            }
        }
        if (digit_count == 0) return 0;
        int64_t binary_exponent = 0;
        if (position < length && (text[position] == 'p' || text[position] == 'P')) {
            position++;
            bool exponent_negative = false;
            if (position < length && (text[position] == '+' || text[position] == '-'))
                exponent_negative = text[position++] == '-';
            size_t exponent_start = position;
            for (; position < length && text[position] >= '0' && text[position] <= '9'; position++) {
                if (binary_exponent < FLOAT_HEX_EXPONENT_CLAMP)
                    binary_exponent = binary_exponent * 10 + (text[position] - '0');
            }
            if (position == exponent_start) return 0;
            if (exponent_negative) binary_exponent = -binary_exponent;
        }
        if (mantissa == 0) {
            value = 0.0;
        } else {
            int64_t exponent = binary_exponent + 4 * (dropped - fraction_digits);
            if (exponent > FLOAT_HEX_EXPONENT_CLAMP) exponent = FLOAT_HEX_EXPONENT_CLAMP;
            if (exponent < -FLOAT_HEX_EXPONENT_CLAMP) exponent = -FLOAT_HEX_EXPONENT_CLAMP;
            /* CPython reports an overflow before looking at what follows. */
            if (!float_hex_round(mantissa, exponent, sticky, &value)) return -1;
        }
    }
    while (position < length && float_hex_is_space(text[position])) position++;
    if (position != length) return 0;
    *out = negative ? -value : value;
    return 1;
}

MoltValue molt_float_fromhex(MoltValue text) {
    if (molt_type_of(text) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "bad argument type for built-in operation");
    size_t length;
    const char *utf8 = molt_str_utf8(text, &length);
    double value;
    int status = float_hex_parse(utf8, length, &value);
    if (status > 0) return molt_from_double(value);
    if (status < 0)
        return molt_raise_format(&molt_type_OverflowError,
                                 "hexadecimal value too large to represent as a float");
    return molt_raise_format(&molt_type_ValueError, "invalid hexadecimal floating-point string");
}
