/* Python int (and its subclass bool): the object glue over the bigint kernels.
 * Values that fit in 48 bits are always small-int immediates; larger ones are
 * heap objects holding their digits inline. Arithmetic, conversions, text,
 * hashing, format() and the int() constructor live here. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "class_internal.h"
#include "number.h"
#include "../core/args.h"

/* The maximum number of decimal digits int <-> str converts (CPython's
 * default sys.get_int_max_str_digits()). */
#define INT_MAX_STR_DIGITS 4300

typedef struct MoltIntObject {
    MoltObject header;
    size_t length;
    bool negative;
    MoltDigit digits[];
} MoltIntObject;

static MoltIntObject *int_object(MoltValue v) { return (MoltIntObject *)molt_as_ptr(v); }

static bool int_is_heap(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_int;
}

bool molt_is_int(MoltValue v) { return molt_is_small_int(v) || molt_is_bool(v) || int_is_heap(v); }

static MoltValue int_no_memory(void) {
    return molt_raise_format(&molt_type_MemoryError, "out of memory");
}

/* A heap int with room for `capacity` digits, or NULL (MemoryError raised). */
static MoltIntObject *int_allocate(size_t capacity) {
    if (capacity == 0) capacity = 1;
    if (capacity > (SIZE_MAX - sizeof(MoltIntObject)) / sizeof(MoltDigit)) {
        int_no_memory();
        return NULL;
    }
    MoltIntObject *object = malloc(sizeof(MoltIntObject) + capacity * sizeof(MoltDigit));
    if (!object) {
        int_no_memory();
        return NULL;
    }
    object->header.refcount = 1;
    object->header.type = &molt_type_int;
    object->length = 0;
    object->negative = false;
    return object;
}

static MoltBigint int_output(MoltIntObject *object) {
    MoltBigint out = {object->digits, 0, false};
    return out;
}

/* Turns a kernel result written into `object` into a Python int: a small-int
 * immediate when it fits (freeing the object), the object otherwise. */
static MoltValue int_finish(MoltIntObject *object, const MoltBigint *result) {
    int64_t small;
    if (molt_bigint_to_i64(result, &small) && molt_fits_small_int(small)) {
        free(object);
        return molt_from_small_int(small);
    }
    object->length = result->length;
    object->negative = result->negative;
    return molt_from_ptr(object);
}

MoltBigint molt_int_view(MoltValue v, MoltDigit storage[2]) {
    if (molt_is_small_int(v)) return molt_bigint_from_i64(molt_small_int_value(v), storage);
    if (molt_is_bool(v)) return molt_bigint_from_i64(molt_bool_value(v), storage);
    MoltIntObject *object = int_object(v);
    MoltBigint view = {object->digits, object->length, object->negative};
    return view;
}

MoltValue molt_int_from_bigint(const MoltBigint *value) {
    int64_t small;
    if (molt_bigint_to_i64(value, &small)) return molt_int_from_i64(small);
    MoltIntObject *object = int_allocate(value->length);
    if (!object) return MOLT_ERROR;
    memcpy(object->digits, value->digits, value->length * sizeof(MoltDigit));
    object->length = value->length;
    object->negative = value->negative;
    return molt_from_ptr(object);
}

MoltValue molt_int_from_i64_slow(int64_t i) {
    MoltDigit storage[2];
    MoltBigint view = molt_bigint_from_i64(i, storage);
    MoltIntObject *object = int_allocate(2);
    if (!object) return MOLT_ERROR;
    memcpy(object->digits, view.digits, view.length * sizeof(MoltDigit));
    object->length = view.length;
    object->negative = view.negative;
    return molt_from_ptr(object);
}

bool molt_int_to_i64_slow(MoltValue v, int64_t *out) {
    if (molt_is_bool(v)) {
        *out = molt_bool_value(v);
        return true;
    }
    if (!int_is_heap(v)) return false;
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    return molt_bigint_to_i64(&view, out);
}

/* Both operands as int64 when both are small ints or bools. */
static bool int_small_pair(MoltValue a, MoltValue b, int64_t *x, int64_t *y) {
    if (molt_is_small_int(a)) *x = molt_small_int_value(a);
    else if (molt_is_bool(a)) *x = molt_bool_value(a);
    else return false;
    if (molt_is_small_int(b)) *y = molt_small_int_value(b);
    else if (molt_is_bool(b)) *y = molt_bool_value(b);
    else return false;
    return true;
}

static bool int_is_small(MoltValue v, int64_t *out) {
    if (molt_is_small_int(v)) {
        *out = molt_small_int_value(v);
        return true;
    }
    if (molt_is_bool(v)) {
        *out = molt_bool_value(v);
        return true;
    }
    return false;
}

static size_t int_max(size_t a, size_t b) { return a > b ? a : b; }

/* ---- arithmetic ----------------------------------------------------------- */

MoltValue molt_int_add(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return molt_int_from_i64(x + y);  /* 48-bit: no overflow */
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    MoltIntObject *object = int_allocate(int_max(a_view.length, b_view.length) + 1);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_add(&out, &a_view, &b_view);
    return int_finish(object, &out);
}

MoltValue molt_int_sub(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return molt_int_from_i64(x - y);
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    MoltIntObject *object = int_allocate(int_max(a_view.length, b_view.length) + 1);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_sub(&out, &a_view, &b_view);
    return int_finish(object, &out);
}

MoltValue molt_int_mul(MoltValue a, MoltValue b) {
    int64_t x, y, product;
    if (int_small_pair(a, b, &x, &y) && !__builtin_mul_overflow(x, y, &product))
        return molt_int_from_i64(product);
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    MoltIntObject *object = int_allocate(a_view.length + b_view.length);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    if (!molt_bigint_mul(&out, &a_view, &b_view)) {
        free(object);
        return int_no_memory();
    }
    return int_finish(object, &out);
}

