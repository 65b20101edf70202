/* The dunder methods of builtin types (object, the exceptions) that classes
 * inherit and reach by name: super().__init__(...), object.__repr__(x),
 * Exception.__init__(self, message). */
#ifndef MOLT_BUILTIN_DUNDER_H
#define MOLT_BUILTIN_DUNDER_H
#include <stdbool.h>

#include "molt/molt.h"

/* Does the builtin type `owner` have the dunder `name`, or the named method? */
bool molt_builtin_dunder_exists(const MoltType *owner, const char *name);
/* owner.name(self, *args), a dunder or a named method of owner, run as
 * owner's own (never an override of self's class): MOLT_NOT_IMPLEMENTED (no
 * exception) when the builtin type has neither. For __new__, self is the class. */
MoltValue molt_builtin_dunder_call(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args,
                                   size_t nargs, MoltValue kwnames);
/* The dunder as a value, bound to self (MOLT_UNBOUND: unbound, as
 * object.__init__); MOLT_NOT_IMPLEMENTED when absent. */
MoltValue molt_builtin_dunder_get(const MoltType *owner, const char *name, MoltValue self);
/* A builtin type's method read through the type, `str.upper`: calling it
 * calls the method on its first argument. MOLT_NOT_IMPLEMENTED when the type
 * has no such method. */
MoltValue molt_builtin_method_get(const MoltType *owner, const char *name);
/* Does the builtin type `owner` have the named method `name` (in its
 * method_names, served by its call_method)? */
bool molt_builtin_has_method(const MoltType *owner, const char *name);
/* owner's method `name` bound to self (an instance of owner or of a class
 * deriving from it), calling owner's own method whatever self's class
 * overrides: super().append, d.get of a dict subclass. MOLT_NOT_IMPLEMENTED
 * when owner has no such method. */
MoltValue molt_builtin_method_bind(const MoltType *owner, const char *name, MoltValue self);

#endif
