/* Finding a method in a per-program method table (include/molt/methods.h):
 * the tables are sorted by name, the search is binary. */
#include <string.h>

#include "molt/molt.h"

const MoltMethodEntry *molt_method_table_find(const MoltMethodTable *table, const char *name) {
    size_t low = 0, high = table->count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = strcmp(name, table->entries[middle]->name);
        if (order == 0) return table->entries[middle];
        if (order < 0) high = middle;
        else low = middle + 1;
    }
    return NULL;
}
