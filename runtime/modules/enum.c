/* The enum module: EnumType (the metatype of enum classes, objects/metatype.h),
 * the Enum and IntEnum classes, auto and unique. When a class of EnumType is
 * made, the values its body binds become its members: instances of the class
 * with _name_ and _value_, stored back into the class dict, as CPython's
 * EnumType.__new__ does; the class keeps _member_names_, _member_map_ and
 * _value2member_map_ there too. Calling the class looks a value up. Enum's
 * own methods are functions whose code is C (so that they bind as methods
 * and a class body can override them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "molt/builtins.h"
#include "../objects/dict.h"
#include "../objects/iter.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/union_type.h"

static MoltClass *enum_class, *int_enum_class;   /* made on first use; raw pointers so LeakSanitizer sees them */

static const char *class_name(const MoltType *type) { return type->name; }

static MoltValue own_attribute(const MoltClass *class_object, const char *name) {
    MoltValue value = molt_dict_lookup(class_object->dict, molt_class_name_str(name));
    return value == MOLT_STOP || value == MOLT_ERROR ? MOLT_UNBOUND : value;
}

/* _member_names_ of an enum class (a list, borrowed), or MOLT_UNBOUND. */
static MoltValue member_names(const MoltClass *class_object) { return own_attribute(class_object, "_member_names_"); }
static MoltValue member_map(const MoltClass *class_object) { return own_attribute(class_object, "_member_map_"); }

static bool has_members(const MoltClass *class_object) {
    MoltValue names = member_names(class_object);
    return names != MOLT_UNBOUND && ((MoltList *)molt_as_ptr(names))->length > 0;
}

/* A member's _name_ or _value_ (borrowed). */
static MoltValue member_field(MoltValue member, const char *field) {
    MoltValue *dict = molt_instance_dict_pointer(member);
    if (!dict || *dict == MOLT_NONE) return MOLT_NONE;
    MoltValue value = molt_dict_lookup(*dict, molt_class_name_str(field));
    return value == MOLT_STOP || value == MOLT_ERROR ? MOLT_NONE : value;
}

static bool is_int_enum_member(MoltValue v) {
    return int_enum_class && molt_is_instance(v) && molt_type_is_subtype(molt_type_of(v), &int_enum_class->type);
}

MoltValue molt_enum_int_value(MoltValue v) {
    return is_int_enum_member(v) ? member_field(v, "_value_") : MOLT_UNBOUND;
}

/* ---- Enum's and IntEnum's methods: functions whose code is C ------------------- */

typedef struct EnumMethod {
    MoltCode code;
    MoltValue (*implementation)(const MoltValue *arguments);
} EnumMethod;

static MoltValue enum_method_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const EnumMethod *method = (const EnumMethod *)((MoltFunction *)molt_as_ptr(function))->code;
    MoltValue arguments[2];
    if (molt_function_bind(function, args, nargs, kwnames, arguments) < 0) return MOLT_ERROR;
    MoltValue result = method->implementation(arguments);
    for (int i = 0; i < method->code.parameter_count; i++) molt_decref(arguments[i]);
    return result;
}

static const char *const self_only[] = {"self"};
static const char *const self_and_value[] = {"self", "value"};
static const char *const self_and_spec[] = {"self", "format_spec"};
static const char *const self_and_ndigits[] = {"self", "ndigits"};
#define ENUM_METHOD(variable, name, qualname, parameters, count, implementation) \
    static const EnumMethod variable = {{name, qualname, parameters, count, 0, 0, false, false, enum_method_entry, NULL, 0, "enum"}, \
                                        implementation}

