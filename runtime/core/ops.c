/* Generic operations on boxed values (see ops.h): each looks up the slot in
 * the operands' type objects and applies CPython's protocol around it
 * (reflected operands, identity fallback for ==, error messages). No type is
 * special-cased here except where CPython's protocol itself is. */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "../objects/generic_alias.h"
#include "args.h"
#include "buffer.h"
#include "../objects/builtin_dunder.h"
#include "../objects/builtin_function.h"
#include "../objects/bytes_internal.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/number.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static const char *const binary_op_symbols[] = {
    [MOLT_OP_ADD] = "+",      [MOLT_OP_SUB] = "-",  [MOLT_OP_MUL] = "*",
    [MOLT_OP_MATMUL] = "@",   [MOLT_OP_TRUEDIV] = "/", [MOLT_OP_MOD] = "%",
    [MOLT_OP_POW] = "**",     [MOLT_OP_LSHIFT] = "<<", [MOLT_OP_RSHIFT] = ">>",
    [MOLT_OP_OR] = "|",       [MOLT_OP_XOR] = "^",  [MOLT_OP_AND] = "&",
    [MOLT_OP_FLOORDIV] = "//",
};

static const char *const compare_op_symbols[] = {
    [MOLT_CMP_LT] = "<", [MOLT_CMP_LE] = "<=", [MOLT_CMP_EQ] = "==",
    [MOLT_CMP_NE] = "!=", [MOLT_CMP_GT] = ">", [MOLT_CMP_GE] = ">=",
};

static const char *type_name(MoltValue v) { return molt_type_of(v)->name; }

