/* collections.deque, with CPython 3.12's results and messages: a ring
 * buffer (a power-of-two array, a head index and a length), so appends and
 * pops at both ends are O(1) and indexing is too. As in CPython, a `state`
 * counter changes on every structural mutation (appends, pops, rotations,
 * clear, insert, remove, del d[i]; not d[i] = x or reverse()), and an
 * iterator, count, index, remove or `in` that sees it change raises. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"
#include "../objects/list.h"
#include "../objects/slice.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "collections_internal.h"

enum { MINIMUM_CAPACITY = 8 };

typedef struct Deque {
    MoltObject header;
    MoltValue *items;
    int64_t capacity;   /* a power of two, or 0 before the first item */
    int64_t head;       /* index of the leftmost item */
    int64_t length;
    int64_t maxlen;     /* -1: unbounded (maxlen None) */
    uint64_t state;     /* changes on every structural mutation */
} Deque;

static Deque *deque_object(MoltValue v) { return (Deque *)molt_as_ptr(v); }

static bool is_deque(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &molt_type_deque; }

/* The slot of logical index i (0 <= i < length). */
static MoltValue *slot(Deque *deque, int64_t i) { return &deque->items[(deque->head + i) & (deque->capacity - 1)]; }

static MoltValue mutated(void) {
    return molt_raise_format(&molt_type_RuntimeError, "deque mutated during iteration");
}

static void grow(Deque *deque) {
    int64_t capacity = deque->capacity ? deque->capacity * 2 : MINIMUM_CAPACITY;
    MoltValue *items = malloc((size_t)capacity * sizeof *items);
    if (!items) abort();
    for (int64_t i = 0; i < deque->length; i++) items[i] = *slot(deque, i);
    free(deque->items);
    deque->items = items;
    deque->capacity = capacity;
    deque->head = 0;
}

/* Takes the reference to `item`. */
static void push_right(Deque *deque, MoltValue item) {
    if (deque->length == deque->capacity) grow(deque);
    *slot(deque, deque->length++) = item;
}

static void push_left(Deque *deque, MoltValue item) {
    if (deque->length == deque->capacity) grow(deque);
    deque->head = (deque->head - 1) & (deque->capacity - 1);
    deque->length++;
    *slot(deque, 0) = item;
}

/* Return the reference; length must be > 0. */
static MoltValue take_right(Deque *deque) { return *slot(deque, --deque->length); }

static MoltValue take_left(Deque *deque) {
    MoltValue item = *slot(deque, 0);
    deque->head = (deque->head + 1) & (deque->capacity - 1);
    deque->length--;
    return item;
}

/* append / appendleft (borrowed item), dropping from the other end past maxlen. */
static void append_item(Deque *deque, MoltValue item, bool left) {
    deque->state++;
    if (deque->maxlen == 0) return;
    molt_incref(item);
    MoltValue dropped = MOLT_UNBOUND;
    if (deque->length == deque->maxlen) dropped = left ? take_right(deque) : take_left(deque);
    if (left) push_left(deque, item);
    else push_right(deque, item);
    if (dropped != MOLT_UNBOUND) molt_decref(dropped);
}

static void deque_clear_items(Deque *deque) {
    deque->state++;
    while (deque->length > 0) molt_decref(take_right(deque));
}

static void deque_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    Deque *deque = (Deque *)self;
    for (int64_t i = 0; i < deque->length; i++) visit(*slot(deque, i), context);
}

static void deque_gc_clear(MoltObject *self) { deque_clear_items((Deque *)self); }

static void deque_dealloc(MoltObject *self) {
    Deque *deque = (Deque *)self;
    deque_clear_items(deque);
    free(deque->items);
    molt_gc_free(self);
}

static MoltValue deque_new(int64_t maxlen) {
    Deque *deque = molt_gc_allocate(sizeof *deque, &molt_type_deque);
    deque->maxlen = maxlen;
    return molt_from_ptr(deque);
}