static MoltValue enum_repr(const MoltValue *a) {
    MoltValue value_repr = molt_repr(member_field(a[0], "_value_"));
    if (value_repr == MOLT_ERROR) return MOLT_ERROR;
    size_t name_length, value_length;
    const char *name = molt_str_utf8(member_field(a[0], "_name_"), &name_length);
    const char *value = molt_str_utf8(value_repr, &value_length);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "<");
    molt_buffer_append_cstr(&text, class_name(molt_type_of(a[0])));
    molt_buffer_append_cstr(&text, ".");
    molt_buffer_append(&text, name, name_length);
    molt_buffer_append_cstr(&text, ": ");
    molt_buffer_append(&text, value, value_length);
    molt_buffer_append_cstr(&text, ">");
    molt_decref(value_repr);
    return molt_buffer_finish(&text);
}

static MoltValue enum_str(const MoltValue *a) {
    size_t length;
    const char *name = molt_str_utf8(member_field(a[0], "_name_"), &length);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, class_name(molt_type_of(a[0])));
    molt_buffer_append_cstr(&text, ".");
    molt_buffer_append(&text, name, length);
    return molt_buffer_finish(&text);
}

static MoltValue enum_format(const MoltValue *a) {
    MoltValue text = molt_str(a[0]);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_format(text, a[1]);
    molt_decref(text);
    return result;
}

static MoltValue hash_result(int64_t hash) { return hash == -1 ? MOLT_ERROR : molt_int_from_i64(hash); }
static MoltValue enum_hash(const MoltValue *a) { return hash_result(molt_hash(member_field(a[0], "_name_"))); }
static MoltValue enum_name(const MoltValue *a) { return molt_new_reference(member_field(a[0], "_name_")); }
static MoltValue enum_value(const MoltValue *a) { return molt_new_reference(member_field(a[0], "_value_")); }

static MoltValue cannot_set(const char *name) {
    return molt_raise_format(&molt_type_AttributeError, "<enum 'Enum'> cannot set attribute '%s'", name);
}
static MoltValue enum_set_name(const MoltValue *a) { (void)a; return cannot_set("name"); }
static MoltValue enum_set_value(const MoltValue *a) { (void)a; return cannot_set("value"); }

/* IntEnum members are their int value to arithmetic, str and format. */
static MoltValue int_enum_str(const MoltValue *a) { return molt_str(member_field(a[0], "_value_")); }
static MoltValue int_enum_format(const MoltValue *a) { return molt_format(member_field(a[0], "_value_"), a[1]); }
static MoltValue int_enum_hash(const MoltValue *a) { return hash_result(molt_hash(member_field(a[0], "_value_"))); }
static MoltValue int_enum_int(const MoltValue *a) { return molt_new_reference(member_field(a[0], "_value_")); }
static MoltValue int_enum_float(const MoltValue *a) {
    MoltValue value = member_field(a[0], "_value_");
    return molt_call(molt_from_type(&molt_type_float), &value, 1, MOLT_NONE);
}
static MoltValue int_enum_bool(const MoltValue *a) {
    int truth = molt_truthy(member_field(a[0], "_value_"));
    return truth < 0 ? MOLT_ERROR : molt_from_bool(truth);
}

static MoltValue int_enum_abs(const MoltValue *a) {
    MoltValue value = member_field(a[0], "_value_");
    return molt_builtin_abs(&value, 1, MOLT_NONE);
}
static MoltValue int_enum_round(const MoltValue *a) {
    MoltValue args[2] = {member_field(a[0], "_value_"), a[1]};
    return molt_builtin_round(args, a[1] == MOLT_NONE ? 1 : 2, MOLT_NONE);
}

