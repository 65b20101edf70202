/* collections.namedtuple, as CPython 3.12's collections/__init__.py makes
 * it: a class deriving from tuple (instances are tuples, items inline, see
 * molt_class_new_tuple_subclass) with __slots__ = (), _fields,
 * _field_defaults, __match_args__, one _tuplegetter per field, and the
 * methods __new__, _make, _replace, _asdict, __repr__, __getnewargs__ made
 * as C functions with run-time signatures (so a wrong call gives
 * "Point.__new__() missing 1 required positional argument: 'y'"). The field
 * names are checked with CPython's messages; rename=True replaces bad ones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/native_method.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "collections_internal.h"

/* ---- _tuplegetter: the field accessors -------------------------------------------------- */

typedef struct TupleGetter {
    MoltObject header;
    int64_t index;
    MoltValue doc;   /* "Alias for field number 0" */
} TupleGetter;

static void getter_dealloc(MoltObject *object) {
    molt_decref(((TupleGetter *)object)->doc);
    free(object);
}

static MoltValue getter_get(MoltValue self, MoltValue instance, const MoltType *owner) {
    (void)owner;
    const TupleGetter *getter = molt_as_ptr(self);
    if (instance == MOLT_NONE) return molt_new_reference(self);
    if (!molt_type_is_subtype(molt_type_of(instance), &molt_type_tuple))
        return molt_raise_format(&molt_type_TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply "
                                 "to '%s' object", (long long)getter->index, molt_type_of(instance)->name);
    if (getter->index >= molt_tuple_length(instance))
        return molt_raise_format(&molt_type_IndexError, "tuple index out of range");
    return molt_new_reference(molt_tuple_items(instance)[getter->index]);
}

static MoltValue getter_repr(MoltValue self) {
    const TupleGetter *getter = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    char text[64];
    snprintf(text, sizeof text, "_tuplegetter(%lld, ", (long long)getter->index);
    molt_buffer_append_cstr(&buffer, text);
    molt_buffer_append_repr(&buffer, getter->doc);
    molt_buffer_append_cstr(&buffer, ")");
    return molt_buffer_finish(&buffer);
}

static MoltValue getter_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "__doc__") == 0) return molt_new_reference(((TupleGetter *)molt_as_ptr(self))->doc);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_tuplegetter = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_tuplegetter",
    .module_name = "_collections",
    .base = &molt_type_object,
    .dealloc = getter_dealloc,
    .repr = getter_repr,
    .hash = molt_object_hash_identity,
    .getattr = getter_getattr,
    .descriptor_get = getter_get,
};

static MoltValue getter_new(int64_t index) {
    TupleGetter *getter = malloc(sizeof *getter);
    if (!getter) abort();
    getter->header.refcount = 1;
    getter->header.type = &molt_type_tuplegetter;
    getter->index = index;
    char text[64];
    snprintf(text, sizeof text, "Alias for field number %lld", (long long)index);
    getter->doc = molt_str_from_utf8(text, strlen(text));
    return molt_from_ptr(getter);
}

/* ---- instances ---------------------------------------------------------------------------- */

/* A new instance of the named tuple class `cls` holding count borrowed items. */
static MoltValue instance_new(MoltValue cls, const MoltValue *items, int64_t count) {
    if (!molt_is_type(cls) || !molt_type_is_heap(molt_as_type(cls)) ||
        molt_class_of_type(molt_as_type(cls))->layout_base != &molt_type_tuple)
        return molt_raise_format(&molt_type_TypeError, "tuple.__new__(X): X is not a named tuple class");
    MoltTuple *tuple = molt_gc_allocate(sizeof *tuple + (size_t)count * sizeof(MoltValue), molt_as_type(cls));
    molt_incref(cls);
    tuple->length = count;
    for (int64_t i = 0; i < count; i++) tuple->items[i] = molt_new_reference(items[i]);
    return molt_from_ptr(tuple);
}

/* The plan of every method: (field names,). */
static MoltValue fields_of(MoltValue function) { return molt_tuple_items(molt_native_method_plan(function))[0]; }