/* extend / extendleft: a deque extended with itself takes a copy first. */
static int deque_extend(MoltValue self, MoltValue iterable, bool left) {
    Deque *deque = deque_object(self);
    if (iterable == self) {
        MoltValue copy = molt_list_from_iterable(self);
        if (copy == MOLT_ERROR) return -1;
        int status = deque_extend(self, copy, left);
        molt_decref(copy);
        return status;
    }
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) {
            molt_decref(iterator);
            return -1;
        }
        append_item(deque, item, left);
        molt_decref(item);
    }
    molt_decref(iterator);
    return 0;
}

/* rotate(n): n steps to the right (left when negative); a deque of one
 * item or none is left as it is, unmarked. */
static void deque_rotate(Deque *deque, int64_t n) {
    int64_t length = deque->length;
    if (length <= 1) return;
    deque->state++;
    n %= length;
    if (n < 0) n += length;
    if (n == 0) return;
    if (deque->length < deque->capacity) {
        /* Move items one by one across the gap: min(n, length - n) moves. */
        if (n <= length - n) {
            for (int64_t i = 0; i < n; i++) push_left(deque, take_right(deque));
        } else {
            for (int64_t i = 0; i < length - n; i++) push_right(deque, take_left(deque));
        }
    } else {
        /* A full buffer is a ring: moving the head is the rotation. */
        deque->head = (deque->head - n) & (deque->capacity - 1);
    }
}

/* An int argument as int64: "'str' object cannot be interpreted as an
 * integer", OverflowError past 64 bits (CPython's Py_ssize_t). */
static int ssize_argument(MoltValue value, int64_t *out) {
    int found = molt_index_from_value(value, out);
    if (found == 1) return 0;
    if (found == 0) {
        molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          molt_type_of(value)->name);
    } else {
        molt_decref(molt_exc_fetch());
        molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

/* deque(iterable=(), maxlen=None). */
static MoltValue deque_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"iterable", "maxlen", NULL};
    static const MoltArgSpec spec = {"deque", 0, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    int64_t maxlen = -1;
    if (parsed[1] != MOLT_ARG_MISSING && parsed[1] != MOLT_NONE) {
        int found = molt_index_from_value(parsed[1], &maxlen);
        if (found == 0) return molt_raise_format(&molt_type_TypeError, "an integer is required");
        if (found < 0) {
            molt_decref(molt_exc_fetch());
            return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (maxlen < 0) return molt_raise_format(&molt_type_ValueError, "maxlen must be non-negative");
    }
    MoltValue self = deque_new(maxlen);
    if (parsed[0] != MOLT_ARG_MISSING && deque_extend(self, parsed[0], false) < 0) {
        molt_decref(self);
        return MOLT_ERROR;
    }
    return self;
}

static MoltValue deque_copy(MoltValue self) {
    Deque *source = deque_object(self);
    MoltValue copy = deque_new(source->maxlen);
    Deque *deque = deque_object(copy);
    for (int64_t i = 0; i < source->length; i++) {
        molt_incref(*slot(source, i));
        push_right(deque, *slot(source, i));
    }
    return copy;
}

/* ---- comparisons, searching ---- */

/* How many items equal `value` (count), or the first index of one in
 * [start, stop) (-1 when none); -2 with an exception. */
static int64_t deque_search(Deque *deque, MoltValue value, int64_t start, int64_t stop, bool count_all) {
    uint64_t state = deque->state;
    int64_t count = 0;
    for (int64_t i = start; i < stop && i < deque->length; i++) {
        MoltValue item = *slot(deque, i);
        molt_incref(item);
        int equal = molt_equal(item, value);
        molt_decref(item);
        if (equal < 0) return -2;
        if (state != deque->state) {
            mutated();
            return -2;
        }
        if (equal && !count_all) return i;
        count += equal;
    }
    return count_all ? count : -1;
}

static MoltValue not_in_deque(MoltValue value) {
    MoltValue text = molt_repr(value);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    MoltValue result = molt_raise_format(&molt_type_ValueError, "%s is not in deque", molt_str_utf8(text, &length));
    molt_decref(text);
    return result;
}

static int deque_contains(MoltValue self, MoltValue item) {
    Deque *deque = deque_object(self);
    int64_t found = deque_search(deque, item, 0, deque->length, false);
    return found == -2 ? -1 : found >= 0;
}

/* CPython's deque_richcompare: lengths first for == and !=, then the first
 * pair of items that differ decides, walking both deques by iterators. */
static MoltValue deque_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_deque(a) || !is_deque(b)) return MOLT_NOT_IMPLEMENTED;
    if (deque_object(a)->length != deque_object(b)->length) {
        if (op == MOLT_CMP_EQ) return molt_from_bool(false);
        if (op == MOLT_CMP_NE) return molt_from_bool(true);
    }
    MoltValue first = molt_iter(a), second = molt_iter(b);
    MoltValue x = MOLT_STOP, y = MOLT_STOP, result = MOLT_ERROR;
    for (;;) {
        x = molt_iter_next(first);
        if (x == MOLT_ERROR) goto done;
        y = molt_iter_next(second);
        if (y == MOLT_ERROR) goto done;
        if (x == MOLT_STOP || y == MOLT_STOP) break;
        int equal = molt_equal(x, y);
        if (equal < 0) goto done;
        if (!equal) {
            result = molt_compare(op, x, y);
            goto done;
        }
        molt_decref(x);
        molt_decref(y);
    }
    bool truth = false;
    switch (op) {
    case MOLT_CMP_LT: truth = y != MOLT_STOP; break;
    case MOLT_CMP_LE: truth = x == MOLT_STOP; break;
    case MOLT_CMP_EQ: truth = x == y; break;
    case MOLT_CMP_NE: truth = x != y; break;
    case MOLT_CMP_GT: truth = x != MOLT_STOP; break;
    case MOLT_CMP_GE: truth = y == MOLT_STOP; break;
    }
    result = molt_from_bool(truth);