ENUM_METHOD(enum_repr_method, "__repr__", "Enum.__repr__", self_only, 1, enum_repr);
ENUM_METHOD(enum_str_method, "__str__", "Enum.__str__", self_only, 1, enum_str);
ENUM_METHOD(enum_format_method, "__format__", "Enum.__format__", self_and_spec, 2, enum_format);
ENUM_METHOD(enum_hash_method, "__hash__", "Enum.__hash__", self_only, 1, enum_hash);
ENUM_METHOD(enum_name_method, "name", "Enum.name", self_only, 1, enum_name);
ENUM_METHOD(enum_value_method, "value", "Enum.value", self_only, 1, enum_value);
ENUM_METHOD(enum_set_name_method, "name", "Enum.name", self_and_value, 2, enum_set_name);
ENUM_METHOD(enum_set_value_method, "value", "Enum.value", self_and_value, 2, enum_set_value);
ENUM_METHOD(int_enum_str_method, "__str__", "int.__repr__", self_only, 1, int_enum_str);
ENUM_METHOD(int_enum_format_method, "__format__", "int.__format__", self_and_spec, 2, int_enum_format);
ENUM_METHOD(int_enum_hash_method, "__hash__", "int.__hash__", self_only, 1, int_enum_hash);
ENUM_METHOD(int_enum_index_method, "__index__", "int.__index__", self_only, 1, int_enum_int);
ENUM_METHOD(int_enum_int_method, "__int__", "int.__int__", self_only, 1, int_enum_int);
ENUM_METHOD(int_enum_float_method, "__float__", "int.__float__", self_only, 1, int_enum_float);
ENUM_METHOD(int_enum_bool_method, "__bool__", "int.__bool__", self_only, 1, int_enum_bool);
ENUM_METHOD(int_enum_abs_method, "__abs__", "int.__abs__", self_only, 1, int_enum_abs);
ENUM_METHOD(int_enum_round_method, "__round__", "int.__round__", self_and_ndigits, 2, int_enum_round);

static int define_method(MoltValue namespace, const EnumMethod *method) {
    /* The one optional parameter (round's ndigits) defaults to None. */
    MoltValue defaults[2] = {MOLT_UNBOUND, method == &int_enum_round_method ? MOLT_NONE : MOLT_UNBOUND};
    MoltValue function = molt_function_new(&method->code, defaults, NULL, 0);
    int status = molt_dict_setitem(namespace, molt_class_name_str(method->code.name), function);
    molt_decref(function);
    return status;
}

static int define_property(MoltValue namespace, const EnumMethod *getter, const EnumMethod *setter) {
    MoltValue functions[2] = {molt_function_new(&getter->code, NULL, NULL, 0),
                              molt_function_new(&setter->code, NULL, NULL, 0)};
    MoltValue property = molt_call(molt_from_type(&molt_type_property), functions, 2, MOLT_NONE);
    molt_decref(functions[0]);
    molt_decref(functions[1]);
    if (property == MOLT_ERROR) return -1;
    int status = molt_dict_setitem(namespace, molt_class_name_str(getter->code.name), property);
    molt_decref(property);
    return status;
}

/* ---- IntEnum members in arithmetic and comparisons ------------------------------ */

static MoltValue as_int(MoltValue v) { return is_int_enum_member(v) ? member_field(v, "_value_") : v; }

static MoltValue int_enum_binary(MoltBinaryOp op, MoltValue a, MoltValue b) {
    return molt_binary_op(op, as_int(a), as_int(b));
}
static MoltValue int_enum_compare(MoltValue a, MoltValue b, MoltCompareOp op) {
    return molt_compare(op, as_int(a), as_int(b));
}
static MoltValue int_enum_negative(MoltValue self) { return molt_negative(as_int(self)); }
static MoltValue int_enum_positive(MoltValue self) { return molt_positive(as_int(self)); }
static MoltValue int_enum_invert(MoltValue self) { return molt_invert(as_int(self)); }

void molt_enum_adjust_slots(MoltClass *class_object) {
    if (!int_enum_class || !molt_type_is_subtype(&class_object->type, &int_enum_class->type)) return;
    MoltType *type = &class_object->type;
    type->binary_op = int_enum_binary;
    type->inplace_op = NULL;
    type->richcompare = int_enum_compare;
    type->unary_negative = int_enum_negative;
    type->unary_positive = int_enum_positive;
    type->unary_invert = int_enum_invert;
}

/* ---- auto() ----------------------------------------------------------------------- */

static void auto_dealloc(MoltObject *object) { free(object); }

