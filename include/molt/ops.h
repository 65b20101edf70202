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

MoltValue molt_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b);
/* a op= b: mutates lists in place (list += iterable, list *= n), otherwise as binary. */
MoltValue molt_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b);
MoltValue molt_negative(MoltValue a);
MoltValue molt_positive(MoltValue a);
MoltValue molt_invert(MoltValue a);
MoltValue molt_compare(MoltCompareOp op, MoltValue a, MoltValue b);
/* The truth of a comparison: 1, 0, or -1 on error. */
int molt_compare_bool(MoltCompareOp op, MoltValue a, MoltValue b);
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
