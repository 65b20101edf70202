/* list: a growable array of values with every list method and slicing with
 * steps (get, set, delete); the sort itself lives in list_sort.c. */
#include <stdlib.h>
#include <string.h>

#include "iter.h"
#include "list.h"
#include "slice.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"

MoltValue molt_list_new(int64_t capacity) {
    MoltList *list = molt_gc_allocate(sizeof *list, &molt_type_list);
    list->length = 0;
    list->capacity = capacity;
    list->items = capacity > 0 ? malloc((size_t)capacity * sizeof(MoltValue)) : NULL;
    if (capacity > 0 && !list->items) abort();
    return molt_from_ptr(list);
}

void molt_list_init_empty(MoltList *list) {
    list->length = 0;
    list->capacity = 0;
    list->items = NULL;
}

static void list_reserve(MoltList *list, int64_t needed) {
    if (needed <= list->capacity) return;
    /* Over-allocate by 1/8 plus a little, as CPython does: amortized O(1) append. */
    int64_t capacity = needed + (needed >> 3) + (needed < 9 ? 3 : 6);
    list->items = realloc(list->items, (size_t)capacity * sizeof(MoltValue));
    if (!list->items) abort();
    list->capacity = capacity;
}

MoltValue molt_list_from_owned(MoltValue *items, size_t count) {
    MoltValue value = molt_list_new((int64_t)count);
    MoltList *list = molt_list_object(value);
    if (count) memcpy(list->items, items, count * sizeof *items);
    list->length = (int64_t)count;
    return value;
}

int molt_list_append(MoltValue value, MoltValue item) {
    MoltList *list = molt_list_object(value);
    if (list->length == list->capacity) list_reserve(list, list->length + 1);
    molt_incref(item);
    list->items[list->length++] = item;
    return 0;
}

static void append_array(MoltList *list, const MoltValue *items, int64_t count) {
    if (count == 0) return;
    /* l.extend(l): reserving moves the source too. */
    bool from_self = items == list->items;
    list_reserve(list, list->length + count);
    if (from_self) items = list->items;
    for (int64_t i = 0; i < count; i++) molt_incref(items[i]);
    memmove(list->items + list->length, items, (size_t)count * sizeof *items);
    list->length += count;
}

int molt_list_extend(MoltValue value, MoltValue iterable) {
    MoltList *list = molt_list_object(value);
    if (molt_is_list(iterable)) {
        MoltList *other = molt_list_object(iterable);
        append_array(list, other->items, other->length);
        return 0;
    }
    if (molt_is_tuple(iterable)) {
        append_array(list, molt_tuple_items(iterable), molt_tuple_length(iterable));
        return 0;
    }
    /* Sized iterables (range, dict, set, str...): one allocation up front. */
    const MoltType *type = molt_type_of(iterable);
    if (type->length && type->iter) {
        int64_t hint = type->length(iterable);
        if (hint < 0) return -1;
        list_reserve(list, list->length + hint);
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
        if (list->length == list->capacity) list_reserve(list, list->length + 1);
        list->items[list->length++] = item;
    }
    molt_decref(iterator);
    return 0;
}

