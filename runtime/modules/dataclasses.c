/* The dataclasses module (first part): the bare @dataclass decorator. It
 * reads the fields from the class's own __annotations__ (after those of
 * dataclass bases), their defaults from class attributes, and installs
 * __init__, __repr__ and __eq__ as function objects whose signature is made
 * at run time, so the ordinary argument binder gives CPython's TypeErrors
 * ("Point.__init__() missing 1 required positional argument: 'y'"). */
#include <stdlib.h>
#include <string.h>

#include "../core/buffer.h"
#include "../core/repr_guard.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* Codes of synthesized methods live as long as the program (function
 * objects point at them); the registry keeps them reachable. */
static MoltCode **code_registry;
static size_t code_registry_length;

static char *copy_text(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = malloc(length);
    if (!copy) abort();
    memcpy(copy, text, length);
    return copy;
}

/* A code "Qualname.method" with parameters self, then `names` (a tuple of str or MOLT_NONE). */
static MoltCode *method_code(const char *class_qualname, const char *method, MoltValue names, MoltFunctionEntry entry,
                             int extra_parameters) {
    size_t count = (names == MOLT_NONE ? 0 : (size_t)molt_tuple_length(names)) + 1 + (size_t)extra_parameters;
    const char **parameter_names = malloc(count * sizeof *parameter_names);
    MoltCode *code = calloc(1, sizeof *code);
    size_t qualname_length = strlen(class_qualname) + strlen(method) + 2;
    char *qualname = malloc(qualname_length);
    if (!parameter_names || !code || !qualname) abort();
    parameter_names[0] = "self";
    if (extra_parameters) parameter_names[1] = "other";
    for (size_t i = 1 + (size_t)extra_parameters; i < count; i++) {
        size_t length;
        parameter_names[i] = copy_text(molt_str_utf8(molt_tuple_items(names)[i - 1], &length));
    }
    strcpy(qualname, class_qualname);
    strcat(qualname, ".");
    strcat(qualname, method);
    code->name = method;
    code->qualname = qualname;
    code->parameter_names = parameter_names;
    code->parameter_count = (int)count;
    code->entry = entry;
    MoltCode **grown = realloc(code_registry, (code_registry_length + 1) * sizeof *grown);
    if (!grown) abort();
    code_registry = grown;
    code_registry[code_registry_length++] = code;
    return code;
}

/* The field names a synthesized method carries in its closure cell. */
static MoltValue field_names_of(MoltValue function) {
    return ((MoltCell *)molt_as_ptr(molt_function_cell(function, 0)))->contents;
}

static MoltValue init_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue names = field_names_of(function);
    size_t count = (size_t)molt_tuple_length(names);
    MoltValue bound[count + 1];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int status = 0;
    for (size_t i = 0; i < count && status == 0; i++) {
        size_t length;
        status = molt_setattr(bound[0], molt_str_utf8(molt_tuple_items(names)[i], &length), bound[i + 1]);
    }
    MoltValue result = MOLT_NONE;
    if (status == 0 && molt_class_lookup_cstr(molt_type_of(bound[0]), "__post_init__") != MOLT_UNBOUND) {
        result = molt_call_method(bound[0], "__post_init__", NULL, 0, MOLT_NONE);
        if (result != MOLT_ERROR) molt_decref(result), result = MOLT_NONE;
    }
    if (status < 0) result = MOLT_ERROR;
    for (size_t i = 0; i <= count; i++) molt_decref(bound[i]);
    return result;
}