done:
    if (x != MOLT_STOP && x != MOLT_ERROR) molt_decref(x);
    if (y != MOLT_STOP && y != MOLT_ERROR) molt_decref(y);
    molt_decref(first);
    molt_decref(second);
    return result;
}

/* ---- indexing ---- */

/* d[i] with Python's negative indexes: 0 with the logical index, or -1 with
 * CPython's errors. */
static int item_index(Deque *deque, MoltValue key, int64_t *index) {
    int found = molt_index_from_value(key, index);
    if (found < 0) return -1;
    if (found == 0) {
        molt_raise_format(&molt_type_TypeError, "sequence index must be integer, not '%s'", molt_type_of(key)->name);
        return -1;
    }
    if (*index < 0) *index += deque->length;
    if (*index < 0 || *index >= deque->length) {
        molt_raise_format(&molt_type_IndexError, "deque index out of range");
        return -1;
    }
    return 0;
}

static MoltValue deque_getitem(MoltValue self, MoltValue key) {
    Deque *deque = deque_object(self);
    int64_t index;
    if (item_index(deque, key, &index) < 0) return MOLT_ERROR;
    MoltValue item = *slot(deque, index);
    molt_incref(item);
    return item;
}

static int deque_setitem(MoltValue self, MoltValue key, MoltValue value) {
    Deque *deque = deque_object(self);
    int64_t index;
    if (item_index(deque, key, &index) < 0) return -1;
    molt_incref(value);
    MoltValue old = *slot(deque, index);
    *slot(deque, index) = value;
    molt_decref(old);
    return 0;
}

