/* Python float: arithmetic with CPython's exceptions, format(), round(),
 * float(str), hashing and the float type object. Floats are unboxed doubles
 * in MoltValue, so there is no allocation here; text conversion of digits
 * lives in float_repr.c. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "class_internal.h"
#include "exc_object.h"
#include "number.h"
#include "../core/args.h"

static MoltValue float_no_memory(void) {
    return molt_raise_format(&molt_type_MemoryError, "out of memory");
}

/* ---- arithmetic ----------------------------------------------------------- */

MoltValue molt_float_truediv(double a, double b) {
    if (b == 0.0) return molt_raise_format(&molt_type_ZeroDivisionError, "float division by zero");
    return molt_from_double(a / b);
}

MoltValue molt_float_floordiv(double a, double b) {
    double result;
    if (!molt_f64_floordiv(a, b, &result))
        return molt_raise_format(&molt_type_ZeroDivisionError, "float floor division by zero");
    return molt_from_double(result);
}

MoltValue molt_float_mod(double a, double b) {
    double result;
    if (!molt_f64_mod(a, b, &result))
        return molt_raise_format(&molt_type_ZeroDivisionError, "float modulo");
    return molt_from_double(result);
}

bool molt_float_divmod(double a, double b, double *quotient, double *remainder) {
    if (b == 0.0) {
        molt_raise_format(&molt_type_ZeroDivisionError, "float divmod()");
        return false;
    }
    molt_f64_floordiv(a, b, quotient);
    molt_f64_mod(a, b, remainder);
    return true;
}

/* float ** float overflowing: CPython raises OverflowError(errno, strerror)
 * from the C library's ERANGE, so args is the pair (34, '...'). */
