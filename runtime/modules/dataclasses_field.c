/* The dataclasses module (second part): the objects a dataclass is described
 * by and the functions that read them. Field objects (what field() returns
 * and __dataclass_fields__ holds), the MISSING and KW_ONLY sentinels,
 * InitVar (InitVar[int] is an instance holding int, as in CPython), the
 * _DataclassParams of __dataclass_params__, FrozenInstanceError (an
 * AttributeError subclass made on first use), and fields, asdict, astuple and
 * replace, with CPython 3.12's messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"
#include "../objects/builtin_function.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "dataclasses_internal.h"

static void static_dealloc(MoltObject *object) { (void)object; }

/* "<dataclasses._MISSING_TYPE object at 0x...>", as CPython's default repr of
 * a class defined in the dataclasses module. */
static MoltValue module_object_repr(MoltValue self) {
    char text[160];
    snprintf(text, sizeof text, "<dataclasses.%s object at %p>", molt_type_of(self)->name, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

/* ---- MISSING and KW_ONLY ------------------------------------------------------------ */

static MoltType missing_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_MISSING_TYPE",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = module_object_repr,
    .hash = molt_object_hash_identity,
    .module_name = "dataclasses",
};

static MoltType kw_only_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_KW_ONLY_TYPE",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = module_object_repr,
    .hash = molt_object_hash_identity,
    .module_name = "dataclasses",
};

MoltObject molt_dataclasses_missing_object = {MOLT_IMMORTAL_REFCOUNT, &missing_type};
MoltObject molt_dataclasses_kw_only_object = {MOLT_IMMORTAL_REFCOUNT, &kw_only_type};

MoltValue molt_dataclasses_make_missing(void) { return DATACLASS_MISSING; }
MoltValue molt_dataclasses_make_kw_only(void) { return DATACLASS_KW_ONLY; }

/* ---- keyword parsing for the module's functions (Python functions in CPython) ---------- */

/* Binds `nargs` positionals (at most `max_positional`, at least
 * `min_positional`, named by the first names) and keywords among `names` into
 * out[] (borrowed; MOLT_ARG_MISSING when absent), with the TypeErrors CPython
 * gives for a Python function of that signature. */
