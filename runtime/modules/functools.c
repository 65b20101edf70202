/* The functools module (lru_cache and cache are in functools_lru.c):
 * partial, reduce, update_wrapper and wraps, cmp_to_key, total_ordering, with
 * CPython 3.12's results and messages. partial and cmp_to_key's key objects
 * are C types as in CPython's _functools; total_ordering installs function
 * objects whose code is C, named and documented as functools.py's. */
#include <stddef.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/repr_guard.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../core/gc.h"
#include "functools.h"

MoltValue molt_functools_call(MoltValue function, const MoltValue *positional, size_t positional_count,
                                  MoltValue keywords, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    size_t call_keywords = molt_args_keyword_count(kwnames);
    if (positional_count == 0 && molt_dict_length(keywords) == 0) return molt_call(function, args, nargs, kwnames);
    MoltValue merged = MOLT_NONE;
    size_t keyword_count = call_keywords;
    if (molt_dict_length(keywords) > 0) {
        merged = molt_dict_new();
        int status = molt_dict_update(merged, keywords);
        for (size_t k = 0; status == 0 && k < call_keywords; k++)
            status = molt_dict_setitem(merged, molt_tuple_items(kwnames)[k], args[nargs + k]);
        if (status < 0) {
            molt_decref(merged);
            return MOLT_ERROR;
        }
        keyword_count = (size_t)molt_dict_length(merged);
    }
    size_t total = positional_count + nargs + keyword_count;
    MoltValue all[total ? total : 1];
    /* args is NULL when the call forwards nothing (calling a tuple and a dict). */
    if (positional_count) memcpy(all, positional, positional_count * sizeof *all);
    if (nargs) memcpy(all + positional_count, args, nargs * sizeof *all);
    MoltValue names = kwnames;
    if (merged != MOLT_NONE) {
        names = molt_tuple_new((int64_t)keyword_count);
        int64_t position = 0, index = 0;
        MoltValue key, value;
        while (molt_dict_next(merged, &position, &key, &value)) {
            molt_tuple_items(names)[index] = molt_new_reference(key);
            all[positional_count + nargs + (size_t)index++] = value;
        }
    } else if (call_keywords) {
        memcpy(all + positional_count + nargs, args + nargs, call_keywords * sizeof *all);
    }
    MoltValue result = molt_call(function, all, positional_count + nargs, keyword_count ? names : MOLT_NONE);
    if (merged != MOLT_NONE) {
        molt_decref(names);
        molt_decref(merged);
    }
    return result;
}

/* ---- partial --------------------------------------------------------------------- */

typedef struct Partial {
    MoltObject header;
    MoltValue function, args, keywords;   /* callable, tuple, dict */
    MoltValue dict;                       /* __dict__, MOLT_UNBOUND until needed */
} Partial;

extern MoltType molt_type_partial;

static void partial_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Partial *partial = (Partial *)object;
    visit(partial->function, context);
    visit(partial->args, context);
    visit(partial->keywords, context);
    if (partial->dict != MOLT_UNBOUND) visit(partial->dict, context);
}

static void partial_clear(MoltObject *object) {
    Partial *partial = (Partial *)object;
    MoltValue values[] = {partial->function, partial->args, partial->keywords, partial->dict};
    partial->function = partial->args = partial->keywords = MOLT_NONE;
    partial->dict = MOLT_UNBOUND;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (values[i] != MOLT_UNBOUND) molt_decref(values[i]);
}

static void partial_dealloc(MoltObject *object) {
    partial_clear(object);
    molt_gc_free(object);
}

/* partial(func, /, *args, **keywords); a partial without a __dict__ is
 * flattened into the new one, as CPython's partial_new. */