static MoltValue raise_range_error(void) {
    const char *text = "Numerical result out of range";
    MoltValue items[2] = {molt_from_small_int(34), molt_str_from_utf8(text, strlen(text))};
    MoltValue args = molt_tuple_from_owned(items, 2);
    MoltValue exception = molt_exception_new(&molt_type_OverflowError, args);
    molt_decref(args);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

static bool float_is_odd_integer(double d) { return fmod(fabs(d), 2.0) == 1.0; }

MoltValue molt_float_pow(double a, double b) {
    /* The special cases follow CPython's float_pow, which follows C99 Annex F
     * except where Python raises. */
    if (b == 0.0) return molt_from_double(1.0);
    if (isnan(a)) return molt_from_double(a);
    if (isnan(b)) return molt_from_double(a == 1.0 ? 1.0 : b);
    if (isinf(b)) {
        double magnitude = fabs(a);
        if (magnitude == 1.0) return molt_from_double(1.0);
        if ((b > 0.0) == (magnitude > 1.0)) return molt_from_double(fabs(b));
        return molt_from_double(0.0);
    }
    if (isinf(a)) {
        bool odd = float_is_odd_integer(b);
        if (b > 0.0) return molt_from_double(odd ? a : fabs(a));
        return molt_from_double(odd ? copysign(0.0, a) : 0.0);
    }
    if (a == 0.0) {
        if (b < 0.0)
            return molt_raise_format(&molt_type_ZeroDivisionError,
                                     "0.0 cannot be raised to a negative power");
        return molt_from_double(float_is_odd_integer(b) ? a : 0.0);
    }
    bool negate = false;
    if (a < 0.0) {
        if (b != floor(b))
            /* CPython returns a complex number here; Molt has no complex type. */
            return molt_raise_format(&molt_type_ValueError,
                                     "negative number cannot be raised to a fractional power");
        a = -a;
        negate = float_is_odd_integer(b);
    }
    if (a == 1.0) return molt_from_double(negate ? -1.0 : 1.0);
    double result = pow(a, b);
    if (isinf(result)) return raise_range_error();
    return molt_from_double(negate ? -result : result);
}

/* ---- text ----------------------------------------------------------------- */

MoltValue molt_float_repr(double d) {
    size_t length;
    char *text = molt_float_to_string(d, 'r', 0, MOLT_FLOAT_ADD_DOT_0, &length);
    if (!text) return float_no_memory();
    MoltValue result = molt_str_from_utf8(text, length);
    free(text);
    return result;
}

MoltValue molt_float_format_parsed(double d, const MoltFormatSpec *spec) {
    char type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        molt_format_spec_unknown_type(type, "float");
        return MOLT_ERROR;
    }
    if (spec->precision > INT_MAX)
        return molt_raise_format(&molt_type_ValueError, "precision too big");
    unsigned flags = 0;
    if (spec->alternate) flags |= MOLT_FLOAT_ALTERNATE;
    if (spec->no_negative_zero) flags |= MOLT_FLOAT_NO_NEGATIVE_ZERO;
    int64_t precision = spec->precision;
    int64_t default_precision = 6;
    if (type == 0) {
        /* Like repr without a precision, else like 'g' with at least one
         * digit after the point. */
        flags |= MOLT_FLOAT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = false;
    if (type == '%') {
        type = 'f';
        d *= 100.0;
        percent = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    return molt_float_layout(d, type, precision, flags, percent, spec);
}

MoltValue molt_float_layout(double d, char code, int64_t precision, unsigned flags, bool percent,
                            const MoltFormatSpec *spec) {
    size_t length;
    char *text = molt_float_to_string(d, code, precision, flags, &length);
    if (!text) return float_no_memory();
    char *body = text;
    bool negative = false;
    if (body[0] == '-') {
        negative = true;
        body++;
        length--;
    }
    size_t digit_count = 0;
    while (digit_count < length && body[digit_count] >= '0' && body[digit_count] <= '9') digit_count++;
    /* The remainder: point, fraction, exponent, and the '%' sign. */
    size_t remainder_length = length - digit_count;
    char *remainder = malloc(remainder_length + 2);
    if (!remainder) {
        free(text);
        return float_no_memory();
    }
    memcpy(remainder, body + digit_count, remainder_length);
    if (percent) remainder[remainder_length++] = '%';
    MoltValue result = molt_format_spec_layout_number(spec, negative, "", body, digit_count, remainder,
                                                      remainder_length);
    free(remainder);
    free(text);
    return result;
}

MoltValue molt_float_format(double d, MoltValue spec) {
    size_t spec_length;
    molt_str_utf8(spec, &spec_length);
    if (spec_length == 0) return molt_float_repr(d);
    MoltFormatSpec parsed;
    if (!molt_format_spec_parse_for(spec, "float", 0, &parsed)) return MOLT_ERROR;
    return molt_float_format_parsed(d, &parsed);
}

/* ---- float(str) ----------------------------------------------------------- */

static bool float_is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

static bool float_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copies a run of digits with single underscores between them into *out;
 * returns the number of digits (0 when there are none or an underscore is
 * misplaced, in which case *ok is cleared). */
static size_t float_scan_digits(const char *text, size_t length, size_t *position, char **out,
                                bool *ok) {
    size_t count = 0;
    while (*position < length) {
        char c = text[*position];
        if (float_is_digit(c)) {
            *(*out)++ = c;
            count++;
            (*position)++;
        } else if (c == '_' && count > 0 && *position + 1 < length &&
                   float_is_digit(text[*position + 1])) {
            (*position)++;
        } else {
            break;
        }
    }
    if (*position < length && text[*position] == '_') *ok = false;
    return count;
}

static bool float_matches_word(const char *text, size_t length, const char *word) {
    if (strlen(word) != length) return false;
    for (size_t i = 0; i < length; i++)
        if ((text[i] | 0x20) != word[i]) return false;
    return true;
}

/* Python's float syntax: [sign] (inf | infinity | nan | digits [. digits]
 * [e [sign] digits]) with single underscores between digits. */
static bool float_parse(const char *text, size_t length, double *out) {
    size_t position = 0;
    bool negative = false;
    if (position < length && (text[position] == '+' || text[position] == '-'))
        negative = text[position++] == '-';
    const char *word = text + position;
    size_t word_length = length - position;
    if (float_matches_word(word, word_length, "inf") || float_matches_word(word, word_length, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        return true;
    }
    if (float_matches_word(word, word_length, "nan")) {
        *out = NAN;
        return true;
    }
    char *clean = malloc(length + 2);
    if (!clean) return false;
    char *cursor = clean;
    bool ok = true;
    size_t mantissa_digits = float_scan_digits(text, length, &position, &cursor, &ok);
    if (ok && position < length && text[position] == '.') {
        *cursor++ = '.';
        position++;
        if (position < length && text[position] == '_') ok = false;
        mantissa_digits += float_scan_digits(text, length, &position, &cursor, &ok);
    }
    if (mantissa_digits == 0) ok = false;
    if (ok && position < length && (text[position] == 'e' || text[position] == 'E')) {
        *cursor++ = 'e';
        position++;
        if (position < length && (text[position] == '+' || text[position] == '-'))
            *cursor++ = text[position++];
        if (float_scan_digits(text, length, &position, &cursor, &ok) == 0) ok = false;
    }
    *cursor = 0;
    if (ok && position == length) {
        double value = molt_float_parse_decimal(clean);
        *out = negative ? -value : value;
    } else {
        ok = false;
    }
    free(clean);
    return ok;
}

/* float(text) of ASCII text (surrounding whitespace allowed); `source` is
 * the str or bytes-like object the text came from, for the error. */
static MoltValue float_from_ascii(const char *bytes, size_t length, MoltValue source) {
    size_t start = 0, end = length;
    while (start < end && float_is_space((unsigned char)bytes[start])) start++;
    while (end > start && float_is_space((unsigned char)bytes[end - 1])) end--;
    double value;
    if (float_parse(bytes + start, end - start, &value)) return molt_from_double(value);
    MoltValue repr = molt_repr(source);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    size_t repr_length;
    const char *repr_text = molt_str_utf8(repr, &repr_length);
    molt_raise_format(&molt_type_ValueError, "could not convert string to float: %.*s",
                      (int)repr_length, repr_text);
    molt_decref(repr);
    return MOLT_ERROR;
}

MoltValue molt_float_from_str(MoltValue text) {
    size_t utf8_length, length;
    const char *utf8 = molt_str_utf8(text, &utf8_length);
    bool copied;
    const char *bytes = molt_number_ascii_text(utf8, utf8_length, &length, &copied);
    if (!bytes) return float_no_memory();
    MoltValue result = float_from_ascii(bytes, length, text);
    if (copied) free((char *)bytes);
    return result;
}

/* ---- hashing -------------------------------------------------------------- */

#define FLOAT_HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define FLOAT_HASH_INF 314159

int64_t molt_float_hash(double d) {
    /* CPython 3.12 hashes a NaN by object identity; unboxed floats have no
     * identity, so every NaN hashes to 0 (CPython 3.9's value). */
    if (isnan(d)) return 0;
    if (isinf(d)) return d > 0 ? FLOAT_HASH_INF : -FLOAT_HASH_INF;
    int exponent;
    double mantissa = frexp(d, &exponent);
    int sign = 1;
    if (mantissa < 0) {
        sign = -1;
        mantissa = -mantissa;
    }
    /* Reduce the value modulo 2**61 - 1, 28 bits of mantissa at a time, so
     * that integral floats hash like the equal int. */
    uint64_t x = 0;
    while (mantissa) {
        x = ((x << 28) & FLOAT_HASH_MODULUS) | x >> (61 - 28);
        mantissa *= 268435456.0;
        exponent -= 28;
        uint64_t y = (uint64_t)mantissa;
        mantissa -= (double)y;
        x += y;
        if (x >= FLOAT_HASH_MODULUS) x -= FLOAT_HASH_MODULUS;
    }
    exponent = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61);
    x = ((x << exponent) & FLOAT_HASH_MODULUS) | x >> (61 - exponent);
    int64_t hash = (int64_t)x * sign;
    return hash == -1 ? -2 : hash;
}

/* ---- round ---------------------------------------------------------------- */

/* Rounds d (finite, non-zero) to `places` decimal places (negative: to tens,
 * hundreds...) half to even, as CPython's double_round does with dtoa mode 3. */
static MoltValue float_round_places(double d, int64_t places) {
    double rounded;
    if (places >= 0) {
        /* printf's %.Nf is correctly rounded, ties to even. */
        size_t length;
        char *text = molt_float_to_string(fabs(d), 'f', places, 0, &length);
        if (!text) return float_no_memory();
        rounded = strtod(text, NULL);
        free(text);
    } else if (fabs(d) < 1.0) {
        rounded = 0.0;
    } else {
        /* The exact decimal expansion (a double >= 1 has at most 52
         * fractional digits), rounded by hand at 10**-places. */
        char text[400];
        snprintf(text, sizeof text, "%.60f", fabs(d));
        int64_t integer_digits = strchr(text, '.') - text;
        int64_t dropped = -places;
        int64_t kept = integer_digits - dropped;
        bool round_up = false;
        if (kept >= 0) {
            char first = text[kept];
            bool rest_nonzero = false;
            for (const char *cursor = text + kept + 1; *cursor; cursor++)
                if (*cursor >= '1' && *cursor <= '9') rest_nonzero = true;
            if (first > '5' || (first == '5' && rest_nonzero)) round_up = true;
            else if (first == '5') round_up = kept > 0 && ((text[kept - 1] - '0') & 1);
        } else {
            kept = 0;
        }
        char digits[400];
        memcpy(digits + 1, text, (size_t)kept);
        digits[0] = '0';   /* room for a carry out of the top digit */
        if (round_up) {
            int64_t i = kept;
            while (digits[i] == '9') digits[i--] = '0';
            digits[i]++;
        }
        char number[440];
        snprintf(number, sizeof number, "%.*se%d", (int)kept + 1, digits, (int)dropped);
        rounded = strtod(number, NULL);
        if (isinf(rounded))
            return molt_raise_format(&molt_type_OverflowError, "rounded value too large to represent");
    }
    return molt_from_double(copysign(rounded, d));
}

MoltValue molt_float_round(double d, MoltValue ndigits) {
    if (molt_is_none(ndigits)) {
        double rounded = round(d);
        if (fabs(d - rounded) == 0.5) rounded = 2.0 * round(d / 2.0);  /* ties to even */
        return molt_int_from_double(rounded);
    }
    if (!molt_is_int(ndigits))
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(ndigits)->name);
    int64_t places;
    if (!molt_int_to_i64(ndigits, &places)) {
        MoltValue zero = molt_from_small_int(0);
        places = molt_int_compare(ndigits, zero) < 0 ? INT64_MIN : INT64_MAX;
    }
    /* Beyond these every double is already exact, or rounds to zero. */
    const int64_t most_places = 323, fewest_places = -308;
    if (places > most_places) return molt_from_double(d);
    if (places < fewest_places) return molt_from_double(0.0 * d);
    if (!isfinite(d) || d == 0.0) return molt_from_double(d);
    return float_round_places(d, places);
}

/* ---- the float type ------------------------------------------------------- */

/* float() and float(x). */
static MoltValue float_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (callable != molt_from_ptr(&molt_type_float))
        return molt_raise_format(&molt_type_TypeError, "'float' object is not callable");
    if (!molt_is_none(kwnames) && molt_tuple_length(kwnames) > 0)
        return molt_raise_format(&molt_type_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError, "float expected at most 1 argument, got %zu",
                                 nargs);
    if (nargs == 0) return molt_from_double(0.0);
    MoltValue value = args[0];
    if (molt_is_double(value)) return value;
    if (molt_is_int(value)) {
        double d;
        if (!molt_int_to_double(value, &d)) return MOLT_ERROR;
        return molt_from_double(d);
    }
    if (molt_type_of(value) == &molt_type_str) return molt_float_from_str(value);
    if (molt_is_bytes_like(value) || molt_is_memoryview(value)) {
        /* The bytes are read as they are: no Unicode digits or spaces. */
        const unsigned char *data;
        size_t length;
        if (!molt_bytes_argument(value, &data, &length)) return MOLT_ERROR;
        return float_from_ascii((const char *)data, length, value);
    }
    MoltValue converted = molt_instance_float(value);
    if (converted != MOLT_NOT_IMPLEMENTED) return converted;
    return molt_raise_format(&molt_type_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             molt_type_of(value)->name);
}

static MoltValue float_format_slot(MoltValue self, MoltValue spec) {
    return molt_float_format(molt_as_double(self), spec);
}

/* float.fromhex(text). */
static MoltValue float_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    (void)owner;
    if (strcmp(name, "fromhex") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_exactly_one("float.fromhex", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_float_fromhex(args[0]);
}

MoltType molt_type_float = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "float",
    .base = &molt_type_object,
    .repr = molt_number_str,
    .hash = molt_number_hash,
    .binary_op = molt_number_binary_op,
    .unary_negative = molt_number_negative,
    .unary_positive = molt_number_positive,
    .richcompare = molt_number_richcompare,
    .truthy = molt_number_truthy,
    .call_method = molt_number_call_method,
    .getattr = molt_number_getattr,
    .call = float_call,
    .format = float_format_slot,
    .class_method = float_class_method,
};
