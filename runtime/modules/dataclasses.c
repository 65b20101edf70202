/* The dataclasses module (first part): dataclass() and the methods it gives a
 * class, following CPython 3.12's _process_class step by step. Fields come
 * from the class's own __annotations__ (after those of dataclass bases), with
 * Field objects for their options. The methods (__init__, __repr__, __eq__,
 * the orderings, __hash__, a frozen class's __setattr__/__delattr__) are
 * function objects whose code is C and whose signature is made at run time,
 * so the ordinary argument binder gives CPython's TypeErrors ("Point.__init__()
 * missing 1 required positional argument: 'y'"); what each method needs (its
 * fields, the class) is the tuple in its one closure cell. Field objects,
 * field() and the other functions are in dataclasses_field.c. */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/repr_guard.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/native_method.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "typing.h"
#include "dataclasses_internal.h"

/* ---- synthesized methods ---------------------------------------------------------------- */

/* (runtime/objects/native_method.h makes these methods.) The items of a method's plan. */
static MoltValue plan_item(MoltValue function, int64_t index) { return molt_tuple_items(molt_native_method_plan(function))[index]; }

static MoltValue str_value(const char *text) { return molt_class_name_str(text); }

/* A method of parameters self (+ other_parameters), no defaults. */
static MoltValue simple_method(const char *qualname, const char *method, const char *const *parameters, size_t count,
                               MoltFunctionEntry entry, MoltValue plan) {
    MoltValue names[3];
    for (size_t i = 0; i < count; i++) names[i] = str_value(parameters[i]);
    return molt_native_method_new(molt_native_code_new(qualname, method, names, count, 0, entry), NULL, plan);
}

/* _set_new_attribute: sets cls.name unless the class body defines it; 1 when
 * it does (nothing set), 0 when set, -1 with an exception. Steals `value`. */
static int set_new_attribute(MoltValue cls, const char *name, MoltValue value) {
    MoltClass *class_object = molt_as_ptr(cls);
    if (molt_dict_lookup(class_object->dict, molt_class_name_str(name)) != MOLT_STOP) {
        molt_decref(value);
        return 1;
    }
    int status = molt_setattr(cls, name, value);
    molt_decref(value);
    return status;
}

/* The tuple of the values of the fields `names` of an instance, or MOLT_ERROR. */
static MoltValue field_values(MoltValue self, MoltValue names) {
    int64_t count = molt_tuple_length(names);
    MoltValue values = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        MoltValue value = molt_getattr(self, molt_str_utf8(molt_tuple_items(names)[i], NULL));
        if (value == MOLT_ERROR) {
            molt_decref(values);
            return MOLT_ERROR;
        }
        molt_tuple_items(values)[i] = value;
    }
    return values;
}

/* ---- __init__ ---- */

/* The default of an init parameter whose field has a default_factory: its
 * repr is CPython's "<factory>". */
static MoltValue factory_marker_repr(MoltValue self) {
    (void)self;
    return molt_str_from_utf8("<factory>", 9);
}
static void static_dealloc(MoltObject *object) { (void)object; }
static MoltType factory_marker_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_HAS_DEFAULT_FACTORY_CLASS",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = factory_marker_repr,
    .hash = molt_object_hash_identity,
    .module_name = "dataclasses",
};
static MoltObject factory_marker = {MOLT_IMMORTAL_REFCOUNT, &factory_marker_type};
#define HAS_DEFAULT_FACTORY molt_from_ptr(&factory_marker)

/* Plan: (fields, parameter index of each field or -1, frozen, has __post_init__). */
enum { INIT_FIELDS, INIT_PARAMETERS, INIT_FROZEN, INIT_POST_INIT, INIT_PLAN_LENGTH };