MoltValue molt_list_from_iterable(MoltValue iterable) {
    MoltValue list = molt_list_new(0);
    if (molt_list_extend(list, iterable) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

int64_t molt_list_length(MoltValue list) { return molt_list_object(list)->length; }

MoltValue molt_list_index_error(void) { return molt_raise_format(&molt_type_IndexError, "list index out of range"); }

int molt_list_assignment_index_error(void) {
    molt_raise_format(&molt_type_IndexError, "list assignment index out of range");
    return -1;
}

static void list_dealloc(MoltObject *object) {
    MoltList *list = (MoltList *)object;
    for (int64_t i = 0; i < list->length; i++) molt_decref(list->items[i]);
    free(list->items);
    molt_gc_free(object);
}

static MoltValue list_repr(MoltValue self) {
    MoltList *list = molt_list_object(self);
    if (list->length == 0) return molt_str_from_utf8("[]", 2);
    if (molt_repr_enter(self)) return molt_str_from_utf8("[...]", 5);
    MoltValue result = molt_sequence_repr(list->items, list->length, "[", "]");
    molt_repr_leave(self);
    return result;
}

/* Empties the list, releasing the items only after the list is consistent
 * (a decref may run code that looks at the list). */
static void list_clear(MoltList *list) {
    MoltValue *items = list->items;
    int64_t length = list->length;
    list->items = NULL;
    list->length = list->capacity = 0;
    for (int64_t i = 0; i < length; i++) molt_decref(items[i]);
    free(items);
}

static int list_repeat_in_place(MoltList *list, MoltValue count_value) {
    int64_t count = molt_sequence_repeat_count(count_value);
    if (count < 0) return -1;
    if (count == 0 || list->length == 0) {
        list_clear(list);
        return 0;
    }
    int64_t length = list->length;
    if (count > INT64_MAX / 16 / length) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return -1;
    }
    list_reserve(list, length * count);
    for (int64_t c = 1; c < count; c++) {
        for (int64_t i = 0; i < length; i++) molt_incref(list->items[c * length + i] = list->items[i]);
    }
    list->length = length * count;
    return 0;
}

/* Either operand may be an instance of a class deriving from list; the result is a plain list. */
static MoltValue list_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_OP_ADD && molt_is_list_or_subtype(a)) {
        if (!molt_is_list_or_subtype(b)) {
            const MoltType *b_type = molt_type_of(b);
            if (b_type->binary_op && b_type->binary_op != list_binary_op) {
                MoltValue result = b_type->binary_op(op, a, b);
                if (result != MOLT_NOT_IMPLEMENTED) return result;
            }
            return molt_raise_format(&molt_type_TypeError, "can only concatenate list (not \"%s\") to list",
                                     b_type->name);
        }
        MoltList *x = molt_list_object(a), *y = molt_list_object(b);
        MoltValue result = molt_list_new(x->length + y->length);
        append_array(molt_list_object(result), x->items, x->length);
        append_array(molt_list_object(result), y->items, y->length);
        return result;
    }
    bool list_first = molt_is_list_or_subtype(a);
    if (op == MOLT_OP_MUL && (list_first || (molt_is_int(a) && molt_is_list_or_subtype(b)))) {
        MoltValue list = list_first ? a : b, count = list_first ? b : a;
        MoltList *source = molt_list_object(list);
        MoltValue result = molt_list_new(source->length);
        append_array(molt_list_object(result), source->items, source->length);
        if (list_repeat_in_place(molt_list_object(result), count) < 0) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue list_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_OP_ADD) {
        if (molt_list_extend(a, b) < 0) return MOLT_ERROR;
    } else if (op == MOLT_OP_MUL) {
        if (list_repeat_in_place(molt_list_object(a), b) < 0) return MOLT_ERROR;
    } else {
        return MOLT_NOT_IMPLEMENTED;
    }
    molt_incref(a);
    return a;
}

static MoltValue list_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_list_or_subtype(a) || !molt_is_list_or_subtype(b)) return MOLT_NOT_IMPLEMENTED;
    MoltList *x = molt_list_object(a), *y = molt_list_object(b);
    return molt_sequence_compare(x->items, x->length, y->items, y->length, op);
}

static int64_t list_length(MoltValue self) { return molt_list_object(self)->length; }

