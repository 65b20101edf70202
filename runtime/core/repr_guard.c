/* The stack of containers whose repr is in progress (see repr_guard.h).
 * Nesting is shallow in practice, so a linear scan is the fast choice. */
#include <stdlib.h>

#include "repr_guard.h"

static MoltValue *in_progress;
static size_t in_progress_length, in_progress_capacity;

bool molt_repr_enter(MoltValue container) {
    for (size_t i = 0; i < in_progress_length; i++) {
        if (in_progress[i] == container) return true;
    }
    if (in_progress_length == in_progress_capacity) {
        in_progress_capacity = in_progress_capacity ? in_progress_capacity * 2 : 16;
        in_progress = realloc(in_progress, in_progress_capacity * sizeof *in_progress);
        if (!in_progress) abort();
    }
    in_progress[in_progress_length++] = container;
    return false;
}

void molt_repr_leave(MoltValue container) {
    if (in_progress_length > 0 && in_progress[in_progress_length - 1] == container) {
        in_progress_length--;
        if (in_progress_length == 0) {
            free(in_progress);
            in_progress = NULL;
            in_progress_capacity = 0;
        }
    }
}