static MoltValue repr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self;
    if (molt_function_bind(function, args, nargs, kwnames, &self) < 0) return MOLT_ERROR;
    if (molt_repr_enter(self)) {
        molt_decref(self);
        return molt_str_from_utf8("...", 3);
    }
    MoltValue names = field_names_of(function);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, molt_type_qualname(molt_type_of(self)));
    molt_buffer_append_cstr(&text, "(");
    MoltValue result = MOLT_NONE;
    for (int64_t i = 0; i < molt_tuple_length(names) && result != MOLT_ERROR; i++) {
        size_t length;
        const char *name = molt_str_utf8(molt_tuple_items(names)[i], &length);
        if (i) molt_buffer_append_cstr(&text, ", ");
        molt_buffer_append_cstr(&text, name);
        molt_buffer_append_cstr(&text, "=");
        MoltValue value = molt_getattr(self, name);
        MoltValue shown = value == MOLT_ERROR ? MOLT_ERROR : molt_repr(value);
        if (value != MOLT_ERROR) molt_decref(value);
        if (shown == MOLT_ERROR) {
            result = MOLT_ERROR;
            break;
        }
        const char *utf8 = molt_str_utf8(shown, &length);
        molt_buffer_append(&text, utf8, length);
        molt_decref(shown);
    }
    molt_buffer_append_cstr(&text, ")");
    if (result != MOLT_ERROR) result = molt_str_from_utf8(text.data, text.length);
    molt_buffer_free(&text);
    molt_repr_leave(self);
    molt_decref(self);
    return result;
}

/* The tuple of the field values of an instance, or MOLT_ERROR. */
static MoltValue field_values(MoltValue self, MoltValue names) {
    int64_t count = molt_tuple_length(names);
    MoltValue values = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        size_t length;
        MoltValue value = molt_getattr(self, molt_str_utf8(molt_tuple_items(names)[i], &length));
        if (value == MOLT_ERROR) {
            molt_decref(values);
            return MOLT_ERROR;
        }
        molt_tuple_items(values)[i] = value;
    }
    return values;
}

static MoltValue eq_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = MOLT_NOT_IMPLEMENTED;
    if (molt_type_of(bound[0]) == molt_type_of(bound[1])) {
        MoltValue names = field_names_of(function);
        MoltValue mine = field_values(bound[0], names);
        MoltValue theirs = mine == MOLT_ERROR ? MOLT_ERROR : field_values(bound[1], names);
        result = theirs == MOLT_ERROR ? MOLT_ERROR : molt_compare(MOLT_CMP_EQ, mine, theirs);
        if (mine != MOLT_ERROR) molt_decref(mine);
        if (theirs != MOLT_ERROR) molt_decref(theirs);
    }
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

/* Installs a synthesized method unless the class body defines it (as CPython). */
static int install(MoltValue cls, const char *name, MoltCode *code, const MoltValue *defaults, MoltValue names) {
    MoltClass *class_object = molt_as_ptr(cls);
    if (molt_dict_lookup(class_object->dict, molt_class_name_str(name)) != MOLT_STOP) return 0;
    MoltValue cell = molt_cell_new(names);
    MoltValue function = molt_function_new(code, defaults, &cell, 1);
    molt_decref(cell);
    int status = molt_setattr(cls, name, function);
    molt_decref(function);
    return status;
}

