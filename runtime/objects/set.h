/* set/frozenset internals shared inside the runtime. */
#ifndef MOLT_SET_H
#define MOLT_SET_H
#include <stdbool.h>

#include "molt/molt.h"

static inline bool molt_is_set_or_frozenset(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    const MoltType *type = ((MoltObject *)molt_as_ptr(v))->type;
    return type == &molt_type_set || type == &molt_type_frozenset;
}

/* An empty set (frozen: a frozenset). */
MoltValue molt_set_new(bool frozen);
/* len(set). */
int64_t molt_set_length(MoltValue set);
/* Ordered (table order) iteration: *position starts at 0. Borrowed key. */
bool molt_set_next(MoltValue set, int64_t *position, MoltValue *key);

#endif
