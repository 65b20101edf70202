/* Mixed-type numeric dispatch: binary operators, exact comparisons, unary
 * operators, hashing, truth and str() for any int, bool or float operands,
 * with Python's promotion rules (int op int stays int except '/', anything
 * with a float is a float). The generic operators in ops.c try these first. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "unicode_db.h"

bool molt_is_number(MoltValue v) { return molt_is_double(v) || molt_is_int(v); }

/* Both operands as doubles (raising OverflowError for huge ints). */
static bool number_to_doubles(MoltValue a, MoltValue b, double *x, double *y) {
    if (molt_is_double(a)) *x = molt_as_double(a);
    else if (!molt_int_to_double(a, x)) return false;
    if (molt_is_double(b)) *y = molt_as_double(b);
    else if (!molt_int_to_double(b, y)) return false;
    return true;
}

static MoltValue number_float_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    switch (op) {
    case MOLT_OP_ADD: case MOLT_OP_SUB: case MOLT_OP_MUL: case MOLT_OP_TRUEDIV:
    case MOLT_OP_MOD: case MOLT_OP_POW: case MOLT_OP_FLOORDIV:
        break;
    default:
        return MOLT_NOT_IMPLEMENTED;   /* <<, &, @ ... are not defined for floats */
    }
    double x, y;
    if (!number_to_doubles(a, b, &x, &y)) return MOLT_ERROR;
    switch (op) {
    case MOLT_OP_ADD: return molt_from_double(x + y);
    case MOLT_OP_SUB: return molt_from_double(x - y);
    case MOLT_OP_MUL: return molt_from_double(x * y);
    case MOLT_OP_TRUEDIV: return molt_float_truediv(x, y);
    case MOLT_OP_MOD: return molt_float_mod(x, y);
    case MOLT_OP_FLOORDIV: return molt_float_floordiv(x, y);
    default: return molt_float_pow(x, y);
    }
}

MoltValue molt_number_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (!molt_is_number(a) || !molt_is_number(b)) return MOLT_NOT_IMPLEMENTED;
    if (molt_is_double(a) || molt_is_double(b)) return number_float_op(op, a, b);
    bool both_bool = molt_is_bool(a) && molt_is_bool(b);
    switch (op) {
    case MOLT_OP_ADD: return molt_int_add(a, b);
    case MOLT_OP_SUB: return molt_int_sub(a, b);
    case MOLT_OP_MUL: return molt_int_mul(a, b);
    case MOLT_OP_TRUEDIV: return molt_int_truediv(a, b);
    case MOLT_OP_MOD: return molt_int_mod(a, b);
    case MOLT_OP_FLOORDIV: return molt_int_floordiv(a, b);
    case MOLT_OP_POW: return molt_int_pow(a, b);
    case MOLT_OP_LSHIFT: return molt_int_lshift(a, b);
    case MOLT_OP_RSHIFT: return molt_int_rshift(a, b);
    /* bool & | ^ bool stays a bool */
    case MOLT_OP_AND:
        return both_bool ? molt_from_bool(molt_bool_value(a) && molt_bool_value(b)) : molt_int_and(a, b);
    case MOLT_OP_OR:
        return both_bool ? molt_from_bool(molt_bool_value(a) || molt_bool_value(b)) : molt_int_or(a, b);
    case MOLT_OP_XOR:
        return both_bool ? molt_from_bool(molt_bool_value(a) != molt_bool_value(b)) : molt_int_xor(a, b);
    default:
        return MOLT_NOT_IMPLEMENTED;
    }
}

/* Compares an int with a finite or infinite, non-NaN double exactly: -1, 0, 1. */
static int number_compare_int_double(MoltValue i, double d) {
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t small;
    const int64_t exact_limit = (int64_t)1 << 53;
    if (molt_int_to_i64(i, &small) && small >= -exact_limit && small <= exact_limit) {
        double x = (double)small;
        return (x > d) - (x < d);
    }
    /* i against floor(d): if they differ that decides; if equal, d's
     * fractional part does. */
    double floor_d = floor(d);
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(i, storage);
    size_t capacity = molt_bigint_from_double_capacity(floor_d);
    MoltDigit local[40];
    MoltDigit *digits = capacity <= 40 ? local : malloc(capacity * sizeof *digits);
    if (!digits) {
        /* Out of memory for a ~1024-bit scratch: fall back to rounding. */
        double x;
        if (!molt_bigint_to_double(&view, &x)) return view.negative ? -1 : 1;
        return (x > d) - (x < d);
    }
    MoltBigint floor_value = {digits, 0, false};
    molt_bigint_from_double(&floor_value, floor_d);
    int result = molt_bigint_compare(&view, &floor_value);
    if (digits != local) free(digits);
    if (result != 0) return result;
    return d > floor_d ? -1 : 0;
}

