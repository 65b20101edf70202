/* The root types: `object` (the base of everything, and bare object()
 * instances) and `type` (the type of type objects: type(x), <class 'int'>,
 * __name__). Also the default identity hash and repr every type may reuse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "type.h"
#include "builtin_dunder.h"
#include "class_internal.h"
#include "union_type.h"
#include "../core/args.h"
#include "../core/buffer.h"

bool molt_type_is_subtype(const MoltType *type, const MoltType *base) {
    if (type == base) return true;   /* the common answer, before any walk */
    /* Classes of class statements follow their MRO (multiple inheritance). */
    if (molt_type_is_heap(type)) {
        const MoltClass *class_object = molt_class_of_type(type);
        for (size_t i = 0; i < class_object->mro_length; i++)
            if (class_object->mro[i] == base) return true;
        return false;
    }
    for (; type; type = type->base) {
        if (type == base) return true;
        /* ExceptionGroup's second base (see exceptions.def). */
        if (type == &molt_type_ExceptionGroup && base == &molt_type_Exception) return true;
    }
    return false;
}

bool molt_is_type(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_type_of(v), &molt_type_type);
}

int64_t molt_object_hash_identity(MoltValue v) {
    /* Rotate by 4 bits: the low bits of an aligned address are always zero. */
    uint64_t bits = (uint64_t)(uintptr_t)molt_as_ptr(v);
    uint64_t hash = (bits >> 4) | (bits << 60);
    return (int64_t)hash == -1 ? -2 : (int64_t)hash;
}

MoltValue molt_object_repr_default(MoltValue v) {
    char text[256];
    snprintf(text, sizeof text, "<%s object at %p>", molt_type_of(v)->name, molt_as_ptr(v));
    return molt_str_from_utf8(text, strlen(text));
}

/* ---- object ---- */

static void object_dealloc(MoltObject *object) { free(object); }

static MoltValue object_call(MoltValue callable, const MoltValue *args, size_t nargs,
                             MoltValue kwnames) {
    (void)args;
    (void)callable;
    if (nargs > 0 || molt_args_keyword_count(kwnames) > 0)
        return molt_raise_format(&molt_type_TypeError, "object() takes no arguments");
    MoltObject *object = malloc(sizeof *object);
    if (!object) abort();
    object->refcount = 1;
    object->type = &molt_type_object;
    return molt_from_ptr(object);
}

MoltType molt_type_object = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "object",
    .base = NULL,
    .dealloc = object_dealloc,
    .repr = molt_object_repr_default,
    .hash = molt_object_hash_identity,
    .call = object_call,
};

/* ---- type ---- */

/* Only classes of class statements are ever freed (static types are immortal). */
void molt_type_dealloc(MoltObject *object) { molt_class_dealloc(object); }

/* The __module__ of a class: its dict's entry for class statements (the
 * module whose body made it: "__main__", or "abc" for abc.ABC), the runtime
 * module of a static type that has one, else builtins. */
const char *molt_type_module_name(const MoltType *type) {
    if (molt_type_is_heap(type)) {
        MoltValue module = molt_class_lookup_cstr(type, "__module__");
        size_t length;
        if (molt_type_of(module) == &molt_type_str && module != MOLT_UNBOUND) return molt_str_utf8(module, &length);
        return "__main__";
    }
    return type->module_name ? type->module_name : "builtins";
}

void molt_type_append_qualified_name(MoltBuffer *buffer, const MoltType *type) {
    const char *module = molt_type_module_name(type);
    if (strcmp(module, "builtins") != 0) {
        molt_buffer_append_cstr(buffer, module);
        molt_buffer_append_cstr(buffer, ".");
    }
    molt_buffer_append_cstr(buffer, molt_type_qualname(type));
}

MoltValue molt_type_repr(MoltValue self) {
    const MoltType *type = molt_as_type(self);
    const char *module = molt_type_module_name(type);
    char text[512];
    if (strcmp(module, "builtins") == 0) snprintf(text, sizeof text, "<class '%s'>", molt_type_qualname(type));
    else snprintf(text, sizeof text, "<class '%s.%s'>", module, molt_type_qualname(type));
    return molt_str_from_utf8(text, strlen(text));
}

/* type(x) returns x's type; calling any other type object is routed to that
 * type's own call slot by molt_call, so this only ever sees `type` itself. */
static MoltValue type_call(MoltValue callable, const MoltValue *args, size_t nargs,
                           MoltValue kwnames) {
    (void)callable;
    if (molt_args_no_keywords("type", kwnames) < 0) return MOLT_ERROR;
    if (nargs != 1) {
        if (nargs == 3)
            return molt_raise_format(&molt_type_NotImplementedError,
                                     "type() with 3 arguments is not supported");
        return molt_raise_format(&molt_type_TypeError, "type() takes 1 or 3 arguments");
    }
    MoltValue type = molt_from_type(molt_type_of(args[0]));
    molt_incref(type);
    return type;
}

MoltValue molt_type_getattr(MoltValue self, const char *name) {
    const MoltType *type = molt_as_type(self);
    if (molt_type_is_heap(type)) {
        MoltValue value = molt_class_getattr(self, name);
        if (value != MOLT_NOT_IMPLEMENTED) return value;
        const MoltType *layout_base = molt_class_of_type(type)->layout_base;
        value = molt_builtin_dunder_get(layout_base, name, MOLT_UNBOUND);
        return value;
    }
    MoltValue dunder = molt_builtin_dunder_get(type, name, MOLT_UNBOUND);
    if (dunder != MOLT_NOT_IMPLEMENTED) return dunder;
    MoltValue method = molt_builtin_method_get(type, name);
    if (method != MOLT_NOT_IMPLEMENTED) return method;
    if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0) {
        const char *qualname = molt_type_qualname(type);
        return molt_str_from_utf8(qualname, strlen(qualname));
    }
    if (strcmp(name, "__module__") == 0) {
        const char *module = molt_type_module_name(type);
        return molt_str_from_utf8(module, strlen(module));
    }
    if (strcmp(name, "__base__") == 0) {
        if (!type->base) return MOLT_NONE;
        return molt_from_type(type->base);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "type",
    .base = &molt_type_object,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_union_type_or,   /* int | None */
    .call = type_call,
    .getattr = molt_type_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};