static MoltValue list_slice(MoltList *list, MoltValue slice) {
    int64_t start, stop, step, count;
    if (molt_slice_unpack(slice, list->length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
    MoltValue result = molt_list_new(count);
    MoltList *destination = molt_list_object(result);
    for (int64_t i = 0; i < count; i++)
        molt_incref(destination->items[i] = list->items[molt_slice_index(start, step, i)]);
    destination->length = count;
    return result;
}

static MoltValue index_type_error(MoltValue key) {
    return molt_raise_format(&molt_type_TypeError, "list indices must be integers or slices, not %s",
                             molt_type_of(key)->name);
}

static MoltValue list_getitem(MoltValue self, MoltValue key) {
    int64_t index;
    int converted = molt_index_from_value(key, &index);
    if (converted == 1) return molt_list_getitem_i64(self, index);
    if (converted < 0) return MOLT_ERROR;
    if (molt_is_slice(key)) return list_slice(molt_list_object(self), key);
    return index_type_error(key);
}

/* Replaces items [low, high) with `count` new items (borrowed). */
static void list_replace_range(MoltList *list, int64_t low, int64_t high, const MoltValue *items,
                               int64_t count) {
    int64_t removed = high - low;
    MoltValue *old = NULL;
    if (removed > 0) {
        old = malloc((size_t)removed * sizeof *old);
        if (!old) abort();
        memcpy(old, list->items + low, (size_t)removed * sizeof *old);
    }
    if (count > removed) list_reserve(list, list->length + count - removed);
    if (list->length > high)
        memmove(list->items + low + count, list->items + high, (size_t)(list->length - high) * sizeof(MoltValue));
    for (int64_t i = 0; i < count; i++) molt_incref(list->items[low + i] = items[i]);
    list->length += count - removed;
    for (int64_t i = 0; i < removed; i++) molt_decref(old[i]);
    free(old);
}

static int list_assign_slice(MoltList *list, MoltValue slice, MoltValue value) {
    int64_t start, stop, step, count;
    if (molt_slice_unpack(slice, list->length, &start, &stop, &step, &count) < 0) return -1;
    /* Materialize first: a[:] = a and generators that read a must see the old list. */
    MoltValue sequence = molt_tuple_from_iterable(value);
    if (sequence == MOLT_ERROR) {
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) == 1 && !molt_type_of(value)->iter) {
            molt_decref(molt_exc_fetch());
            molt_raise_format(&molt_type_TypeError, step == 1 ? "can only assign an iterable"
                                                              : "must assign iterable to extended slice");
        }
        return -1;
    }
    const MoltValue *items = molt_tuple_items(sequence);
    int64_t item_count = molt_tuple_length(sequence);
    if (step == 1) {
        if (stop < start) stop = start;
        list_replace_range(list, start, stop, items, item_count);
    } else {
        if (item_count != count) {
            molt_decref(sequence);
            molt_raise_format(&molt_type_ValueError,
                              "attempt to assign sequence of size %lld to extended slice of size %lld",
                              (long long)item_count, (long long)count);
            return -1;
        }
        for (int64_t i = 0; i < count; i++) {
            int64_t index = molt_slice_index(start, step, i);
            MoltValue old = list->items[index];
            molt_incref(list->items[index] = items[i]);
            molt_decref(old);
        }
    }
    molt_decref(sequence);
    return 0;
}

static int list_setitem(MoltValue self, MoltValue key, MoltValue value) {
    int64_t index;
    int converted = molt_index_from_value(key, &index);
    if (converted == 1) return molt_list_setitem_i64(self, index, value);
    if (converted < 0) return -1;
    if (molt_is_slice(key)) return list_assign_slice(molt_list_object(self), key, value);
    index_type_error(key);
    return -1;
}

static int list_delete_slice(MoltList *list, MoltValue slice) {
    int64_t start, stop, step, count;
    if (molt_slice_unpack(slice, list->length, &start, &stop, &step, &count) < 0) return -1;
    if (count == 0) return 0;
    if (step < 0) {
        /* Delete the same items walking forwards. */
        start = molt_slice_index(start, step, count - 1);
        step = -step;
    }
    MoltValue *removed = malloc((size_t)count * sizeof *removed);
    if (!removed) abort();
    int64_t write = start, removed_count = 0;
    for (int64_t read = start; read < list->length; read++) {
        bool selected = removed_count < count && read == start + removed_count * step;
        if (selected) removed[removed_count++] = list->items[read];
        else list->items[write++] = list->items[read];
    }
    list->length = write;
    for (int64_t i = 0; i < removed_count; i++) molt_decref(removed[i]);
    free(removed);
    return 0;
}

static int list_delitem(MoltValue self, MoltValue key) {
    MoltList *list = molt_list_object(self);
    int64_t index;
    int converted = molt_index_from_value(key, &index);
    if (converted == 1) {
        if (index < 0) index += list->length;
        if (index < 0 || index >= list->length) {
            molt_raise_format(&molt_type_IndexError, "list assignment index out of range");
            return -1;
        }
        MoltValue old = list->items[index];
        memmove(list->items + index, list->items + index + 1, (size_t)(list->length - index - 1) * sizeof(MoltValue));
        list->length--;
        molt_decref(old);
        return 0;
    }
    if (converted < 0) return -1;
    if (molt_is_slice(key)) return list_delete_slice(list, key);
    index_type_error(key);
    return -1;
}

