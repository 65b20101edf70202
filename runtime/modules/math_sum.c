/* The math module's accurate sums: fsum (Shewchuk's exact partials, rounded
 * once), hypot and dist (CPython 3.12's scaled, corrected vector norm),
 * sumprod (CPython's integer, triple-length float and generic paths) and
 * prod. Each follows CPython's algorithm step for step, because only the
 * same algorithm gives the same last bit. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "math_internal.h"
#include "../core/args.h"
#include "../objects/number.h"
#include "../objects/tuple.h"

/* A double-length number hi + lo, exactly (error-free transformations). */
typedef struct DoubleLength {
    double hi, lo;
} DoubleLength;

/* a + b exactly, for |a| >= |b|. */
static DoubleLength fast_two_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    DoubleLength result = {x, b - z};
    return result;
}

/* a + b exactly, any order. */
static DoubleLength two_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    DoubleLength result = {x, (a - (x - z)) + (b - z)};
    return result;
}

/* x * y exactly (fma gives the rounding error of the product). */
static DoubleLength two_product(double x, double y) {
    double z = x * y;
    DoubleLength result = {z, fma(x, y, -z)};
    return result;
}

/* ---- fsum ---------------------------------------------------------------------------- */

typedef struct Partials {
    double *items;
    size_t count, capacity;
    double inline_items[32];
} Partials;

static bool partials_push(Partials *partials, double x) {
    if (partials->count == partials->capacity) {
        size_t capacity = partials->capacity * 2;
        double *grown = partials->items == partials->inline_items ? malloc(capacity * sizeof(double))
                                                                   : realloc(partials->items, capacity * sizeof(double));
        if (!grown) return false;
        if (partials->items == partials->inline_items) memcpy(grown, partials->inline_items, sizeof partials->inline_items);
        partials->items = grown;
        partials->capacity = capacity;
    }
    partials->items[partials->count++] = x;
    return true;
}

/* The partials' sum, correctly rounded (half to even across partials). */
static double partials_round(const Partials *partials) {
    size_t n = partials->count;
    const double *p = partials->items;
    if (n == 0) return 0.0;
    volatile double hi = p[--n], lo = 0.0, rounded;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        rounded = hi - x;
        lo = y - rounded;
        if (lo != 0.0) break;
    }
    /* A remainder lo exactly half an ulp could be rounded the wrong way
     * unless the partials below push it: they do when they share its sign. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        rounded = x - hi;
        if (y == rounded) hi = x;
    }
    return hi;
}

static MoltValue fsum_iterator(MoltValue iterator, Partials *partials) {
    double special_sum = 0.0, infinity_sum = 0.0;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_ERROR) return MOLT_ERROR;
        if (item == MOLT_STOP) break;
        double x;
        bool converted = molt_math_to_double(item, &x);
        molt_decref(item);
        if (!converted) return MOLT_ERROR;
        double original = x;
        size_t kept = 0;
        for (size_t j = 0; j < partials->count; j++) {
            double y = partials->items[j];
            if (fabs(x) < fabs(y)) {
                double swap = x;
                x = y;
                y = swap;
            }
            volatile double hi = x + y;
            volatile double rounded = hi - x;
            volatile double lo = y - rounded;
            if (lo != 0.0) partials->items[kept++] = lo;
            x = hi;
        }
        partials->count = kept;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* From an inf or nan summand, or from overflow of finite ones. */
            if (isfinite(original))
                return molt_raise_format(&molt_type_OverflowError, "intermediate overflow in fsum");
            if (isinf(original)) infinity_sum += original;
            special_sum += original;
            partials->count = 0;
        } else if (!partials_push(partials, x)) {
            return molt_raise_format(&molt_type_MemoryError, "math.fsum partials");
        }
    }
    if (special_sum != 0.0) {
        if (isnan(infinity_sum)) return molt_raise_format(&molt_type_ValueError, "-inf + inf in fsum");
        return molt_from_double(special_sum);
    }
    return molt_from_double(partials_round(partials));
}