static int parse_arguments(const char *function, const char *const *names, size_t count, size_t min_positional,
                           size_t max_positional, const MoltValue *args, size_t nargs, MoltValue kwnames,
                           MoltValue *out) {
    for (size_t i = 0; i < count; i++) out[i] = MOLT_ARG_MISSING;
    if (nargs > max_positional) {
        if (min_positional == max_positional)
            molt_raise_format(&molt_type_TypeError, "%s() takes %zu positional argument%s but %zu %s given", function,
                              max_positional, max_positional == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        else
            molt_raise_format(&molt_type_TypeError, "%s() takes from %zu to %zu positional arguments but %zu were given",
                              function, min_positional, max_positional, nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        size_t i = max_positional;
        while (i < count && strcmp(names[i], keyword) != 0) i++;
        if (i == count) {
            molt_raise_format(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'", function, keyword);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    if (nargs < min_positional) {
        molt_raise_format(&molt_type_TypeError, "%s() missing 1 required positional argument: '%s'", function,
                          names[nargs]);
        return -1;
    }
    return 0;
}

static MoltValue or_default(MoltValue given, MoltValue otherwise) { return given == MOLT_ARG_MISSING ? otherwise : given; }

/* ---- Field ------------------------------------------------------------------------------ */

#define FIELD_MEMBERS(X) \
    X(name) X(type) X(default_value) X(default_factory) X(init) X(repr) X(hash) X(compare) X(metadata) X(kw_only)

static void field_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    DataclassField *field = (DataclassField *)object;
#define VISIT(member) visit(field->member, context);
    FIELD_MEMBERS(VISIT)
#undef VISIT
}

static void field_clear(MoltObject *object) {
    DataclassField *field = (DataclassField *)object;
#define CLEAR(member)                 \
    {                                 \
        MoltValue old = field->member; \
        field->member = MOLT_NONE;    \
        molt_decref(old);             \
    }
    FIELD_MEMBERS(CLEAR)
#undef CLEAR
}

static void field_dealloc(MoltObject *object) {
    field_clear(object);
    molt_gc_free(object);
}

/* CPython's Field.__repr__, recursion-safe as it is. */
static MoltValue field_repr(MoltValue self) {
    if (molt_repr_enter(self)) return molt_str_from_utf8("...", 3);
    DataclassField *field = molt_dataclass_field(self);
    const char *labels[] = {"Field(name=", ",type=", ",default=", ",default_factory=", ",init=", ",repr=",
                            ",hash=", ",compare=", ",metadata=mappingproxy(", "),kw_only="};
    MoltValue values[] = {field->name, field->type, field->default_value, field->default_factory, field->init,
                          field->repr, field->hash, field->compare, field->metadata, field->kw_only};
    MoltBuffer text;
    molt_buffer_init(&text);
    int status = 0;
    for (size_t i = 0; i < sizeof values / sizeof values[0] && status == 0; i++) {
        molt_buffer_append_cstr(&text, labels[i]);
        status = molt_buffer_append_repr(&text, values[i]);
    }
    molt_repr_leave(self);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, field->kind == DATACLASS_FIELD_INITVAR ? ",_field_type=_FIELD_INITVAR)"
                                   : field->kind == DATACLASS_FIELD       ? ",_field_type=_FIELD)"
                                   : field->kind == DATACLASS_FIELD_CLASSVAR ? ",_field_type=_FIELD_CLASSVAR)"
                                                                          : ",_field_type=None)");
    return molt_buffer_finish(&text);
}

static MoltValue field_getattr(MoltValue self, const char *name) {
    DataclassField *field = molt_dataclass_field(self);
#define READ(member) \
    if (strcmp(name, #member) == 0) return molt_new_reference(field->member);
    FIELD_MEMBERS(READ)
#undef READ
    if (strcmp(name, "default") == 0) return molt_new_reference(field->default_value);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_dataclass_field = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "Field",
    .base = &molt_type_object,
    .dealloc = field_dealloc,
    .repr = field_repr,
    .hash = molt_object_hash_identity,
    .getattr = field_getattr,
    .traverse = field_traverse,
    .clear = field_clear,
    .module_name = "dataclasses",
};

static MoltValue field_new(const MoltValue *values) {
    DataclassField *field = molt_gc_allocate(sizeof *field, &molt_type_dataclass_field);
    field->name = MOLT_NONE;
    field->type = MOLT_NONE;
    MoltValue *members[] = {&field->default_value, &field->default_factory, &field->init, &field->repr,
                            &field->hash, &field->compare, &field->metadata, &field->kw_only};
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++) *members[i] = molt_new_reference(values[i]);
    field->kind = DATACLASS_FIELD_UNSET;
    return molt_from_ptr(field);
}

static const char *const field_parameters[] = {"default", "default_factory", "init", "repr",
                                               "hash",    "compare",         "metadata", "kw_only"};

/* field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
 * hash=None, compare=True, metadata=None, kw_only=MISSING). metadata is kept
 * as a copy of the mapping given (CPython: a read-only mappingproxy of it). */
MoltValue molt_dataclasses_field(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue given[8];
    if (parse_arguments("field", field_parameters, 8, 0, 0, args, nargs, kwnames, given) < 0) return MOLT_ERROR;
    MoltValue defaults[8] = {DATACLASS_MISSING, DATACLASS_MISSING, MOLT_TRUE, MOLT_TRUE, MOLT_NONE, MOLT_TRUE,
                             MOLT_NONE,         DATACLASS_MISSING};
    MoltValue values[8];
    for (int i = 0; i < 8; i++) values[i] = or_default(given[i], defaults[i]);
    if (values[0] != DATACLASS_MISSING && values[1] != DATACLASS_MISSING)
        return molt_raise_format(&molt_type_ValueError, "cannot specify both default and default_factory");
    MoltValue metadata = molt_dict_new();
    if (values[6] != MOLT_NONE && molt_dict_update(metadata, values[6]) < 0) {
        molt_decref(metadata);
        return MOLT_ERROR;
    }
    values[6] = metadata;
    MoltValue field = field_new(values);
    molt_decref(metadata);
    return field;
}

MoltValue molt_dataclass_field_with_default(MoltValue default_value) {
    MoltValue metadata = molt_dict_new();
    MoltValue values[8] = {default_value, DATACLASS_MISSING, MOLT_TRUE, MOLT_TRUE, MOLT_NONE, MOLT_TRUE,
                           metadata,      DATACLASS_MISSING};
    MoltValue field = field_new(values);
    molt_decref(metadata);
    return field;
}

MoltValue molt_dataclasses_make_field_type(void) { return molt_from_type(&molt_type_dataclass_field); }

/* ---- InitVar ------------------------------------------------------------------------- */

typedef struct InitVarObject {
    MoltObject header;
    MoltValue type;
} InitVarObject;

static void initvar_dealloc(MoltObject *object) {
    molt_decref(((InitVarObject *)object)->type);
    free(object);
}

static MoltValue initvar_new(MoltValue type) {
    InitVarObject *object = malloc(sizeof *object);
    if (!object) abort();
    object->header.refcount = 1;
    object->header.type = &molt_type_dataclass_initvar;
    object->type = molt_new_reference(type);
    return molt_from_ptr(object);
}

/* "dataclasses.InitVar[int]": a class by its __name__, anything else by repr. */
static MoltValue initvar_repr(MoltValue self) {
    MoltValue type = ((InitVarObject *)molt_as_ptr(self))->type;
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "dataclasses.InitVar[");
    if (molt_is_type(type)) {
        molt_buffer_append_cstr(&text, molt_as_type(type)->name);
    } else if (molt_buffer_append_repr(&text, type) < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, "]");
    return molt_buffer_finish(&text);
}

static MoltValue initvar_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "type") == 0) return molt_new_reference(((InitVarObject *)molt_as_ptr(self))->type);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue initvar_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"type"};
    MoltValue type;
    if (parse_arguments("InitVar", names, 1, 1, 1, args, nargs, kwnames, &type) < 0) return MOLT_ERROR;
    return initvar_new(type);
}