static MoltValue dataclass_apply(MoltValue cls) {
    if (!molt_is_type(cls) || !molt_type_is_heap(molt_as_type(cls)))
        return molt_raise_format(&molt_type_TypeError, "dataclass() should be called on a class");
    MoltClass *class_object = molt_as_ptr(cls);
    /* name -> default; a field without one maps to `no_default`, a private
     * object no class attribute can be. */
    MoltValue fields = molt_dict_new();
    MoltValue no_default = molt_dict_new();
    for (size_t m = class_object->mro_length; m-- > 1;) {
        if (!molt_type_is_heap(class_object->mro[m])) continue;
        MoltValue base_fields = molt_dict_lookup(molt_class_of_type(class_object->mro[m])->dict,
                                                 molt_class_name_str("__dataclass_fields__"));
        if (base_fields == MOLT_STOP || !molt_is_dict(base_fields)) continue;
        molt_dict_update(fields, base_fields);
    }
    MoltValue annotations = molt_dict_lookup(class_object->dict, molt_class_name_str("__annotations__"));
    if (annotations != MOLT_STOP && molt_is_dict(annotations)) {
        int64_t position = 0;
        MoltValue name, annotation;
        while (molt_dict_next(annotations, &position, &name, &annotation)) {
            MoltValue value = molt_class_lookup(&class_object->type, name);
            if (value != MOLT_UNBOUND && !molt_type_of(value)->hash) {
                MoltValue type_repr = molt_repr(molt_from_type(molt_type_of(value)));
                size_t a, b;
                molt_raise_format(&molt_type_ValueError,
                                  "mutable default %s for field %s is not allowed: use default_factory",
                                  molt_str_utf8(type_repr, &a), molt_str_utf8(name, &b));
                molt_decref(type_repr);
                goto fail;
            }
            if (molt_dict_setitem(fields, name, value == MOLT_UNBOUND ? no_default : value) < 0) goto fail;
        }
    }
    int64_t count = molt_dict_length(fields);
    MoltValue names = molt_tuple_new(count);
    MoltValue *defaults = malloc((size_t)(count + 1) * sizeof *defaults);
    if (!defaults) abort();
    defaults[0] = MOLT_UNBOUND;
    int64_t position = 0, index = 0;
    MoltValue name, value;
    bool seen_default = false;
    while (molt_dict_next(fields, &position, &name, &value)) {
        molt_incref(name);
        molt_tuple_items(names)[index] = name;
        defaults[index + 1] = value == no_default ? MOLT_UNBOUND : value;
        index++;
        if (value != no_default) {
            seen_default = true;
        } else if (seen_default) {
            size_t length;
            molt_raise_format(&molt_type_TypeError, "non-default argument '%s' follows default argument",
                              molt_str_utf8(name, &length));
            molt_decref(names);
            free(defaults);
            goto fail;
        }
    }
    const char *qualname = molt_type_qualname(&class_object->type);
    MoltValue public_fields = molt_dict_new();
    int status = molt_dict_update(public_fields, fields);
    position = 0;
    while (status == 0 && molt_dict_next(fields, &position, &name, &value))
        if (value == no_default) status = molt_dict_setitem(public_fields, name, MOLT_NONE);
    if (status == 0) status = molt_setattr(cls, "__dataclass_fields__", public_fields);
    molt_decref(public_fields);
    if (status == 0) status = install(cls, "__init__", method_code(qualname, "__init__", names, init_entry, 0), defaults, names);
    if (status == 0) status = install(cls, "__repr__", method_code(qualname, "__repr__", MOLT_NONE, repr_entry, 0), NULL, names);
    bool defines_eq = molt_dict_lookup(class_object->dict, molt_class_name_str("__eq__")) != MOLT_STOP;
    if (status == 0) status = install(cls, "__eq__", method_code(qualname, "__eq__", MOLT_NONE, eq_entry, 1), NULL, names);
    MoltValue own_hash = molt_dict_lookup(class_object->dict, molt_class_name_str("__hash__"));
    if (status == 0 && !defines_eq && (own_hash == MOLT_STOP || own_hash == MOLT_NONE))
        status = molt_setattr(cls, "__hash__", MOLT_NONE);
    free(defaults);
    molt_decref(names);
    molt_decref(fields);
    molt_decref(no_default);
    if (status < 0) return MOLT_ERROR;
    molt_incref(cls);
    return cls;
fail:
    molt_decref(fields);
    molt_decref(no_default);
    return MOLT_ERROR;
}

static MoltValue dataclasses_dataclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1 || kwnames != MOLT_NONE)
        return molt_raise_format(&molt_type_NotImplementedError, "dataclass() options are not supported by Molt yet");
    return dataclass_apply(args[0]);
}

static MoltValue dataclasses_is_dataclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1 || kwnames != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "is_dataclass() takes 1 positional argument but %zu were given", nargs);
    MoltValue cls = molt_is_type(args[0]) ? args[0] : molt_from_type(molt_type_of(args[0]));
    return molt_from_bool(molt_class_lookup_cstr(molt_as_type(cls), "__dataclass_fields__") != MOLT_UNBOUND);
}

/* No attributes yet (FrozenInstanceError, MISSING come with the options); C has no empty arrays. */
static const MoltModuleAttribute dataclasses_attributes[1];

static struct MoltBuiltinFunctionObject dataclasses_functions[] = {
    MOLT_MODULE_FUNCTION("dataclass", dataclasses_dataclass),
    MOLT_MODULE_FUNCTION("is_dataclass", dataclasses_is_dataclass),
};

struct MoltModule molt_module_dataclasses = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "dataclasses",
                                             dataclasses_functions, 2, dataclasses_attributes, 0};
