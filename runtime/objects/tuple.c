/* tuple: an immutable array of values stored inline after the header. Also
 * the comparison and repr helpers that list shares. */
#include <stdlib.h>
#include <string.h>

#include "iter.h"
#include "list.h"
#include "slice.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"

MoltValue molt_tuple_new(int64_t length) {
    MoltTuple *tuple = molt_gc_allocate(sizeof *tuple + (size_t)length * sizeof(MoltValue), &molt_type_tuple);
    tuple->length = length;
    for (int64_t i = 0; i < length; i++) tuple->items[i] = MOLT_NONE;
    return molt_from_ptr(tuple);
}

MoltValue molt_tuple_from_owned(MoltValue *items, size_t count) {
    MoltValue tuple = molt_tuple_new((int64_t)count);
    if (count) memcpy(molt_tuple_items(tuple), items, count * sizeof *items);
    return tuple;
}

MoltValue molt_tuple_from_borrowed(const MoltValue *items, size_t count) {
    MoltValue tuple = molt_tuple_new((int64_t)count);
    MoltValue *destination = molt_tuple_items(tuple);
    for (size_t i = 0; i < count; i++) {
        molt_incref(items[i]);
        destination[i] = items[i];
    }
    return tuple;
}

MoltValue molt_tuple_pair(MoltValue first, MoltValue second) {
    MoltValue items[2] = {first, second};
    return molt_tuple_from_borrowed(items, 2);
}

MoltValue molt_tuple_from_iterable(MoltValue iterable) {
    if (molt_is_tuple(iterable)) {
        molt_incref(iterable);
        return iterable;
    }
    MoltValue list = molt_list_from_iterable(iterable);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    MoltList *object = molt_list_object(list);
    MoltValue tuple = molt_tuple_from_owned(object->items, (size_t)object->length);
    object->length = 0;   /* the tuple took the references */
    molt_decref(list);
    return tuple;
}

int64_t molt_tuple_length(MoltValue tuple) { return ((MoltTuple *)molt_as_ptr(tuple))->length; }

MoltValue molt_tuple_getitem_i64(MoltValue value, int64_t index) {
    MoltTuple *tuple = molt_as_ptr(value);
    if (index < 0) index += tuple->length;
    if (index < 0 || index >= tuple->length)
        return molt_raise_format(&molt_type_IndexError, "tuple index out of range");
    molt_incref(tuple->items[index]);
    return tuple->items[index];
}

MoltValue molt_sequence_compare(const MoltValue *a, int64_t a_length, const MoltValue *b,
                                int64_t b_length, MoltCompareOp op) {
    if (a_length != b_length && (op == MOLT_CMP_EQ || op == MOLT_CMP_NE))
        return molt_from_bool(op == MOLT_CMP_NE);
    int64_t i = 0;
    for (; i < a_length && i < b_length; i++) {
        int equal = molt_equal(a[i], b[i]);
        if (equal < 0) return MOLT_ERROR;
        if (!equal) break;
    }
    if (i >= a_length || i >= b_length) {
        int64_t x = a_length, y = b_length;
        bool result = false;
        switch (op) {
        case MOLT_CMP_LT: result = x < y; break;
        case MOLT_CMP_LE: result = x <= y; break;
        case MOLT_CMP_EQ: result = x == y; break;
        case MOLT_CMP_NE: result = x != y; break;
        case MOLT_CMP_GT: result = x > y; break;
        case MOLT_CMP_GE: result = x >= y; break;
        }
        return molt_from_bool(result);
    }
    if (op == MOLT_CMP_EQ) return MOLT_FALSE;
    if (op == MOLT_CMP_NE) return MOLT_TRUE;
    return molt_compare(op, a[i], b[i]);
}

MoltValue molt_sequence_repr(const MoltValue *items, int64_t length, const char *open,
                             const char *close) {
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, open);
    for (int64_t i = 0; i < length; i++) {
        if (i > 0) molt_buffer_append(&buffer, ", ", 2);
        if (molt_buffer_append_repr(&buffer, items[i]) < 0) {
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&buffer, close);
    return molt_buffer_finish(&buffer);
}

static void tuple_dealloc(MoltObject *object) {
    MoltTuple *tuple = (MoltTuple *)object;
    for (int64_t i = 0; i < tuple->length; i++) molt_decref(tuple->items[i]);
    molt_gc_free(object);
}

static MoltValue tuple_repr(MoltValue self) {
    MoltTuple *tuple = molt_as_ptr(self);
    if (tuple->length == 0) return molt_str_from_utf8("()", 2);
    if (molt_repr_enter(self)) return molt_str_from_utf8("(...)", 5);
    MoltValue result = molt_sequence_repr(tuple->items, tuple->length, "(", tuple->length == 1 ? ",)" : ")");
    molt_repr_leave(self);
    return result;
}

