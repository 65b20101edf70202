/* typing's class makers: NamedTuple (class syntax and functional form, a
 * collections.namedtuple class with __annotations__), TypedDict (classes of
 * _TypedDictMeta whose instances are plain dicts, with their required and
 * optional keys) and NewType. Behaviour and messages are CPython 3.12's typing.py. */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/metatype.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "collections_internal.h"
#include "typing.h"

static MoltValue typing_namedtuple(const MoltValue *args, size_t nargs, MoltValue kwnames);
static MoltValue typing_typeddict(const MoltValue *args, size_t nargs, MoltValue kwnames);
static struct MoltBuiltinFunctionObject namedtuple_function = MOLT_MODULE_FUNCTION("NamedTuple", typing_namedtuple);
static struct MoltBuiltinFunctionObject typeddict_function = MOLT_MODULE_FUNCTION("TypedDict", typing_typeddict);

MoltValue molt_typing_namedtuple_function(void) { return molt_from_ptr(&namedtuple_function); }
MoltValue molt_typing_typeddict_function(void) { return molt_from_ptr(&typeddict_function); }

static MoltValue raise_keyword(const char *function, MoltValue keywords) {
    int64_t position = 0;
    MoltValue key, value;
    molt_dict_next(keywords, &position, &key, &value);
    return molt_raise_format(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'", function,
                             molt_str_utf8(key, NULL));
}

/* ---- NamedTuple ---------------------------------------------------------------------------- */

/* CPython's _make_nmtuple: `pairs` a list of (name, type) tuples; the
 * collections.namedtuple class, with the checked types as __annotations__. */
static MoltValue make_nmtuple(MoltValue name, MoltValue pairs, MoltValue module, MoltValue defaults) {
    MoltValue fields = molt_list_new(0), types = molt_dict_new(), result = MOLT_ERROR;
    for (int64_t i = 0; i < molt_list_length(pairs); i++) {
        MoltValue pair = molt_tuple_from_iterable(molt_list_items(pairs)[i]);
        if (pair == MOLT_ERROR) goto done;
        if (molt_tuple_length(pair) != 2) {
            molt_decref(pair);
            molt_raise_format(&molt_type_ValueError, "too many values to unpack (expected 2)");
            goto done;
        }
        MoltValue field = molt_tuple_items(pair)[0];
        MoltValue text = molt_str(field);
        if (text == MOLT_ERROR) {
            molt_decref(pair);
            goto done;
        }
        MoltBuffer message;
        molt_buffer_init(&message);
        molt_buffer_append_cstr(&message, "field ");
        molt_buffer_append_str(&message, text);
        molt_buffer_append_cstr(&message, " annotation must be a type");
        molt_decref(text);
        MoltValue message_str = molt_buffer_finish(&message);
        MoltValue checked = molt_typing_type_check(molt_tuple_items(pair)[1], molt_str_utf8(message_str, NULL));
        molt_decref(message_str);
        int status = checked == MOLT_ERROR ? -1 : molt_list_append(fields, field);
        if (status == 0) status = molt_dict_setitem(types, field, checked);
        if (checked != MOLT_ERROR) molt_decref(checked);
        molt_decref(pair);
        if (status < 0) goto done;
    }
    MoltValue made = molt_namedtuple_make(name, fields, false, defaults, module);
    if (made == MOLT_ERROR) goto done;
    if (molt_class_setattr(made, "__annotations__", types) < 0) {
        molt_decref(made);
        goto done;
    }
    result = made;
done:
    molt_decref(types);
    molt_decref(fields);
    return result;
}

/* NamedTuple(typename, fields=None, /, **kwargs) */
static MoltValue typing_namedtuple(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    size_t keyword_count = molt_args_keyword_count(kwnames);
    if (nargs < 1 || nargs > 2)
        return nargs ? molt_raise_format(&molt_type_TypeError, "NamedTuple() takes from 1 to 2 positional arguments but "
                                                               "%zu were given", nargs)
                     : molt_raise_format(&molt_type_TypeError,
                                         "NamedTuple() missing 1 required positional argument: 'typename'");
    MoltValue pairs;
    if (nargs == 2 && args[1] != MOLT_NONE) {
        if (keyword_count)
            return molt_raise_format(&molt_type_TypeError,
                                     "Either list of fields or keywords can be provided to NamedTuple, not both");
        pairs = molt_list_from_iterable(args[1]);
        if (pairs == MOLT_ERROR) return MOLT_ERROR;
    } else {
        pairs = molt_list_new(0);
        for (size_t k = 0; k < keyword_count; k++) {
            MoltValue pair[2] = {molt_tuple_items(kwnames)[k], args[nargs + k]};
            MoltValue tuple = molt_tuple_from_borrowed(pair, 2);
            molt_list_append(pairs, tuple);
            molt_decref(tuple);
        }
    }
    MoltValue made = make_nmtuple(args[0], pairs, MOLT_NONE, MOLT_NONE);
    molt_decref(pairs);
    if (made == MOLT_ERROR) return MOLT_ERROR;
    MoltValue namedtuple = molt_from_ptr(&namedtuple_function);
    MoltValue orig_bases = molt_tuple_from_borrowed(&namedtuple, 1);
    int status = molt_class_setattr(made, "__orig_bases__", orig_bases);
    molt_decref(orig_bases);
    if (status < 0) {
        molt_decref(made);
        return MOLT_ERROR;
    }
    return made;
}

