/* super(C, obj): attribute lookup that starts after C in the MRO of obj's
 * class (or of obj itself when obj is a class, as in classmethods). The
 * compiler turns a zero-argument super() into super(__class__, first
 * argument). Method calls through super do not make bound methods. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin_dunder.h"
#include "class_internal.h"
#include "dict.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"

typedef struct Super {
    MoltObject header;
    MoltValue this_class;    /* C */
    MoltValue object;        /* obj */
    MoltValue start_type;    /* type(obj), or obj when it is a subclass of C */
} Super;

static void super_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Super *super = (Super *)object;
    visit(super->this_class, context);
    visit(super->object, context);
    visit(super->start_type, context);
}

static void super_clear(MoltObject *object) {
    Super *super = (Super *)object;
    MoltValue held[3] = {super->this_class, super->object, super->start_type};
    super->this_class = super->object = super->start_type = MOLT_NONE;
    for (int i = 0; i < 3; i++) molt_decref(held[i]);
}

static void super_dealloc(MoltObject *object) {
    super_clear(object);
    molt_gc_free(object);
}

static MoltValue super_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable)) return molt_raise_format(&molt_type_TypeError, "'super' object is not callable");
    if (molt_args_no_keywords("super", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_raise_format(&molt_type_RuntimeError, "super(): no arguments");
    if (nargs > 2) return molt_raise_format(&molt_type_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    if (!molt_is_type(args[0]))
        return molt_raise_format(&molt_type_TypeError, "super() argument 1 must be a type, not %s",
                                 molt_type_of(args[0])->name);
    if (nargs == 1)
        return molt_raise_format(&molt_type_NotImplementedError, "unbound super objects are not supported");
    const MoltType *this_class = molt_as_type(args[0]);
    MoltValue start;
    if (molt_is_type(args[1]) && molt_type_is_subtype(molt_as_type(args[1]), this_class)) start = args[1];
    else if (molt_type_is_subtype(molt_type_of(args[1]), this_class)) start = molt_from_type(molt_type_of(args[1]));
    else return molt_raise_format(&molt_type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    Super *super = molt_gc_allocate(sizeof *super, &molt_type_super);
    molt_incref(args[0]);
    molt_incref(args[1]);
    molt_incref(start);
    super->this_class = args[0];
    super->object = args[1];
    super->start_type = start;
    return molt_from_ptr(super);
}

/* Finds `name` after this_class in the MRO of start_type. Returns the
 * attribute (borrowed) with *owner set, or MOLT_UNBOUND with *owner set to
 * the first builtin type that has it as a dunder (NULL when none). */
static MoltValue find(const Super *super, const char *name, const MoltType **owner) {
    const MoltType *start = molt_as_type(super->start_type);
    const MoltType *this_class = molt_as_type(super->this_class);
    *owner = NULL;
    const MoltType *single[64];
    const MoltType **mro = single;
    size_t length = 0;
    if (molt_type_is_heap(start)) {
        mro = molt_class_of_type(start)->mro;
        length = molt_class_of_type(start)->mro_length;
    } else {
        for (const MoltType *t = start; t && length < 64; t = t->base) single[length++] = t;
    }
    size_t index = 0;
    while (index < length && mro[index] != this_class) index++;
    MoltValue key = molt_class_name_str(name);
    for (index++; index < length; index++) {
        const MoltType *entry = mro[index];
        if (molt_type_is_heap(entry)) {
            MoltValue dict = molt_class_of_type(entry)->dict;
            MoltValue value = molt_dict_lookup(dict, key);
            if (value != MOLT_STOP && value != MOLT_ERROR) {
                *owner = entry;
                return value;
            }
        } else if (molt_builtin_dunder_exists(entry, name)) {
            *owner = entry;
            return MOLT_UNBOUND;
        }
    }
    return MOLT_UNBOUND;
}

/* The instance a found attribute binds to: none when super's object is the
 * class itself (super(C, cls).f is the plain function). */
static MoltValue binding_instance(const Super *super) {
    return super->object == super->start_type ? MOLT_NONE : super->object;
}

static MoltValue super_getattr(MoltValue self, const char *name) {
    const Super *super = molt_as_ptr(self);
    const MoltType *owner;
    MoltValue found = find(super, name, &owner);
    if (found != MOLT_UNBOUND) return molt_descriptor_get(found, binding_instance(super), molt_as_type(super->start_type));
    if (owner) {
        bool unbound = strcmp(name, "__new__") == 0 || binding_instance(super) == MOLT_NONE;
        return molt_builtin_dunder_get(owner, name, unbound ? MOLT_UNBOUND : super->object);
    }
    if (strcmp(name, "__init_subclass__") == 0) return molt_class_object_init_subclass(super->start_type);
    if (strcmp(name, "__thisclass__") == 0) {
        molt_incref(super->this_class);
        return super->this_class;
    }
    if (strcmp(name, "__self__") == 0) {
        molt_incref(super->object);
        return super->object;
    }
    if (strcmp(name, "__self_class__") == 0) {
        molt_incref(super->start_type);
        return super->start_type;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue super_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    const Super *super = molt_as_ptr(self);
    const MoltType *owner;
    MoltValue found = find(super, name, &owner);
    if (found != MOLT_UNBOUND && molt_type_of(found) == &molt_type_function && binding_instance(super) != MOLT_NONE)
        return molt_call_with_self(found, super->object, args, nargs, kwnames);
    if (found == MOLT_UNBOUND && owner && binding_instance(super) != MOLT_NONE && strcmp(name, "__new__") != 0)
        return molt_builtin_dunder_call(owner, name, super->object, args, nargs, kwnames);
    MoltValue callable = super_getattr(self, name);
    if (callable == MOLT_ERROR || callable == MOLT_NOT_IMPLEMENTED) return callable;
    MoltValue result = molt_call(callable, args, nargs, kwnames);
    molt_decref(callable);
    return result;
}

/* "<super: <class 'C'>, <C object>>" */
static MoltValue super_repr(MoltValue self) {
    const Super *super = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "<super: <class '");
    molt_buffer_append_cstr(&buffer, molt_as_type(super->this_class)->name);
    molt_buffer_append_cstr(&buffer, "'>, <");
    molt_buffer_append_cstr(&buffer, molt_as_type(super->start_type)->name);
    molt_buffer_append_cstr(&buffer, " object>>");
    return molt_buffer_finish(&buffer);
}

MoltType molt_type_super = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "super",
    .base = &molt_type_object,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .hash = molt_object_hash_identity,
    .call = super_call,
    .call_method = super_call_method,
    .getattr = super_getattr,
    .traverse = super_traverse,
    .clear = super_clear,
};
