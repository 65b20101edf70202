/* Python float: an IEEE double carried unboxed in MoltValue. Inline helpers give
 * Python's semantics for the operators whose C meaning differs. */
#ifndef MOLT_FLOAT_H
#define MOLT_FLOAT_H
#include <math.h>
#include <stdbool.h>

#include "object.h"

extern MoltType molt_type_float;

/* Python's float % and //: the result of % has the sign of the divisor. These
 * return false when b == 0 (the caller raises via molt_float_mod/floordiv). */
MOLT_INLINE bool molt_f64_mod(double a, double b, double *out) {
    if (b == 0.0) return false;
    double mod = fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    *out = mod;
    return true;
}

MOLT_INLINE bool molt_f64_floordiv(double a, double b, double *out) {
    if (b == 0.0) return false;
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    *out = floordiv;
    return true;
}

/* Boxed float operations with Python's exceptions (ZeroDivisionError with
 * CPython's messages, OverflowError for pow). New reference or MOLT_ERROR. */
MoltValue molt_float_truediv(double a, double b);
MoltValue molt_float_floordiv(double a, double b);
MoltValue molt_float_mod(double a, double b);
MoltValue molt_float_pow(double a, double b);
/* divmod(a, b) for floats; false with ZeroDivisionError("float divmod()"). */
bool molt_float_divmod(double a, double b, double *quotient, double *remainder);
/* Shortest round-trip repr, exactly as CPython prints floats. */
MoltValue molt_float_repr(double d);
/* format(float, spec), the whole format mini-language. */
MoltValue molt_float_format(double d, MoltValue spec);
/* float(str): accepts what CPython accepts (whitespace, underscores, inf, nan). */
MoltValue molt_float_from_str(MoltValue text);
int64_t molt_float_hash(double d);
/* round(x) and round(x, n) with CPython's correctly-rounded semantics. */
MoltValue molt_float_round(double d, MoltValue ndigits);
/* float.hex(x) ("0x1.8000000000000p+1") and float.fromhex(str), correctly
 * rounded, with CPython's ValueError/OverflowError/TypeError messages. */
MoltValue molt_float_hex(double d);
MoltValue molt_float_fromhex(MoltValue text);

#endif
