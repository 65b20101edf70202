/* Slice objects and the one helper that normalizes a slice against a sequence
 * length (slice.indices semantics). list, tuple, range and str all call
 * molt_slice_unpack; nobody else clamps slice bounds. */
#ifndef MOLT_SLICE_H
#define MOLT_SLICE_H
#include <stdbool.h>
#include <stdint.h>

#include "molt/molt.h"

typedef struct MoltSlice {
    MoltObject header;
    MoltValue start;   /* each part is MOLT_NONE when absent */
    MoltValue stop;
    MoltValue step;
} MoltSlice;

static inline bool molt_is_slice(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_slice;
}

/* Normalizes `slice` against a sequence of `length` items exactly as CPython's
 * slice.indices() + PySlice_AdjustIndices do: *start and *stop clamped into
 * range, *step never 0, *slice_length the number of items selected. Bounds may
 * be any int (huge ones are clamped) or objects with __index__ semantics of
 * int/bool. Returns 0, or -1 with TypeError ("slice indices must be integers or
 * None or have an __index__ method") / ValueError ("slice step cannot be zero"). */
int molt_slice_unpack(MoltValue slice, int64_t length, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slice_length);

/* Converts an index value (int or bool) to int64_t. Returns 1 on success,
 * 0 when v is not an int (no exception set: the caller words the TypeError),
 * -1 with IndexError("cannot fit 'int' into an index-sized integer") when it
 * does not fit. */
int molt_index_from_value(MoltValue v, int64_t *out);

/* The index of item `i` (0 <= i < slice_length) of a normalized slice. */
static inline int64_t molt_slice_index(int64_t start, int64_t step, int64_t i) {
    return start + i * step;
}

#endif