static MoltValue auto_repr(MoltValue self) {
    (void)self;
    return molt_str_from_utf8("auto(_auto_null)", 16);
}

static MoltValue auto_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);

static MoltType molt_type_auto = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "auto",
    .module_name = "enum",
    .base = &molt_type_object,
    .dealloc = auto_dealloc,
    .repr = auto_repr,
    .hash = molt_object_hash_identity,
    .call = auto_call,
};

static MoltValue auto_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    (void)args;
    if (nargs || molt_args_keyword_count(kwnames))
        return molt_raise_format(&molt_type_NotImplementedError, "auto() with a value is not supported by Molt yet");
    MoltObject *object = malloc(sizeof *object);
    if (!object) abort();
    object->refcount = 1;
    object->type = &molt_type_auto;
    return molt_from_ptr(object);
}

/* Enum._generate_next_value_ of 3.12: the values so far sorted (when they
 * can be), and one more than the last of them that can be incremented;
 * else 1. (CPython also warns when that differs from the last value + 1,
 * as 3.13 will not count that way; Molt does not print the warning.) */
static MoltValue next_auto_value(MoltValue last_values) {
    MoltValue values = molt_list_new(0);
    molt_list_extend(values, last_values);
    if (molt_list_sort(values, MOLT_NONE, false) < 0) {
        molt_decref(molt_exc_fetch());
        molt_decref(values);
        values = molt_new_reference(last_values);
    }
    const MoltList *list = molt_as_ptr(values);
    MoltValue result = molt_int_from_i64(1);
    for (int64_t i = list->length; i-- > 0;) {
        MoltValue next = molt_binary_op(MOLT_OP_ADD, list->items[i], molt_int_from_i64(1));
        if (next != MOLT_ERROR) {
            result = next;
            break;
        }
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) {
            result = MOLT_ERROR;
            break;
        }
        molt_decref(molt_exc_fetch());
    }
    molt_decref(values);
    return result;
}

/* ---- making the members ---------------------------------------------------------- */

static bool is_dunder(const char *name, size_t length) {
    return length > 4 && name[0] == '_' && name[1] == '_' && name[length - 1] == '_' && name[length - 2] == '_';
}

static bool is_sunder(const char *name, size_t length) {
    return length > 2 && name[0] == '_' && name[1] != '_' && name[length - 1] == '_' && name[length - 2] != '_';
}

/* Which class-body bindings become members: not dunders, _sunder_ names or
 * private names, and not descriptors (methods, properties) or classes. */
static bool is_member_candidate(const MoltClass *class_object, MoltValue key, MoltValue value) {
    size_t length;
    const char *name = molt_str_utf8(key, &length);
    if (is_dunder(name, length) || is_sunder(name, length)) return false;
    const char *own = class_object->type.name;
    size_t own_length = strlen(own);
    if (name[0] == '_' && strncmp(name + 1, own, own_length) == 0 && strncmp(name + 1 + own_length, "__", 2) == 0)
        return false;
    const MoltType *type = molt_type_of(value);
    return type != &molt_type_function && type != &molt_type_property && type != &molt_type_classmethod &&
           type != &molt_type_staticmethod && !molt_is_type(value);
}

/* The member with this value already made (an alias target), or MOLT_UNBOUND. */
static MoltValue find_by_value(MoltValue members, MoltValue value, int *status) {
    const MoltList *list = molt_as_ptr(members);
    for (int64_t i = 0; i < list->length; i++) {
        int equal = molt_equal(member_field(list->items[i], "_value_"), value);
        if (equal < 0) *status = -1;
        if (equal != 0) return list->items[i];
    }
    return MOLT_UNBOUND;
}

static int set_field(MoltValue member, const char *field, MoltValue value) {
    MoltValue *dict = molt_instance_dict_pointer(member);
    if (*dict == MOLT_NONE) *dict = molt_dict_new();
    return molt_dict_setitem(*dict, molt_class_name_str(field), value);
}