/* CPython's xxHash-based tuple hash, so that hash((1, 2)) matches. */
static int64_t tuple_hash(MoltValue self) {
    const uint64_t prime1 = 11400714785074694791ULL;
    const uint64_t prime2 = 14029467366897019727ULL;
    const uint64_t prime5 = 2870177450012600261ULL;
    MoltTuple *tuple = molt_as_ptr(self);
    uint64_t accumulator = prime5;
    for (int64_t i = 0; i < tuple->length; i++) {
        int64_t lane = molt_hash(tuple->items[i]);
        if (lane == -1) return -1;
        accumulator += (uint64_t)lane * prime2;
        accumulator = (accumulator << 31) | (accumulator >> 33);
        accumulator *= prime1;
    }
    accumulator += (uint64_t)tuple->length ^ (prime5 ^ 3527539UL);
    if (accumulator == (uint64_t)-1) return 1546275796;
    return (int64_t)accumulator;
}

int64_t molt_sequence_repeat_count(MoltValue count) {
    int64_t n;
    if (molt_is_small_int(count) || molt_is_bool(count)) {
        n = molt_is_bool(count) ? molt_bool_value(count) : molt_small_int_value(count);
    } else if (molt_is_int(count)) {
        if (!molt_int_to_i64(count, &n) || n > INT64_MAX / 2) {
            MoltValue zero = molt_from_small_int(0);
            if (molt_compare_bool(MOLT_CMP_LT, count, zero) == 1) return 0;
            molt_raise_format(&molt_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    } else {
        molt_raise_format(&molt_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                          molt_type_of(count)->name);
        return -1;
    }
    return n < 0 ? 0 : n;
}

/* A tuple or an instance of a subclass (a named tuple): the operators below
 * take either, and answer with plain tuples, as CPython's. */
static bool is_tuple_like(MoltValue v) {
    return molt_is_ptr(v) && (molt_is_tuple(v) || molt_type_is_subtype(molt_type_of(v), &molt_type_tuple));
}

static MoltValue tuple_repeat(MoltValue self, MoltValue count_value) {
    int64_t count = molt_sequence_repeat_count(count_value);
    if (count < 0) return MOLT_ERROR;
    MoltTuple *tuple = molt_as_ptr(self);
    if (count == 1 && molt_is_tuple(self)) {
        molt_incref(self);
        return self;
    }
    if (tuple->length && count > INT64_MAX / 16 / tuple->length)
        return molt_raise_format(&molt_type_MemoryError, "%s", "");
    MoltValue result = molt_tuple_new(tuple->length * count);
    MoltValue *items = molt_tuple_items(result);
    for (int64_t c = 0; c < count; c++) {
        for (int64_t i = 0; i < tuple->length; i++) {
            molt_incref(tuple->items[i]);
            *items++ = tuple->items[i];
        }
    }
    return result;
}

static MoltValue tuple_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_OP_ADD && is_tuple_like(a)) {
        if (!is_tuple_like(b)) {
            const MoltType *b_type = molt_type_of(b);
            if (b_type->binary_op && b_type != &molt_type_tuple) {
                MoltValue result = b_type->binary_op(op, a, b);
                if (result != MOLT_NOT_IMPLEMENTED) return result;
            }
            return molt_raise_format(&molt_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                                     b_type->name);
        }
        MoltTuple *x = molt_as_ptr(a), *y = molt_as_ptr(b);
        if (y->length == 0 && molt_is_tuple(a)) {
            molt_incref(a);
            return a;
        }
        MoltValue result = molt_tuple_new(x->length + y->length);
        MoltValue *items = molt_tuple_items(result);
        for (int64_t i = 0; i < x->length; i++) molt_incref(items[i] = x->items[i]);
        for (int64_t i = 0; i < y->length; i++) molt_incref(items[x->length + i] = y->items[i]);
        return result;
    }
    if (op == MOLT_OP_MUL) {
        if (is_tuple_like(a)) return tuple_repeat(a, b);
        if (molt_is_int(a)) return tuple_repeat(b, a);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue tuple_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_tuple_like(a) || !is_tuple_like(b)) return MOLT_NOT_IMPLEMENTED;
    MoltTuple *x = molt_as_ptr(a), *y = molt_as_ptr(b);
    return molt_sequence_compare(x->items, x->length, y->items, y->length, op);
}

static int64_t tuple_length(MoltValue self) { return molt_tuple_length(self); }