static int number_apply_compare(MoltCompareOp op, int order) {
    switch (op) {
    case MOLT_CMP_LT: return order < 0;
    case MOLT_CMP_LE: return order <= 0;
    case MOLT_CMP_EQ: return order == 0;
    case MOLT_CMP_NE: return order != 0;
    case MOLT_CMP_GT: return order > 0;
    default: return order >= 0;
    }
}

int molt_number_compare(MoltCompareOp op, MoltValue a, MoltValue b, int *result) {
    bool a_double = molt_is_double(a), b_double = molt_is_double(b);
    if (!(a_double || molt_is_int(a)) || !(b_double || molt_is_int(b))) return 0;
    if (a_double && b_double) {
        double x = molt_as_double(a), y = molt_as_double(b);
        switch (op) {
        case MOLT_CMP_LT: *result = x < y; break;
        case MOLT_CMP_LE: *result = x <= y; break;
        case MOLT_CMP_EQ: *result = x == y; break;
        case MOLT_CMP_NE: *result = x != y; break;
        case MOLT_CMP_GT: *result = x > y; break;
        default: *result = x >= y; break;
        }
        return 1;
    }
    if (!a_double && !b_double) {
        *result = number_apply_compare(op, molt_int_compare(a, b));
        return 1;
    }
    double d = molt_as_double(a_double ? a : b);
    if (isnan(d)) {
        *result = op == MOLT_CMP_NE;
        return 1;
    }
    int order = number_compare_int_double(a_double ? b : a, d);
    *result = number_apply_compare(op, a_double ? -order : order);
    return 1;
}

MoltValue molt_number_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    int result;
    if (!molt_number_compare(op, a, b, &result)) return MOLT_NOT_IMPLEMENTED;
    return molt_from_bool(result);
}

MoltValue molt_number_negative(MoltValue a) {
    if (molt_is_double(a)) return molt_from_double(-molt_as_double(a));
    return molt_int_neg(a);
}

MoltValue molt_number_positive(MoltValue a) {
    if (molt_is_bool(a)) return molt_from_small_int(molt_bool_value(a));
    molt_incref(a);
    return a;
}

MoltValue molt_number_invert(MoltValue a) {
    if (molt_is_double(a))
        return molt_raise_format(&molt_type_TypeError, "bad operand type for unary ~: 'float'");
    return molt_int_invert(a);
}

MoltValue molt_number_abs(MoltValue a) {
    if (molt_is_double(a)) return molt_from_double(fabs(molt_as_double(a)));
    return molt_int_abs(a);
}

int64_t molt_number_hash(MoltValue v) {
    if (molt_is_double(v)) return molt_float_hash(molt_as_double(v));
    if (molt_is_bool(v)) return molt_bool_value(v);
    return molt_int_hash(v);
}

int molt_number_truthy(MoltValue v) {
    if (molt_is_double(v)) return molt_as_double(v) != 0.0;
    if (molt_is_bool(v)) return molt_bool_value(v);
    if (molt_is_small_int(v)) return molt_small_int_value(v) != 0;
    return molt_int_compare(v, molt_from_small_int(0)) != 0;
}

MoltValue molt_number_str(MoltValue v) {
    if (molt_is_double(v)) return molt_float_repr(molt_as_double(v));
    if (molt_is_bool(v)) return molt_bool_value(v) ? molt_str_from_utf8("True", 4)
                                                   : molt_str_from_utf8("False", 5);
    return molt_int_repr(v);
}

const char *molt_number_ascii_text(const char *text, size_t length, size_t *out_length,
                                   bool *copied) {
    *copied = false;
    *out_length = length;
    size_t i = 0;
    while (i < length && (unsigned char)text[i] < 0x80) i++;
    if (i == length) return text;
    char *ascii = malloc(length + 1);
    if (!ascii) return NULL;
    size_t written = 0;
    for (i = 0; i < length;) {
        unsigned char lead = (unsigned char)text[i];
        if (lead < 0x80) {
            ascii[written++] = (char)lead;
            i++;
            continue;
        }
        size_t extra = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        uint32_t code_point = lead & (0x3F >> extra);
        for (size_t k = 1; k <= extra && i + k < length; k++)
            code_point = (code_point << 6) | ((unsigned char)text[i + k] & 0x3F);
        i += 1 + extra;
        int digit = molt_unicode_decimal_value(code_point);
        if (digit >= 0) ascii[written++] = (char)('0' + digit);
        else if (molt_unicode_is_space(code_point)) ascii[written++] = ' ';
        else ascii[written++] = '?';
    }
    ascii[written] = 0;
    *copied = true;
    *out_length = written;
    return ascii;
}

