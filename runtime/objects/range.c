/* range objects and their iterators: O(1) length, indexing, slicing and
 * membership. Bounds that fit in int64_t use machine arithmetic; any other
 * int bounds (range(2 ** 70)) switch the object to exact int arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iter.h"
#include "slice.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"

typedef struct MoltRange {
    MoltObject header;
    int64_t start, stop, step, length;   /* when !big */
    bool big;
    MoltValue big_start, big_stop, big_step, big_length;   /* ints, when big */
} MoltRange;

static MoltRange *range_object(MoltValue v) { return (MoltRange *)molt_as_ptr(v); }

static bool is_range(MoltValue v) {
    return molt_is_ptr(v) && molt_type_of(v) == &molt_type_range;
}

/* len(range(start, stop, step)) in int64_t arithmetic; false when it does not fit. */
static bool small_length(int64_t start, int64_t stop, int64_t step, int64_t *length) {
    uint64_t span;
    if (step > 0 && start < stop) span = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop) span = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    else span = 0;
    *length = (int64_t)span;
    return span <= (uint64_t)INT64_MAX;
}

static MoltValue range_from_small(int64_t start, int64_t stop, int64_t step, int64_t length) {
    MoltRange *range = malloc(sizeof *range);
    if (!range) abort();
    range->header.refcount = 1;
    range->header.type = &molt_type_range;
    range->start = start;
    range->stop = stop;
    range->step = step;
    range->length = length;
    range->big = false;
    range->big_start = range->big_stop = range->big_step = range->big_length = MOLT_NONE;
    return molt_from_ptr(range);
}

/* ---- exact arithmetic for bounds beyond int64_t ---- */

static int int_sign(MoltValue v) { return molt_int_compare(v, molt_from_small_int(0)); }

/* Applies an int operation and drops the (owned) first operand. */
static MoltValue apply(MoltValue (*operation)(MoltValue, MoltValue), MoltValue owned, MoltValue other) {
    MoltValue result = operation(owned, other);
    molt_decref(owned);
    return result;
}

/* len(range(start, stop, step)) exactly. */
static MoltValue big_length_of(MoltValue start, MoltValue stop, MoltValue step) {
    int direction = int_sign(step);
    MoltValue low = direction > 0 ? start : stop, high = direction > 0 ? stop : start;
    if (molt_int_compare(low, high) >= 0) return molt_from_small_int(0);
    MoltValue span = molt_int_sub(high, low);
    span = apply(molt_int_sub, span, molt_from_small_int(1));
    MoltValue magnitude = molt_int_abs(step);
    span = apply(molt_int_floordiv, span, magnitude);
    molt_decref(magnitude);
    return apply(molt_int_add, span, molt_from_small_int(1));
}

/* A range from int values (borrowed), small when everything fits. */
static MoltValue range_from_values(MoltValue start, MoltValue stop, MoltValue step) {
    int64_t small_start, small_stop, small_step;
    if (molt_int_to_i64(start, &small_start) && molt_int_to_i64(stop, &small_stop) &&
        molt_int_to_i64(step, &small_step) && small_step != INT64_MIN) {
        int64_t length;
        if (small_length(small_start, small_stop, small_step, &length))
            return range_from_small(small_start, small_stop, small_step, length);
    }
    MoltRange *range = malloc(sizeof *range);
    if (!range) abort();
    range->header.refcount = 1;
    range->header.type = &molt_type_range;
    range->start = range->stop = range->length = 0;
    range->step = 1;
    range->big = true;
    molt_incref(start);
    molt_incref(stop);
    molt_incref(step);
    range->big_start = start;
    range->big_stop = stop;
    range->big_step = step;
    range->big_length = big_length_of(start, stop, step);
    return molt_from_ptr(range);
}

