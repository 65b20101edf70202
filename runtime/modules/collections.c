/* The collections module: its table of names. The types live in their own
 * files: collections_deque.c, collections_defaultdict.c,
 * collections_ordereddict.c, collections_counter.c and
 * collections_namedtuple.c. */
#include "../objects/module.h"
#include "../objects/type.h"
#include "collections_internal.h"

static MoltValue make_deque(void) { return molt_from_type(&molt_type_deque); }
static MoltValue make_defaultdict(void) { return molt_from_type(&molt_type_defaultdict); }
static MoltValue make_OrderedDict(void) { return molt_from_type(&molt_type_OrderedDict); }
static MoltValue make_Counter(void) { return molt_from_type(&molt_type_Counter); }

static const MoltModuleAttribute collections_attributes[] = {
    {"deque", make_deque},
    {"defaultdict", make_defaultdict},
    {"OrderedDict", make_OrderedDict},
    {"Counter", make_Counter},
};

static struct MoltBuiltinFunctionObject collections_functions[] = {
    MOLT_MODULE_FUNCTION("namedtuple", molt_collections_namedtuple),
};

struct MoltModule molt_module_collections = {
    {MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "collections", collections_functions, 1,
    collections_attributes, sizeof collections_attributes / sizeof collections_attributes[0],
};