static MoltValue partial_new(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs < 1) return molt_raise_format(&molt_type_TypeError, "type 'partial' takes at least one argument");
    MoltValue function = args[0];
    MoltValue inner_args = MOLT_NONE, inner_keywords = MOLT_NONE;
    if (molt_type_of(function) == &molt_type_partial) {
        const Partial *inner = molt_as_ptr(function);
        if (inner->dict == MOLT_UNBOUND) {
            inner_args = inner->args;
            inner_keywords = inner->keywords;
            function = inner->function;
        }
    }
    if (!molt_is_callable(function)) return molt_raise_format(&molt_type_TypeError, "the first argument must be callable");
    size_t inner_count = inner_args == MOLT_NONE ? 0 : (size_t)molt_tuple_length(inner_args);
    size_t count = inner_count + nargs - 1;
    MoltValue items[count ? count : 1];
    for (size_t i = 0; i < inner_count; i++) items[i] = molt_new_reference(molt_tuple_items(inner_args)[i]);
    for (size_t i = 1; i < nargs; i++) items[inner_count + i - 1] = molt_new_reference(args[i]);
    MoltValue stored_args = molt_tuple_from_owned(items, count);
    MoltValue keywords = molt_dict_new();
    int status = inner_keywords == MOLT_NONE ? 0 : molt_dict_update(keywords, inner_keywords);
    for (size_t k = 0; status == 0 && k < molt_args_keyword_count(kwnames); k++)
        status = molt_dict_setitem(keywords, molt_tuple_items(kwnames)[k], args[nargs + k]);
    if (status < 0 || stored_args == MOLT_ERROR) {
        molt_decref(keywords);
        if (stored_args != MOLT_ERROR) molt_decref(stored_args);
        return MOLT_ERROR;
    }
    Partial *partial = molt_gc_allocate(sizeof *partial, &molt_type_partial);
    partial->function = molt_new_reference(function);
    partial->args = stored_args;
    partial->keywords = keywords;
    partial->dict = MOLT_UNBOUND;
    return molt_from_ptr(partial);
}

/* The type's call slot serves both partial(...) and calling a partial object. */
static MoltValue partial_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return partial_new(args, nargs, kwnames);
    const Partial *partial = molt_as_ptr(callable);
    /* The call may drop the last other reference to the partial. */
    molt_incref(callable);
    MoltValue result = molt_functools_call(partial->function, molt_tuple_items(partial->args),
                                        (size_t)molt_tuple_length(partial->args), partial->keywords, args, nargs, kwnames);
    molt_decref(callable);
    return result;
}

/* functools.partial(<function f at 0x...>, 1, b=2), "..." when recursive. */
static MoltValue partial_repr(MoltValue self) {
    const Partial *partial = molt_as_ptr(self);
    if (molt_repr_enter(self)) return molt_str_from_utf8("...", 3);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "functools.partial(");
    int status = molt_buffer_append_repr(&text, partial->function);
    for (int64_t i = 0; status == 0 && i < molt_tuple_length(partial->args); i++) {
        molt_buffer_append_cstr(&text, ", ");
        status = molt_buffer_append_repr(&text, molt_tuple_items(partial->args)[i]);
    }
    if (status == 0) status = molt_buffer_append_keyword_reprs(&text, partial->keywords);
    molt_repr_leave(self);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

static MoltValue partial_getattr(MoltValue self, const char *name) {
    Partial *partial = molt_as_ptr(self);
    if (strcmp(name, "func") == 0) return molt_new_reference(partial->function);
    if (strcmp(name, "args") == 0) return molt_new_reference(partial->args);
    if (strcmp(name, "keywords") == 0) return molt_new_reference(partial->keywords);
    return molt_functools_dict_getattr(&partial->dict, name);
}