/* The parts as int values (new references), whichever the representation. */
static MoltValue range_start_value(MoltRange *range) {
    if (!range->big) return molt_int_from_i64(range->start);
    molt_incref(range->big_start);
    return range->big_start;
}
static MoltValue range_stop_value(MoltRange *range) {
    if (!range->big) return molt_int_from_i64(range->stop);
    molt_incref(range->big_stop);
    return range->big_stop;
}
static MoltValue range_step_value(MoltRange *range) {
    if (!range->big) return molt_int_from_i64(range->step);
    molt_incref(range->big_step);
    return range->big_step;
}
static MoltValue range_length_value(MoltRange *range) {
    if (!range->big) return molt_int_from_i64(range->length);
    molt_incref(range->big_length);
    return range->big_length;
}

/* start + index * step, exactly. */
static MoltValue range_item_value(MoltRange *range, MoltValue index) {
    MoltValue step = range_step_value(range), start = range_start_value(range);
    MoltValue offset = molt_int_mul(index, step);
    MoltValue result = molt_int_add(start, offset);
    molt_decref(offset);
    molt_decref(step);
    molt_decref(start);
    return result;
}

/* The position of int `value` in the range (new reference), or MOLT_NONE. */
static MoltValue range_position_value(MoltRange *range, MoltValue value) {
    MoltValue start = range_start_value(range), stop = range_stop_value(range), step = range_step_value(range);
    MoltValue result = MOLT_NONE;
    bool inside = int_sign(step) > 0
                      ? molt_int_compare(start, value) <= 0 && molt_int_compare(value, stop) < 0
                      : molt_int_compare(stop, value) < 0 && molt_int_compare(value, start) <= 0;
    if (inside) {
        MoltValue offset = molt_int_sub(value, start);
        MoltValue remainder = molt_int_mod(offset, step);
        if (int_sign(remainder) == 0) result = molt_int_floordiv(offset, step);
        molt_decref(remainder);
        molt_decref(offset);
    }
    molt_decref(start);
    molt_decref(stop);
    molt_decref(step);
    return result;
}

static int range_argument(MoltValue v) {
    if (molt_is_int(v)) return 0;
    molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                      molt_type_of(v)->name);
    return -1;
}

/* A bool bound behaves as 0 or 1 (and prints so). */
static MoltValue as_plain_int(MoltValue v) {
    return molt_is_bool(v) ? molt_from_small_int(molt_bool_value(v)) : v;
}

MoltValue molt_range_new(MoltValue start_value, MoltValue stop_value, MoltValue step_value) {
    if (start_value == MOLT_NONE) start_value = molt_from_small_int(0);
    if (step_value == MOLT_NONE) step_value = molt_from_small_int(1);
    if (range_argument(start_value) < 0 || range_argument(stop_value) < 0 || range_argument(step_value) < 0)
        return MOLT_ERROR;
    if (int_sign(step_value) == 0) return molt_raise_format(&molt_type_ValueError, "range() arg 3 must not be zero");
    return range_from_values(as_plain_int(start_value), as_plain_int(stop_value), as_plain_int(step_value));
}

static void range_dealloc(MoltObject *object) {
    MoltRange *range = (MoltRange *)object;
    molt_decref(range->big_start);
    molt_decref(range->big_stop);
    molt_decref(range->big_step);
    molt_decref(range->big_length);
    free(range);
}

static MoltValue range_repr(MoltValue self) {
    MoltRange *range = range_object(self);
    if (!range->big) {
        char text[96];
        if (range->step == 1)
            snprintf(text, sizeof text, "range(%lld, %lld)", (long long)range->start, (long long)range->stop);
        else
            snprintf(text, sizeof text, "range(%lld, %lld, %lld)", (long long)range->start,
                     (long long)range->stop, (long long)range->step);
        return molt_str_from_utf8(text, strlen(text));
    }
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "range(");
    molt_buffer_append_repr(&buffer, range->big_start);
    molt_buffer_append_cstr(&buffer, ", ");
    molt_buffer_append_repr(&buffer, range->big_stop);
    if (molt_int_compare(range->big_step, molt_from_small_int(1)) != 0) {
        molt_buffer_append_cstr(&buffer, ", ");
        molt_buffer_append_repr(&buffer, range->big_step);
    }
    molt_buffer_append_cstr(&buffer, ")");
    return molt_buffer_finish(&buffer);
}