static MoltValue init_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const MoltCode *code = ((MoltFunction *)molt_as_ptr(function))->code;
    size_t parameter_count = (size_t)code->parameter_count;
    MoltValue bound[parameter_count];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue self = bound[0];
    MoltValue fields = plan_item(function, INIT_FIELDS), parameters = plan_item(function, INIT_PARAMETERS);
    bool frozen = plan_item(function, INIT_FROZEN) == MOLT_TRUE;
    int64_t count = molt_tuple_length(fields);
    MoltValue init_vars = molt_list_new(0);
    int status = 0;
    for (int64_t i = 0; i < count && status == 0; i++) {
        DataclassField *field = molt_dataclass_field(molt_tuple_items(fields)[i]);
        int64_t parameter = molt_small_int_value(molt_tuple_items(parameters)[i]);
        MoltValue value;
        if (parameter >= 0 && bound[parameter] != HAS_DEFAULT_FACTORY) {
            value = molt_new_reference(bound[parameter]);
        } else if (field->default_factory != DATACLASS_MISSING) {
            value = molt_call(field->default_factory, NULL, 0, MOLT_NONE);
            if (value == MOLT_ERROR) status = -1;
        } else {
            continue;   /* init=False without a factory: the class attribute is the default */
        }
        if (status < 0) break;
        if (field->kind == DATACLASS_FIELD_INITVAR) status = molt_list_append(init_vars, value);
        else if (frozen) status = molt_instance_generic_setattr(self, molt_str_utf8(field->name, NULL), value);
        else status = molt_setattr(self, molt_str_utf8(field->name, NULL), value);
        molt_decref(value);
    }
    MoltValue result = status < 0 ? MOLT_ERROR : MOLT_NONE;
    if (status == 0 && plan_item(function, INIT_POST_INIT) == MOLT_TRUE) {
        result = molt_call_method(self, "__post_init__", molt_list_items(init_vars),
                                  (size_t)molt_list_length(init_vars), MOLT_NONE);
        if (result != MOLT_ERROR) molt_decref(result), result = MOLT_NONE;
    }
    molt_decref(init_vars);
    for (size_t i = 0; i < parameter_count; i++) molt_decref(bound[i]);
    return result;
}

/* ---- __repr__, __eq__ and the orderings, __hash__ ---- */

/* Plan: (names of the fields shown). */
static MoltValue repr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self;
    if (molt_function_bind(function, args, nargs, kwnames, &self) < 0) return MOLT_ERROR;
    if (molt_repr_enter(self)) {
        molt_decref(self);
        return molt_str_from_utf8("...", 3);
    }
    MoltValue names = plan_item(function, 0);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, molt_type_qualname(molt_type_of(self)));
    molt_buffer_append_cstr(&text, "(");
    int status = 0;
    for (int64_t i = 0; i < molt_tuple_length(names) && status == 0; i++) {
        const char *name = molt_str_utf8(molt_tuple_items(names)[i], NULL);
        if (i) molt_buffer_append_cstr(&text, ", ");
        molt_buffer_append_cstr(&text, name);
        molt_buffer_append_cstr(&text, "=");
        MoltValue value = molt_getattr(self, name);
        status = value == MOLT_ERROR ? -1 : molt_buffer_append_repr(&text, value);
        if (value != MOLT_ERROR) molt_decref(value);
    }
    molt_buffer_append_cstr(&text, ")");
    MoltValue result = MOLT_ERROR;
    if (status == 0) result = molt_buffer_finish(&text);
    else molt_buffer_free(&text);
    molt_repr_leave(self);
    molt_decref(self);
    return result;
}

/* Plan: (names of the compared fields, the operator as an int). Instances of
 * another class give NotImplemented, as in CPython ("'<' not supported
 * between instances of 'A' and 'B'" follows when both sides decline). */
static MoltValue compare_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = MOLT_NOT_IMPLEMENTED;
    if (molt_type_of(bound[0]) == molt_type_of(bound[1])) {
        MoltValue names = plan_item(function, 0);
        MoltCompareOp op = (MoltCompareOp)molt_small_int_value(plan_item(function, 1));
        MoltValue mine = field_values(bound[0], names);
        MoltValue theirs = mine == MOLT_ERROR ? MOLT_ERROR : field_values(bound[1], names);
        result = theirs == MOLT_ERROR ? MOLT_ERROR : molt_compare(op, mine, theirs);
        if (mine != MOLT_ERROR) molt_decref(mine);
        if (theirs != MOLT_ERROR) molt_decref(theirs);
    }
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

/* Plan: (names of the hashed fields): hash of their tuple. */
static MoltValue hash_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self;
    if (molt_function_bind(function, args, nargs, kwnames, &self) < 0) return MOLT_ERROR;
    MoltValue values = field_values(self, plan_item(function, 0));
    molt_decref(self);
    if (values == MOLT_ERROR) return MOLT_ERROR;
    int64_t hash = molt_hash(values);
    molt_decref(values);
    return hash == -1 ? MOLT_ERROR : molt_int_from_i64(hash);
}

