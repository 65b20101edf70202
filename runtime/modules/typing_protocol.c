/* typing.Protocol: a class of _ProtocolMeta (a metatype deriving from
 * ABCMeta), which marks its subclasses as protocols or concrete classes and
 * lists a protocol's members; @runtime_checkable, and the structural
 * isinstance/issubclass checks of protocols (TypedDicts refuse both). As
 * CPython 3.12's typing.py. */
#include <string.h>

#include "../core/args.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/metatype.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/union_type.h"
#include "typing.h"

static MoltClass *protocol_class;   /* made on first use; a raw pointer so LeakSanitizer sees it */
static bool making_protocol;

static MoltValue protocol_meta_getattr(MoltValue self, const char *name) { return molt_type_getattr(self, name); }

MoltType molt_type_typing_protocol_meta = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_ProtocolMeta",
    .module_name = "typing",
    .base = &molt_type_ABCMeta,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_union_type_or,
    .getattr = protocol_meta_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};

MoltValue molt_typing_protocol_class(void) {
    if (protocol_class) return molt_from_ptr(protocol_class);
    MoltValue generic = molt_typing_generic_class();
    if (generic == MOLT_ERROR) return MOLT_ERROR;
    MoltValue namespace = molt_dict_new(), no_slots = molt_tuple_new(0);
    MoltValue bases = molt_tuple_from_borrowed(&generic, 1);
    MoltValue made = MOLT_ERROR;
    if (molt_dict_setitem(namespace, molt_class_name_str("__slots__"), no_slots) == 0 &&
        molt_dict_setitem(namespace, molt_class_name_str("_is_protocol"), MOLT_TRUE) == 0 &&
        molt_dict_setitem(namespace, molt_class_name_str("_is_runtime_protocol"), MOLT_FALSE) == 0) {
        making_protocol = true;
        made = molt_class_new_in_module("Protocol", "typing", bases, namespace, &molt_type_typing_protocol_meta);
        making_protocol = false;
    }
    molt_decref(bases);
    molt_decref(no_slots);
    molt_decref(namespace);
    if (made == MOLT_ERROR) return MOLT_ERROR;
    protocol_class = molt_as_ptr(made);
    return made;
}

void molt_typing_protocol_release(void) {
    if (!protocol_class) return;
    MoltValue value = molt_from_ptr(protocol_class);
    protocol_class = NULL;
    molt_decref(value);
}

bool molt_typing_is_protocol_base(MoltValue v) { return protocol_class && v == molt_from_ptr(protocol_class); }

static bool is_protocol_class(MoltValue v) { return molt_typing_is_protocol_base(v); }

/* An entry of the class's own dict (borrowed), MOLT_UNBOUND when absent. */
static MoltValue own_attribute(const MoltType *type, const char *name) {
    if (!molt_type_is_heap(type)) return MOLT_UNBOUND;
    MoltValue found = molt_dict_lookup(molt_class_of_type(type)->dict, molt_class_name_str(name));
    return found == MOLT_STOP || found == MOLT_ERROR ? MOLT_UNBOUND : found;
}

/* getattr(cls, name, False) is true. */
static bool class_flag(const MoltType *type, const char *name) {
    MoltValue value = molt_class_lookup_cstr(type, name);
    return value != MOLT_UNBOUND && molt_truthy(value) == 1;
}

/* The names _get_protocol_attrs leaves out (typing's internals and special names). */
static bool is_excluded_member(const char *name) {
    static const char *const excluded[] = {
        "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
        "__protocol_attrs__", "__callable_proto_members_only__", "__type_params__", "__abstractmethods__",
        "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__",
        "__subclasshook__", "__weakref__", "__class_getitem__", "_MutableMapping__marker", NULL};
    if (strncmp(name, "_abc_", 5) == 0) return true;
    for (const char *const *entry = excluded; *entry; entry++)
        if (strcmp(*entry, name) == 0) return true;
    return false;
}