/* The (len, start, step) triple CPython hashes and compares ranges by, with
 * None for the parts that do not matter (so equal ranges hash equal). */
static MoltValue range_identity(MoltRange *range) {
    MoltValue length = range_length_value(range);
    MoltValue parts[3] = {length, MOLT_NONE, MOLT_NONE};
    if (int_sign(length) > 0) parts[1] = range_start_value(range);
    if (molt_int_compare(length, molt_from_small_int(1)) > 0) parts[2] = range_step_value(range);
    return molt_tuple_from_owned(parts, 3);
}

static int64_t range_hash(MoltValue self) {
    MoltValue identity = range_identity(range_object(self));
    int64_t hash = molt_hash(identity);
    molt_decref(identity);
    return hash;
}

static MoltValue range_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_range(a) || !is_range(b) || (op != MOLT_CMP_EQ && op != MOLT_CMP_NE)) return MOLT_NOT_IMPLEMENTED;
    MoltValue x = range_identity(range_object(a)), y = range_identity(range_object(b));
    MoltValue result = molt_compare(op, x, y);
    molt_decref(x);
    molt_decref(y);
    return result;
}

/* bool(range) never needs the length as a C integer. */
static int range_truthy(MoltValue self) {
    MoltRange *range = range_object(self);
    return range->big ? int_sign(range->big_length) != 0 : range->length != 0;
}