/* Removes logical index i, moving the shorter side over the gap. */
static void delete_at(Deque *deque, int64_t index) {
    deque->state++;
    MoltValue removed = *slot(deque, index);
    if (index < deque->length / 2) {
        for (int64_t i = index; i > 0; i--) *slot(deque, i) = *slot(deque, i - 1);
        deque->head = (deque->head + 1) & (deque->capacity - 1);
    } else {
        for (int64_t i = index; i < deque->length - 1; i++) *slot(deque, i) = *slot(deque, i + 1);
    }
    deque->length--;
    molt_decref(removed);
}

static int deque_delitem(MoltValue self, MoltValue key) {
    Deque *deque = deque_object(self);
    int64_t index;
    if (item_index(deque, key, &index) < 0) return -1;
    delete_at(deque, index);
    return 0;
}

/* insert(i, x): at logical index i clamped into [0, length], as list.insert. */
static MoltValue deque_insert(Deque *deque, int64_t index, MoltValue value) {
    if (deque->length == deque->maxlen)
        return molt_raise_format(&molt_type_IndexError, "deque already at its maximum size");
    if (index < 0) index = index + deque->length < 0 ? 0 : index + deque->length;
    if (index > deque->length) index = deque->length;
    deque->state++;
    molt_incref(value);
    if (index < deque->length / 2) {
        push_left(deque, value);
        for (int64_t i = 0; i < index; i++) *slot(deque, i) = *slot(deque, i + 1);
    } else {
        push_right(deque, value);
        for (int64_t i = deque->length - 1; i > index; i--) *slot(deque, i) = *slot(deque, i - 1);
    }
    *slot(deque, index) = value;
    return MOLT_NONE;
}

/* ---- iteration ---- */

typedef struct DequeIterator {
    MoltObject header;
    MoltValue deque;
    int64_t index;       /* logical index of the next item (reversed: counts down) */
    int64_t remaining;   /* items left: the length when the iterator was made */
    uint64_t state;
} DequeIterator;

static MoltType deque_iterator_type;

static void iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((DequeIterator *)self)->deque, context);
}

static void iterator_dealloc(MoltObject *self) {
    molt_decref(((DequeIterator *)self)->deque);
    molt_gc_free(self);
}

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltValue iterator_next(MoltValue self) {
    DequeIterator *iterator = molt_as_ptr(self);
    Deque *deque = deque_object(iterator->deque);
    if (deque->state != iterator->state) {
        iterator->remaining = 0;
        return mutated();
    }
    if (iterator->remaining == 0) return MOLT_STOP;
    iterator->remaining--;
    MoltValue item = *slot(deque, iterator->index++);
    molt_incref(item);
    return item;
}

static MoltType deque_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "collections._deque_iterator",
    .module_name = "collections",
    .base = &molt_type_object,
    .dealloc = iterator_dealloc,
    .repr = molt_object_repr_default,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = iterator_next,
    .traverse = iterator_traverse,
};

static MoltValue deque_iter(MoltValue self) {
    DequeIterator *iterator = molt_gc_allocate(sizeof *iterator, &deque_iterator_type);
    molt_incref(self);
    iterator->deque = self;
    iterator->index = 0;
    iterator->remaining = deque_object(self)->length;
    iterator->state = deque_object(self)->state;
    return molt_from_ptr(iterator);
}

/* ---- operators, repr, length ---- */

static int64_t deque_length(MoltValue self) { return deque_object(self)->length; }

/* d *= n in place: n <= 0 clears, 1 leaves it, else the items again n - 1
 * times (through append, so maxlen keeps the last ones). */
static int repeat_in_place(MoltValue self, MoltValue count_value) {
    int64_t count = molt_sequence_repeat_count(count_value);
    if (count < 0) return -1;
    Deque *deque = deque_object(self);
    if (count == 0) {
        deque_clear_items(deque);
        return 0;
    }
    if (count == 1 || deque->length == 0) return 0;
    MoltValue items = molt_list_from_iterable(self);
    if (items == MOLT_ERROR) return -1;
    const MoltList *list = molt_list_object(items);
    for (int64_t c = 1; c < count; c++)
        for (int64_t i = 0; i < list->length; i++) append_item(deque, list->items[i], false);
    molt_decref(items);
    return 0;
}