MoltValue molt_functools_dict_getattr(MoltValue *dict, const char *name) {
    if (strcmp(name, "__dict__") == 0) {
        if (*dict == MOLT_UNBOUND) *dict = molt_dict_new();
        return molt_new_reference(*dict);
    }
    if (*dict != MOLT_UNBOUND) {
        MoltValue value = molt_dict_lookup(*dict, molt_class_name_str(name));
        if (value == MOLT_ERROR) return MOLT_ERROR;
        if (value != MOLT_STOP) return molt_new_reference(value);
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* Sets or deletes (value MOLT_UNBOUND) an entry of an object's own __dict__
 * (*dict MOLT_UNBOUND until made), as objects of C types with a __dict__ do. */
int molt_functools_dict_setattr(MoltValue self, MoltValue *dict, const char *name, MoltValue value) {
    if (strcmp(name, "__dict__") == 0) {
        if (value == MOLT_UNBOUND || !molt_is_dict(value)) {
            if (value == MOLT_UNBOUND) molt_raise_format(&molt_type_TypeError, "cannot delete __dict__");
            else molt_raise_format(&molt_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                                   molt_type_of(value)->name);
            return -1;
        }
        MoltValue old = *dict;
        *dict = molt_new_reference(value);
        if (old != MOLT_UNBOUND) molt_decref(old);
        return 0;
    }
    if (*dict == MOLT_UNBOUND) *dict = molt_dict_new();
    MoltValue key = molt_class_name_str(name);
    if (value != MOLT_UNBOUND) return molt_dict_setitem(*dict, key, value);
    if (molt_dict_lookup(*dict, key) == MOLT_STOP) {
        molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute '%s'", molt_type_of(self)->name, name);
        return -1;
    }
    return molt_delitem(*dict, key);
}

static int partial_setattr(MoltValue self, const char *name, MoltValue value) {
    Partial *partial = molt_as_ptr(self);
    if (strcmp(name, "func") == 0 || strcmp(name, "args") == 0 || strcmp(name, "keywords") == 0) {
        molt_raise_format(&molt_type_AttributeError, "readonly attribute");
        return -1;
    }
    return molt_functools_dict_setattr(self, &partial->dict, name, value);
}

MoltType molt_type_partial = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "functools.partial",
    .module_name = "functools",
    .base = &molt_type_object,
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .hash = molt_object_hash_identity,
    .call = partial_call,
    .getattr = partial_getattr,
    .setattr = partial_setattr,
    .instances_are_callable = true,
    .traverse = partial_traverse,
    .clear = partial_clear,
};

static MoltValue make_partial(void) { return molt_from_type(&molt_type_partial); }

/* ---- reduce ---------------------------------------------------------------------- */

static MoltValue functools_reduce(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("reduce", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("reduce", nargs, 2, 3) < 0) return MOLT_ERROR;
    MoltValue iterator = molt_iter(args[1]);
    if (iterator == MOLT_ERROR) {
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
        return molt_raise_format(&molt_type_TypeError, "reduce() arg 2 must support iteration");
    }
    MoltValue result = nargs == 3 ? molt_new_reference(args[2]) : MOLT_UNBOUND;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) goto fail;
        if (result == MOLT_UNBOUND) {
            result = item;
            continue;
        }
        MoltValue pair[2] = {result, item};
        MoltValue next = molt_call(args[0], pair, 2, MOLT_NONE);
        molt_decref(result);
        molt_decref(item);
        result = next;
        if (result == MOLT_ERROR) {
            result = MOLT_UNBOUND;
            goto fail;
        }
    }
    molt_decref(iterator);
    if (result == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_TypeError, "reduce() of empty iterable with no initial value");
    return result;
fail:
    molt_decref(iterator);
    if (result != MOLT_UNBOUND) molt_decref(result);
    return MOLT_ERROR;
}

/* ---- update_wrapper and wraps --------------------------------------------------- */

static const char *const wrapper_assignments[] = {"__module__", "__name__", "__qualname__",
                                                  "__doc__", "__annotations__", "__type_params__"};

static MoltValue make_wrapper_assignments(void) {
    size_t count = sizeof wrapper_assignments / sizeof wrapper_assignments[0];
    MoltValue names = molt_tuple_new((int64_t)count);
    for (size_t i = 0; i < count; i++)
        molt_tuple_items(names)[i] = molt_str_from_utf8(wrapper_assignments[i], strlen(wrapper_assignments[i]));
    return names;
}

static MoltValue make_wrapper_updates(void) {
    MoltValue name = molt_str_from_utf8("__dict__", 8);
    return molt_tuple_from_owned(&name, 1);
}

/* getattr(wrapper, name) with a str name value; "attribute name must be string". */
static const char *attribute_name(MoltValue name) {
    if (!molt_is_str(name)) {
        molt_raise_format(&molt_type_TypeError, "attribute name must be string, not '%s'", molt_type_of(name)->name);
        return NULL;
    }
    size_t length;
    return molt_str_utf8(name, &length);
}

static int assign_one(MoltValue wrapper, MoltValue wrapped, const char *name) {
    MoltValue value;
    int found = molt_getattr_optional(wrapped, name, &value);
    if (found <= 0) return found;
    int status = molt_setattr(wrapper, name, value);
    molt_decref(value);
    return status;
}

