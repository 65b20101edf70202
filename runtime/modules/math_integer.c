/* The math module's exact integer functions: gcd, lcm, isqrt, factorial,
 * comb and perm, on ints of any size. Machine words carry the work while
 * values fit; products of long ranges are split in halves so that the big
 * multiplications are balanced. */
#include <math.h>
#include <stdint.h>

#include "math_internal.h"
#include "../core/args.h"
#include "../objects/number.h"

static MoltValue int_from_u64(uint64_t value) {
    if (value <= (uint64_t)INT64_MAX) return molt_int_from_i64((int64_t)value);
    MoltDigit digits[2] = {(MoltDigit)value, (MoltDigit)(value >> 32)};
    MoltBigint view = {digits, 2, false};
    return molt_int_from_bigint(&view);
}

static uint64_t magnitude(int64_t value) { return value < 0 ? 0 - (uint64_t)value : (uint64_t)value; }

static int sign_of(MoltValue v) { return molt_int_compare(v, MOLT_FALSE); }

static size_t bit_length(MoltValue v) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    return molt_bigint_bit_length(&view);
}

static MoltValue small(int64_t value) { return molt_int_from_i64(value); }

/* Replaces *target (owned) by result; false when result is an error. */
static bool replace(MoltValue *target, MoltValue result) {
    molt_decref(*target);
    *target = result;
    return result != MOLT_ERROR;
}

/* ---- gcd and lcm -------------------------------------------------------------------- */

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}

/* gcd(a, b) >= 0 of two ints (borrowed): Euclid, in words once both fit. */
static MoltValue gcd_pair(MoltValue a, MoltValue b) {
    MoltValue x = molt_int_abs(a);
    if (x == MOLT_ERROR) return MOLT_ERROR;
    MoltValue y = molt_int_abs(b);
    if (y == MOLT_ERROR) {
        molt_decref(x);
        return MOLT_ERROR;
    }
    for (;;) {
        int64_t small_x, small_y;
        if (molt_int_to_i64(x, &small_x) && molt_int_to_i64(y, &small_y)) {
            molt_decref(x);
            molt_decref(y);
            return int_from_u64(gcd_u64(magnitude(small_x), magnitude(small_y)));
        }
        if (sign_of(y) == 0) {
            molt_decref(y);
            return x;
        }
        MoltValue remainder = molt_int_mod(x, y);
        molt_decref(x);
        if (remainder == MOLT_ERROR) {
            molt_decref(y);
            return MOLT_ERROR;
        }
        x = y;
        y = remainder;
    }
}

