/* Iterator objects: over lists and tuples (forwards and reversed), over any
 * sequence with len() and indexing (reversed), and the lazy builtins
 * enumerate, zip, map and filter. Each holds strong references to what it
 * walks and drops them once exhausted. */
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "iter.h"
#include "list.h"
#include "metatype.h"
#include "set.h"
#include "tuple.h"
#include "type.h"
#include "../core/gc.h"

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static void *iterator_allocate(size_t size, const MoltType *type) {
    return molt_gc_allocate(size, type);
}

/* ---- list, tuple and reversed sequences: a container and an index ---- */

/* The layout is part of the ABI (include/molt/containers.h). */
typedef MoltSequenceIterator SequenceIterator;

/* Every `for x in a_list` makes one of these and frees it at the end: keep a
 * few freed ones for reuse instead of going through malloc each time. */
enum { SEQUENCE_ITERATOR_CACHE = 8 };
static SequenceIterator *sequence_iterator_cache[SEQUENCE_ITERATOR_CACHE];
static int sequence_iterator_cached;

static void sequence_iterator_dealloc(MoltObject *object) {
    molt_decref(((SequenceIterator *)object)->sequence);
    if (sequence_iterator_cached < SEQUENCE_ITERATOR_CACHE) {
        molt_gc_untrack(object);
        sequence_iterator_cache[sequence_iterator_cached++] = (SequenceIterator *)object;
    } else {
        molt_gc_free(object);
    }
}

static MoltValue exhaust(SequenceIterator *iterator) {
    molt_decref(iterator->sequence);
    iterator->sequence = MOLT_NONE;
    return MOLT_STOP;
}

MoltValue molt_sequence_iterator_exhaust(MoltValue iterator) { return exhaust(molt_as_ptr(iterator)); }

static MoltValue list_iterator_next(MoltValue self) { return molt_list_iterator_next(self); }

static MoltValue list_reverse_iterator_next(MoltValue self) {
    SequenceIterator *iterator = molt_as_ptr(self);
    if (iterator->sequence == MOLT_NONE) return MOLT_STOP;
    MoltList *list = molt_list_object(iterator->sequence);
    if (iterator->index < 0 || iterator->index >= list->length) return exhaust(iterator);
    MoltValue item = list->items[iterator->index--];
    molt_incref(item);
    return item;
}

static MoltValue tuple_iterator_next(MoltValue self) {
    SequenceIterator *iterator = molt_as_ptr(self);
    if (iterator->sequence == MOLT_NONE) return MOLT_STOP;
    if (iterator->index >= molt_tuple_length(iterator->sequence)) return exhaust(iterator);
    MoltValue item = molt_tuple_items(iterator->sequence)[iterator->index++];
    molt_incref(item);
    return item;
}

/* reversed() over anything with len() and integer indexing. */
static MoltValue reversed_next(MoltValue self) {
    SequenceIterator *iterator = molt_as_ptr(self);
    if (iterator->sequence == MOLT_NONE) return MOLT_STOP;
    if (iterator->index < 0) return exhaust(iterator);
    MoltValue item = molt_getitem(iterator->sequence, molt_int_from_i64(iterator->index--));
    if (item == MOLT_ERROR && molt_exc_matches(molt_from_type(&molt_type_IndexError)) == 1) {
        molt_decref(molt_exc_fetch());
        return exhaust(iterator);
    }
    return item;
}

/* iter() of an object with __getitem__ but no __iter__: items 0, 1, 2...
 * until IndexError or StopIteration. */
static MoltValue getitem_next(MoltValue self) {
    SequenceIterator *iterator = molt_as_ptr(self);
    if (iterator->sequence == MOLT_NONE) return MOLT_STOP;
    MoltValue item = molt_getitem(iterator->sequence, molt_int_from_i64(iterator->index++));
    if (item == MOLT_ERROR && (molt_exc_matches(molt_from_type(&molt_type_IndexError)) == 1 ||
                               molt_exc_matches(molt_from_type(&molt_type_StopIteration)) == 1)) {
        molt_decref(molt_exc_fetch());
        return exhaust(iterator);
    }
    return item;
}

static void sequence_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void enumerate_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void multi_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void filter_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void callable_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context);

#define SEQUENCE_ITERATOR_TYPE(variable, type_name, next_function)   \
    static MoltType variable = {                                      \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},          \
        .name = type_name,                                            \
        .base = &molt_type_object,                                    \
        .dealloc = sequence_iterator_dealloc,                         \
        .iter = iterator_self,                                        \
        .iternext = next_function,                                    \
        .traverse = sequence_iterator_traverse,                       \
    };
