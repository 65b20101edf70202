/* slice objects (slice(1, 10, 2), a[1:10:2]) and molt_slice_unpack, the single
 * place where slice bounds are normalized against a length (see slice.h). */
#include <stdlib.h>
#include <string.h>

#include "slice.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"

int molt_index_from_value(MoltValue v, int64_t *out) {
    if (molt_is_small_int(v)) {
        *out = molt_small_int_value(v);
        return 1;
    }
    if (molt_is_bool(v)) {
        *out = molt_bool_value(v);
        return 1;
    }
    if (!molt_is_int(v)) return 0;
    if (molt_int_to_i64(v, out)) return 1;
    molt_raise_format(&molt_type_IndexError, "cannot fit 'int' into an index-sized integer");
    return -1;
}

MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step) {
    MoltSlice *slice = malloc(sizeof *slice);
    if (!slice) abort();
    slice->header.refcount = 1;
    slice->header.type = &molt_type_slice;
    molt_incref(start);
    molt_incref(stop);
    molt_incref(step);
    slice->start = start;
    slice->stop = stop;
    slice->step = step;
    return molt_from_ptr(slice);
}

/* A slice bound as int64_t; huge ints are clamped (they only ever mean
 * "before the start" or "past the end"). */
static int bound_value(MoltValue v, int64_t *out) {
    if (molt_is_small_int(v) || molt_is_bool(v)) return molt_index_from_value(v, out) == 1 ? 0 : -1;
    if (molt_is_int(v)) {
        if (!molt_int_to_i64(v, out)) {
            MoltValue zero = molt_from_small_int(0);
            int negative = molt_compare_bool(MOLT_CMP_LT, v, zero);
            if (negative < 0) return -1;
            *out = negative ? INT64_MIN + 1 : INT64_MAX;
        }
        return 0;
    }
    molt_raise_format(&molt_type_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
    return -1;
}

int molt_slice_unpack(MoltValue value, int64_t length, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slice_length) {
    const MoltSlice *slice = molt_as_ptr(value);
    *step = 1;
    if (slice->step != MOLT_NONE) {
        if (bound_value(slice->step, step) < 0) return -1;
        if (*step == 0) {
            molt_raise_format(&molt_type_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -INT64_MAX keeps -step representable. */
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    bool backwards = *step < 0;
    int64_t lower = backwards ? -1 : 0;
    int64_t upper = backwards ? length - 1 : length;
    if (slice->start == MOLT_NONE) {
        *start = backwards ? upper : lower;
    } else {
        if (bound_value(slice->start, start) < 0) return -1;
        if (*start < 0) {
            *start += length;
            if (*start < lower) *start = lower;
        } else if (*start > upper) {
            *start = upper;
        }
    }
    if (slice->stop == MOLT_NONE) {
        *stop = backwards ? lower : upper;
    } else {
        if (bound_value(slice->stop, stop) < 0) return -1;
        if (*stop < 0) {
            *stop += length;
            if (*stop < lower) *stop = lower;
        } else if (*stop > upper) {
            *stop = upper;
        }
    }
    if (backwards) {
        *slice_length = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    } else {
        *slice_length = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    }
    return 0;
}

static void slice_dealloc(MoltObject *object) {
    MoltSlice *slice = (MoltSlice *)object;
    molt_decref(slice->start);
    molt_decref(slice->stop);
    molt_decref(slice->step);
    free(slice);
}

static MoltValue slice_repr(MoltValue self) {
    const MoltSlice *slice = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "slice(");
    if (molt_buffer_append_repr(&buffer, slice->start) < 0) goto error;
    molt_buffer_append_cstr(&buffer, ", ");
    if (molt_buffer_append_repr(&buffer, slice->stop) < 0) goto error;
    molt_buffer_append_cstr(&buffer, ", ");
    if (molt_buffer_append_repr(&buffer, slice->step) < 0) goto error;
    molt_buffer_append_cstr(&buffer, ")");
    return molt_buffer_finish(&buffer);
error:
    molt_buffer_free(&buffer);
    return MOLT_ERROR;
}

static MoltValue slice_as_tuple(MoltValue self) {
    const MoltSlice *slice = molt_as_ptr(self);
    MoltValue parts[3] = {slice->start, slice->stop, slice->step};
    return molt_tuple_from_borrowed(parts, 3);
}

static MoltValue slice_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_slice(a) || !molt_is_slice(b)) return MOLT_NOT_IMPLEMENTED;
    MoltValue left = slice_as_tuple(a), right = slice_as_tuple(b);
    MoltValue result = molt_compare(op, left, right);
    molt_decref(left);
    molt_decref(right);
    return result;
}

static int64_t slice_hash(MoltValue self) {
    MoltValue parts = slice_as_tuple(self);
    int64_t hash = molt_hash(parts);
    molt_decref(parts);
    return hash;
}

static MoltValue slice_call(MoltValue callable, const MoltValue *args, size_t nargs,
                            MoltValue kwnames) {
    (void)callable;
    if (molt_args_no_keywords("slice", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("slice", nargs, 1, 3) < 0) return MOLT_ERROR;
    if (nargs == 1) return molt_slice_new(MOLT_NONE, args[0], MOLT_NONE);
    return molt_slice_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

static MoltValue slice_getattr(MoltValue self, const char *name) {
    const MoltSlice *slice = molt_as_ptr(self);
    MoltValue result = MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "start") == 0) result = slice->start;
    else if (strcmp(name, "stop") == 0) result = slice->stop;
    else if (strcmp(name, "step") == 0) result = slice->step;
    molt_incref(result);
    return result;
}

static MoltValue slice_call_method(MoltValue self, const char *name, const MoltValue *args,
                                   size_t nargs, MoltValue kwnames) {
    if (strcmp(name, "indices") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_exactly_one("slice.indices", nargs, kwnames) < 0) return MOLT_ERROR;
    int64_t length;
    int converted = molt_index_from_value(args[0], &length);
    if (converted == 0)
        return molt_raise_format(&molt_type_TypeError,
                                 "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(args[0])->name);
    if (converted < 0) return MOLT_ERROR;
    if (length < 0)
        return molt_raise_format(&molt_type_ValueError, "length should not be negative");
    int64_t start, stop, step, count;
    if (molt_slice_unpack(self, length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
    MoltValue parts[3] = {molt_int_from_i64(start), molt_int_from_i64(stop), molt_int_from_i64(step)};
    return molt_tuple_from_owned(parts, 3);
}

static const char *const slice_method_names[] = {"indices", NULL};

MoltType molt_type_slice = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "slice",
    .base = &molt_type_object,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .call = slice_call,
    .call_method = slice_call_method,
    .getattr = slice_getattr,
    .method_names = slice_method_names,
};
