/* The typing module: TypeVar, ForwardRef (what a str in an annotation
 * becomes), Generic (a base class: class Stack(Generic[T])), cast, overload,
 * TYPE_CHECKING, and the table of the module's names; the special forms and
 * aliases (Union, List[int]...) are in typing_alias.c. Behaviour and
 * messages are CPython 3.12's typing.py. */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "typing.h"

/* ---- TypeVar ------------------------------------------------------------------------------ */

typedef struct TypeVar {
    MoltObject header;
    MoltValue name, bound, constraints;   /* bound MOLT_NONE when none; constraints a tuple */
    bool covariant, contravariant, infer_variance;
} TypeVar;

static MoltValue typevar_new(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    size_t keywords = molt_args_keyword_count(kwnames);
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "TypeVar() missing required argument 'name' (pos 1)");
    if (molt_type_of(args[0]) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "TypeVar() argument 'name' must be str, not %s",
                                 molt_type_of(args[0])->name);
    MoltValue bound = MOLT_NONE;
    int flags[3] = {0, 0, 0};
    static const char *const flag_names[] = {"covariant", "contravariant", "infer_variance"};
    for (size_t k = 0; k < keywords; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        MoltValue value = args[nargs + k];
        if (strcmp(keyword, "bound") == 0) {
            bound = value;
            continue;
        }
        size_t f = 0;
        while (f < 3 && strcmp(keyword, flag_names[f]) != 0) f++;
        if (f == 3)
            return molt_raise_format(&molt_type_TypeError, "TypeVar() got an unexpected keyword argument '%s'", keyword);
        flags[f] = molt_truthy(value);
        if (flags[f] < 0) return MOLT_ERROR;
    }
    if (flags[0] && flags[1]) return molt_raise_format(&molt_type_ValueError, "Bivariant types are not supported.");
    if (flags[2] && (flags[0] || flags[1]))
        return molt_raise_format(&molt_type_ValueError, "Variance cannot be specified with infer_variance.");
    if (nargs == 2) return molt_raise_format(&molt_type_TypeError, "A single constraint is not allowed");
    if (nargs > 2 && bound != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "Constraints cannot be combined with bound=...");
    MoltValue checked_bound = bound == MOLT_NONE ? MOLT_NONE : molt_typing_type_check(bound, "Bound must be a type.");
    if (checked_bound == MOLT_ERROR) return MOLT_ERROR;
    MoltValue constraints = molt_tuple_new((int64_t)(nargs - 1));
    for (size_t i = 1; i < nargs; i++) {
        MoltValue item = molt_typing_type_check(args[i], "TypeVar(name, constraint, ...): constraints must be types.");
        if (item == MOLT_ERROR) {
            molt_decref(constraints);
            molt_decref(checked_bound);
            return MOLT_ERROR;
        }
        molt_tuple_items(constraints)[i - 1] = item;
    }
    TypeVar *typevar = malloc(sizeof *typevar);
    if (!typevar) abort();
    typevar->header.refcount = 1;
    typevar->header.type = &molt_type_typing_typevar;
    typevar->name = molt_new_reference(args[0]);
    typevar->bound = checked_bound;
    typevar->constraints = constraints;
    typevar->covariant = flags[0];
    typevar->contravariant = flags[1];
    typevar->infer_variance = flags[2];
    return molt_from_ptr(typevar);
}

static MoltValue typevar_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable)) return typevar_new(args, nargs, kwnames);
    return molt_raise_format(&molt_type_TypeError, "'TypeVar' object is not callable");
}

static void typevar_dealloc(MoltObject *object) {
    TypeVar *typevar = (TypeVar *)object;
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;   /* the type object itself */
    molt_decref(typevar->name);
    molt_decref(typevar->bound);
    molt_decref(typevar->constraints);
    free(typevar);
}