/* A new member: _value_, _name_, __objclass__, _sort_order_ (as CPython's
 * member __dict__), then the class's own __init__ with the value (a tuple
 * value is spread over its parameters). */
static MoltValue make_member(MoltClass *class_object, MoltValue name, MoltValue value, size_t order) {
    MoltValue no_args = molt_tuple_new(0);
    MoltValue member = molt_instance_allocate(class_object, no_args);
    molt_decref(no_args);
    if (set_field(member, "_value_", value) < 0 || set_field(member, "_name_", name) < 0 ||
        set_field(member, "__objclass__", molt_from_type(&class_object->type)) < 0 ||
        set_field(member, "_sort_order_", molt_int_from_i64((int64_t)order)) < 0) {
        molt_decref(member);
        return MOLT_ERROR;
    }
    MoltValue init = molt_class_lookup_cstr(&class_object->type, "__init__");
    if (init != MOLT_UNBOUND) {
        bool spread = molt_is_tuple(value);
        const MoltValue *args = spread ? molt_tuple_items(value) : &value;
        size_t nargs = spread ? (size_t)molt_tuple_length(value) : 1;
        MoltValue result = molt_call_with_self(init, member, args, nargs, MOLT_NONE);
        if (result == MOLT_ERROR) {
            molt_decref(member);
            return MOLT_ERROR;
        }
        molt_decref(result);
    }
    return member;
}

static int check_extension(MoltClass *class_object) {
    for (size_t i = 1; i < class_object->mro_length; i++) {
        const MoltType *base = class_object->mro[i];
        if (!molt_type_is_heap(base) || !has_members(molt_class_of_type(base))) continue;
        molt_raise_format(&molt_type_TypeError, "<enum '%s'> cannot extend <enum '%s'>", class_object->type.name,
                          base->name);
        return -1;
    }
    return 0;
}

/* _sunder_ names are Enum's: the ones CPython knows configure the enum
 * (not supported by Molt yet), any other is reserved. */
static int check_sunder_names(MoltValue dict) {
    static const char *const known[] = {"_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                                        "_ignore_", "_iter_member_", "_iter_member_by_value_",
                                        "_iter_member_by_def_"};
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(dict, &position, &key, &value)) {
        size_t length;
        const char *name = molt_str_utf8(key, &length);
        if (!is_sunder(name, length)) continue;
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(name, known[i]) == 0) {
                molt_raise_format(&molt_type_NotImplementedError, "the enum setting %s is not supported by Molt yet",
                                  name);
                return -1;
            }
        molt_raise_format(&molt_type_ValueError, "_sunder_ names, such as '%s', are reserved for future Enum use",
                          name);
        return -1;
    }
    return 0;
}

/* An enum body's __new__ makes the members in CPython (and sets their
 * _value_); Molt makes them itself, so it refuses rather than differ. */
static int check_no_new(MoltClass *class_object) {
    if (own_attribute(class_object, "__new__") == MOLT_UNBOUND) return 0;
    molt_raise_format(&molt_type_NotImplementedError, "an enum's own __new__ (%s.__new__) is not supported by Molt yet",
                      class_object->type.name);
    return -1;
}