/* ---- a frozen class's __setattr__ and __delattr__ ---- */

/* Plan: (the class, names of its fields). FrozenInstanceError for a field,
 * or any name on an instance of the class itself; otherwise
 * super(cls, self).__setattr__(name, value). */
static MoltValue frozen_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames, bool delete) {
    MoltValue bound[3] = {MOLT_NONE, MOLT_NONE, MOLT_NONE};
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue self = bound[0], name = bound[1], value = delete ? MOLT_UNBOUND : bound[2];
    MoltValue cls = plan_item(function, 0);
    MoltValue result = MOLT_ERROR;
    int is_field = molt_contains(plan_item(function, 1), name);
    if (is_field < 0) goto done;
    if (molt_from_type(molt_type_of(self)) == cls || is_field) {
        MoltValue error_class = molt_dataclasses_frozen_instance_error();
        if (error_class == MOLT_ERROR) goto done;
        MoltValue shown = molt_repr(name);
        if (shown == MOLT_ERROR) goto done;
        MoltBuffer text;
        molt_buffer_init(&text);
        molt_buffer_append_cstr(&text, delete ? "cannot delete field " : "cannot assign to field ");
        molt_buffer_append_str(&text, shown);
        molt_decref(shown);
        MoltValue message = molt_buffer_finish(&text);
        MoltValue error = molt_call(error_class, &message, 1, MOLT_NONE);
        molt_decref(message);
        if (error != MOLT_ERROR) {
            molt_raise(error, MOLT_ERROR);
            molt_decref(error);
        }
        goto done;
    }
    if (molt_type_of(name) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "attribute name must be string, not '%s'", molt_type_of(name)->name);
        goto done;
    }
    /* super(cls, self): the next class after cls in type(self)'s MRO defining it. */
    const MoltClass *owner = molt_as_ptr(molt_from_type(molt_type_of(self)));
    MoltValue method_name = molt_class_name_str(delete ? "__delattr__" : "__setattr__");
    MoltValue override = MOLT_UNBOUND;
    bool after = false;
    for (size_t m = 0; m < owner->mro_length && override == MOLT_UNBOUND; m++) {
        const MoltType *entry = owner->mro[m];
        if (after && molt_type_is_heap(entry)) {
            MoltValue found = molt_dict_lookup(molt_class_of_type(entry)->dict, method_name);
            if (found != MOLT_STOP && found != MOLT_ERROR) override = found;
        }
        if (molt_from_type(entry) == cls) after = true;
    }
    if (override != MOLT_UNBOUND) {
        MoltValue call_args[2] = {name, value};
        result = molt_call_with_self(override, self, call_args, delete ? 1 : 2, MOLT_NONE);
    } else if (molt_instance_generic_setattr(self, molt_str_utf8(name, NULL), value) == 0) {
        result = MOLT_NONE;
    }
done:
    for (int i = 0; i < 3; i++) molt_decref(bound[i]);
    return result;
}

static MoltValue frozen_setattr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return frozen_entry(function, args, nargs, kwnames, false);
}
static MoltValue frozen_delattr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return frozen_entry(function, args, nargs, kwnames, true);
}

/* ---- _process_class ------------------------------------------------------------------------ */

/* The names of the fields in `fields` (a list of Field) for which `member`
 * is true (NULL: all), or for hashing (CPython: f.compare if f.hash is None
 * else f.hash). A tuple, or MOLT_ERROR. */
static MoltValue names_where(MoltValue fields, size_t member_offset, bool for_hash) {
    MoltValue names = molt_list_new(0);
    for (int64_t i = 0; i < molt_list_length(fields); i++) {
        DataclassField *field = molt_dataclass_field(molt_list_items(fields)[i]);
        MoltValue flag = MOLT_TRUE;
        if (for_hash) flag = field->hash == MOLT_NONE ? field->compare : field->hash;
        else if (member_offset) flag = *(MoltValue *)((char *)field + member_offset);
        int truth = molt_truthy(flag);
        if (truth < 0) {
            molt_decref(names);
            return MOLT_ERROR;
        }
        if (truth) molt_list_append(names, field->name);
    }
    MoltValue tuple = molt_tuple_from_borrowed(molt_list_items(names), (size_t)molt_list_length(names));
    molt_decref(names);
    return tuple;
}

/* _get_field: the Field of annotation `name: type` in the class (new
 * reference), or MOLT_ERROR. */