static int add_members(MoltValue members, MoltValue names) {
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(names, &position, &key, &value))
        if (molt_type_of(key) == &molt_type_str && !is_excluded_member(molt_str_utf8(key, NULL)) &&
            molt_set_add(members, key) < 0)
            return -1;
    return 0;
}

/* _get_protocol_attrs: the names the classes of the MRO (but Protocol,
 * Generic and object) define or annotate. A new set. */
static MoltValue protocol_members(const MoltClass *class_object) {
    MoltValue members = molt_set_new(false);
    for (size_t i = 0; i + 1 < class_object->mro_length; i++) {
        const MoltType *base = class_object->mro[i];
        if (!molt_type_is_heap(base) || strcmp(base->name, "Protocol") == 0 || strcmp(base->name, "Generic") == 0)
            continue;
        MoltValue dict = molt_class_of_type(base)->dict;
        MoltValue annotations = own_attribute(base, "__annotations__");
        if (add_members(members, dict) < 0 || (molt_is_dict(annotations) && add_members(members, annotations) < 0)) {
            molt_decref(members);
            return MOLT_ERROR;
        }
    }
    return members;
}

static int set_own(MoltClass *class_object, const char *name, MoltValue value) {
    return molt_dict_setitem(class_object->dict, molt_class_name_str(name), value);
}

int molt_typing_protocol_class_created(MoltClass *class_object) {
    if (making_protocol) return 0;
    const MoltValue *bases = molt_tuple_items(class_object->bases);
    int64_t base_count = molt_tuple_length(class_object->bases);
    bool protocol = false;
    for (int64_t i = 0; i < base_count; i++) protocol = protocol || is_protocol_class(bases[i]);
    if (protocol)
        for (int64_t i = 0; i < base_count; i++) {
            const MoltType *base = molt_as_type(bases[i]);
            if (base == &molt_type_object || molt_typing_is_generic_base(bases[i])) continue;
            if (molt_type_is_subtype(base->header.type, &molt_type_typing_protocol_meta) &&
                class_flag(base, "_is_protocol"))
                continue;
            MoltValue shown = molt_repr(bases[i]);
            if (shown == MOLT_ERROR) return -1;
            molt_raise_format(&molt_type_TypeError, "Protocols can only inherit from other protocols, got %s",
                              molt_str_utf8(shown, NULL));
            molt_decref(shown);
            return -1;
        }
    MoltValue own = own_attribute(&class_object->type, "_is_protocol");
    if ((own == MOLT_UNBOUND || molt_truthy(own) != 1) && set_own(class_object, "_is_protocol", molt_from_bool(protocol)) < 0)
        return -1;
    if (!class_flag(&class_object->type, "_is_protocol")) return 0;
    MoltValue members = protocol_members(class_object);
    if (members == MOLT_ERROR) return -1;
    bool callable_only = true;
    int64_t position = 0;
    MoltValue name;
    while (molt_set_next(members, &position, &name)) {
        MoltValue value = molt_class_lookup(&class_object->type, name);
        callable_only = callable_only && value != MOLT_UNBOUND && molt_is_callable(value);
    }
    int status = set_own(class_object, "__protocol_attrs__", members);
    molt_decref(members);
    if (status < 0) return -1;
    return set_own(class_object, "__callable_proto_members_only__", molt_from_bool(callable_only));
}

MoltValue molt_typing_protocol_check_instantiable(MoltClass *class_object) {
    MoltValue own = own_attribute(&class_object->type, "_is_protocol");
    if (own != MOLT_UNBOUND && molt_truthy(own) == 1)
        return molt_raise_format(&molt_type_TypeError, "Protocols cannot be instantiated");
    return MOLT_NOT_IMPLEMENTED;
}