int molt_enum_class_created(MoltClass *class_object) {
    if (check_extension(class_object) < 0 || check_sunder_names(class_object->dict) < 0 ||
        check_no_new(class_object) < 0)
        return -1;
    MoltValue dict = class_object->dict;
    MoltValue names = molt_list_new(0), map = molt_dict_new(), value_map = molt_dict_new();
    MoltValue members = molt_list_new(0), last_values = molt_list_new(0), keys = molt_list_new(0);
    int status = 0;
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(dict, &position, &key, &value))
        if (is_member_candidate(class_object, key, value)) molt_list_append(keys, key);
    const MoltList *key_list = molt_as_ptr(keys);
    for (int64_t i = 0; i < key_list->length && status == 0; i++) {
        MoltValue name = key_list->items[i];
        MoltValue raw = molt_dict_lookup(dict, name);
        MoltValue member_value = molt_type_of(raw) == &molt_type_auto ? next_auto_value(last_values) : molt_new_reference(raw);
        if (member_value == MOLT_ERROR) {
            status = -1;
            break;
        }
        molt_list_append(last_values, member_value);
        MoltValue member = find_by_value(members, member_value, &status);
        if (member != MOLT_UNBOUND) {
            molt_incref(member);   /* an alias: the same member under another name */
        } else if (status == 0) {
            member = make_member(class_object, name, member_value, (size_t)((MoltList *)molt_as_ptr(names))->length);
            if (member == MOLT_ERROR) status = -1;
            else {
                molt_list_append(names, name);
                molt_list_append(members, member);
                /* Unhashable values are found by the linear search instead. */
                if (molt_dict_setitem(value_map, member_value, member) < 0) molt_decref(molt_exc_fetch());
            }
        }
        molt_decref(member_value);
        if (status == 0 && (molt_dict_setitem(map, name, member) < 0 || molt_dict_setitem(dict, name, member) < 0))
            status = -1;
        if (member != MOLT_UNBOUND && member != MOLT_ERROR) molt_decref(member);
    }
    if (status == 0 && (molt_dict_setitem(dict, molt_class_name_str("_member_names_"), names) < 0 ||
                        molt_dict_setitem(dict, molt_class_name_str("_member_map_"), map) < 0 ||
                        molt_dict_setitem(dict, molt_class_name_str("_value2member_map_"), value_map) < 0))
        status = -1;
    MoltValue temporaries[] = {names, map, value_map, members, last_values, keys};
    for (size_t i = 0; i < sizeof temporaries / sizeof temporaries[0]; i++) molt_decref(temporaries[i]);
    return status;
}

/* ---- the class object: Color(1), Color['RED'], len, iteration, in ---------------- */

static MoltValue members_list(const MoltClass *class_object) {
    MoltValue result = molt_list_new(0);
    MoltValue names = member_names(class_object), map = member_map(class_object);
    if (names == MOLT_UNBOUND) return result;
    const MoltList *list = molt_as_ptr(names);
    for (int64_t i = 0; i < list->length; i++) molt_list_append(result, molt_dict_lookup(map, list->items[i]));
    return result;
}

MoltValue molt_enum_call(MoltClass *class_object, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1 || molt_args_keyword_count(kwnames))
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "the functional API of enum (%s('Name', 'A B')) is not supported by Molt yet",
                                 class_object->type.name);
    MoltValue value = args[0];
    if (molt_type_of(value) == &class_object->type) return molt_new_reference(value);
    MoltValue value_map = own_attribute(class_object, "_value2member_map_");
    if (value_map != MOLT_UNBOUND) {
        MoltValue found = molt_dict_lookup(value_map, value);
        if (found == MOLT_ERROR) molt_decref(molt_exc_fetch());
        else if (found != MOLT_STOP) return molt_new_reference(found);
        MoltValue members = members_list(class_object);
        int status = 0;
        found = find_by_value(members, value, &status);
        if (found != MOLT_UNBOUND) molt_incref(found);
        molt_decref(members);
        if (status < 0) return MOLT_ERROR;
        if (found != MOLT_UNBOUND) return found;
    }
    MoltValue text = molt_repr(value);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    molt_raise_format(&molt_type_ValueError, "%s is not a valid %s", molt_str_utf8(text, &length),
                      molt_type_qualname(&class_object->type));
    molt_decref(text);
    return MOLT_ERROR;
}

int molt_enum_check_setattr(MoltClass *class_object, const char *name, MoltValue value) {
    MoltValue map = member_map(class_object);
    if (map == MOLT_UNBOUND || molt_dict_lookup(map, molt_class_name_str(name)) == MOLT_STOP) return 0;
    if (value == MOLT_UNBOUND)
        molt_raise_format(&molt_type_AttributeError, "'%s' cannot delete member '%s'.", class_object->type.name, name);
    else
        molt_raise_format(&molt_type_AttributeError, "cannot reassign member '%s'", name);
    return -1;
}