static MoltValue lcm_pair(MoltValue a, MoltValue b) {
    if (sign_of(a) == 0 || sign_of(b) == 0) return small(0);
    MoltValue divisor = gcd_pair(a, b);
    if (divisor == MOLT_ERROR) return MOLT_ERROR;
    MoltValue quotient = molt_int_floordiv(a, divisor);
    molt_decref(divisor);
    if (quotient == MOLT_ERROR) return MOLT_ERROR;
    MoltValue product = molt_int_mul(quotient, b);
    molt_decref(quotient);
    if (product == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_int_abs(product);
    molt_decref(product);
    return result;
}

/* gcd and lcm of any number of ints: `identity` for none, the absolute
 * value of one; once the result is `absorbing` (1 for gcd, 0 for lcm) the
 * remaining arguments are only checked. */
static MoltValue fold_integers(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                               int64_t identity, int64_t absorbing, MoltValue (*pair)(MoltValue, MoltValue)) {
    if (molt_args_no_keywords(name, kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) return small(identity);
    MoltValue result = molt_math_to_index(args[0]);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    if (nargs == 1) {
        MoltValue absolute = molt_int_abs(result);
        molt_decref(result);
        return absolute;
    }
    for (size_t i = 1; i < nargs; i++) {
        MoltValue x = molt_math_to_index(args[i]);
        if (x == MOLT_ERROR) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        int64_t value;
        bool done = molt_int_to_i64(result, &value) && value == absorbing;
        MoltValue next = done ? MOLT_NONE : pair(result, x);
        molt_decref(x);
        if (!done && !replace(&result, next)) return MOLT_ERROR;
    }
    return result;
}

MoltValue molt_math_gcd(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return fold_integers("math.gcd", args, nargs, kwnames, 0, 1, gcd_pair);
}

MoltValue molt_math_lcm(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return fold_integers("math.lcm", args, nargs, kwnames, 1, 0, lcm_pair);
}

/* ---- isqrt ----------------------------------------------------------------------- */

static uint64_t isqrt_u64(uint64_t n) {
    uint64_t root = (uint64_t)sqrt((double)n);
    while (root > 0 && root > n / root) root--;             /* root * root > n */
    while ((root + 1) <= n / (root + 1)) root++;           /* (root + 1)**2 <= n */
    return root;
}

/* The integer square root of n > 0 by Newton-like refinement on growing
 * prefixes of n: a holds isqrt of the top bits, doubling their count. */
static MoltValue isqrt_big(MoltValue n) {
    size_t c = (bit_length(n) - 1) / 2;
    size_t steps = 0;
    for (size_t t = c; t; t >>= 1) steps++;
    MoltValue a = small(1);
    size_t d = 0;
    for (size_t s = steps; s-- > 0;) {
        size_t e = d;
        d = c >> s;
        MoltValue shifted_a = molt_int_lshift(a, small((int64_t)(d - e - 1)));
        MoltValue shifted_n = molt_int_rshift(n, small((int64_t)(2 * c - e - d + 1)));
        MoltValue quotient = shifted_n == MOLT_ERROR ? MOLT_ERROR : molt_int_floordiv(shifted_n, a);
        molt_decref(shifted_n);
        MoltValue sum = shifted_a == MOLT_ERROR || quotient == MOLT_ERROR ? MOLT_ERROR : molt_int_add(shifted_a, quotient);
        molt_decref(shifted_a);
        molt_decref(quotient);
        if (!replace(&a, sum)) return MOLT_ERROR;
    }
    MoltValue square = molt_int_mul(a, a);
    if (square == MOLT_ERROR) {
        molt_decref(a);
        return MOLT_ERROR;
    }
    bool too_big = molt_int_compare(square, n) > 0;
    molt_decref(square);
    if (too_big) replace(&a, molt_int_sub(a, small(1)));
    return a;
}

MoltValue molt_math_isqrt(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.isqrt", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue n = molt_math_to_index(args[0]);
    if (n == MOLT_ERROR) return MOLT_ERROR;
    int sign = sign_of(n);
    MoltValue result;
    int64_t value;
    if (sign < 0) result = molt_raise_format(&molt_type_ValueError, "isqrt() argument must be nonnegative");
    else if (molt_int_to_i64(n, &value)) result = int_from_u64(isqrt_u64((uint64_t)value));
    else result = isqrt_big(n);
    molt_decref(n);
    return result;
}

/* ---- factorial, perm, comb ---------------------------------------------------------- */

/* low * (low + 1) * ... * high for 1 <= low <= high, split in halves. */
static MoltValue range_product(uint64_t low, uint64_t high) {
    if (high - low < 16) {
        uint64_t product = 1;
        bool fits = true;
        for (uint64_t i = low; i <= high && fits; i++) fits = !__builtin_mul_overflow(product, i, &product);
        if (fits) return int_from_u64(product);
        if (low == high) return int_from_u64(low);
    }
    uint64_t middle = low + (high - low) / 2;
    MoltValue left = range_product(low, middle);
    if (left == MOLT_ERROR) return MOLT_ERROR;
    MoltValue right = range_product(middle + 1, high);
    if (right == MOLT_ERROR) {
        molt_decref(left);
        return MOLT_ERROR;
    }
    MoltValue result = molt_int_mul(left, right);
    molt_decref(left);
    molt_decref(right);
    return result;
}

/* n * (n - 1) * ... * (n - count + 1) for an n of any size. */
static MoltValue falling_product(MoltValue n, uint64_t count) {
    int64_t small_n;
    if (count == 0) return small(1);
    if (molt_int_to_i64(n, &small_n)) return range_product((uint64_t)small_n - count + 1, (uint64_t)small_n);
    MoltValue result = small(1);
    MoltValue factor = n;
    molt_incref(factor);
    for (uint64_t i = 0; i < count; i++) {
        if (!replace(&result, molt_int_mul(result, factor)) || !replace(&factor, molt_int_sub(factor, small(1)))) {
            molt_decref(result);
            molt_decref(factor);
            return MOLT_ERROR;
        }
    }
    molt_decref(factor);
    return result;
}

static MoltValue factorial_of(MoltValue n) {
    int64_t value;
    if (!molt_int_to_i64(n, &value)) {
        if (sign_of(n) < 0) value = -1;
        else return molt_raise_format(&molt_type_OverflowError, "factorial() argument should not exceed %lld",
                                      (long long)INT64_MAX);
    }
    if (value < 0) return molt_raise_format(&molt_type_ValueError, "factorial() not defined for negative values");
    if (value < 2) return small(1);
    return range_product(1, (uint64_t)value);
}

MoltValue molt_math_factorial(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.factorial", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue n = molt_math_to_index(args[0]);
    if (n == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = factorial_of(n);
    molt_decref(n);
    return result;
}

/* The n and k of comb and perm as ints, checked non-negative. */
static bool read_n_and_k(MoltValue n_argument, MoltValue k_argument, MoltValue *n, MoltValue *k) {
    *n = molt_math_to_index(n_argument);
    if (*n == MOLT_ERROR) return false;
    *k = molt_math_to_index(k_argument);
    if (*k == MOLT_ERROR) {
        molt_decref(*n);
        return false;
    }
    const char *message = sign_of(*n) < 0 ? "n must be a non-negative integer"
                          : sign_of(*k) < 0 ? "k must be a non-negative integer" : NULL;
    if (!message) return true;
    molt_raise_format(&molt_type_ValueError, "%s", message);
    molt_decref(*n);
    molt_decref(*k);
    return false;
}

MoltValue molt_math_perm(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.perm", kwnames) < 0 || molt_args_check_count("perm", nargs, 1, 2) < 0)
        return MOLT_ERROR;
    if (nargs == 1 || args[1] == MOLT_NONE) return molt_math_factorial(args, 1, MOLT_NONE);
    MoltValue n, k;
    if (!read_n_and_k(args[0], args[1], &n, &k)) return MOLT_ERROR;
    int64_t count;
    MoltValue result;
    if (molt_int_compare(k, n) > 0) result = small(0);
    else if (!molt_int_to_i64(k, &count))
        result = molt_raise_format(&molt_type_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    else result = falling_product(n, (uint64_t)count);
    molt_decref(n);
    molt_decref(k);
    return result;
}

MoltValue molt_math_comb(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.comb", kwnames) < 0 || molt_args_check_count("comb", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    MoltValue n, k;
    if (!read_n_and_k(args[0], args[1], &n, &k)) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (molt_int_compare(k, n) > 0) {
        result = small(0);
    } else {
        /* comb(n, k) == comb(n, n - k): use the smaller. */
        MoltValue other = molt_int_sub(n, k);
        if (other != MOLT_ERROR && molt_int_compare(other, k) < 0) replace(&k, other);
        else molt_decref(other);
        int64_t count;
        if (!molt_int_to_i64(k, &count)) {
            molt_raise_format(&molt_type_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        } else if (count == 0) {
            result = small(1);
        } else {
            MoltValue numerator = falling_product(n, (uint64_t)count);
            MoltValue denominator = numerator == MOLT_ERROR ? MOLT_ERROR : range_product(1, (uint64_t)count);
            if (denominator != MOLT_ERROR) result = molt_int_floordiv(numerator, denominator);
            molt_decref(numerator);
            molt_decref(denominator);
        }
    }
    molt_decref(n);
    molt_decref(k);
    return result;
}
