/* Instances of classes made by class statements: their allocation and life
 * as collectable containers, CPython's generic attribute lookup and
 * assignment (data descriptors, __slots__, the instance __dict__, class
 * attributes, __getattr__ / __setattr__ / __delattr__), method calls without
 * a bound method object, and molt_setattr / molt_delattr for every value. */
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

static MoltClass *class_of(MoltValue instance) {
    return (MoltClass *)((MoltObject *)molt_as_ptr(instance))->type;
}

static MoltValue *slot_values(MoltValue instance) {
    return (MoltValue *)((char *)molt_as_ptr(instance) + class_of(instance)->slots_offset);
}

static MoltValue *field_values(MoltValue instance) { return molt_instance_fields(instance); }

/* The index of __slots__ name `name`, or -1. */
static int64_t slot_index(const MoltClass *class_object, const char *name) {
    for (size_t i = 0; i < class_object->slot_count; i++)
        if (strcmp(class_object->slot_names[i], name) == 0) return (int64_t)i;
    return -1;
}

MoltValue molt_instance_allocate(MoltClass *class_object, MoltValue args) {
    /* A named tuple's instances are made by its own __new__ (namedtuple.c). */
    if (class_object->layout_base == &molt_type_tuple)
        return molt_raise_format(&molt_type_TypeError, "object.__new__(%s) is not safe, use tuple.__new__()",
                                 class_object->type.name);
    MoltObject *object = molt_gc_allocate(class_object->instance_size, &class_object->type);
    molt_incref(molt_from_type(&class_object->type));
    MoltValue instance = molt_from_ptr(object);
    const MoltType *layout_base = class_object->layout_base;
    bool exception = layout_base != &molt_type_object && molt_type_is_subtype(layout_base, &molt_type_BaseException);
    if (exception) molt_exception_init_fields((MoltException *)object, args);
    else if (layout_base == &molt_type_dict) molt_dict_init_empty((MoltDict *)object);
    else if (layout_base == &molt_type_list) molt_list_init_empty((MoltList *)object);
    MoltValue *dict = molt_instance_dict_pointer(instance);
    if (dict) *dict = MOLT_NONE;
    MoltValue *slots = slot_values(instance);
    for (size_t i = 0; i < class_object->slot_count; i++) slots[i] = MOLT_UNBOUND;
    for (size_t i = 0; i < class_object->field_count; i++) field_values(instance)[i] = MOLT_UNBOUND;
    /* A group subclass validates its arguments as BaseExceptionGroup.__new__ does. */
    if (exception && molt_type_is_subtype(&class_object->type, &molt_type_BaseExceptionGroup) &&
        molt_exception_group_init(instance, args) < 0) {
        molt_decref(instance);
        return MOLT_ERROR;
    }
    return instance;
}

/* ---- the cycle collector's view ---------------------------------------------------- */

static void instance_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    MoltValue instance = molt_from_ptr(object);
    MoltClass *class_object = class_of(instance);
    visit(molt_from_type(&class_object->type), context);
    MoltValue *dict = molt_instance_dict_pointer(instance);
    if (dict) visit(*dict, context);
    MoltValue *slots = slot_values(instance);
    for (size_t i = 0; i < class_object->slot_count; i++)
        if (slots[i] != MOLT_UNBOUND) visit(slots[i], context);
    for (size_t i = 0; i < class_object->field_count; i++)
        if (field_values(instance)[i] != MOLT_UNBOUND) visit(field_values(instance)[i], context);
    if (class_object->layout_base->traverse) class_object->layout_base->traverse(object, visit, context);
}

/* Drops the dict and slot values (not the class: dealloc needs the layout). */
static void clear_attributes(MoltObject *object) {
    MoltValue instance = molt_from_ptr(object);
    MoltClass *class_object = class_of(instance);
    MoltValue *dict = molt_instance_dict_pointer(instance);
    if (dict) {
        MoltValue old = *dict;
        *dict = MOLT_NONE;
        molt_decref(old);
    }
    MoltValue *slots = slot_values(instance);
    for (size_t i = 0; i < class_object->slot_count; i++) {
        MoltValue old = slots[i];
        slots[i] = MOLT_UNBOUND;
        if (old != MOLT_UNBOUND) molt_decref(old);
    }
    for (size_t i = 0; i < class_object->field_count; i++) {
        MoltValue old = field_values(instance)[i];
        field_values(instance)[i] = MOLT_UNBOUND;
        molt_decref(old);
    }
}

