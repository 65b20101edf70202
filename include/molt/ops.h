/* Generic operations on boxed values: the "slow path" generated code falls back
 * to when inference cannot prove types, and the whole of the generic (deopt)
 * version of a function. Every function takes borrowed references and returns
 * a new reference, or MOLT_ERROR with an exception set; int-returning
 * predicates return -1 on error. Error messages are CPython 3.12's. */
#ifndef MOLT_OPS_H
#define MOLT_OPS_H
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* + - * of two floats, and + - * // % & | ^ of two small ints whose result
 * stays small: the cases generated code meets most where the compiler could
 * not prove the types (fields, untyped parameters, generators). Inline, so
 * that such a site costs two tag tests instead of a call;
 * MOLT_NOT_IMPLEMENTED for everything else (division by zero included, for
 * the int type's error). Floats compute as the float type does; // and %
 * round toward negative infinity as Python's do. */
MOLT_INLINE MoltValue molt_number_fast_path(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (molt_is_double(a) && molt_is_double(b)) {
        double x = molt_as_double(a), y = molt_as_double(b);
        switch (op) {
        case MOLT_OP_ADD: return molt_from_double(x + y);
        case MOLT_OP_SUB: return molt_from_double(x - y);
        case MOLT_OP_MUL: return molt_from_double(x * y);
        default: return MOLT_NOT_IMPLEMENTED;
        }
    }
    if (molt_is_small_int(a) && molt_is_small_int(b)) {
        int64_t x = molt_small_int_value(a), y = molt_small_int_value(b), result;
        bool overflow;
        switch (op) {
        case MOLT_OP_ADD: overflow = __builtin_add_overflow(x, y, &result); break;
        case MOLT_OP_SUB: overflow = __builtin_sub_overflow(x, y, &result); break;
        case MOLT_OP_MUL: overflow = __builtin_mul_overflow(x, y, &result); break;
        case MOLT_OP_AND: return molt_from_small_int(x & y);
        case MOLT_OP_OR: return molt_from_small_int(x | y);
        case MOLT_OP_XOR: return molt_from_small_int(x ^ y);
        case MOLT_OP_FLOORDIV: case MOLT_OP_MOD: {
            if (y == 0) return MOLT_NOT_IMPLEMENTED;
            int64_t quotient = x / y, remainder = x % y;   /* small ints: no overflow */
            if (remainder != 0 && (remainder < 0) != (y < 0)) {
                quotient--;
                remainder += y;
            }
            result = op == MOLT_OP_MOD ? remainder : quotient;
            overflow = false;
            break;
        }
        default: return MOLT_NOT_IMPLEMENTED;
        }
        if (!overflow && molt_fits_small_int(result)) return molt_from_small_int(result);
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* a op b past the fast path: the operand types' slots, then CPython's TypeError. */
MoltValue molt_binary_op_slots(MoltBinaryOp op, MoltValue a, MoltValue b);
MOLT_INLINE MoltValue molt_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    MoltValue result = molt_number_fast_path(op, a, b);
    return result != MOLT_NOT_IMPLEMENTED ? result : molt_binary_op_slots(op, a, b);
}
/* a op= b: mutates lists in place (list += iterable, list *= n), otherwise as binary. */
MoltValue molt_inplace_op_slots(MoltBinaryOp op, MoltValue a, MoltValue b);
MOLT_INLINE MoltValue molt_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    MoltValue result = molt_number_fast_path(op, a, b);
    return result != MOLT_NOT_IMPLEMENTED ? result : molt_inplace_op_slots(op, a, b);
}
MoltValue molt_negative(MoltValue a);
MoltValue molt_positive(MoltValue a);
MoltValue molt_invert(MoltValue a);
MoltValue molt_compare(MoltCompareOp op, MoltValue a, MoltValue b);
/* The truth of a comparison: 1, 0, or -1 on error; two small ints or two
 * floats compare inline (IEEE comparisons are Python's for floats, NaN included). */
int molt_compare_bool_slots(MoltCompareOp op, MoltValue a, MoltValue b);
MOLT_INLINE int molt_compare_bool(MoltCompareOp op, MoltValue a, MoltValue b) {
    bool ints = molt_is_small_int(a) && molt_is_small_int(b);
    if (ints || (molt_is_double(a) && molt_is_double(b))) {
        int64_t i = ints ? molt_small_int_value(a) : 0, j = ints ? molt_small_int_value(b) : 0;
        double x = ints ? 0.0 : molt_as_double(a), y = ints ? 0.0 : molt_as_double(b);
        switch (op) {
        case MOLT_CMP_LT: return ints ? i < j : x < y;
        case MOLT_CMP_LE: return ints ? i <= j : x <= y;
        case MOLT_CMP_EQ: return ints ? i == j : x == y;
        case MOLT_CMP_NE: return ints ? i != j : x != y;
        case MOLT_CMP_GT: return ints ? i > j : x > y;
        case MOLT_CMP_GE: return ints ? i >= j : x >= y;
        }
    }
    return molt_compare_bool_slots(op, a, b);
}
/* `item in container`: 1, 0, or -1. */
int molt_contains(MoltValue container, MoltValue item);
/* bool(v): 1, 0, or -1. */
int molt_truthy(MoltValue v);

MoltValue molt_getitem(MoltValue container, MoltValue key);
int molt_setitem(MoltValue container, MoltValue key, MoltValue value);   /* 0 or -1 */
int molt_delitem(MoltValue container, MoltValue key);                    /* 0 or -1 */
/* slice(start, stop, step); absent parts are MOLT_NONE. */
MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step);

/* iter(v), and next(): returns the next item (new reference), MOLT_STOP when
 * exhausted (no exception set), or MOLT_ERROR. */
MoltValue molt_iter(MoltValue iterable);
MoltValue molt_iter_next(MoltValue iterator);
/* Unpacks exactly `count` items of an iterable into out[] (new references), with
 * CPython's "not enough values to unpack (expected 3, got 2)" / "too many values
 * to unpack (expected 2)" ValueErrors. 0 or -1. */
int molt_unpack(MoltValue iterable, MoltValue *out, size_t count);

/* Attribute access and method calls on builtin objects, e.g. "append",
 * "split", "items". Arguments follow the vectorcall layout: args[0..nargs) are
 * positional, followed by one value per keyword named in kwnames (a tuple of
 * str, or MOLT_NONE when there are no keywords). */
MoltValue molt_getattr(MoltValue object, const char *name);
/* getattr for "is it there?" questions: 1 with a new reference in *value, 0
 * when the lookup raised AttributeError (cleared), -1 on any other error. */
int molt_getattr_optional(MoltValue object, const char *name, MoltValue *value);
MoltValue molt_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                           MoltValue kwnames);
/* Calls any callable value (builtin types such as int, str, ValueError;
 * builtin functions). Same argument layout. */
MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* str(v), repr(v), ascii(v), format(v, spec): new str references. */
MoltValue molt_str(MoltValue v);
MoltValue molt_repr(MoltValue v);
MoltValue molt_ascii(MoltValue v);
MoltValue molt_format(MoltValue v, MoltValue spec);
/* hash(v) with CPython's values; -1 (and an exception) for unhashable types. */
int64_t molt_hash(MoltValue v);
/* Python ==, used by containers: 1, 0, or -1. */
int molt_equal(MoltValue a, MoltValue b);

#endif