static int update_one(MoltValue wrapper, MoltValue wrapped, const char *name) {
    MoltValue target = molt_getattr(wrapper, name);
    if (target == MOLT_ERROR) return -1;
    MoltValue source;
    int found = molt_getattr_optional(wrapped, name, &source);
    if (found == 0) source = molt_dict_new();
    MoltValue result = found < 0 ? MOLT_ERROR : molt_call_method(target, "update", &source, 1, MOLT_NONE);
    if (found >= 0) molt_decref(source);
    molt_decref(target);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

/* For each name of an iterable of attribute names. */
static int for_each_name(MoltValue names, MoltValue wrapper, MoltValue wrapped,
                         int (*action)(MoltValue, MoltValue, const char *)) {
    MoltValue iterator = molt_iter(names);
    if (iterator == MOLT_ERROR) return -1;
    int status = 0;
    for (;;) {
        MoltValue name = molt_iter_next(iterator);
        if (name == MOLT_STOP) break;
        if (name == MOLT_ERROR) {
            status = -1;
            break;
        }
        const char *text = attribute_name(name);
        status = text ? action(wrapper, wrapped, text) : -1;
        molt_decref(name);
        if (status < 0) break;
    }
    molt_decref(iterator);
    return status;
}

int molt_functools_update_wrapper(MoltValue wrapper, MoltValue wrapped, MoltValue assigned, MoltValue updated) {
    int status = 0;
    if (assigned == MOLT_UNBOUND) {
        for (size_t i = 0; status == 0 && i < sizeof wrapper_assignments / sizeof wrapper_assignments[0]; i++)
            status = assign_one(wrapper, wrapped, wrapper_assignments[i]);
    } else {
        status = for_each_name(assigned, wrapper, wrapped, assign_one);
    }
    if (status < 0) return -1;
    status = updated == MOLT_UNBOUND ? update_one(wrapper, wrapped, "__dict__")
                                     : for_each_name(updated, wrapper, wrapped, update_one);
    if (status < 0) return -1;
    return molt_setattr(wrapper, "__wrapped__", wrapped);
}

static const char *const update_wrapper_names[] = {"wrapper", "wrapped", "assigned", "updated", NULL};

static MoltValue functools_update_wrapper(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const MoltArgSpec spec = {"update_wrapper", 2, 4, update_wrapper_names, 4};
    MoltValue parsed[4];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue assigned = parsed[2] == MOLT_ARG_MISSING ? MOLT_UNBOUND : parsed[2];
    MoltValue updated = parsed[3] == MOLT_ARG_MISSING ? MOLT_UNBOUND : parsed[3];
    if (molt_functools_update_wrapper(parsed[0], parsed[1], assigned, updated) < 0) return MOLT_ERROR;
    return molt_new_reference(parsed[0]);
}

static struct MoltBuiltinFunctionObject update_wrapper_function =
    MOLT_MODULE_FUNCTION("update_wrapper", functools_update_wrapper);

/* wraps(wrapped, assigned=..., updated=...) is partial(update_wrapper, wrapped=...,
 * assigned=..., updated=...), as in functools.py. */
static MoltValue functools_wraps(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const MoltArgSpec spec = {"wraps", 1, 3, update_wrapper_names + 1, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue values[4] = {molt_from_ptr(&update_wrapper_function), parsed[0],
                           parsed[1] == MOLT_ARG_MISSING ? make_wrapper_assignments() : molt_new_reference(parsed[1]),
                           parsed[2] == MOLT_ARG_MISSING ? make_wrapper_updates() : molt_new_reference(parsed[2])};
    MoltValue names[3];
    for (int i = 0; i < 3; i++) names[i] = molt_class_name_str(update_wrapper_names[i + 1]);
    MoltValue keyword_names = molt_tuple_from_borrowed(names, 3);
    MoltValue result = partial_new(values, 1, keyword_names);
    molt_decref(keyword_names);
    molt_decref(values[2]);
    molt_decref(values[3]);
    return result;
}

/* ---- cmp_to_key ------------------------------------------------------------------ */

/* cmp_to_key(mycmp) is a KeyWrapper without an object; calling it wraps one. */
typedef struct KeyWrapper {
    MoltObject header;
    MoltValue compare;
    MoltValue object;   /* MOLT_UNBOUND for the factory */
} KeyWrapper;

extern MoltType molt_type_KeyWrapper;

static void key_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    KeyWrapper *key = (KeyWrapper *)object;
    visit(key->compare, context);
    if (key->object != MOLT_UNBOUND) visit(key->object, context);
}

static void key_clear(MoltObject *object) {
    KeyWrapper *key = (KeyWrapper *)object;
    MoltValue compare = key->compare, held = key->object;
    key->compare = MOLT_NONE;
    key->object = MOLT_UNBOUND;
    molt_decref(compare);
    if (held != MOLT_UNBOUND) molt_decref(held);
}

static void key_dealloc(MoltObject *object) {
    key_clear(object);
    molt_gc_free(object);
}

static MoltValue key_new(MoltValue compare, MoltValue object) {
    KeyWrapper *key = molt_gc_allocate(sizeof *key, &molt_type_KeyWrapper);
    key->compare = molt_new_reference(compare);
    key->object = object;
    if (object != MOLT_UNBOUND) molt_incref(object);
    return molt_from_ptr(key);
}

static MoltValue key_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"obj", NULL};
    static const MoltArgSpec spec = {"K", 1, 1, names, 1};
    if (molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "cannot create 'functools.KeyWrapper' instances");
    MoltValue object;
    if (molt_args_parse(&spec, args, nargs, kwnames, &object) < 0) return MOLT_ERROR;
    return key_new(((KeyWrapper *)molt_as_ptr(callable))->compare, object);
}

