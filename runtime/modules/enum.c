/* The enum module (in progress): EnumType, the metatype of enum classes. */
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/type.h"
MoltType molt_type_EnumType = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "EnumType",
    .module_name = "enum",
    .base = &molt_type_type,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .getattr = molt_type_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};
int molt_enum_class_created(MoltClass *c) { (void)c; return 0; }
void molt_enum_adjust_slots(MoltClass *c) { (void)c; }
MoltValue molt_enum_call(MoltClass *c, const MoltValue *a, size_t n, MoltValue k) { (void)c; (void)a; (void)n; (void)k; return MOLT_NOT_IMPLEMENTED; }
int molt_enum_check_setattr(MoltClass *c, const char *n, MoltValue v) { (void)c; (void)n; (void)v; return 0; }
void molt_enum_release(void) {}
