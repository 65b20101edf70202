/* The dunder methods of builtin types that classes inherit and reach by
 * name: object.__init__ / __new__ / __repr__ / __setattr__..., and
 * BaseException.__init__ / __str__..., as super().__init__(...),
 * Base.__init__(self) or obj.__repr__() call them. A call runs the builtin
 * type's own slot (as CPython's slot wrappers), never the class's override. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin_dunder.h"
#include "class_internal.h"
#include "dict.h"
#include "exc_object.h"
#include "list.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/gc.h"

static const char *const object_dunders[] = {
    "__init__", "__new__", "__repr__", "__str__", "__hash__", "__format__", "__eq__", "__ne__", "__lt__",
    "__le__", "__gt__", "__ge__", "__setattr__", "__delattr__", "__getattribute__", NULL,
};

/* The container and iterator protocol as methods of the builtin types whose
 * slots implement it ([].__len__(), iter(xs).__next__, dict.__getitem__). */
static const char *const slot_dunders[] = {"__len__", "__iter__", "__next__", "__getitem__", "__contains__", NULL};

static bool slot_provides(const MoltType *owner, const char *name) {
    if (strcmp(name, "__len__") == 0) return owner->length != NULL;
    if (strcmp(name, "__iter__") == 0) return owner->iter != NULL;
    if (strcmp(name, "__next__") == 0) return owner->iternext != NULL;
    if (strcmp(name, "__getitem__") == 0) return owner->getitem != NULL;
    if (strcmp(name, "__contains__") == 0) return owner->contains != NULL;
    return false;
}

static bool is_exception_type(const MoltType *owner) { return molt_type_is_subtype(owner, &molt_type_BaseException); }

/* The builtin containers classes can derive from: their item assignment and
 * comparisons are dunders too (super().__setitem__(k, v), dict.__eq__). */
static bool is_container_base(const MoltType *owner) { return owner == &molt_type_dict || owner == &molt_type_list; }

static const char *const item_dunders[] = {"__setitem__", "__delitem__", NULL};

static bool is_comparison(const char *name) {
    static const char *const names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", NULL};
    for (const char *const *entry = names; *entry; entry++)
        if (strcmp(*entry, name) == 0) return true;
    return false;
}

/* The entry of owner's method_names for `name` (static), or NULL. */
static const char *method_entry(const MoltType *owner, const char *name) {
    if (!owner->call_method) return NULL;
    for (const char *const *entry = owner->method_names; entry && *entry; entry++)
        if (strcmp(*entry, name) == 0) return *entry;
    return NULL;
}

bool molt_builtin_has_method(const MoltType *owner, const char *name) { return method_entry(owner, name) != NULL; }

/* The static name from object_dunders, or NULL when `owner` has no such dunder. */
static const char *dunder_name(const MoltType *owner, const char *name) {
    if (molt_type_is_heap(owner) || name[0] != '_' || name[1] != '_') return NULL;
    if (owner != &molt_type_object && !is_exception_type(owner) && strcmp(name, "__init__") != 0 &&
        strcmp(name, "__new__") != 0) {
        /* Other builtin types: only what their slots provide. */
        for (const char *const *entry = slot_dunders; *entry; entry++)
            if (strcmp(*entry, name) == 0) return slot_provides(owner, name) ? *entry : NULL;
        if (is_container_base(owner))
            for (const char *const *entry = item_dunders; *entry; entry++)
                if (strcmp(*entry, name) == 0) return *entry;
        bool provided = (strcmp(name, "__repr__") == 0) || (strcmp(name, "__str__") == 0) ||
                        (strcmp(name, "__hash__") == 0 && owner->hash) ||
                        (is_container_base(owner) && is_comparison(name));
        if (!provided) return NULL;
    }
    for (const char *const *entry = object_dunders; *entry; entry++)
        if (strcmp(*entry, name) == 0) return *entry;
    return NULL;
}

bool molt_builtin_dunder_exists(const MoltType *owner, const char *name) {
    return dunder_name(owner, name) != NULL || (!molt_type_is_heap(owner) && method_entry(owner, name));
}

static bool excess_arguments(size_t nargs, MoltValue kwnames) {
    return nargs > 0 || molt_args_keyword_count(kwnames) > 0;
}