static bool is_namedtuple_prohibited(const char *key) {
    static const char *const prohibited[] = {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                             "_field_defaults", "_make", "_replace", "_asdict", "_source", NULL};
    for (const char *const *name = prohibited; *name; name++)
        if (strcmp(*name, key) == 0) return true;
    return false;
}

/* NamedTupleMeta.__new__: fields from the body's annotations, defaults from
 * its values, then the body's other attributes set on the named tuple class. */
static MoltValue namedtuple_class(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                  MoltValue keywords) {
    if (keywords != MOLT_NONE && molt_dict_length(keywords)) return raise_keyword("NamedTupleMeta.__new__", keywords);
    for (int64_t i = 0; i < molt_tuple_length(bases); i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        if (base == molt_from_ptr(&namedtuple_function)) continue;
        if (molt_typing_is_generic_base(base) || molt_type_of(base) == &molt_type_typing_alias)
            return molt_raise_format(&molt_type_NotImplementedError, "Molt does not make generic NamedTuple classes yet");
        return molt_raise_format(&molt_type_TypeError, "can only inherit from a NamedTuple type and Generic");
    }
    MoltValue types = molt_dict_lookup(namespace, molt_class_name_str("__annotations__"));
    MoltValue pairs = molt_list_new(0), defaults = molt_list_new(0), default_names = molt_list_new(0);
    MoltValue result = MOLT_ERROR, made = MOLT_ERROR;
    if (types != MOLT_STOP && molt_is_dict(types)) {
        int64_t position = 0;
        MoltValue field, type;
        while (molt_dict_next(types, &position, &field, &type)) {
            MoltValue value = molt_dict_lookup(namespace, field);
            if (value != MOLT_STOP) {
                molt_list_append(default_names, field);
                molt_list_append(defaults, value);
            } else if (molt_list_length(default_names)) {
                MoltValue comma = molt_str_from_utf8(", ", 2);
                MoltValue joined = molt_call_method(comma, "join", &default_names, 1, MOLT_NONE);
                molt_decref(comma);
                if (joined == MOLT_ERROR) goto done;
                molt_raise_format(&molt_type_TypeError, "Non-default namedtuple field %s cannot follow default field%s %s",
                                  molt_str_utf8(field, NULL), molt_list_length(default_names) > 1 ? "s" : "",
                                  molt_str_utf8(joined, NULL));
                molt_decref(joined);
                goto done;
            }
            MoltValue pair[2] = {field, type};
            MoltValue tuple = molt_tuple_from_borrowed(pair, 2);
            molt_list_append(pairs, tuple);
            molt_decref(tuple);
        }
    }
    MoltValue module = molt_dict_lookup(namespace, molt_class_name_str("__module__"));
    made = make_nmtuple(name, pairs, module == MOLT_STOP ? MOLT_NONE : module, defaults);
    if (made == MOLT_ERROR) goto done;
    MoltClass *class_object = molt_as_ptr(made);
    molt_incref(qualname);
    molt_decref(class_object->qualname);
    class_object->qualname = qualname;
    MoltValue fields = molt_getattr(made, "_fields");
    if (fields == MOLT_ERROR) goto done;
    int64_t position = 0;
    MoltValue key, value;
    bool failed = false;
    while (!failed && molt_dict_next(namespace, &position, &key, &value)) {
        const char *text = molt_str_utf8(key, NULL);
        if (is_namedtuple_prohibited(text)) {
            molt_raise_format(&molt_type_AttributeError, "Cannot overwrite NamedTuple attribute %s", text);
            failed = true;
            break;
        }
        if (strcmp(text, "__module__") == 0 || strcmp(text, "__name__") == 0 || strcmp(text, "__annotations__") == 0)
            continue;
        int in_fields = molt_contains(fields, key);
        failed = in_fields < 0 || (!in_fields && molt_class_setattr(made, text, value) < 0);
    }
    molt_decref(fields);
    if (failed) goto done;
    if (molt_class_setattr(made, "__orig_bases__", bases) < 0) goto done;
    result = made;
    made = MOLT_ERROR;
done:
    if (made != MOLT_ERROR) molt_decref(made);
    molt_decref(default_names);
    molt_decref(defaults);
    molt_decref(pairs);
    return result;
}

