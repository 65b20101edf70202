/* What the collections module's files share: namedtuple
 * (collections_namedtuple.c), which typing.NamedTuple uses too. */
#ifndef MOLT_COLLECTIONS_H
#define MOLT_COLLECTIONS_H
#include <stdbool.h>

#include "molt/molt.h"

/* collections.namedtuple(typename, field_names, *, rename, defaults, module). */
MoltValue molt_collections_namedtuple(const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The class itself, from checked arguments (borrowed; defaults and module
 * MOLT_NONE when not given). */
MoltValue molt_namedtuple_make(MoltValue typename_value, MoltValue field_names, bool rename, MoltValue defaults,
                               MoltValue module);

#endif