static bool int_is_zero(MoltValue v) {
    if (molt_is_small_int(v)) return molt_small_int_value(v) == 0;
    if (molt_is_bool(v)) return !molt_bool_value(v);
    return int_object(v)->length == 0;
}

static bool int_is_negative(MoltValue v) {
    if (molt_is_small_int(v)) return molt_small_int_value(v) < 0;
    if (molt_is_bool(v)) return false;
    return int_object(v)->negative;
}

/* Floor division and/or modulo of heap-sized operands; b is non-zero. */
static bool int_divmod_big(MoltValue a, MoltValue b, MoltValue *quotient, MoltValue *remainder) {
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    MoltIntObject *q_object = NULL, *r_object = NULL;
    if (quotient && !(q_object = int_allocate(a_view.length + 2))) return false;
    if (remainder && !(r_object = int_allocate(b_view.length + 1))) {
        free(q_object);
        return false;
    }
    MoltBigint q = {q_object ? q_object->digits : NULL, 0, false};
    MoltBigint r = {r_object ? r_object->digits : NULL, 0, false};
    if (!molt_bigint_divmod(quotient ? &q : NULL, remainder ? &r : NULL, &a_view, &b_view)) {
        free(q_object);
        free(r_object);
        int_no_memory();
        return false;
    }
    if (quotient) *quotient = int_finish(q_object, &q);
    if (remainder) *remainder = int_finish(r_object, &r);
    return true;
}

MoltValue molt_int_floordiv(MoltValue a, MoltValue b) {
    int64_t x, y, result;
    if (int_small_pair(a, b, &x, &y) && molt_i64_floordiv(x, y, &result))
        return molt_int_from_i64(result);
    if (int_is_zero(b))
        return molt_raise_format(&molt_type_ZeroDivisionError, "integer division or modulo by zero");
    MoltValue quotient;
    return int_divmod_big(a, b, &quotient, NULL) ? quotient : MOLT_ERROR;
}

MoltValue molt_int_mod(MoltValue a, MoltValue b) {
    int64_t x, y, result;
    if (int_small_pair(a, b, &x, &y) && molt_i64_mod(x, y, &result))
        return molt_int_from_i64(result);
    if (int_is_zero(b)) return molt_raise_format(&molt_type_ZeroDivisionError, "integer modulo by zero");
    MoltValue remainder;
    return int_divmod_big(a, b, NULL, &remainder) ? remainder : MOLT_ERROR;
}

bool molt_int_divmod(MoltValue a, MoltValue b, MoltValue *quotient, MoltValue *remainder) {
    int64_t x, y, q, r;
    if (int_small_pair(a, b, &x, &y) && molt_i64_floordiv(x, y, &q) && molt_i64_mod(x, y, &r)) {
        *quotient = molt_int_from_i64(q);
        *remainder = molt_int_from_i64(r);
        return true;
    }
    if (int_is_zero(b)) {
        molt_raise_format(&molt_type_ZeroDivisionError, "integer division or modulo by zero");
        return false;
    }
    return int_divmod_big(a, b, quotient, remainder);
}

