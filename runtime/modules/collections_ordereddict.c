/* collections.OrderedDict, as CPython's C OrderedDict: a dict whose order
 * can be changed (move_to_end, popitem(last=False)) and whose equality with
 * another OrderedDict is order-sensitive. A dict already keeps insertion
 * order, so the order lives in the dict's own entries (dict.h's
 * molt_dict_move_to_end and molt_dict_pop_end) rather than in a second
 * linked list as in CPython. */
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/repr_guard.h"
#include "../objects/dict.h"
#include "../objects/type.h"
#include "collections_internal.h"

static bool is_ordereddict(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_type_of(v), &molt_type_OrderedDict);
}

static MoltValue ordereddict_new(void) { return molt_dict_new_subtype(&molt_type_OrderedDict, sizeof(MoltDict)); }

/* OrderedDict(other=(), /, **kwds). */
static MoltValue ordereddict_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    if (nargs > 1) return molt_raise_format(&molt_type_TypeError, "expected at most 1 arguments, got %zu", nargs);
    MoltValue self = ordereddict_new();
    if (molt_dict_update_arguments(self, "update", args, nargs, kwnames) < 0) {
        molt_decref(self);
        return MOLT_ERROR;
    }
    return self;
}

/* OrderedDict({'a': 1}), OrderedDict() when empty; "..." when it contains
 * itself. The guard is left before dict's repr, which enters it again, so
 * that the inner occurrence prints "...". */
static MoltValue ordereddict_repr(MoltValue self) {
    if (molt_dict_length(self) == 0) return molt_str_from_utf8("OrderedDict()", 13);
    if (molt_repr_enter(self)) return molt_str_from_utf8("...", 3);
    molt_repr_leave(self);
    MoltValue contents = molt_dict_repr(self);
    if (contents == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "OrderedDict(");
    molt_buffer_append_str(&text, contents);
    molt_decref(contents);
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

/* Are the keys of two OrderedDicts of equal length equal, in order? 1, 0, -1. */
static int keys_equal_in_order(MoltValue a, MoltValue b) {
    int64_t position_a = 0, position_b = 0;
    MoltValue key_a, key_b;
    while (molt_dict_next(a, &position_a, &key_a, NULL) && molt_dict_next(b, &position_b, &key_b, NULL)) {
        molt_incref(key_a);
        molt_incref(key_b);
        int equal = molt_equal(key_a, key_b);
        molt_decref(key_a);
        molt_decref(key_b);
        if (equal <= 0) return equal;
    }
    return 1;
}

static MoltValue ordereddict_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_ordereddict(a) || !molt_is_dict_or_subtype(b) || (op != MOLT_CMP_EQ && op != MOLT_CMP_NE))
        return MOLT_NOT_IMPLEMENTED;
    MoltValue result = molt_dict_richcompare(a, b, op);
    if (result == MOLT_ERROR || !is_ordereddict(b)) return result;
    if (result == molt_from_bool(op == MOLT_CMP_NE)) return result;
    int equal = keys_equal_in_order(a, b);
    if (equal < 0) return MOLT_ERROR;
    return molt_from_bool(equal == (op == MOLT_CMP_EQ));
}

/* a | b with an OrderedDict on either side: OrderedDict(a) updated with b. */
static MoltValue ordereddict_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR || !molt_is_dict_or_subtype(a) || !molt_is_dict_or_subtype(b)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = ordereddict_new();
    if (molt_dict_update(result, a) < 0 || molt_dict_update(result, b) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue ordereddict_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                         MoltValue kwnames) {
    if (strcmp(name, "move_to_end") == 0) {
        static const char *const names[] = {"key", "last", NULL};
        static const MoltArgSpec spec = {"move_to_end", 1, 2, names, 2};
        MoltValue parsed[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        int last = parsed[1] == MOLT_ARG_MISSING ? 1 : molt_truthy(parsed[1]);
        if (last < 0) return MOLT_ERROR;
        int moved = molt_dict_move_to_end(self, parsed[0], last);
        if (moved < 0) return MOLT_ERROR;
        return moved ? MOLT_NONE : molt_raise_key_error(parsed[0]);
    }
    if (strcmp(name, "popitem") == 0) {
        static const char *const names[] = {"last", NULL};
        static const MoltArgSpec spec = {"popitem", 0, 1, names, 1};
        MoltValue last_argument;
        if (molt_args_parse(&spec, args, nargs, kwnames, &last_argument) < 0) return MOLT_ERROR;
        int last = last_argument == MOLT_ARG_MISSING ? 1 : molt_truthy(last_argument);
        if (last < 0) return MOLT_ERROR;
        MoltValue pair = molt_dict_pop_end(self, last);
        if (pair != MOLT_STOP) return pair;
        MoltValue message = molt_str_from_utf8("dictionary is empty", 19);
        molt_raise_key_error(message);
        molt_decref(message);
        return MOLT_ERROR;
    }
    if (strcmp(name, "copy") == 0 || strcmp(name, "__copy__") == 0) {
        if (molt_args_none("OrderedDict", name, nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue copy = ordereddict_new();
        if (molt_dict_update(copy, self) < 0) {
            molt_decref(copy);
            return MOLT_ERROR;
        }
        return copy;
    }
    if (strcmp(name, "fromkeys") == 0) return molt_dict_fromkeys(molt_type_of(self), args, nargs, kwnames);
    return molt_dict_call_method(self, name, args, nargs, kwnames);
}

static const char *const ordereddict_method_names[] = {MOLT_DICT_METHOD_NAMES, "move_to_end", "__copy__", NULL};

MoltType molt_type_OrderedDict = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "collections.OrderedDict",
    .module_name = "collections",
    .base = &molt_type_dict,
    .dealloc = molt_dict_dealloc,
    .repr = ordereddict_repr,
    .binary_op = ordereddict_binary_op,
    .inplace_op = molt_dict_inplace_op,
    .richcompare = ordereddict_richcompare,
    .length = molt_dict_length,
    .getitem = molt_dict_getitem,
    .setitem = molt_dict_setitem,
    .delitem = molt_dict_delitem,
    .contains = molt_dict_contains,
    .iter = molt_dict_iter,
    .call = ordereddict_call,
    .call_method = ordereddict_call_method,
    .class_method = molt_dict_class_method,
    .method_names = ordereddict_method_names,
    .traverse = molt_dict_traverse,
    .clear = molt_dict_gc_clear,
};
