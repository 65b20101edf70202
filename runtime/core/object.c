/* The two functions every value goes through: molt_type_of (which maps the
 * NaN-boxed immediates to their type objects) and molt_dealloc, and the
 * allocation of objects the cycle collector does not track. */
#include <stdlib.h>

#include "molt/molt.h"
#include "../objects/type.h"

void molt_dealloc(MoltObject *object) {
    object->type->dealloc(object);
}

const MoltType *molt_type_of_immediate(MoltValue v) {
    if (molt_is_small_int(v)) return &molt_type_int;
    if (molt_is_double(v)) return &molt_type_float;
    if (molt_is_bool(v)) return &molt_type_bool;
    if (v == MOLT_NOT_IMPLEMENTED) return &molt_type_NotImplementedType;
    if (v == MOLT_ELLIPSIS) return &molt_type_ellipsis;
    return &molt_type_NoneType;
}

void *molt_object_allocate(size_t size, const MoltType *type) {
    MoltObject *object = malloc(size);
    if (!object) abort();
    object->refcount = 1;
    object->type = type;
    return object;
}