/* ---- TypedDict --------------------------------------------------------------------------------- */

static bool is_typeddict_class(MoltValue v) {
    return molt_is_type(v) && molt_as_type(v)->header.type == &molt_type_typing_typeddict_meta;
}

/* The set `name` a TypedDict base keeps in its own dict (borrowed), or MOLT_UNBOUND. */
static MoltValue own_entry(MoltValue base, const char *name) {
    if (!is_typeddict_class(base)) return MOLT_UNBOUND;
    MoltValue found = molt_dict_lookup(molt_class_of_type(molt_as_type(base))->dict, molt_class_name_str(name));
    return found == MOLT_STOP || found == MOLT_ERROR ? MOLT_UNBOUND : found;
}

static int set_update(MoltValue set, MoltValue items, bool remove) {
    if (items == MOLT_UNBOUND) return 0;
    MoltValue result = molt_call_method(set, remove ? "difference_update" : "update", &items, 1, MOLT_NONE);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

static int set_frozen(MoltValue cls, const char *name, MoltValue set) {
    MoltValue frozen = molt_call(molt_from_type(&molt_type_frozenset), &set, 1, MOLT_NONE);
    if (frozen == MOLT_ERROR) return -1;
    int status = molt_class_setattr(cls, name, frozen);
    molt_decref(frozen);
    return status;
}

/* _TypedDictMeta.__new__(name, bases, ns, total): a class deriving from
 * dict alone, its annotations merged with its TypedDict bases', and the
 * keys split into required and optional ones by `total`. */
static MoltValue typeddict_class(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace, bool total) {
    for (int64_t i = 0; i < molt_tuple_length(bases); i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        if (base == molt_from_ptr(&typeddict_function) || is_typeddict_class(base)) continue;
        if (molt_typing_is_generic_base(base) || molt_type_of(base) == &molt_type_typing_alias)
            return molt_raise_format(&molt_type_NotImplementedError, "Molt does not make generic TypedDict classes yet");
        return molt_raise_format(&molt_type_TypeError,
                                 "cannot inherit from both a TypedDict type and a non-TypedDict base class");
    }
    MoltValue dict_type = molt_from_type(&molt_type_dict);
    MoltValue dict_bases = molt_tuple_from_borrowed(&dict_type, 1);
    MoltValue made = molt_class_new_with_keywords(name, qualname, dict_bases, namespace,
                                                  &molt_type_typing_typeddict_meta, MOLT_NONE);
    molt_decref(dict_bases);
    if (made == MOLT_ERROR) return MOLT_ERROR;
    MoltValue annotations = molt_dict_new(), own = molt_dict_new();
    MoltValue required = molt_set_new(false), optional = molt_set_new(false);
    MoltValue result = MOLT_ERROR;
    MoltValue written = molt_dict_lookup(namespace, molt_class_name_str("__annotations__"));
    MoltValue module = molt_dict_lookup(namespace, molt_class_name_str("__module__"));
    if (module == MOLT_STOP) module = molt_class_name_str("__main__");
    if (written != MOLT_STOP && molt_is_dict(written)) {
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(written, &position, &key, &value)) {
            MoltValue plain =
                molt_typing_type_check(value, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type");
            MoltValue checked = plain == MOLT_ERROR ? MOLT_ERROR : molt_typing_forward_ref_in_module(plain, module);
            if (plain != MOLT_ERROR) molt_decref(plain);
            int status = checked == MOLT_ERROR ? -1 : molt_dict_setitem(own, key, checked);
            if (checked != MOLT_ERROR) molt_decref(checked);
            if (status < 0) goto done;
        }
    }
    for (int64_t i = 0; i < molt_tuple_length(bases); i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        MoltValue inherited = own_entry(base, "__annotations__");
        if (inherited != MOLT_UNBOUND && molt_dict_update(annotations, inherited) < 0) goto done;
        MoltValue base_required = own_entry(base, "__required_keys__");
        if (set_update(required, base_required, false) < 0 || set_update(optional, base_required, true) < 0) goto done;
        MoltValue base_optional = own_entry(base, "__optional_keys__");
        if (set_update(required, base_optional, true) < 0 || set_update(optional, base_optional, false) < 0) goto done;
    }
    if (molt_dict_update(annotations, own) < 0) goto done;
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(own, &position, &key, &value)) {
        MoltValue single = molt_tuple_from_borrowed(&key, 1);
        int status = set_update(total ? required : optional, single, false);
        if (status == 0) status = set_update(total ? optional : required, single, true);
        molt_decref(single);
        if (status < 0) goto done;
    }
    if (molt_class_setattr(made, "__annotations__", annotations) < 0 ||
        set_frozen(made, "__required_keys__", required) < 0 || set_frozen(made, "__optional_keys__", optional) < 0)
        goto done;
    if (molt_class_lookup_cstr(molt_as_type(made), "__total__") == MOLT_UNBOUND &&
        molt_class_setattr(made, "__total__", molt_from_bool(total)) < 0)
        goto done;
    if (molt_class_lookup_cstr(molt_as_type(made), "__orig_bases__") == MOLT_UNBOUND &&
        molt_class_setattr(made, "__orig_bases__", bases) < 0)
        goto done;
    result = made;
    made = MOLT_ERROR;
done:
    if (made != MOLT_ERROR) molt_decref(made);
    molt_decref(optional);
    molt_decref(required);
    molt_decref(own);
    molt_decref(annotations);
    return result;
}

