/* The copy module: copy, deepcopy (with a memo dict keyed by id, as
 * CPython's, so cycles and shared references are kept) and copy.Error,
 * following CPython 3.12's Lib/copy.py: atomic values are themselves;
 * lists, dicts, sets and tuples are copied by type; a class's __copy__ or
 * an instance's __deepcopy__(memo) is called; other instances of user
 * classes are rebuilt as object.__reduce_ex__(4) and _reconstruct would do
 * (a new instance without __init__, the state from __getstate__ or the
 * __dict__ and slots, given to __setstate__ or stored back). */
#include <string.h>

#include "../core/args.h"
#include "../objects/builtin_function.h"
#include "../objects/bytes_internal.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/set.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static MoltModuleError copy_error = MOLT_MODULE_ERROR("Error", "copy", &molt_type_Exception);

/* Values both copy and deepcopy return as they are (_copy_atomic /
 * _deepcopy_atomic's types, classes, and enum members, whose class defines
 * __copy__ and __deepcopy__ returning self). */
static bool is_atomic(MoltValue x) {
    if (!molt_is_ptr(x)) return true;   /* int, float, bool, None, NotImplemented, Ellipsis */
    const MoltType *type = molt_type_of(x);
    if (molt_is_type(x)) return true;
    if (type == &molt_type_int || type == &molt_type_str || type == &molt_type_bytes || type == &molt_type_range ||
        type == &molt_type_function || type == &molt_type_builtin_function || type == &molt_type_property ||
        type == &molt_type_ellipsis || type == &molt_type_NoneType || type == &molt_type_float ||
        type == &molt_type_bool)
        return true;
    return molt_type_is_subtype(molt_type_of(molt_from_type(type)), &molt_type_EnumType);
}

static MoltValue cannot_copy(MoltValue x) {
    return molt_raise_format(&molt_type_TypeError, "cannot pickle '%s' object", molt_type_of(x)->name);
}

/* The builtin dict subtypes and deque of collections copy with their own
 * copy() method (which keeps default_factory and maxlen). */
static bool has_copy_method(MoltValue x) {
    const MoltType *type = molt_type_of(x);
    if (molt_type_is_heap(type)) return false;
    return (molt_is_dict_or_subtype(x) && !molt_is_dict(x)) || strcmp(type->name, "collections.deque") == 0;
}

static MoltValue deepcopy_value(MoltValue x, MoltValue memo);

/* ---- instances of user classes ------------------------------------------------------- */

/* object.__reduce_ex__'s state: __getstate__() when the class defines it,
 * else a copy of the __dict__ (None when empty), paired with the bound
 * slots when the class has __slots__. New reference. */
static MoltValue instance_state(MoltValue x, MoltClass *class_object) {
    MoltValue state = molt_instance_call_dunder(x, "__getstate__", NULL, 0);
    if (state != MOLT_NOT_IMPLEMENTED) return state;
    state = MOLT_NONE;
    if (molt_instance_dict_pointer(x)) {
        MoltValue dict = molt_getattr(x, "__dict__");
        if (dict == MOLT_ERROR) return MOLT_ERROR;
        if (molt_dict_length(dict) > 0) {
            state = molt_dict_new();
            if (molt_dict_update(state, dict) < 0) {
                molt_decref(dict);
                molt_decref(state);
                return MOLT_ERROR;
            }
        }
        molt_decref(dict);
    }
    if (class_object->slot_count == 0) return state;
    MoltValue slots = molt_dict_new();
    for (size_t i = 0; i < class_object->slot_count; i++) {
        MoltValue value;
        int found = molt_getattr_optional(x, class_object->slot_names[i], &value);
        if (found < 0) goto fail;
        if (!found) continue;
        MoltValue name = molt_str_from_utf8(class_object->slot_names[i], strlen(class_object->slot_names[i]));
        int status = molt_dict_setitem(slots, name, value);
        molt_decref(name);
        molt_decref(value);
        if (status < 0) goto fail;
    }
    if (molt_dict_length(slots) == 0) {
        molt_decref(slots);
        return state;
    }
    MoltValue pair = molt_tuple_pair(state, slots);
    molt_decref(state);
    molt_decref(slots);
    return pair;
fail:
    molt_decref(slots);
    molt_decref(state);
    return MOLT_ERROR;
}

