/* The descriptors class bodies use: property (getter, setter, deleter and
 * their copies), staticmethod and classmethod, and molt_descriptor_get, the
 * one place that decides what an attribute found on a class becomes when
 * read (functions bind, classmethods bind to the class...). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class_internal.h"
#include "list.h"
#include "type.h"
#include "../core/args.h"
#include "../core/gc.h"

/* ---- property ------------------------------------------------------------------ */

typedef struct Property {
    MoltObject header;
    MoltValue getter, setter, deleter, doc;   /* MOLT_NONE when absent */
    MoltValue name;                            /* str from __set_name__, or MOLT_NONE */
} Property;

static void property_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Property *property = (Property *)object;
    visit(property->getter, context);
    visit(property->setter, context);
    visit(property->deleter, context);
    visit(property->doc, context);
    visit(property->name, context);
}

static void property_clear(MoltObject *object) {
    Property *property = (Property *)object;
    MoltValue held[5] = {property->getter, property->setter, property->deleter, property->doc, property->name};
    property->getter = property->setter = property->deleter = property->doc = property->name = MOLT_NONE;
    for (int i = 0; i < 5; i++) molt_decref(held[i]);
}

static void property_dealloc(MoltObject *object) {
    property_clear(object);
    molt_gc_free(object);
}

static MoltValue property_make(MoltValue getter, MoltValue setter, MoltValue deleter, MoltValue doc, MoltValue name) {
    Property *property = molt_gc_allocate(sizeof *property, &molt_type_property);
    property->getter = molt_new_reference(getter);
    property->setter = molt_new_reference(setter);
    property->deleter = molt_new_reference(deleter);
    property->doc = molt_new_reference(doc);
    property->name = molt_new_reference(name);
    return molt_from_ptr(property);
}

static MoltValue argument_or_none(MoltValue v) { return v == MOLT_ARG_MISSING ? MOLT_NONE : v; }

static MoltValue property_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'property' object is not callable");
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    MoltArgSpec spec = {"property", 0, 4, names, 4};
    MoltValue bound[4];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return property_make(argument_or_none(bound[0]), argument_or_none(bound[1]), argument_or_none(bound[2]),
                         argument_or_none(bound[3]), MOLT_NONE);
}

void molt_property_set_name(MoltValue value, MoltValue name) {
    Property *property = molt_as_ptr(value);
    MoltValue old = property->name;
    property->name = molt_new_reference(name);
    molt_decref(old);
}

/* "property 'x' of 'C' object has no setter" (without the name when unknown). */
static MoltValue raise_missing(const Property *property, MoltValue instance, const char *what) {
    const char *type_name = molt_type_qualname(molt_type_of(instance));
    if (property->name == MOLT_NONE)
        return molt_raise_format(&molt_type_AttributeError, "property of '%s' object has no %s", type_name, what);
    size_t length;
    return molt_raise_format(&molt_type_AttributeError, "property '%s' of '%s' object has no %s",
                             molt_str_utf8(property->name, &length), type_name, what);
}

static MoltValue property_get(MoltValue value, MoltValue instance) {
    const Property *property = molt_as_ptr(value);
    if (property->getter == MOLT_NONE) return raise_missing(property, instance, "getter");
    return molt_call(property->getter, &instance, 1, MOLT_NONE);
}

int molt_property_set(MoltValue value, MoltValue instance, MoltValue assigned) {
    const Property *property = molt_as_ptr(value);
    MoltValue function = assigned == MOLT_UNBOUND ? property->deleter : property->setter;
    if (function == MOLT_NONE) {
        raise_missing(property, instance, assigned == MOLT_UNBOUND ? "deleter" : "setter");
        return -1;
    }
    MoltValue args[2] = {instance, assigned};
    MoltValue result = molt_call(function, args, assigned == MOLT_UNBOUND ? 1 : 2, MOLT_NONE);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

static MoltValue property_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    const Property *property = molt_as_ptr(self);
    int which = strcmp(name, "getter") == 0 ? 0 : strcmp(name, "setter") == 0 ? 1 : strcmp(name, "deleter") == 0 ? 2 : -1;
    if (which < 0) {
        if (strcmp(name, "__get__") == 0) {
            if (molt_args_no_keywords("__get__", kwnames) < 0 || molt_args_check_count("__get__", nargs, 1, 2) < 0)
                return MOLT_ERROR;
            if (args[0] == MOLT_NONE) return molt_new_reference(self);
            return property_get(self, args[0]);
        }
        if (strcmp(name, "__set__") == 0 || strcmp(name, "__delete__") == 0) {
            bool set = name[2] == 's';
            if (molt_args_no_keywords(name, kwnames) < 0 || molt_args_check_count(name, nargs, set ? 2 : 1, set ? 2 : 1) < 0)
                return MOLT_ERROR;
            return molt_property_set(self, args[0], set ? args[1] : MOLT_UNBOUND) < 0 ? MOLT_ERROR : MOLT_NONE;
        }
        return MOLT_NOT_IMPLEMENTED;
    }
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue functions[3] = {property->getter, property->setter, property->deleter};
    functions[which] = args[0];
    return property_make(functions[0], functions[1], functions[2], property->doc, property->name);
}

