/* Which methods of the builtin types a program can name, for its per-program
 * method tables (include/molt/methods.h, docs/wasm.md "Size"): every attribute
 * name written in any module, every identifier inside a string constant
 * (getattr(x, "upper"), "{0.upper}".format(s), methodcaller("upper")), unless
 * the program can name attributes at run time, which keeps every method. */
#ifndef MOLT_DRIVER_METHOD_USE_H
#define MOLT_DRIVER_METHOD_USE_H
#include <stdbool.h>

#include "../backend/backend.h"
#include "module_graph.h"

typedef struct MethodUse {
    /* getattr/hasattr/delattr with a name that is not a constant, an
     * attrgetter or methodcaller of computed names, str.format on a format
     * that is not a constant, __getattribute__, __dict__: anything can be named. */
    bool dynamic;
    bool imports_runtime_module;   /* whose C code calls str methods by name */
    const char **names;            /* sorted, without repeats */
    int count, capacity;
    BackendMethodTable str_table;  /* the kept str methods, for the backend */
} MethodUse;

void method_use_collect(MethodUse *use, const ModuleGraph *graph);
/* The tables for the entry unit (BackendModule.method_tables), or NULL when
 * every method is kept (the runtime's full tables are linked). */
const BackendMethodTable *method_use_tables(MethodUse *use, int *count);
void method_use_free(MethodUse *use);

#endif