static MoltValue key_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (molt_type_of(a) != &molt_type_KeyWrapper || molt_type_of(b) != &molt_type_KeyWrapper)
        return molt_raise_format(&molt_type_TypeError, "other argument must be K instance");
    const KeyWrapper *left = molt_as_ptr(a), *right = molt_as_ptr(b);
    if (left->object == MOLT_UNBOUND || right->object == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_AttributeError, "object");
    MoltValue pair[2] = {left->object, right->object};
    MoltValue order = molt_call(left->compare, pair, 2, MOLT_NONE);
    if (order == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_compare(op, order, molt_from_small_int(0));
    molt_decref(order);
    return result;
}

static MoltValue key_getattr(MoltValue self, const char *name) {
    const KeyWrapper *key = molt_as_ptr(self);
    if (strcmp(name, "obj") == 0) {
        if (key->object == MOLT_UNBOUND) return molt_raise_format(&molt_type_AttributeError, "obj");
        return molt_new_reference(key->object);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_KeyWrapper = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "functools.KeyWrapper",
    .module_name = "functools",
    .base = &molt_type_object,
    .dealloc = key_dealloc,
    .richcompare = key_richcompare,
    .call = key_call,
    .getattr = key_getattr,
    .instances_are_callable = true,
    .traverse = key_traverse,
    .clear = key_clear,
};

static MoltValue functools_cmp_to_key(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"mycmp", NULL};
    static const MoltArgSpec spec = {"cmp_to_key", 1, 1, names, 1};
    MoltValue compare;
    if (molt_args_parse(&spec, args, nargs, kwnames, &compare) < 0) return MOLT_ERROR;
    return key_new(compare, MOLT_UNBOUND);
}

/* ---- total_ordering -------------------------------------------------------------- */

/* One of functools.py's twelve _X_from_Y functions: `root` is the class's own
 * comparison; the result is (not) root(self, other), then, when that is false
 * (true), self != other ("and") or self == other ("or"). */
typedef enum { COMBINE_NONE, COMBINE_AND_NOT_EQUAL, COMBINE_OR_EQUAL } Combine;

typedef struct Conversion {
    MoltCode code;      /* first: the entry finds its Conversion from the function's code */
    const char *root;
    bool negate;
    Combine combine;
} Conversion;

static const char *const self_other[] = {"self", "other"};

static MoltValue conversion_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const Conversion *conversion = (const Conversion *)((MoltFunction *)molt_as_ptr(function))->code;
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    MoltValue root = molt_class_lookup_cstr(molt_type_of(bound[0]), conversion->root);
    MoltValue order = root == MOLT_UNBOUND ? molt_call_method(bound[0], conversion->root, &bound[1], 1, MOLT_NONE)
                                           : molt_call(root, bound, 2, MOLT_NONE);
    if (order == MOLT_ERROR || order == MOLT_NOT_IMPLEMENTED) {
        result = order;
        goto done;
    }
    if (conversion->negate) {
        int truth = molt_truthy(order);
        molt_decref(order);
        if (truth < 0) goto done;
        order = molt_from_bool(!truth);
    }
    if (conversion->combine == COMBINE_NONE) {
        result = order;
        goto done;
    }
    int truth = molt_truthy(order);
    if (truth < 0) {
        molt_decref(order);
        goto done;
    }
    if (truth == (conversion->combine == COMBINE_OR_EQUAL)) {
        result = order;
        goto done;
    }
    molt_decref(order);
    result = molt_compare(conversion->combine == COMBINE_OR_EQUAL ? MOLT_CMP_EQ : MOLT_CMP_NE, bound[0], bound[1]);
done:
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

#define CONVERSION(name, qualname, doc, root, negate, combine)                                                  \
    {{name, qualname, self_other, 2, 0, 0, false, false, conversion_entry, doc, sizeof doc - 1, "functools"}, root, negate, \
     combine}