MoltValue molt_math_fsum(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("math.fsum", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue iterator = molt_iter(args[0]);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    Partials partials;
    partials.items = partials.inline_items;
    partials.count = 0;
    partials.capacity = sizeof partials.inline_items / sizeof(double);
    MoltValue result = fsum_iterator(iterator, &partials);
    if (partials.items != partials.inline_items) free(partials.items);
    molt_decref(iterator);
    return result;
}

/* ---- hypot and dist ------------------------------------------------------------------ */

/* sqrt of the sum of squares of the n values (all finite, |v| <= max),
 * scaled by a power of two so that nothing overflows or underflows, summed
 * in double-length, then corrected by one Newton step on the residual. */
static double vector_norm(size_t n, double *values, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_exponent;
    frexp(max, &max_exponent);
    if (max_exponent < -1023) {
        /* ldexp(1.0, -max_exponent) would overflow: make subnormals normal first. */
        for (size_t i = 0; i < n; i++) values[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, values, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_exponent);
    double sum = 1.0, fraction1 = 0.0, fraction2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = values[i] * scale;
        DoubleLength square = two_product(x, x);
        DoubleLength total = fast_two_sum(sum, square.hi);
        sum = total.hi;
        fraction1 += square.lo;
        fraction2 += total.lo;
    }
    double h = sqrt(sum - 1.0 + (fraction1 + fraction2));
    DoubleLength square = two_product(-h, h);
    DoubleLength total = fast_two_sum(sum, square.hi);
    sum = total.hi;
    fraction1 += square.lo;
    fraction2 += total.lo;
    double x = sum - 1.0 + (fraction1 + fraction2);
    h += x / (2.0 * h);
    return h / scale;
}

/* Room for the coordinates: a small inline array, or the heap. */
static double *coordinates_for(size_t n, double *inline_values, size_t inline_count) {
    if (n <= inline_count) return inline_values;
    double *values = malloc(n * sizeof(double));
    if (!values) molt_raise_format(&molt_type_MemoryError, "out of memory");
    return values;
}

MoltValue molt_math_hypot(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.hypot", kwnames) < 0) return MOLT_ERROR;
    double inline_values[16];
    double *values = coordinates_for(nargs, inline_values, 16);
    if (!values) return MOLT_ERROR;
    double max = 0.0;
    bool found_nan = false;
    MoltValue result = MOLT_NONE;
    for (size_t i = 0; i < nargs && result == MOLT_NONE; i++) {
        double x;
        if (!molt_math_to_double(args[i], &x)) {
            result = MOLT_ERROR;
            break;
        }
        x = fabs(x);
        values[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (result == MOLT_NONE) result = molt_from_double(vector_norm(nargs, values, max, found_nan));
    if (values != inline_values) free(values);
    return result;
}

/* A point of dist: a tuple, or any iterable made into one. */
static MoltValue point_tuple(MoltValue point) {
    if (molt_is_tuple(point)) {
        molt_incref(point);
        return point;
    }
    return molt_tuple_from_iterable(point);
}

MoltValue molt_math_dist(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.dist", kwnames) < 0 || molt_args_check_count("dist", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    MoltValue p = point_tuple(args[0]);
    if (p == MOLT_ERROR) return MOLT_ERROR;
    MoltValue q = point_tuple(args[1]);
    if (q == MOLT_ERROR) {
        molt_decref(p);
        return MOLT_ERROR;
    }
    size_t n = (size_t)molt_tuple_length(p);
    MoltValue result = MOLT_NONE;
    double inline_values[16];
    double *values = NULL;
    if ((size_t)molt_tuple_length(q) != n) {
        result = molt_raise_format(&molt_type_ValueError, "both points must have the same number of dimensions");
    } else if (!(values = coordinates_for(n, inline_values, 16))) {
        result = MOLT_ERROR;
    }
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n && result == MOLT_NONE; i++) {
        double px, qx;
        if (!molt_math_to_double(molt_tuple_items(p)[i], &px) || !molt_math_to_double(molt_tuple_items(q)[i], &qx)) {
            result = MOLT_ERROR;
            break;
        }
        double x = fabs(px - qx);
        values[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (result == MOLT_NONE) result = molt_from_double(vector_norm(n, values, max, found_nan));
    if (values && values != inline_values) free(values);
    molt_decref(p);
    molt_decref(q);
    return result;
}

/* ---- sumprod ---------------------------------------------------------------------------- */

/* A triple-length accumulator: hi + lo + tiny. */
typedef struct TripleLength {
    double hi, lo, tiny;
} TripleLength;

static TripleLength triple_add_product(double x, double y, TripleLength total) {
    DoubleLength product = two_product(x, y);
    DoubleLength sum = two_sum(total.hi, product.hi);
    DoubleLength low = two_sum(total.lo, product.lo);
    DoubleLength middle = two_sum(low.hi, sum.lo);
    TripleLength result = {sum.hi, middle.hi, total.tiny + low.lo + middle.lo};
    return result;
}

static double triple_to_double(TripleLength total) {
    DoubleLength last = two_sum(total.lo, total.hi);
    return total.tiny + last.lo + last.hi;
}

static bool is_exact_int(MoltValue v) { return molt_is_int(v) && !molt_is_bool(v); }

/* The state of one sumprod: the generic total, and the int and float
 * accumulators that serve runs of plain ints and of floats until a pair
 * does not fit them (after which the generic path serves the rest). */
typedef struct SumProduct {
    MoltValue total;
    bool int_enabled, int_in_use, float_enabled, float_in_use;
    int64_t int_total;
    TripleLength float_total;
} SumProduct;

static bool add_to_total(SumProduct *state, MoltValue term) {
    if (term == MOLT_ERROR) return false;
    MoltValue sum = molt_binary_op(MOLT_OP_ADD, state->total, term);
    molt_decref(term);
    molt_decref(state->total);
    state->total = sum;
    return sum != MOLT_ERROR;
}

static bool int_path(SumProduct *state, MoltValue p, MoltValue q) {
    int64_t x, y, product, sum;
    if (!is_exact_int(p) || !is_exact_int(q) || !molt_int_to_i64(p, &x) || !molt_int_to_i64(q, &y) ||
        __builtin_mul_overflow(x, y, &product) || __builtin_add_overflow(state->int_total, product, &sum))
        return false;
    state->int_total = sum;
    state->int_in_use = true;
    return true;
}

/* A float for the float path: a float, or an int or bool that converts. */
static bool float_operand(MoltValue v, double *out) {
    if (molt_is_double(v)) {
        *out = molt_as_double(v);
        return true;
    }
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(v, storage);
    return molt_bigint_to_double(&view, out);
}

static bool float_path(SumProduct *state, MoltValue p, MoltValue q) {
    double x, y;
    bool p_float = molt_is_double(p), q_float = molt_is_double(q);
    if (!(p_float && q_float) && !(p_float && molt_is_int(q)) && !(q_float && molt_is_int(p))) return false;
    if (!float_operand(p, &x) || !float_operand(q, &y)) return false;
    TripleLength total = triple_add_product(x, y, state->float_total);
    if (!isfinite(total.hi)) return false;
    state->float_total = total;
    state->float_in_use = true;
    return true;
}

/* One pair (p, q), or the end (finished): 1 when a fast path took the pair,
 * 0 when the generic path must, -1 on error. */
static int sumprod_fast(SumProduct *state, MoltValue p, MoltValue q, bool finished) {
    if (state->int_enabled) {
        if (!finished && int_path(state, p, q)) return 1;
        state->int_enabled = false;
        if (state->int_in_use) {
            state->int_in_use = false;
            if (!add_to_total(state, molt_int_from_i64(state->int_total))) return -1;
            state->int_total = 0;
        }
    }
    if (state->float_enabled) {
        if (!finished && float_path(state, p, q)) return 1;
        state->float_enabled = false;
        if (state->float_in_use) {
            state->float_in_use = false;
            if (!add_to_total(state, molt_from_double(triple_to_double(state->float_total)))) return -1;
        }
    }
    return 0;
}

static MoltValue sumprod_iterators(MoltValue p_iterator, MoltValue q_iterator) {
    SumProduct state = {molt_from_small_int(0), true, false, true, false, 0, {0.0, 0.0, 0.0}};
    for (;;) {
        MoltValue p = molt_iter_next(p_iterator);
        if (p == MOLT_ERROR) break;
        MoltValue q = molt_iter_next(q_iterator);
        if (q == MOLT_ERROR) {
            molt_decref(p);
            break;
        }
        if ((p == MOLT_STOP) != (q == MOLT_STOP)) {
            molt_decref(p);
            molt_decref(q);
            molt_raise_format(&molt_type_ValueError, "Inputs are not the same length");
            break;
        }
        bool finished = p == MOLT_STOP;
        int fast = sumprod_fast(&state, p, q, finished);
        bool ok = fast >= 0 && (finished || fast == 1 || add_to_total(&state, molt_binary_op(MOLT_OP_MUL, p, q)));
        if (!finished) {
            molt_decref(p);
            molt_decref(q);
        }
        if (!ok) break;
        if (finished) return state.total;
    }
    molt_decref(state.total);
    return MOLT_ERROR;
}

MoltValue molt_math_sumprod(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("math.sumprod", kwnames) < 0 || molt_args_check_count("sumprod", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    MoltValue p_iterator = molt_iter(args[0]);
    if (p_iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue q_iterator = molt_iter(args[1]);
    if (q_iterator == MOLT_ERROR) {
        molt_decref(p_iterator);
        return MOLT_ERROR;
    }
    MoltValue result = sumprod_iterators(p_iterator, q_iterator);
    molt_decref(p_iterator);
    molt_decref(q_iterator);
    return result;
}

/* ---- prod -------------------------------------------------------------------------------- */

MoltValue molt_math_prod(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "start", NULL};
    static const MoltArgSpec spec = {"prod", 1, 1, names, 2};
    MoltValue parsed[2];
    if (molt_math_exact_positional("prod", nargs, 1) < 0) return MOLT_ERROR;
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue iterator = molt_iter(parsed[0]);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = parsed[1] == MOLT_ARG_MISSING ? molt_from_small_int(1) : parsed[1];
    molt_incref(result);
    /* Multiplying in order is what CPython's int and float fast paths
     * compute too, so one generic loop gives the same results. */
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        MoltValue product = item == MOLT_ERROR ? MOLT_ERROR : molt_binary_op(MOLT_OP_MUL, result, item);
        molt_decref(item);
        molt_decref(result);
        result = product;
        if (product == MOLT_ERROR) break;
    }
    molt_decref(iterator);
    return result;
}