/* @runtime_checkable */
MoltValue molt_typing_runtime_checkable(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"cls", NULL};
    static const MoltArgSpec spec = {"runtime_checkable", 1, 1, names, 1};
    MoltValue bound[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue cls = bound[0];
    MoltValue generic = molt_typing_generic_class();
    if (generic == MOLT_ERROR) return MOLT_ERROR;
    if (!molt_is_type(cls) || !molt_type_is_subtype(molt_as_type(cls), molt_as_type(generic)) ||
        !class_flag(molt_as_type(cls), "_is_protocol")) {
        MoltValue shown = molt_repr(cls);
        if (shown == MOLT_ERROR) return MOLT_ERROR;
        molt_raise_format(&molt_type_TypeError, "@runtime_checkable can be only applied to protocol classes, got %s",
                          molt_str_utf8(shown, NULL));
        molt_decref(shown);
        return MOLT_ERROR;
    }
    if (molt_class_setattr(cls, "_is_runtime_protocol", MOLT_TRUE) < 0) return MOLT_ERROR;
    return molt_new_reference(cls);
}

/* Is `name` an attribute of class `type`: its own or a base's (a builtin
 * type's by lookup)? 1, 0, or 2 for an attribute set to None. */
static int class_has_member(const MoltType *type, MoltValue name) {
    MoltValue found = molt_class_lookup(type, name);
    if (found != MOLT_UNBOUND) return found == MOLT_NONE ? 2 : 1;
    MoltValue value;
    int present = molt_getattr_optional(molt_from_type(type), molt_str_utf8(name, NULL), &value);
    if (present < 0) {
        molt_decref(molt_exc_fetch());
        return 0;
    }
    if (present) molt_decref(value);
    return present;
}

/* _proto_hook: does class `other` have every member of the protocol? */
static bool structural_subclass(MoltValue members, const MoltType *other) {
    int64_t position = 0;
    MoltValue name;
    while (molt_set_next(members, &position, &name))
        if (class_has_member(other, name) != 1) return false;
    return true;
}

/* The per-instance part of _ProtocolMeta.__instancecheck__: every member
 * is an attribute of the instance (not None where the protocol has a method). */
static int instance_has_members(MoltValue instance, const MoltType *protocol, MoltValue members) {
    int64_t position = 0;
    MoltValue name;
    while (molt_set_next(members, &position, &name)) {
        MoltValue value;
        int present = molt_getattr_optional(instance, molt_str_utf8(name, NULL), &value);
        if (present < 0) return -1;
        if (!present) return 0;
        bool none = value == MOLT_NONE;
        molt_decref(value);
        MoltValue declared = molt_class_lookup(protocol, name);
        if (none && declared != MOLT_UNBOUND && molt_is_callable(declared)) return 0;
    }
    return 1;
}

int molt_metatype_instance_check(MoltValue object, MoltValue cls, bool subclass) {
    const MoltType *type = molt_as_type(cls);
    if (type->header.type == &molt_type_typing_typeddict_meta) {
        molt_raise_format(&molt_type_TypeError, "TypedDict does not support instance and class checks");
        return -1;
    }
    if (!molt_type_is_subtype(type->header.type, &molt_type_typing_protocol_meta) || is_protocol_class(cls) ||
        !class_flag(type, "_is_protocol"))
        return 2;
    if (subclass) {
        if (!molt_is_type(object)) {
            molt_raise_format(&molt_type_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (!class_flag(type, "__callable_proto_members_only__") &&
            own_attribute(type, "__subclasshook__") == MOLT_UNBOUND) {
            molt_raise_format(&molt_type_TypeError, "Protocols with non-method members don't support issubclass()");
            return -1;
        }
    }
    if (!class_flag(type, "_is_runtime_protocol")) {
        molt_raise_format(&molt_type_TypeError,
                          "Instance and class checks can only be used with @runtime_checkable protocols");
        return -1;
    }
    const MoltType *other = subclass ? molt_as_type(object) : molt_type_of(object);
    if (molt_type_matches_class(other, type)) return 1;
    MoltValue members = own_attribute(type, "__protocol_attrs__");
    if (!molt_is_set_or_frozenset(members)) return 0;
    if (structural_subclass(members, other)) return 1;
    if (subclass) return 0;
    return instance_has_members(object, type, members);
}
