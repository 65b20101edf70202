/* The math module: its table of functions and constants, and the functions
 * of one or two floats, with CPython 3.12's special values and errors
 * (ValueError "math domain error" for invalid arguments and singularities,
 * OverflowError "math range error" for overflow). gamma and lgamma follow
 * CPython's own Lanczos method rather than libm, so results match bit for
 * bit; the rest use libm as CPython does. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "math_internal.h"
#include "../core/args.h"
#include "../objects/module.h"
#include "../objects/number.h"
#include "../objects/tuple.h"

static const double math_pi = 3.141592653589793238462643383279502884197;
static const double math_log_pi = 1.144729885849400174143427351353058711647;

/* ---- arguments and errors ---------------------------------------------------- */

bool molt_math_to_double(MoltValue v, double *out) {
    if (molt_is_double(v)) {
        *out = molt_as_double(v);
        return true;
    }
    if (molt_is_int(v)) return molt_int_to_double(v, out);
    molt_raise_format(&molt_type_TypeError, "must be real number, not %s", molt_type_of(v)->name);
    return false;
}

int molt_math_exact_positional(const char *name, size_t nargs, size_t count) {
    if (nargs == count) return 0;
    molt_raise_format(&molt_type_TypeError, "%s() takes exactly %zu positional argument%s (%zu given)", name, count,
                      count == 1 ? "" : "s", nargs);
    return -1;
}

static MoltValue domain_error(void) { return molt_raise_format(&molt_type_ValueError, "math domain error"); }
static MoltValue range_error(void) { return molt_raise_format(&molt_type_OverflowError, "math range error"); }

/* errno is set after a libm call that returned r: does it mean an error?
 * Underflow (ERANGE with a small result) does not. Raises when it does. */
static bool errno_is_error(double r) {
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return false;
        range_error();
        return true;
    }
    domain_error();
    return true;
}

/* f(x) for a function without singularities that may overflow when
 * can_overflow (CPython's math_1). */
static MoltValue real_function(MoltValue arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!molt_math_to_double(arg, &x)) return MOLT_ERROR;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && errno_is_error(r)) return MOLT_ERROR;
    return molt_from_double(r);
}

/* f(x) for a function that sets errno itself (CPython's math_1a). */
static MoltValue real_function_errno(MoltValue arg, double (*f)(double)) {
    double x;
    if (!molt_math_to_double(arg, &x)) return MOLT_ERROR;
    errno = 0;
    double r = f(x);
    if (errno && errno_is_error(r)) return MOLT_ERROR;
    return molt_from_double(r);
}

/* f(x, y) with CPython's math_2 rules: a NaN from non-NaNs is a domain
 * error, an infinity from finite arguments a range error. */
static MoltValue real_function2(const char *name, const char *qualified, const MoltValue *args, size_t nargs,
                                MoltValue kwnames, double (*f)(double, double)) {
    if (molt_args_no_keywords(qualified, kwnames) < 0 || molt_args_check_count(name, nargs, 2, 2) < 0)
        return MOLT_ERROR;
    double x, y;
    if (!molt_math_to_double(args[0], &x) || !molt_math_to_double(args[1], &y)) return MOLT_ERROR;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return molt_from_double(r);
}