/* _reconstruct's handling of the state for the new instance y. 0 or -1. */
static int set_state(MoltValue y, MoltValue state) {
    MoltValue result = molt_instance_call_dunder(y, "__setstate__", &state, 1);
    if (result != MOLT_NOT_IMPLEMENTED) {
        if (result == MOLT_ERROR) return -1;
        molt_decref(result);
        return 0;
    }
    MoltValue slots = MOLT_NONE;
    if (molt_is_tuple(state) && molt_tuple_length(state) == 2) {
        slots = molt_tuple_items(state)[1];
        state = molt_tuple_items(state)[0];
    }
    if (state != MOLT_NONE) {
        MoltValue dict = molt_getattr(y, "__dict__");
        if (dict == MOLT_ERROR) return -1;
        int status = molt_dict_update(dict, state);
        molt_decref(dict);
        if (status < 0) return -1;
    }
    if (slots != MOLT_NONE) {
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(slots, &position, &key, &value)) {
            size_t length;
            if (!molt_is_str(key)) continue;
            if (molt_setattr(y, molt_str_utf8(key, &length), value) < 0) return -1;
        }
    }
    return 0;
}

static int memo_store(MoltValue memo, MoltValue x, MoltValue y);

/* The items of an instance of a class deriving from list (iter(x), each
 * given to y.append) or dict (x.items(), each stored as y[key] = value),
 * deep-copied when memo is a memo: _reconstruct's listiter and dictiter. */
static int copy_container_items(MoltValue x, MoltValue y, MoltValue memo, bool dict) {
    MoltValue source = dict ? molt_call_method(x, "items", NULL, 0, MOLT_NONE) : molt_new_reference(x);
    MoltValue iterator = source == MOLT_ERROR ? MOLT_ERROR : molt_iter(source);
    molt_decref(source);
    if (iterator == MOLT_ERROR) return -1;
    int status = 0;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item != MOLT_ERROR && memo != MOLT_NONE) {
            MoltValue deep = deepcopy_value(item, memo);
            molt_decref(item);
            item = deep;
        }
        if (item == MOLT_ERROR) {
            status = -1;
            break;
        }
        if (dict) {
            MoltValue pair[2];
            status = molt_unpack(item, pair, 2);
            if (status == 0) {
                status = molt_setitem(y, pair[0], pair[1]);
                molt_decref(pair[0]);
                molt_decref(pair[1]);
            }
        } else {
            MoltValue result = molt_call_method(y, "append", &item, 1, MOLT_NONE);
            status = result == MOLT_ERROR ? -1 : 0;
            molt_decref(result);
        }
        molt_decref(item);
        if (status < 0) break;
    }
    molt_decref(iterator);
    return status;
}

/* copy(x) / deepcopy(x, memo) (memo MOLT_NONE: shallow) of an instance. */
static MoltValue reconstruct(MoltValue x, MoltValue memo) {
    MoltClass *class_object = (MoltClass *)molt_type_of(x);
    const MoltType *layout_base = class_object->layout_base;
    bool container = layout_base == &molt_type_dict || layout_base == &molt_type_list;
    if (layout_base != &molt_type_object && !container) return cannot_copy(x);
    /* A class's own reduction would decide what the copy is: not followed yet. */
    if (molt_class_lookup_cstr(&class_object->type, "__reduce_ex__") != MOLT_UNBOUND ||
        molt_class_lookup_cstr(&class_object->type, "__reduce__") != MOLT_UNBOUND)
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "Molt's copy does not follow __reduce__ or __reduce_ex__ yet (class '%s')",
                                 class_object->type.name);
    MoltValue state = instance_state(x, class_object);
    if (state == MOLT_ERROR) return MOLT_ERROR;
    MoltValue no_args = molt_tuple_new(0);
    MoltValue y = molt_instance_allocate(class_object, no_args);
    molt_decref(no_args);
    if (y == MOLT_ERROR || (memo != MOLT_NONE && memo_store(memo, x, y) < 0)) goto fail;
    if (state != MOLT_NONE) {
        if (memo != MOLT_NONE) {
            MoltValue deep = deepcopy_value(state, memo);
            molt_decref(state);
            state = deep;
            if (state == MOLT_ERROR) goto fail;
        }
        if (set_state(y, state) < 0) goto fail;
    }
    if (container && copy_container_items(x, y, memo, layout_base == &molt_type_dict) < 0) goto fail;
    molt_decref(state);
    return y;
