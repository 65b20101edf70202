/* The slots of a class made by a class statement: for every MoltType slot
 * whose dunder method some class in the MRO defines, a wrapper that looks
 * the dunder up and calls it (with CPython's checks of what it returns);
 * otherwise the builtin base's slot, so that a class without __len__ stays
 * unsized. Binary operators follow CPython's __op__ / __rop__ protocol. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin_dunder.h"
#include "class_internal.h"
#include "iter.h"
#include "metatype.h"
#include "type.h"
#include "../core/args.h"


MoltValue molt_instance_call_dunder(MoltValue self, const char *name, const MoltValue *args, size_t nargs) {
    const MoltType *type = molt_type_of(self);
    MoltValue method = molt_class_lookup_cstr(type, name);
    if (method == MOLT_UNBOUND) return MOLT_NOT_IMPLEMENTED;
    if (molt_type_of(method) == &molt_type_function) return molt_call_with_self(method, self, args, nargs, MOLT_NONE);
    if (method == MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", "NoneType");
    MoltValue bound = molt_descriptor_get(method, self, type);
    if (bound == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_call(bound, args, nargs, MOLT_NONE);
    molt_decref(bound);
    return result;
}

/* A dunder the slot was installed for but that is missing (a class with
 * __setitem__ only, deleting an item): CPython's AttributeError. */
static MoltValue call_required(MoltValue self, const char *name, const MoltValue *args, size_t nargs) {
    MoltValue result = molt_instance_call_dunder(self, name, args, nargs);
    if (result == MOLT_NOT_IMPLEMENTED && molt_class_lookup_cstr(molt_type_of(self), name) == MOLT_UNBOUND) {
        /* The builtin base's own (dict.__delitem__ of a class defining __setitem__ only). */
        const MoltType *base = molt_class_of_type(molt_type_of(self))->layout_base;
        result = base == &molt_type_object ? MOLT_NOT_IMPLEMENTED
                                           : molt_builtin_dunder_call(base, name, self, args, nargs, MOLT_NONE);
        if (result == MOLT_NOT_IMPLEMENTED) return molt_raise_format(&molt_type_AttributeError, "%s", name);
    }
    return result;
}

static MoltValue check_str_result(MoltValue result, const char *name) {
    if (result == MOLT_ERROR || molt_type_of(result) == &molt_type_str) return result;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "%s returned non-string (type %s)", name, type_name);
}

static MoltValue slot_repr(MoltValue self) {
    return check_str_result(call_required(self, "__repr__", NULL, 0), "__repr__");
}

static MoltValue slot_str(MoltValue self) { return check_str_result(call_required(self, "__str__", NULL, 0), "__str__"); }

static MoltValue slot_format(MoltValue self, MoltValue spec) {
    MoltValue result = call_required(self, "__format__", &spec, 1);
    if (result == MOLT_ERROR || molt_type_of(result) == &molt_type_str) return result;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "__format__ must return a str, not %s", type_name);
}

static bool is_int(MoltValue v) {
    return molt_is_small_int(v) || molt_type_of(v) == &molt_type_int || molt_is_bool(v);
}

