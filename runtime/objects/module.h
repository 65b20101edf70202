/* The layout of runtime module objects: each module in runtime/modules/ is a
 * static table of its functions (builtin function objects, so getattr hands
 * them out as values) and of its other attributes (made on each read). */
#ifndef MOLT_MODULE_OBJECT_H
#define MOLT_MODULE_OBJECT_H
#include <stddef.h>

#include "molt/molt.h"
#include "molt/module.h"
#include "builtin_function.h"

typedef struct MoltModuleAttribute {
    const char *name;
    MoltValue (*make)(void);   /* a new reference */
} MoltModuleAttribute;

struct MoltModule {
    MoltObject header;
    const char *name;
    struct MoltBuiltinFunctionObject *functions;
    size_t function_count;
    const MoltModuleAttribute *attributes;
    size_t attribute_count;
};

/* Initializers for the tables of a module file:
 *   static struct MoltBuiltinFunctionObject functions[] = {
 *       MOLT_MODULE_FUNCTION("sqrt", math_sqrt), ...};
 *   struct MoltModule molt_module_math = MOLT_MODULE("math", functions, attributes); */
#define MOLT_MODULE_FUNCTION(name, function) {{MOLT_IMMORTAL_REFCOUNT, &molt_type_builtin_function}, name, function}
#define MOLT_MODULE(name, functions, attributes)                                               \
    {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, name, functions,                            \
     sizeof(functions) / sizeof((functions)[0]), attributes, sizeof(attributes) / sizeof((attributes)[0])}

#endif
