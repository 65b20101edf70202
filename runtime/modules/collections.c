/* The collections module: the table of its names. namedtuple is in
 * collections_namedtuple.c. */
#include "../objects/module.h"
#include "collections.h"

static struct MoltBuiltinFunctionObject collections_functions[] = {
    MOLT_MODULE_FUNCTION("namedtuple", molt_collections_namedtuple),
};

/* No attributes besides the functions yet (MOLT_MODULE wants a non-empty table). */
struct MoltModule molt_module_collections = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "collections",
                                             collections_functions, 1, NULL, 0};
