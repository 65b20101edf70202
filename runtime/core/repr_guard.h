/* Recursion guard for reprs of containers that can contain themselves
 * ([...], {...}), as CPython's Py_ReprEnter/Py_ReprLeave. */
#ifndef MOLT_REPR_GUARD_H
#define MOLT_REPR_GUARD_H
#include <stdbool.h>

#include "molt/molt.h"

/* True when `container` is already being repr'd further up the stack (the
 * caller then prints the placeholder and must not call leave). */
bool molt_repr_enter(MoltValue container);
void molt_repr_leave(MoltValue container);

#endif
