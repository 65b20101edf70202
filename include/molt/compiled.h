/* Support for generated code that is not a Python-level operation: unboxed
 * int64 arithmetic with exact fallbacks, exact mixed int/float comparison,
 * and the runtime halves of constructs the compiler lowers (unpacking with a
 * star, counted range loops, starred call arguments). */
#ifndef MOLT_COMPILED_H
#define MOLT_COMPILED_H
#include <stdbool.h>
#include <stddef.h>
#include <math.h>
#include <stdint.h>

#include "int.h"
#include "object.h"

/* a ** b for b >= 0 when the result fits in int64 (false otherwise). */
MOLT_INLINE bool molt_i64_pow(int64_t base, int64_t exponent, int64_t *out) {
    if (exponent < 0) return false;
    int64_t result = 1;
    while (exponent) {
        if (exponent & 1)
            if (__builtin_mul_overflow(result, base, &result)) return false;
        exponent >>= 1;
        if (exponent && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

/* x ** y for the common case (positive finite base, finite exponent, finite
 * result), computed by the C library's pow exactly as CPython computes it
 * (generated code is compiled with -fno-builtin-pow: a constant-folded pow
 * is correctly rounded, the C library's is not, and CPython uses the latter);
 * false for everything else, which takes the exact path (molt_float_pow). */
MOLT_INLINE bool molt_f64_pow(double x, double y, double *out) {
    if (!(x > 0.0) || x == __builtin_inf() || y != y || y == __builtin_inf() || y == -__builtin_inf()) return false;
    double result = pow(x, y);
    if (result == __builtin_inf()) return false;
    *out = result;
    return true;
}

/* Exact comparison of an int64 with a double, as Python compares int and
 * float (by mathematical value, not by rounding the int). op: 0 <, 1 <=,
 * 2 ==, 3 !=, 4 >, 5 >= (MoltCompareOp order). */
MOLT_INLINE bool molt_compare_i64_f64(int op, int64_t a, double b) {
    int order;   /* -1, 0, 1, or 2 for unordered (NaN) */
    if (b != b) {
        order = 2;
    } else if (a >= -(INT64_C(1) << 53) && a <= (INT64_C(1) << 53)) {
        double da = (double)a;
        order = da < b ? -1 : da > b ? 1 : 0;
    } else if (b >= 9223372036854775808.0) {
        order = -1;
    } else if (b < -9223372036854775808.0) {
        order = 1;
    } else {
        /* b is within int64 range; compare integer parts, then the fraction. */
        double whole = b < 0 ? -__builtin_floor(-b) : __builtin_floor(b);
        int64_t bi = (int64_t)whole;
        if (a != bi) order = a < bi ? -1 : 1;
        else order = b > whole ? -1 : b < whole ? 1 : 0;
    }
    switch (op) {
    case 0: return order == -1;
    case 1: return order == -1 || order == 0;
    case 2: return order == 0;
    case 3: return order != 0;
    case 4: return order == 1;
    default: return order == 1 || order == 0;
    }
}

/* Specialized functions whose result is an int return it unboxed. The rare
 * other outcomes (an exception, or an int too wide for int64 after a deopt)
 * return INT64_MIN with the boxed outcome parked here; 0 means none. */
extern MoltValue molt_special_return;

MOLT_INLINE int64_t molt_return_special(MoltValue outcome) {
    molt_special_return = outcome;
    return INT64_MIN;
}

MOLT_INLINE bool molt_is_special_return(int64_t result) { return result == INT64_MIN && molt_special_return != 0; }

MOLT_INLINE MoltValue molt_take_special_return(void) {
    MoltValue outcome = molt_special_return;
    molt_special_return = 0;
    return outcome;
}

/* A boxed result (owned) returned from an int-returning specialized function. */
MOLT_INLINE int64_t molt_return_boxed_int(MoltValue result) {
    if (molt_is_small_int(result)) return molt_small_int_value(result);
    int64_t wide;
    if (result != MOLT_ERROR && molt_int_to_i64_slow(result, &wide)) {
        molt_decref(result);
        if (wide != INT64_MIN) return wide;
        return molt_return_special(molt_int_from_i64(wide));
    }
    return molt_return_special(result);
}

/* The boxed form of an int-returning function's result, for boxed callers. */
MOLT_INLINE MoltValue molt_box_int_return(int64_t result) {
    return molt_is_special_return(result) ? molt_take_special_return() : molt_int_from_i64(result);
}

/* The exact (boxed) result of an int operation whose int64 fast path
 * overflowed or must raise. New reference or MOLT_ERROR. */
MoltValue molt_i64_binary_slow(MoltBinaryOp op, int64_t a, int64_t b);
MoltValue molt_i64_negate_slow(int64_t a);
/* int / int for int64 operands, correctly rounded; MOLT_ERROR on division by zero. */
MoltValue molt_i64_truediv_slow(int64_t a, int64_t b);

/* Unpacks exactly `count` targets with the starred one (star_index, or -1)
 * collecting the rest into a list; returns a tuple of `count` items. */
MoltValue molt_unpack_to_tuple(MoltValue iterable, size_t count, int star_index);
/* range() argument: an int (bools become ints), else TypeError. */
MoltValue molt_range_argument(MoltValue value);
/* The test of a counted loop on boxed ints: step > 0 ? i < stop : i > stop. */
int molt_range_continues(MoltValue index, MoltValue stop, MoltValue step);
/* Calls `callable` with positional args where star[i] marks *iterable
 * arguments, followed by keyword values named by kwnames. */
MoltValue molt_call_starred(MoltValue callable, const MoltValue *args, const bool *star, size_t nargs,
                            MoltValue kwnames);
/* A call with `**mapping` arguments: positional args as molt_call_starred
 * (star may be NULL), then keyword_count values named by names[i], where a
 * NULL name marks a **mapping whose items are keyword arguments. */
MoltValue molt_call_unpacking(MoltValue callable, const MoltValue *args, const bool *star, size_t nargs,
                              const char *const *names, size_t keyword_count);
/* A tuple of str for keyword names, created once per call site. */
MoltValue molt_keyword_names(const char *const *names, size_t count);
/* Raises ValueError for range()'s zero step; returns MOLT_ERROR. */
MoltValue molt_raise_range_zero_step(void);

/* A def's evaluated annotations (a dict, borrowed) become its function
 * object's __annotations__; returns None. */
MoltValue molt_function_set_annotations(MoltValue function, MoltValue annotations);

/* A class statement: qualname "C" or "f.<locals>.C" (its last part is the
 * name), bases a tuple, namespace the dict the body filled (both borrowed). */
MoltValue molt_class_from_body(const char *qualname, MoltValue bases, MoltValue namespace);

/* class C(bases, metaclass=ABCMeta, **keywords): the same with the metaclass
 * value the compiler accepted by name (None when not given; NotImplementedError
 * if the name is bound to another) and the other keywords as a dict (or None),
 * passed to __init_subclass__. qualname is a str. */
MoltValue molt_class_from_body_with_keywords(MoltValue qualname, MoltValue bases, MoltValue namespace,
                                             MoltValue metaclass, MoltValue keywords);

/* with m: m's bound __exit__, or CPython's TypeError when m lacks __enter__
 * or __exit__ ("'int' object does not support the context manager protocol"). */
MoltValue molt_context_exit(MoltValue manager);
/* async with m: m's bound __aexit__, or "'int' object does not support the
 * asynchronous context manager protocol". */
MoltValue molt_async_context_exit(MoltValue manager);
/* async for: iterable.__aiter__() (which must have __anext__), with CPython's
 * TypeErrors; molt_async_next(it) is it.__anext__(), the awaitable the loop awaits. */
MoltValue molt_async_iter(MoltValue iterable);
MoltValue molt_async_next(MoltValue iterator);

/* try/except* (runtime/core/except_star.c). A clause with types `type`
 * splits the unhandled `rest` into a new (match, rest) tuple (each None when
 * empty; TypeError for group classes); enter makes `match` the exception
 * its handler runs under (it returns MOLT_ERROR, which the handler catches);
 * finish raises what the clauses raised (the list `raised`) combined with the
 * rest, or returns None when nothing is left to raise. */
MoltValue molt_except_star_match(MoltValue rest, MoltValue type);
MoltValue molt_except_star_enter(MoltValue match);
MoltValue molt_except_star_finish(MoltValue original, MoltValue raised, MoltValue rest);

/* The match statement (runtime/core/match.c): may a sequence or a mapping
 * pattern match the subject (a bool value)? And a class pattern
 * C(p1, p2, k=p3): None when the subject is not a C or lacks an attribute,
 * else a tuple of the values the positional (via __match_args__, or the
 * subject itself for int(x) and friends) and keyword sub-patterns match. */
MoltValue molt_match_is_sequence(MoltValue subject);
/* dir() without an argument in a function: the sorted names[i] (a tuple of
 * str) whose values[i] is bound; a cell or free variable comes as its cell. */
MoltValue molt_dir_locals(MoltValue names, MoltValue values);
MoltValue molt_match_is_mapping(MoltValue subject);
MoltValue molt_match_class(MoltValue subject, MoltValue cls, MoltValue positional_count, MoltValue keyword_names);

#endif