static MoltClass *as_class(MoltValue v) { return molt_as_ptr(v); }

static MoltValue enum_repr_of_class(MoltValue self) {
    char text[256];
    snprintf(text, sizeof text, "<enum '%s'>", molt_as_type(self)->name);
    return molt_str_from_utf8(text, strlen(text));
}

static int64_t enum_class_length(MoltValue self) {
    MoltValue names = member_names(as_class(self));
    return names == MOLT_UNBOUND ? 0 : ((MoltList *)molt_as_ptr(names))->length;
}

static int enum_class_truthy(MoltValue self) {
    (void)self;
    return 1;   /* EnumType.__bool__: a class is true even without members */
}

static MoltValue enum_class_iter(MoltValue self) {
    MoltValue members = members_list(as_class(self));
    MoltValue iterator = molt_iter(members);
    molt_decref(members);
    return iterator;
}

MoltValue molt_enum_reversed(MoltValue self) {
    MoltValue members = members_list(as_class(self));
    MoltValue iterator = molt_reversed_new(members);
    molt_decref(members);
    return iterator;
}

/* x in Color: a member by identity; any other value by the members' values (3.12). */
static int enum_class_contains(MoltValue self, MoltValue item) {
    MoltClass *class_object = as_class(self);
    MoltValue members = members_list(class_object);
    int found = 0;
    const MoltList *list = molt_as_ptr(members);
    bool is_member = molt_is_instance(item) && molt_type_is_subtype(molt_type_of(item), &class_object->type);
    for (int64_t i = 0; i < list->length && found == 0; i++)
        found = is_member ? list->items[i] == item : molt_equal(member_field(list->items[i], "_value_"), item);
    molt_decref(members);
    return found;
}

static MoltValue enum_class_getitem(MoltValue self, MoltValue key) {
    MoltValue map = member_map(as_class(self));
    if (map != MOLT_UNBOUND) return molt_getitem(map, key);   /* KeyError('BLUE') as CPython's */
    MoltValue empty = molt_dict_new();
    MoltValue result = molt_getitem(empty, key);
    molt_decref(empty);
    return result;
}

static MoltValue enum_class_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "__members__") == 0) {
        MoltValue map = member_map(as_class(self));
        if (map == MOLT_UNBOUND) return molt_dict_new();
        return molt_call_method(map, "copy", NULL, 0, MOLT_NONE);
    }
    return molt_type_getattr(self, name);
}

MoltType molt_type_EnumType = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "EnumType",
    .module_name = "enum",
    .base = &molt_type_type,
    .dealloc = molt_type_dealloc,
    .repr = enum_repr_of_class,
    .hash = molt_object_hash_identity,
    .binary_op = molt_union_type_or,
    .truthy = enum_class_truthy,
    .length = enum_class_length,
    .getitem = enum_class_getitem,
    .contains = enum_class_contains,
    .iter = enum_class_iter,
    .getattr = enum_class_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};

/* ---- the module ------------------------------------------------------------------ */

static MoltClass *make_base(const char *name, MoltValue bases, const EnumMethod *const *methods, size_t count,
                            bool with_properties) {
    MoltValue namespace = molt_dict_new();
    int status = 0;
    for (size_t i = 0; i < count && status == 0; i++) status = define_method(namespace, methods[i]);
    if (status == 0 && with_properties)
        status = define_property(namespace, &enum_name_method, &enum_set_name_method) < 0 ||
                 define_property(namespace, &enum_value_method, &enum_set_value_method) < 0 ? -1 : 0;
    MoltValue made = status < 0 ? MOLT_ERROR : molt_class_new_in_module(name, "enum", bases, namespace, &molt_type_EnumType);
    molt_decref(namespace);
    return made == MOLT_ERROR ? NULL : molt_as_ptr(made);
}