static MoltValue new_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t count = molt_tuple_length(fields_of(function));
    MoltValue bound[count + 1];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = instance_new(bound[0], bound + 1, count);
    for (int64_t i = 0; i <= count; i++) molt_decref(bound[i]);
    return result;
}

/* An instance of cls from an iterable (function(cls, iterable)); a wrong
 * count raises TypeError: _make's "Expected 2 arguments, got 3", or a
 * struct sequence's "time.struct_time() takes a 9-sequence (3-sequence given)". */
static MoltValue instance_from_iterable(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames,
                                        bool struct_sequence) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue items = molt_tuple_from_iterable(bound[1]);
    molt_decref(bound[1]);
    if (items == MOLT_ERROR) {
        molt_decref(bound[0]);
        if (!struct_sequence) return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
        return molt_raise_format(&molt_type_TypeError, "constructor requires a sequence");
    }
    int64_t expected = molt_tuple_length(fields_of(function)), got = molt_tuple_length(items);
    MoltValue result;
    if (expected == got)
        result = instance_new(bound[0], molt_tuple_items(items), got);
    else if (struct_sequence)
        result = molt_raise_format(&molt_type_TypeError, "%s() takes a %lld-sequence (%lld-sequence given)",
                                   molt_as_type(bound[0])->name, (long long)expected, (long long)got);
    else
        result = molt_raise_format(&molt_type_TypeError, "Expected %lld arguments, got %lld", (long long)expected,
                                   (long long)got);
    molt_decref(bound[0]);
    molt_decref(items);
    return result;
}

/* _make(cls, iterable) */
static MoltValue make_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return instance_from_iterable(function, args, nargs, kwnames, false);
}

/* _replace(self, /, **kwds) */
static MoltValue replace_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue self = bound[0], changes = bound[1];
    MoltValue fields = fields_of(function);
    int64_t count = molt_tuple_length(fields);
    if (!molt_type_is_subtype(molt_type_of(self), &molt_type_tuple) || molt_tuple_length(self) != count) {
        molt_decref(changes);
        molt_decref(self);
        return molt_raise_format(&molt_type_TypeError, "Expected %lld arguments, got %lld", (long long)count,
                                 molt_type_is_subtype(molt_type_of(self), &molt_type_tuple)
                                     ? (long long)molt_tuple_length(self) : 0LL);
    }
    MoltValue items[count ? count : 1];
    for (int64_t i = 0; i < count; i++) {
        MoltValue changed = molt_dict_lookup(changes, molt_tuple_items(fields)[i]);
        items[i] = changed == MOLT_STOP ? molt_new_reference(molt_tuple_items(self)[i]) : molt_new_reference(changed);
        if (changed != MOLT_STOP) molt_delitem(changes, molt_tuple_items(fields)[i]);
    }
    MoltValue result;
    if (molt_dict_length(changes) > 0) {
        MoltValue names = molt_list_from_iterable(changes);
        MoltValue shown = molt_repr(names);
        result = molt_raise_format(&molt_type_ValueError, "Got unexpected field names: %s", molt_str_utf8(shown, NULL));
        molt_decref(shown);
        molt_decref(names);
    } else {
        result = instance_new(molt_from_type(molt_type_of(self)), items, count);
    }
    for (int64_t i = 0; i < count; i++) molt_decref(items[i]);
    molt_decref(changes);
    molt_decref(self);
    return result;
}

static MoltValue self_of(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[1];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    molt_decref(bound[0]);   /* the caller's arguments keep self alive: borrowed from here on */
    if (!molt_type_is_subtype(molt_type_of(bound[0]), &molt_type_tuple))
        return molt_raise_format(&molt_type_TypeError, "a named tuple method needs a tuple, not '%s'",
                                 molt_type_of(bound[0])->name);
    return bound[0];
}