SEQUENCE_ITERATOR_TYPE(list_iterator_type, "list_iterator", list_iterator_next)
SEQUENCE_ITERATOR_TYPE(list_reverse_iterator_type, "list_reverseiterator", list_reverse_iterator_next)
SEQUENCE_ITERATOR_TYPE(tuple_iterator_type, "tuple_iterator", tuple_iterator_next)
SEQUENCE_ITERATOR_TYPE(reversed_type, "reversed", reversed_next)
SEQUENCE_ITERATOR_TYPE(getitem_iterator_type, "iterator", getitem_next)

static MoltValue sequence_iterator_new(const MoltType *type, MoltValue sequence, int64_t index) {
    SequenceIterator *iterator;
    if (sequence_iterator_cached) {
        iterator = sequence_iterator_cache[--sequence_iterator_cached];
        iterator->header.refcount = 1;
        iterator->header.type = type;
        molt_gc_track(&iterator->header);
    } else {
        iterator = iterator_allocate(sizeof *iterator, type);
    }
    molt_incref(sequence);
    iterator->sequence = sequence;
    iterator->index = index;
    return molt_from_ptr(iterator);
}

MoltValue molt_list_iterator_new(MoltValue list) {
    return sequence_iterator_new(&list_iterator_type, list, 0);
}

MoltValue molt_tuple_iterator_new(MoltValue tuple) {
    return sequence_iterator_new(&tuple_iterator_type, tuple, 0);
}

MoltValue molt_getitem_iterator_new(MoltValue sequence) {
    return sequence_iterator_new(&getitem_iterator_type, sequence, 0);
}

MoltValue molt_reversed_new(MoltValue sequence) {
    if (molt_is_list(sequence))
        return sequence_iterator_new(&list_reverse_iterator_type, sequence, molt_list_length(sequence) - 1);
    MoltValue dict_iterator = molt_dict_reversed_iterator(sequence);
    if (dict_iterator != MOLT_NOT_IMPLEMENTED) return dict_iterator;
    const MoltType *type = molt_type_of(sequence);
    if (type == &molt_type_range) return molt_range_reversed(sequence);
    if (type == &molt_type_EnumType) return molt_enum_reversed(sequence);   /* EnumType.__reversed__ */
    if (!type->length || !type->getitem || molt_is_dict(sequence) || molt_is_set_or_frozenset(sequence))
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not reversible", type->name);
    int64_t length = type->length(sequence);
    if (length < 0) return MOLT_ERROR;
    return sequence_iterator_new(&reversed_type, sequence, length - 1);
}

/* ---- enumerate ---- */

typedef struct EnumerateIterator {
    MoltObject header;
    MoltValue iterator;
    MoltValue count;
} EnumerateIterator;

static void enumerate_dealloc(MoltObject *object) {
    EnumerateIterator *enumerate = (EnumerateIterator *)object;
    molt_decref(enumerate->iterator);
    molt_decref(enumerate->count);
    molt_gc_free(object);
}

static MoltValue enumerate_next(MoltValue self) {
    EnumerateIterator *enumerate = molt_as_ptr(self);
    MoltValue item = molt_iter_next(enumerate->iterator);
    if (item == MOLT_STOP || item == MOLT_ERROR) return item;
    MoltValue count = enumerate->count;
    MoltValue next_count;
    if (molt_is_small_int(count) && molt_small_int_value(count) < MOLT_SMALL_INT_MAX)
        next_count = molt_from_small_int(molt_small_int_value(count) + 1);
    else
        next_count = molt_binary_op(MOLT_OP_ADD, count, molt_from_small_int(1));
    if (next_count == MOLT_ERROR) {
        molt_decref(item);
        return MOLT_ERROR;
    }
    enumerate->count = next_count;
    MoltValue pair[2] = {count, item};   /* both references move into the tuple */
    return molt_tuple_from_owned(pair, 2);
}

static MoltType enumerate_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "enumerate",
    .base = &molt_type_object,
    .dealloc = enumerate_dealloc,
    .iter = iterator_self,
    .iternext = enumerate_next,
    .traverse = enumerate_traverse,
};

MoltValue molt_enumerate_new(MoltValue iterable, MoltValue start) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    EnumerateIterator *enumerate = iterator_allocate(sizeof *enumerate, &enumerate_type);
    enumerate->iterator = iterator;
    molt_incref(start);
    enumerate->count = start;
    return molt_from_ptr(enumerate);
}

