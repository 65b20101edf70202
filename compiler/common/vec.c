/* Storage growth for Vec (see vec.h). */
#include "vec.h"

void *vec_grow_storage(void *items, int *capacity, size_t item_size) {
    int new_capacity = *capacity ? *capacity * 2 : 8;
    void *grown = realloc(items, (size_t)new_capacity * item_size);
    if (!grown) {
        fputs("molt: out of memory\n", stderr);
        exit(3);
    }
    *capacity = new_capacity;
    return grown;
}
