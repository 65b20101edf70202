/* The dunder methods of builtin types (object, the exceptions) that classes
 * inherit and reach by name: super().__init__(...), object.__repr__(x),
 * Exception.__init__(self, message). */
#ifndef MOLT_BUILTIN_DUNDER_H
#define MOLT_BUILTIN_DUNDER_H
#include <stdbool.h>

#include "molt/molt.h"

bool molt_builtin_dunder_exists(const MoltType *owner, const char *name);
/* owner.name(self, *args): MOLT_NOT_IMPLEMENTED (no exception) when the
 * builtin type has no such dunder. For __new__, self is the class. */
MoltValue molt_builtin_dunder_call(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args,
                                   size_t nargs, MoltValue kwnames);
/* The dunder as a value, bound to self (MOLT_UNBOUND: unbound, as
 * object.__init__); MOLT_NOT_IMPLEMENTED when absent. */
MoltValue molt_builtin_dunder_get(const MoltType *owner, const char *name, MoltValue self);
/* A builtin type's method read through the type, `str.upper`: calling it
 * calls the method on its first argument. MOLT_NOT_IMPLEMENTED when the type
 * has no such method. */
MoltValue molt_builtin_method_get(const MoltType *owner, const char *name);

#endif
