/* Growable arrays for the compiler. A Vec(T) is a plain struct {items, count,
 * capacity} whose storage comes from malloc, so it can grow freely; the stage
 * that owns a vector releases it with vec_free. */
#ifndef MOLT_COMMON_VEC_H
#define MOLT_COMMON_VEC_H
#include <stdlib.h>
#include <stdio.h>

#define Vec(Type) struct { Type *items; int count; int capacity; }

void *vec_grow_storage(void *items, int *capacity, size_t item_size);

#define vec_push(vec, value)                                                           \
    do {                                                                               \
        if ((vec)->count == (vec)->capacity)                                           \
            (vec)->items = vec_grow_storage((vec)->items, &(vec)->capacity,            \
                                            sizeof(*(vec)->items));                    \
        (vec)->items[(vec)->count++] = (value);                                        \
    } while (0)

#define vec_free(vec) (free((vec)->items), (vec)->items = NULL, (vec)->count = 0, (vec)->capacity = 0)
#define vec_last(vec) ((vec)->items[(vec)->count - 1])

#endif
