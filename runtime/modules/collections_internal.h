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

/* A named tuple class of a runtime module, as CPython's struct sequences
 * (time.struct_time, datetime.IsoCalendarDate): `qualified_name` is
 * "module.Name" (static), the repr "time.struct_time(tm_year=2024, ...)".
 * `from_sequence`: the class is called with one sequence, as struct_time
 * (otherwise with the fields, as datetime.IsoCalendarDate). */
MoltValue molt_struct_sequence_class(const char *qualified_name, const char *field_names, bool from_sequence);
/* An instance of such a class, made on first use into *class_slot
 * (MOLT_UNBOUND until then; its owner releases it at exit). */
MoltValue molt_struct_sequence_new(MoltValue *class_slot, const char *qualified_name, const char *field_names,
                                   bool from_sequence, const MoltValue *items, size_t count);

#endif