static MoltValue property_getattr(MoltValue self, const char *name) {
    const Property *property = molt_as_ptr(self);
    if (strcmp(name, "fget") == 0) return molt_new_reference(property->getter);
    if (strcmp(name, "fset") == 0) return molt_new_reference(property->setter);
    if (strcmp(name, "fdel") == 0) return molt_new_reference(property->deleter);
    if (strcmp(name, "__doc__") == 0) return molt_new_reference(property->doc);
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const property_method_names[] = {"getter", "setter", "deleter", "__get__", "__set__", "__delete__",
                                                      NULL};

MoltType molt_type_property = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "property",
    .base = &molt_type_object,
    .dealloc = property_dealloc,
    .repr = molt_object_repr_default,
    .hash = molt_object_hash_identity,
    .call = property_call,
    .call_method = property_call_method,
    .getattr = property_getattr,
    .method_names = property_method_names,
    .traverse = property_traverse,
    .clear = property_clear,
};

/* ---- staticmethod and classmethod ------------------------------------------------ */

typedef struct Wrapper {
    MoltObject header;
    MoltValue function;
} Wrapper;

static void wrapper_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    visit(((Wrapper *)object)->function, context);
}

static void wrapper_clear(MoltObject *object) {
    Wrapper *wrapper = (Wrapper *)object;
    MoltValue function = wrapper->function;
    wrapper->function = MOLT_NONE;
    molt_decref(function);
}

static void wrapper_dealloc(MoltObject *object) {
    wrapper_clear(object);
    molt_gc_free(object);
}

static MoltValue wrapper_new(const MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords(type->name, kwnames) < 0) return MOLT_ERROR;
    if (nargs != 1)
        return molt_raise_format(&molt_type_TypeError, "%s expected 1 argument, got %zu", type->name, nargs);
    Wrapper *wrapper = molt_gc_allocate(sizeof *wrapper, type);
    wrapper->function = molt_new_reference(args[0]);
    return molt_from_ptr(wrapper);
}

static MoltValue wrapper_repr(MoltValue self) {
    MoltValue inner = molt_repr(((Wrapper *)molt_as_ptr(self))->function);
    if (inner == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const char *text = molt_str_utf8(inner, &length);
    const char *type_name = molt_type_of(self)->name;
    size_t size = length + strlen(type_name) + 5;   /* "<", "(", ")>" and the NUL */
    char *buffer = malloc(size);
    if (!buffer) abort();
    snprintf(buffer, size, "<%s(%s)>", type_name, text);
    MoltValue result = molt_str_from_utf8(buffer, strlen(buffer));
    free(buffer);
    molt_decref(inner);
    return result;
}

static MoltValue wrapper_getattr(MoltValue self, const char *name) {
    MoltValue function = ((Wrapper *)molt_as_ptr(self))->function;
    if (strcmp(name, "__func__") == 0 || strcmp(name, "__wrapped__") == 0) return molt_new_reference(function);
    if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0 || strcmp(name, "__doc__") == 0)
        return molt_getattr(function, name);
    return MOLT_NOT_IMPLEMENTED;
}

/* staticmethod objects are callable themselves (Python 3.10+). */
static MoltValue staticmethod_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return wrapper_new(&molt_type_staticmethod, args, nargs, kwnames);
    return molt_call(((Wrapper *)molt_as_ptr(callable))->function, args, nargs, kwnames);
}

static MoltValue classmethod_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return wrapper_new(&molt_type_classmethod, args, nargs, kwnames);
    return molt_raise_format(&molt_type_TypeError, "'classmethod' object is not callable");
}

#define WRAPPER_TYPE(type_name, call_function, callable_instances) \
    MoltType molt_type_##type_name = {                            \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},      \
        .name = #type_name,                                       \
        .base = &molt_type_object,                                \
        .dealloc = wrapper_dealloc,                               \
        .repr = wrapper_repr,                                     \
        .hash = molt_object_hash_identity,                        \
        .call = call_function,                                    \
        .getattr = wrapper_getattr,                               \
        .instances_are_callable = callable_instances,             \
        .traverse = wrapper_traverse,                             \
        .clear = wrapper_clear,                                   \
    };
WRAPPER_TYPE(staticmethod, staticmethod_call, true)
WRAPPER_TYPE(classmethod, classmethod_call, false)
#undef WRAPPER_TYPE