static MoltValue tuple_getitem(MoltValue self, MoltValue key) {
    int64_t index;
    int converted = molt_index_from_value(key, &index);
    if (converted == 1) return molt_tuple_getitem_i64(self, index);
    if (converted < 0) return MOLT_ERROR;
    if (molt_is_slice(key)) {
        MoltTuple *tuple = molt_as_ptr(self);
        int64_t start, stop, step, count;
        if (molt_slice_unpack(key, tuple->length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
        if (step == 1 && count == tuple->length) {
            molt_incref(self);
            return self;
        }
        MoltValue result = molt_tuple_new(count);
        MoltValue *items = molt_tuple_items(result);
        for (int64_t i = 0; i < count; i++)
            molt_incref(items[i] = tuple->items[molt_slice_index(start, step, i)]);
        return result;
    }
    return molt_raise_format(&molt_type_TypeError, "tuple indices must be integers or slices, not %s",
                             molt_type_of(key)->name);
}

static int tuple_contains(MoltValue self, MoltValue item) {
    MoltTuple *tuple = molt_as_ptr(self);
    for (int64_t i = 0; i < tuple->length; i++) {
        int equal = molt_equal(tuple->items[i], item);
        if (equal != 0) return equal;
    }
    return 0;
}

static MoltValue tuple_call(MoltValue callable, const MoltValue *args, size_t nargs,
                            MoltValue kwnames) {
    (void)callable;
    if (molt_args_no_keywords("tuple", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("tuple", nargs, 0, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_tuple_new(0);
    return molt_tuple_from_iterable(args[0]);
}

int molt_sequence_index_bounds(const MoltValue *args, size_t nargs, int64_t length, int64_t *start,
                               int64_t *stop) {
    int64_t *bounds[2] = {start, stop};
    *start = 0;
    *stop = length;
    for (size_t i = 1; i < nargs && i < 3; i++) {
        /* Unlike a slice, index() bounds cannot be None. */
        int64_t ignored;
        int converted = molt_index_from_value(args[i], &ignored);
        if (converted == 0) {
            molt_raise_format(&molt_type_TypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (converted < 0) molt_decref(molt_exc_fetch());   /* huge bounds clamp, as in a slice */
        MoltValue slice = molt_slice_new(i == 1 ? args[i] : MOLT_NONE, i == 2 ? args[i] : MOLT_NONE, MOLT_NONE);
        int64_t s, e, step, count;
        int status = molt_slice_unpack(slice, length, &s, &e, &step, &count);
        molt_decref(slice);
        if (status < 0) return -1;
        *bounds[i - 1] = i == 1 ? s : e;
    }
    return 0;
}

static MoltValue tuple_call_method(MoltValue self, const char *name, const MoltValue *args,
                                   size_t nargs, MoltValue kwnames) {
    MoltTuple *tuple = molt_as_ptr(self);
    if (strcmp(name, "count") == 0) {
        if (molt_args_exactly_one("tuple.count", nargs, kwnames) < 0) return MOLT_ERROR;
        int64_t count = 0;
        for (int64_t i = 0; i < tuple->length; i++) {
            int equal = molt_equal(tuple->items[i], args[0]);
            if (equal < 0) return MOLT_ERROR;
            count += equal;
        }
        return molt_int_from_i64(count);
    }
    if (strcmp(name, "index") == 0) {
        if (molt_args_no_keywords("index", kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("index", nargs, 1, 3) < 0) return MOLT_ERROR;
        int64_t start, stop;
        if (molt_sequence_index_bounds(args, nargs, tuple->length, &start, &stop) < 0) return MOLT_ERROR;
        for (int64_t i = start; i < stop && i < tuple->length; i++) {
            int equal = molt_equal(tuple->items[i], args[0]);
            if (equal < 0) return MOLT_ERROR;
            if (equal) return molt_int_from_i64(i);
        }
        return molt_raise_format(&molt_type_ValueError, "tuple.index(x): x not in tuple");
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const tuple_method_names[] = {"count", "index", NULL};

static void tuple_traverse(MoltObject *self, MoltVisitFunction visit, void *context);

MoltType molt_type_tuple = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "tuple",
    .base = &molt_type_object,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .binary_op = tuple_binary_op,
    .richcompare = tuple_richcompare,
    .length = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = molt_tuple_iterator_new,
    .call = tuple_call,
    .call_method = tuple_call_method,
    .method_names = tuple_method_names,
    .traverse = tuple_traverse,
};

/* ---- the cycle collector's view (runtime/core/gc.c) ---- */

static void tuple_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MoltTuple *tuple = (MoltTuple *)self;
    for (int64_t i = 0; i < tuple->length; i++) visit(tuple->items[i], context);
}