static MoltValue get_field(MoltClass *class_object, MoltValue name, MoltValue type, MoltValue default_kw_only) {
    MoltValue default_value = molt_class_lookup(&class_object->type, name);
    MoltValue field_value;
    if (default_value != MOLT_UNBOUND && molt_is_dataclass_field(default_value))
        field_value = molt_new_reference(default_value);
    else
        field_value = molt_dataclass_field_with_default(default_value == MOLT_UNBOUND ? DATACLASS_MISSING : default_value);
    DataclassField *field = molt_dataclass_field(field_value);
    MoltValue old_name = field->name, old_type = field->type;
    field->name = molt_new_reference(name);
    field->type = molt_new_reference(type);
    molt_decref(old_name);
    molt_decref(old_type);
    field->kind = DATACLASS_FIELD;
    if (type == molt_from_type(&molt_type_dataclass_initvar) || molt_type_of(type) == &molt_type_dataclass_initvar)
        field->kind = DATACLASS_FIELD_INITVAR;
    if (molt_typing_is_classvar(type)) field->kind = DATACLASS_FIELD_CLASSVAR;
    if (field->kind != DATACLASS_FIELD && field->default_factory != DATACLASS_MISSING) {
        molt_raise_format(&molt_type_TypeError, "field %s cannot have a default factory", molt_str_utf8(name, NULL));
        molt_decref(field_value);
        return MOLT_ERROR;
    }
    if (field->kw_only == DATACLASS_MISSING) {
        field->kw_only = molt_new_reference(default_kw_only);
        molt_decref(DATACLASS_MISSING);
    }
    if (field->kind == DATACLASS_FIELD && !molt_type_of(field->default_value)->hash) {
        MoltValue type_repr = molt_repr(molt_from_type(molt_type_of(field->default_value)));
        molt_raise_format(&molt_type_ValueError, "mutable default %s for field %s is not allowed: use default_factory",
                          molt_str_utf8(type_repr, NULL), molt_str_utf8(name, NULL));
        molt_decref(type_repr);
        molt_decref(field_value);
        return MOLT_ERROR;
    }
    return field_value;
}

static bool in_own_dict(const MoltClass *class_object, const char *name) {
    return molt_dict_lookup(class_object->dict, molt_class_name_str(name)) != MOLT_STOP;
}

/* __init__ over the fields (a list of Field and InitVar pseudo-fields). */
static int add_init(MoltValue cls, MoltValue fields, bool frozen) {
    MoltClass *class_object = molt_as_ptr(cls);
    int64_t count = molt_list_length(fields);
    MoltValue parameter_names = molt_list_new(count + 1);
    MoltValue parameters = molt_tuple_new(count);
    MoltValue *defaults = malloc((size_t)(count + 1) * sizeof *defaults);
    if (!defaults) abort();
    bool self_is_field = false;
    for (int64_t i = 0; i < count; i++)
        if (strcmp(molt_str_utf8(molt_dataclass_field(molt_list_items(fields)[i])->name, NULL), "self") == 0) self_is_field = true;
    molt_list_append(parameter_names, str_value(self_is_field ? "__dataclass_self__" : "self"));
    defaults[0] = MOLT_UNBOUND;
    for (int64_t i = 0; i < count; i++) molt_tuple_items(parameters)[i] = molt_int_from_i64(-1);
    int status = 0;
    size_t keyword_only = 0;
    bool seen_default = false;
    /* Positional parameters first (with CPython's check of their defaults), then keyword-only ones. */
    for (int pass = 0; pass < 2 && status == 0; pass++) {
        for (int64_t i = 0; i < count && status == 0; i++) {
            DataclassField *field = molt_dataclass_field(molt_list_items(fields)[i]);
            int init = molt_truthy(field->init), kw_only = init > 0 ? molt_truthy(field->kw_only) : 0;
            if (init < 0 || kw_only < 0) {
                status = -1;
                break;
            }
            if (!init || kw_only != pass) continue;
            bool has_default = field->default_value != DATACLASS_MISSING || field->default_factory != DATACLASS_MISSING;
            if (pass == 0) {
                if (has_default) {
                    seen_default = true;
                } else if (seen_default) {
                    molt_raise_format(&molt_type_TypeError, "non-default argument '%s' follows default argument",
                                      molt_str_utf8(field->name, NULL));
                    status = -1;
                    break;
                }
            } else {
                keyword_only++;
            }
            int64_t index = molt_list_length(parameter_names);
            molt_tuple_items(parameters)[i] = molt_int_from_i64(index);
            defaults[index] = field->default_factory != DATACLASS_MISSING ? HAS_DEFAULT_FACTORY
                              : field->default_value != DATACLASS_MISSING  ? field->default_value
                                                                           : MOLT_UNBOUND;
            molt_list_append(parameter_names, field->name);
        }
    }
    if (status == 0) {
        MoltValue field_tuple = molt_tuple_from_borrowed(molt_list_items(fields), (size_t)count);
        MoltValue plan_items[INIT_PLAN_LENGTH] = {
            field_tuple, parameters, molt_from_bool(frozen),
            molt_from_bool(molt_class_lookup_cstr(&class_object->type, "__post_init__") != MOLT_UNBOUND)};
        MoltValue plan = molt_tuple_from_borrowed(plan_items, INIT_PLAN_LENGTH);
        MoltCode *code = molt_native_code_new(molt_type_qualname(&class_object->type), "__init__",
                                     molt_list_items(parameter_names), (size_t)molt_list_length(parameter_names),
                                     keyword_only, init_entry);
        status = set_new_attribute(cls, "__init__", molt_native_method_new(code, defaults, plan)) < 0 ? -1 : 0;
        molt_decref(plan);
        molt_decref(field_tuple);
    }
    free(defaults);
    molt_decref(parameters);
    molt_decref(parameter_names);
    return status;
}

