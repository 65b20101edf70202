/* What the functools module files share with each other and with contextlib:
 * update_wrapper with its default attribute lists, and the lru_cache entry
 * points (functools_lru.c) that functools.c lists in the module table. */
#ifndef MOLT_MODULES_FUNCTOOLS_H
#define MOLT_MODULES_FUNCTOOLS_H

#include "molt/molt.h"

/* update_wrapper(wrapper, wrapped, assigned, updated) (all borrowed; assigned
 * and updated MOLT_UNBOUND for WRAPPER_ASSIGNMENTS / WRAPPER_UPDATES): 0, or -1
 * with the exception of a failed setattr or update. */
int molt_functools_update_wrapper(MoltValue wrapper, MoltValue wrapped, MoltValue assigned, MoltValue updated);

/* Calls `function` with positional[0..positional_count) then args (the
 * vectorcall layout of the call being forwarded) and the keywords of `keywords`
 * (a dict, borrowed; keywords of the call override its entries). */
MoltValue molt_functools_call(MoltValue function, const MoltValue *positional, size_t positional_count,
                              MoltValue keywords, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* The attributes a partial or an lru_cache wrapper takes (functools.wraps
 * sets them) live in a dict made on first use, *dict (MOLT_UNBOUND until
 * then): getattr's lookup (MOLT_NOT_IMPLEMENTED when absent) and
 * setattr/delattr (value MOLT_UNBOUND), with CPython's errors. */
MoltValue molt_functools_dict_getattr(MoltValue *dict, const char *name);
int molt_functools_dict_setattr(MoltValue self, MoltValue *dict, const char *name, MoltValue value);

MoltValue molt_functools_lru_cache(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_functools_cache(const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif
