/* The operator module: each function is the runtime's own entry point for
 * the operator it names (molt_binary_op for +, molt_inplace_op for +=,
 * molt_compare for <...), so results and TypeErrors are the operators'; the
 * dunder aliases (operator.__add__) are the same function objects. Also the
 * callable types itemgetter, attrgetter (dotted names) and methodcaller with
 * CPython 3.12's reprs and messages. */
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/str_internal.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* Argument Clinic's checks of a positional-only function: the keyword
 * message names the function as _operator.NAME(). */
static int positional(const char *name, size_t nargs, MoltValue kwnames, size_t min, size_t max) {
    if (molt_args_keyword_count(kwnames)) {
        molt_raise_format(&molt_type_TypeError, "_operator.%s() takes no keyword arguments", name);
        return -1;
    }
    return molt_args_check_count(name, nargs, min, max);
}

/* METH_O functions: "_operator.neg() takes exactly one argument (0 given)". */
static int one_argument(const char *name, size_t nargs, MoltValue kwnames) {
    char qualified[64];
    strcpy(qualified, "_operator.");
    strncat(qualified, name, sizeof qualified - strlen(qualified) - 1);
    return molt_args_exactly_one(qualified, nargs, kwnames);
}

/* ---- the operators ---------------------------------------------------------------- */

#define BINARY_FUNCTION(name, call)                                                               \
    static MoltValue operator_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) {    \
        if (positional(#name, nargs, kwnames, 2, 2) < 0) return MOLT_ERROR;                      \
        MoltValue a = args[0], b = args[1];                                                       \
        return call;                                                                              \
    }
#define UNARY_FUNCTION(name, call)                                                                \
    static MoltValue operator_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) {    \
        if (one_argument(#name, nargs, kwnames) < 0) return MOLT_ERROR;                           \
        MoltValue a = args[0];                                                                    \
        return call;                                                                              \
    }

/* `a op b` and `a op= b`. */
#define ARITHMETIC(name, op) \
    BINARY_FUNCTION(name, molt_binary_op(op, a, b)) BINARY_FUNCTION(i##name, molt_inplace_op(op, a, b))
ARITHMETIC(add, MOLT_OP_ADD)
ARITHMETIC(sub, MOLT_OP_SUB)
ARITHMETIC(mul, MOLT_OP_MUL)
ARITHMETIC(matmul, MOLT_OP_MATMUL)
ARITHMETIC(truediv, MOLT_OP_TRUEDIV)
ARITHMETIC(floordiv, MOLT_OP_FLOORDIV)
ARITHMETIC(mod, MOLT_OP_MOD)
ARITHMETIC(pow, MOLT_OP_POW)
ARITHMETIC(lshift, MOLT_OP_LSHIFT)
ARITHMETIC(rshift, MOLT_OP_RSHIFT)
BINARY_FUNCTION(and_, molt_binary_op(MOLT_OP_AND, a, b))
BINARY_FUNCTION(or_, molt_binary_op(MOLT_OP_OR, a, b))
BINARY_FUNCTION(xor, molt_binary_op(MOLT_OP_XOR, a, b))
BINARY_FUNCTION(iand, molt_inplace_op(MOLT_OP_AND, a, b))
BINARY_FUNCTION(ior, molt_inplace_op(MOLT_OP_OR, a, b))
BINARY_FUNCTION(ixor, molt_inplace_op(MOLT_OP_XOR, a, b))
#undef ARITHMETIC

BINARY_FUNCTION(lt, molt_compare(MOLT_CMP_LT, a, b))
BINARY_FUNCTION(le, molt_compare(MOLT_CMP_LE, a, b))
BINARY_FUNCTION(eq, molt_compare(MOLT_CMP_EQ, a, b))
BINARY_FUNCTION(ne, molt_compare(MOLT_CMP_NE, a, b))
BINARY_FUNCTION(gt, molt_compare(MOLT_CMP_GT, a, b))
BINARY_FUNCTION(ge, molt_compare(MOLT_CMP_GE, a, b))
BINARY_FUNCTION(is_, molt_from_bool(a == b))
BINARY_FUNCTION(is_not, molt_from_bool(a != b))
BINARY_FUNCTION(getitem, molt_getitem(a, b))

static MoltValue from_truth(int truth) { return truth < 0 ? MOLT_ERROR : molt_from_bool(truth); }

BINARY_FUNCTION(contains, from_truth(molt_contains(a, b)))
UNARY_FUNCTION(neg, molt_negative(a))
UNARY_FUNCTION(pos, molt_positive(a))
UNARY_FUNCTION(abs, molt_builtin_abs(&a, 1, MOLT_NONE))
UNARY_FUNCTION(invert, molt_invert(a))
UNARY_FUNCTION(inv, molt_invert(a))
UNARY_FUNCTION(index, molt_args_index(a))
UNARY_FUNCTION(truth, from_truth(molt_truthy(a)))

static MoltValue negated_truth(MoltValue value) {
    int truth = molt_truthy(value);
    return truth < 0 ? MOLT_ERROR : molt_from_bool(!truth);
}

UNARY_FUNCTION(not_, negated_truth(a))

static MoltValue operator_setitem(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (positional("setitem", nargs, kwnames, 3, 3) < 0) return MOLT_ERROR;
    return molt_setitem(args[0], args[1], args[2]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

static MoltValue operator_delitem(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (positional("delitem", nargs, kwnames, 2, 2) < 0) return MOLT_ERROR;
    return molt_delitem(args[0], args[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

/* PySequence_Concat: types with a concatenation of their own (str, bytes,
 * bytearray, list, tuple) use it, which words its TypeError; other operands
 * must both look like sequences and then go through +. */
static bool has_concat(MoltValue value) {
    const MoltType *type = molt_type_of(value);
    return type == &molt_type_str || type == &molt_type_list || type == &molt_type_tuple ||
           type == &molt_type_bytes || type == &molt_type_bytearray;
}

static bool is_sequence(MoltValue value) {
    if (has_concat(value) || molt_type_of(value) == &molt_type_range) return true;
    return molt_is_instance(value) && !molt_is_dict(value) &&
           molt_class_lookup_cstr(molt_type_of(value), "__getitem__") != MOLT_UNBOUND;
}

static MoltValue concatenate(MoltValue a, MoltValue b, bool in_place) {
    if (has_concat(a) || (is_sequence(a) && is_sequence(b))) {
        MoltValue result = in_place ? molt_inplace_op(MOLT_OP_ADD, a, b) : molt_binary_op(MOLT_OP_ADD, a, b);
        if (has_concat(a) || result != MOLT_ERROR || molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1)
            return result;
        molt_decref(molt_exc_fetch());
    }
    return molt_raise_format(&molt_type_TypeError, "'%s' object can't be concatenated", molt_type_of(a)->name);
}

BINARY_FUNCTION(concat, concatenate(a, b, false))
BINARY_FUNCTION(iconcat, concatenate(a, b, true))

/* countOf and indexOf search by iteration with `item is x or item == x`. */
static MoltValue search(MoltValue sequence, MoltValue target, bool count) {
    MoltValue iterator = molt_iter(sequence);
    if (iterator == MOLT_ERROR) {
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
        return molt_raise_format(&molt_type_TypeError, "argument of type '%s' is not iterable",
                                 molt_type_of(sequence)->name);
    }
    int64_t position = 0, found = 0;
    for (;; position++) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_ERROR) goto fail;
        if (item == MOLT_STOP) break;
        int equal = molt_equal(item, target);
        molt_decref(item);
        if (equal < 0) goto fail;
        if (equal && !count) {
            molt_decref(iterator);
            return molt_int_from_i64(position);
        }
        found += equal;
    }
    molt_decref(iterator);
    if (count) return molt_int_from_i64(found);
    return molt_raise_format(&molt_type_ValueError, "sequence.index(x): x not in sequence");
fail:
    molt_decref(iterator);
    return MOLT_ERROR;
}

BINARY_FUNCTION(countOf, search(a, b, true))
BINARY_FUNCTION(indexOf, search(a, b, false))

/* length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default. */
static MoltValue operator_length_hint(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (positional("length_hint", nargs, kwnames, 1, 2) < 0) return MOLT_ERROR;
    MoltValue fallback = nargs == 2 ? args[1] : molt_from_small_int(0);
    if (!molt_is_int(fallback))
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(fallback)->name);
    MoltValue object = args[0];
    const MoltType *type = molt_type_of(object);
    bool has_length = type->length && (!molt_is_instance(object) ||
                                       molt_class_lookup_cstr(type, "__len__") != MOLT_UNBOUND);
    if (has_length) {
        int64_t length = type->length(object);
        if (length >= 0) return molt_int_from_i64(length);
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
    }
    MoltValue hint = molt_is_instance(object) ? molt_instance_call_dunder(object, "__length_hint__", NULL, 0)
                                              : MOLT_NOT_IMPLEMENTED;
    if (hint == MOLT_ERROR) return MOLT_ERROR;
    if (hint == MOLT_NOT_IMPLEMENTED) return molt_new_reference(fallback);
    if (!molt_is_int(hint)) {
        const char *name = molt_type_of(hint)->name;
        molt_decref(hint);
        return molt_raise_format(&molt_type_TypeError, "__length_hint__ must be an integer, not %s", name);
    }
    if (molt_compare_bool(MOLT_CMP_LT, hint, molt_from_small_int(0)) == 1) {
        molt_decref(hint);
        return molt_raise_format(&molt_type_ValueError, "__length_hint__() should return >= 0");
    }
    return hint;
}

/* call(obj, /, *args, **kwargs) */
static MoltValue operator_call(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "call expected at least 1 argument, got 0");
    return molt_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter, attrgetter, methodcaller ------------------------------------------ */

/* items: itemgetter's keys, attrgetter's names (each a tuple of the dotted
 * parts), methodcaller's name then arguments; keywords: methodcaller's dict. */
typedef struct Getter {
    MoltObject header;
    MoltValue items;      /* tuple */
    MoltValue shown;      /* what the repr lists: the items, attrgetter's original strings */
    MoltValue keywords;   /* dict, methodcaller only; else MOLT_NONE */
} Getter;

extern MoltType molt_type_itemgetter, molt_type_attrgetter, molt_type_methodcaller;

static void getter_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Getter *getter = (Getter *)object;
    visit(getter->items, context);
    visit(getter->shown, context);
    visit(getter->keywords, context);
}

static void getter_clear(MoltObject *object) {
    Getter *getter = (Getter *)object;
    MoltValue values[] = {getter->items, getter->shown, getter->keywords};
    getter->items = getter->shown = getter->keywords = MOLT_NONE;
    for (size_t i = 0; i < 3; i++) molt_decref(values[i]);
}

static void getter_dealloc(MoltObject *object) {
    getter_clear(object);
    molt_gc_free(object);
}

/* Takes the references. */
static MoltValue getter_new(const MoltType *type, MoltValue items, MoltValue shown, MoltValue keywords) {
    Getter *getter = molt_gc_allocate(sizeof *getter, type);
    getter->items = items;
    getter->shown = shown;
    getter->keywords = keywords;
    return molt_from_ptr(getter);
}

/* attrgetter('a.b') keeps ('a', 'b'). */
static MoltValue split_dotted(MoltValue name) {
    size_t length;
    const char *text = molt_str_utf8(name, &length);
    MoltValue parts = molt_list_new(0);
    for (size_t start = 0;;) {
        const char *dot = memchr(text + start, '.', length - start);
        size_t end = dot ? (size_t)(dot - text) : length;
        MoltValue part = molt_str_from_utf8(text + start, end - start);
        molt_list_append(parts, part);
        molt_decref(part);
        if (!dot) break;
        start = end + 1;
    }
    MoltValue tuple = molt_tuple_from_iterable(parts);
    molt_decref(parts);
    return tuple;
}

static MoltValue getter_construct(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable)) {
        /* Calling an instance: the getter applied to its one argument. */
        Getter *getter = molt_as_ptr(callable);
        const char *name = molt_type_of(callable)->name;
        if (molt_args_no_keywords(name, kwnames) < 0 || molt_args_check_count(name, nargs, 1, 1) < 0)
            return MOLT_ERROR;
        MoltValue object = args[0];
        const MoltType *type = molt_type_of(callable);
        const MoltValue *items = molt_tuple_items(getter->items);
        int64_t count = molt_tuple_length(getter->items);
        if (type == &molt_type_methodcaller) {
            size_t keyword_count = (size_t)molt_dict_length(getter->keywords);
            size_t positional_count = (size_t)count - 1;
            MoltValue all[positional_count + keyword_count + 1];
            for (size_t i = 0; i < positional_count; i++) all[i] = items[i + 1];
            MoltValue names = keyword_count ? molt_tuple_new((int64_t)keyword_count) : MOLT_NONE;
            int64_t position = 0, index = 0;
            MoltValue key, value;
            while (molt_dict_next(getter->keywords, &position, &key, &value)) {
                molt_tuple_items(names)[index] = molt_new_reference(key);
                all[positional_count + (size_t)index++] = value;
            }
            size_t length;
            MoltValue result = molt_call_method(object, molt_str_utf8(items[0], &length), all, positional_count, names);
            molt_decref(names);
            return result;
        }
        MoltValue results = molt_tuple_new(count);
        for (int64_t i = 0; i < count; i++) {
            MoltValue value;
            if (type == &molt_type_itemgetter) {
                value = molt_getitem(object, items[i]);
            } else {
                value = molt_new_reference(object);
                for (int64_t p = 0; value != MOLT_ERROR && p < molt_tuple_length(items[i]); p++) {
                    size_t length;
                    MoltValue next = molt_getattr(value, molt_str_utf8(molt_tuple_items(items[i])[p], &length));
                    molt_decref(value);
                    value = next;
                }
            }
            if (value == MOLT_ERROR) {
                molt_decref(results);
                return MOLT_ERROR;
            }
            if (count == 1) {
                molt_decref(results);
                return value;
            }
            molt_tuple_items(results)[i] = value;
        }
        return results;
    }
    const MoltType *type = molt_as_type(callable);
    if (type == &molt_type_methodcaller) {
        if (nargs == 0)
            return molt_raise_format(&molt_type_TypeError, "methodcaller needs at least one argument, the method name");
        if (!molt_is_str(args[0])) return molt_raise_format(&molt_type_TypeError, "method name must be a string");
        MoltValue keywords = molt_dict_new();
        for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++)
            molt_dict_setitem(keywords, molt_tuple_items(kwnames)[k], args[nargs + k]);
        MoltValue items = molt_tuple_from_borrowed(args, nargs);
        return getter_new(type, items, molt_new_reference(items), keywords);
    }
    if (molt_args_no_keywords(type->name, kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "%s expected 1 argument, got 0", type->name);
    MoltValue shown = molt_tuple_from_borrowed(args, nargs);
    if (type == &molt_type_itemgetter) return getter_new(type, molt_new_reference(shown), shown, MOLT_NONE);
    MoltValue names = molt_tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        if (!molt_is_str(args[i])) {
            molt_decref(names);
            molt_decref(shown);
            return molt_raise_format(&molt_type_TypeError, "attribute name must be a string");
        }
        molt_tuple_items(names)[i] = split_dotted(args[i]);
    }
    return getter_new(type, names, shown, MOLT_NONE);
}

/* operator.itemgetter(1), operator.methodcaller('f', 1, x=2); "..." when recursive. */
static MoltValue getter_repr(MoltValue self) {
    Getter *getter = molt_as_ptr(self);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "operator.");
    molt_buffer_append_cstr(&text, molt_type_of(self)->name);
    if (molt_repr_enter(self)) {
        molt_buffer_append_cstr(&text, "(...)");
        return molt_buffer_finish(&text);
    }
    molt_buffer_append_cstr(&text, "(");
    int status = 0;
    for (int64_t i = 0; status == 0 && i < molt_tuple_length(getter->shown); i++) {
        if (i) molt_buffer_append_cstr(&text, ", ");
        status = molt_buffer_append_repr(&text, molt_tuple_items(getter->shown)[i]);
    }
    if (status == 0 && getter->keywords != MOLT_NONE) status = molt_buffer_append_keyword_reprs(&text, getter->keywords);
    molt_repr_leave(self);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

#define GETTER_TYPE(variable, type_name)                                                                \
    MoltType variable = {                                                                               \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, .name = type_name, .module_name = "operator", \
        .base = &molt_type_object, .dealloc = getter_dealloc, .repr = getter_repr,                      \
        .hash = molt_object_hash_identity, .call = getter_construct, .instances_are_callable = true,     \
        .traverse = getter_traverse, .clear = getter_clear,                                             \
    }

GETTER_TYPE(molt_type_itemgetter, "itemgetter");
GETTER_TYPE(molt_type_attrgetter, "attrgetter");
GETTER_TYPE(molt_type_methodcaller, "methodcaller");

/* ---- the module ------------------------------------------------------------------- */

static struct MoltBuiltinFunctionObject operator_functions[] = {
#define FUNCTION(name) MOLT_MODULE_FUNCTION(#name, operator_##name),
    FUNCTION(abs) FUNCTION(add) FUNCTION(and_) FUNCTION(call) FUNCTION(concat) FUNCTION(contains)
    FUNCTION(countOf) FUNCTION(delitem) FUNCTION(eq) FUNCTION(floordiv) FUNCTION(ge) FUNCTION(getitem)
    FUNCTION(gt) FUNCTION(iadd) FUNCTION(iand) FUNCTION(iconcat) FUNCTION(ifloordiv) FUNCTION(ilshift)
    FUNCTION(imatmul) FUNCTION(imod) FUNCTION(imul) FUNCTION(index) FUNCTION(indexOf) FUNCTION(inv)
    FUNCTION(invert) FUNCTION(ior) FUNCTION(ipow) FUNCTION(irshift) FUNCTION(is_) FUNCTION(is_not)
    FUNCTION(isub) FUNCTION(itruediv) FUNCTION(ixor) FUNCTION(le) FUNCTION(length_hint) FUNCTION(lshift)
    FUNCTION(lt) FUNCTION(matmul) FUNCTION(mod) FUNCTION(mul) FUNCTION(ne) FUNCTION(neg) FUNCTION(not_)
    FUNCTION(or_) FUNCTION(pos) FUNCTION(pow) FUNCTION(rshift) FUNCTION(setitem) FUNCTION(sub)
    FUNCTION(truediv) FUNCTION(truth) FUNCTION(xor)
#undef FUNCTION
};

/* operator.__add__ is operator.add: the alias hands out the same object. */
static MoltValue function_named(const char *name) {
    for (size_t i = 0; i < sizeof operator_functions / sizeof operator_functions[0]; i++)
        if (strcmp(operator_functions[i].name, name) == 0) return molt_from_ptr(&operator_functions[i]);
    return MOLT_NONE;
}

#define ALIAS(dunder, name) static MoltValue make_##dunder(void) { return function_named(#name); }
#define ALIASES(X)                                                                                             \
    X(__abs__, abs) X(__add__, add) X(__and__, and_) X(__call__, call) X(__concat__, concat)                   \
    X(__contains__, contains) X(__delitem__, delitem) X(__eq__, eq) X(__floordiv__, floordiv) X(__ge__, ge)    \
    X(__getitem__, getitem) X(__gt__, gt) X(__iadd__, iadd) X(__iand__, iand) X(__iconcat__, iconcat)         \
    X(__ifloordiv__, ifloordiv) X(__ilshift__, ilshift) X(__imatmul__, imatmul) X(__imod__, imod)             \
    X(__imul__, imul) X(__index__, index) X(__inv__, inv) X(__invert__, invert) X(__ior__, ior)               \
    X(__ipow__, ipow) X(__irshift__, irshift) X(__isub__, isub) X(__itruediv__, itruediv) X(__ixor__, ixor)   \
    X(__le__, le) X(__lshift__, lshift) X(__lt__, lt) X(__matmul__, matmul) X(__mod__, mod) X(__mul__, mul)   \
    X(__ne__, ne) X(__neg__, neg) X(__not__, not_) X(__or__, or_) X(__pos__, pos) X(__pow__, pow)             \
    X(__rshift__, rshift) X(__setitem__, setitem) X(__sub__, sub) X(__truediv__, truediv) X(__xor__, xor)
ALIASES(ALIAS)
#undef ALIAS

static MoltValue make_itemgetter(void) { return molt_from_type(&molt_type_itemgetter); }
static MoltValue make_attrgetter(void) { return molt_from_type(&molt_type_attrgetter); }
static MoltValue make_methodcaller(void) { return molt_from_type(&molt_type_methodcaller); }

static const MoltModuleAttribute operator_attributes[] = {
    {"itemgetter", make_itemgetter},
    {"attrgetter", make_attrgetter},
    {"methodcaller", make_methodcaller},
#define ALIAS_ENTRY(dunder, name) {#dunder, make_##dunder},
    ALIASES(ALIAS_ENTRY)
#undef ALIAS_ENTRY
};

struct MoltModule molt_module_operator = MOLT_MODULE("operator", operator_functions, operator_attributes);
