/* Python int: small ints live in the MoltValue itself (48-bit), larger ones are
 * heap bigints (runtime/objects/bigint.c holds the arithmetic kernels,
 * runtime/objects/int.c the object glue). Generated code works on unboxed
 * int64_t where inference allows and calls these to cross the boundary. */
#ifndef MOLT_INT_H
#define MOLT_INT_H
#include <stdbool.h>
#include <stdint.h>

#include "object.h"

extern MoltType molt_type_int;
extern MoltType molt_type_bool;

/* A heap int for values outside the small-int range. */
MoltValue molt_int_from_i64_slow(int64_t i);

MOLT_INLINE MoltValue molt_int_from_i64(int64_t i) {
    return molt_fits_small_int(i) ? molt_from_small_int(i) : molt_int_from_i64_slow(i);
}

/* From a literal as the parser keeps it: optional base prefix (0x, 0o, 0b), no
 * underscores, any length. Returns a new reference. */
MoltValue molt_int_from_literal(const char *text);

/* True for int and bool values (bool is an int subclass). */
bool molt_is_int(MoltValue v);

/* Unboxes v (an int or bool) into *out when it fits in int64_t. False when it
 * does not fit or v is not an int; no exception is set either way. */
bool molt_int_to_i64_slow(MoltValue v, int64_t *out);
MOLT_INLINE bool molt_int_to_i64(MoltValue v, int64_t *out) {
    if (molt_is_small_int(v)) {
        *out = molt_small_int_value(v);
        return true;
    }
    return molt_int_to_i64_slow(v, out);
}

/* Arithmetic on Python ints (operands int or bool), with Python semantics:
 * floor division and modulo round toward negative infinity, division by zero
 * raises ZeroDivisionError, negative shift counts raise ValueError, pow with a
 * negative exponent returns a float. All return a new reference or MOLT_ERROR. */
MoltValue molt_int_add(MoltValue a, MoltValue b);
MoltValue molt_int_sub(MoltValue a, MoltValue b);
MoltValue molt_int_mul(MoltValue a, MoltValue b);
MoltValue molt_int_floordiv(MoltValue a, MoltValue b);
MoltValue molt_int_mod(MoltValue a, MoltValue b);
MoltValue molt_int_truediv(MoltValue a, MoltValue b);
MoltValue molt_int_pow(MoltValue a, MoltValue b);
MoltValue molt_int_lshift(MoltValue a, MoltValue b);
MoltValue molt_int_rshift(MoltValue a, MoltValue b);
MoltValue molt_int_and(MoltValue a, MoltValue b);
MoltValue molt_int_or(MoltValue a, MoltValue b);
MoltValue molt_int_xor(MoltValue a, MoltValue b);
MoltValue molt_int_neg(MoltValue a);
MoltValue molt_int_invert(MoltValue a);
MoltValue molt_int_abs(MoltValue a);
/* -1, 0, 1 */
int molt_int_compare(MoltValue a, MoltValue b);
/* int -> float; raises OverflowError "int too large to convert to float". */
bool molt_int_to_double(MoltValue v, double *out);
/* Decimal text, raising ValueError past the 4300-digit limit as CPython does. */
MoltValue molt_int_repr(MoltValue v);
/* format(int, spec) for the whole format mini-language (d x X o b c n, sign,
 * width, fill, align, '#', ',', '_', and e f g % via float). */
MoltValue molt_int_format(MoltValue v, MoltValue spec);
/* int(str_or_bytes, base), with CPython's error message on bad input. */
MoltValue molt_int_from_str(MoltValue text, int base);
/* CPython's hash of an int (modulus 2**61 - 1). */
int64_t molt_int_hash(MoltValue v);
/* divmod(a, b) for ints: both results as new references; false with
 * ZeroDivisionError/MemoryError set. */
bool molt_int_divmod(MoltValue a, MoltValue b, MoltValue *quotient, MoltValue *remainder);
/* pow(a, b, m) for ints, including negative b (modular inverse), with
 * CPython's ValueErrors. */
MoltValue molt_int_pow_mod(MoltValue a, MoltValue b, MoltValue m);
/* int(x) for a float: truncates toward zero; OverflowError for infinities,
 * ValueError for NaN, as CPython. */
MoltValue molt_int_from_double(double d);
/* round(int) and round(int, ndigits) (ndigits an int or MOLT_NONE): negative
 * ndigits round half to even to a multiple of 10**-ndigits. */
MoltValue molt_int_round(MoltValue v, MoltValue ndigits);

/* Inline helpers generated code uses on unboxed int64_t values. Each returns
 * false when the result does not fit in int64_t (or the operation must raise);
 * the caller then falls back to the boxed path, which computes the exact
 * result or raises the right exception. */
MOLT_INLINE bool molt_i64_floordiv(int64_t a, int64_t b, int64_t *out) {
    if (b == 0 || (a == INT64_MIN && b == -1)) return false;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    *out = q;
    return true;
}

MOLT_INLINE bool molt_i64_mod(int64_t a, int64_t b, int64_t *out) {
    if (b == 0) return false;
    if (b == -1) { *out = 0; return true; }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    *out = r;
    return true;
}

MOLT_INLINE bool molt_i64_lshift(int64_t a, int64_t b, int64_t *out) {
    if (b < 0 || b >= 63) { if (a == 0 && b >= 0) { *out = 0; return true; } return false; }
    int64_t r = (int64_t)((uint64_t)a << b);
    if ((r >> b) != a) return false;
    *out = r;
    return true;
}

MOLT_INLINE bool molt_i64_rshift(int64_t a, int64_t b, int64_t *out) {
    if (b < 0) return false;
    *out = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);
    return true;
}

#endif
