/* list internals shared inside the runtime: the layout and helpers used by
 * builtins (sorted) and iterators. */
#ifndef MOLT_LIST_H
#define MOLT_LIST_H
#include <stdbool.h>

#include "molt/molt.h"
#include "type.h"

/* The layout (MoltList) is part of the ABI: include/molt/containers.h. */

static inline bool molt_is_list(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_list;
}
/* A list or an instance of a class deriving from list (PyList_Check). */
static inline bool molt_is_list_or_subtype(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(((MoltObject *)molt_as_ptr(v))->type, &molt_type_list);
}
static inline MoltList *molt_list_object(MoltValue v) { return (MoltList *)molt_as_ptr(v); }

/* An empty list with room for `capacity` items. */
MoltValue molt_list_new(int64_t capacity);
/* Makes the list part of an object allocated elsewhere (an instance of a
 * class deriving from list, instance.c) an empty list. */
void molt_list_init_empty(MoltList *list);
/* list.__init__(self, iterable=(), /): empties self, then extends it. 0 or -1. */
int molt_list_init(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* list(iterable). */
MoltValue molt_list_from_iterable(MoltValue iterable);
/* Reverses an array of values in place (list.reverse, sorting). */
void molt_values_reverse(MoltValue *items, int64_t count);
/* list.sort(key=key, reverse=reverse); key is MOLT_NONE for none. 0 or -1. */
int molt_list_sort(MoltValue list, MoltValue key, bool reverse);   /* list_sort.c */

#endif