fail:
    if (state != MOLT_ERROR) molt_decref(state);
    if (y != MOLT_ERROR) molt_decref(y);
    return MOLT_ERROR;
}

/* ---- copy ------------------------------------------------------------------------------ */

static MoltValue copy_value(MoltValue x) {
    if (is_atomic(x)) return molt_new_reference(x);
    const MoltType *type = molt_type_of(x);
    if (molt_is_list(x)) return molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (molt_is_dict(x)) return molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (type == &molt_type_set) return molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (molt_is_tuple(x) || type == &molt_type_frozenset) return molt_new_reference(x);
    if (molt_is_bytearray(x)) return molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (has_copy_method(x)) return molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (!molt_is_instance(x)) return cannot_copy(x);
    MoltValue copier = molt_class_lookup_cstr(type, "__copy__");
    if (copier != MOLT_UNBOUND) return molt_call_with_self(copier, x, NULL, 0, MOLT_NONE);
    return reconstruct(x, MOLT_NONE);
}

/* ---- deepcopy ------------------------------------------------------------------------ */

static MoltValue identity(MoltValue x) { return molt_builtin_id(&x, 1, MOLT_NONE); }

static int memo_store(MoltValue memo, MoltValue x, MoltValue y) {
    MoltValue key = identity(x);
    int status = molt_setitem(memo, key, y);
    molt_decref(key);
    return status;
}

/* _keep_alive: memo[id(memo)] is a list of the originals copied. */
static int keep_alive(MoltValue memo, MoltValue x) {
    MoltValue key = identity(memo);
    MoltValue list = molt_getitem(memo, key);
    int status = 0;
    if (list == MOLT_ERROR) {
        if (molt_exc_matches(molt_from_type(&molt_type_KeyError)) != 1) {
            molt_decref(key);
            return -1;
        }
        molt_decref(molt_exc_fetch());
        list = molt_list_new(0);
        status = molt_list_append(list, x);
        if (status == 0) status = molt_setitem(memo, key, list);
    } else {
        MoltValue result = molt_call_method(list, "append", &x, 1, MOLT_NONE);
        if (result == MOLT_ERROR) status = -1;
        else molt_decref(result);
    }
    molt_decref(list);
    molt_decref(key);
    return status;
}

/* memo.get(id(x), nil): a new reference, or MOLT_STOP when absent. */
static MoltValue memo_get(MoltValue memo, MoltValue x) {
    MoltValue key = identity(x);
    MoltValue found = molt_getitem(memo, key);
    molt_decref(key);
    if (found != MOLT_ERROR) return found;
    if (molt_exc_matches(molt_from_type(&molt_type_KeyError)) != 1) return MOLT_ERROR;
    molt_decref(molt_exc_fetch());
    return MOLT_STOP;
}

static MoltValue deepcopy_list(MoltValue x, MoltValue memo) {
    MoltValue y = molt_list_new(0);
    if (memo_store(memo, x, y) < 0) goto fail;
    for (int64_t i = 0; i < molt_list_length(x); i++) {
        MoltValue item = molt_list_items(x)[i];
        molt_incref(item);
        MoltValue copied = deepcopy_value(item, memo);
        molt_decref(item);
        if (copied == MOLT_ERROR) goto fail;
        int status = molt_list_append(y, copied);
        molt_decref(copied);
        if (status < 0) goto fail;
    }
    return y;
fail:
    molt_decref(y);
    return MOLT_ERROR;
}

