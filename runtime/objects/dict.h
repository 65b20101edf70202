/* dict internals shared inside the runtime: lookup without allocation and
 * ordered iteration, used by builtins, sets and exceptions. */
#ifndef MOLT_DICT_H
#define MOLT_DICT_H
#include <stdbool.h>

#include "molt/molt.h"

static inline bool molt_is_dict(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_dict;
}

/* d[key] as a borrowed reference; MOLT_STOP when absent (no exception);
 * MOLT_ERROR when hashing or comparing raised. */
MoltValue molt_dict_lookup(MoltValue dict, MoltValue key);
int64_t molt_dict_length(MoltValue dict);
/* Ordered iteration: *position starts at 0; false when exhausted. Borrowed. */
bool molt_dict_next(MoltValue dict, int64_t *position, MoltValue *key, MoltValue *value);
/* reversed(d) (keys) and reversed(d.keys()/values()/items()): last inserted
 * first. MOLT_NOT_IMPLEMENTED when the value is neither a dict nor a view. */
MoltValue molt_dict_reversed_iterator(MoltValue dict_or_view);
/* dict.fromkeys(iterable[, value]). */
MoltValue molt_dict_fromkeys(const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif
