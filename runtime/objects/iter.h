/* Iterator objects over builtin sequences and the lazy builtins (enumerate,
 * zip, map, filter, reversed). Each constructor takes borrowed arguments. */
#ifndef MOLT_ITER_H
#define MOLT_ITER_H
#include <stdbool.h>

#include "molt/molt.h"

MoltValue molt_list_iterator_new(MoltValue list);
MoltValue molt_tuple_iterator_new(MoltValue tuple);
/* enumerate(iterable, start): start is an int. */
MoltValue molt_enumerate_new(MoltValue iterable, MoltValue start);
MoltValue molt_zip_new(const MoltValue *iterables, size_t count, bool strict);
MoltValue molt_map_new(MoltValue function, const MoltValue *iterables, size_t count);
/* filter(function, iterable); function MOLT_NONE means truthiness. */
MoltValue molt_filter_new(MoltValue function, MoltValue iterable);
/* reversed(sequence): lists, tuples, ranges, dicts and anything with len + getitem. */
MoltValue molt_reversed_new(MoltValue sequence);
/* iter() of an object with __getitem__ and no __iter__ (class instances). */
MoltValue molt_getitem_iterator_new(MoltValue sequence);
/* iter(function, sentinel): calls function() until it returns sentinel. */
MoltValue molt_callable_iterator_new(MoltValue function, MoltValue sentinel);
/* reversed(range): defined in range.c beside the range layout. */
MoltValue molt_range_reversed(MoltValue range);

#endif