static MoltValue deepcopy_tuple(MoltValue x, MoltValue memo) {
    int64_t length = molt_tuple_length(x);
    MoltValue y = molt_tuple_new(length);
    bool same = true;
    for (int64_t i = 0; i < length; i++) {
        MoltValue copied = deepcopy_value(molt_tuple_items(x)[i], memo);
        if (copied == MOLT_ERROR) {
            molt_decref(y);
            return MOLT_ERROR;
        }
        molt_tuple_items(y)[i] = copied;
        if (copied != molt_tuple_items(x)[i]) same = false;
    }
    /* A cycle through the tuple may have copied it already. */
    MoltValue earlier = memo_get(memo, x);
    if (earlier != MOLT_STOP) {
        molt_decref(y);
        return earlier;
    }
    if (same) {
        molt_decref(y);
        return molt_new_reference(x);
    }
    return y;
}

/* A dict (or, with `y` made by copy(), a collections dict subtype):
 * y[deepcopy(k)] = deepcopy(v) for every item. */
static MoltValue deepcopy_dict_into(MoltValue x, MoltValue y, MoltValue memo) {
    if (memo_store(memo, x, y) < 0) goto fail;
    MoltValue items = molt_call_method(x, "items", NULL, 0, MOLT_NONE);
    MoltValue list = items == MOLT_ERROR ? MOLT_ERROR : molt_call(molt_from_type(&molt_type_list), &items, 1, MOLT_NONE);
    if (items != MOLT_ERROR) molt_decref(items);
    if (list == MOLT_ERROR) goto fail;
    for (int64_t i = 0; i < molt_list_length(list); i++) {
        MoltValue pair = molt_list_items(list)[i];
        MoltValue key = deepcopy_value(molt_tuple_items(pair)[0], memo);
        MoltValue value = key == MOLT_ERROR ? MOLT_ERROR : deepcopy_value(molt_tuple_items(pair)[1], memo);
        int status = value == MOLT_ERROR ? -1 : molt_setitem(y, key, value);
        if (key != MOLT_ERROR) molt_decref(key);
        if (value != MOLT_ERROR) molt_decref(value);
        if (status < 0) {
            molt_decref(list);
            goto fail;
        }
    }
    molt_decref(list);
    return y;
fail:
    molt_decref(y);
    return MOLT_ERROR;
}

/* A set or frozenset reduces to (type, (list(x),)): the items are deep
 * copied before the new set exists. A bytearray to (type, (bytes,)). */
static MoltValue deepcopy_by_items(MoltValue x, MoltValue memo) {
    MoltValue list = molt_call(molt_from_type(&molt_type_list), &x, 1, MOLT_NONE);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    MoltValue copied = deepcopy_list(list, memo);
    molt_decref(list);
    if (copied == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_call(molt_from_type(molt_type_of(x)), &copied, 1, MOLT_NONE);
    molt_decref(copied);
    return result;
}

/* A deque: copy() keeps maxlen; then clear and append the deep copies. */
static MoltValue deepcopy_deque(MoltValue x, MoltValue memo) {
    MoltValue y = molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
    if (y == MOLT_ERROR) return MOLT_ERROR;
    MoltValue items = molt_call(molt_from_type(&molt_type_list), &x, 1, MOLT_NONE);
    MoltValue cleared = items == MOLT_ERROR ? MOLT_ERROR : molt_call_method(y, "clear", NULL, 0, MOLT_NONE);
    if (cleared == MOLT_ERROR || memo_store(memo, x, y) < 0) goto fail;
    molt_decref(cleared);
    for (int64_t i = 0; i < molt_list_length(items); i++) {
        MoltValue copied = deepcopy_value(molt_list_items(items)[i], memo);
        MoltValue appended = copied == MOLT_ERROR ? MOLT_ERROR : molt_call_method(y, "append", &copied, 1, MOLT_NONE);
        if (copied != MOLT_ERROR) molt_decref(copied);
        if (appended == MOLT_ERROR) goto fail;
        molt_decref(appended);
    }
    molt_decref(items);
    return y;
fail:
    if (items != MOLT_ERROR) molt_decref(items);
    molt_decref(y);
    return MOLT_ERROR;
}

static MoltValue deepcopy_dispatch(MoltValue x, MoltValue memo) {
    const MoltType *type = molt_type_of(x);
    if (molt_is_list(x)) return deepcopy_list(x, memo);
    if (molt_is_tuple(x)) return deepcopy_tuple(x, memo);
    if (molt_is_dict(x)) return deepcopy_dict_into(x, molt_dict_new(), memo);
    if (molt_is_set_or_frozenset(x) || molt_is_bytearray(x)) return deepcopy_by_items(x, memo);
    if (has_copy_method(x)) {
        if (!molt_is_dict_or_subtype(x)) return deepcopy_deque(x, memo);
        MoltValue y = molt_call_method(x, "copy", NULL, 0, MOLT_NONE);
        MoltValue cleared = y == MOLT_ERROR ? MOLT_ERROR : molt_call_method(y, "clear", NULL, 0, MOLT_NONE);
        if (cleared == MOLT_ERROR) {
            if (y != MOLT_ERROR) molt_decref(y);
            return MOLT_ERROR;
        }
        molt_decref(cleared);
        return deepcopy_dict_into(x, y, memo);
    }
    if (!molt_is_instance(x)) return cannot_copy(x);
    MoltValue copier;
    int found = molt_getattr_optional(x, "__deepcopy__", &copier);
    if (found < 0) return MOLT_ERROR;
    if (found) {
        MoltValue result = molt_call(copier, &memo, 1, MOLT_NONE);
        molt_decref(copier);
        return result;
    }
    (void)type;
    return reconstruct(x, memo);
}

static MoltValue deepcopy_value(MoltValue x, MoltValue memo) {
    MoltValue earlier = memo_get(memo, x);
    if (earlier != MOLT_STOP) return earlier;
    if (is_atomic(x)) return molt_new_reference(x);
    MoltValue y = deepcopy_dispatch(x, memo);
    if (y == MOLT_ERROR) return MOLT_ERROR;
    /* Not memoized when it is its own copy. */
    if (y != x && (memo_store(memo, x, y) < 0 || keep_alive(memo, x) < 0)) {
        molt_decref(y);
        return MOLT_ERROR;
    }
    return y;
}

/* ---- the module -------------------------------------------------------------------------- */

static MoltValue copy_copy(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"x", NULL};
    static const MoltArgSpec spec = {"copy", 1, 1, names, 1};
    MoltValue x;
    if (molt_args_parse(&spec, args, nargs, kwnames, &x) < 0) return MOLT_ERROR;
    return copy_value(x);
}

static MoltValue copy_deepcopy(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"x", "memo", "_nil", NULL};
    static const MoltArgSpec spec = {"deepcopy", 1, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue memo = bound[1] == MOLT_ARG_MISSING || bound[1] == MOLT_NONE ? molt_dict_new() : molt_new_reference(bound[1]);
    MoltValue result = deepcopy_value(bound[0], memo);
    molt_decref(memo);
    return result;
}

static MoltValue make_error(void) { return molt_module_error_attribute(&copy_error); }

static const MoltModuleAttribute copy_attributes[] = {{"Error", make_error}, {"error", make_error}};

static struct MoltBuiltinFunctionObject copy_functions[] = {
    MOLT_MODULE_FUNCTION("copy", copy_copy),
    MOLT_MODULE_FUNCTION("deepcopy", copy_deepcopy),
};

struct MoltModule molt_module_copy = MOLT_MODULE("copy", copy_functions, copy_attributes);