/* The class keywords of a TypedDict: total= alone. -1 with CPython's TypeError. */
static int typeddict_total(MoltValue keywords, bool *total) {
    *total = true;
    if (keywords == MOLT_NONE) return 0;
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(keywords, &position, &key, &value)) {
        if (strcmp(molt_str_utf8(key, NULL), "total") != 0) {
            molt_raise_format(&molt_type_TypeError, "_TypedDictMeta.__new__() got an unexpected keyword argument '%s'",
                              molt_str_utf8(key, NULL));
            return -1;
        }
        int truth = molt_truthy(value);
        if (truth < 0) return -1;
        *total = truth;
    }
    return 0;
}

/* TypedDict(typename, fields=None, /, *, total=True, **kwargs) */
static MoltValue typing_typeddict(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    size_t keyword_count = molt_args_keyword_count(kwnames);
    if (nargs < 1 || nargs > 2)
        return nargs ? molt_raise_format(&molt_type_TypeError, "TypedDict() takes from 1 to 2 positional arguments but "
                                                               "%zu were given", nargs)
                     : molt_raise_format(&molt_type_TypeError,
                                         "TypedDict() missing 1 required positional argument: 'typename'");
    bool total = true;
    MoltValue fields = molt_dict_new();
    for (size_t k = 0; k < keyword_count; k++) {
        MoltValue keyword = molt_tuple_items(kwnames)[k];
        if (strcmp(molt_str_utf8(keyword, NULL), "total") == 0) {
            int truth = molt_truthy(args[nargs + k]);
            if (truth < 0) goto failed;
            total = truth;
        } else if (molt_dict_setitem(fields, keyword, args[nargs + k]) < 0) {
            goto failed;
        }
    }
    if (nargs == 2 && args[1] != MOLT_NONE) {
        if (molt_dict_length(fields)) {
            molt_raise_format(&molt_type_TypeError,
                              "TypedDict takes either a dict or keyword arguments, but not both");
            goto failed;
        }
        MoltValue given = molt_call(molt_from_type(&molt_type_dict), &args[1], 1, MOLT_NONE);
        if (given == MOLT_ERROR) goto failed;
        molt_decref(fields);
        fields = given;
    }
    MoltValue namespace = molt_dict_new();
    molt_dict_setitem(namespace, molt_class_name_str("__annotations__"), fields);
    molt_dict_setitem(namespace, molt_class_name_str("__module__"), molt_class_name_str("__main__"));
    MoltValue typeddict = molt_from_ptr(&typeddict_function);
    MoltValue orig_bases = molt_tuple_from_borrowed(&typeddict, 1);
    molt_dict_setitem(namespace, molt_class_name_str("__orig_bases__"), orig_bases);
    MoltValue no_bases = molt_tuple_new(0);
    MoltValue name = molt_type_of(args[0]) == &molt_type_str ? molt_new_reference(args[0]) : molt_str(args[0]);
    MoltValue made = name == MOLT_ERROR ? MOLT_ERROR : typeddict_class(name, name, no_bases, namespace, total);
    if (name != MOLT_ERROR) molt_decref(name);
    molt_decref(no_bases);
    molt_decref(orig_bases);
    molt_decref(namespace);
    molt_decref(fields);
    return made;
failed:
    molt_decref(fields);
    return MOLT_ERROR;
}