/* By root, in functools.py's order: the three names a class with that root gets. */
static const Conversion conversions[4][3] = {
    {CONVERSION("__gt__", "_gt_from_lt",
                "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).", "__lt__", true,
                COMBINE_AND_NOT_EQUAL),
     CONVERSION("__le__", "_le_from_lt", "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).",
                "__lt__", false, COMBINE_OR_EQUAL),
     CONVERSION("__ge__", "_ge_from_lt", "Return a >= b.  Computed by @total_ordering from (not a < b).", "__lt__",
                true, COMBINE_NONE)},
    {CONVERSION("__ge__", "_ge_from_le",
                "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).", "__le__", true,
                COMBINE_OR_EQUAL),
     CONVERSION("__lt__", "_lt_from_le", "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).",
                "__le__", false, COMBINE_AND_NOT_EQUAL),
     CONVERSION("__gt__", "_gt_from_le", "Return a > b.  Computed by @total_ordering from (not a <= b).", "__le__",
                true, COMBINE_NONE)},
    {CONVERSION("__lt__", "_lt_from_gt",
                "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).", "__gt__", true,
                COMBINE_AND_NOT_EQUAL),
     CONVERSION("__ge__", "_ge_from_gt", "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).",
                "__gt__", false, COMBINE_OR_EQUAL),
     CONVERSION("__le__", "_le_from_gt", "Return a <= b.  Computed by @total_ordering from (not a > b).", "__gt__",
                true, COMBINE_NONE)},
    {CONVERSION("__le__", "_le_from_ge",
                "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).", "__ge__", true,
                COMBINE_OR_EQUAL),
     CONVERSION("__gt__", "_gt_from_ge", "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).",
                "__ge__", false, COMBINE_AND_NOT_EQUAL),
     CONVERSION("__lt__", "_lt_from_ge", "Return a < b.  Computed by @total_ordering from (not a >= b).", "__ge__",
                true, COMBINE_NONE)},
};

/* max(roots) of functools.py: __lt__ is preferred to __le__, to __gt__, to __ge__. */
static const char *const ordering_names[4] = {"__lt__", "__le__", "__gt__", "__ge__"};

static MoltValue functools_total_ordering(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("total_ordering", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue cls = args[0];
    bool defined[4] = {false};
    int root = -1;
    /* A comparison is a root when the class (or a base) defines it: object's own
     * comparisons are not in any class dict. */
    if (molt_is_type(cls) && molt_type_is_heap(molt_as_type(cls)))
        for (int i = 3; i >= 0; i--)
            if ((defined[i] = molt_class_lookup_cstr(molt_as_type(cls), ordering_names[i]) != MOLT_UNBOUND)) root = i;
    if (root < 0)
        return molt_raise_format(&molt_type_ValueError, "must define at least one ordering operation: < > <= >=");
    for (int i = 0; i < 3; i++) {
        const Conversion *conversion = &conversions[root][i];
        bool already = false;
        for (int j = 0; j < 4; j++)
            if (strcmp(ordering_names[j], conversion->code.name) == 0) already = defined[j];
        if (already) continue;
        MoltValue function = molt_function_new(&conversion->code, NULL, NULL, 0);
        int status = molt_setattr(cls, conversion->code.name, function);
        molt_decref(function);
        if (status < 0) return MOLT_ERROR;
    }
    return molt_new_reference(cls);
}

/* ---- the module ------------------------------------------------------------------ */

static const MoltModuleAttribute functools_attributes[] = {
    {"partial", make_partial},
    {"WRAPPER_ASSIGNMENTS", make_wrapper_assignments},
    {"WRAPPER_UPDATES", make_wrapper_updates},
};

static struct MoltBuiltinFunctionObject functools_functions[] = {
    MOLT_MODULE_FUNCTION("reduce", functools_reduce),
    MOLT_MODULE_FUNCTION("update_wrapper", functools_update_wrapper),
    MOLT_MODULE_FUNCTION("wraps", functools_wraps),
    MOLT_MODULE_FUNCTION("cmp_to_key", functools_cmp_to_key),
    MOLT_MODULE_FUNCTION("total_ordering", functools_total_ordering),
    MOLT_MODULE_FUNCTION("lru_cache", molt_functools_lru_cache),
    MOLT_MODULE_FUNCTION("cache", molt_functools_cache),
};

struct MoltModule molt_module_functools = MOLT_MODULE("functools", functools_functions, functools_attributes);