/* A method with plan (names[, extra]): 1 when the class body defines it. */
static int add_method(MoltValue cls, const char *name, const char *const *parameters, size_t count,
                      MoltFunctionEntry entry, MoltValue first, MoltValue second) {
    MoltValue items[2] = {first, second};
    MoltValue plan = molt_tuple_from_borrowed(items, second == MOLT_UNBOUND ? 1 : 2);
    MoltValue function = simple_method(molt_type_qualname(molt_as_type(cls)), name, parameters, count, entry, plan);
    molt_decref(plan);
    return set_new_attribute(cls, name, function);
}

static const char *const self_only[] = {"self"};
static const char *const self_other[] = {"self", "other"};

static int cannot_overwrite(MoltValue cls, const char *name, const char *advice) {
    molt_raise_format(&molt_type_TypeError, "Cannot overwrite attribute %s in class %s%s", name,
                      molt_as_type(cls)->name, advice);
    return -1;
}

/* The methods, in CPython's order, once the fields are known. */
static int add_methods(MoltValue cls, MoltValue fields, const bool *flags, bool has_explicit_hash) {
    MoltClass *class_object = molt_as_ptr(cls);
    MoltValue real = molt_list_new(0), init_fields = molt_list_new(0);
    int64_t position = 0;
    MoltValue name, value;
    while (molt_dict_next(fields, &position, &name, &value)) {
        DataclassFieldKind kind = molt_dataclass_field(value)->kind;
        if (kind != DATACLASS_FIELD_CLASSVAR) molt_list_append(init_fields, value);
        if (kind == DATACLASS_FIELD) molt_list_append(real, value);
    }
    int status = 0;
    if (flags[DATACLASS_INIT]) status = add_init(cls, init_fields, flags[DATACLASS_FROZEN]);
    MoltValue shown = MOLT_UNBOUND, compared = MOLT_UNBOUND, all_names = MOLT_UNBOUND;
    if (status == 0 && flags[DATACLASS_REPR]) {
        shown = names_where(real, offsetof(DataclassField, repr), false);
        status = shown == MOLT_ERROR ? -1 : add_method(cls, "__repr__", self_only, 1, repr_entry, shown, MOLT_UNBOUND);
    }
    if (status >= 0 && (flags[DATACLASS_EQ] || flags[DATACLASS_ORDER])) {
        compared = names_where(real, offsetof(DataclassField, compare), false);
        if (compared == MOLT_ERROR) status = -1;
    }
    if (status >= 0 && flags[DATACLASS_EQ])
        status = add_method(cls, "__eq__", self_other, 2, compare_entry, compared, molt_int_from_i64(MOLT_CMP_EQ));
    if (status >= 0 && flags[DATACLASS_ORDER]) {
        static const char *const names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
        static const MoltCompareOp ops[] = {MOLT_CMP_LT, MOLT_CMP_LE, MOLT_CMP_GT, MOLT_CMP_GE};
        for (int i = 0; i < 4 && status >= 0; i++) {
            status = add_method(cls, names[i], self_other, 2, compare_entry, compared, molt_int_from_i64(ops[i]));
            if (status == 1) status = cannot_overwrite(cls, names[i], ". Consider using functools.total_ordering");
        }
    }
    if (status >= 0) {
        all_names = names_where(real, 0, false);
        if (all_names == MOLT_ERROR) status = -1;
    }
    if (status >= 0 && flags[DATACLASS_FROZEN]) {
        static const char *const set_parameters[] = {"self", "name", "value"};
        status = add_method(cls, "__setattr__", set_parameters, 3, frozen_setattr_entry, cls, all_names);
        if (status == 1) status = cannot_overwrite(cls, "__setattr__", "");
        if (status >= 0) status = add_method(cls, "__delattr__", set_parameters, 2, frozen_delattr_entry, cls, all_names);
        if (status == 1) status = cannot_overwrite(cls, "__delattr__", "");
    }
    /* CPython's _hash_action table over (unsafe_hash, eq, frozen, has_explicit_hash). */
    if (status >= 0) {
        bool unsafe_hash = flags[DATACLASS_UNSAFE_HASH], eq = flags[DATACLASS_EQ], frozen = flags[DATACLASS_FROZEN];
        if (unsafe_hash && has_explicit_hash) {
            status = cannot_overwrite(cls, "__hash__", "");
        } else if (unsafe_hash || (eq && frozen && !has_explicit_hash)) {
            MoltValue hashed = names_where(real, 0, true);
            if (hashed == MOLT_ERROR) {
                status = -1;
            } else {
                MoltValue plan = molt_tuple_from_borrowed(&hashed, 1);
                MoltValue function = simple_method(molt_type_qualname(&class_object->type), "__hash__", self_only, 1,
                                                   hash_entry, plan);
                status = molt_setattr(cls, "__hash__", function);
                molt_decref(function);
                molt_decref(plan);
                molt_decref(hashed);
            }
        } else if (eq && !frozen && !has_explicit_hash) {
            status = molt_setattr(cls, "__hash__", MOLT_NONE);
        }
    }
    if (status >= 0 && flags[DATACLASS_MATCH_ARGS]) {
        MoltValue names = molt_list_new(0);
        for (int64_t i = 0; i < molt_list_length(init_fields) && status >= 0; i++) {
            DataclassField *field = molt_dataclass_field(molt_list_items(init_fields)[i]);
            int init = molt_truthy(field->init), kw_only = init > 0 ? molt_truthy(field->kw_only) : 0;
            if (init < 0 || kw_only < 0) status = -1;
            else if (init && !kw_only) molt_list_append(names, field->name);
        }
        if (status >= 0)
            status = set_new_attribute(cls, "__match_args__",
                                       molt_tuple_from_borrowed(molt_list_items(names), (size_t)molt_list_length(names)));
        molt_decref(names);
    }
    MoltValue owned[] = {shown, compared, all_names};
    for (int i = 0; i < 3; i++)
        if (owned[i] != MOLT_UNBOUND && owned[i] != MOLT_ERROR) molt_decref(owned[i]);
    molt_decref(real);
    molt_decref(init_fields);
    return status < 0 ? -1 : 0;
}