/* ~T, +T (covariant), -T (contravariant), T (inferred) */
static MoltValue typevar_repr(MoltValue self) {
    if (molt_is_type(self)) return molt_type_repr(self);
    const TypeVar *typevar = molt_as_ptr(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    if (!typevar->infer_variance)
        molt_buffer_append_cstr(&buffer, typevar->covariant ? "+" : typevar->contravariant ? "-" : "~");
    molt_buffer_append_str(&buffer, typevar->name);
    return molt_buffer_finish(&buffer);
}

static MoltValue typevar_getattr(MoltValue self, const char *name) {
    if (molt_is_type(self)) return molt_type_getattr(self, name);
    const TypeVar *typevar = molt_as_ptr(self);
    if (strcmp(name, "__name__") == 0) return molt_new_reference(typevar->name);
    if (strcmp(name, "__bound__") == 0) return molt_new_reference(typevar->bound);
    if (strcmp(name, "__constraints__") == 0) return molt_new_reference(typevar->constraints);
    if (strcmp(name, "__covariant__") == 0) return molt_from_bool(typevar->covariant);
    if (strcmp(name, "__contravariant__") == 0) return molt_from_bool(typevar->contravariant);
    if (strcmp(name, "__infer_variance__") == 0) return molt_from_bool(typevar->infer_variance);
    return MOLT_NOT_IMPLEMENTED;
}

/* TypeVar is its own type's instance maker: TypeVar('T') calls the type. */
MoltType molt_type_typing_typevar = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "TypeVar",
    .module_name = "typing",
    .base = &molt_type_object,
    .dealloc = typevar_dealloc,
    .repr = typevar_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_typing_or,
    .call = typevar_call,
    .getattr = typevar_getattr,
};

/* ---- ForwardRef ---------------------------------------------------------------------------- */

typedef struct ForwardRef {
    MoltObject header;
    MoltValue argument;   /* the str */
    MoltValue module;     /* __forward_module__: None, or a TypedDict's module */
} ForwardRef;

MoltValue molt_typing_forward_ref_new(MoltValue name) {
    ForwardRef *reference = malloc(sizeof *reference);
    if (!reference) abort();
    reference->header.refcount = 1;
    reference->header.type = &molt_type_typing_forward_ref;
    reference->argument = molt_new_reference(name);
    reference->module = MOLT_NONE;
    return molt_from_ptr(reference);
}

MoltValue molt_typing_forward_ref_in_module(MoltValue reference, MoltValue module) {
    if (molt_type_of(reference) != &molt_type_typing_forward_ref) return molt_new_reference(reference);
    MoltValue made = molt_typing_forward_ref_new(((ForwardRef *)molt_as_ptr(reference))->argument);
    ((ForwardRef *)molt_as_ptr(made))->module = molt_new_reference(module);
    return made;
}

static void forward_ref_dealloc(MoltObject *object) {
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;
    molt_decref(((ForwardRef *)object)->argument);
    molt_decref(((ForwardRef *)object)->module);
    free(object);
}

static MoltValue forward_ref_repr(MoltValue self) {
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "ForwardRef(");
    const ForwardRef *reference = molt_as_ptr(self);
    if (molt_buffer_append_repr(&buffer, reference->argument) < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    if (reference->module != MOLT_NONE) {
        molt_buffer_append_cstr(&buffer, ", module=");
        if (molt_buffer_append_repr(&buffer, reference->module) < 0) {
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&buffer, ")");
    return molt_buffer_finish(&buffer);
}

static MoltValue forward_ref_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if ((op != MOLT_CMP_EQ && op != MOLT_CMP_NE) || molt_type_of(b) != &molt_type_typing_forward_ref)
        return MOLT_NOT_IMPLEMENTED;
    int equal = molt_equal(((ForwardRef *)molt_as_ptr(a))->argument, ((ForwardRef *)molt_as_ptr(b))->argument);
    if (equal < 0) return MOLT_ERROR;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static int64_t forward_ref_hash(MoltValue self) { return molt_hash(((ForwardRef *)molt_as_ptr(self))->argument); }

static MoltValue forward_ref_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "__forward_arg__") == 0) return molt_new_reference(((ForwardRef *)molt_as_ptr(self))->argument);
    if (strcmp(name, "__forward_module__") == 0) return molt_new_reference(((ForwardRef *)molt_as_ptr(self))->module);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_typing_forward_ref = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "ForwardRef",
    .module_name = "typing",
    .base = &molt_type_object,
    .dealloc = forward_ref_dealloc,
    .repr = forward_ref_repr,
    .hash = forward_ref_hash,
    .richcompare = forward_ref_richcompare,
    .getattr = forward_ref_getattr,
};

/* ---- Generic ---------------------------------------------------------------------------------- */

static MoltClass *generic_class;   /* made on first use; a raw pointer so LeakSanitizer sees it */

bool molt_typing_is_generic_base(MoltValue v) { return generic_class && v == molt_from_ptr(generic_class); }

/* The type variables a generic class takes: those of Generic[...] among the
 * bases it was written with, else of all of them (class B(A[T])); () for a
 * class whose bases were all classes. A new tuple. */
