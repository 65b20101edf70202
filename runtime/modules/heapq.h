/* heapq's push and pop on a list, for the runtime's other users of a heap
 * (asyncio.PriorityQueue), with CPython's comparisons step for step. */
#ifndef MOLT_MODULES_HEAPQ_H
#define MOLT_MODULES_HEAPQ_H
#include "molt/molt.h"

/* heappush(heap, item): 0, or -1 with the comparison's error. */
int molt_heapq_push(MoltValue heap, MoltValue item);
/* heappop(heap): the smallest item (new reference), or MOLT_ERROR (IndexError when empty). */
MoltValue molt_heapq_pop(MoltValue heap);

#endif
