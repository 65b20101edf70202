/* Modules the runtime implements in C (docs/modules.md lists them): the one list
 * of their names, which the compiler reads to know what
 * `import` may name, and the module objects generated code binds. */
#ifndef MOLT_MODULE_H
#define MOLT_MODULE_H

#include "object.h"

/* One entry per runtime module: X(name). Adding a module is one file in
 * runtime/modules/ defining `struct MoltModule molt_module_NAME` (see
 * runtime/objects/module.h) plus its entry here. */
#define MOLT_RUNTIME_MODULES(X) \
    X(abc) X(argparse) X(collections) X(contextlib) X(dataclasses) X(datetime) X(enum) X(functools) X(math) \
    X(base64) X(binascii) X(bisect) X(copy) X(hashlib) X(heapq) X(itertools) X(json) X(operator) \
    X(asyncio) X(random) X(re) X(string) X(struct) X(sys) X(textwrap) X(time) X(typing)

/* The module objects: immortal, statically allocated. */
struct MoltModule;
#define MOLT_DECLARE_MODULE(name) extern struct MoltModule molt_module_##name;
MOLT_RUNTIME_MODULES(MOLT_DECLARE_MODULE)
#undef MOLT_DECLARE_MODULE
#define MOLT_MODULE_VALUE(name) molt_from_ptr(&molt_module_##name)

extern MoltType molt_type_module;

#endif
