/* types.UnionType: what `|` between types makes (int | None, list[int] | str),
 * as CPython 3.12's Objects/unionobject.c: the members flattened and kept
 * once (None as NoneType), a single member standing for itself, the repr
 * "int | None", equality and hashing as sets; isinstance and issubclass
 * check each member (runtime/modules/builtins.c). */
#include <stdlib.h>
#include <string.h>

#include "union_type.h"
#include "generic_alias.h"
#include "list.h"
#include "set.h"
#include "tuple.h"
#include "type.h"
#include "../core/buffer.h"

typedef struct UnionType {
    MoltObject header;
    MoltValue args;   /* a tuple of at least two members */
} UnionType;

MoltValue molt_union_type_args(MoltValue v) { return ((const UnionType *)molt_as_ptr(v))->args; }

bool molt_union_type_unionable(MoltValue v) {
    return v == MOLT_NONE || molt_is_type(v) || molt_type_of(v) == &molt_type_generic_alias || molt_is_union_type(v);
}

/* Appends `item` (None as NoneType) unless already there: generic aliases
 * by equality, everything else by identity, as dedup_and_flatten_args. */
static int add_member(MoltValue list, MoltValue item) {
    if (item == MOLT_NONE) item = molt_from_type(&molt_type_NoneType);
    const MoltList *members = molt_as_ptr(list);
    bool alias = molt_type_of(item) == &molt_type_generic_alias;
    for (int64_t i = 0; i < members->length; i++) {
        MoltValue member = members->items[i];
        if (member == item) return 0;
        if (alias && molt_type_of(member) == &molt_type_generic_alias) {
            int equal = molt_equal(member, item);
            if (equal != 0) return equal < 0 ? -1 : 0;
        }
    }
    return molt_list_append(list, item);
}

static int add_flattened(MoltValue list, MoltValue operand) {
    if (!molt_is_union_type(operand)) return add_member(list, operand);
    MoltValue args = molt_union_type_args(operand);
    for (int64_t i = 0; i < molt_tuple_length(args); i++)
        if (add_member(list, molt_tuple_items(args)[i]) < 0) return -1;
    return 0;
}

MoltValue molt_union_type_or(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR || !molt_union_type_unionable(a) || !molt_union_type_unionable(b)) return MOLT_NOT_IMPLEMENTED;
    return molt_union_type_make(a, b);
}

MoltValue molt_union_type_make(MoltValue a, MoltValue b) {
    MoltValue list = molt_list_new(0);
    if (add_flattened(list, a) < 0 || add_flattened(list, b) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    const MoltList *members = molt_as_ptr(list);
    MoltValue result;
    if (members->length == 1) {
        result = molt_new_reference(members->items[0]);
    } else {
        UnionType *u = molt_object_allocate(sizeof *u, &molt_type_union_type);
        u->args = molt_tuple_from_iterable(list);
        result = molt_from_ptr(u);
    }
    molt_decref(list);
    return result;
}

static void union_dealloc(MoltObject *object) {
    molt_decref(((UnionType *)object)->args);
    free(object);
}

/* A member as union_repr_item prints it: None, an alias by its repr, a class
 * by its qualified name (builtins unqualified), anything else by repr. */
static int append_member(MoltBuffer *buffer, MoltValue member) {
    if (member == molt_from_type(&molt_type_NoneType)) {
        molt_buffer_append_cstr(buffer, "None");
        return 0;
    }
    if (molt_is_type(member)) {
        molt_type_append_qualified_name(buffer, molt_as_type(member));
        return 0;
    }
    return molt_buffer_append_repr(buffer, member);
}

static MoltValue union_repr(MoltValue self) {
    MoltValue args = molt_union_type_args(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    for (int64_t i = 0; i < molt_tuple_length(args); i++) {
        if (i) molt_buffer_append_cstr(&buffer, " | ");
        if (append_member(&buffer, molt_tuple_items(args)[i]) < 0) {
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    return molt_buffer_finish(&buffer);
}

static MoltValue frozenset_of(MoltValue members) {
    MoltValue set = molt_set_new(true);
    for (int64_t i = 0; i < molt_tuple_length(members); i++) {
        if (molt_set_add(set, molt_tuple_items(members)[i]) < 0) {
            molt_decref(set);
            return MOLT_ERROR;
        }
    }
    return set;
}

int64_t molt_union_hash_members(MoltValue members) {
    MoltValue set = frozenset_of(members);
    if (set == MOLT_ERROR) return -1;
    int64_t hash = molt_hash(set);
    molt_decref(set);
    return hash;
}

static int64_t union_hash(MoltValue self) { return molt_union_hash_members(molt_union_type_args(self)); }

/* Only another UnionType compares here; typing.Union compares with a
 * UnionType from its own side. */
static MoltValue union_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if ((op != MOLT_CMP_EQ && op != MOLT_CMP_NE) || !molt_is_union_type(a) || !molt_is_union_type(b))
        return MOLT_NOT_IMPLEMENTED;
    MoltValue x = frozenset_of(molt_union_type_args(a));
    if (x == MOLT_ERROR) return MOLT_ERROR;
    MoltValue y = frozenset_of(molt_union_type_args(b));
    if (y == MOLT_ERROR) {
        molt_decref(x);
        return MOLT_ERROR;
    }
    int equal = molt_equal(x, y);
    molt_decref(x);
    molt_decref(y);
    if (equal < 0) return MOLT_ERROR;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static MoltValue union_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "__args__") == 0) return molt_new_reference(molt_union_type_args(self));
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_union_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "UnionType",
    .module_name = "types",
    .base = &molt_type_object,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .binary_op = molt_union_type_or,
    .richcompare = union_richcompare,
    .getattr = union_getattr,
};
