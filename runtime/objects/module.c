/* The module type of runtime modules (`import math`): repr, attribute reads
 * from the module's static tables, and `math.sqrt(x)` calls that go straight
 * to the C function without making a bound value first. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "module.h"
#include "molt/capabilities.h"
#include "type.h"

static void static_dealloc(MoltObject *object) { (void)object; }

static const struct MoltModule *as_module(MoltValue v) { return molt_as_ptr(v); }

/* Generated code names functions with string literals, so the address of
 * the name mostly identifies it: a small direct-mapped cache keyed by that
 * address spares `math.sqrt(x)` in a loop the search of the table. A hit is
 * still confirmed by comparing the text, as an address can be reused. */
typedef struct LookupCacheEntry {
    const struct MoltModule *module;
    struct MoltBuiltinFunctionObject *function;
    const MoltGatedMember *gate;   /* the function's capability gate, or NULL */
} LookupCacheEntry;
#define LOOKUP_CACHE_SIZE 256
static LookupCacheEntry lookup_cache[LOOKUP_CACHE_SIZE];

static const LookupCacheEntry *find_function(const struct MoltModule *module, const char *name) {
    LookupCacheEntry *entry = &lookup_cache[((uintptr_t)name >> 3) % LOOKUP_CACHE_SIZE];
    if (entry->module == module && strcmp(entry->function->name, name) == 0) return entry;
    for (size_t i = 0; i < module->function_count; i++) {
        if (strcmp(module->functions[i].name, name) == 0) {
            entry->module = module;
            entry->function = &module->functions[i];
            entry->gate = molt_gated_member(module->name, name);
            return entry;
        }
    }
    return NULL;
}

/* The runtime gate of a member that always needs its capability (the
 * others check their own state: an unseeded generator, a call without a
 * seed). 0, or -1 with PermissionError. */
static int pass_gate(const struct MoltModule *module, const char *name, const MoltGatedMember *gate) {
    if (!gate || gate->kind != MOLT_GATE_ALWAYS || molt_capability_granted(gate->capability)) return 0;
    char what[128];
    snprintf(what, sizeof what, "%s.%s", module->name, name);
    return molt_capability_require(gate->capability, what);
}

static MoltValue module_repr(MoltValue self) {
    char text[160];
    snprintf(text, sizeof text, "<module '%s' (built-in)>", as_module(self)->name);
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue module_getattr(MoltValue self, const char *name) {
    const struct MoltModule *module = as_module(self);
    const LookupCacheEntry *entry = find_function(module, name);
    if (entry) {
        if (pass_gate(module, name, entry->gate) < 0) return MOLT_ERROR;
        return molt_from_ptr(entry->function);   /* immortal: no reference to take */
    }
    for (size_t i = 0; i < module->attribute_count; i++) {
        if (strcmp(module->attributes[i].name, name) != 0) continue;
        if (pass_gate(module, name, molt_gated_member(module->name, name)) < 0) return MOLT_ERROR;
        return module->attributes[i].make();
    }
    if (strcmp(name, "__name__") == 0) return molt_str_from_utf8(module->name, strlen(module->name));
    if (strcmp(name, "__class__") == 0) return MOLT_NOT_IMPLEMENTED;   /* the generic answer */
    return molt_raise_format(&molt_type_AttributeError, "module '%s' has no attribute '%s'", module->name, name);
}

static MoltValue module_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    const struct MoltModule *module = as_module(self);
    const LookupCacheEntry *entry = find_function(module, name);
    if (entry) {
        if (pass_gate(module, name, entry->gate) < 0) return MOLT_ERROR;
        return entry->function->function(args, nargs, kwnames);
    }
    /* Not a function: getattr raises the module's AttributeError, or finds a
     * non-function attribute that molt_call_method then calls. */
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_module = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "module",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = module_repr,
    .hash = molt_object_hash_identity,
    .call_method = module_call_method,
    .getattr = module_getattr,
};