static int64_t range_length(MoltValue self) {
    MoltRange *range = range_object(self);
    if (!range->big) return range->length;
    int64_t length;
    if (molt_int_to_i64(range->big_length, &length)) return length;
    molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

/* start + index * step; the result is in range, but the product alone may
 * not be, hence unsigned (wrapping) arithmetic. */
static int64_t range_item(MoltRange *range, int64_t index) {
    return (int64_t)((uint64_t)range->start + (uint64_t)index * (uint64_t)range->step);
}

static MoltValue range_slice(MoltRange *range, MoltValue key) {
    int64_t length = range_length(molt_from_ptr(range));
    if (length < 0) return MOLT_ERROR;
    int64_t start, stop, step, count;
    if (molt_slice_unpack(key, length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
    MoltValue slice_start = molt_int_from_i64(start), slice_stop = molt_int_from_i64(stop);
    MoltValue slice_step = molt_int_from_i64(step), range_step = range_step_value(range);
    MoltValue new_start = range_item_value(range, slice_start);
    MoltValue new_stop = range_item_value(range, slice_stop);
    MoltValue new_step = molt_int_mul(slice_step, range_step);
    MoltValue result = range_from_values(new_start, new_stop, new_step);
    MoltValue temporaries[] = {slice_start, slice_stop, slice_step, range_step, new_start, new_stop, new_step};
    for (size_t i = 0; i < sizeof temporaries / sizeof *temporaries; i++) molt_decref(temporaries[i]);
    return result;
}

static MoltValue range_getitem(MoltValue self, MoltValue key) {
    MoltRange *range = range_object(self);
    if (molt_is_slice(key)) return range_slice(range, key);
    if (!molt_is_int(key))
        return molt_raise_format(&molt_type_TypeError, "range indices must be integers or slices, not %s",
                                 molt_type_of(key)->name);
    int64_t index;
    if (!range->big && molt_int_to_i64(key, &index)) {
        if (index < 0) index += range->length;
        if (index < 0 || index >= range->length)
            return molt_raise_format(&molt_type_IndexError, "range object index out of range");
        return molt_int_from_i64(range_item(range, index));
    }
    MoltValue length = range_length_value(range);
    MoltValue position = as_plain_int(key);
    molt_incref(position);
    if (int_sign(position) < 0) position = apply(molt_int_add, position, length);
    bool inside = int_sign(position) >= 0 && molt_int_compare(position, length) < 0;
    molt_decref(length);
    MoltValue result = inside ? range_item_value(range, position)
                              : molt_raise_format(&molt_type_IndexError, "range object index out of range");
    molt_decref(position);
    return result;
}

/* The position of int `value` in a small range, or -1 when absent. */
static int64_t range_position(MoltRange *range, int64_t value) {
    if (range->length == 0) return -1;
    int64_t last = range_item(range, range->length - 1);
    if (range->step > 0 ? (value < range->start || value > last) : (value > range->start || value < last))
        return -1;
    uint64_t offset = range->step > 0 ? (uint64_t)value - (uint64_t)range->start
                                      : (uint64_t)range->start - (uint64_t)value;
    uint64_t step = range->step > 0 ? (uint64_t)range->step : 0 - (uint64_t)range->step;
    return offset % step == 0 ? (int64_t)(offset / step) : -1;
}

/* The position of an int in the range (new reference), or MOLT_NONE. */
static MoltValue range_find_int(MoltRange *range, MoltValue item) {
    int64_t value;
    if (!range->big) {
        if (!molt_int_to_i64(item, &value)) return MOLT_NONE;
        int64_t position = range_position(range, value);
        return position < 0 ? MOLT_NONE : molt_int_from_i64(position);
    }
    return range_position_value(range, as_plain_int(item));
}

static int range_contains(MoltValue self, MoltValue item) {
    MoltRange *range = range_object(self);
    if (molt_is_int(item)) {
        MoltValue position = range_find_int(range, item);
        molt_decref(position);
        return position != MOLT_NONE;
    }
    /* Other types (2.0 in range(3)): compare item by item, as CPython does. */
    MoltValue iterator = molt_iter(self);
    if (iterator == MOLT_ERROR) return -1;
    int found = 0;
    for (;;) {
        MoltValue element = molt_iter_next(iterator);
        if (element == MOLT_STOP || element == MOLT_ERROR) {
            if (element == MOLT_ERROR) found = -1;
            break;
        }
        found = molt_equal(element, item);
        molt_decref(element);
        if (found != 0) break;
    }
    molt_decref(iterator);
    return found;
}

/* ---- iterators: int64_t counters, or exact ints for big ranges ---- */

typedef struct RangeIterator {
    MoltObject header;
    int64_t next, step, remaining;
} RangeIterator;

typedef struct BigRangeIterator {
    MoltObject header;
    MoltValue next, step, remaining;
} BigRangeIterator;

static void range_iterator_dealloc(MoltObject *object) { free(object); }

static MoltValue range_iterator_next(MoltValue self) {
    RangeIterator *iterator = molt_as_ptr(self);
    if (iterator->remaining <= 0) return MOLT_STOP;
    int64_t value = iterator->next;
    iterator->remaining--;
    if (iterator->remaining > 0) iterator->next = (int64_t)((uint64_t)iterator->next + (uint64_t)iterator->step);
    return molt_int_from_i64(value);
}

static void big_range_iterator_dealloc(MoltObject *object) {
    BigRangeIterator *iterator = (BigRangeIterator *)object;
    molt_decref(iterator->next);
    molt_decref(iterator->step);
    molt_decref(iterator->remaining);
    free(iterator);
}

static MoltValue big_range_iterator_next(MoltValue self) {
    BigRangeIterator *iterator = molt_as_ptr(self);
    if (int_sign(iterator->remaining) <= 0) return MOLT_STOP;
    MoltValue value = iterator->next;
    iterator->next = molt_int_add(value, iterator->step);
    iterator->remaining = apply(molt_int_sub, iterator->remaining, molt_from_small_int(1));
    return value;
}

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltType molt_type_range_iterator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "range_iterator",
    .base = &molt_type_object,
    .dealloc = range_iterator_dealloc,
    .iter = iterator_self,
    .iternext = range_iterator_next,
};

static MoltType molt_type_longrange_iterator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "longrange_iterator",
    .base = &molt_type_object,
    .dealloc = big_range_iterator_dealloc,
    .iter = iterator_self,
    .iternext = big_range_iterator_next,
};

static MoltValue range_iterator_new(int64_t first, int64_t step, int64_t count) {
    RangeIterator *iterator = malloc(sizeof *iterator);
    if (!iterator) abort();
    iterator->header.refcount = 1;
    iterator->header.type = &molt_type_range_iterator;
    iterator->next = first;
    iterator->step = step;
    iterator->remaining = count;
    return molt_from_ptr(iterator);
}

/* Takes over the three references. */
static MoltValue big_range_iterator_new(MoltValue first, MoltValue step, MoltValue count) {
    BigRangeIterator *iterator = malloc(sizeof *iterator);
    if (!iterator) abort();
    iterator->header.refcount = 1;
    iterator->header.type = &molt_type_longrange_iterator;
    iterator->next = first;
    iterator->step = step;
    iterator->remaining = count;
    return molt_from_ptr(iterator);
}

static MoltValue range_iter(MoltValue self) {
    MoltRange *range = range_object(self);
    if (!range->big) return range_iterator_new(range->start, range->step, range->length);
    return big_range_iterator_new(range_start_value(range), range_step_value(range), range_length_value(range));
}

MoltValue molt_range_reversed(MoltValue self) {
    MoltRange *range = range_object(self);
    if (!range->big) {
        if (range->length == 0) return range_iterator_new(0, 1, 0);
        return range_iterator_new(range_item(range, range->length - 1), -range->step, range->length);
    }
    MoltValue last_index = molt_int_sub(range->big_length, molt_from_small_int(1));
    MoltValue last = range_item_value(range, last_index);
    molt_decref(last_index);
    return big_range_iterator_new(last, molt_int_neg(range->big_step), range_length_value(range));
}

static MoltValue range_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    if (molt_args_no_keywords("range", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("range", nargs, 1, 3) < 0) return MOLT_ERROR;
    if (nargs == 1) return molt_range_new(MOLT_NONE, args[0], MOLT_NONE);
    return molt_range_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

static MoltValue range_getattr(MoltValue self, const char *name) {
    MoltRange *range = range_object(self);
    if (strcmp(name, "start") == 0) return range_start_value(range);
    if (strcmp(name, "stop") == 0) return range_stop_value(range);
    if (strcmp(name, "step") == 0) return range_step_value(range);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue range_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    MoltRange *range = range_object(self);
    bool is_count = strcmp(name, "count") == 0;
    if (!is_count && strcmp(name, "index") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_exactly_one(is_count ? "range.count" : "range.index", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue position = MOLT_NONE;
    if (molt_is_int(args[0])) {
        position = range_find_int(range, args[0]);
        if (is_count) {
            molt_decref(position);
            return molt_from_small_int(position != MOLT_NONE);
        }
    } else {
        /* Other types: compare item by item, as CPython does. */
        MoltValue iterator = molt_iter(self);
        if (iterator == MOLT_ERROR) return MOLT_ERROR;
        int64_t count = 0, index = 0;
        for (;; index++) {
            MoltValue element = molt_iter_next(iterator);
            if (element == MOLT_STOP) break;
            int equal = element == MOLT_ERROR ? -1 : molt_equal(element, args[0]);
            molt_decref(element);
            if (equal < 0) {
                molt_decref(iterator);
                return MOLT_ERROR;
            }
            if (equal && position == MOLT_NONE) position = molt_int_from_i64(index);
            count += equal;
            if (equal && !is_count) break;
        }
        molt_decref(iterator);
        if (is_count) {
            molt_decref(position);
            return molt_int_from_i64(count);
        }
    }
    if (position != MOLT_NONE) return position;
    MoltValue text = molt_repr(args[0]);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const char *bytes = molt_str_utf8(text, &length);
    molt_raise_format(&molt_type_ValueError, "%.*s is not in range", (int)length, bytes);
    molt_decref(text);
    return MOLT_ERROR;
}

static const char *const range_method_names[] = {"count", "index", NULL};

MoltType molt_type_range = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "range",
    .base = &molt_type_object,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truthy = range_truthy,
    .length = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .call = range_call,
    .call_method = range_call_method,
    .getattr = range_getattr,
    .method_names = range_method_names,
};