static MoltValue object_init(MoltValue self, size_t nargs, MoltValue kwnames) {
    const MoltType *type = molt_type_of(self);
    if (excess_arguments(nargs, kwnames)) {
        if (molt_class_lookup_cstr(type, "__init__") != MOLT_UNBOUND)
            return molt_raise_format(&molt_type_TypeError,
                                     "object.__init__() takes exactly one argument (the instance to initialize)");
        if (molt_class_lookup_cstr(type, "__new__") == MOLT_UNBOUND)
            return molt_raise_format(&molt_type_TypeError,
                                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                                     type->name);
    }
    return MOLT_NONE;
}

static MoltValue object_new(const MoltType *owner, MoltValue class_value, const MoltValue *args, size_t nargs,
                            MoltValue kwnames) {
    if (!molt_is_type(class_value))
        return molt_raise_format(&molt_type_TypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                                 molt_type_of(class_value)->name);
    const MoltType *type = molt_as_type(class_value);
    if (!molt_type_is_heap(type)) return molt_call(class_value, args, nargs, kwnames);
    if (!molt_type_is_subtype(type, owner))
        return molt_raise_format(&molt_type_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                                 type->name, type->name, owner->name);
    MoltClass *class_object = molt_class_of_type(type);
    if (class_object->layout_base == &molt_type_object && excess_arguments(nargs, kwnames)) {
        if (molt_class_lookup_cstr(type, "__new__") != MOLT_UNBOUND)
            return molt_raise_format(&molt_type_TypeError,
                                     "object.__new__() takes exactly one argument (the type to instantiate)");
        if (molt_class_lookup_cstr(type, "__init__") == MOLT_UNBOUND)
            return molt_raise_format(&molt_type_TypeError, "%s() takes no arguments", type->name);
    }
    MoltValue tuple = molt_tuple_from_borrowed(args, nargs);
    MoltValue instance = molt_instance_allocate(class_object, tuple);
    molt_decref(tuple);
    return instance;
}

static MoltValue exception_init(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords(molt_type_of(self)->name, kwnames) < 0) return MOLT_ERROR;
    MoltException *exception = molt_as_ptr(self);
    MoltValue old = exception->args;
    exception->args = molt_tuple_from_borrowed(args, nargs);
    molt_decref(old);
    return MOLT_NONE;
}


static MoltValue compare(MoltValue self, MoltValue other, const char *name) {
    if (strcmp(name, "__eq__") == 0) return self == other ? MOLT_TRUE : MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "__ne__") != 0) return MOLT_NOT_IMPLEMENTED;
    const MoltType *type = molt_type_of(self);
    MoltValue equal = type->richcompare ? type->richcompare(self, other, MOLT_CMP_EQ) : MOLT_NOT_IMPLEMENTED;
    if (equal == MOLT_NOT_IMPLEMENTED) equal = self == other ? MOLT_TRUE : MOLT_NOT_IMPLEMENTED;
    if (equal == MOLT_ERROR || equal == MOLT_NOT_IMPLEMENTED) return equal;
    int truth = molt_truthy(equal);
    molt_decref(equal);
    return truth < 0 ? MOLT_ERROR : molt_from_bool(!truth);
}

/* A protocol dunder of slot_dunders: self is an instance of owner, the argument count checked. */
static MoltValue call_slot_dunder(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args) {
    if (strcmp(name, "__len__") == 0) {
        int64_t length = owner->length(self);
        return length < 0 ? MOLT_ERROR : molt_int_from_i64(length);
    }
    if (strcmp(name, "__iter__") == 0) return owner->iter(self);
    if (strcmp(name, "__next__") == 0) {
        MoltValue item = owner->iternext(self);
        return item == MOLT_STOP ? molt_raise(molt_from_type(&molt_type_StopIteration), MOLT_ERROR) : item;
    }
    if (strcmp(name, "__getitem__") == 0) return owner->getitem(self, args[0]);
    int found = owner->contains(self, args[0]);
    return found < 0 ? MOLT_ERROR : molt_from_bool(found);
}

/* The dunders CPython declares as one-argument methods rather than slot
 * wrappers, which word a wrong argument count their own way. */
