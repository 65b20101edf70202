/* Constructors and fast paths for list, tuple, dict, set and range. The
 * `_from_owned` constructors take over the references in items[]; everything
 * else takes borrowed references, as in ops.h. */
#ifndef MOLT_CONTAINERS_H
#define MOLT_CONTAINERS_H
#include <stddef.h>
#include <stdint.h>

#include "object.h"

extern MoltType molt_type_list;
extern MoltType molt_type_tuple;
extern MoltType molt_type_dict;
extern MoltType molt_type_set;
extern MoltType molt_type_frozenset;
extern MoltType molt_type_range;
extern MoltType molt_type_slice;
extern MoltType molt_type_NoneType;

MoltValue molt_list_from_owned(MoltValue *items, size_t count);
MoltValue molt_tuple_from_owned(MoltValue *items, size_t count);
MoltValue molt_set_from_owned(MoltValue *items, size_t count);
/* A set display whose items are all constants and number 3 or more ({1, 2, 3}):
 * CPython compiles it to a frozenset constant merged into a new set, which can
 * iterate in a different order than adding the items one by one; this
 * reproduces that. Borrowed items. */
MoltValue molt_set_from_constants(const MoltValue *items, size_t count);
MoltValue molt_dict_new(void);
/* d[key] = value for a dict; 0 or -1 (unhashable key). */
int molt_dict_setitem(MoltValue dict, MoltValue key, MoltValue value);
/* list.append; 0 or -1. */
int molt_list_append(MoltValue list, MoltValue item);
/* list.extend / the * in [*a, *b]; 0 or -1. */
int molt_list_extend(MoltValue list, MoltValue iterable);
/* {**m} in a display: 0 or -1. */
int molt_dict_update(MoltValue dict, MoltValue mapping);
/* set.add; 0 or -1. */
int molt_set_add(MoltValue set, MoltValue item);

/* The list layout is part of the ABI so that generated code indexes lists
 * inline. */
typedef struct MoltList {
    MoltObject header;
    MoltValue *items;
    int64_t length;
    int64_t capacity;
} MoltList;

MoltValue molt_list_index_error(void);            /* raises IndexError; MOLT_ERROR */
int molt_list_assignment_index_error(void);        /* raises IndexError; -1 */

/* Iteration over a list (and tuple): the iterator's layout is part of the ABI
 * so that `for x in a_list` takes the next item inline. */
typedef struct MoltSequenceIterator {
    MoltObject header;
    MoltValue sequence;   /* MOLT_NONE once exhausted */
    int64_t index;
} MoltSequenceIterator;

/* iter(list). */
MoltValue molt_list_iterator_new(MoltValue list);
/* Releases the sequence of an iterator at its end; returns MOLT_STOP. */
MoltValue molt_sequence_iterator_exhaust(MoltValue iterator);

/* next() of a list iterator: the item borrowed from the list, or MOLT_STOP. */
MOLT_INLINE MoltValue molt_list_iterator_next_borrowed(MoltValue value) {
    MoltSequenceIterator *iterator = (MoltSequenceIterator *)molt_as_ptr(value);
    if (iterator->sequence == MOLT_NONE) return MOLT_STOP;
    MoltList *list = (MoltList *)molt_as_ptr(iterator->sequence);
    if (iterator->index >= list->length) return molt_sequence_iterator_exhaust(value);
    return list->items[iterator->index++];
}

/* next() of a list iterator: a new reference, or MOLT_STOP. */
MOLT_INLINE MoltValue molt_list_iterator_next(MoltValue value) {
    MoltValue item = molt_list_iterator_next_borrowed(value);
    molt_incref(item);
    return item;
}

/* Fast paths for generated code that knows the container's type. */
int64_t molt_list_length(MoltValue list);
/* Applies Python's negative indexing to *index; false when out of range. */
MOLT_INLINE bool molt_list_normalize_index(MoltValue value, int64_t *index) {
    MoltList *list = (MoltList *)molt_as_ptr(value);
    if (*index < 0) *index += list->length;
    return (uint64_t)*index < (uint64_t)list->length;
}
MOLT_INLINE MoltValue *molt_list_items(MoltValue value) { return ((MoltList *)molt_as_ptr(value))->items; }
/* The item at a normalized index (borrowed). */
MOLT_INLINE MoltValue molt_list_item_at(MoltValue value, int64_t index) {
    return ((MoltList *)molt_as_ptr(value))->items[index];
}
/* list[i] (borrowed) with Python's negative indexes, or MOLT_ERROR with
 * IndexError("list index out of range"). */
MOLT_INLINE MoltValue molt_list_item_borrowed(MoltValue value, int64_t index) {
    if (!molt_list_normalize_index(value, &index)) return molt_list_index_error();
    return molt_list_item_at(value, index);
}
/* list[i] as a new reference. */
MOLT_INLINE MoltValue molt_list_getitem_i64(MoltValue value, int64_t index) {
    MoltValue item = molt_list_item_borrowed(value, index);
    molt_incref(item);
    return item;
}
/* list[i] = item where both the old and the new item are immediates (the
 * compiler proved the list holds only floats, or only bools). */
MOLT_INLINE int molt_list_store_immediate(MoltValue value, int64_t index, MoltValue item) {
    MoltList *list = (MoltList *)molt_as_ptr(value);
    if (index < 0) index += list->length;
    if ((uint64_t)index >= (uint64_t)list->length) return molt_list_assignment_index_error();
    list->items[index] = item;
    return 0;
}
/* list[i] = item (borrowed); 0, or -1 with IndexError. */
MOLT_INLINE int molt_list_setitem_i64(MoltValue value, int64_t index, MoltValue item) {
    MoltList *list = (MoltList *)molt_as_ptr(value);
    if (index < 0) index += list->length;
    if ((uint64_t)index >= (uint64_t)list->length) return molt_list_assignment_index_error();
    molt_incref(item);
    MoltValue old = list->items[index];
    list->items[index] = item;
    molt_decref(old);
    return 0;
}
int64_t molt_tuple_length(MoltValue tuple);
MoltValue molt_tuple_getitem_i64(MoltValue tuple, int64_t index);

/* range(start, stop, step) object for uses other than a compiled for-loop. */
MoltValue molt_range_new(MoltValue start, MoltValue stop, MoltValue step);

#endif
