/* What the files of the math module share: argument conversion with
 * CPython's messages, and the functions math.c's table lists that live in
 * math_integer.c (exact integer functions) and math_sum.c (accurate sums
 * and norms). */
#ifndef MOLT_MATH_INTERNAL_H
#define MOLT_MATH_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>

#include "molt/molt.h"

/* A float argument as PyFloat_AsDouble reads it: float, int or bool; false
 * with TypeError "must be real number, not str" or OverflowError. */
bool molt_math_to_double(MoltValue v, double *out);
/* An integer argument as operator.index reads it: a new reference to an int
 * (a bool becomes 0 or 1), or MOLT_ERROR with CPython's TypeError; range()
 * reads its arguments the same way. */
#define molt_math_to_index molt_range_argument
/* "NAME() takes exactly N positional argument(s) (M given)": 0 or -1. */
int molt_math_exact_positional(const char *name, size_t nargs, size_t count);

#define MOLT_MATH_FUNCTION(name) MoltValue molt_math_##name(const MoltValue *args, size_t nargs, MoltValue kwnames);
MOLT_MATH_FUNCTION(gcd)
MOLT_MATH_FUNCTION(lcm)
MOLT_MATH_FUNCTION(isqrt)
MOLT_MATH_FUNCTION(factorial)
MOLT_MATH_FUNCTION(comb)
MOLT_MATH_FUNCTION(perm)
MOLT_MATH_FUNCTION(fsum)
MOLT_MATH_FUNCTION(hypot)
MOLT_MATH_FUNCTION(dist)
MOLT_MATH_FUNCTION(sumprod)
MOLT_MATH_FUNCTION(prod)
#undef MOLT_MATH_FUNCTION

#endif
