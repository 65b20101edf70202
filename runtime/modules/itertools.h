/* What the itertools module files share: the check every constructor makes
 * (a type's call slot also receives calls of its instances), the repr of
 * iterators without a deterministic one, and the types the module table in
 * itertools.c lists from itertools_shared.c and itertools_combinatorics.c. */
#ifndef MOLT_MODULES_ITERTOOLS_H
#define MOLT_MODULES_ITERTOOLS_H

#include "molt/molt.h"

/* -1 with "'count' object is not callable" when `callable` is an instance
 * rather than the type being called; else 0. */
int molt_itertools_check_constructor(MoltValue callable);
/* <itertools.chain object at 0x...>, as CPython's default repr of the module's types. */
MoltValue molt_itertools_repr(MoltValue self);

extern MoltType molt_type_itertools_groupby, molt_type_itertools_grouper, molt_type_itertools_tee;
extern MoltType molt_type_itertools_product, molt_type_itertools_permutations, molt_type_itertools_combinations,
    molt_type_itertools_combinations_with_replacement;
/* itertools.tee(iterable, n=2, /). */
MoltValue molt_itertools_tee(const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif
