/* collections.defaultdict, as CPython's _collections.defaultdict: a dict
 * whose d[key] on a missing key calls default_factory() and stores the
 * result (__missing__); every other dict behaviour is dict's own. */
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"
#include "../objects/dict.h"
#include "../objects/type.h"
#include "collections_internal.h"

typedef struct DefaultDict {
    MoltDict dict;
    MoltValue factory;   /* default_factory; MOLT_NONE for none */
} DefaultDict;

static DefaultDict *defaultdict_object(MoltValue v) { return (DefaultDict *)molt_as_ptr(v); }

static void defaultdict_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    molt_dict_traverse(self, visit, context);
    visit(((DefaultDict *)self)->factory, context);
}

static void defaultdict_clear(MoltObject *self) {
    DefaultDict *dict = (DefaultDict *)self;
    MoltValue factory = dict->factory;
    dict->factory = MOLT_NONE;
    molt_decref(factory);
    molt_dict_gc_clear(self);
}

static void defaultdict_dealloc(MoltObject *self) {
    molt_decref(((DefaultDict *)self)->factory);
    molt_dict_dealloc(self);
}

static MoltValue defaultdict_new(MoltValue factory) {
    MoltValue self = molt_dict_new_subtype(&molt_type_defaultdict, sizeof(DefaultDict));
    molt_incref(factory);
    defaultdict_object(self)->factory = factory;
    return self;
}

/* defaultdict(self.default_factory, self): copy() and the left operand of |. */
static MoltValue defaultdict_copy_of(MoltValue self, MoltValue contents) {
    MoltValue copy = defaultdict_new(defaultdict_object(self)->factory);
    if (molt_dict_update(copy, contents) < 0) {
        molt_decref(copy);
        return MOLT_ERROR;
    }
    return copy;
}

/* defaultdict(default_factory=None, /, *args, **kwargs): the rest as dict(). */
static MoltValue defaultdict_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    MoltValue factory = nargs > 0 ? args[0] : MOLT_NONE;
    if (factory != MOLT_NONE && !molt_is_callable(factory))
        return molt_raise_format(&molt_type_TypeError, "first argument must be callable or None");
    MoltValue self = defaultdict_new(factory);
    size_t rest = nargs > 0 ? nargs - 1 : 0;
    if (molt_dict_update_arguments(self, "dict", args + (nargs - rest), rest, kwnames) < 0) {
        molt_decref(self);
        return MOLT_ERROR;
    }
    return self;
}

static MoltValue defaultdict_missing(MoltValue self, MoltValue key) {
    MoltValue factory = defaultdict_object(self)->factory;
    if (factory == MOLT_NONE) return molt_raise_key_error(key);
    molt_incref(factory);   /* the call may replace default_factory */
    MoltValue value = molt_call(factory, NULL, 0, MOLT_NONE);
    molt_decref(factory);
    if (value == MOLT_ERROR) return MOLT_ERROR;
    if (molt_setitem(self, key, value) < 0) {
        molt_decref(value);
        return MOLT_ERROR;
    }
    return value;
}

static MoltValue defaultdict_getitem(MoltValue self, MoltValue key) {
    MoltValue value = molt_dict_lookup(self, key);
    if (value == MOLT_ERROR) return MOLT_ERROR;
    if (value == MOLT_STOP) return defaultdict_missing(self, key);
    molt_incref(value);
    return value;
}

/* defaultdict(<class 'list'>, {'a': []}); a factory that is being repr'd
 * further up (it contains the dict) prints as "...". */
static MoltValue defaultdict_repr(MoltValue self) {
    MoltValue factory = defaultdict_object(self)->factory;
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "defaultdict(");
    int status = 0;
    if (factory == MOLT_NONE) {
        molt_buffer_append_cstr(&text, "None");
    } else if (molt_repr_enter(factory)) {
        molt_buffer_append_cstr(&text, "...");
    } else {
        status = molt_buffer_append_repr(&text, factory);
        molt_repr_leave(factory);
    }
    if (status == 0) {
        molt_buffer_append_cstr(&text, ", ");
        MoltValue contents = molt_dict_repr(self);
        if (contents == MOLT_ERROR) status = -1;
        else {
            molt_buffer_append_str(&text, contents);
            molt_decref(contents);
        }
    }
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

/* d | other, other | d: a defaultdict with d's factory, the left operand's
 * entries, then the right's; NotImplemented unless the other is a dict. */
static MoltValue defaultdict_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR) return MOLT_NOT_IMPLEMENTED;
    bool left = molt_type_is_subtype(molt_type_of(a), &molt_type_defaultdict);
    MoltValue self = left ? a : b, other = left ? b : a;
    if (!molt_is_dict_or_subtype(other)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = defaultdict_copy_of(self, a);
    if (result != MOLT_ERROR && molt_dict_update(result, b) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue defaultdict_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                         MoltValue kwnames) {
    if (strcmp(name, "__missing__") == 0) {
        if (molt_args_exactly_one("__missing__", nargs, kwnames) < 0) return MOLT_ERROR;
        return defaultdict_missing(self, args[0]);
    }
    if (strcmp(name, "copy") == 0 || strcmp(name, "__copy__") == 0) {
        if (molt_args_none("defaultdict", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return defaultdict_copy_of(self, self);
    }
    if (strcmp(name, "fromkeys") == 0) return molt_dict_fromkeys(molt_type_of(self), args, nargs, kwnames);
    return molt_dict_call_method(self, name, args, nargs, kwnames);
}

static MoltValue defaultdict_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "default_factory") != 0) return MOLT_NOT_IMPLEMENTED;
    MoltValue factory = defaultdict_object(self)->factory;
    molt_incref(factory);
    return factory;
}

/* default_factory takes any value (CPython checks it only in the
 * constructor); deleting it leaves None. */
static int defaultdict_setattr(MoltValue self, const char *name, MoltValue value) {
    if (strcmp(name, "default_factory") != 0) {
        molt_raise_format(&molt_type_AttributeError, "'collections.defaultdict' object has no attribute '%s'", name);
        return -1;
    }
    DefaultDict *dict = defaultdict_object(self);
    MoltValue old = dict->factory;
    dict->factory = value == MOLT_UNBOUND ? MOLT_NONE : value;
    molt_incref(dict->factory);
    molt_decref(old);
    return 0;
}

static const char *const defaultdict_method_names[] = {MOLT_DICT_METHOD_NAMES, "__missing__", "__copy__", NULL};

MoltType molt_type_defaultdict = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "collections.defaultdict",
    .module_name = "collections",
    .base = &molt_type_dict,
    .dealloc = defaultdict_dealloc,
    .repr = defaultdict_repr,
    .binary_op = defaultdict_binary_op,
    .inplace_op = molt_dict_inplace_op,
    .richcompare = molt_dict_richcompare,
    .length = molt_dict_length,
    .getitem = defaultdict_getitem,
    .setitem = molt_dict_setitem,
    .delitem = molt_dict_delitem,
    .contains = molt_dict_contains,
    .iter = molt_dict_iter,
    .call = defaultdict_call,
    .call_method = defaultdict_call_method,
    .class_method = molt_dict_class_method,
    .getattr = defaultdict_getattr,
    .setattr = defaultdict_setattr,
    .method_names = defaultdict_method_names,
    .traverse = defaultdict_traverse,
    .clear = defaultdict_clear,
};
