/* Python complex: a heap object holding two doubles. Arithmetic, repr,
 * hashing, format() and the constructor live in runtime/objects/complex.c. */
#ifndef MOLT_COMPLEX_H
#define MOLT_COMPLEX_H
#include <stdbool.h>

#include "object.h"

extern MoltType molt_type_complex;

typedef struct MoltComplex {
    MoltObject header;
    double real, imag;
} MoltComplex;

/* A new complex real+imag*j. */
MoltValue molt_complex_new(double real, double imag);
/* The imaginary literal `imag`j of generated code (imag a float value). */
MoltValue molt_complex_imaginary(MoltValue imag);
/* abs(z): a float, OverflowError "absolute value too large" past the doubles. */
MoltValue molt_complex_abs(MoltValue z);

MOLT_INLINE bool molt_is_complex(MoltValue v) {
    return molt_is_ptr(v) && ((const MoltObject *)molt_as_ptr(v))->type == &molt_type_complex;
}

#endif
