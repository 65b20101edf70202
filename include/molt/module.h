/* Modules the runtime implements in C (abc, collections, contextlib, dataclasses, enum, functools,
 * math, random, sys, time today; os next): the one list of their names, which the compiler reads to know what
 * `import` may name, and the module objects generated code binds. */
#ifndef MOLT_MODULE_H
#define MOLT_MODULE_H

#include "object.h"

/* One entry per runtime module: X(name). Adding a module is one file in
 * runtime/modules/ defining `struct MoltModule molt_module_NAME` (see
 * runtime/objects/module.h) plus its entry here. */
#define MOLT_RUNTIME_MODULES(X) \
    X(abc) X(collections) X(contextlib) X(dataclasses) X(enum) X(functools) X(math) X(random) X(sys) X(time)

/* The module objects: immortal, statically allocated. */
struct MoltModule;
#define MOLT_DECLARE_MODULE(name) extern struct MoltModule molt_module_##name;
MOLT_RUNTIME_MODULES(MOLT_DECLARE_MODULE)
#undef MOLT_DECLARE_MODULE
#define MOLT_MODULE_VALUE(name) molt_from_ptr(&molt_module_##name)

extern MoltType molt_type_module;

#endif
