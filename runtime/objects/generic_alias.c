/* types.GenericAlias: what subscripting a builtin container type gives
 * (list[int], dict[str, list[float]]), as annotations use it. It prints,
 * compares and hashes as CPython's does, and calling it calls the origin. */
#include <stdlib.h>
#include <string.h>

#include "generic_alias.h"
#include "class_internal.h"
#include "tuple.h"
#include "type.h"
#include "union_type.h"
#include "../core/buffer.h"

typedef struct GenericAlias {
    MoltObject header;
    MoltValue origin;   /* the type subscripted */
    MoltValue args;     /* a tuple */
} GenericAlias;

bool molt_type_is_generic(const MoltType *type) {
    return type == &molt_type_list || type == &molt_type_dict || type == &molt_type_set ||
           type == &molt_type_frozenset || type == &molt_type_tuple || type == &molt_type_type;
}

MoltValue molt_generic_alias_new(MoltValue origin, MoltValue key) {
    GenericAlias *alias = malloc(sizeof *alias);
    if (!alias) abort();
    alias->header.refcount = 1;
    alias->header.type = &molt_type_generic_alias;
    molt_incref(origin);
    alias->origin = origin;
    if (molt_type_of(key) == &molt_type_tuple) {
        molt_incref(key);
        alias->args = key;
    } else {
        alias->args = molt_tuple_from_borrowed(&key, 1);
    }
    return molt_from_ptr(alias);
}

static void generic_alias_dealloc(MoltObject *object) {
    GenericAlias *alias = (GenericAlias *)object;
    molt_decref(alias->origin);
    molt_decref(alias->args);
    free(alias);
}

/* A type prints as its qualified name (module-qualified unless builtin),
 * Ellipsis as "...", anything else by repr. */
static int append_item(MoltBuffer *buffer, MoltValue item) {
    if (item == MOLT_ELLIPSIS) {
        molt_buffer_append_cstr(buffer, "...");
        return 0;
    }
    if (molt_is_ptr(item) && molt_is_type(item)) {
        molt_type_append_qualified_name(buffer, molt_as_type(item));
        return 0;
    }
    return molt_buffer_append_repr(buffer, item);
}

static MoltValue generic_alias_repr(MoltValue self) {
    const GenericAlias *alias = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    if (append_item(&buffer, alias->origin) < 0) goto failed;
    molt_buffer_append_cstr(&buffer, "[");
    int64_t count = molt_tuple_length(alias->args);
    if (count == 0) molt_buffer_append_cstr(&buffer, "()");
    for (int64_t i = 0; i < count; i++) {
        if (i) molt_buffer_append_cstr(&buffer, ", ");
        if (append_item(&buffer, molt_tuple_items(alias->args)[i]) < 0) goto failed;
    }
    molt_buffer_append_cstr(&buffer, "]");
    return molt_buffer_finish(&buffer);
failed:
    molt_buffer_free(&buffer);
    return MOLT_ERROR;
}

static MoltValue generic_alias_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if ((op != MOLT_CMP_EQ && op != MOLT_CMP_NE) || molt_type_of(a) != &molt_type_generic_alias ||
        molt_type_of(b) != &molt_type_generic_alias)
        return MOLT_NOT_IMPLEMENTED;
    const GenericAlias *x = molt_as_ptr(a), *y = molt_as_ptr(b);
    int equal = x->origin == y->origin ? molt_equal(x->args, y->args) : 0;
    if (equal < 0) return MOLT_ERROR;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static int64_t generic_alias_hash(MoltValue self) {
    const GenericAlias *alias = molt_as_ptr(self);
    int64_t origin = molt_hash(alias->origin), args = molt_hash(alias->args);
    if (origin == -1 || args == -1) return -1;
    int64_t hash = origin ^ args;
    return hash == -1 ? -2 : hash;
}

static MoltValue generic_alias_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return molt_call(((const GenericAlias *)molt_as_ptr(callable))->origin, args, nargs, kwnames);
}

static MoltValue generic_alias_getattr(MoltValue self, const char *name) {
    const GenericAlias *alias = molt_as_ptr(self);
    MoltValue value = strcmp(name, "__origin__") == 0 ? alias->origin : strcmp(name, "__args__") == 0 ? alias->args
                                                                                                       : MOLT_NOT_IMPLEMENTED;
    if (value != MOLT_NOT_IMPLEMENTED) molt_incref(value);
    return value;
}

MoltType molt_type_generic_alias = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "GenericAlias",
    .base = &molt_type_object,
    .dealloc = generic_alias_dealloc,
    .repr = generic_alias_repr,
    .hash = generic_alias_hash,
    .binary_op = molt_union_type_or,   /* list[int] | None */
    .richcompare = generic_alias_richcompare,
    .call = generic_alias_call,
    .getattr = generic_alias_getattr,
    .instances_are_callable = true,
};