static int64_t slot_hash(MoltValue self) {
    MoltValue result = call_required(self, "__hash__", NULL, 0);
    if (result == MOLT_ERROR) return -1;
    if (!is_int(result)) {
        molt_decref(result);
        molt_raise_format(&molt_type_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython's slot_tp_hash: an int that fits is the hash itself (so
     * __hash__ returning hash(x) hashes as x), a larger one is reduced by
     * the int hash; -1 is reserved for errors. */
    int64_t hash;
    if (!molt_int_to_i64(result, &hash)) hash = molt_hash(result);
    molt_decref(result);
    return hash == -1 ? -2 : hash;
}

/* ---- binary operators ---- */

static const char *const binary_names[][3] = {
    [MOLT_OP_ADD] = {"__add__", "__radd__", "__iadd__"},
    [MOLT_OP_SUB] = {"__sub__", "__rsub__", "__isub__"},
    [MOLT_OP_MUL] = {"__mul__", "__rmul__", "__imul__"},
    [MOLT_OP_MATMUL] = {"__matmul__", "__rmatmul__", "__imatmul__"},
    [MOLT_OP_TRUEDIV] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [MOLT_OP_MOD] = {"__mod__", "__rmod__", "__imod__"},
    [MOLT_OP_POW] = {"__pow__", "__rpow__", "__ipow__"},
    [MOLT_OP_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [MOLT_OP_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [MOLT_OP_OR] = {"__or__", "__ror__", "__ior__"},
    [MOLT_OP_XOR] = {"__xor__", "__rxor__", "__ixor__"},
    [MOLT_OP_AND] = {"__and__", "__rand__", "__iand__"},
    [MOLT_OP_FLOORDIV] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

static MoltValue slot_binary(MoltBinaryOp op, MoltValue a, MoltValue b);

/* The operator of the builtin base (list's + and *) for an instance whose
 * class defines neither of the operator's dunders. */
static MoltValue inherited_binary(MoltBinaryOp op, MoltValue a, MoltValue b) {
    const MoltValue operands[2] = {a, b};
    for (int i = 0; i < 2; i++) {
        const MoltType *type = molt_type_of(operands[i]);
        if (type->binary_op != slot_binary) continue;
        const MoltType *base = molt_class_of_type(type)->layout_base;
        if (!base->binary_op || molt_class_lookup_cstr(type, binary_names[op][i]) != MOLT_UNBOUND) continue;
        MoltValue result = base->binary_op(op, a, b);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue dunder_binary(MoltBinaryOp op, MoltValue a, MoltValue b);

static MoltValue slot_binary(MoltBinaryOp op, MoltValue a, MoltValue b) {
    MoltValue result = dunder_binary(op, a, b);
    return result == MOLT_NOT_IMPLEMENTED ? inherited_binary(op, a, b) : result;
}

/* CPython's SLOT1BINFULL: the wrapper is shared by every class, so it tries
 * both operands itself (ops.c calls one slot when both are the same). */
static MoltValue dunder_binary(MoltBinaryOp op, MoltValue a, MoltValue b) {
    const MoltType *a_type = molt_type_of(a), *b_type = molt_type_of(b);
    bool a_has = a_type->binary_op == slot_binary;
    bool do_other = a_type != b_type && b_type->binary_op == slot_binary;
    const char *name = binary_names[op][0], *reflected = binary_names[op][1];
    if (a_has) {
        if (do_other && molt_type_is_subtype(b_type, a_type) &&
            molt_class_lookup_cstr(b_type, reflected) != molt_class_lookup_cstr(a_type, reflected)) {
            MoltValue result = molt_instance_call_dunder(b, reflected, &a, 1);
            if (result != MOLT_NOT_IMPLEMENTED) return result;
            do_other = false;
        }
        MoltValue result = molt_instance_call_dunder(a, name, &b, 1);
        if (result != MOLT_NOT_IMPLEMENTED || a_type == b_type) return result;
    }
    if (do_other || !a_has) return molt_instance_call_dunder(b, reflected, &a, 1);
    return MOLT_NOT_IMPLEMENTED;
}

/* a op= b: __iop__; without it a class deriving from a builtin container
 * uses the container's in-place operator (list +=) unless it defines __op__,
 * which then serves (NotImplemented here lets ops.c call binary_op). */
static MoltValue slot_inplace(MoltBinaryOp op, MoltValue a, MoltValue b) {
    MoltValue result = molt_instance_call_dunder(a, binary_names[op][2], &b, 1);
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    const MoltType *type = molt_type_of(a);
    const MoltType *base = molt_class_of_type(type)->layout_base;
    if (!base->inplace_op || molt_class_lookup_cstr(type, binary_names[op][0]) != MOLT_UNBOUND)
        return MOLT_NOT_IMPLEMENTED;
    return base->inplace_op(op, a, b);
}

static bool defines_any(const MoltType *type, int column) {
    for (size_t op = 0; op < sizeof binary_names / sizeof binary_names[0]; op++)
        if (molt_class_lookup_cstr(type, binary_names[op][column]) != MOLT_UNBOUND) return true;
    return false;
}

/* ---- unary operators, comparisons ---- */

static MoltValue slot_negative(MoltValue self) { return call_required(self, "__neg__", NULL, 0); }
static MoltValue slot_positive(MoltValue self) { return call_required(self, "__pos__", NULL, 0); }
static MoltValue slot_invert(MoltValue self) { return call_required(self, "__invert__", NULL, 0); }

static const char *const compare_names[] = {
    [MOLT_CMP_LT] = "__lt__", [MOLT_CMP_LE] = "__le__", [MOLT_CMP_EQ] = "__eq__",
    [MOLT_CMP_NE] = "__ne__", [MOLT_CMP_GT] = "__gt__", [MOLT_CMP_GE] = "__ge__",
};

/* `a` is always an instance of this class (ops.c reflects the operator). */
static MoltValue slot_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    const MoltType *base = molt_class_of_type(molt_type_of(a))->layout_base;
    if (base->richcompare && molt_class_lookup_cstr(molt_type_of(a), compare_names[op]) == MOLT_UNBOUND)
        return base->richcompare(a, b, op);   /* dict.__ne__ of a dict subclass defining __eq__ */
    MoltValue result = molt_instance_call_dunder(a, compare_names[op], &b, 1);
    if (result != MOLT_NOT_IMPLEMENTED || op != MOLT_CMP_NE) return result;
    if (molt_class_lookup_cstr(molt_type_of(a), "__ne__") != MOLT_UNBOUND) return result;
    /* object.__ne__: the inverse of __eq__ unless that is NotImplemented. */
    MoltValue equal = molt_instance_call_dunder(a, "__eq__", &b, 1);
    if (equal == MOLT_ERROR || equal == MOLT_NOT_IMPLEMENTED) return equal;
    int truth = molt_truthy(equal);
    molt_decref(equal);
    return truth < 0 ? MOLT_ERROR : molt_from_bool(!truth);
}

/* ---- truth, length, items ---- */

static int slot_truthy(MoltValue self) {
    MoltValue result = call_required(self, "__bool__", NULL, 0);
    if (result == MOLT_ERROR) return -1;
    if (!molt_is_bool(result)) {
        molt_raise_format(&molt_type_TypeError, "__bool__ should return bool, returned %s", molt_type_of(result)->name);
        molt_decref(result);
        return -1;
    }
    return molt_bool_value(result);
}

static int64_t slot_length(MoltValue self) {
    MoltValue result = call_required(self, "__len__", NULL, 0);
    if (result == MOLT_ERROR) return -1;
    if (!is_int(result)) {
        molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          molt_type_of(result)->name);
        molt_decref(result);
        return -1;
    }
    int64_t length;
    bool fits = molt_int_to_i64(result, &length);
    int negative = molt_compare_bool(MOLT_CMP_LT, result, molt_from_small_int(0));
    molt_decref(result);
    if (negative == 1) {
        molt_raise_format(&molt_type_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!fits) {
        molt_raise_format(&molt_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return length;
}

static MoltValue slot_getitem(MoltValue self, MoltValue key) { return call_required(self, "__getitem__", &key, 1); }

static int status_of(MoltValue result) {
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

static int slot_setitem(MoltValue self, MoltValue key, MoltValue value) {
    MoltValue args[2] = {key, value};
    return status_of(call_required(self, "__setitem__", args, 2));
}

static int slot_delitem(MoltValue self, MoltValue key) { return status_of(call_required(self, "__delitem__", &key, 1)); }

static int slot_contains(MoltValue self, MoltValue item) {
    MoltValue result = call_required(self, "__contains__", &item, 1);
    if (result == MOLT_ERROR) return -1;
    int truth = molt_truthy(result);
    molt_decref(result);
    return truth;
}

/* ---- iteration ---- */

static MoltValue slot_iter(MoltValue self) {
    if (molt_class_lookup_cstr(molt_type_of(self), "__iter__") == MOLT_UNBOUND) return molt_getitem_iterator_new(self);
    MoltValue result = call_required(self, "__iter__", NULL, 0);
    if (result == MOLT_ERROR || molt_type_of(result)->iternext) return result;
    molt_raise_format(&molt_type_TypeError, "iter() returned non-iterator of type '%s'", molt_type_of(result)->name);
    molt_decref(result);
    return MOLT_ERROR;
}

static MoltValue slot_iternext(MoltValue self) {
    MoltValue result = call_required(self, "__next__", NULL, 0);
    if (result == MOLT_ERROR && molt_exc_matches(molt_from_type(&molt_type_StopIteration)) == 1) {
        molt_decref(molt_exc_fetch());
        return MOLT_STOP;
    }
    return result;
}

/* ---- calls: the class itself (a new instance) or an instance (__call__) ---- */

static MoltValue slot_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return molt_class_instantiate(callable, args, nargs, kwnames);
    const MoltType *type = molt_type_of(callable);
    MoltValue method = molt_class_lookup_cstr(type, "__call__");
    if (method == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", type->name);
    MoltValue bound = molt_descriptor_get(method, callable, type);
    if (bound == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_call(bound, args, nargs, kwnames);
    molt_decref(bound);
    return result;
}

/* ---- installing ---- */

void molt_class_install_slots(MoltClass *class_object) {
    MoltType *type = &class_object->type;
    const MoltType *base = class_object->layout_base;
#define DEFINES(name) (molt_class_lookup_cstr(type, name) != MOLT_UNBOUND)
    molt_instance_fill_base_slots(class_object);
    type->repr = DEFINES("__repr__") ? slot_repr : base == &molt_type_object ? molt_instance_repr_default : base->repr;
    type->str = DEFINES("__str__") ? slot_str : base->str;
    type->format = DEFINES("__format__") ? slot_format : base->format;
    MoltValue hash = molt_class_lookup_cstr(type, "__hash__");
    type->hash = hash == MOLT_NONE ? NULL : hash != MOLT_UNBOUND ? slot_hash : base->hash;
    type->binary_op = defines_any(type, 0) || defines_any(type, 1) ? slot_binary : base->binary_op;
    type->inplace_op = defines_any(type, 2) || (base->inplace_op && defines_any(type, 0)) ? slot_inplace
                                                                                          : base->inplace_op;
    type->unary_negative = DEFINES("__neg__") ? slot_negative : base->unary_negative;
    type->unary_positive = DEFINES("__pos__") ? slot_positive : base->unary_positive;
    type->unary_invert = DEFINES("__invert__") ? slot_invert : base->unary_invert;
    bool compares = false;
    for (size_t op = 0; op < sizeof compare_names / sizeof compare_names[0]; op++)
        compares = compares || DEFINES(compare_names[op]);
    type->richcompare = compares ? slot_richcompare : base->richcompare;
    type->truthy = DEFINES("__bool__") ? slot_truthy : base->truthy;
    type->length = DEFINES("__len__") ? slot_length : base->length;
    bool item_access = DEFINES("__getitem__");
    type->getitem = item_access ? slot_getitem : base->getitem;
    bool item_assignment = DEFINES("__setitem__") || DEFINES("__delitem__");
    type->setitem = item_assignment ? slot_setitem : base->setitem;
    type->delitem = item_assignment ? slot_delitem : base->delitem;
    type->contains = DEFINES("__contains__") ? slot_contains : base->contains;
    /* __getitem__ alone makes a class iterable, unless its builtin base already is (list). */
    type->iter = DEFINES("__iter__") ? slot_iter : base->iter ? base->iter : item_access ? slot_iter : NULL;
    type->iternext = DEFINES("__next__") ? slot_iternext : base->iternext;
    type->call = slot_call;
    type->instances_are_callable = DEFINES("__call__");
#undef DEFINES
    molt_metatype_adjust_slots(class_object);
}

/* ---- number conversions the builtins ask for (int(), float(), hex()...) ---- */

static MoltValue checked_int(MoltValue result, const char *name) {
    if (result == MOLT_ERROR || result == MOLT_NOT_IMPLEMENTED || is_int(result)) return result;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "%s returned non-int (type %s)", name, type_name);
}

MoltValue molt_instance_index(MoltValue value) {
    if (!molt_is_instance(value)) return MOLT_NOT_IMPLEMENTED;
    return checked_int(molt_instance_call_dunder(value, "__index__", NULL, 0), "__index__");
}

MoltValue molt_instance_int(MoltValue value) {
    if (!molt_is_instance(value)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = checked_int(molt_instance_call_dunder(value, "__int__", NULL, 0), "__int__");
    return result != MOLT_NOT_IMPLEMENTED ? result : molt_instance_index(value);
}

MoltValue molt_instance_float(MoltValue value) {
    if (!molt_is_instance(value)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = molt_instance_call_dunder(value, "__float__", NULL, 0);
    if (result == MOLT_NOT_IMPLEMENTED) {
        MoltValue index = molt_instance_index(value);
        if (index == MOLT_ERROR || index == MOLT_NOT_IMPLEMENTED) return index;
        result = molt_call(molt_from_type(&molt_type_float), &index, 1, MOLT_NONE);
        molt_decref(index);
        return result;
    }
    if (result == MOLT_ERROR || molt_is_double(result)) return result;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "%s.__float__ returned non-float (type %s)",
                             molt_type_of(value)->name, type_name);
}