/* _asdict(self): {field: value} */
static MoltValue asdict_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self = self_of(function, args, nargs, kwnames);
    if (self == MOLT_ERROR) return MOLT_ERROR;
    MoltValue fields = fields_of(function), dict = molt_dict_new();
    int64_t count = molt_tuple_length(self) < molt_tuple_length(fields) ? molt_tuple_length(self) : molt_tuple_length(fields);
    for (int64_t i = 0; i < count; i++)
        if (molt_dict_setitem(dict, molt_tuple_items(fields)[i], molt_tuple_items(self)[i]) < 0) {
            molt_decref(dict);
            return MOLT_ERROR;
        }
    return dict;
}

/* __repr__(self): Point(x=1, y=2), named by the instance's class. */
static MoltValue repr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self = self_of(function, args, nargs, kwnames);
    if (self == MOLT_ERROR) return MOLT_ERROR;
    MoltValue fields = fields_of(function);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, molt_type_of(self)->name);
    molt_buffer_append_cstr(&buffer, "(");
    int64_t count = molt_tuple_length(fields);
    if (molt_tuple_length(self) != count) {
        molt_buffer_free(&buffer);
        return molt_raise_format(&molt_type_TypeError, "not all arguments converted during string formatting");
    }
    for (int64_t i = 0; i < count; i++) {
        if (i) molt_buffer_append_cstr(&buffer, ", ");
        molt_buffer_append_str(&buffer, molt_tuple_items(fields)[i]);
        molt_buffer_append_cstr(&buffer, "=");
        if (molt_buffer_append_repr(&buffer, molt_tuple_items(self)[i]) < 0) {
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&buffer, ")");
    return molt_buffer_finish(&buffer);
}

/* __getnewargs__(self): the plain tuple */
static MoltValue getnewargs_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self = self_of(function, args, nargs, kwnames);
    if (self == MOLT_ERROR) return MOLT_ERROR;
    return molt_tuple_from_borrowed(molt_tuple_items(self), (size_t)molt_tuple_length(self));
}

/* ---- checking the names -------------------------------------------------------------------- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

static bool is_keyword(MoltValue name) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strcmp(molt_str_utf8(name, NULL), keywords[i]) == 0) return true;
    return false;
}

/* 1 when the str is an identifier, 0 when not, -1 on error. */
static int is_identifier(MoltValue name) {
    MoltValue result = molt_call_method(name, "isidentifier", NULL, 0, MOLT_NONE);
    if (result == MOLT_ERROR) return -1;
    int truth = molt_truthy(result);
    molt_decref(result);
    return truth;
}