/* ---- zip and map: several iterators advanced together ---- */

typedef struct MultiIterator {
    MoltObject header;
    MoltValue function;   /* map's function; MOLT_NONE for zip */
    bool strict;
    bool exhausted;
    size_t count;
    MoltValue iterators[];
} MultiIterator;

static void multi_iterator_dealloc(MoltObject *object) {
    MultiIterator *multi = (MultiIterator *)object;
    molt_decref(multi->function);
    for (size_t i = 0; i < multi->count; i++) molt_decref(multi->iterators[i]);
    molt_gc_free(object);
}

static MoltValue zip_strict_error(size_t index, bool shorter) {
    if (index == 1)
        return molt_raise_format(&molt_type_ValueError, "zip() argument 2 is %s than argument 1",
                                 shorter ? "shorter" : "longer");
    return molt_raise_format(&molt_type_ValueError, "zip() argument %zu is %s than arguments 1-%zu", index + 1,
                             shorter ? "shorter" : "longer", index);
}

/* Collects one item from each iterator into items[]; MOLT_STOP or MOLT_ERROR. */
static MoltValue multi_collect(MultiIterator *multi, MoltValue *items) {
    if (multi->exhausted) return MOLT_STOP;
    for (size_t i = 0; i < multi->count; i++) {
        MoltValue item = molt_iter_next(multi->iterators[i]);
        if (item == MOLT_STOP || item == MOLT_ERROR) {
            for (size_t j = 0; j < i; j++) molt_decref(items[j]);
            multi->exhausted = item == MOLT_STOP;
            if (item == MOLT_STOP && multi->strict) {
                if (i > 0) return zip_strict_error(i, true);
                for (size_t j = 1; j < multi->count; j++) {
                    MoltValue extra = molt_iter_next(multi->iterators[j]);
                    if (extra == MOLT_ERROR) return MOLT_ERROR;
                    if (extra != MOLT_STOP) {
                        molt_decref(extra);
                        return zip_strict_error(j, false);
                    }
                }
            }
            return item;
        }
        items[i] = item;
    }
    return MOLT_NONE;
}

static MoltValue zip_next(MoltValue self) {
    MultiIterator *multi = molt_as_ptr(self);
    if (multi->count == 0) return MOLT_STOP;
    MoltValue tuple = molt_tuple_new((int64_t)multi->count);
    MoltValue status = multi_collect(multi, molt_tuple_items(tuple));
    if (status != MOLT_NONE) {
        /* The tuple's slots hold MOLT_NONE or moved-out items: free the shell only. */
        for (size_t i = 0; i < multi->count; i++) molt_tuple_items(tuple)[i] = MOLT_NONE;
        molt_decref(tuple);
        return status;
    }
    return tuple;
}

static MoltValue map_next(MoltValue self) {
    MultiIterator *multi = molt_as_ptr(self);
    MoltValue small[8];
    MoltValue *items = multi->count <= 8 ? small : malloc(multi->count * sizeof *items);
    if (!items) abort();
    MoltValue result = multi_collect(multi, items);
    if (result == MOLT_NONE) {
        result = molt_call(multi->function, items, multi->count, MOLT_NONE);
        for (size_t i = 0; i < multi->count; i++) molt_decref(items[i]);
    }
    if (items != small) free(items);
    return result;
}

static MoltType zip_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "zip",
    .base = &molt_type_object,
    .dealloc = multi_iterator_dealloc,
    .iter = iterator_self,
    .iternext = zip_next,
    .traverse = multi_iterator_traverse,
};

static MoltType map_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "map",
    .base = &molt_type_object,
    .dealloc = multi_iterator_dealloc,
    .iter = iterator_self,
    .iternext = map_next,
    .traverse = multi_iterator_traverse,
};

static MoltValue multi_iterator_new(const MoltType *type, MoltValue function, const MoltValue *iterables,
                                    size_t count, bool strict) {
    MultiIterator *multi = iterator_allocate(sizeof *multi + count * sizeof(MoltValue), type);
    multi->function = function;
    molt_incref(function);
    multi->strict = strict;
    multi->exhausted = false;
    multi->count = 0;
    for (size_t i = 0; i < count; i++) {
        MoltValue iterator = molt_iter(iterables[i]);
        if (iterator == MOLT_ERROR) {
            molt_decref(molt_from_ptr(multi));
            return MOLT_ERROR;
        }
        multi->iterators[multi->count++] = iterator;
    }
    return molt_from_ptr(multi);
}