/* InitVar[int]: CPython's InitVar.__class_getitem__. Subscripting a class goes
 * through the type of the class object, so InitVar has a type of its own: it
 * prints as `type` and otherwise behaves as `type` does. */
static MoltValue initvar_class_getitem(MoltValue self, MoltValue key) {
    (void)self;
    return initvar_new(key);
}

static MoltType initvar_metatype = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "type",
    .base = &molt_type_type,
    .dealloc = static_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .getitem = initvar_class_getitem,
    .getattr = molt_type_getattr,
};

MoltType molt_type_dataclass_initvar = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &initvar_metatype},
    .name = "InitVar",
    .base = &molt_type_object,
    .dealloc = initvar_dealloc,
    .repr = initvar_repr,
    .hash = molt_object_hash_identity,
    .call = initvar_call,
    .getattr = initvar_getattr,
    .module_name = "dataclasses",
};

MoltValue molt_dataclasses_make_initvar(void) { return molt_from_type(&molt_type_dataclass_initvar); }

/* ---- _DataclassParams ------------------------------------------------------------------ */

const char *const molt_dataclass_option_names[DATACLASS_OPTION_COUNT] = {
    "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"};

typedef struct DataclassParams {
    MoltObject header;
    MoltValue options[DATACLASS_OPTION_COUNT];
} DataclassParams;

static void params_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++) visit(((DataclassParams *)object)->options[i], context);
}

static void params_clear(MoltObject *object) {
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++) {
        MoltValue old = ((DataclassParams *)object)->options[i];
        ((DataclassParams *)object)->options[i] = MOLT_NONE;
        molt_decref(old);
    }
}

static void params_dealloc(MoltObject *object) {
    params_clear(object);
    molt_gc_free(object);
}