static MoltValue deque_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_OP_ADD) {
        if (!is_deque(a)) return MOLT_NOT_IMPLEMENTED;
        if (!is_deque(b))
            return molt_raise_format(&molt_type_TypeError, "can only concatenate deque (not \"%s\") to deque",
                                     molt_type_of(b)->name);
        MoltValue result = deque_copy(a);
        if (deque_extend(result, b, false) < 0) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        return result;
    }
    if (op == MOLT_OP_MUL) {
        MoltValue self = is_deque(a) ? a : b, count = is_deque(a) ? b : a;
        /* n * d with a non-int n is the other operand's to refuse. */
        if (self == b && !molt_is_int(count) && !molt_is_bool(count)) return MOLT_NOT_IMPLEMENTED;
        MoltValue result = deque_copy(self);
        if (repeat_in_place(result, count) < 0) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue deque_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    int status;
    if (op == MOLT_OP_ADD) status = deque_extend(a, b, false);
    else if (op == MOLT_OP_MUL) status = repeat_in_place(a, b);
    else return MOLT_NOT_IMPLEMENTED;
    if (status < 0) return MOLT_ERROR;
    molt_incref(a);
    return a;
}

/* deque([1, 2]) or deque([1, 2], maxlen=3); "[...]" inside itself. */
static MoltValue deque_repr(MoltValue self) {
    if (molt_repr_enter(self)) return molt_str_from_utf8("[...]", 5);
    MoltValue items = molt_list_from_iterable(self);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "deque(");
    int status = items == MOLT_ERROR ? -1 : molt_buffer_append_repr(&text, items);
    if (items != MOLT_ERROR) molt_decref(items);
    molt_repr_leave(self);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    int64_t maxlen = deque_object(self)->maxlen;
    if (maxlen >= 0) {
        char bound[40];
        snprintf(bound, sizeof bound, ", maxlen=%lld", (long long)maxlen);
        molt_buffer_append_cstr(&text, bound);
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

/* ---- methods ---- */

/* "deque.append", for the METH_O / METH_NOARGS messages. */
#define QUALIFIED(name) ("deque." name)

static MoltValue deque_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    Deque *deque = deque_object(self);
    if (strcmp(name, "append") == 0 || strcmp(name, "appendleft") == 0) {
        if (molt_args_exactly_one(name[6] ? QUALIFIED("appendleft") : QUALIFIED("append"), nargs, kwnames) < 0)
            return MOLT_ERROR;
        append_item(deque, args[0], name[6] != '\0');
        return MOLT_NONE;
    }
    if (strcmp(name, "pop") == 0 || strcmp(name, "popleft") == 0) {
        if (molt_args_none("deque", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (deque->length == 0) return molt_raise_format(&molt_type_IndexError, "pop from an empty deque");
        deque->state++;
        return name[3] ? take_left(deque) : take_right(deque);
    }
    if (strcmp(name, "extend") == 0 || strcmp(name, "extendleft") == 0) {
        if (molt_args_exactly_one(name[6] ? QUALIFIED("extendleft") : QUALIFIED("extend"), nargs, kwnames) < 0)
            return MOLT_ERROR;
        return deque_extend(self, args[0], name[6] != '\0') < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(name, "rotate") == 0) {
        if (molt_args_no_keywords(QUALIFIED("rotate"), kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("rotate", nargs, 0, 1) < 0) return MOLT_ERROR;
        int64_t n = 1;
        if (nargs == 1 && ssize_argument(args[0], &n) < 0) return MOLT_ERROR;
        deque_rotate(deque, n);
        return MOLT_NONE;
    }
    if (strcmp(name, "clear") == 0 || strcmp(name, "reverse") == 0 || strcmp(name, "copy") == 0 ||
        strcmp(name, "__copy__") == 0) {
        if (molt_args_none("deque", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (name[0] == 'c' && name[1] == 'l') {
            deque_clear_items(deque);
        } else if (name[0] == 'r') {
            for (int64_t i = 0, j = deque->length - 1; i < j; i++, j--) {
                MoltValue swap = *slot(deque, i);
                *slot(deque, i) = *slot(deque, j);
                *slot(deque, j) = swap;
            }
        } else {
            return deque_copy(self);
        }
        return MOLT_NONE;
    }
    if (strcmp(name, "count") == 0) {
        if (molt_args_exactly_one(QUALIFIED("count"), nargs, kwnames) < 0) return MOLT_ERROR;
        int64_t count = deque_search(deque, args[0], 0, deque->length, true);
        return count == -2 ? MOLT_ERROR : molt_from_small_int(count);
    }
    if (strcmp(name, "index") == 0) {
        if (molt_args_no_keywords("index", kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("index", nargs, 1, 3) < 0) return MOLT_ERROR;
        int64_t start, stop;
        if (molt_sequence_index_bounds(args, nargs, deque->length, &start, &stop) < 0) return MOLT_ERROR;
        int64_t found = deque_search(deque, args[0], start, stop, false);
        if (found == -2) return MOLT_ERROR;
        return found < 0 ? not_in_deque(args[0]) : molt_from_small_int(found);
    }
    if (strcmp(name, "remove") == 0) {
        if (molt_args_exactly_one(QUALIFIED("remove"), nargs, kwnames) < 0) return MOLT_ERROR;
        uint64_t state = deque->state;
        for (int64_t i = 0; i < deque->length; i++) {
            MoltValue item = *slot(deque, i);
            molt_incref(item);
            int equal = molt_equal(item, args[0]);
            molt_decref(item);
            if (equal < 0) return MOLT_ERROR;
            if (state != deque->state)
                return molt_raise_format(&molt_type_IndexError, "deque mutated during iteration");
            if (equal) {
                delete_at(deque, i);
                return MOLT_NONE;
            }
        }
        return not_in_deque(args[0]);
    }
    if (strcmp(name, "insert") == 0) {
        if (molt_args_no_keywords("insert", kwnames) < 0) return MOLT_ERROR;
        if (nargs != 2)
            return molt_raise_format(&molt_type_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
        int64_t index;
        if (ssize_argument(args[0], &index) < 0) return MOLT_ERROR;
        return deque_insert(deque, index, args[1]);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue deque_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "maxlen") != 0) return MOLT_NOT_IMPLEMENTED;
    int64_t maxlen = deque_object(self)->maxlen;
    return maxlen < 0 ? MOLT_NONE : molt_int_from_i64(maxlen);
}

static int deque_setattr(MoltValue self, const char *name, MoltValue value) {
    (void)self;
    (void)value;
    if (strcmp(name, "maxlen") == 0)
        molt_raise_format(&molt_type_AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
    else
        molt_raise_format(&molt_type_AttributeError, "'collections.deque' object has no attribute '%s'", name);
    return -1;
}

static const char *const deque_method_names[] = {
    "append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert",
    "pop", "popleft", "remove", "reverse", "rotate", "__copy__", NULL,
};

MoltType molt_type_deque = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "collections.deque",
    .module_name = "collections",
    .base = &molt_type_object,
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .binary_op = deque_binary_op,
    .inplace_op = deque_inplace_op,
    .richcompare = deque_richcompare,
    .length = deque_length,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .delitem = deque_delitem,
    .contains = deque_contains,
    .iter = deque_iter,
    .call = deque_call,
    .call_method = deque_call_method,
    .getattr = deque_getattr,
    .setattr = deque_setattr,
    .method_names = deque_method_names,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
};