/* Both operands' binary_op slots in turn; MOLT_NOT_IMPLEMENTED when neither applies. */
static MoltValue try_binary_slots(MoltBinaryOp op, MoltValue a, MoltValue b) {
    const MoltType *a_type = molt_type_of(a);
    const MoltType *b_type = molt_type_of(b);
    /* CPython tries both operands' number slots before a sequence's concat
     * or repeat ("s" + obj calls obj.__radd__ before str refuses); builtin
     * slots here do both at once, so a class's reflected + and * go first. */
    bool reflected_first = (op == MOLT_OP_ADD || op == MOLT_OP_MUL) && b_type->binary_op &&
                           molt_type_is_heap(b_type) && !molt_type_is_heap(a_type);
    /* A builtin subtype that overrides the operator also goes first, as in
     * CPython: dict | defaultdict is a defaultdict. */
    reflected_first |= b_type != a_type && b_type->binary_op && b_type->binary_op != a_type->binary_op &&
                       !molt_type_is_heap(b_type) && molt_type_is_subtype(b_type, a_type);
    if (reflected_first) {
        MoltValue result = b_type->binary_op(op, a, b);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (a_type->binary_op) {
        MoltValue result = a_type->binary_op(op, a, b);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (!reflected_first && b_type != a_type && b_type->binary_op && b_type->binary_op != a_type->binary_op) {
        MoltValue result = b_type->binary_op(op, a, b);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue unsupported_operands(MoltBinaryOp op, MoltValue a, MoltValue b, bool inplace) {
    const char *symbol = op == MOLT_OP_POW && !inplace ? "** or pow()" : binary_op_symbols[op];
    return molt_raise_format(&molt_type_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                             symbol, inplace ? "=" : "", type_name(a), type_name(b));
}

MoltValue molt_binary_op_slots(MoltBinaryOp op, MoltValue a, MoltValue b) {
    MoltValue result = try_binary_slots(op, a, b);
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    return unsupported_operands(op, a, b, false);
}

MoltValue molt_inplace_op_slots(MoltBinaryOp op, MoltValue a, MoltValue b) {
    const MoltType *a_type = molt_type_of(a);
    if (a_type->inplace_op) {
        MoltValue result = a_type->inplace_op(op, a, b);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    MoltValue result = try_binary_slots(op, a, b);
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    return unsupported_operands(op, a, b, true);
}

static MoltValue unary(MoltValue (*slot)(MoltValue), MoltValue a, const char *symbol) {
    if (slot) return slot(a);
    return molt_raise_format(&molt_type_TypeError, "bad operand type for unary %s: '%s'", symbol,
                             type_name(a));
}

MoltValue molt_negative(MoltValue a) { return unary(molt_type_of(a)->unary_negative, a, "-"); }
MoltValue molt_positive(MoltValue a) { return unary(molt_type_of(a)->unary_positive, a, "+"); }
MoltValue molt_invert(MoltValue a) { return unary(molt_type_of(a)->unary_invert, a, "~"); }

static MoltCompareOp reflected(MoltCompareOp op) {
    switch (op) {
    case MOLT_CMP_LT: return MOLT_CMP_GT;
    case MOLT_CMP_LE: return MOLT_CMP_GE;
    case MOLT_CMP_GT: return MOLT_CMP_LT;
    case MOLT_CMP_GE: return MOLT_CMP_LE;
    default: return op;
    }
}

MoltValue molt_compare(MoltCompareOp op, MoltValue a, MoltValue b) {
    const MoltType *a_type = molt_type_of(a);
    const MoltType *b_type = molt_type_of(b);
    /* A subclass's reflected method goes first, so that it can override. */
    bool reverse_tried = false;
    if (b_type != a_type && b_type->richcompare && molt_type_is_subtype(b_type, a_type)) {
        reverse_tried = true;
        MoltValue result = b_type->richcompare(b, a, reflected(op));
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (a_type->richcompare) {
        MoltValue result = a_type->richcompare(a, b, op);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    /* Builtin types compare both ways in one slot; a class's reflected
     * dunder (a < b as b.__gt__(a)) is tried even for the same class. */
    if (!reverse_tried && b_type->richcompare &&
        (b_type != a_type || a_type->richcompare != b_type->richcompare || molt_type_is_heap(a_type))) {
        MoltValue result = b_type->richcompare(b, a, reflected(op));
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (op == MOLT_CMP_EQ) return molt_from_bool(a == b);
    if (op == MOLT_CMP_NE) return molt_from_bool(a != b);
    return molt_raise_format(&molt_type_TypeError,
                             "'%s' not supported between instances of '%s' and '%s'",
                             compare_op_symbols[op], a_type->name, b_type->name);
}

int molt_compare_bool_slots(MoltCompareOp op, MoltValue a, MoltValue b) {
    /* Two exact str compare without making a bool result object. */
    if (molt_is_str(a) && molt_is_str(b)) return molt_str_compare_bool(op, a, b);
    MoltValue result = molt_compare(op, a, b);
    if (result == MOLT_ERROR) return -1;
    if (molt_is_bool(result)) return molt_bool_value(result);
    int truth = molt_truthy(result);
    molt_decref(result);
    return truth;
}

int molt_equal(MoltValue a, MoltValue b) {
    if (a == b) return 1;
    if (molt_is_small_int(a) && molt_is_small_int(b)) return 0;
    return molt_compare_bool(MOLT_CMP_EQ, a, b);
}

int molt_truthy(MoltValue v) {
    if (molt_is_bool(v)) return molt_bool_value(v);
    if (molt_is_small_int(v)) return molt_small_int_value(v) != 0;
    if (v == MOLT_NONE) return 0;
    if (molt_is_double(v)) return molt_as_double(v) != 0.0;
    const MoltType *type = molt_type_of(v);
    if (type->truthy) return type->truthy(v);
    if (type->length) {
        int64_t length = type->length(v);
        return length < 0 ? -1 : length != 0;
    }
    return 1;
}

int molt_contains(MoltValue container, MoltValue item) {
    const MoltType *type = molt_type_of(container);
    if (type->contains) return type->contains(container, item);
    if (!type->iter) {
        molt_raise_format(&molt_type_TypeError, "argument of type '%s' is not iterable", type->name);
        return -1;
    }
    MoltValue iterator = molt_iter(container);
    if (iterator == MOLT_ERROR) return -1;
    int found = 0;
    for (;;) {
        MoltValue next = molt_iter_next(iterator);
        if (next == MOLT_STOP) break;
        if (next == MOLT_ERROR) {
            found = -1;
            break;
        }
        found = molt_equal(next, item);
        molt_decref(next);
        if (found != 0) break;
    }
    molt_decref(iterator);
    return found;
}

MoltValue molt_getitem(MoltValue container, MoltValue key) {
    const MoltType *type = molt_type_of(container);
    if (type->getitem) return type->getitem(container, key);
    if (molt_is_type(container) && molt_type_is_generic(molt_as_type(container)))
        return molt_generic_alias_new(container, key);
    if (molt_is_type(container) && molt_type_is_heap(molt_as_type(container))) {
        /* C[key] asks the class's __class_getitem__ (implicitly a classmethod). */
        MoltValue class_getitem = molt_class_lookup_cstr(molt_as_type(container), "__class_getitem__");
        if (class_getitem != MOLT_UNBOUND) {
            if (molt_type_of(class_getitem) == &molt_type_function)
                return molt_call_with_self(class_getitem, container, &key, 1, MOLT_NONE);
            MoltValue bound = molt_descriptor_get(class_getitem, MOLT_NONE, molt_as_type(container));
            if (bound == MOLT_ERROR) return MOLT_ERROR;
            MoltValue result = molt_call(bound, &key, 1, MOLT_NONE);
            molt_decref(bound);
            return result;
        }
    }
    if (molt_is_type(container))
        return molt_raise_format(&molt_type_TypeError, "type '%s' is not subscriptable",
                                 molt_as_type(container)->name);
    return molt_raise_format(&molt_type_TypeError, "'%s' object is not subscriptable", type->name);
}

int molt_setitem(MoltValue container, MoltValue key, MoltValue value) {
    const MoltType *type = molt_type_of(container);
    if (type->setitem) return type->setitem(container, key, value);
    molt_raise_format(&molt_type_TypeError, "'%s' object does not support item assignment",
                      type->name);
    return -1;
}

int molt_delitem(MoltValue container, MoltValue key) {
    const MoltType *type = molt_type_of(container);
    if (type->delitem) return type->delitem(container, key);
    molt_raise_format(&molt_type_TypeError, "'%s' object doesn't support item deletion",
                      type->name);
    return -1;
}

MoltValue molt_iter(MoltValue iterable) {
    const MoltType *type = molt_type_of(iterable);
    if (type->iter) return type->iter(iterable);
    return molt_raise_format(&molt_type_TypeError, "'%s' object is not iterable", type->name);
}

MoltValue molt_iter_next(MoltValue iterator) {
    const MoltType *type = molt_type_of(iterator);
    if (type->iternext) return type->iternext(iterator);
    return molt_raise_format(&molt_type_TypeError, "'%s' object is not an iterator", type->name);
}

static int unpack_count_error(size_t expected, int64_t got) {
    if (got < (int64_t)expected)
        molt_raise_format(&molt_type_ValueError, "not enough values to unpack (expected %zu, got %lld)",
                          expected, (long long)got);
    else
        molt_raise_format(&molt_type_ValueError, "too many values to unpack (expected %zu)", expected);
    return -1;
}

static int unpack_array(const MoltValue *items, int64_t length, MoltValue *out, size_t count) {
    if (length != (int64_t)count) return unpack_count_error(count, length);
    for (size_t i = 0; i < count; i++) {
        molt_incref(items[i]);
        out[i] = items[i];
    }
    return 0;
}

int molt_unpack(MoltValue iterable, MoltValue *out, size_t count) {
    if (molt_is_tuple(iterable))
        return unpack_array(molt_tuple_items(iterable), molt_tuple_length(iterable), out, count);
    if (molt_is_list(iterable)) {
        MoltList *list = molt_list_object(iterable);
        return unpack_array(list->items, list->length, out, count);
    }
    if (!molt_type_of(iterable)->iter) {
        molt_raise_format(&molt_type_TypeError, "cannot unpack non-iterable %s object",
                          type_name(iterable));
        return -1;
    }
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    size_t filled = 0;
    int status = 0;
    for (; filled < count; filled++) {
        MoltValue next = molt_iter_next(iterator);
        if (next == MOLT_ERROR || next == MOLT_STOP) {
            if (next == MOLT_STOP) unpack_count_error(count, (int64_t)filled);
            status = -1;
            break;
        }
        out[filled] = next;
    }
    if (status == 0) {
        MoltValue extra = molt_iter_next(iterator);
        if (extra != MOLT_STOP) {
            if (extra != MOLT_ERROR) {
                molt_decref(extra);
                unpack_count_error(count, (int64_t)count + 1);
            }
            status = -1;
        }
    }
    molt_decref(iterator);
    if (status < 0) {
        for (size_t i = 0; i < filled; i++) molt_decref(out[i]);
    }
    return status;
}

static MoltValue no_attribute(MoltValue object, const char *name) {
    if (molt_is_type(object))
        return molt_raise_format(&molt_type_AttributeError, "type object '%s' has no attribute '%s'",
                                 molt_as_type(object)->name, name);
    return molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute '%s'",
                             type_name(object), name);
}

MoltValue molt_getattr(MoltValue object, const char *name) {
    const MoltType *type = molt_type_of(object);
    if (type->getattr) {
        MoltValue result = type->getattr(object, name);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (strcmp(name, "__class__") == 0) {
        MoltValue class_value = molt_from_type(type);
        molt_incref(class_value);
        return class_value;
    }
    if (molt_builtin_has_method(type, name)) return molt_bound_method_new(object, name);
    /* The dunders a builtin type's slots provide ([].__len__, (1).__hash__). */
    if (!molt_type_is_heap(type)) {
        MoltValue dunder = molt_builtin_dunder_get(type, name, object);
        if (dunder != MOLT_NOT_IMPLEMENTED) return dunder;
    }
    return no_attribute(object, name);
}

int molt_getattr_optional(MoltValue object, const char *name, MoltValue *value) {
    *value = molt_getattr(object, name);
    if (*value != MOLT_ERROR) return 1;
    if (molt_exc_matches(molt_from_type(&molt_type_AttributeError)) != 1) return -1;
    molt_decref(molt_exc_fetch());
    return 0;
}

/* A method called through its class: dict.fromkeys(...) (a classmethod) or
 * list.append(xs, 1) / str.upper(s) (the instance comes first). */
static MoltValue call_method_of_type(const MoltType *owner, const char *name, const MoltValue *args,
                                     size_t nargs, MoltValue kwnames) {
    /* A class deriving from dict inherits fromkeys unless it defines its own. */
    if (owner->class_method && !(molt_type_is_heap(owner) && molt_class_lookup_cstr(owner, name) != MOLT_UNBOUND)) {
        MoltValue result = owner->class_method(owner, name, args, nargs, kwnames);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (!molt_builtin_has_method(owner, name)) return MOLT_NOT_IMPLEMENTED;
    if (nargs == 0)
        return molt_raise_format(&molt_type_TypeError, "unbound method %s.%s() needs an argument", owner->name,
                                 name);
    if (!molt_type_is_subtype(molt_type_of(args[0]), owner))
        return molt_raise_format(&molt_type_TypeError,
                                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                                 owner->name, type_name(args[0]));
    return owner->call_method(args[0], name, args + 1, nargs - 1, kwnames);
}

MoltValue molt_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                           MoltValue kwnames) {
    const MoltType *type = molt_type_of(self);
    if (molt_is_type(self)) {
        MoltValue result = call_method_of_type(molt_as_type(self), name, args, nargs, kwnames);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (type->call_method) {
        MoltValue result = type->call_method(self, name, args, nargs, kwnames);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    /* An attribute holding a callable (or a method of a type object). */
    if (type->getattr) {
        MoltValue attribute = type->getattr(self, name);
        if (attribute == MOLT_ERROR) return MOLT_ERROR;
        if (attribute != MOLT_NOT_IMPLEMENTED) {
            MoltValue result = molt_call(attribute, args, nargs, kwnames);
            molt_decref(attribute);
            return result;
        }
    }
    if (!molt_type_is_heap(type)) {
        MoltValue result = molt_builtin_dunder_call(type, name, self, args, nargs, kwnames);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    return no_attribute(self, name);
}

/* bool(x): bool's type object belongs to the numbers, its constructor here. */
static MoltValue bool_call(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("bool", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("bool", nargs, 0, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return MOLT_FALSE;
    int truth = molt_truthy(args[0]);
    return truth < 0 ? MOLT_ERROR : molt_from_bool(truth);
}

MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const MoltType *type = molt_type_of(callable);
    /* Calling a type object uses that type's own call slot (its constructor). */
    if (type == &molt_type_type || (molt_is_ptr(callable) && molt_is_type(callable))) {
        const MoltType *called = molt_as_type(callable);
        if (called == &molt_type_bool) return bool_call(args, nargs, kwnames);
        if (called->call) return called->call(callable, args, nargs, kwnames);
        return molt_raise_format(&molt_type_TypeError, "cannot create '%s' instances", called->name);
    }
    if (type->call) return type->call(callable, args, nargs, kwnames);
    return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", type->name);
}

MoltValue molt_repr(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    if (type->repr) return type->repr(v);
    return molt_object_repr_default(v);
}

MoltValue molt_str(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    if (type == &molt_type_str) {
        molt_incref(v);
        return v;
    }
    if (type->str) return type->str(v);
    return molt_repr(v);
}

/* Appends one code point as UTF-8; used by ascii() to copy ASCII through. */
static size_t utf8_decode(const unsigned char *bytes, size_t length, uint32_t *code_point) {
    unsigned char first = bytes[0];
    size_t width = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
    if (width > length) width = length;
    uint32_t value = width == 1 ? first : width == 2 ? first & 0x1F : width == 3 ? first & 0x0F : first & 0x07;
    for (size_t i = 1; i < width; i++) value = (value << 6) | (bytes[i] & 0x3F);
    *code_point = value;
    return width;
}

MoltValue molt_ascii(MoltValue v) {
    MoltValue text = molt_repr(v);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const unsigned char *bytes = (const unsigned char *)molt_str_utf8(text, &length);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    for (size_t i = 0; i < length;) {
        uint32_t code_point;
        size_t width = utf8_decode(bytes + i, length - i, &code_point);
        char escape[16];
        if (code_point < 0x80) {
            molt_buffer_append(&buffer, (const char *)bytes + i, 1);
        } else {
            const char *format = code_point < 0x100 ? "\\x%02x" : code_point < 0x10000 ? "\\u%04x" : "\\U%08x";
            int n = snprintf(escape, sizeof escape, format, (unsigned)code_point);
            molt_buffer_append(&buffer, escape, (size_t)n);
        }
        i += width;
    }
    molt_decref(text);
    return molt_buffer_finish(&buffer);
}

MoltValue molt_format(MoltValue v, MoltValue spec) {
    const MoltType *type = molt_type_of(v);
    if (type->format) return type->format(v, spec);
    if (molt_str_length(spec) == 0) return molt_str(v);
    return molt_raise_format(&molt_type_TypeError, "unsupported format string passed to %s.__format__",
                             type->name);
}

int64_t molt_hash(MoltValue v) {
    /* Dict and set lookups by str keys (attribute names above all) reuse the cached hash. */
    if (molt_is_str(v) && molt_str_object(v)->hash != -1) return molt_str_object(v)->hash;
    const MoltType *type = molt_type_of(v);
    if (type->hash) return type->hash(v);
    molt_raise_format(&molt_type_TypeError, "unhashable type: '%s'", type->name);
    return -1;
}