/* _process_class: 0, or -1 with CPython's exception. */
static int process_class(MoltValue cls, const MoltValue *options) {
    MoltClass *class_object = molt_as_ptr(cls);
    bool flags[DATACLASS_OPTION_COUNT];
    for (int i = 0; i < DATACLASS_OPTION_COUNT; i++) {
        int truth = molt_truthy(options[i]);
        if (truth < 0) return -1;
        flags[i] = truth;
    }
    if (flags[DATACLASS_SLOTS]) {
        molt_raise_format(&molt_type_NotImplementedError, "dataclass(slots=True) is not supported by Molt yet");
        return -1;
    }
    MoltValue params = molt_dataclass_params_new(options);
    int status = molt_setattr(cls, "__dataclass_params__", params);
    molt_decref(params);
    if (status < 0) return -1;

    MoltValue fields = molt_dict_new();
    bool any_frozen_base = false, has_dataclass_bases = false;
    for (size_t m = class_object->mro_length; m-- > 1;) {
        const MoltType *base = class_object->mro[m];
        if (!molt_type_is_heap(base)) continue;
        MoltValue base_fields = molt_class_lookup_cstr(base, "__dataclass_fields__");
        if (base_fields == MOLT_UNBOUND || !molt_is_dict(base_fields)) continue;
        has_dataclass_bases = true;
        int64_t position = 0;
        MoltValue name, field;
        while (molt_dict_next(base_fields, &position, &name, &field))
            if (molt_is_dataclass_field(field)) molt_dict_setitem(fields, molt_dataclass_field(field)->name, field);
        MoltValue base_params = molt_class_lookup_cstr(base, "__dataclass_params__");
        int frozen = base_params == MOLT_UNBOUND ? 0 : molt_dataclass_params_frozen(base_params);
        if (frozen < 0) goto fail;
        if (frozen) any_frozen_base = true;
    }

    MoltValue annotations = molt_dict_lookup(class_object->dict, molt_class_name_str("__annotations__"));
    if (annotations == MOLT_STOP || !molt_is_dict(annotations)) annotations = MOLT_UNBOUND;
    MoltValue own_fields = molt_list_new(0);
    if (annotations != MOLT_UNBOUND) {
        MoltValue kw_only = options[DATACLASS_KW_ONLY_OPTION];
        bool kw_only_seen = false;
        int64_t position = 0;
        MoltValue name, type;
        while (molt_dict_next(annotations, &position, &name, &type)) {
            if (type == DATACLASS_KW_ONLY) {
                if (kw_only_seen) {
                    MoltValue shown = molt_repr(name);
                    molt_raise_format(&molt_type_TypeError, "%s is KW_ONLY, but KW_ONLY has already been specified",
                                      molt_str_utf8(shown, NULL));
                    molt_decref(shown);
                    goto fail_own;
                }
                kw_only_seen = true;
                kw_only = MOLT_TRUE;
                continue;
            }
            MoltValue field = get_field(class_object, name, type, kw_only);
            if (field == MOLT_ERROR) goto fail_own;
            molt_list_append(own_fields, field);
            molt_decref(field);
        }
    }
    for (int64_t i = 0; i < molt_list_length(own_fields); i++) {
        DataclassField *field = molt_dataclass_field(molt_list_items(own_fields)[i]);
        molt_dict_setitem(fields, field->name, molt_list_items(own_fields)[i]);
        MoltValue attribute = molt_class_lookup(&class_object->type, field->name);
        if (attribute == MOLT_UNBOUND || !molt_is_dataclass_field(attribute)) continue;
        status = field->default_value == DATACLASS_MISSING ? molt_delattr(cls, molt_str_utf8(field->name, NULL))
                                                           : molt_setattr(cls, molt_str_utf8(field->name, NULL), field->default_value);
        if (status < 0) goto fail_own;
    }
    {
        int64_t position = 0;
        MoltValue name, value;
        while (molt_dict_next(class_object->dict, &position, &name, &value)) {
            if (!molt_is_dataclass_field(value)) continue;
            if (annotations != MOLT_UNBOUND && molt_dict_lookup(annotations, name) != MOLT_STOP) continue;
            MoltValue shown = molt_repr(name);
            molt_raise_format(&molt_type_TypeError, "%s is a field but has no type annotation", molt_str_utf8(shown, NULL));
            molt_decref(shown);
            goto fail_own;
        }
    }
    if (has_dataclass_bases && any_frozen_base && !flags[DATACLASS_FROZEN]) {
        molt_raise_format(&molt_type_TypeError, "cannot inherit non-frozen dataclass from a frozen one");
        goto fail_own;
    }
    if (has_dataclass_bases && !any_frozen_base && flags[DATACLASS_FROZEN]) {
        molt_raise_format(&molt_type_TypeError, "cannot inherit frozen dataclass from a non-frozen one");
        goto fail_own;
    }
    if (molt_setattr(cls, "__dataclass_fields__", fields) < 0) goto fail_own;
    MoltValue class_hash = molt_dict_lookup(class_object->dict, molt_class_name_str("__hash__"));
    bool has_explicit_hash = !(class_hash == MOLT_STOP || (class_hash == MOLT_NONE && in_own_dict(class_object, "__eq__")));
    if (flags[DATACLASS_ORDER] && !flags[DATACLASS_EQ]) {
        molt_raise_format(&molt_type_ValueError, "eq must be true if order is true");
        goto fail_own;
    }
    if (add_methods(cls, fields, flags, has_explicit_hash) < 0) goto fail_own;
    if (flags[DATACLASS_WEAKREF_SLOT]) {
        molt_raise_format(&molt_type_TypeError, "weakref_slot is True but slots is False");
        goto fail_own;
    }
    molt_decref(own_fields);
    molt_decref(fields);
    return 0;
fail_own:
    molt_decref(own_fields);
fail:
    molt_decref(fields);
    return -1;
}