#define MATH_UNARY(name, function, can_overflow)                                          \
    static MoltValue math_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        if (molt_args_exactly_one("math." #name, nargs, kwnames) < 0) return MOLT_ERROR;  \
        return real_function(args[0], function, can_overflow);                            \
    }
#define MATH_UNARY_ERRNO(name, function)                                                  \
    static MoltValue math_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        if (molt_args_exactly_one("math." #name, nargs, kwnames) < 0) return MOLT_ERROR;  \
        return real_function_errno(args[0], function);                                    \
    }
#define MATH_BINARY(name, function)                                                       \
    static MoltValue math_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        return real_function2(#name, "math." #name, args, nargs, kwnames, function);      \
    }

/* A function that passes its qualified name and `extra` on to `helper`. */
#define MATH_DELEGATE(name, helper, extra)                                                \
    static MoltValue math_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        return helper("math." #name, args, nargs, kwnames, extra);                        \
    }

/* ---- functions CPython defines itself ---------------------------------------- */

/* sin(pi * x), exact at integers and half-integers (gamma's reflection). */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(math_pi * y); break;
    case 1: r = cos(math_pi * (y - 0.5)); break;
    case 2: r = sin(math_pi * (1.0 - y)); break;   /* not -sin(pi*(y-1)): keeps +0.0 at y == 1 */
    case 3: r = -cos(math_pi * (y - 1.5)); break;
    default: r = sin(math_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* The Lanczos approximation CPython uses (N = 13, g = 6.024680040776729583740234375),
 * as a rational function; the same coefficients give the same bits. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_numerator[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_denominator[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define GAMMA_TABLE_SIZE 23
static const double gamma_of_integer[GAMMA_TABLE_SIZE] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x) {
    double numerator = 0.0, denominator = 0.0;
    /* Below 5 Horner's rule in x; above, in 1/x, which cannot overflow. */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            numerator = numerator * x + lanczos_numerator[i];
            denominator = denominator * x + lanczos_denominator[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            numerator = numerator / x + lanczos_numerator[i];
            denominator = denominator / x + lanczos_denominator[i];
        }
    }
    return numerator / denominator;
}

static double gamma_function(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= GAMMA_TABLE_SIZE) return gamma_of_integer[(int)x - 1];
    }
    double absolute = fabs(x);
    if (absolute < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absolute > 200.0) {
        if (x < 0.0) return 0.0 / sin_pi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absolute + lanczos_g_minus_half;
    /* The rounding error of y, to correct pow(y, ...) / exp(y) with. */
    double error;
    if (absolute > lanczos_g_minus_half) {
        double q = y - absolute;
        error = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        error = q - absolute;
    }
    error = error * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -math_pi / sin_pi(absolute) / absolute * exp(y) / lanczos_sum(absolute);
        r -= error * r;
        if (absolute < 140.0) {
            r /= pow(y, absolute - 0.5);
        } else {
            double square_root_power = pow(y, absolute / 2.0 - 0.25);
            r /= square_root_power;
            r /= square_root_power;
        }
    } else {
        r = lanczos_sum(absolute) / exp(y);
        r += error * r;
        if (absolute < 140.0) {
            r *= pow(y, absolute - 0.5);
        } else {
            double square_root_power = pow(y, absolute / 2.0 - 0.25);
            r *= square_root_power;
            r *= square_root_power;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double log_gamma_function(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absolute = fabs(x);
    if (absolute < 1e-20) return -log(absolute);
    double r = log(lanczos_sum(absolute)) - lanczos_g;
    r += (absolute - 0.5) * (log(absolute + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = math_log_pi - log(fabs(sin_pi(absolute))) - log(absolute) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* atan2 with C99's special values decided here, as CPython does. */
static double atan2_function(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1.0, x) == 1.0 ? 0.25 * math_pi : 0.75 * math_pi, y);
        return copysign(0.5 * math_pi, y);
    }
    if (isinf(x) || y == 0.0) return copysign(copysign(1.0, x) == 1.0 ? 0.0 : math_pi, y);
    return atan2(y, x);
}

/* IEEE 754 remainder, exact: x - n*y for the nearest n, ties to even n. */
static double remainder_function(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absolute_x = fabs(x), absolute_y = fabs(y);
        double m = fmod(absolute_x, absolute_y);
        /* Compare m with absolute_y - m rather than with 0.5 * absolute_y,
         * which may not be representable. */
        double complement = absolute_y - m;
        double r;
        if (m < complement) r = m;
        else if (m > complement) r = -complement;
        else r = m - 2.0 * fmod(0.5 * (absolute_x - m), absolute_y);   /* halfway: the even multiple */
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double log1p_function(double x) { return x == 0.0 ? x : log1p(x); }   /* keeps -0.0 */

/* A logarithm with C99's special values decided here rather than trusting
 * every libm: -inf (a domain error) at zero, nan (one too) below zero. */
static double logarithm_of_float(double x, double (*f)(double)) {
    if (isnan(x) || x == INFINITY) return x;
    if (x > 0.0) return f(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double log_function(double x) { return logarithm_of_float(x, log); }
static double log2_function(double x) { return logarithm_of_float(x, log2); }
static double log10_function(double x) { return logarithm_of_float(x, log10); }

/* ---- functions of one float ---------------------------------------------------- */

MATH_UNARY(acos, acos, false)
MATH_UNARY(acosh, acosh, false)
MATH_UNARY(asin, asin, false)
MATH_UNARY(asinh, asinh, false)
MATH_UNARY(atan, atan, false)
MATH_UNARY(atanh, atanh, false)
MATH_UNARY(cbrt, cbrt, false)
MATH_UNARY(cos, cos, false)
MATH_UNARY(cosh, cosh, true)
MATH_UNARY(exp, exp, true)
MATH_UNARY(exp2, exp2, true)
MATH_UNARY(expm1, expm1, true)
MATH_UNARY(fabs, fabs, false)
MATH_UNARY(log1p, log1p_function, false)
MATH_UNARY(sin, sin, false)
MATH_UNARY(sinh, sinh, true)
MATH_UNARY(sqrt, sqrt, false)
MATH_UNARY(tan, tan, false)
MATH_UNARY(tanh, tanh, false)
MATH_UNARY_ERRNO(erf, erf)
MATH_UNARY_ERRNO(erfc, erfc)
MATH_UNARY_ERRNO(gamma, gamma_function)
MATH_UNARY_ERRNO(lgamma, log_gamma_function)
MATH_BINARY(atan2, atan2_function)
MATH_BINARY(copysign, copysign)
MATH_BINARY(remainder, remainder_function)

static const double degrees_per_radian = 180.0 / 3.141592653589793238462643383279502884197;
static const double radians_per_degree = 3.141592653589793238462643383279502884197 / 180.0;

static MoltValue scaled(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, double factor) {
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    return molt_from_double(x * factor);
}

MATH_DELEGATE(degrees, scaled, degrees_per_radian)
MATH_DELEGATE(radians, scaled, radians_per_degree)

/* ---- rounding to int --------------------------------------------------------- */

/* floor, ceil and trunc return ints unchanged (a bool as 0 or 1). */
static MoltValue integral(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                          double (*round_function)(double)) {
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue x = args[0];
    if (molt_is_int(x)) return molt_math_to_index(x);
    if (!molt_is_double(x) && round_function == trunc)
        return molt_raise_format(&molt_type_TypeError, "type %s doesn't define __trunc__ method",
                                 molt_type_of(x)->name);
    double value;
    if (!molt_math_to_double(x, &value)) return MOLT_ERROR;
    return molt_int_from_double(round_function(value));
}

MATH_DELEGATE(floor, integral, floor)
MATH_DELEGATE(ceil, integral, ceil)
MATH_DELEGATE(trunc, integral, trunc)

/* ---- pow, fmod, logarithms ----------------------------------------------------- */

static MoltValue math_pow(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.pow", kwnames) < 0 || molt_args_check_count("pow", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    double x, y;
    if (!molt_math_to_double(args[0], &x) || !molt_math_to_double(args[1], &y)) return MOLT_ERROR;
    double r;
    /* C99's special values, decided here rather than trusting every libm. */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return molt_from_double(r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error();           /* negative ** non-integer */
    if (isinf(r)) return x == 0.0 ? domain_error() : range_error();
    return molt_from_double(r);
}

static MoltValue math_fmod(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.fmod", kwnames) < 0 || molt_args_check_count("fmod", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    double x, y;
    if (!molt_math_to_double(args[0], &x) || !molt_math_to_double(args[1], &y)) return MOLT_ERROR;
    if (isinf(y) && isfinite(x)) return molt_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return molt_from_double(r);
}

/* frexp of a positive int too large for a float: mantissa in [0.5, 1),
 * correctly rounded, and the exponent. */
static double big_int_frexp(MoltValue v, double *exponent) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    size_t bits = molt_bigint_bit_length(&view);
    size_t shift = bits - 64;
    size_t digit = shift / MOLT_DIGIT_BITS, offset = shift % MOLT_DIGIT_BITS;
#define DIGIT(i) ((i) < view.length ? (uint64_t)view.digits[i] : 0)
    uint64_t low = DIGIT(digit) | DIGIT(digit + 1) << 32;
    uint64_t top = (low >> offset) | (offset ? DIGIT(digit + 2) << (64 - offset) : 0);
    bool sticky = (DIGIT(digit) & ((1ull << offset) - 1)) != 0;
#undef DIGIT
    for (size_t i = 0; i < digit && !sticky; i++) sticky = view.digits[i] != 0;
    /* The bits below the top 64 only matter as "some were set": one bit far
     * below the rounding position makes the conversion round correctly. */
    double mantissa = ldexp((double)(top | (uint64_t)sticky), -64);
    double scale = (double)bits;
    if (mantissa == 1.0) {
        mantissa = 0.5;
        scale += 1.0;
    }
    *exponent = scale;
    return mantissa;
}

/* log, log2 or log10 of any int or float; ints beyond float range too. */
static MoltValue logarithm(MoltValue arg, double (*f)(double)) {
    if (molt_is_int(arg)) {
        MoltDigit storage[2];
        MoltBigint view = molt_int_view(arg, storage);
        if (view.negative || view.length == 0) return domain_error();
        double x;
        if (molt_bigint_to_double(&view, &x)) return molt_from_double(f(x));
        double exponent;
        double mantissa = big_int_frexp(arg, &exponent);
        return molt_from_double(f(mantissa) + f(2.0) * exponent);
    }
    return real_function(arg, f, false);
}

static MoltValue math_log(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.log", kwnames) < 0 || molt_args_check_count("log", nargs, 1, 2) < 0)
        return MOLT_ERROR;
    MoltValue number = logarithm(args[0], log_function);
    if (number == MOLT_ERROR || nargs == 1) return number;
    MoltValue base = logarithm(args[1], log_function);
    if (base == MOLT_ERROR) return MOLT_ERROR;
    return molt_float_truediv(molt_as_double(number), molt_as_double(base));
}

static MoltValue math_log2(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.log2", nargs, kwnames) < 0) return MOLT_ERROR;
    return logarithm(args[0], log2_function);
}

static MoltValue math_log10(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.log10", nargs, kwnames) < 0) return MOLT_ERROR;
    return logarithm(args[0], log10_function);
}

/* ---- representation: frexp, ldexp, modf, nextafter, ulp ---------------------------- */

static MoltValue math_frexp(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.frexp", nargs, kwnames) < 0) return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    int exponent = 0;
    if (!isnan(x) && !isinf(x) && x != 0.0) x = frexp(x, &exponent);
    return molt_tuple_pair(molt_from_double(x), molt_from_small_int(exponent));
}

static MoltValue math_ldexp(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.ldexp", kwnames) < 0 || molt_args_check_count("ldexp", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    if (!molt_is_int(args[1]))
        return molt_raise_format(&molt_type_TypeError, "Expected an int as second argument to ldexp.");
    int64_t exponent;
    if (!molt_int_to_i64(args[1], &exponent)) exponent = molt_int_compare(args[1], MOLT_FALSE) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    if (x == 0.0 || !isfinite(x)) r = x;
    else if (exponent > INT32_MAX) return range_error();
    else if (exponent < INT32_MIN) r = copysign(0.0, x);
    else r = ldexp(x, (int)exponent);
    if (isinf(r) && isfinite(x)) return range_error();
    return molt_from_double(r);
}

static MoltValue math_modf(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.modf", nargs, kwnames) < 0) return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    double fraction, whole;
    if (isinf(x)) {
        fraction = copysign(0.0, x);
        whole = x;
    } else if (isnan(x)) {
        fraction = whole = x;
    } else {
        fraction = modf(x, &whole);
    }
    return molt_tuple_pair(molt_from_double(fraction), molt_from_double(whole));
}

/* A boxed float is its IEEE bits (include/molt/value.h): stepping the
 * ordered bit patterns steps the floats. */
static uint64_t double_bits(double d) { return molt_from_double(d); }
static double double_from_bits(uint64_t bits) { return molt_as_double(bits); }

/* nextafter(x, y, steps): `steps` representable floats from x towards y,
 * stopping at y, by stepping the ordered bit patterns. */
static double step_towards(double x, double y, uint64_t steps) {
    uint64_t ux = double_bits(x), uy = double_bits(y);
    if (ux == uy) return x;
    const uint64_t sign = 1ull << 63;
    uint64_t ax = ux & ~sign, ay = uy & ~sign;
    if ((ux ^ uy) & sign) {
        /* Opposite signs: down to zero, then up on y's side. */
        if (ax + ay <= steps) return y;
        if (ax < steps) return double_from_bits((uy & sign) | (steps - ax));
        return double_from_bits(ux - steps);
    }
    if (ax > ay) return ax - ay >= steps ? double_from_bits(ux - steps) : y;
    return ay - ax >= steps ? double_from_bits(ux + steps) : y;
}

static MoltValue math_nextafter(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, NULL, "steps", NULL};
    static const MoltArgSpec spec = {"nextafter", 2, 2, names, 3};
    MoltValue parsed[3];
    if (molt_math_exact_positional("nextafter", nargs, 2) < 0) return MOLT_ERROR;
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    double x, y;
    if (!molt_math_to_double(parsed[0], &x) || !molt_math_to_double(parsed[1], &y)) return MOLT_ERROR;
    if (parsed[2] == MOLT_ARG_MISSING || parsed[2] == MOLT_NONE) return molt_from_double(nextafter(x, y));
    MoltValue steps = molt_math_to_index(parsed[2]);
    if (steps == MOLT_ERROR) return MOLT_ERROR;
    int sign = molt_int_compare(steps, MOLT_FALSE);
    int64_t small;
    uint64_t count = molt_int_to_i64(steps, &small) ? (uint64_t)small : UINT64_MAX;
    molt_decref(steps);
    if (sign < 0) return molt_raise_format(&molt_type_ValueError, "steps must be a non-negative integer");
    if (count == 0) return molt_from_double(x);
    if (isnan(x)) return molt_from_double(x);
    if (isnan(y)) return molt_from_double(y);
    return molt_from_double(step_towards(x, y, count));
}

static MoltValue math_ulp(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.ulp", nargs, kwnames) < 0) return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    if (isnan(x)) return molt_from_double(x);
    x = fabs(x);
    if (isinf(x)) return molt_from_double(x);
    double above = nextafter(x, INFINITY);
    if (isinf(above)) return molt_from_double(x - nextafter(x, -INFINITY));   /* the largest float */
    return molt_from_double(above - x);
}

/* ---- predicates ------------------------------------------------------------------- */

static MoltValue classify(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int (*test)(double)) {
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    double x;
    if (!molt_math_to_double(args[0], &x)) return MOLT_ERROR;
    return molt_from_bool(test(x));
}

static int is_finite(double x) { return isfinite(x) != 0; }
static int is_infinite(double x) { return isinf(x) != 0; }
static int is_nan(double x) { return isnan(x) != 0; }

MATH_DELEGATE(isfinite, classify, is_finite)
MATH_DELEGATE(isinf, classify, is_infinite)
MATH_DELEGATE(isnan, classify, is_nan)

static MoltValue math_isclose(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const MoltArgSpec spec = {"isclose", 2, 2, names, 4};
    MoltValue parsed[4];
    if (nargs > 2 && molt_math_exact_positional("isclose", nargs, 2) < 0) return MOLT_ERROR;
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    double a, b, relative = 1e-09, absolute = 0.0;
    if (!molt_math_to_double(parsed[0], &a) || !molt_math_to_double(parsed[1], &b)) return MOLT_ERROR;
    if (parsed[2] != MOLT_ARG_MISSING && !molt_math_to_double(parsed[2], &relative)) return MOLT_ERROR;
    if (parsed[3] != MOLT_ARG_MISSING && !molt_math_to_double(parsed[3], &absolute)) return MOLT_ERROR;
    if (relative < 0.0 || absolute < 0.0)
        return molt_raise_format(&molt_type_ValueError, "tolerances must be non-negative");
    if (a == b) return MOLT_TRUE;
    if (isinf(a) || isinf(b)) return MOLT_FALSE;
    double difference = fabs(b - a);
    return molt_from_bool(difference <= fabs(relative * b) || difference <= fabs(relative * a) ||
                          difference <= absolute);
}

/* ---- the module ------------------------------------------------------------------- */

static MoltValue constant_pi(void) { return molt_from_double(3.141592653589793238462643383279502884197); }
static MoltValue constant_e(void) { return molt_from_double(2.718281828459045235360287471352662497757); }
static MoltValue constant_tau(void) { return molt_from_double(6.283185307179586476925286766559005768394); }
static MoltValue constant_inf(void) { return molt_from_double(INFINITY); }
static MoltValue constant_nan(void) { return molt_from_double(NAN); }

static const MoltModuleAttribute math_attributes[] = {
    {"pi", constant_pi}, {"e", constant_e}, {"tau", constant_tau}, {"inf", constant_inf}, {"nan", constant_nan},
};

/* Not const: the function objects are values whose reference counts move. */
static struct MoltBuiltinFunctionObject math_functions[] = {
    MOLT_MODULE_FUNCTION("acos", math_acos), MOLT_MODULE_FUNCTION("acosh", math_acosh),
    MOLT_MODULE_FUNCTION("asin", math_asin), MOLT_MODULE_FUNCTION("asinh", math_asinh),
    MOLT_MODULE_FUNCTION("atan", math_atan), MOLT_MODULE_FUNCTION("atan2", math_atan2),
    MOLT_MODULE_FUNCTION("atanh", math_atanh), MOLT_MODULE_FUNCTION("cbrt", math_cbrt),
    MOLT_MODULE_FUNCTION("ceil", math_ceil), MOLT_MODULE_FUNCTION("comb", molt_math_comb),
    MOLT_MODULE_FUNCTION("copysign", math_copysign), MOLT_MODULE_FUNCTION("cos", math_cos),
    MOLT_MODULE_FUNCTION("cosh", math_cosh), MOLT_MODULE_FUNCTION("degrees", math_degrees),
    MOLT_MODULE_FUNCTION("dist", molt_math_dist), MOLT_MODULE_FUNCTION("erf", math_erf),
    MOLT_MODULE_FUNCTION("erfc", math_erfc), MOLT_MODULE_FUNCTION("exp", math_exp),
    MOLT_MODULE_FUNCTION("exp2", math_exp2), MOLT_MODULE_FUNCTION("expm1", math_expm1),
    MOLT_MODULE_FUNCTION("fabs", math_fabs), MOLT_MODULE_FUNCTION("factorial", molt_math_factorial),
    MOLT_MODULE_FUNCTION("floor", math_floor), MOLT_MODULE_FUNCTION("fmod", math_fmod),
    MOLT_MODULE_FUNCTION("frexp", math_frexp), MOLT_MODULE_FUNCTION("fsum", molt_math_fsum),
    MOLT_MODULE_FUNCTION("gamma", math_gamma), MOLT_MODULE_FUNCTION("gcd", molt_math_gcd),
    MOLT_MODULE_FUNCTION("hypot", molt_math_hypot), MOLT_MODULE_FUNCTION("isclose", math_isclose),
    MOLT_MODULE_FUNCTION("isfinite", math_isfinite), MOLT_MODULE_FUNCTION("isinf", math_isinf),
    MOLT_MODULE_FUNCTION("isnan", math_isnan), MOLT_MODULE_FUNCTION("isqrt", molt_math_isqrt),
    MOLT_MODULE_FUNCTION("lcm", molt_math_lcm), MOLT_MODULE_FUNCTION("ldexp", math_ldexp),
    MOLT_MODULE_FUNCTION("lgamma", math_lgamma), MOLT_MODULE_FUNCTION("log", math_log),
    MOLT_MODULE_FUNCTION("log10", math_log10), MOLT_MODULE_FUNCTION("log1p", math_log1p),
    MOLT_MODULE_FUNCTION("log2", math_log2), MOLT_MODULE_FUNCTION("modf", math_modf),
    MOLT_MODULE_FUNCTION("nextafter", math_nextafter), MOLT_MODULE_FUNCTION("perm", molt_math_perm),
    MOLT_MODULE_FUNCTION("pow", math_pow), MOLT_MODULE_FUNCTION("prod", molt_math_prod),
    MOLT_MODULE_FUNCTION("radians", math_radians), MOLT_MODULE_FUNCTION("remainder", math_remainder),
    MOLT_MODULE_FUNCTION("sin", math_sin), MOLT_MODULE_FUNCTION("sinh", math_sinh),
    MOLT_MODULE_FUNCTION("sqrt", math_sqrt), MOLT_MODULE_FUNCTION("sumprod", molt_math_sumprod),
    MOLT_MODULE_FUNCTION("tan", math_tan), MOLT_MODULE_FUNCTION("tanh", math_tanh),
    MOLT_MODULE_FUNCTION("trunc", math_trunc), MOLT_MODULE_FUNCTION("ulp", math_ulp),
};

struct MoltModule molt_module_math = MOLT_MODULE("math", math_functions, math_attributes);