MoltValue molt_int_truediv(MoltValue a, MoltValue b) {
    if (int_is_zero(b)) return molt_raise_format(&molt_type_ZeroDivisionError, "division by zero");
    int64_t x, y;
    const int64_t exact_limit = (int64_t)1 << DBL_MANT_DIG;
    if (int_small_pair(a, b, &x, &y) && x >= -exact_limit && x <= exact_limit &&
        y >= -exact_limit && y <= exact_limit)
        return molt_from_double((double)x / (double)y);
    /* Correct rounding for large operands (as CPython's long_true_divide):
     * scale so the integer quotient has DBL_MANT_DIG + 2 bits, keep a sticky
     * bit for the remainder, then round half to even by hand. */
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    bool negative = a_view.negative != b_view.negative;
    a_view.negative = b_view.negative = false;
    if (a_view.length == 0) return molt_from_double(negative ? -0.0 : 0.0);
    int64_t a_bits = (int64_t)molt_bigint_bit_length(&a_view), b_bits = (int64_t)molt_bigint_bit_length(&b_view);
    int64_t difference = a_bits - b_bits;
    if (difference > DBL_MAX_EXP)
        return molt_raise_format(&molt_type_OverflowError,
                                 "integer division result too large for a float");
    if (difference < DBL_MIN_EXP - DBL_MANT_DIG - 1) return molt_from_double(negative ? -0.0 : 0.0);
    int64_t shift = (difference > DBL_MIN_EXP ? difference : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    size_t shift_bits = (size_t)(shift < 0 ? -shift : shift);
    MoltDigit *numerator = malloc((a_view.length + shift_bits / 32 + 2) * sizeof(MoltDigit));
    MoltDigit *denominator = malloc((b_view.length + shift_bits / 32 + 2) * sizeof(MoltDigit));
    MoltDigit *quotient_digits = malloc((a_view.length + shift_bits / 32 + 4) * sizeof(MoltDigit));
    MoltDigit *remainder_digits = malloc((b_view.length + shift_bits / 32 + 3) * sizeof(MoltDigit));
    if (!numerator || !denominator || !quotient_digits || !remainder_digits) {
        free(numerator);
        free(denominator);
        free(quotient_digits);
        free(remainder_digits);
        return int_no_memory();
    }
    MoltBigint n = {numerator, 0, false}, d = {denominator, 0, false};
    if (shift >= 0) {
        memcpy(numerator, a_view.digits, a_view.length * sizeof(MoltDigit));
        n.length = a_view.length;
        molt_bigint_shift_left(&d, &b_view, shift_bits);
    } else {
        molt_bigint_shift_left(&n, &a_view, shift_bits);
        memcpy(denominator, b_view.digits, b_view.length * sizeof(MoltDigit));
        d.length = b_view.length;
    }
    MoltBigint q = {quotient_digits, 0, false}, r = {remainder_digits, 0, false};
    bool ok = molt_bigint_divmod(&q, &r, &n, &d);
    uint64_t mantissa = 0;
    if (q.length > 0) mantissa = q.digits[0];
    if (q.length > 1) mantissa |= (uint64_t)q.digits[1] << 32;
    bool inexact = r.length != 0;
    int64_t mantissa_bits = (int64_t)molt_bigint_bit_length(&q);
    free(numerator);
    free(denominator);
    free(quotient_digits);
    free(remainder_digits);
    if (!ok) return int_no_memory();
    int64_t extra_bits = (mantissa_bits > DBL_MIN_EXP - shift ? mantissa_bits : DBL_MIN_EXP - shift) -
                         DBL_MANT_DIG;
    uint64_t half = (uint64_t)1 << (extra_bits - 1);
    uint64_t low = (mantissa & (2 * half - 1)) | (inexact ? 1 : 0);
    if ((low & half) && (low & (3 * half - 1))) mantissa += half;
    mantissa &= ~(2 * half - 1);
    double result = ldexp((double)mantissa, (int)shift);
    if (isinf(result))
        return molt_raise_format(&molt_type_OverflowError,
                                 "integer division result too large for a float");
    return molt_from_double(negative ? -result : result);
}

bool molt_int_to_double(MoltValue v, double *out) {
    int64_t small;
    if (int_is_small(v, &small)) {
        *out = (double)small;
        return true;
    }
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    if (!molt_bigint_to_double(&view, out)) {
        molt_raise_format(&molt_type_OverflowError, "int too large to convert to float");
        return false;
    }
    return true;
}

MoltValue molt_int_from_double(double d) {
    if (isinf(d)) return molt_raise_format(&molt_type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return molt_raise_format(&molt_type_ValueError, "cannot convert float NaN to integer");
    double truncated = trunc(d);
    if (fabs(truncated) < 9.2e18) return molt_int_from_i64((int64_t)truncated);
    MoltIntObject *object = int_allocate(molt_bigint_from_double_capacity(truncated));
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_from_double(&out, truncated);
    return int_finish(object, &out);
}

MoltValue molt_int_pow(MoltValue a, MoltValue b) {
    if (int_is_negative(b)) {
        double x, y;
        if (!molt_int_to_double(a, &x) || !molt_int_to_double(b, &y)) return MOLT_ERROR;
        return molt_float_pow(x, y);
    }
    int64_t base, exponent;
    if (int_small_pair(a, b, &base, &exponent)) {
        /* Square-and-multiply in int64 while it does not overflow. */
        int64_t result = 1, factor = base, remaining = exponent;
        bool overflow = false;
        while (remaining > 0 && !overflow) {
            if (remaining & 1) overflow = __builtin_mul_overflow(result, factor, &result);
            remaining >>= 1;
            if (remaining > 0 && !overflow) overflow = __builtin_mul_overflow(factor, factor, &factor);
        }
        if (!overflow) return molt_int_from_i64(result);
    }
    int64_t small_base;
    if (int_is_small(a, &small_base) && small_base >= -1 && small_base <= 1) {
        if (small_base != -1) return molt_int_from_i64(int_is_zero(b) ? 1 : small_base);
        return molt_int_from_i64(molt_int_and(b, molt_from_small_int(1)) == molt_from_small_int(1) ? -1 : 1);
    }
    if (!molt_int_to_i64(b, &exponent))
        return int_no_memory();
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(a, storage);
    size_t capacity = molt_bigint_pow_capacity(&view, (uint64_t)exponent);
    if (capacity == 0) return int_no_memory();
    MoltIntObject *object = int_allocate(capacity);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    if (!molt_bigint_pow(&out, &view, (uint64_t)exponent)) {
        free(object);
        return int_no_memory();
    }
    return int_finish(object, &out);
}

/* The inverse of a modulo m (m > 0) by the extended Euclidean algorithm, or
 * ValueError when gcd(a, m) != 1. */
static MoltValue int_modular_inverse(MoltValue a, MoltValue m) {
    MoltValue old_r = molt_int_mod(a, m), r = m, old_s = molt_from_small_int(1), s = molt_from_small_int(0);
    molt_incref(r);
    if (old_r == MOLT_ERROR) return MOLT_ERROR;
    while (!int_is_zero(r)) {
        MoltValue q, next_r;
        if (!molt_int_divmod(old_r, r, &q, &next_r)) break;
        MoltValue product = molt_int_mul(q, s);
        MoltValue next_s = molt_int_sub(old_s, product);
        molt_decref(q);
        molt_decref(product);
        molt_decref(old_r);
        molt_decref(old_s);
        old_r = r;
        r = next_r;
        old_s = s;
        s = next_s;
    }
    MoltValue result = MOLT_ERROR;
    if (old_r == molt_from_small_int(1)) result = molt_int_mod(old_s, m);
    else molt_raise_format(&molt_type_ValueError, "base is not invertible for the given modulus");
    molt_decref(old_r);
    molt_decref(r);
    molt_decref(old_s);
    molt_decref(s);
    return result;
}

MoltValue molt_int_pow_mod(MoltValue a, MoltValue b, MoltValue m) {
    if (int_is_zero(m)) return molt_raise_format(&molt_type_ValueError, "pow() 3rd argument cannot be 0");
    MoltValue modulus = molt_int_abs(m);
    MoltValue base = a, exponent = b;
    molt_incref(base);
    molt_incref(exponent);
    if (int_is_negative(b)) {
        molt_decref(base);
        base = int_modular_inverse(a, modulus);
        MoltValue positive = molt_int_neg(b);
        molt_decref(exponent);
        exponent = positive;
        if (base == MOLT_ERROR) {
            molt_decref(modulus);
            molt_decref(exponent);
            return MOLT_ERROR;
        }
    }
    MoltDigit base_storage[2], exponent_storage[2], modulus_storage[2];
    MoltBigint base_view = molt_int_view(base, base_storage), exponent_view = molt_int_view(exponent, exponent_storage);
    MoltBigint modulus_view = molt_int_view(modulus, modulus_storage);
    MoltIntObject *object = int_allocate(modulus_view.length + 1);
    MoltValue result = MOLT_ERROR;
    if (object) {
        MoltBigint out = int_output(object);
        if (molt_bigint_pow_mod(&out, &base_view, &exponent_view, &modulus_view)) result = int_finish(object, &out);
        else {
            free(object);
            int_no_memory();
        }
    }
    molt_decref(base);
    molt_decref(exponent);
    /* The result takes the sign of the modulus. */
    if (result != MOLT_ERROR && int_is_negative(m) && !int_is_zero(result)) {
        MoltValue adjusted = molt_int_add(result, m);
        molt_decref(result);
        result = adjusted;
    }
    molt_decref(modulus);
    return result;
}

MoltValue molt_int_round(MoltValue v, MoltValue ndigits) {
    if (!molt_is_none(ndigits) && !molt_is_int(ndigits))
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(ndigits)->name);
    if (molt_is_none(ndigits) || !int_is_negative(ndigits)) return molt_number_positive(v);
    /* q, r = divmod(v, 10**-ndigits); round q half to even on r. */
    MoltValue places = molt_int_neg(ndigits);
    if (places == MOLT_ERROR) return MOLT_ERROR;
    MoltValue power = molt_int_pow(molt_from_small_int(10), places);
    molt_decref(places);
    if (power == MOLT_ERROR) return MOLT_ERROR;
    MoltValue quotient, remainder;
    if (!molt_int_divmod(v, power, &quotient, &remainder)) {
        molt_decref(power);
        return MOLT_ERROR;
    }
    MoltValue twice = molt_int_lshift(remainder, molt_from_small_int(1));
    int order = twice == MOLT_ERROR ? 0 : molt_int_compare(twice, power);
    bool odd = molt_int_and(quotient, molt_from_small_int(1)) == molt_from_small_int(1);
    MoltValue result = MOLT_ERROR;
    if (twice != MOLT_ERROR) {
        MoltValue rounded = quotient;
        molt_incref(rounded);
        if (order > 0 || (order == 0 && odd)) {
            molt_decref(rounded);
            rounded = molt_int_add(quotient, molt_from_small_int(1));
        }
        if (rounded != MOLT_ERROR) {
            result = molt_int_mul(rounded, power);
            molt_decref(rounded);
        }
    }
    molt_decref(twice);
    molt_decref(quotient);
    molt_decref(remainder);
    molt_decref(power);
    return result;
}

/* ---- shifts and bitwise operations ---------------------------------------- */

MoltValue molt_int_lshift(MoltValue a, MoltValue b) {
    int64_t x, y, result;
    if (int_small_pair(a, b, &x, &y) && molt_i64_lshift(x, y, &result)) return molt_int_from_i64(result);
    if (int_is_negative(b)) return molt_raise_format(&molt_type_ValueError, "negative shift count");
    if (int_is_zero(a)) return molt_from_small_int(0);
    int64_t count;
    if (!molt_int_to_i64(b, &count) || (uint64_t)count / 32 > SIZE_MAX / 8)
        return molt_raise_format(&molt_type_OverflowError, "too many digits in integer");
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(a, storage);
    MoltIntObject *object = int_allocate(view.length + (size_t)count / 32 + 1);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_shift_left(&out, &view, (size_t)count);
    return int_finish(object, &out);
}

MoltValue molt_int_rshift(MoltValue a, MoltValue b) {
    int64_t x, y, result;
    if (int_small_pair(a, b, &x, &y) && molt_i64_rshift(x, y, &result)) return molt_int_from_i64(result);
    if (int_is_negative(b)) return molt_raise_format(&molt_type_ValueError, "negative shift count");
    int64_t count;
    if (!molt_int_to_i64(b, &count)) return molt_from_small_int(int_is_negative(a) ? -1 : 0);
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(a, storage);
    MoltIntObject *object = int_allocate(view.length + 1);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_shift_right(&out, &view, (size_t)count);
    return int_finish(object, &out);
}

static MoltValue int_bitwise(MoltBigintBitwise op, MoltValue a, MoltValue b) {
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    MoltIntObject *object = int_allocate(int_max(a_view.length, b_view.length) + 1);
    if (!object) return MOLT_ERROR;
    MoltBigint out = int_output(object);
    molt_bigint_bitwise(&out, op, &a_view, &b_view);
    return int_finish(object, &out);
}

MoltValue molt_int_and(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return molt_from_small_int(x & y);
    return int_bitwise(MOLT_BIGINT_AND, a, b);
}

MoltValue molt_int_or(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return molt_from_small_int(x | y);
    return int_bitwise(MOLT_BIGINT_OR, a, b);
}

MoltValue molt_int_xor(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return molt_from_small_int(x ^ y);
    return int_bitwise(MOLT_BIGINT_XOR, a, b);
}

MoltValue molt_int_neg(MoltValue a) {
    int64_t x;
    if (int_is_small(a, &x)) return molt_int_from_i64(-x);
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(a, storage);
    view.negative = !view.negative;
    return molt_int_from_bigint(&view);
}

MoltValue molt_int_invert(MoltValue a) {
    int64_t x;
    if (int_is_small(a, &x)) return molt_int_from_i64(~x);
    MoltValue negated = molt_int_neg(a);   /* ~a == -a - 1 */
    if (negated == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_int_sub(negated, molt_from_small_int(1));
    molt_decref(negated);
    return result;
}

MoltValue molt_int_abs(MoltValue a) {
    if (int_is_negative(a)) return molt_int_neg(a);
    if (molt_is_bool(a)) return molt_from_small_int(molt_bool_value(a));
    molt_incref(a);
    return a;
}

int molt_int_compare(MoltValue a, MoltValue b) {
    int64_t x, y;
    if (int_small_pair(a, b, &x, &y)) return (x > y) - (x < y);
    MoltDigit a_storage[2], b_storage[2];
    MoltBigint a_view = molt_int_view(a, a_storage), b_view = molt_int_view(b, b_storage);
    return molt_bigint_compare(&a_view, &b_view);
}

/* ---- hashing -------------------------------------------------------------- */

#define INT_HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t molt_int_hash(MoltValue v) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    /* |v| mod 2**61-1, folding 32 bits at a time: multiplying by 2**32 is a
     * 32-bit rotation within 61 bits because 2**61 == 1 modulo the modulus. */
    uint64_t accumulator = 0;
    for (size_t i = view.length; i-- > 0;) {
        accumulator = ((accumulator << 32) & INT_HASH_MODULUS) | (accumulator >> (61 - 32));
        accumulator += view.digits[i];
        if (accumulator >= INT_HASH_MODULUS) accumulator -= INT_HASH_MODULUS;
    }
    int64_t hash = view.negative ? -(int64_t)accumulator : (int64_t)accumulator;
    return hash == -1 ? -2 : hash;
}

/* ---- text ----------------------------------------------------------------- */

static MoltValue int_raise_too_many_digits(void) {
    return molt_raise_format(&molt_type_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion; use "
                             "sys.set_int_max_str_digits() to increase the limit",
                             INT_MAX_STR_DIGITS);
}

/* Writes the decimal digits of |value| (no sign) right-aligned ending at end. */
static char *int_write_decimal_u64(uint64_t value, char *end) {
    do {
        *--end = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    return end;
}

/* Decimal text of any int, malloc'd; NULL with ValueError/MemoryError raised. */
static char *int_decimal_text(MoltValue v, size_t *length) {
    int64_t small;
    if (int_is_small(v, &small) || molt_int_to_i64_slow(v, &small)) {
        char buffer[24];
        char *end = buffer + sizeof buffer;
        char *start = int_write_decimal_u64(small < 0 ? 0 - (uint64_t)small : (uint64_t)small, end);
        if (small < 0) *--start = '-';
        *length = (size_t)(end - start);
        char *text = malloc(*length + 1);
        if (!text) {
            int_no_memory();
            return NULL;
        }
        memcpy(text, start, *length);
        text[*length] = 0;
        return text;
    }
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    /* 4300 decimal digits hold at most 14284 bits: refuse early without the
     * quadratic conversion when the number is clearly too long. */
    if (molt_bigint_bit_length(&view) > 14300) {
        int_raise_too_many_digits();
        return NULL;
    }
    char *text = molt_bigint_to_decimal(&view, length);
    if (!text) {
        int_no_memory();
        return NULL;
    }
    if (*length - (view.negative ? 1 : 0) > INT_MAX_STR_DIGITS) {
        free(text);
        int_raise_too_many_digits();
        return NULL;
    }
    return text;
}

MoltValue molt_int_repr(MoltValue v) {
    int64_t small;
    if (int_is_small(v, &small)) {
        char buffer[24];
        char *end = buffer + sizeof buffer;
        char *start = int_write_decimal_u64(small < 0 ? 0 - (uint64_t)small : (uint64_t)small, end);
        if (small < 0) *--start = '-';
        return molt_str_from_utf8(start, (size_t)(end - start));
    }
    size_t length;
    char *text = int_decimal_text(v, &length);
    if (!text) return MOLT_ERROR;
    MoltValue result = molt_str_from_utf8(text, length);
    free(text);
    return result;
}

static MoltValue int_format_char(MoltValue v, const MoltFormatSpec *spec) {
    if (spec->sign)
        return molt_raise_format(&molt_type_ValueError,
                                 "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return molt_raise_format(&molt_type_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t code_point;
    if (!molt_int_to_i64(v, &code_point))
        return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C long");
    if (code_point < 0 || code_point > 0x10FFFF)
        return molt_raise_format(&molt_type_OverflowError, "%%c arg not in range(0x110000)");
    char encoded[4];
    size_t length;
    uint32_t c = (uint32_t)code_point;
    if (c < 0x80) {
        encoded[0] = (char)c;
        length = 1;
    } else if (c < 0x800) {
        encoded[0] = (char)(0xC0 | (c >> 6));
        encoded[1] = (char)(0x80 | (c & 0x3F));
        length = 2;
    } else if (c < 0x10000) {
        encoded[0] = (char)(0xE0 | (c >> 12));
        encoded[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        encoded[2] = (char)(0x80 | (c & 0x3F));
        length = 3;
    } else {
        encoded[0] = (char)(0xF0 | (c >> 18));
        encoded[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        encoded[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        encoded[3] = (char)(0x80 | (c & 0x3F));
        length = 4;
    }
    /* The character is laid out like a number's non-digit part. */
    return molt_format_spec_layout_number(spec, false, "", "", 0, encoded, length);
}

static MoltValue int_format_integer(MoltValue v, const MoltFormatSpec *spec) {
    if (spec->precision != -1)
        return molt_raise_format(&molt_type_ValueError,
                                 "Precision not allowed in integer format specifier");
    if (spec->no_negative_zero)
        return molt_raise_format(&molt_type_ValueError,
                                 "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec->type == 'c') return int_format_char(v, spec);
    bool negative = int_is_negative(v);
    const char *prefix = "";
    char *text;
    size_t length;
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    switch (spec->type) {
    case 'b': case 'o': case 'x': case 'X': {
        int base = spec->type == 'b' ? 2 : spec->type == 'o' ? 8 : 16;
        if (spec->alternate)
            prefix = spec->type == 'b' ? "0b" : spec->type == 'o' ? "0o" : spec->type == 'x' ? "0x" : "0X";
        text = molt_bigint_to_power_of_two_base(&view, base, spec->type == 'X', &length);
        if (!text) return int_no_memory();
        break;
    }
    default:
        text = int_decimal_text(v, &length);
        if (!text) return MOLT_ERROR;
        break;
    }
    const char *digits = text;
    if (digits[0] == '-') {
        digits++;
        length--;
    }
    MoltValue result = molt_format_spec_layout_number(spec, negative, prefix, digits, length, "", 0);
    free(text);
    return result;
}

MoltValue molt_int_format(MoltValue v, MoltValue spec) {
    size_t spec_length;
    molt_str_utf8(spec, &spec_length);
    if (spec_length == 0) return molt_number_str(v);
    const char *type_name = molt_is_bool(v) ? "bool" : "int";
    MoltFormatSpec parsed;
    if (!molt_format_spec_parse_for(spec, type_name, 'd', &parsed)) return MOLT_ERROR;
    switch (parsed.type) {
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return int_format_integer(v, &parsed);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (!molt_int_to_double(v, &d)) return MOLT_ERROR;
        return molt_float_format_parsed(d, &parsed);
    }
    default:
        molt_format_spec_unknown_type(parsed.type, type_name);
        return MOLT_ERROR;
    }
}

/* ---- parsing -------------------------------------------------------------- */

static bool int_is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

static int int_digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parses [sign][prefix]digits with single underscores between digits (and
 * after a prefix when `allow_underscores`). Returns the int, MOLT_ERROR with
 * an exception for the digit limit, or MOLT_STOP (no exception) on bad syntax. */
static MoltValue int_parse(const char *text, size_t length, int base, bool allow_underscores) {
    size_t position = 0;
    bool negative = false;
    if (position < length && (text[position] == '+' || text[position] == '-'))
        negative = text[position++] == '-';
    bool after_prefix = false;
    bool leading_zero_only = false;
    if (length - position >= 2 && text[position] == '0') {
        char marker = (char)(text[position + 1] | 0x20);
        int prefix_base = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
        if (prefix_base && (base == 0 || base == prefix_base)) {
            base = prefix_base;
            position += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        /* No prefix: decimal, where a leading zero means the number is zero. */
        base = 10;
        leading_zero_only = position < length && text[position] == '0';
    }
    uint8_t *values = malloc(length + 1);
    if (!values) return int_no_memory();
    size_t count = 0;
    /* An underscore may follow a digit or the base prefix, and a digit must follow it. */
    bool underscore_allowed = after_prefix;
    bool expect_digit = true;
    for (; position < length; position++) {
        unsigned char c = (unsigned char)text[position];
        if (c == '_' && allow_underscores) {
            if (!underscore_allowed) break;
            underscore_allowed = false;
            expect_digit = true;
            continue;
        }
        int value = int_digit_value(c);
        if (value >= base) break;
        values[count++] = (uint8_t)value;
        underscore_allowed = true;
        expect_digit = false;
    }
    if (position != length || expect_digit || count == 0) {
        free(values);
        return MOLT_STOP;
    }
    if (leading_zero_only) {
        for (size_t i = 0; i < count; i++)
            if (values[i] != 0) {
                free(values);
                return MOLT_STOP;
            }
    }
    if ((base & (base - 1)) != 0 && count > INT_MAX_STR_DIGITS) {
        free(values);
        return molt_raise_format(&molt_type_ValueError,
                                 "Exceeds the limit (%d digits) for integer string conversion: "
                                 "value has %zu digits; use sys.set_int_max_str_digits() to "
                                 "increase the limit",
                                 INT_MAX_STR_DIGITS, count);
    }
    MoltValue result;
    if (count <= 12 && base <= 36) {
        /* 36**12 < 2**63: a machine integer suffices. */
        int64_t value = 0;
        for (size_t i = 0; i < count; i++) value = value * base + values[i];
        result = molt_int_from_i64(negative ? -value : value);
    } else {
        MoltIntObject *object = int_allocate(molt_bigint_from_digits_capacity(count, base));
        if (!object) {
            free(values);
            return MOLT_ERROR;
        }
        MoltBigint out = int_output(object);
        molt_bigint_from_digits(&out, values, count, base);
        out.negative = negative && out.length != 0;
        result = int_finish(object, &out);
    }
    free(values);
    return result;
}

MoltValue molt_int_from_literal(const char *text) {
    MoltValue result = int_parse(text, strlen(text), 0, true);
    if (result == MOLT_STOP)
        return molt_raise_format(&molt_type_ValueError, "invalid integer literal '%s'", text);
    return result;
}

/* ValueError naming the repr of `text`, cut to 200 code points as CPython's %.200R. */
static MoltValue int_raise_invalid_literal(MoltValue text, int base) {
    MoltValue repr = molt_repr(text);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const char *bytes = molt_str_utf8(repr, &length);
    size_t cut = 0, chars = 0;
    while (cut < length && chars < 200) {
        cut++;
        while (cut < length && ((unsigned char)bytes[cut] & 0xC0) == 0x80) cut++;
        chars++;
    }
    molt_raise_format(&molt_type_ValueError, "invalid literal for int() with base %d: %.*s", base,
                      (int)cut, bytes);
    molt_decref(repr);
    return MOLT_ERROR;
}

/* int(text, base) of ASCII text (surrounding whitespace allowed); `source`
 * is the str or bytes-like object the text came from, for the error. */
static MoltValue int_from_ascii(const char *bytes, size_t length, int base, MoltValue source) {
    size_t start = 0, end = length;
    while (start < end && int_is_space((unsigned char)bytes[start])) start++;
    while (end > start && int_is_space((unsigned char)bytes[end - 1])) end--;
    MoltValue result = int_parse(bytes + start, end - start, base, true);
    if (result == MOLT_STOP) return int_raise_invalid_literal(source, base);
    return result;
}

static bool int_base_valid(int base) { return base == 0 || (base >= 2 && base <= 36); }

static MoltValue int_raise_bad_base(void) {
    return molt_raise_format(&molt_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

MoltValue molt_int_from_str(MoltValue text, int base) {
    if (!int_base_valid(base)) return int_raise_bad_base();
    size_t utf8_length, length;
    const char *utf8 = molt_str_utf8(text, &utf8_length);
    bool copied;
    const char *bytes = molt_number_ascii_text(utf8, utf8_length, &length, &copied);
    if (!bytes) return int_no_memory();
    MoltValue result = int_from_ascii(bytes, length, base, text);
    if (copied) free((char *)bytes);
    return result;
}

/* int(b"12", base): the bytes are read as they are (no Unicode digits or spaces). */
static MoltValue int_from_bytes_like(MoltValue source, int base) {
    if (!int_base_valid(base)) return int_raise_bad_base();
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(source, &data, &length)) return MOLT_ERROR;
    if (molt_is_bytes(source)) return int_from_ascii((const char *)data, length, base, source);
    /* CPython parses a copy as bytes, so its error shows b'..' even for a bytearray. */
    MoltValue copy = molt_bytes_from_data(data, length);
    if (copy == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = int_from_ascii((const char *)data, length, base, copy);
    molt_decref(copy);
    return result;
}

/* ---- the int type --------------------------------------------------------- */

static void int_dealloc(MoltObject *object) { free(object); }

/* int(), int(x), int(x, base) and int(x, base=b). */
static MoltValue int_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (callable != molt_from_ptr(&molt_type_int))
        return molt_raise_format(&molt_type_TypeError, "'int' object is not callable");
    size_t keyword_count = molt_is_none(kwnames) ? 0 : (size_t)molt_tuple_length(kwnames);
    MoltValue value = MOLT_ERROR, base_value = MOLT_ERROR;
    if (nargs > 0) value = args[0];
    if (nargs > 1) base_value = args[1];
    if (nargs + keyword_count > 2)
        return molt_raise_format(&molt_type_TypeError, "int() takes at most 2 arguments (%zu given)",
                                 nargs + keyword_count);
    for (size_t i = 0; i < keyword_count; i++) {
        MoltValue name = molt_tuple_getitem_i64(kwnames, (int64_t)i);
        size_t name_length;
        const char *name_text = molt_str_utf8(name, &name_length);
        bool is_base = name_length == 4 && memcmp(name_text, "base", 4) == 0 && base_value == MOLT_ERROR;
        if (!is_base)
            molt_raise_format(&molt_type_TypeError, "'%.*s' is an invalid keyword argument for int()",
                              (int)name_length, name_text);
        molt_decref(name);
        if (!is_base) return MOLT_ERROR;
        base_value = args[nargs + i];
    }
    if (value == MOLT_ERROR) {
        if (base_value != MOLT_ERROR)
            return molt_raise_format(&molt_type_TypeError, "int() missing string argument");
        return molt_from_small_int(0);
    }
    if (base_value != MOLT_ERROR) {
        if (!molt_is_int(base_value))
            return molt_raise_format(&molt_type_TypeError,
                                     "'%s' object cannot be interpreted as an integer",
                                     molt_type_of(base_value)->name);
        bool bytes_like = molt_is_bytes_like(value) || molt_is_memoryview(value);
        if (molt_type_of(value) != &molt_type_str && !bytes_like)
            return molt_raise_format(&molt_type_TypeError,
                                     "int() can't convert non-string with explicit base");
        int64_t base;
        if (!molt_int_to_i64(base_value, &base) || base < INT32_MIN || base > INT32_MAX) base = -1;
        return bytes_like ? int_from_bytes_like(value, (int)base) : molt_int_from_str(value, (int)base);
    }
    if (molt_is_int(value)) {
        if (molt_is_bool(value)) return molt_from_small_int(molt_bool_value(value));
        molt_incref(value);
        return value;
    }
    if (molt_is_double(value)) return molt_int_from_double(molt_as_double(value));
    if (molt_type_of(value) == &molt_type_str) return molt_int_from_str(value, 10);
    if (molt_is_bytes_like(value) || molt_is_memoryview(value)) return int_from_bytes_like(value, 10);
    MoltValue converted = molt_instance_int(value);
    if (converted != MOLT_NOT_IMPLEMENTED) return converted;
    return molt_raise_format(&molt_type_TypeError,
                             "int() argument must be a string, a bytes-like object or a real "
                             "number, not '%s'",
                             molt_type_of(value)->name);
}

static MoltValue int_format_slot(MoltValue self, MoltValue spec) { return molt_int_format(self, spec); }

static MoltValue int_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    (void)owner;
    return strcmp(name, "from_bytes") == 0 ? molt_int_from_bytes(args, nargs, kwnames) : MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_int = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "int",
    .base = &molt_type_object,
    .dealloc = int_dealloc,
    .repr = molt_number_str,
    .hash = molt_number_hash,
    .binary_op = molt_number_binary_op,
    .unary_negative = molt_number_negative,
    .unary_positive = molt_number_positive,
    .unary_invert = molt_number_invert,
    .richcompare = molt_number_richcompare,
    .truthy = molt_number_truthy,
    .call_method = molt_number_call_method,
    .getattr = molt_number_getattr,
    .call = int_call,
    .format = int_format_slot,
    .class_method = int_class_method,
};

MoltType molt_type_bool = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "bool",
    .base = &molt_type_int,
    .repr = molt_number_str,
    .hash = molt_number_hash,
    .binary_op = molt_number_binary_op,
    .unary_negative = molt_number_negative,
    .unary_positive = molt_number_positive,
    .unary_invert = molt_number_invert,
    .richcompare = molt_number_richcompare,
    .truthy = molt_number_truthy,
    .call_method = molt_number_call_method,
    .getattr = molt_number_getattr,
    .format = int_format_slot,
};

/* ---- int.to_bytes and int.from_bytes --------------------------------------- */

/* byteorder and signed, shared by both: 1 for little-endian, 0 for big, -1 on error. */
static int byte_order_argument(const char *function, MoltValue order, MoltValue is_signed, bool *signed_out) {
    *signed_out = false;
    if (is_signed != MOLT_ARG_MISSING) {
        int truth = molt_truthy(is_signed);
        if (truth < 0) return -1;
        *signed_out = truth;
    }
    if (order == MOLT_ARG_MISSING) return 0;
    if (molt_type_of(order) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "%s() argument 'byteorder' must be str, not %s", function,
                          molt_type_of(order)->name);
        return -1;
    }
    const char *text = molt_str_utf8(order, NULL);
    if (strcmp(text, "little") == 0) return 1;
    if (strcmp(text, "big") == 0) return 0;
    molt_raise_format(&molt_type_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Two's complement negation of a little-endian byte string, in place. */
static void negate_bytes(unsigned char *bytes, size_t length) {
    unsigned carry = 1;
    for (size_t i = 0; i < length; i++) {
        unsigned sum = (unsigned)(unsigned char)~bytes[i] + carry;
        bytes[i] = (unsigned char)sum;
        carry = sum >> 8;
    }
}

MoltValue molt_int_to_bytes(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    MoltArgSpec spec = {"to_bytes", 0, 2, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int64_t length = 1;
    if (bound[0] != MOLT_ARG_MISSING) {
        if (!molt_is_int(bound[0]))
            return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                     molt_type_of(bound[0])->name);
        if (!molt_int_to_i64(bound[0], &length))
            return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
        if (length < 0) return molt_raise_format(&molt_type_ValueError, "length argument must be non-negative");
    }
    bool is_signed;
    int little = byte_order_argument("to_bytes", bound[1], bound[2], &is_signed);
    if (little < 0) return MOLT_ERROR;
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(self, storage);
    if (view.negative && !is_signed)
        return molt_raise_format(&molt_type_OverflowError, "can't convert negative int to unsigned");
    /* CPython lets -1 fit in zero bytes (all its sign bits are implied). */
    if (length == 0 && view.negative && view.length == 1 && view.digits[0] == 1) return molt_bytes_from_data("", 0);
    size_t magnitude_bytes = (molt_bigint_bit_length(&view) + 7) / 8;
    if (magnitude_bytes > (size_t)length) return molt_raise_format(&molt_type_OverflowError, "int too big to convert");
    unsigned char *bytes = calloc((size_t)length + 1, 1);
    if (bytes == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    for (size_t i = 0; i < magnitude_bytes; i++) bytes[i] = (unsigned char)(view.digits[i / 4] >> (8 * (i % 4)));
    if (view.negative) negate_bytes(bytes, (size_t)length);
    /* Signed results must show the right sign in their top bit. */
    if (is_signed && view.length > 0 && (length == 0 || ((bytes[length - 1] & 0x80) != 0) != view.negative)) {
        free(bytes);
        return molt_raise_format(&molt_type_OverflowError, "int too big to convert");
    }
    if (!little) {
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
    }
    MoltValue result = molt_bytes_from_data(bytes, (size_t)length);
    free(bytes);
    return result;
}

MoltValue molt_int_from_bytes(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    MoltArgSpec spec = {"from_bytes", 1, 2, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    if (bound[0] == MOLT_ARG_MISSING)
        return molt_raise_format(&molt_type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool is_signed;
    int little = byte_order_argument("from_bytes", bound[1], bound[2], &is_signed);
    if (little < 0) return MOLT_ERROR;
    /* Anything bytes() accepts, except an int count, as CPython's PyObject_Bytes. */
    MoltValue source = bound[0];
    if (molt_type_of(source) == &molt_type_bytes || molt_type_of(source) == &molt_type_bytearray) {
        molt_incref(source);
    } else {
        if (molt_is_int(source) || molt_type_of(source) == &molt_type_str)
            return molt_raise_format(&molt_type_TypeError, "cannot convert '%s' object to bytes",
                                     molt_type_of(source)->name);
        source = molt_call(molt_from_ptr(&molt_type_bytes), &source, 1, MOLT_NONE);
        if (source == MOLT_ERROR) return MOLT_ERROR;
    }
    size_t length;
    const unsigned char *data = molt_bytes_data(source, &length);
    unsigned char *bytes = malloc(length + 4);
    MoltDigit *digits = malloc((length / 4 + 1) * sizeof *digits);
    if (bytes == NULL || digits == NULL) {
        free(bytes);
        free(digits);
        molt_decref(source);
        return molt_raise_format(&molt_type_MemoryError, "%s", "");
    }
    for (size_t i = 0; i < length; i++) bytes[i] = little ? data[i] : data[length - 1 - i];
    molt_decref(source);
    bool negative = is_signed && length > 0 && (bytes[length - 1] & 0x80);
    if (negative) negate_bytes(bytes, length);
    size_t digit_count = (length + 3) / 4;
    for (size_t d = 0; d < digit_count; d++) {
        MoltDigit digit = 0;
        for (size_t b = 0; b < 4 && d * 4 + b < length; b++) digit |= (MoltDigit)bytes[d * 4 + b] << (8 * b);
        digits[d] = digit;
    }
    MoltBigint value = {digits, digit_count, negative};
    molt_bigint_normalize(&value);
    /* -2**(8n-1) negates to itself: its magnitude's top bit is set, which is right. */
    MoltValue result = molt_int_from_bigint(&value);
    free(bytes);
    free(digits);
    return result;
}