static MoltValue raise_name_error(MoltValue error_type, const char *message, MoltValue name) {
    MoltValue shown = molt_repr(name);
    if (shown == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_format(molt_as_type(error_type), "%s%s", message, molt_str_utf8(shown, NULL));
    molt_decref(shown);
    return MOLT_ERROR;
}

/* The field names as a list of str: a str is split at commas and spaces;
 * rename replaces invalid, keyword, underscore and repeated names by _index. */
static MoltValue field_name_list(MoltValue field_names, bool rename) {
    MoltValue list;
    if (molt_type_of(field_names) == &molt_type_str) {
        MoltValue comma = molt_str_from_utf8(",", 1), space = molt_str_from_utf8(" ", 1);
        MoltValue replace_args[2] = {comma, space};
        MoltValue spaced = molt_call_method(field_names, "replace", replace_args, 2, MOLT_NONE);
        molt_decref(comma);
        molt_decref(space);
        if (spaced == MOLT_ERROR) return MOLT_ERROR;
        list = molt_call_method(spaced, "split", NULL, 0, MOLT_NONE);
        molt_decref(spaced);
    } else {
        /* list(map(str, field_names)) */
        list = molt_list_from_iterable(field_names);
        for (int64_t i = 0; list != MOLT_ERROR && i < molt_list_length(list); i++) {
            MoltValue text = molt_str(molt_list_items(list)[i]);
            MoltValue index = molt_int_from_i64(i);
            int status = text == MOLT_ERROR ? -1 : molt_setitem(list, index, text);
            molt_decref(index);
            if (text != MOLT_ERROR) molt_decref(text);
            if (status < 0) {
                molt_decref(list);
                list = MOLT_ERROR;
            }
        }
    }
    if (list == MOLT_ERROR || !rename) return list;
    MoltValue seen = molt_set_new(false);
    for (int64_t i = 0; i < molt_list_length(list); i++) {
        MoltValue name = molt_list_items(list)[i];
        bool bad = molt_type_of(name) != &molt_type_str;
        if (!bad) {
            int identifier = is_identifier(name), repeated = molt_contains(seen, name);
            if (identifier < 0 || repeated < 0) goto failed;
            bad = !identifier || is_keyword(name) || molt_str_utf8(name, NULL)[0] == '_' || repeated;
        }
        if (molt_set_add(seen, name) < 0) goto failed;
        if (bad) {
            char text[32];
            snprintf(text, sizeof text, "_%lld", (long long)i);
            MoltValue replacement = molt_str_from_utf8(text, strlen(text));
            MoltValue index = molt_int_from_i64(i);
            int status = molt_setitem(list, index, replacement);
            molt_decref(index);
            molt_decref(replacement);
            if (status < 0) goto failed;
        }
    }
    molt_decref(seen);
    return list;
failed:
    molt_decref(seen);
    molt_decref(list);
    return MOLT_ERROR;
}

static int check_names(MoltValue typename, MoltValue names, bool rename) {
    for (int64_t i = -1; i < molt_list_length(names); i++) {
        MoltValue name = i < 0 ? typename : molt_list_items(names)[i];
        if (molt_type_of(name) != &molt_type_str) {
            molt_raise_format(&molt_type_TypeError, "Type names and field names must be strings");
            return -1;
        }
        int identifier = is_identifier(name);
        if (identifier < 0) return -1;
        MoltValue value_error = molt_from_type(&molt_type_ValueError);
        if (!identifier) {
            raise_name_error(value_error, "Type names and field names must be valid identifiers: ", name);
            return -1;
        }
        if (is_keyword(name)) {
            raise_name_error(value_error, "Type names and field names cannot be a keyword: ", name);
            return -1;
        }
    }
    for (int64_t i = 0; i < molt_list_length(names); i++) {
        MoltValue name = molt_list_items(names)[i];
        if (molt_str_utf8(name, NULL)[0] == '_' && !rename) {
            raise_name_error(molt_from_type(&molt_type_ValueError), "Field names cannot start with an underscore: ", name);
            return -1;
        }
        for (int64_t j = 0; j < i; j++)
            if (strcmp(molt_str_utf8(molt_list_items(names)[j], NULL), molt_str_utf8(name, NULL)) == 0) {
                raise_name_error(molt_from_type(&molt_type_ValueError), "Encountered duplicate field name: ", name);
                return -1;
            }
    }
    return 0;
}

/* ---- making the class ------------------------------------------------------------------------ */

static int put(MoltValue namespace, const char *name, MoltValue value) {
    if (value == MOLT_ERROR) return -1;
    int status = molt_dict_setitem(namespace, molt_class_name_str(name), value);
    molt_decref(value);
    return status;
}

static MoltValue method(const char *typename, const char *name, const char *const *parameters, size_t count,
                        MoltFunctionEntry entry, MoltValue plan) {
    MoltValue names[2];
    for (size_t i = 0; i < count; i++) names[i] = molt_class_name_str(parameters[i]);
    return molt_native_method_new(molt_native_code_new(typename, name, names, count, 0, entry), NULL, plan);
}

/* The class of the checked field names (a tuple) and their defaults (a dict). */
static MoltValue build_class(MoltValue typename_value, MoltValue fields, MoltValue field_defaults, MoltValue module) {
    const char *typename = molt_str_utf8(typename_value, NULL);
    int64_t count = molt_tuple_length(fields);
    MoltValue result = MOLT_ERROR, namespace = molt_dict_new(), plan = molt_tuple_from_borrowed(&fields, 1);

    /* __new__(_cls, x, y=default) */
    MoltValue parameter_names[count + 1], parameter_defaults[count + 1];
    parameter_names[0] = molt_class_name_str("_cls");
    parameter_defaults[0] = MOLT_UNBOUND;
    for (int64_t i = 0; i < count; i++) {
        parameter_names[i + 1] = molt_tuple_items(fields)[i];
        MoltValue value = molt_dict_lookup(field_defaults, molt_tuple_items(fields)[i]);
        parameter_defaults[i + 1] = value == MOLT_STOP ? MOLT_UNBOUND : value;
    }
    MoltCode *new_code = molt_native_code_new(typename, "__new__", parameter_names, (size_t)count + 1, 0, new_entry);
    MoltBuffer doc;
    molt_buffer_init(&doc);
    molt_buffer_append_cstr(&doc, typename);
    molt_buffer_append_cstr(&doc, "(");
    for (int64_t i = 0; i < count; i++) {
        if (i) molt_buffer_append_cstr(&doc, ", ");
        molt_buffer_append_str(&doc, molt_tuple_items(fields)[i]);
    }
    molt_buffer_append_cstr(&doc, ")");

    static const char *const self_only[] = {"self"};
    static const char *const make_parameters[] = {"cls", "iterable"};
    static const char *const replace_parameters[] = {"self", "kwds"};
    MoltValue make = method(typename, "_make", make_parameters, 2, make_entry, plan);
    MoltValue make_classmethod = molt_call(molt_from_type(&molt_type_classmethod), &make, 1, MOLT_NONE);
    molt_decref(make);
    MoltValue replace = method(typename, "_replace", replace_parameters, 2, replace_entry, plan);
    MoltCode *replace_code = (MoltCode *)((MoltFunction *)molt_as_ptr(replace))->code;
    replace_code->parameter_count = 1;   /* self, /, **kwds */
    replace_code->positional_only_count = 1;
    replace_code->has_varkeywords = true;

    if (put(namespace, "__doc__", molt_buffer_finish(&doc)) < 0 ||
        put(namespace, "__slots__", molt_tuple_new(0)) < 0 || put(namespace, "_fields", molt_new_reference(fields)) < 0 ||
        put(namespace, "_field_defaults", molt_new_reference(field_defaults)) < 0 ||
        put(namespace, "__new__", molt_native_method_new(new_code, parameter_defaults, plan)) < 0 ||
        put(namespace, "_make", make_classmethod) < 0 || put(namespace, "_replace", replace) < 0 ||
        put(namespace, "__repr__", method(typename, "__repr__", self_only, 1, repr_entry, plan)) < 0 ||
        put(namespace, "_asdict", method(typename, "_asdict", self_only, 1, asdict_entry, plan)) < 0 ||
        put(namespace, "__getnewargs__", method(typename, "__getnewargs__", self_only, 1, getnewargs_entry, plan)) < 0 ||
        put(namespace, "__match_args__", molt_new_reference(fields)) < 0 ||
        put(namespace, "__module__", molt_new_reference(module == MOLT_NONE ? molt_class_name_str("__main__") : module)) < 0)
        goto done;
    for (int64_t i = 0; i < count; i++) {
        MoltValue getter = getter_new(i);
        int status = molt_dict_setitem(namespace, molt_tuple_items(fields)[i], getter);
        molt_decref(getter);
        if (status < 0) goto done;
    }
    result = molt_class_new_tuple_subclass(typename_value, namespace);
done:
    molt_decref(plan);
    molt_decref(namespace);
    return result;
}

MoltValue molt_namedtuple_make(MoltValue typename_value, MoltValue field_names, bool rename, MoltValue defaults,
                               MoltValue module) {
    if (molt_type_of(typename_value) != &molt_type_str) {
        MoltValue text = molt_str(typename_value);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        MoltValue result = molt_namedtuple_make(text, field_names, rename, defaults, module);
        molt_decref(text);
        return result;
    }
    MoltValue names = field_name_list(field_names, rename);
    if (names == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR, field_defaults = molt_dict_new();
    MoltValue fields = MOLT_UNBOUND, default_tuple = MOLT_UNBOUND;
    if (check_names(typename_value, names, rename) < 0) goto done;
    int64_t count = molt_list_length(names);
    fields = molt_tuple_from_borrowed(molt_list_items(names), (size_t)count);
    if (defaults != MOLT_NONE) {
        default_tuple = molt_tuple_from_iterable(defaults);
        if (default_tuple == MOLT_ERROR) goto done;
        if (molt_tuple_length(default_tuple) > count) {
            molt_raise_format(&molt_type_TypeError, "Got more default values than field names");
            goto done;
        }
        int64_t first = count - molt_tuple_length(default_tuple);
        for (int64_t i = first; i < count; i++)
            molt_dict_setitem(field_defaults, molt_tuple_items(fields)[i], molt_tuple_items(default_tuple)[i - first]);
    }
    result = build_class(typename_value, fields, field_defaults, module);
done:
    if (default_tuple != MOLT_UNBOUND && default_tuple != MOLT_ERROR) molt_decref(default_tuple);
    if (fields != MOLT_UNBOUND) molt_decref(fields);
    molt_decref(field_defaults);
    molt_decref(names);
    return result;
}

/* namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
MoltValue molt_collections_namedtuple(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"typename", "field_names", "rename", "defaults", "module", NULL};
    static const MoltArgSpec spec = {"namedtuple", 2, 2, names, 5};
    MoltValue bound[5];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int rename = bound[2] == MOLT_ARG_MISSING ? 0 : molt_truthy(bound[2]);
    if (rename < 0) return MOLT_ERROR;
    return molt_namedtuple_make(bound[0], bound[1], rename, bound[3] == MOLT_ARG_MISSING ? MOLT_NONE : bound[3],
                                bound[4] == MOLT_ARG_MISSING ? MOLT_NONE : bound[4]);
}

/* ---- struct sequences: the named tuples of runtime modules ----------------------------------- */

/* A struct sequence's __new__(cls, sequence): "time.struct_time() takes a
 * 9-sequence (3-sequence given)" as CPython's structseq_new. */
static MoltValue sequence_new_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return instance_from_iterable(function, args, nargs, kwnames, true);
}

MoltValue molt_struct_sequence_class(const char *qualified_name, const char *field_names, bool from_sequence) {
    const char *dot = strrchr(qualified_name, '.');
    MoltValue name = molt_str_from_utf8(dot + 1, strlen(dot + 1));
    MoltValue fields = molt_str_from_utf8(field_names, strlen(field_names));
    MoltValue module = molt_str_from_utf8(qualified_name, (size_t)(dot - qualified_name));
    MoltValue made = molt_namedtuple_make(name, fields, false, MOLT_NONE, module);
    molt_decref(name);
    molt_decref(fields);
    molt_decref(module);
    if (made == MOLT_ERROR) return MOLT_ERROR;
    /* Named as CPython's tp_name, so the repr and the messages say "time.struct_time". */
    ((MoltType *)molt_as_ptr(made))->name = qualified_name;
    if (!from_sequence) return made;
    MoltValue namedtuple_new = molt_getattr(made, "__new__");
    static const char *const parameters[] = {"cls", "sequence"};
    MoltValue new = method(dot + 1, "__new__", parameters, 2, sequence_new_entry, molt_native_method_plan(namedtuple_new));
    molt_decref(namedtuple_new);
    int status = molt_class_setattr(made, "__new__", new);
    molt_decref(new);
    if (status < 0) {
        molt_decref(made);
        return MOLT_ERROR;
    }
    return made;
}

MoltValue molt_struct_sequence_new(MoltValue *class_slot, const char *qualified_name, const char *field_names,
                                   bool from_sequence, const MoltValue *items, size_t count) {
    if (*class_slot == MOLT_UNBOUND) {
        MoltValue made = molt_struct_sequence_class(qualified_name, field_names, from_sequence);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        *class_slot = made;
    }
    if (!from_sequence) return molt_call(*class_slot, items, count, MOLT_NONE);
    MoltValue tuple = molt_tuple_from_borrowed(items, count);
    MoltValue made = molt_call(*class_slot, &tuple, 1, MOLT_NONE);
    molt_decref(tuple);
    return made;
}