/* list[i] == item, holding a reference to the element: __eq__ may mutate the list. */
static int list_item_equals(MoltList *list, int64_t i, MoltValue item) {
    MoltValue element = list->items[i];
    molt_incref(element);
    int equal = molt_equal(element, item);
    molt_decref(element);
    return equal;
}

static int list_contains(MoltValue self, MoltValue item) {
    MoltList *list = molt_list_object(self);
    for (int64_t i = 0; i < list->length; i++) {
        int equal = list_item_equals(list, i, item);
        if (equal != 0) return equal;
    }
    return 0;
}

int molt_list_init(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("list", kwnames) < 0) return -1;
    if (molt_args_check_count("list", nargs, 0, 1) < 0) return -1;
    list_clear(molt_list_object(self));
    return nargs == 0 ? 0 : molt_list_extend(self, args[0]);
}

static MoltValue list_call(MoltValue callable, const MoltValue *args, size_t nargs,
                           MoltValue kwnames) {
    (void)callable;
    MoltValue list = molt_list_new(0);
    if (molt_list_init(list, args, nargs, kwnames) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

void molt_values_reverse(MoltValue *items, int64_t count) {
    for (int64_t i = 0, j = count - 1; i < j; i++, j--) {
        MoltValue swap = items[i];
        items[i] = items[j];
        items[j] = swap;
    }
}

/* ---- methods ---- */

/* pop() and insert() take a C ssize_t: huge ints are an OverflowError there. */
static MoltValue index_overflow(void) {
    molt_decref(molt_exc_fetch());
    return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
}

static MoltValue list_pop(MoltList *list, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("pop", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("pop", nargs, 0, 1) < 0) return MOLT_ERROR;
    int64_t index = -1;
    if (nargs == 1) {
        int converted = molt_index_from_value(args[0], &index);
        if (converted == 0)
            return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                     molt_type_of(args[0])->name);
        if (converted < 0) return index_overflow();
    }
    if (list->length == 0) return molt_raise_format(&molt_type_IndexError, "pop from empty list");
    if (index < 0) index += list->length;
    if (index < 0 || index >= list->length)
        return molt_raise_format(&molt_type_IndexError, "pop index out of range");
    MoltValue item = list->items[index];
    memmove(list->items + index, list->items + index + 1, (size_t)(list->length - index - 1) * sizeof(MoltValue));
    list->length--;
    return item;
}

static MoltValue list_insert(MoltList *list, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("insert", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("insert", nargs, 2, 2) < 0) return MOLT_ERROR;
    int64_t index;
    int converted = molt_index_from_value(args[0], &index);
    if (converted == 0)
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(args[0])->name);
    if (converted < 0) return index_overflow();
    if (index < 0) {
        index += list->length;
        if (index < 0) index = 0;
    } else if (index > list->length) {
        index = list->length;
    }
    list_reserve(list, list->length + 1);
    memmove(list->items + index + 1, list->items + index, (size_t)(list->length - index) * sizeof(MoltValue));
    molt_incref(list->items[index] = args[1]);
    list->length++;
    return MOLT_NONE;
}

static int64_t list_find(MoltList *list, MoltValue item, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < list->length; i++) {
        int equal = list_item_equals(list, i, item);
        if (equal < 0) return -2;
        if (equal) return i;
    }
    return -1;
}

