/* Numbers inside the runtime: the mixed int/bool/float dispatch the generic
 * operators in runtime/core/ops.c try first, and the few helpers int.c,
 * float.c and number.c share. Not part of the ABI of generated code. */
#ifndef MOLT_NUMBER_H
#define MOLT_NUMBER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"
#include "bigint.h"
#include "format_spec.h"

/* True for int, bool and float values. */
bool molt_is_number(MoltValue v);

/* a op b for any mix of int, bool and float with Python's promotion rules;
 * MOLT_NOT_IMPLEMENTED (no exception) when an operand is not a number. */
MoltValue molt_number_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b);
/* Exact comparison of numbers (a huge int against a float compares
 * mathematically; nan compares false). Returns 1 with *result set to the
 * truth of the comparison, or 0 when an operand is not a number. */
int molt_number_compare(MoltCompareOp op, MoltValue a, MoltValue b, int *result);
/* The richcompare slot of int, bool and float: a bool or MOLT_NOT_IMPLEMENTED. */
MoltValue molt_number_richcompare(MoltValue a, MoltValue b, MoltCompareOp op);
MoltValue molt_number_negative(MoltValue a);
MoltValue molt_number_positive(MoltValue a);
MoltValue molt_number_invert(MoltValue a);
MoltValue molt_number_abs(MoltValue a);
int64_t molt_number_hash(MoltValue v);
int molt_number_truthy(MoltValue v);
/* Methods (bit_length, bit_count, is_integer, conjugate, as_integer_ratio)
 * and attributes (real, imag, numerator, denominator) of numbers; the
 * call_method and getattr slots of int, bool and float. */
MoltValue molt_number_call_method(MoltValue self, const char *name, const MoltValue *args,
                                  size_t nargs, MoltValue kwnames);
MoltValue molt_number_getattr(MoltValue self, const char *name);
/* repr() and str() of an int, bool ("True"/"False") or float. */
MoltValue molt_number_str(MoltValue v);

/* int(str) and float(str) accept every Unicode decimal digit and space: this
 * maps them to ASCII ('0'..'9', ' ') and any other non-ASCII character to '?',
 * which no number parser accepts. Returns `text` itself when it is ASCII, or a
 * malloc'd copy (*copied set) to free; NULL when out of memory. */
const char *molt_number_ascii_text(const char *text, size_t length, size_t *out_length,
                                   bool *copied);

/* int.c: a bigint view of an int or bool (storage backs small values; the
 * view of a heap int borrows its digits), and a Python int from a bigint. */
MoltBigint molt_int_view(MoltValue v, MoltDigit storage[2]);
MoltValue molt_int_from_bigint(const MoltBigint *value);
/* int.to_bytes(length=1, byteorder='big', *, signed=False) and the class
 * method int.from_bytes(bytes, byteorder='big', *, signed=False). */
MoltValue molt_int_to_bytes(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_int_from_bytes(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* float.c: format(float) with an already parsed spec (int's e/f/g/% formats
 * come here after converting to float). */
MoltValue molt_float_format_parsed(double d, const MoltFormatSpec *spec);
/* d as molt_float_to_string(d, code, precision, flags) gives it, laid out by
 * `spec` (sign, grouping, zero padding, width, alignment); `percent` appends
 * '%' after the digits (d already scaled). The tail of format(float) that
 * complex formatting shares, one part at a time. */
MoltValue molt_float_layout(double d, char code, int64_t precision, unsigned flags, bool percent,
                            const MoltFormatSpec *spec);

/* float_shortest.c: the shortest digits that read back as `magnitude` (finite,
 * >= 0), the closest to it of that length, as CPython's repr picks them:
 * writes d1..dn (no trailing zeros; "0" for zero) meaning 0.d1..dn * 10**point
 * and returns n. */
#define MOLT_FLOAT_SHORTEST_DIGITS 17
int molt_float_shortest_digits(double magnitude, char digits[MOLT_FLOAT_SHORTEST_DIGITS], int *point);
/* The power of ten it scales by: floor(10**e / 2**r) + 1 in [2**125, 2**126)
 * as {g >> 63, g mod 2**63}, e in -292..324 (for tests/unit/runtime_float_shortest.c). */
const uint64_t *molt_float_power_of_ten(int e);

/* float_parse.c: the double nearest to decimal text ([sign] digits [. digits]
 * [e [sign] digits], NUL-terminated), as strtod reads it. */
double molt_float_parse_decimal(const char *text);

/* float_repr.c: CPython's PyOS_double_to_string. `code` is one of e E f F g G
 * r ('r' = repr, precision ignored); flags below. Returns malloc'd text
 * (NUL-terminated, length in *length) or NULL when out of memory. */
#define MOLT_FLOAT_ALTERNATE 1u       /* '#': keep the point and trailing zeros */
#define MOLT_FLOAT_ADD_DOT_0 2u       /* integral values in fixed notation get ".0" */
#define MOLT_FLOAT_NO_NEGATIVE_ZERO 4u /* 'z': a result that rounds to zero is unsigned */
char *molt_float_to_string(double d, char code, int64_t precision, unsigned flags,
                           size_t *length);

#endif