static MoltValue params_repr(MoltValue self) {
    const DataclassParams *params = molt_as_ptr(self);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "_DataclassParams(");
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++) {
        if (i) molt_buffer_append_cstr(&text, ",");
        molt_buffer_append_cstr(&text, molt_dataclass_option_names[i]);
        molt_buffer_append_cstr(&text, "=");
        if (molt_buffer_append_repr(&text, params->options[i]) < 0) {
            molt_buffer_free(&text);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

static MoltValue params_getattr(MoltValue self, const char *name) {
    const DataclassParams *params = molt_as_ptr(self);
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++)
        if (strcmp(name, molt_dataclass_option_names[i]) == 0) return molt_new_reference(params->options[i]);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltType params_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_DataclassParams",
    .base = &molt_type_object,
    .dealloc = params_dealloc,
    .repr = params_repr,
    .hash = molt_object_hash_identity,
    .getattr = params_getattr,
    .traverse = params_traverse,
    .clear = params_clear,
    .module_name = "dataclasses",
};

MoltValue molt_dataclass_params_new(const MoltValue *options) {
    DataclassParams *params = molt_gc_allocate(sizeof *params, &params_type);
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++) params->options[i] = molt_new_reference(options[i]);
    return molt_from_ptr(params);
}

int molt_dataclass_params_frozen(MoltValue params) {
    if (molt_type_of(params) != &params_type) return 0;
    return molt_truthy(((DataclassParams *)molt_as_ptr(params))->options[DATACLASS_FROZEN]);
}

/* ---- FrozenInstanceError ------------------------------------------------------------- */

static MoltClass *frozen_instance_error;   /* a raw pointer so LeakSanitizer sees it */

MoltValue molt_dataclasses_frozen_instance_error(void) {
    if (!frozen_instance_error) {
        MoltValue made = molt_exception_class_new_in_module("FrozenInstanceError", "dataclasses",
                                                             &molt_type_AttributeError);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        frozen_instance_error = molt_as_ptr(made);
    }
    return molt_from_ptr(frozen_instance_error);
}

MoltValue molt_dataclasses_make_frozen_instance_error(void) {
    MoltValue error = molt_dataclasses_frozen_instance_error();
    return error == MOLT_ERROR ? MOLT_ERROR : molt_new_reference(error);
}

void molt_dataclasses_release(void) {
    MoltClass *error = frozen_instance_error;
    frozen_instance_error = NULL;
    if (error) molt_decref(molt_from_ptr(error));
}

/* ---- fields() ----------------------------------------------------------------------------- */

/* The __dataclass_fields__ dict of a dataclass or of its instance (borrowed),
 * or MOLT_UNBOUND. */
static MoltValue dataclass_fields_of(MoltValue class_or_instance) {
    const MoltType *type = molt_is_type(class_or_instance) ? molt_as_type(class_or_instance) : molt_type_of(class_or_instance);
    if (!molt_type_is_heap(type)) return MOLT_UNBOUND;
    MoltValue fields = molt_class_lookup_cstr(type, "__dataclass_fields__");
    return fields != MOLT_UNBOUND && molt_is_dict(fields) ? fields : MOLT_UNBOUND;
}

static bool is_dataclass_instance(MoltValue v) { return !molt_is_type(v) && dataclass_fields_of(v) != MOLT_UNBOUND; }

/* The real fields (no InitVar pseudo-fields) of a dataclass, as a tuple. */
static MoltValue real_fields(MoltValue fields) {
    MoltValue list = molt_list_new(0);
    int64_t position = 0;
    MoltValue name, field;
    while (molt_dict_next(fields, &position, &name, &field))
        if (molt_is_dataclass_field(field) && molt_dataclass_field(field)->kind == DATACLASS_FIELD)
            molt_list_append(list, field);
    MoltValue tuple = molt_tuple_from_borrowed(molt_list_items(list), (size_t)molt_list_length(list));
    molt_decref(list);
    return tuple;
}

MoltValue molt_dataclasses_fields(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"class_or_instance"};
    MoltValue target;
    if (parse_arguments("fields", names, 1, 1, 1, args, nargs, kwnames, &target) < 0) return MOLT_ERROR;
    MoltValue fields = dataclass_fields_of(target);
    if (fields == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_TypeError, "must be called with a dataclass type or instance");
    return real_fields(fields);
}

/* ---- asdict() and astuple() ------------------------------------------------------------ */