/* ---- dataclass() ------------------------------------------------------------------------------ */

static MoltValue apply(MoltValue cls, const MoltValue *options) {
    if (!molt_is_type(cls) || !molt_type_is_heap(molt_as_type(cls)))
        return molt_raise_format(&molt_type_TypeError, "dataclass() should be called on a class");
    if (process_class(cls, options) < 0) return MOLT_ERROR;
    return molt_new_reference(cls);
}

/* The decorator @dataclass(...) returns: a function `wrap(cls)` holding the options. */
static MoltValue wrap_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue cls;
    if (molt_function_bind(function, args, nargs, kwnames, &cls) < 0) return MOLT_ERROR;
    MoltValue result = apply(cls, molt_tuple_items(molt_native_method_plan(function)));
    molt_decref(cls);
    return result;
}

static const char *const wrap_parameters[] = {"cls"};
static const MoltCode wrap_code = {"wrap", "dataclass.<locals>.wrap", wrap_parameters, 1, 0, 0, false, false, wrap_entry, NULL, 0, "dataclasses"};

/* dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
 * unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
 * slots=False, weakref_slot=False). */
static MoltValue dataclasses_dataclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue options[DATACLASS_OPTION_COUNT] = {MOLT_TRUE,  MOLT_TRUE,  MOLT_TRUE, MOLT_FALSE, MOLT_FALSE,
                                                 MOLT_FALSE, MOLT_TRUE,  MOLT_FALSE, MOLT_FALSE, MOLT_FALSE};
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError, "dataclass() takes from 0 to 1 positional arguments but %zu were given",
                                 nargs);
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        int i = 0;
        while (i < DATACLASS_OPTION_COUNT && strcmp(molt_dataclass_option_names[i], keyword) != 0) i++;
        if (i == DATACLASS_OPTION_COUNT)
            return molt_raise_format(&molt_type_TypeError, "dataclass() got an unexpected keyword argument '%s'", keyword);
        options[i] = args[nargs + k];
    }
    if (nargs == 1 && args[0] != MOLT_NONE) return apply(args[0], options);
    MoltValue plan = molt_tuple_from_borrowed(options, DATACLASS_OPTION_COUNT);
    MoltValue wrap = molt_native_method_new((MoltCode *)&wrap_code, NULL, plan);
    molt_decref(plan);
    return wrap;
}