/* ---- the class statement hook ---------------------------------------------------------------- */

MoltValue molt_typing_class_statement(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                      MoltValue keywords) {
    bool namedtuple = false, typeddict = false;
    for (int64_t i = 0; i < molt_tuple_length(bases); i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        namedtuple = namedtuple || base == molt_from_ptr(&namedtuple_function);
        typeddict = typeddict || base == molt_from_ptr(&typeddict_function) || is_typeddict_class(base);
    }
    if (namedtuple) return namedtuple_class(name, qualname, bases, namespace, keywords);
    if (!typeddict) return MOLT_NOT_IMPLEMENTED;
    bool total;
    if (typeddict_total(keywords, &total) < 0) return MOLT_ERROR;
    return typeddict_class(name, qualname, bases, namespace, total);
}

static MoltValue typeddict_meta_getattr(MoltValue self, const char *name) { return molt_type_getattr(self, name); }

MoltType molt_type_typing_typeddict_meta = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_TypedDictMeta",
    .module_name = "typing",
    .base = &molt_type_type,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_typing_or,
    .getattr = typeddict_meta_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};

/* ---- NewType --------------------------------------------------------------------------------- */

typedef struct NewType {
    MoltObject header;
    MoltValue name, qualname, supertype, module;   /* qualname: the name as given, "a.b.Deep" */
} NewType;

/* NewType(name, tp): a dotted name keeps its last part. */
static MoltValue newtype_new(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"name", "tp", NULL};
    static const MoltArgSpec spec = {"NewType", 2, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue name = molt_new_reference(bound[0]), qualname = molt_new_reference(bound[0]);
    if (molt_type_of(name) == &molt_type_str) {
        const char *text = molt_str_utf8(name, NULL), *dot = strrchr(text, '.');
        if (dot) {
            MoltValue last = molt_str_from_utf8(dot + 1, strlen(dot + 1));
            molt_decref(name);
            name = last;
        }
    }
    NewType *newtype = malloc(sizeof *newtype);
    if (!newtype) abort();
    newtype->header.refcount = 1;
    newtype->header.type = &molt_type_typing_newtype;
    newtype->name = name;
    newtype->qualname = qualname;
    newtype->supertype = molt_new_reference(bound[1]);
    newtype->module = molt_class_name_str("__main__");
    return molt_from_ptr(newtype);
}

static MoltValue newtype_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return newtype_new(args, nargs, kwnames);
    static const char *const names[] = {"x", NULL};
    static const MoltArgSpec spec = {"NewType.__call__", 1, 1, names, 1};
    MoltValue bound[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return molt_new_reference(bound[0]);
}

static void newtype_dealloc(MoltObject *object) {
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;   /* the type object itself */
    NewType *newtype = (NewType *)object;
    molt_decref(newtype->name);
    molt_decref(newtype->qualname);
    molt_decref(newtype->supertype);
    free(newtype);
}

/* __main__.UserId */
static MoltValue newtype_repr(MoltValue self) {
    if (molt_is_type(self)) return molt_type_repr(self);
    const NewType *newtype = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_str(&buffer, newtype->module);
    molt_buffer_append_cstr(&buffer, ".");
    if (molt_buffer_append_str_of(&buffer, newtype->qualname) < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&buffer);
}

static MoltValue newtype_getattr(MoltValue self, const char *name) {
    if (molt_is_type(self)) return molt_type_getattr(self, name);
    const NewType *newtype = molt_as_ptr(self);
    if (strcmp(name, "__name__") == 0) return molt_new_reference(newtype->name);
    if (strcmp(name, "__qualname__") == 0) return molt_new_reference(newtype->qualname);
    if (strcmp(name, "__supertype__") == 0) return molt_new_reference(newtype->supertype);
    if (strcmp(name, "__module__") == 0) return molt_new_reference(newtype->module);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_typing_newtype = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "NewType",
    .module_name = "typing",
    .base = &molt_type_object,
    .dealloc = newtype_dealloc,
    .repr = newtype_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_typing_or,
    .call = newtype_call,
    .getattr = newtype_getattr,
};