/* float.as_integer_ratio(): the exact fraction, in lowest terms. */
static MoltValue number_float_ratio(double d) {
    if (isinf(d))
        return molt_raise_format(&molt_type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return molt_raise_format(&molt_type_ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = frexp(d, &exponent);
    /* Shift bits into the integer part until none is left after the point;
     * the numerator is then odd whenever the exponent is negative. */
    for (int i = 0; i < 300 && mantissa != floor(mantissa); i++) {
        mantissa *= 2.0;
        exponent--;
    }
    MoltValue numerator = molt_int_from_double(mantissa);
    if (numerator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue denominator = molt_from_small_int(1);
    MoltValue shift = molt_from_small_int(exponent < 0 ? -exponent : exponent);
    MoltValue *target = exponent > 0 ? &numerator : &denominator;
    MoltValue shifted = molt_int_lshift(*target, shift);
    molt_decref(*target);
    *target = shifted;
    if (shifted == MOLT_ERROR) {
        molt_decref(numerator);
        molt_decref(denominator);
        return MOLT_ERROR;
    }
    MoltValue items[2] = {numerator, denominator};
    return molt_tuple_from_owned(items, 2);
}

MoltValue molt_number_call_method(MoltValue self, const char *name, const MoltValue *args,
                                  size_t nargs, MoltValue kwnames) {
    bool is_float = molt_is_double(self);
    if (!is_float && strcmp(name, "to_bytes") == 0) return molt_int_to_bytes(self, args, nargs, kwnames);
    static const char *const int_methods[] = {"bit_length", "bit_count", "is_integer", "conjugate",
                                              "as_integer_ratio", NULL};
    static const char *const float_methods[] = {"is_integer", "conjugate", "as_integer_ratio", "hex",
                                                 NULL};
    const char *const *methods = is_float ? float_methods : int_methods;
    size_t index = 0;
    while (methods[index] && strcmp(methods[index], name) != 0) index++;
    if (!methods[index]) return MOLT_NOT_IMPLEMENTED;
    size_t given = nargs + (molt_is_none(kwnames) ? 0 : (size_t)molt_tuple_length(kwnames));
    const char *type_name = is_float ? "float" : molt_is_bool(self) ? "bool" : "int";
    if (given > 0)
        return molt_raise_format(&molt_type_TypeError, "%s.%s() takes no arguments (%zu given)",
                                 type_name, name, given);
    if (is_float) {
        double d = molt_as_double(self);
        if (strcmp(name, "is_integer") == 0) return molt_from_bool(isfinite(d) && d == floor(d));
        if (strcmp(name, "conjugate") == 0) return self;
        if (strcmp(name, "hex") == 0) return molt_float_hex(d);
        return number_float_ratio(d);
    }
    if (strcmp(name, "bit_length") == 0 || strcmp(name, "bit_count") == 0) {
        MoltDigit storage[2];
        MoltBigint view = molt_int_view(self, storage);
        if (name[4] == 'l') return molt_int_from_i64((int64_t)molt_bigint_bit_length(&view));
        int64_t count = 0;
        for (size_t i = 0; i < view.length; i++) count += __builtin_popcount(view.digits[i]);
        return molt_int_from_i64(count);
    }
    if (strcmp(name, "is_integer") == 0) return MOLT_TRUE;
    if (strcmp(name, "conjugate") == 0) return molt_number_positive(self);
    MoltValue items[2] = {molt_number_positive(self), molt_from_small_int(1)};
    return molt_tuple_from_owned(items, 2);
}

MoltValue molt_number_getattr(MoltValue self, const char *name) {
    bool is_float = molt_is_double(self);
    if (strcmp(name, "real") == 0) return molt_number_positive(self);
    if (strcmp(name, "imag") == 0) return is_float ? molt_from_double(0.0) : molt_from_small_int(0);
    if (is_float) return MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "numerator") == 0) return molt_number_positive(self);
    if (strcmp(name, "denominator") == 0) return molt_from_small_int(1);
    return MOLT_NOT_IMPLEMENTED;
}