static MoltValue class_parameters(MoltValue cls) {
    MoltValue orig_bases = molt_dict_lookup(molt_class_of_type(molt_as_type(cls))->dict,
                                            molt_class_name_str("__orig_bases__"));
    if (orig_bases == MOLT_STOP || orig_bases == MOLT_ERROR || !molt_is_tuple(orig_bases)) return molt_tuple_new(0);
    for (int64_t i = 0; i < molt_tuple_length(orig_bases); i++) {
        MoltValue base = molt_tuple_items(orig_bases)[i];
        if (molt_type_of(base) != &molt_type_typing_alias) continue;
        MoltValue origin = molt_getattr(base, "__origin__");
        if (origin == MOLT_ERROR) return MOLT_ERROR;
        bool generic = molt_typing_is_generic_base(origin) || molt_typing_is_protocol_base(origin);
        molt_decref(origin);
        if (generic) return molt_getattr(base, "__args__");
    }
    MoltValue all = MOLT_ERROR;
    MoltValue parameters = molt_tuple_new(0);
    for (int64_t i = 0; i < molt_tuple_length(orig_bases); i++) {
        MoltValue base = molt_tuple_items(orig_bases)[i];
        if (molt_type_of(base) != &molt_type_typing_alias) continue;
        MoltValue own = molt_getattr(base, "__parameters__");
        if (own == MOLT_ERROR) goto failed;
        all = molt_binary_op(MOLT_OP_ADD, parameters, own);
        molt_decref(own);
        if (all == MOLT_ERROR) goto failed;
        molt_decref(parameters);
        parameters = all;
    }
    all = molt_typing_collect_parameters(parameters);   /* each once */
failed:
    molt_decref(parameters);
    return all;
}

/* Generic.__class_getitem__(cls, params): Generic[T, U] takes distinct type
 * variables; a generic class takes as many types as it has parameters. */
static MoltValue generic_class_getitem(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("__class_getitem__", kwnames) < 0) return MOLT_ERROR;
    if (nargs != 2) return molt_raise_format(&molt_type_TypeError, "__class_getitem__ expects one argument");
    MoltValue cls = args[0];
    MoltValue given = molt_is_tuple(args[1]) ? molt_new_reference(args[1]) : molt_tuple_from_borrowed(&args[1], 1);
    MoltValue result = MOLT_ERROR;
    int64_t count = molt_tuple_length(given);
    if (molt_typing_is_generic_base(cls) || molt_typing_is_protocol_base(cls)) {
        if (count == 0) {
            molt_raise_format(&molt_type_TypeError, "Parameter list to Generic[...] cannot be empty");
            goto done;
        }
        for (int64_t i = 0; i < count; i++) {
            MoltValue item = molt_tuple_items(given)[i];
            if (!molt_typing_is_typevar(item)) {
                molt_raise_format(&molt_type_TypeError, "Parameters to Generic[...] must all be type variables or "
                                                        "parameter specification variables.");
                goto done;
            }
            for (int64_t j = 0; j < i; j++)
                if (molt_tuple_items(given)[j] == item) {
                    molt_raise_format(&molt_type_TypeError, "Parameters to Generic[...] must all be unique");
                    goto done;
                }
        }
        result = molt_typing_generic_alias_new(cls, given);
        goto done;
    }
    MoltValue parameters = class_parameters(cls);
    if (parameters == MOLT_ERROR) goto done;
    int64_t expected = molt_tuple_length(parameters);
    molt_decref(parameters);
    MoltValue text = molt_repr(cls);
    if (text == MOLT_ERROR) goto done;
    if (expected == 0)
        molt_raise_format(&molt_type_TypeError, "%s is not a generic class", molt_str_utf8(text, NULL));
    else if (count != expected)
        molt_raise_format(&molt_type_TypeError, "Too %s arguments for %s; actual %lld, expected %lld",
                          count > expected ? "many" : "few", molt_str_utf8(text, NULL), (long long)count, (long long)expected);
    molt_decref(text);
    if (expected == 0 || count != expected) goto done;
    MoltValue checked = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        MoltValue item = molt_typing_type_check(molt_tuple_items(given)[i], "Parameters to generic types must be types.");
        if (item == MOLT_ERROR) {
            molt_decref(checked);
            goto done;
        }
        molt_tuple_items(checked)[i] = item;
    }
    result = molt_typing_generic_alias_new(cls, checked);
    molt_decref(checked);
done:
    molt_decref(given);
    return result;
}