/* Types whose values asdict/astuple return as they are (CPython's _ATOMIC_TYPES). */
static bool is_atomic(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    return type == &molt_type_NoneType || type == &molt_type_bool || type == &molt_type_int ||
           type == &molt_type_float || type == &molt_type_str || type == &molt_type_bytes ||
           type == &molt_type_ellipsis || type == &molt_type_NotImplementedType || type == &molt_type_function ||
           type == &molt_type_builtin_function || type == &molt_type_range || type == &molt_type_property ||
           molt_is_type(v);
}

/* asdict (as_tuple false) or astuple of one value, recursively: CPython's
 * _asdict_inner / _astuple_inner. `factory` is dict_factory or tuple_factory. */
static MoltValue convert(MoltValue value, MoltValue factory, bool as_tuple) {
    if (is_atomic(value)) return molt_new_reference(value);
    if (is_dataclass_instance(value)) {
        MoltValue fields = real_fields(dataclass_fields_of(value));
        int64_t count = molt_tuple_length(fields);
        bool plain_dict = !as_tuple && factory == molt_from_type(&molt_type_dict);
        MoltValue result = plain_dict ? molt_dict_new() : molt_list_new(count);
        for (int64_t i = 0; i < count; i++) {
            MoltValue name = molt_dataclass_field(molt_tuple_items(fields)[i])->name;
            size_t length;
            MoltValue attribute = molt_getattr(value, molt_str_utf8(name, &length));
            MoltValue converted = attribute == MOLT_ERROR ? MOLT_ERROR : convert(attribute, factory, as_tuple);
            if (attribute != MOLT_ERROR) molt_decref(attribute);
            if (converted == MOLT_ERROR) {
                molt_decref(result);
                molt_decref(fields);
                return MOLT_ERROR;
            }
            if (plain_dict) {
                molt_dict_setitem(result, name, converted);
            } else if (as_tuple) {
                molt_list_append(result, converted);
            } else {
                MoltValue pair = molt_tuple_pair(name, converted);
                molt_list_append(result, pair);
                molt_decref(pair);
            }
            molt_decref(converted);
        }
        molt_decref(fields);
        if (plain_dict) return result;
        MoltValue made = molt_call(factory, &result, 1, MOLT_NONE);
        molt_decref(result);
        return made;
    }
    const MoltType *type = molt_type_of(value);
    if (type == &molt_type_list || type == &molt_type_tuple) {
        bool is_list = type == &molt_type_list;
        MoltValue items = is_list ? value : MOLT_NONE;
        int64_t count = is_list ? molt_list_length(value) : molt_tuple_length(value);
        MoltValue result = molt_list_new(count);
        for (int64_t i = 0; i < (is_list ? molt_list_length(items) : count); i++) {
            MoltValue item = is_list ? molt_list_items(value)[i] : molt_tuple_items(value)[i];
            molt_incref(item);
            MoltValue converted = convert(item, factory, as_tuple);
            molt_decref(item);
            if (converted == MOLT_ERROR) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            molt_list_append(result, converted);
            molt_decref(converted);
        }
        if (is_list) return result;
        MoltValue tuple = molt_tuple_from_borrowed(molt_list_items(result), (size_t)molt_list_length(result));
        molt_decref(result);
        return tuple;
    }
    if (molt_is_dict(value)) {
        MoltValue result = molt_dict_new();
        int64_t position = 0;
        MoltValue key, item;
        while (molt_dict_next(value, &position, &key, &item)) {
            molt_incref(key);
            molt_incref(item);
            MoltValue new_key = convert(key, factory, as_tuple);
            MoltValue new_item = new_key == MOLT_ERROR ? MOLT_ERROR : convert(item, factory, as_tuple);
            int status = new_item == MOLT_ERROR ? -1 : molt_dict_setitem(result, new_key, new_item);
            molt_decref(key);
            molt_decref(item);
            if (new_key != MOLT_ERROR) molt_decref(new_key);
            if (new_item != MOLT_ERROR) molt_decref(new_item);
            if (status < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
        }
        return result;
    }
    /* CPython deep-copies anything else. Molt has no copy module yet: a set
     * becomes a new set of the same items, other objects are shared. */
    if (type == &molt_type_set) {
        MoltValue copy = molt_set_new(false);
        MoltValue iterator = molt_iter(value);
        MoltValue item;
        while ((item = molt_iter_next(iterator)) != MOLT_STOP && item != MOLT_ERROR) {
            molt_set_add(copy, item);
            molt_decref(item);
        }
        molt_decref(iterator);
        return copy;
    }
    return molt_new_reference(value);
}

static MoltValue as_dict_or_tuple(const char *function, const char *factory_name, MoltValue factory_default,
                                  bool as_tuple, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const char *const names[] = {"obj", factory_name};
    MoltValue given[2];
    if (parse_arguments(function, names, 2, 1, 1, args, nargs, kwnames, given) < 0) return MOLT_ERROR;
    if (!is_dataclass_instance(given[0]))
        return molt_raise_format(&molt_type_TypeError, "%s() should be called on dataclass instances", function);
    return convert(given[0], or_default(given[1], factory_default), as_tuple);
}

MoltValue molt_dataclasses_asdict(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return as_dict_or_tuple("asdict", "dict_factory", molt_from_type(&molt_type_dict), false, args, nargs, kwnames);
}

MoltValue molt_dataclasses_astuple(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return as_dict_or_tuple("astuple", "tuple_factory", molt_from_type(&molt_type_tuple), true, args, nargs, kwnames);
}

/* ---- replace() ------------------------------------------------------------------------------ */

/* replace(obj, /, **changes): a new instance from obj's init fields and the changes. */
MoltValue molt_dataclasses_replace(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1) {
        if (nargs == 0)
            return molt_raise_format(&molt_type_TypeError, "replace() missing 1 required positional argument: 'obj'");
        return molt_raise_format(&molt_type_TypeError, "replace() takes 1 positional argument but %zu were given", nargs);
    }
    MoltValue obj = args[0];
    if (!is_dataclass_instance(obj))
        return molt_raise_format(&molt_type_TypeError, "replace() should be called on dataclass instances");
    MoltValue changes = molt_dict_new();
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++) molt_dict_setitem(changes, molt_tuple_items(kwnames)[k], args[1 + k]);
    MoltValue fields = dataclass_fields_of(obj);
    int64_t position = 0;
    MoltValue name, value;
    MoltValue result = MOLT_ERROR;
    while (molt_dict_next(fields, &position, &name, &value)) {
        if (!molt_is_dataclass_field(value)) continue;
        DataclassField *field = molt_dataclass_field(value);
        if (field->kind == DATACLASS_FIELD_CLASSVAR) continue;
        size_t length;
        const char *text = molt_str_utf8(name, &length);
        bool changed = molt_dict_lookup(changes, name) != MOLT_STOP;
        int init = molt_truthy(field->init);
        if (init < 0) goto done;
        if (!init) {
            if (changed) {
                molt_raise_format(&molt_type_ValueError,
                                  "field %s is declared with init=False, it cannot be specified with replace()", text);
                goto done;
            }
            continue;
        }
        if (changed) continue;
        if (field->kind == DATACLASS_FIELD_INITVAR && field->default_value == DATACLASS_MISSING) {
            molt_raise_format(&molt_type_ValueError, "InitVar '%s' must be specified with replace()", text);
            goto done;
        }
        MoltValue current = molt_getattr(obj, text);
        if (current == MOLT_ERROR) goto done;
        molt_dict_setitem(changes, name, current);
        molt_decref(current);
    }
    {
        int64_t count = molt_dict_length(changes);
        MoltValue *values = malloc((size_t)(count ? count : 1) * sizeof *values);
        MoltValue names = molt_tuple_new(count);
        if (!values) abort();
        int64_t index = 0;
        position = 0;
        while (molt_dict_next(changes, &position, &name, &value)) {
            molt_tuple_items(names)[index] = molt_new_reference(name);
            values[index++] = value;
        }
        result = molt_call(molt_from_type(molt_type_of(obj)), values, 0, names);
        molt_decref(names);
        free(values);
    }
done:
    molt_decref(changes);
    return result;
}