/* ---- abstract methods ------------------------------------------------------------ */

bool molt_is_abstract_method(MoltValue attribute) {
    const MoltType *type = molt_type_of(attribute);
    if (type == &molt_type_function) return ((MoltFunction *)molt_as_ptr(attribute))->is_abstract_method;
    if (type == &molt_type_classmethod || type == &molt_type_staticmethod)
        return molt_is_abstract_method(((Wrapper *)molt_as_ptr(attribute))->function);
    if (type == &molt_type_property) {
        const Property *property = molt_as_ptr(attribute);
        return molt_is_abstract_method(property->getter) || molt_is_abstract_method(property->setter) ||
               molt_is_abstract_method(property->deleter);
    }
    return false;
}

/* ---- binding ---------------------------------------------------------------------- */

/* The descriptor method `name` (__get__, __set__, __delete__, __set_name__)
 * of an instance of a class statement's class (borrowed), or MOLT_UNBOUND. */
static MoltValue descriptor_method(MoltValue attribute, const char *name) {
    if (!molt_is_instance(attribute)) return MOLT_UNBOUND;
    return molt_class_lookup_cstr(molt_type_of(attribute), name);
}

bool molt_is_data_descriptor(MoltValue attribute) {
    return molt_type_of(attribute) == &molt_type_property || molt_type_of(attribute) == &molt_type_tuplegetter || descriptor_method(attribute, "__set__") != MOLT_UNBOUND ||
           descriptor_method(attribute, "__delete__") != MOLT_UNBOUND;
}

int molt_descriptor_set(MoltValue attribute, MoltValue instance, MoltValue value) {
    if (molt_type_of(attribute) == &molt_type_property) return molt_property_set(attribute, instance, value);
    if (molt_type_of(attribute) == &molt_type_tuplegetter) {
        molt_raise_format(&molt_type_AttributeError, "can't %s attribute", value == MOLT_UNBOUND ? "delete" : "set");
        return -1;
    }
    const char *name = value == MOLT_UNBOUND ? "__delete__" : "__set__";
    MoltValue method = descriptor_method(attribute, name);
    if (method == MOLT_UNBOUND) {
        molt_raise_format(&molt_type_AttributeError, "%s", name);
        return -1;
    }
    MoltValue args[2] = {instance, value};
    MoltValue result = molt_call_with_self(method, attribute, args, value == MOLT_UNBOUND ? 1 : 2, MOLT_NONE);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

int molt_descriptors_set_names(MoltValue class_value, MoltValue namespace) {
    /* Over a snapshot: __set_name__ may change the class. */
    MoltValue items = molt_call_method(namespace, "items", NULL, 0, MOLT_NONE);
    if (items == MOLT_ERROR) return -1;
    MoltValue list = molt_list_from_iterable(items);
    molt_decref(items);
    if (list == MOLT_ERROR) return -1;
    int status = 0;
    for (int64_t i = 0; status == 0 && i < molt_list_length(list); i++) {
        MoltValue pair = molt_list_items(list)[i];
        MoltValue value = molt_tuple_items(pair)[1];
        if (molt_type_of(value) == &molt_type_property) continue;   /* named when the class was made */
        MoltValue method = descriptor_method(value, "__set_name__");
        if (method == MOLT_UNBOUND) continue;
        MoltValue args[2] = {class_value, molt_tuple_items(pair)[0]};
        MoltValue result = molt_call_with_self(method, value, args, 2, MOLT_NONE);
        if (result == MOLT_ERROR) status = -1;
        else molt_decref(result);
    }
    molt_decref(list);
    return status;
}

MoltValue molt_descriptor_get(MoltValue attribute, MoltValue instance, const MoltType *owner) {
    const MoltType *type = molt_type_of(attribute);
    if (type == &molt_type_function) {
        if (instance == MOLT_NONE) return molt_new_reference(attribute);
        return molt_method_new(attribute, instance);
    }
    if (type == &molt_type_classmethod)
        return molt_method_new(((Wrapper *)molt_as_ptr(attribute))->function, molt_from_type(owner));
    if (type == &molt_type_staticmethod) return molt_new_reference(((Wrapper *)molt_as_ptr(attribute))->function);
    if (type == &molt_type_property && instance != MOLT_NONE) return property_get(attribute, instance);
    if (type->descriptor_get) return type->descriptor_get(attribute, instance, owner);
    MoltValue get = descriptor_method(attribute, "__get__");
    if (get != MOLT_UNBOUND) {
        MoltValue args[2] = {instance, molt_from_type(owner)};
        return molt_call_with_self(get, attribute, args, 2, MOLT_NONE);
    }
    return molt_new_reference(attribute);
}