static int ensure_classes(void) {
    if (!enum_class) {
        static const EnumMethod *const methods[] = {&enum_repr_method, &enum_str_method, &enum_format_method,
                                                    &enum_hash_method};
        MoltValue bases = molt_tuple_new(0);
        enum_class = make_base("Enum", bases, methods, sizeof methods / sizeof methods[0], true);
        molt_decref(bases);
        if (!enum_class) return -1;
    }
    if (!int_enum_class) {
        static const EnumMethod *const methods[] = {&int_enum_str_method, &int_enum_format_method,
                                                    &int_enum_hash_method, &int_enum_index_method,
                                                    &int_enum_int_method, &int_enum_float_method,
                                                    &int_enum_bool_method, &int_enum_abs_method,
                                                    &int_enum_round_method};
        MoltValue base = molt_from_ptr(enum_class);
        MoltValue bases = molt_tuple_from_borrowed(&base, 1);
        int_enum_class = make_base("IntEnum", bases, methods, sizeof methods / sizeof methods[0], false);
        molt_decref(bases);
        if (!int_enum_class) return -1;
    }
    return 0;
}

static MoltValue class_value(MoltClass **slot) {
    if (ensure_classes() < 0) return MOLT_ERROR;
    return molt_new_reference(molt_from_ptr(*slot));
}

static MoltValue make_enum(void) { return class_value(&enum_class); }
static MoltValue make_int_enum(void) { return class_value(&int_enum_class); }
static MoltValue make_enum_type(void) { return molt_from_type(&molt_type_EnumType); }
static MoltValue make_auto(void) { return molt_from_type(&molt_type_auto); }

void molt_enum_release(void) {
    MoltClass *classes[2] = {int_enum_class, enum_class};
    int_enum_class = enum_class = NULL;
    for (int i = 0; i < 2; i++)
        if (classes[i]) molt_decref(molt_from_ptr(classes[i]));
}

/* @unique: ValueError naming every alias ("B -> A, E -> C"). */
static MoltValue enum_unique(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("unique", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue cls = args[0];
    MoltValue map = molt_is_type(cls) && molt_type_is_heap(molt_as_type(cls)) ? member_map(as_class(cls)) : MOLT_UNBOUND;
    if (map == MOLT_UNBOUND) return molt_new_reference(cls);
    MoltBuffer text;
    molt_buffer_init(&text);
    bool any = false;
    int64_t position = 0;
    MoltValue name, member;
    while (molt_dict_next(map, &position, &name, &member)) {
        MoltValue own_name = member_field(member, "_name_");
        if (molt_equal(own_name, name) == 1) continue;
        size_t length;
        if (any) molt_buffer_append_cstr(&text, ", ");
        molt_buffer_append_cstr(&text, molt_str_utf8(name, &length));
        molt_buffer_append_cstr(&text, " -> ");
        molt_buffer_append_cstr(&text, molt_str_utf8(own_name, &length));
        any = true;
    }
    MoltValue joined = molt_buffer_finish(&text);
    if (!any) {
        molt_decref(joined);
        return molt_new_reference(cls);
    }
    size_t length;
    molt_raise_format(&molt_type_ValueError, "duplicate values found in <enum '%s'>: %s", molt_as_type(cls)->name,
                      molt_str_utf8(joined, &length));
    molt_decref(joined);
    return MOLT_ERROR;
}

static const MoltModuleAttribute enum_attributes[] = {
    {"Enum", make_enum}, {"IntEnum", make_int_enum}, {"EnumType", make_enum_type},
    {"EnumMeta", make_enum_type}, {"auto", make_auto},
};

static struct MoltBuiltinFunctionObject enum_functions[] = {
    MOLT_MODULE_FUNCTION("unique", enum_unique),
};

struct MoltModule molt_module_enum = MOLT_MODULE("enum", enum_functions, enum_attributes);