static bool is_one_argument_method(const MoltType *owner, const char *name) {
    if (strcmp(name, "__getitem__") == 0) return owner == &molt_type_list || owner == &molt_type_dict;
    return strcmp(name, "__contains__") == 0 &&
           (owner == &molt_type_dict || owner == &molt_type_set || owner == &molt_type_frozenset);
}

static bool is_slot_dunder(const char *name) {
    for (const char *const *entry = slot_dunders; *entry; entry++)
        if (*entry == name) return true;
    return false;
}

/* The dunder `name` of `owner` applied to self (args after self). */
static MoltValue call_dunder(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args,
                             size_t nargs, MoltValue kwnames) {
    if (strcmp(name, "__new__") == 0) return object_new(owner, self, args, nargs, kwnames);
    if (!molt_type_is_subtype(molt_type_of(self), owner))
        return molt_raise_format(&molt_type_TypeError,
                                 "descriptor '%s' requires a '%s' object but received a '%s'", name, owner->name,
                                 molt_type_of(self)->name);
    bool exception = is_exception_type(owner);
    if (strcmp(name, "__init__") == 0) {
        if (owner == &molt_type_dict)
            return molt_dict_update_arguments(self, "dict", args, nargs, kwnames) < 0 ? MOLT_ERROR : MOLT_NONE;
        if (owner == &molt_type_list) return molt_list_init(self, args, nargs, kwnames) < 0 ? MOLT_ERROR : MOLT_NONE;
        return exception ? exception_init(self, args, nargs, kwnames) : object_init(self, nargs, kwnames);
    }
    bool slot = is_slot_dunder(name);
    size_t expected = strcmp(name, "__setattr__") == 0 || strcmp(name, "__setitem__") == 0 ? 2
                      : strcmp(name, "__repr__") == 0 || strcmp(name, "__str__") == 0 || strcmp(name, "__hash__") == 0 ? 0
                      : slot && strcmp(name, "__getitem__") != 0 && strcmp(name, "__contains__") != 0 ? 0
                      : 1;
    if (molt_args_no_keywords(name, kwnames) < 0) return MOLT_ERROR;
    if (nargs != expected && is_one_argument_method(owner, name))
        return molt_raise_format(&molt_type_TypeError, "%s.%s() takes exactly one argument (%zu given)", owner->name,
                                 name, nargs);
    if (nargs != expected)
        return molt_raise_format(&molt_type_TypeError, "expected %zu argument%s, got %zu", expected,
                                 expected == 1 ? "" : "s", nargs);
    if (slot) return call_slot_dunder(owner, name, self, args);
    if (strcmp(name, "__setitem__") == 0) return owner->setitem(self, args[0], args[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
    if (strcmp(name, "__delitem__") == 0) return owner->delitem(self, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
    if (is_container_base(owner) && is_comparison(name)) {
        static const char *const order[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        MoltCompareOp op = MOLT_CMP_LT;
        while (strcmp(order[op], name) != 0) op++;
        return owner->richcompare(self, args[0], op);
    }
    if (strcmp(name, "__repr__") == 0) {
        if (owner == &molt_type_object && molt_is_instance(self)) return molt_instance_repr_default(self);
        return owner->repr ? owner->repr(self) : molt_object_repr_default(self);
    }
    if (strcmp(name, "__str__") == 0) {
        if (owner->str) return owner->str(self);
        return molt_repr(self);
    }
    if (strcmp(name, "__hash__") == 0) {
        int64_t hash = owner->hash ? owner->hash(self) : molt_object_hash_identity(self);
        return hash == -1 ? MOLT_ERROR : molt_int_from_i64(hash);
    }
    if (strcmp(name, "__format__") == 0) {
        if (molt_type_of(args[0]) != &molt_type_str)
            return molt_raise_format(&molt_type_TypeError, "__format__() argument must be str, not %s",
                                     molt_type_of(args[0])->name);
        if (molt_str_length(args[0]) > 0)
            return molt_raise_format(&molt_type_TypeError, "unsupported format string passed to %s.__format__",
                                     molt_type_of(self)->name);
        return molt_str(self);
    }
    if (name[2] == 'e' || name[2] == 'n' || name[2] == 'l' || name[2] == 'g') return compare(self, args[0], name);
    if (molt_type_of(args[0]) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "attribute name must be string, not '%s'",
                                 molt_type_of(args[0])->name);
    size_t length;
    const char *attribute = molt_str_utf8(args[0], &length);
    bool instance = molt_is_instance(self);
    if (strcmp(name, "__getattribute__") == 0) {
        MoltValue value = instance ? molt_instance_generic_getattr(self, attribute, args[0]) : molt_getattr(self, attribute);
        if (value == MOLT_NOT_IMPLEMENTED)
            return molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute '%s'",
                                     molt_type_of(self)->name, attribute);
        return value;
    }
    MoltValue value = strcmp(name, "__setattr__") == 0 ? args[1] : MOLT_UNBOUND;
    int status = instance ? molt_instance_generic_setattr(self, attribute, value)
                          : (value == MOLT_UNBOUND ? molt_delattr(self, attribute) : molt_setattr(self, attribute, value));
    return status < 0 ? MOLT_ERROR : MOLT_NONE;
}

/* owner's named method `name` (static) on self, an instance of owner or of a class deriving from it. */
static MoltValue call_builtin_method(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args,
                                     size_t nargs, MoltValue kwnames) {
    if (!molt_type_is_subtype(molt_type_of(self), owner))
        return molt_raise_format(&molt_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                 name, owner->name, molt_type_of(self)->name);
    return owner->call_method(self, name, args, nargs, kwnames);
}

MoltValue molt_builtin_dunder_call(const MoltType *owner, const char *name, MoltValue self, const MoltValue *args,
                                   size_t nargs, MoltValue kwnames) {
    const char *dunder = dunder_name(owner, name);
    if (dunder) return call_dunder(owner, dunder, self, args, nargs, kwnames);
    const char *method = molt_type_is_heap(owner) ? NULL : method_entry(owner, name);
    if (method) return call_builtin_method(owner, method, self, args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

/* ---- the dunder as a value: bound (obj.__repr__) or not (object.__init__) ---- */

typedef struct SlotWrapper {
    MoltObject header;
    const MoltType *owner;
    const char *name;
    MoltValue self;   /* MOLT_UNBOUND: the first argument is self */
    bool method;      /* a named method of owner (super().append), bound to self */
} SlotWrapper;

static void slot_wrapper_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    SlotWrapper *wrapper = (SlotWrapper *)object;
    if (wrapper->self != MOLT_UNBOUND) visit(wrapper->self, context);
}

static void slot_wrapper_clear(MoltObject *object) {
    SlotWrapper *wrapper = (SlotWrapper *)object;
    MoltValue self = wrapper->self;
    wrapper->self = MOLT_NONE;
    if (self != MOLT_UNBOUND) molt_decref(self);
}

static void slot_wrapper_dealloc(MoltObject *object) {
    slot_wrapper_clear(object);
    molt_gc_free(object);
}

static MoltValue slot_wrapper_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const SlotWrapper *wrapper = molt_as_ptr(callable);
    if (wrapper->method) return call_builtin_method(wrapper->owner, wrapper->name, wrapper->self, args, nargs, kwnames);
    if (wrapper->self != MOLT_UNBOUND)
        return call_dunder(wrapper->owner, wrapper->name, wrapper->self, args, nargs, kwnames);
    if (nargs == 0)
        return molt_raise_format(&molt_type_TypeError, "descriptor '%s' of '%s' object needs an argument",
                                 wrapper->name, wrapper->owner->name);
    return call_dunder(wrapper->owner, wrapper->name, args[0], args + 1, nargs - 1, kwnames);
}

static MoltValue slot_wrapper_repr(MoltValue value) {
    const SlotWrapper *wrapper = molt_as_ptr(value);
    char text[256];
    if (wrapper->method)
        snprintf(text, sizeof text, "<built-in method %s of %s object at %p>", wrapper->name,
                 molt_type_of(wrapper->self)->name, molt_as_ptr(wrapper->self));
    else if (wrapper->self == MOLT_UNBOUND)
        snprintf(text, sizeof text, "<slot wrapper '%s' of '%s' objects>", wrapper->name, wrapper->owner->name);
    else
        snprintf(text, sizeof text, "<method-wrapper '%s' of %s object at %p>", wrapper->name,
                 molt_type_of(wrapper->self)->name, molt_as_ptr(wrapper->self));
    return molt_str_from_utf8(text, strlen(text));
}

/* A dunder (method-wrapper) and a named method bound to self
 * (builtin_function_or_method) share the object and its slots. */
#define SLOT_WRAPPER_TYPE(variable, type_name)        \
    static MoltType variable = {                      \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, \
        .name = type_name,                            \
        .base = &molt_type_object,                    \
        .dealloc = slot_wrapper_dealloc,              \
        .repr = slot_wrapper_repr,                    \
        .hash = molt_object_hash_identity,            \
        .call = slot_wrapper_call,                    \
        .instances_are_callable = true,               \
        .traverse = slot_wrapper_traverse,            \
        .clear = slot_wrapper_clear,                  \
    };
SLOT_WRAPPER_TYPE(slot_wrapper_type, "method-wrapper")
SLOT_WRAPPER_TYPE(bound_builtin_method_type, "builtin_function_or_method")

static MoltValue slot_wrapper_new(const MoltType *type, const MoltType *owner, const char *name, MoltValue self,
                                  bool method) {
    SlotWrapper *wrapper = molt_gc_allocate(sizeof *wrapper, type);
    wrapper->owner = owner;
    wrapper->name = name;
    wrapper->self = self == MOLT_UNBOUND ? MOLT_UNBOUND : molt_new_reference(self);
    wrapper->method = method;
    return molt_from_ptr(wrapper);
}

MoltValue molt_builtin_method_bind(const MoltType *owner, const char *name, MoltValue self) {
    const char *method = molt_type_is_heap(owner) ? NULL : method_entry(owner, name);
    if (!method) return MOLT_NOT_IMPLEMENTED;
    return slot_wrapper_new(&bound_builtin_method_type, owner, method, self, true);
}

/* ---- a builtin type's named method read through the type (str.upper) ---- */

typedef struct MethodDescriptor {
    MoltObject header;
    const MoltType *owner;
    const char *name;   /* from the owner's static method_names */
} MethodDescriptor;

static void method_descriptor_dealloc(MoltObject *object) { free(object); }

static MoltValue method_descriptor_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const MethodDescriptor *descriptor = molt_as_ptr(callable);
    return molt_call_method(molt_from_type(descriptor->owner), descriptor->name, args, nargs, kwnames);
}

static MoltValue method_descriptor_repr(MoltValue value) {
    const MethodDescriptor *descriptor = molt_as_ptr(value);
    char text[256];
    snprintf(text, sizeof text, "<method '%s' of '%s' objects>", descriptor->name, descriptor->owner->name);
    return molt_str_from_utf8(text, strlen(text));
}

static MoltType method_descriptor_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "method_descriptor",
    .base = &molt_type_object,
    .dealloc = method_descriptor_dealloc,
    .repr = method_descriptor_repr,
    .hash = molt_object_hash_identity,
    .call = method_descriptor_call,
    .instances_are_callable = true,
};

MoltValue molt_builtin_method_get(const MoltType *owner, const char *name) {
    for (const char *const *entry = owner->method_names; entry && *entry; entry++) {
        if (strcmp(*entry, name) != 0) continue;
        MethodDescriptor *descriptor = malloc(sizeof *descriptor);
        if (!descriptor) abort();
        descriptor->header.refcount = 1;
        descriptor->header.type = &method_descriptor_type;
        descriptor->owner = owner;
        descriptor->name = *entry;
        return molt_from_ptr(descriptor);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltValue molt_builtin_dunder_get(const MoltType *owner, const char *name, MoltValue self) {
    const char *dunder = dunder_name(owner, name);
    if (dunder) return slot_wrapper_new(&slot_wrapper_type, owner, dunder, self, false);
    if (self == MOLT_UNBOUND) return molt_type_is_heap(owner) ? MOLT_NOT_IMPLEMENTED : molt_builtin_method_get(owner, name);
    return molt_builtin_method_bind(owner, name, self);
}
