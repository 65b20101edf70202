/* types.GenericAlias (list[int]): see generic_alias.c. */
#ifndef MOLT_GENERIC_ALIAS_H
#define MOLT_GENERIC_ALIAS_H
#include <stdbool.h>

#include "molt/molt.h"

extern MoltType molt_type_generic_alias;
/* Can the builtin type be subscripted into an alias (list, dict, set, frozenset, tuple, type)? */
bool molt_type_is_generic(const MoltType *type);
/* origin[key]: key is the single argument, or a tuple of them (borrowed). */
MoltValue molt_generic_alias_new(MoltValue origin, MoltValue key);

#endif
