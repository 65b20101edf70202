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

/* Fast paths for generated code that knows the container's type. Indexes are
 * already normalized by the caller only where stated. */
int64_t molt_list_length(MoltValue list);
/* list[i] with Python's negative indexes and IndexError("list index out of range"). */
MoltValue molt_list_getitem_i64(MoltValue list, int64_t index);
int molt_list_setitem_i64(MoltValue list, int64_t index, MoltValue value);
int64_t molt_tuple_length(MoltValue tuple);
MoltValue molt_tuple_getitem_i64(MoltValue tuple, int64_t index);

/* range(start, stop, step) object for uses other than a compiled for-loop. */
MoltValue molt_range_new(MoltValue start, MoltValue stop, MoltValue step);

#endif