static void instance_clear(MoltObject *object) {
    clear_attributes(object);
    const MoltType *base = class_of(molt_from_ptr(object))->layout_base;
    if (base->clear) base->clear(object);
}

/* The builtin base's dealloc releases its own fields (an exception's args)
 * and frees the memory; nothing here may allocate a container, since a
 * collection would find this object with a zero count. */
static void instance_dealloc(MoltObject *object) {
    MoltClass *class_object = class_of(molt_from_ptr(object));
    clear_attributes(object);
    if (class_object->layout_base != &molt_type_object) class_object->layout_base->dealloc(object);
    else molt_gc_free(object);
    molt_decref(molt_from_type(&class_object->type));
}

/* ---- reading attributes -------------------------------------------------------------- */

static MoltValue no_attribute(MoltValue self, const char *name) {
    return molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute '%s'",
                             molt_type_of(self)->name, name);
}

static MoltValue instance_dict(MoltValue self) {
    MoltValue *dict = molt_instance_dict_pointer(self);
    if (*dict == MOLT_NONE) *dict = molt_dict_new();
    return *dict;
}

MoltValue molt_instance_generic_getattr(MoltValue self, const char *name, MoltValue key) {
    MoltClass *class_object = class_of(self);
    const MoltType *type = &class_object->type;
    MoltValue attribute = molt_class_lookup(type, key);
    if (attribute != MOLT_UNBOUND && molt_is_data_descriptor(attribute))
        return molt_descriptor_get(attribute, self, type);
    if (class_object->slot_count) {
        int64_t index = slot_index(class_object, name);
        if (index >= 0) {
            MoltValue value = slot_values(self)[index];
            if (value == MOLT_UNBOUND) return no_attribute(self, name);
            molt_incref(value);
            return value;
        }
    }
    int64_t field = molt_class_field_index(class_object, key);
    if (field >= 0 && field_values(self)[field] != MOLT_UNBOUND) {
        MoltValue value = field_values(self)[field];
        molt_incref(value);
        return value;
    }
    if (class_object->layout_base->getattr) {
        MoltValue value = class_object->layout_base->getattr(self, name);
        if (value != MOLT_NOT_IMPLEMENTED) return value;
    }
    MoltValue *dict = molt_instance_dict_pointer(self);
    if (dict && *dict != MOLT_NONE) {
        MoltValue value = molt_dict_lookup(*dict, key);
        if (value == MOLT_ERROR) return MOLT_ERROR;
        if (value != MOLT_STOP) {
            molt_incref(value);
            return value;
        }
    }
    if (attribute != MOLT_UNBOUND) return molt_descriptor_get(attribute, self, type);
    /* The builtin base's methods (d.get of a dict subclass), before __getattr__. */
    MoltValue method = molt_builtin_method_bind(class_object->layout_base, name, self);
    if (method != MOLT_NOT_IMPLEMENTED) return method;
    if (name[0] == '_' && name[1] == '_') {
        if (strcmp(name, "__class__") == 0) {
            molt_incref(molt_from_type(type));
            return molt_from_type(type);
        }
        if (strcmp(name, "__dict__") == 0 && dict) {
            if (molt_instance_fields_to_dict(self) < 0) return MOLT_ERROR;
            MoltValue value = instance_dict(self);
            molt_incref(value);
            return value;
        }
        /* The dunders of the builtin base, then object's (l.__len__, obj.__repr__). */
        const MoltType *base = class_object->layout_base;
        MoltValue dunder = molt_builtin_dunder_get(base, name, self);
        if (dunder == MOLT_NOT_IMPLEMENTED && base != &molt_type_object)
            dunder = molt_builtin_dunder_get(&molt_type_object, name, self);
        if (dunder != MOLT_NOT_IMPLEMENTED) return dunder;
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* The getattr slot: the generic lookup, then __getattr__ when it fails. */
static MoltValue instance_getattr(MoltValue self, const char *name) {
    MoltValue key = molt_class_name_str(name);
    MoltValue value = molt_instance_generic_getattr(self, name, key);
    if (value != MOLT_NOT_IMPLEMENTED) return value;
    MoltValue fallback = molt_class_lookup_cstr(molt_type_of(self), "__getattr__");
    if (fallback == MOLT_UNBOUND) return MOLT_NOT_IMPLEMENTED;
    return molt_call_with_self(fallback, self, &key, 1, MOLT_NONE);
}

/* obj.name(args): a function found on the class and not shadowed by the
 * instance dict is called with self prepended, no bound method made. */
static MoltValue instance_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    MoltClass *class_object = class_of(self);
    MoltValue key = molt_class_name_str(name);
    MoltValue attribute = molt_class_lookup(&class_object->type, key);
    bool plain_function = molt_type_of(attribute) == &molt_type_function && attribute != MOLT_UNBOUND;
    const MoltType *base = class_object->layout_base;
    bool base_method = attribute == MOLT_UNBOUND && molt_builtin_has_method(base, name);
    if (plain_function || base_method) {
        MoltValue *dict = molt_instance_dict_pointer(self);
        int64_t field = molt_class_field_index(class_object, key);
        bool shadowed = (dict && *dict != MOLT_NONE && molt_dict_lookup(*dict, key) != MOLT_STOP) ||
                        (field >= 0 && field_values(self)[field] != MOLT_UNBOUND);
        if (!shadowed && plain_function) return molt_call_with_self(attribute, self, args, nargs, kwnames);
        if (!shadowed) return base->call_method(self, name, args, nargs, kwnames);
    }
    MoltValue callable = instance_getattr(self, name);
    if (callable == MOLT_ERROR) return MOLT_ERROR;
    if (callable == MOLT_NOT_IMPLEMENTED) {
        if (base->call_method) return base->call_method(self, name, args, nargs, kwnames);
        return MOLT_NOT_IMPLEMENTED;
    }
    MoltValue result = molt_call(callable, args, nargs, kwnames);
    molt_decref(callable);
    return result;
}

MoltValue molt_instance_repr_default(MoltValue self) {
    const MoltClass *class_object = class_of(self);
    size_t length;
    const char *qualname = molt_str_utf8(class_object->qualname, &length);
    char text[64 + length];
    snprintf(text, sizeof text, "<__main__.%s object at %p>", qualname, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

/* The slots every heap class starts with; class_slots.c adds the dunders. */
void molt_instance_fill_base_slots(MoltClass *class_object) {
    MoltType *type = &class_object->type;
    type->dealloc = instance_dealloc;
    type->traverse = instance_traverse;
    type->clear = instance_clear;
    type->getattr = instance_getattr;
    type->call_method = instance_call_method;
    type->method_names = class_object->layout_base->method_names;
    type->class_method = class_object->layout_base->class_method;
}

/* ---- writing attributes ---------------------------------------------------------------- */

/* e.args = ..., e.__cause__ = ... on instances of exception subclasses:
 * 1 when `name` is such an attribute (set, or -1 on error), 0 otherwise. */
static int set_exception_attribute(MoltValue self, const char *name, MoltValue value) {
    MoltException *exception = molt_as_ptr(self);
    MoltValue *field = strcmp(name, "args") == 0 ? &exception->args
                       : strcmp(name, "__cause__") == 0 ? &exception->cause
                       : strcmp(name, "__context__") == 0 ? &exception->context : NULL;
    if (strcmp(name, "__notes__") == 0) {
        /* Any value, and deletable: add_note checks that it is a list. */
        if (value == MOLT_UNBOUND && exception->notes == MOLT_UNBOUND) {
            no_attribute(self, name);
            return -1;
        }
        if (value != MOLT_UNBOUND) molt_incref(value);
        MoltValue old = exception->notes;
        exception->notes = value;
        if (old != MOLT_UNBOUND) molt_decref(old);
        return 1;
    }
    if (!field) return 0;
    if (value == MOLT_UNBOUND) {
        molt_raise_format(&molt_type_TypeError, "%s may not be deleted", name);
        return -1;
    }
    MoltValue stored = value;
    if (field == &exception->args) stored = molt_tuple_from_iterable(value);   /* a new reference */
    else molt_incref(stored);
    if (stored == MOLT_ERROR) return -1;
    if (field == &exception->cause) exception->suppress_context = true;   /* as CPython's setter does */
    MoltValue old = *field;
    *field = stored;
    molt_decref(old);
    return 1;
}

/* value MOLT_UNBOUND deletes. */
int molt_instance_generic_setattr(MoltValue self, const char *name, MoltValue value) {
    MoltClass *class_object = class_of(self);
    if (molt_type_is_subtype(class_object->layout_base, &molt_type_BaseException)) {
        int status = set_exception_attribute(self, name, value);
        if (status != 0) return status < 0 ? -1 : 0;
    }
    MoltValue key = molt_class_name_str(name);
    MoltValue attribute = molt_class_lookup(&class_object->type, key);
    if (attribute != MOLT_UNBOUND && molt_is_data_descriptor(attribute))
        return molt_descriptor_set(attribute, self, value);
    if (class_object->slot_count) {
        int64_t index = slot_index(class_object, name);
        if (index >= 0) {
            MoltValue *slot = &slot_values(self)[index];
            MoltValue old = *slot;
            if (value == MOLT_UNBOUND && old == MOLT_UNBOUND) {
                molt_raise_format(&molt_type_AttributeError, "%s", name);
                return -1;
            }
            if (value != MOLT_UNBOUND) molt_incref(value);
            *slot = value;
            if (old != MOLT_UNBOUND) molt_decref(old);
            return 0;
        }
    }
    MoltValue *dict = molt_instance_dict_pointer(self);
    int64_t field = molt_class_field_index(class_object, key);
    if (field >= 0) {
        /* The field holds the attribute unless the __dict__ already does
         * (after molt_instance_fields_to_dict, or a store made while the
         * field was empty and the dict existed: both places are read). */
        MoltValue *slot = &field_values(self)[field];
        MoltValue old = *slot;
        if (old != MOLT_UNBOUND || (value != MOLT_UNBOUND && *dict == MOLT_NONE)) {
            if (value != MOLT_UNBOUND) molt_incref(value);
            *slot = value;
            molt_decref(old);
            return 0;
        }
    }
    if (!dict) {
        no_attribute(self, name);
        return -1;
    }
    if (value == MOLT_UNBOUND) {
        if (*dict == MOLT_NONE || molt_dict_lookup(*dict, key) == MOLT_STOP) {
            no_attribute(self, name);
            return -1;
        }
        return molt_delitem(*dict, key);
    }
    return molt_dict_setitem(instance_dict(self), key, value);
}

static int set_or_delete(MoltValue object, const char *name, MoltValue value) {
    const MoltType *type = molt_type_of(object);
    if (molt_type_is_heap(type)) {
        MoltValue override = molt_class_lookup_cstr(type, value == MOLT_UNBOUND ? "__delattr__" : "__setattr__");
        if (override == MOLT_UNBOUND) return molt_instance_generic_setattr(object, name, value);
        MoltValue args[2] = {molt_class_name_str(name), value};
        MoltValue result = molt_call_with_self(override, object, args, value == MOLT_UNBOUND ? 1 : 2, MOLT_NONE);
        if (result == MOLT_ERROR) return -1;
        molt_decref(result);
        return 0;
    }
    if (molt_is_type(object)) {
        if (molt_type_is_heap(molt_as_type(object))) return molt_class_setattr(object, name, value);
        molt_raise_format(&molt_type_TypeError, "cannot %s '%s' attribute of immutable type '%s'",
                          value == MOLT_UNBOUND ? "delete" : "set", name, molt_as_type(object)->name);
        return -1;
    }
    if (type->setattr) return type->setattr(object, name, value);
    if (molt_is_exception(object)) {
        int status = set_exception_attribute(object, name, value);
        if (status != 0) return status < 0 ? -1 : 0;
    }
    no_attribute(object, name);
    return -1;
}

int molt_setattr(MoltValue object, const char *name, MoltValue value) { return set_or_delete(object, name, value); }

int molt_delattr(MoltValue object, const char *name) { return set_or_delete(object, name, MOLT_UNBOUND); }

/* ---- calls with self prepended -------------------------------------------------------- */

MoltValue molt_call_with_self(MoltValue function, MoltValue self, const MoltValue *args, size_t nargs,
                              MoltValue kwnames) {
    size_t total = nargs + molt_args_keyword_count(kwnames);
    MoltValue small[8];
    MoltValue *all = total + 1 <= 8 ? small : malloc((total + 1) * sizeof *all);
    if (!all) abort();
    all[0] = self;
    if (total) memcpy(all + 1, args, total * sizeof *all);
    MoltValue result = molt_call(function, all, nargs + 1, kwnames);
    if (all != small) free(all);
    return result;
}
