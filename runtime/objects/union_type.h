/* types.UnionType (int | None): see union_type.c. */
#ifndef MOLT_UNION_TYPE_H
#define MOLT_UNION_TYPE_H
#include <stdbool.h>

#include "molt/molt.h"

extern MoltType molt_type_union_type;

static inline bool molt_is_union_type(MoltValue v) { return molt_type_of(v) == &molt_type_union_type; }
/* The members of a union (a tuple, borrowed). */
MoltValue molt_union_type_args(MoltValue v);
/* a | b for the types whose `|` makes a union (type, None, GenericAlias,
 * UnionType): their binary_op slot. MOLT_NOT_IMPLEMENTED for any other
 * operator or operand, so that typing's objects can make a typing.Union. */
MoltValue molt_union_type_or(MoltBinaryOp op, MoltValue a, MoltValue b);
/* Can `v` be a member of a UnionType made by `|` (None, a type, a
 * GenericAlias, a UnionType)? */
bool molt_union_type_unionable(MoltValue v);
/* a | b without that check (typing.Any is a class in CPython, an object here). */
MoltValue molt_union_type_make(MoltValue a, MoltValue b);
/* hash(frozenset(members)), as CPython hashes both kinds of union. */
int64_t molt_union_hash_members(MoltValue members);

#endif