MoltValue molt_zip_new(const MoltValue *iterables, size_t count, bool strict) {
    return multi_iterator_new(&zip_type, MOLT_NONE, iterables, count, strict);
}

MoltValue molt_map_new(MoltValue function, const MoltValue *iterables, size_t count) {
    return multi_iterator_new(&map_type, function, iterables, count, false);
}

/* ---- filter ---- */

typedef struct FilterIterator {
    MoltObject header;
    MoltValue function;
    MoltValue iterator;
} FilterIterator;

static void filter_dealloc(MoltObject *object) {
    FilterIterator *filter = (FilterIterator *)object;
    molt_decref(filter->function);
    molt_decref(filter->iterator);
    molt_gc_free(object);
}

static MoltValue filter_next(MoltValue self) {
    FilterIterator *filter = molt_as_ptr(self);
    for (;;) {
        MoltValue item = molt_iter_next(filter->iterator);
        if (item == MOLT_STOP || item == MOLT_ERROR) return item;
        int keep;
        if (filter->function == MOLT_NONE) {
            keep = molt_truthy(item);
        } else {
            MoltValue verdict = molt_call(filter->function, &item, 1, MOLT_NONE);
            keep = verdict == MOLT_ERROR ? -1 : molt_truthy(verdict);
            molt_decref(verdict);
        }
        if (keep > 0) return item;
        molt_decref(item);
        if (keep < 0) return MOLT_ERROR;
    }
}

static MoltType filter_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "filter",
    .base = &molt_type_object,
    .dealloc = filter_dealloc,
    .iter = iterator_self,
    .iternext = filter_next,
    .traverse = filter_traverse,
};

MoltValue molt_filter_new(MoltValue function, MoltValue iterable) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    FilterIterator *filter = iterator_allocate(sizeof *filter, &filter_type);
    molt_incref(function);
    filter->function = function;
    filter->iterator = iterator;
    return molt_from_ptr(filter);
}

/* ---- iter(callable, sentinel) ---- */

typedef struct CallableIterator {
    MoltObject header;
    MoltValue function;   /* MOLT_NONE once the sentinel was seen */
    MoltValue sentinel;
} CallableIterator;

static void callable_iterator_dealloc(MoltObject *object) {
    CallableIterator *iterator = (CallableIterator *)object;
    molt_decref(iterator->function);
    molt_decref(iterator->sentinel);
    molt_gc_free(object);
}

static MoltValue callable_iterator_next(MoltValue self) {
    CallableIterator *iterator = molt_as_ptr(self);
    if (iterator->function == MOLT_NONE) return MOLT_STOP;
    MoltValue item = molt_call(iterator->function, NULL, 0, MOLT_NONE);
    if (item == MOLT_ERROR) return MOLT_ERROR;
    int equal = molt_equal(item, iterator->sentinel);
    if (equal == 0) return item;
    molt_decref(item);
    if (equal < 0) return MOLT_ERROR;
    molt_decref(iterator->function);
    iterator->function = MOLT_NONE;
    return MOLT_STOP;
}

static MoltType callable_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "callable_iterator",
    .base = &molt_type_object,
    .dealloc = callable_iterator_dealloc,
    .iter = iterator_self,
    .iternext = callable_iterator_next,
    .traverse = callable_iterator_traverse,
};

MoltValue molt_callable_iterator_new(MoltValue function, MoltValue sentinel) {
    CallableIterator *iterator = iterator_allocate(sizeof *iterator, &callable_iterator_type);
    molt_incref(function);
    molt_incref(sentinel);
    iterator->function = function;
    iterator->sentinel = sentinel;
    return molt_from_ptr(iterator);
}

/* ---- the cycle collector's view (runtime/core/gc.c); no clear slots: a
 * cycle through an iterator also passes through a mutable container ---- */

static void sequence_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((SequenceIterator *)self)->sequence, context);
}

static void enumerate_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((EnumerateIterator *)self)->iterator, context);
    visit(((EnumerateIterator *)self)->count, context);
}

static void multi_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MultiIterator *multi = (MultiIterator *)self;
    visit(multi->function, context);
    for (size_t i = 0; i < multi->count; i++) visit(multi->iterators[i], context);
}

static void filter_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((FilterIterator *)self)->function, context);
    visit(((FilterIterator *)self)->iterator, context);
}

static void callable_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((CallableIterator *)self)->function, context);
    visit(((CallableIterator *)self)->sentinel, context);
}