static struct MoltBuiltinFunctionObject class_getitem_function =
    MOLT_MODULE_FUNCTION("__class_getitem__", generic_class_getitem);

MoltValue molt_typing_generic_class(void) {
    if (!generic_class) {
        MoltValue namespace = molt_dict_new();
        MoltValue no_slots = molt_tuple_new(0), bases = molt_tuple_new(0);
        MoltValue getitem = molt_call(molt_from_type(&molt_type_classmethod),
                                      (MoltValue[]){molt_from_ptr(&class_getitem_function)}, 1, MOLT_NONE);
        MoltValue made = MOLT_ERROR;
        if (getitem != MOLT_ERROR && molt_dict_setitem(namespace, molt_class_name_str("__slots__"), no_slots) == 0 &&
            molt_dict_setitem(namespace, molt_class_name_str("__class_getitem__"), getitem) == 0)
            made = molt_class_new_in_module("Generic", "typing", bases, namespace, &molt_type_type);
        if (getitem != MOLT_ERROR) molt_decref(getitem);
        molt_decref(bases);
        molt_decref(no_slots);
        molt_decref(namespace);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        generic_class = molt_as_ptr(made);
    }
    return molt_from_ptr(generic_class);
}

static MoltValue make_generic(void) {
    MoltValue generic = molt_typing_generic_class();
    return generic == MOLT_ERROR ? MOLT_ERROR : molt_new_reference(generic);
}

void molt_typing_release(void) {
    molt_typing_protocol_release();   /* it derives from Generic */
    if (!generic_class) return;
    MoltValue value = molt_from_ptr(generic_class);
    generic_class = NULL;
    molt_decref(value);
}

/* ---- functions ------------------------------------------------------------------------------- */

/* cast(typ, val): val, unchanged. */
static MoltValue typing_cast(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"typ", "val", NULL};
    static const MoltArgSpec spec = {"cast", 2, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return molt_new_reference(bound[1]);
}

static MoltValue overload_dummy(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return molt_raise_format(&molt_type_NotImplementedError,
                             "You should not call an overloaded function. A series of @overload-decorated functions "
                             "outside a stub module should always be followed by an implementation that is not "
                             "@overload-ed.");
}

static struct MoltBuiltinFunctionObject overload_dummy_function =
    MOLT_MODULE_FUNCTION("_overload_dummy", overload_dummy);

/* @overload: the decorated function is replaced by one that refuses calls;
 * the implementation written after the overloads rebinds the name. */
static MoltValue typing_overload(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_exactly_one("overload", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_from_ptr(&overload_dummy_function);
}

/* @final: the function or class, marked __final__ = True when it takes attributes. */
static MoltValue typing_final(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("final", nargs, kwnames) < 0) return MOLT_ERROR;
    if (molt_setattr(args[0], "__final__", MOLT_TRUE) < 0) {
        if (molt_exc_matches(molt_from_type(&molt_type_AttributeError)) != 1 &&
            molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1)
            return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
    }
    return molt_new_reference(args[0]);
}

static MoltValue typing_get_origin(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"tp", NULL};
    static const MoltArgSpec spec = {"get_origin", 1, 1, names, 1};
    MoltValue bound[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return molt_typing_get_origin(bound[0]);
}

static MoltValue typing_get_args(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"tp", NULL};
    static const MoltArgSpec spec = {"get_args", 1, 1, names, 1};
    MoltValue bound[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return molt_typing_get_args(bound[0]);
}

/* Adds the hints of one annotations dict into `hints`. */
static int add_hints(MoltValue hints, MoltValue annotations, bool include_extras) {
    if (!molt_is_dict(annotations)) return 0;
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(annotations, &position, &key, &value)) {
        MoltValue hint = molt_typing_hint(value, include_extras);
        if (hint == MOLT_ERROR) return -1;
        int status = molt_dict_setitem(hints, key, hint);
        molt_decref(hint);
        if (status < 0) return -1;
    }
    return 0;
}

/* get_type_hints(obj, globalns=None, localns=None, include_extras=False):
 * a class's annotations along its MRO, base classes first, or a function's
 * (also through a bound method); forward references are refused. */