static MoltValue list_sort_method(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    static const MoltArgSpec spec = {"sort", 0, 0, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue key = parsed[0] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[0];
    int reverse = parsed[1] == MOLT_ARG_MISSING ? 0 : molt_truthy(parsed[1]);
    if (reverse < 0) return MOLT_ERROR;
    if (molt_list_sort(self, key, reverse) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}

static MoltValue list_call_method(MoltValue self, const char *name, const MoltValue *args,
                                  size_t nargs, MoltValue kwnames) {
    MoltList *list = molt_list_object(self);
    switch (name[0]) {
    case 'a':
        if (strcmp(name, "append") == 0) {
            if (molt_args_exactly_one("list.append", nargs, kwnames) < 0) return MOLT_ERROR;
            molt_list_append(self, args[0]);
            return MOLT_NONE;
        }
        break;
    case 'c':
        if (strcmp(name, "clear") == 0) {
            if (molt_args_none("list", "clear", nargs, kwnames) < 0) return MOLT_ERROR;
            list_clear(list);
            return MOLT_NONE;
        }
        if (strcmp(name, "copy") == 0) {
            if (molt_args_none("list", "copy", nargs, kwnames) < 0) return MOLT_ERROR;
            MoltValue copy = molt_list_new(list->length);
            append_array(molt_list_object(copy), list->items, list->length);
            return copy;
        }
        if (strcmp(name, "count") == 0) {
            if (molt_args_exactly_one("list.count", nargs, kwnames) < 0) return MOLT_ERROR;
            int64_t count = 0;
            for (int64_t i = 0; i < list->length; i++) {
                int equal = list_item_equals(list, i, args[0]);
                if (equal < 0) return MOLT_ERROR;
                count += equal;
            }
            return molt_int_from_i64(count);
        }
        break;
    case 'e':
        if (strcmp(name, "extend") == 0) {
            if (molt_args_exactly_one("list.extend", nargs, kwnames) < 0) return MOLT_ERROR;
            return molt_list_extend(self, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
        }
        break;
    case 'i':
        if (strcmp(name, "index") == 0) {
            if (molt_args_no_keywords("index", kwnames) < 0) return MOLT_ERROR;
            if (molt_args_check_count("index", nargs, 1, 3) < 0) return MOLT_ERROR;
            int64_t start, stop;
            if (molt_sequence_index_bounds(args, nargs, list->length, &start, &stop) < 0) return MOLT_ERROR;
            int64_t found = list_find(list, args[0], start, stop);
            if (found == -2) return MOLT_ERROR;
            if (found >= 0) return molt_int_from_i64(found);
            MoltValue text = molt_repr(args[0]);
            if (text == MOLT_ERROR) return MOLT_ERROR;
            size_t length;
            const char *bytes = molt_str_utf8(text, &length);
            molt_raise_format(&molt_type_ValueError, "%.*s is not in list", (int)length, bytes);
            molt_decref(text);
            return MOLT_ERROR;
        }
        if (strcmp(name, "insert") == 0) return list_insert(list, args, nargs, kwnames);
        break;
    case 'p':
        if (strcmp(name, "pop") == 0) return list_pop(list, args, nargs, kwnames);
        break;
    case 'r':
        if (strcmp(name, "remove") == 0) {
            if (molt_args_exactly_one("list.remove", nargs, kwnames) < 0) return MOLT_ERROR;
            int64_t found = list_find(list, args[0], 0, list->length);
            if (found == -2) return MOLT_ERROR;
            if (found < 0) return molt_raise_format(&molt_type_ValueError, "list.remove(x): x not in list");
            MoltValue old = list->items[found];
            memmove(list->items + found, list->items + found + 1, (size_t)(list->length - found - 1) * sizeof(MoltValue));
            list->length--;
            molt_decref(old);
            return MOLT_NONE;
        }
        if (strcmp(name, "reverse") == 0) {
            if (molt_args_none("list", "reverse", nargs, kwnames) < 0) return MOLT_ERROR;
            molt_values_reverse(list->items, list->length);
            return MOLT_NONE;
        }
        break;
    case 's':
        if (strcmp(name, "sort") == 0) return list_sort_method(self, args, nargs, kwnames);
        break;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const list_method_names[] = {
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort", NULL,
};

static void list_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void list_gc_clear(MoltObject *self);

MoltType molt_type_list = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "list",
    .base = &molt_type_object,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .binary_op = list_binary_op,
    .inplace_op = list_inplace_op,
    .richcompare = list_richcompare,
    .length = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .delitem = list_delitem,
    .contains = list_contains,
    .iter = molt_list_iterator_new,
    .call = list_call,
    .call_method = list_call_method,
    .method_names = list_method_names,
    .traverse = list_traverse,
    .clear = list_gc_clear,
};

/* ---- the cycle collector's view (runtime/core/gc.c) ---- */

static void list_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MoltList *list = (MoltList *)self;
    for (int64_t i = 0; i < list->length; i++) visit(list->items[i], context);
}

static void list_gc_clear(MoltObject *self) { list_clear((MoltList *)self); }