static MoltValue dataclasses_is_dataclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1 || kwnames != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "is_dataclass() takes 1 positional argument but %zu were given", nargs);
    MoltValue cls = molt_is_type(args[0]) ? args[0] : molt_from_type(molt_type_of(args[0]));
    return molt_from_bool(molt_class_lookup_cstr(molt_as_type(cls), "__dataclass_fields__") != MOLT_UNBOUND);
}

static const MoltModuleAttribute dataclasses_attributes[] = {
    {"MISSING", molt_dataclasses_make_missing},
    {"KW_ONLY", molt_dataclasses_make_kw_only},
    {"Field", molt_dataclasses_make_field_type},
    {"InitVar", molt_dataclasses_make_initvar},
    {"FrozenInstanceError", molt_dataclasses_make_frozen_instance_error},
};

static struct MoltBuiltinFunctionObject dataclasses_functions[] = {
    MOLT_MODULE_FUNCTION("dataclass", dataclasses_dataclass),
    MOLT_MODULE_FUNCTION("is_dataclass", dataclasses_is_dataclass),
    MOLT_MODULE_FUNCTION("field", molt_dataclasses_field),
    MOLT_MODULE_FUNCTION("fields", molt_dataclasses_fields),
    MOLT_MODULE_FUNCTION("asdict", molt_dataclasses_asdict),
    MOLT_MODULE_FUNCTION("astuple", molt_dataclasses_astuple),
    MOLT_MODULE_FUNCTION("replace", molt_dataclasses_replace),
};

struct MoltModule molt_module_dataclasses = MOLT_MODULE("dataclasses", dataclasses_functions, dataclasses_attributes);