static MoltValue typing_get_type_hints(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"obj", "globalns", "localns", "include_extras", NULL};
    static const MoltArgSpec spec = {"get_type_hints", 1, 4, names, 4};
    MoltValue bound[4];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue obj = bound[0];
    int include_extras = bound[3] == MOLT_ARG_MISSING ? 0 : molt_truthy(bound[3]);
    if (include_extras < 0) return MOLT_ERROR;
    MoltValue hints = molt_dict_new();
    if (molt_is_type(obj)) {
        const MoltType *type = molt_as_type(obj);
        if (!molt_type_is_heap(type)) return hints;
        const MoltClass *class_object = molt_class_of_type(type);
        for (size_t i = class_object->mro_length; i-- > 0;) {
            if (!molt_type_is_heap(class_object->mro[i])) continue;
            MoltValue own = molt_dict_lookup(molt_class_of_type(class_object->mro[i])->dict,
                                             molt_class_name_str("__annotations__"));
            if (own == MOLT_ERROR || (own != MOLT_STOP && add_hints(hints, own, include_extras) < 0)) {
                molt_decref(hints);
                return MOLT_ERROR;
            }
        }
        return hints;
    }
    const MoltType *kind = molt_type_of(obj);
    if (kind != &molt_type_function && kind != &molt_type_method) {
        molt_decref(hints);
        MoltValue text = molt_repr(obj);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        size_t length;
        molt_raise_format(&molt_type_TypeError, "%s is not a module, class, method, or function.",
                          molt_str_utf8(text, &length));
        molt_decref(text);
        return MOLT_ERROR;
    }
    MoltValue annotations = molt_getattr(obj, "__annotations__");
    if (annotations == MOLT_ERROR || add_hints(hints, annotations, include_extras) < 0) {
        if (annotations != MOLT_ERROR) molt_decref(annotations);
        molt_decref(hints);
        return MOLT_ERROR;
    }
    molt_decref(annotations);
    return hints;
}

/* ---- the module ------------------------------------------------------------------------------- */

static MoltValue make_type_checking(void) { return MOLT_FALSE; }
static MoltValue make_typevar(void) { return molt_from_type(&molt_type_typing_typevar); }
static MoltValue make_forward_ref(void) { return molt_from_type(&molt_type_typing_forward_ref); }
static MoltValue make_namedtuple(void) { return molt_typing_namedtuple_function(); }
static MoltValue make_typeddict(void) { return molt_typing_typeddict_function(); }
static MoltValue make_newtype(void) { return molt_from_type(&molt_type_typing_newtype); }
static MoltValue make_protocol(void) {
    MoltValue protocol = molt_typing_protocol_class();
    return protocol == MOLT_ERROR ? MOLT_ERROR : molt_new_reference(protocol);
}

#define TYPING_NAMES(X)                                                                                         \
    X(Any) X(Union) X(Optional) X(ClassVar) X(Final) X(Literal) X(Annotated) X(NoReturn) X(Never) X(Self)         \
    X(List) X(Dict) X(Set) X(FrozenSet) X(Tuple) X(Type) X(Callable) X(Iterable) X(Iterator) X(Generator)         \
    X(Sequence) X(MutableSequence) X(Mapping) X(MutableMapping) X(Collection) X(AbstractSet) X(Deque)             \
    X(DefaultDict) X(Counter)
#define MAKE_NAMED(name) \
    static MoltValue make_##name(void) { return molt_typing_attribute(#name); }
TYPING_NAMES(MAKE_NAMED)
#undef MAKE_NAMED

static const MoltModuleAttribute typing_attributes[] = {
#define ENTRY(name) {#name, make_##name},
    TYPING_NAMES(ENTRY)
#undef ENTRY
    {"TYPE_CHECKING", make_type_checking},
    {"TypeVar", make_typevar},
    {"ForwardRef", make_forward_ref},
    {"Generic", make_generic},
    {"NamedTuple", make_namedtuple},
    {"TypedDict", make_typeddict},
    {"NewType", make_newtype},
    {"Protocol", make_protocol},
};

static struct MoltBuiltinFunctionObject typing_functions[] = {
    MOLT_MODULE_FUNCTION("cast", typing_cast),
    MOLT_MODULE_FUNCTION("overload", typing_overload),
    MOLT_MODULE_FUNCTION("final", typing_final),
    MOLT_MODULE_FUNCTION("get_origin", typing_get_origin),
    MOLT_MODULE_FUNCTION("get_args", typing_get_args),
    MOLT_MODULE_FUNCTION("get_type_hints", typing_get_type_hints),
    MOLT_MODULE_FUNCTION("runtime_checkable", molt_typing_runtime_checkable),
};

struct MoltModule molt_module_typing = MOLT_MODULE("typing", typing_functions, typing_attributes);
