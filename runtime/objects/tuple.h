/* tuple internals shared inside the runtime: the layout (items inline after
 * the header) and constructors that avoid a temporary array. */
#ifndef MOLT_TUPLE_H
#define MOLT_TUPLE_H
#include <stdbool.h>

#include "molt/molt.h"

typedef struct MoltTuple {
    MoltObject header;
    int64_t length;
    MoltValue items[];
} MoltTuple;

static inline bool molt_is_tuple(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_tuple;
}
static inline MoltValue *molt_tuple_items(MoltValue tuple) {
    return ((MoltTuple *)molt_as_ptr(tuple))->items;
}

/* A tuple of `length` items, all MOLT_NONE; the caller stores owned items. */
MoltValue molt_tuple_new(int64_t length);
/* A tuple of two borrowed values. */
MoltValue molt_tuple_pair(MoltValue first, MoltValue second);
/* A tuple of borrowed values. */
MoltValue molt_tuple_from_borrowed(const MoltValue *items, size_t count);
/* tuple(iterable): new reference, or MOLT_ERROR. */
MoltValue molt_tuple_from_iterable(MoltValue iterable);
/* Shared by tuple and list: lexicographic comparison of two item arrays. */
MoltValue molt_sequence_compare(const MoltValue *a, int64_t a_length, const MoltValue *b,
                                int64_t b_length, MoltCompareOp op);
/* Shared by tuple and list: repr of items between `open` and `close`. */
MoltValue molt_sequence_repr(const MoltValue *items, int64_t length, const char *open,
                             const char *close);
/* Shared by tuple and list: the count n of `sequence * n` (negative counts
 * are 0); -1 with TypeError "can't multiply sequence by non-int of type 'x'". */
int64_t molt_sequence_repeat_count(MoltValue count);
/* Shared by tuple.index and list.index: args[1] and args[2] (start, stop) when
 * present, normalized against length. 0 or -1. */
int molt_sequence_index_bounds(const MoltValue *args, size_t nargs, int64_t length, int64_t *start,
                               int64_t *stop);

#endif
