/* What the files of the collections module share: its types and namedtuple,
 * which collections.c lists in the module table. defaultdict, OrderedDict and
 * Counter are dict subtypes (runtime/objects/dict.h): dicts in layout and
 * behaviour, as in CPython, so isinstance(d, dict) holds. */
#ifndef MOLT_MODULES_COLLECTIONS_INTERNAL_H
#define MOLT_MODULES_COLLECTIONS_INTERNAL_H

#include <stdbool.h>

#include "molt/molt.h"

extern MoltType molt_type_defaultdict;   /* collections_defaultdict.c */
extern MoltType molt_type_OrderedDict;   /* collections_ordereddict.c */
extern MoltType molt_type_Counter;       /* collections_counter.c */
extern MoltType molt_type_deque;         /* collections_deque.c */

/* collections.namedtuple(typename, field_names, *, rename, defaults, module)
 * (collections_namedtuple.c). */
MoltValue molt_collections_namedtuple(const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The class itself, from checked arguments (borrowed; defaults and module
 * MOLT_NONE when not given). */
MoltValue molt_namedtuple_make(MoltValue typename_value, MoltValue field_names, bool rename, MoltValue defaults,
                               MoltValue module);

#endif
