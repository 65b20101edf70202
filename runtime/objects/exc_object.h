/* BaseException instances: the args tuple, chaining links and the traceback
 * entries recorded as the exception propagates. */
#ifndef MOLT_EXC_OBJECT_H
#define MOLT_EXC_OBJECT_H
#include <stdbool.h>

#include "molt/molt.h"

typedef struct MoltTracebackEntry {
    const char *function_name;
    int line;
} MoltTracebackEntry;

typedef struct MoltException {
    MoltObject header;
    MoltValue args;            /* a tuple */
    MoltValue cause;           /* __cause__, MOLT_NONE when absent */
    MoltValue context;         /* __context__, MOLT_NONE when absent */
    bool suppress_context;
    MoltTracebackEntry *traceback;   /* innermost first, as recorded */
    size_t traceback_length;
    size_t traceback_capacity;
} MoltException;

/* Is v an instance of BaseException (or a subclass)? */
bool molt_is_exception(MoltValue v);
/* Is v a class deriving from BaseException? */
bool molt_is_exception_type(MoltValue v);
/* A new instance of `type` with the given args tuple (borrowed). */
MoltValue molt_exception_new(const MoltType *type, MoltValue args);
void molt_exception_add_traceback(MoltValue exception, const char *function_name, int line);

#endif
