/* typing's special forms (Any, Union, Optional, ClassVar, Final, Literal,
 * Annotated, NoReturn, Never, Self) and the aliases subscripting makes:
 * typing.List[int], typing.Callable[[int], str], Union[int, None],
 * ClassVar[int], and Stack[int] for a class deriving from Generic. They
 * print, compare, hash and refuse what CPython 3.12's typing.py does (its
 * _SpecialForm, _SpecialGenericAlias, _GenericAlias and friends, folded
 * into one alias type with a kind). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/builtin_function.h"
#include "../objects/generic_alias.h"
#include "../objects/class_internal.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/union_type.h"
#include "typing.h"

static void static_dealloc(MoltObject *object) { (void)object; }

/* ---- the special forms --------------------------------------------------------------- */

typedef enum FormKind {
    FORM_ANY, FORM_UNION, FORM_OPTIONAL, FORM_CLASSVAR, FORM_FINAL, FORM_LITERAL, FORM_ANNOTATED, FORM_NORETURN,
    FORM_NEVER, FORM_SELF, FORM_COUNT
} FormKind;

typedef struct TypingForm {
    MoltObject header;
    FormKind kind;
    const char *name;
} TypingForm;

#define FORM(kind, name) {{MOLT_IMMORTAL_REFCOUNT, &molt_type_typing_special_form}, kind, name}
static TypingForm forms[FORM_COUNT] = {
    FORM(FORM_ANY, "Any"),           FORM(FORM_UNION, "Union"),   FORM(FORM_OPTIONAL, "Optional"),
    FORM(FORM_CLASSVAR, "ClassVar"), FORM(FORM_FINAL, "Final"),   FORM(FORM_LITERAL, "Literal"),
    FORM(FORM_ANNOTATED, "Annotated"), FORM(FORM_NORETURN, "NoReturn"), FORM(FORM_NEVER, "Never"),
    FORM(FORM_SELF, "Self"),
};
#undef FORM

static bool is_form(MoltValue v) { return molt_type_of(v) == &molt_type_typing_special_form; }
static const TypingForm *as_form(MoltValue v) { return molt_as_ptr(v); }
static MoltValue form_value(FormKind kind) { return molt_from_ptr(&forms[kind]); }

/* ---- the bare aliases of builtin and abstract classes -------------------------------- */

/* typing.List and friends: the class they stand for (NULL for the abstract
 * classes of collections.abc and the collections types, which Molt lacks),
 * how many arguments they take (VARIADIC: Tuple; CALLABLE: Callable's
 * [args], result) and whether calling them makes an instance. */
enum { VARIADIC = -1, CALLABLE = -2 };
typedef struct SpecialInfo {
    const char *name;
    const MoltType *origin;
    const char *origin_name;   /* what CPython's origin is, for messages */
    int parameters;
    bool instantiable;
} SpecialInfo;

static const SpecialInfo specials[] = {
    {"List", &molt_type_list, "list", 1, false},
    {"Dict", &molt_type_dict, "dict", 2, false},
    {"Set", &molt_type_set, "set", 1, false},
    {"FrozenSet", &molt_type_frozenset, "frozenset", 1, false},
    {"Tuple", &molt_type_tuple, "tuple", VARIADIC, false},
    {"Type", &molt_type_type, "type", 1, false},
    {"Callable", NULL, "collections.abc.Callable", CALLABLE, false},
    {"Iterable", NULL, "collections.abc.Iterable", 1, false},
    {"Iterator", NULL, "collections.abc.Iterator", 1, false},
    {"Generator", NULL, "collections.abc.Generator", 3, false},
    {"Sequence", NULL, "collections.abc.Sequence", 1, false},
    {"MutableSequence", NULL, "collections.abc.MutableSequence", 1, false},
    {"Mapping", NULL, "collections.abc.Mapping", 2, false},
    {"MutableMapping", NULL, "collections.abc.MutableMapping", 2, false},
    {"Collection", NULL, "collections.abc.Collection", 1, false},
    {"AbstractSet", NULL, "collections.abc.Set", 1, false},
    {"Deque", NULL, "collections.deque", 1, true},
    {"DefaultDict", NULL, "collections.defaultdict", 2, true},
    {"Counter", NULL, "collections.Counter", 1, true},
};
#define SPECIAL_COUNT (sizeof specials / sizeof specials[0])
enum { SPECIAL_TUPLE = 4, SPECIAL_CALLABLE = 6 };

/* ---- the alias object -------------------------------------------------------------------- */

typedef enum AliasKind {
    ALIAS_BARE,      /* typing.List: special set, args MOLT_UNBOUND */
    ALIAS_GENERIC,   /* typing.List[int] (special set) or Stack[int] (origin a class) */
    ALIAS_FORM,      /* Union[...], Literal[...], ClassVar[...], Final[...], Annotated[...] */
} AliasKind;

typedef struct TypingAlias {
    MoltObject header;
    AliasKind kind;
    const SpecialInfo *special;   /* for typing.List[...]; NULL otherwise */
    FormKind form;                /* for ALIAS_FORM */
    MoltValue origin;             /* a class, or MOLT_UNBOUND (abstract specials, most forms) */
    MoltValue args;               /* a tuple; MOLT_UNBOUND when bare */
    MoltValue metadata;           /* Annotated's extra arguments (a tuple), else MOLT_UNBOUND */
} TypingAlias;

#define BARE(index) {{MOLT_IMMORTAL_REFCOUNT, &molt_type_typing_alias}, ALIAS_BARE, &specials[index], FORM_COUNT, \
                     MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND}
static TypingAlias bare_aliases[] = {
    BARE(0),  BARE(1),  BARE(2),  BARE(3),  BARE(4),  BARE(5),  BARE(6),  BARE(7),  BARE(8),  BARE(9),
    BARE(10), BARE(11), BARE(12), BARE(13), BARE(14), BARE(15), BARE(16), BARE(17), BARE(18),
};
#undef BARE
_Static_assert(sizeof bare_aliases / sizeof bare_aliases[0] == SPECIAL_COUNT, "one bare alias per special");

static bool is_alias(MoltValue v) { return molt_type_of(v) == &molt_type_typing_alias; }
static const TypingAlias *as_alias(MoltValue v) { return molt_as_ptr(v); }

/* Steals `origin`, `args` and `metadata`. */
static MoltValue alias_new(AliasKind kind, const SpecialInfo *special, FormKind form, MoltValue origin, MoltValue args,
                           MoltValue metadata) {
    /* A container: Protocol[T] in a protocol class's __orig_bases__ refers back to Protocol. */
    TypingAlias *alias = molt_gc_allocate(sizeof *alias, &molt_type_typing_alias);
    alias->kind = kind;
    alias->special = special;
    alias->form = form;
    alias->origin = origin;
    alias->args = args;
    alias->metadata = metadata;
    return molt_from_ptr(alias);
}

static void release(MoltValue v) {
    if (v != MOLT_UNBOUND) molt_decref(v);
}

static void alias_clear(MoltObject *object) {
    TypingAlias *alias = (TypingAlias *)object;
    MoltValue held[3] = {alias->origin, alias->args, alias->metadata};
    alias->origin = alias->args = alias->metadata = MOLT_UNBOUND;
    for (int i = 0; i < 3; i++) release(held[i]);
}

static void alias_dealloc(MoltObject *object) {
    alias_clear(object);
    molt_gc_free(object);
}

static void alias_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    const TypingAlias *alias = (const TypingAlias *)object;
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;   /* a bare alias: static, holds nothing */
    if (alias->origin != MOLT_UNBOUND) visit(alias->origin, context);
    if (alias->args != MOLT_UNBOUND) visit(alias->args, context);
    if (alias->metadata != MOLT_UNBOUND) visit(alias->metadata, context);
}

MoltValue molt_typing_generic_alias_new(MoltValue origin, MoltValue args) {
    return alias_new(ALIAS_GENERIC, NULL, FORM_COUNT, molt_new_reference(origin), molt_new_reference(args), MOLT_UNBOUND);
}

/* The class an alias of a special stands for (borrowed), or MOLT_UNBOUND. */
static MoltValue special_origin(const SpecialInfo *special) {
    return special->origin ? molt_from_type(special->origin) : MOLT_UNBOUND;
}

/* ---- repr -------------------------------------------------------------------------------- */

int molt_typing_append_type_repr(MoltBuffer *buffer, MoltValue item) {
    if (item == MOLT_ELLIPSIS) {
        molt_buffer_append_cstr(buffer, "...");
        return 0;
    }
    if (molt_is_type(item)) {
        molt_type_append_qualified_name(buffer, molt_as_type(item));
        return 0;
    }
    if (molt_type_of(item) == &molt_type_function) {
        MoltValue name = molt_getattr(item, "__name__");
        if (name == MOLT_ERROR) return -1;
        molt_buffer_append_str(buffer, name);
        molt_decref(name);
        return 0;
    }
    return molt_buffer_append_repr(buffer, item);
}

/* items[start..end) separated by ", ", each by type repr (or repr when `plain`). */
static int append_items(MoltBuffer *buffer, MoltValue tuple, int64_t start, int64_t end, bool plain) {
    for (int64_t i = start; i < end; i++) {
        if (i > start) molt_buffer_append_cstr(buffer, ", ");
        MoltValue item = molt_tuple_items(tuple)[i];
        if ((plain ? molt_buffer_append_repr(buffer, item) : molt_typing_append_type_repr(buffer, item)) < 0) return -1;
    }
    return 0;
}

static int append_alias(MoltBuffer *buffer, const TypingAlias *alias) {
    MoltValue args = alias->args;
    int64_t count = args == MOLT_UNBOUND ? 0 : molt_tuple_length(args);
    if (alias->kind == ALIAS_FORM) {
        bool none_last = count == 2 && molt_tuple_items(args)[1] == molt_from_type(&molt_type_NoneType);
        bool none_first = count == 2 && molt_tuple_items(args)[0] == molt_from_type(&molt_type_NoneType);
        if (alias->form == FORM_UNION && (none_first || none_last)) {
            molt_buffer_append_cstr(buffer, "typing.Optional[");
            if (molt_typing_append_type_repr(buffer, molt_tuple_items(args)[none_first ? 1 : 0]) < 0) return -1;
            molt_buffer_append_cstr(buffer, "]");
            return 0;
        }
        molt_buffer_append_cstr(buffer, "typing.");
        molt_buffer_append_cstr(buffer, forms[alias->form].name);
        molt_buffer_append_cstr(buffer, "[");
        if (alias->form == FORM_ANNOTATED) {
            if (molt_typing_append_type_repr(buffer, alias->origin) < 0) return -1;
            molt_buffer_append_cstr(buffer, ", ");
            if (append_items(buffer, alias->metadata, 0, molt_tuple_length(alias->metadata), true) < 0) return -1;
        } else if (append_items(buffer, args, 0, count, alias->form == FORM_LITERAL) < 0) {
            return -1;
        }
        molt_buffer_append_cstr(buffer, "]");
        return 0;
    }
    if (alias->special) {
        molt_buffer_append_cstr(buffer, "typing.");
        molt_buffer_append_cstr(buffer, alias->special->name);
        if (alias->kind == ALIAS_BARE) return 0;
    } else if (molt_typing_append_type_repr(buffer, alias->origin) < 0) {
        return -1;
    }
    molt_buffer_append_cstr(buffer, "[");
    if (alias->special == &specials[SPECIAL_CALLABLE]) {
        /* Callable[[int, str], bool]; Callable[..., bool] */
        if (count == 2 && molt_tuple_items(args)[0] == MOLT_ELLIPSIS) {
            molt_buffer_append_cstr(buffer, "...");
        } else {
            molt_buffer_append_cstr(buffer, "[");
            if (append_items(buffer, args, 0, count - 1, false) < 0) return -1;
            molt_buffer_append_cstr(buffer, "]");
        }
        molt_buffer_append_cstr(buffer, ", ");
        if (molt_typing_append_type_repr(buffer, molt_tuple_items(args)[count - 1]) < 0) return -1;
    } else if (count == 0) {
        molt_buffer_append_cstr(buffer, "()");   /* Tuple[()] */
    } else if (append_items(buffer, args, 0, count, false) < 0) {
        return -1;
    }
    molt_buffer_append_cstr(buffer, "]");
    return 0;
}

static MoltValue alias_repr(MoltValue self) {
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    if (append_alias(&buffer, as_alias(self)) < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&buffer);
}

static MoltValue form_repr(MoltValue self) {
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "typing.");
    molt_buffer_append_cstr(&buffer, as_form(self)->name);
    return molt_buffer_finish(&buffer);
}

/* ---- checking arguments ------------------------------------------------------------------- */

/* "message Got (<class 'int'>, <class 'str'>)." with the repr cut at 100
 * characters, as CPython's f"{msg} Got {arg!r:.100}." */
static MoltValue raise_got(const char *message, MoltValue argument) {
    MoltValue text = molt_repr(argument);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const char *utf8 = molt_str_utf8(text, &length);
    size_t cut = 0;
    for (size_t characters = 0; cut < length && characters < 100; characters++)
        do cut++;
        while (cut < length && ((unsigned char)utf8[cut] & 0xC0) == 0x80);
    molt_raise_format(&molt_type_TypeError, "%s Got %.*s.", message, (int)cut, utf8);
    molt_decref(text);
    return MOLT_ERROR;
}

static MoltValue raise_with_repr(const char *format_before, MoltValue value, const char *after) {
    MoltValue text = molt_repr(value);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    molt_raise_format(&molt_type_TypeError, "%s%s%s", format_before, molt_str_utf8(text, &length), after);
    molt_decref(text);
    return MOLT_ERROR;
}

static MoltValue type_check(MoltValue argument, const char *message, bool allow_special_forms) {
    if (argument == MOLT_NONE) return molt_from_type(&molt_type_NoneType);
    if (molt_type_of(argument) == &molt_type_str) return molt_typing_forward_ref_new(argument);
    if (is_alias(argument)) {
        const TypingAlias *alias = as_alias(argument);
        bool refused = (alias->kind == ALIAS_GENERIC && molt_typing_is_generic_base(alias->origin)) ||
                       (!allow_special_forms && alias->kind == ALIAS_FORM &&
                        (alias->form == FORM_CLASSVAR || alias->form == FORM_FINAL));
        if (refused) return raise_with_repr("", argument, " is not valid as type argument");
    }
    if (is_form(argument)) {
        FormKind kind = as_form(argument)->kind;
        bool allowed = kind == FORM_ANY || kind == FORM_NORETURN || kind == FORM_NEVER || kind == FORM_SELF ||
                       (allow_special_forms && (kind == FORM_CLASSVAR || kind == FORM_FINAL));
        if (!allowed) return raise_with_repr("Plain ", argument, " is not valid as type argument");
    }
    if (molt_typing_is_generic_base(argument)) return raise_with_repr("Plain ", argument, " is not valid as type argument");
    if (molt_is_tuple(argument)) return raise_got(message, argument);
    return molt_new_reference(argument);
}

MoltValue molt_typing_type_check(MoltValue argument, const char *message) {
    return type_check(argument, message, false);
}

/* The subscript's arguments as a tuple (new reference). */
static MoltValue as_tuple(MoltValue key) {
    return molt_is_tuple(key) ? molt_new_reference(key) : molt_tuple_from_borrowed(&key, 1);
}

/* Each argument through type_check: a new tuple, or MOLT_ERROR. */
static MoltValue check_each(MoltValue args, const char *message) {
    int64_t count = molt_tuple_length(args);
    MoltValue checked = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        MoltValue item = type_check(molt_tuple_items(args)[i], message, false);
        if (item == MOLT_ERROR) {
            molt_decref(checked);
            return MOLT_ERROR;
        }
        molt_tuple_items(checked)[i] = item;
    }
    return checked;
}

/* ---- the type variables an alias has, and substituting them ------------------------------ */

static int collect_into(MoltValue list, MoltValue args) {
    for (int64_t i = 0; i < molt_tuple_length(args); i++) {
        MoltValue item = molt_tuple_items(args)[i];
        if (molt_typing_is_typevar(item)) {
            int found = molt_contains(list, item);
            if (found < 0 || (!found && molt_list_append(list, item) < 0)) return -1;
        } else if (is_alias(item) && as_alias(item)->args != MOLT_UNBOUND) {
            if (collect_into(list, as_alias(item)->args) < 0) return -1;
        }
    }
    return 0;
}

MoltValue molt_typing_collect_parameters(MoltValue args) {
    MoltValue list = molt_list_new(0);
    if (collect_into(list, args) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    MoltValue tuple = molt_tuple_from_iterable(list);
    molt_decref(list);
    return tuple;
}

static MoltValue alias_parameters(const TypingAlias *alias) {
    if (alias->args == MOLT_UNBOUND) return molt_tuple_new(0);
    return molt_typing_collect_parameters(alias->args);
}

static MoltValue substitute(MoltValue item, MoltValue parameters, MoltValue values);

/* alias with each type variable of `parameters` replaced by its value. */
static MoltValue substitute_alias(const TypingAlias *alias, MoltValue parameters, MoltValue values) {
    int64_t count = molt_tuple_length(alias->args);
    MoltValue args = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        MoltValue item = substitute(molt_tuple_items(alias->args)[i], parameters, values);
        if (item == MOLT_ERROR) {
            molt_decref(args);
            return MOLT_ERROR;
        }
        molt_tuple_items(args)[i] = item;
    }
    if (alias->kind == ALIAS_FORM && alias->form == FORM_UNION) {
        MoltValue result = molt_getitem(form_value(FORM_UNION), args);   /* flattens again */
        molt_decref(args);
        return result;
    }
    return alias_new(alias->kind, alias->special, alias->form,
                     alias->origin == MOLT_UNBOUND ? MOLT_UNBOUND : molt_new_reference(alias->origin), args,
                     alias->metadata == MOLT_UNBOUND ? MOLT_UNBOUND : molt_new_reference(alias->metadata));
}

static MoltValue substitute(MoltValue item, MoltValue parameters, MoltValue values) {
    if (molt_typing_is_typevar(item)) {
        for (int64_t i = 0; i < molt_tuple_length(parameters); i++)
            if (molt_tuple_items(parameters)[i] == item) return molt_new_reference(molt_tuple_items(values)[i]);
        return molt_new_reference(item);
    }
    if (is_alias(item) && as_alias(item)->args != MOLT_UNBOUND) return substitute_alias(as_alias(item), parameters, values);
    return molt_new_reference(item);
}

/* "Too many arguments for typing.List; actual 2, expected 1" */
static int check_count(MoltValue alias, int64_t actual, int64_t expected) {
    if (actual == expected) return 0;
    MoltValue text = molt_repr(alias);
    if (text == MOLT_ERROR) return -1;
    size_t length;
    molt_raise_format(&molt_type_TypeError, "Too %s arguments for %s; actual %lld, expected %lld",
                      actual > expected ? "many" : "few", molt_str_utf8(text, &length), (long long)actual,
                      (long long)expected);
    molt_decref(text);
    return -1;
}

/* ---- subscripting ------------------------------------------------------------------------- */

static MoltValue subscript_callable(MoltValue key) {
    if (!molt_is_tuple(key) || molt_tuple_length(key) != 2)
        return molt_raise_format(&molt_type_TypeError, "Callable must be used as Callable[[arg, ...], result].");
    MoltValue arguments = molt_tuple_items(key)[0], result = molt_tuple_items(key)[1];
    MoltValue list = molt_list_new(0);
    if (arguments == MOLT_ELLIPSIS) {
        molt_list_append(list, MOLT_ELLIPSIS);
    } else {
        MoltValue given = molt_type_of(arguments) == &molt_type_list ? molt_tuple_from_iterable(arguments)
                                                                     : as_tuple(arguments);
        MoltValue checked = given == MOLT_ERROR ? MOLT_ERROR : check_each(given, "Callable[args, result]: each arg must be a type.");
        release(given == MOLT_ERROR ? MOLT_UNBOUND : given);
        if (checked == MOLT_ERROR || molt_list_extend(list, checked) < 0) {
            release(checked == MOLT_ERROR ? MOLT_UNBOUND : checked);
            molt_decref(list);
            return MOLT_ERROR;
        }
        molt_decref(checked);
    }
    MoltValue checked_result = type_check(result, "Callable[args, result]: result must be a type.", false);
    if (checked_result == MOLT_ERROR || molt_list_append(list, checked_result) < 0) {
        release(checked_result == MOLT_ERROR ? MOLT_UNBOUND : checked_result);
        molt_decref(list);
        return MOLT_ERROR;
    }
    molt_decref(checked_result);
    MoltValue args = molt_tuple_from_iterable(list);
    molt_decref(list);
    return alias_new(ALIAS_GENERIC, &specials[SPECIAL_CALLABLE], FORM_COUNT, MOLT_UNBOUND, args, MOLT_UNBOUND);
}

static MoltValue subscript_bare(MoltValue self, MoltValue key) {
    const SpecialInfo *special = as_alias(self)->special;
    if (special->parameters == CALLABLE) return subscript_callable(key);
    MoltValue given = as_tuple(key);
    /* Tuple[()] is the empty tuple type */
    if (special->parameters == VARIADIC && molt_is_tuple(key) && molt_tuple_length(key) == 0) {
        return alias_new(ALIAS_GENERIC, special, FORM_COUNT, molt_new_reference(special_origin(special)), given,
                         MOLT_UNBOUND);
    }
    if (special->parameters != VARIADIC && check_count(self, molt_tuple_length(given), special->parameters) < 0) {
        molt_decref(given);
        return MOLT_ERROR;
    }
    MoltValue args = check_each(given, special->parameters == VARIADIC ? "Tuple[t0, t1, ...]: each t must be a type."
                                                                         : "Parameters to generic types must be types.");
    molt_decref(given);
    if (args == MOLT_ERROR) return MOLT_ERROR;
    MoltValue origin = special_origin(special);
    return alias_new(ALIAS_GENERIC, special, FORM_COUNT, origin == MOLT_UNBOUND ? origin : molt_new_reference(origin), args,
                     MOLT_UNBOUND);
}

static MoltValue alias_getitem(MoltValue self, MoltValue key) {
    const TypingAlias *alias = as_alias(self);
    if (alias->kind == ALIAS_BARE) return subscript_bare(self, key);
    MoltValue parameters = alias_parameters(alias);
    if (parameters == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (molt_tuple_length(parameters) == 0) {
        raise_with_repr("", self, " is not a generic class");
    } else {
        MoltValue values = as_tuple(key);
        MoltValue checked = MOLT_ERROR;
        if (check_count(self, molt_tuple_length(values), molt_tuple_length(parameters)) == 0)
            checked = check_each(values, "Parameters to generic types must be types.");
        if (checked != MOLT_ERROR) {
            result = substitute_alias(alias, parameters, checked);
            molt_decref(checked);
        }
        molt_decref(values);
    }
    molt_decref(parameters);
    return result;
}

/* Union's arguments flattened (a Union or an `int | str` among them gives its own) and each
 * kept once, first occurrence first; a new list. */
static MoltValue union_arguments(MoltValue args) {
    MoltValue list = molt_list_new(0);
    for (int64_t i = 0; i < molt_tuple_length(args); i++) {
        MoltValue item = type_check(molt_tuple_items(args)[i], "Union[arg, ...]: each arg must be a type.", false);
        if (item == MOLT_ERROR) goto failed;
        bool nested = is_alias(item) && as_alias(item)->kind == ALIAS_FORM && as_alias(item)->form == FORM_UNION;
        MoltValue members = nested                    ? molt_new_reference(as_alias(item)->args)
                            : molt_is_union_type(item) ? molt_new_reference(molt_union_type_args(item))
                                                       : molt_tuple_from_borrowed(&item, 1);
        molt_decref(item);
        for (int64_t j = 0; j < molt_tuple_length(members); j++) {
            int found = molt_contains(list, molt_tuple_items(members)[j]);
            if (found < 0 || (!found && molt_list_append(list, molt_tuple_items(members)[j]) < 0)) {
                molt_decref(members);
                goto failed;
            }
        }
        molt_decref(members);
    }
    return list;
failed:
    molt_decref(list);
    return MOLT_ERROR;
}

static MoltValue make_union(MoltValue args) {
    if (molt_tuple_length(args) == 0)
        return molt_raise_format(&molt_type_TypeError, "Cannot take a Union of no types.");
    MoltValue list = union_arguments(args);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result;
    const MoltList *items = molt_as_ptr(list);
    if (items->length == 1) result = molt_new_reference(items->items[0]);
    else result = alias_new(ALIAS_FORM, NULL, FORM_UNION, MOLT_UNBOUND, molt_tuple_from_iterable(list), MOLT_UNBOUND);
    molt_decref(list);
    return result;
}

/* Literal[1, 1, True]: each (value, type) once. */
static MoltValue make_literal(MoltValue args) {
    MoltValue list = molt_list_new(0), seen = molt_list_new(0);
    MoltValue result = MOLT_ERROR;
    for (int64_t i = 0; i < molt_tuple_length(args); i++) {
        MoltValue item = molt_tuple_items(args)[i];
        MoltValue pair = molt_tuple_pair(item, molt_from_type(molt_type_of(item)));
        int found = molt_contains(seen, pair);
        if (found == 0) {
            molt_list_append(seen, pair);
            molt_list_append(list, item);
        }
        molt_decref(pair);
        if (found < 0) goto done;
    }
    result = alias_new(ALIAS_FORM, NULL, FORM_LITERAL, MOLT_UNBOUND, molt_tuple_from_iterable(list), MOLT_UNBOUND);
done:
    molt_decref(seen);
    molt_decref(list);
    return result;
}

static MoltValue make_annotated(MoltValue key) {
    if (!molt_is_tuple(key) || molt_tuple_length(key) < 2)
        return molt_raise_format(&molt_type_TypeError, "Annotated[...] should be used with at least two arguments "
                                                       "(a type and an annotation).");
    MoltValue origin = type_check(molt_tuple_items(key)[0], "Annotated[t, ...]: t must be a type.", true);
    if (origin == MOLT_ERROR) return MOLT_ERROR;
    MoltValue metadata = molt_list_new(0);
    /* Annotated[Annotated[int, a], b] is Annotated[int, a, b] */
    if (is_alias(origin) && as_alias(origin)->kind == ALIAS_FORM && as_alias(origin)->form == FORM_ANNOTATED) {
        const TypingAlias *inner = as_alias(origin);
        molt_list_extend(metadata, inner->metadata);
        MoltValue base = molt_new_reference(inner->origin);
        molt_decref(origin);
        origin = base;
    }
    for (int64_t i = 1; i < molt_tuple_length(key); i++) molt_list_append(metadata, molt_tuple_items(key)[i]);
    MoltValue metadata_tuple = molt_tuple_from_iterable(metadata);
    molt_decref(metadata);
    MoltValue args = molt_tuple_from_borrowed(&origin, 1);
    return alias_new(ALIAS_FORM, NULL, FORM_ANNOTATED, origin, args, metadata_tuple);
}

static MoltValue form_getitem(MoltValue self, MoltValue key) {
    const TypingForm *form = as_form(self);
    char message[96];
    switch (form->kind) {
    case FORM_UNION: {
        MoltValue args = as_tuple(key);
        MoltValue result = make_union(args);
        molt_decref(args);
        return result;
    }
    case FORM_OPTIONAL: {
        MoltValue item = type_check(key, "typing.Optional requires a single type.", false);
        if (item == MOLT_ERROR) return MOLT_ERROR;
        MoltValue args = molt_tuple_pair(item, molt_from_type(&molt_type_NoneType));
        molt_decref(item);
        MoltValue result = make_union(args);
        molt_decref(args);
        return result;
    }
    case FORM_CLASSVAR:
    case FORM_FINAL: {
        snprintf(message, sizeof message, "typing.%s accepts only single type.", form->name);
        MoltValue item = type_check(key, message, false);
        if (item == MOLT_ERROR) return MOLT_ERROR;
        MoltValue args = molt_tuple_from_borrowed(&item, 1);
        molt_decref(item);
        return alias_new(ALIAS_FORM, NULL, form->kind, MOLT_UNBOUND, args, MOLT_UNBOUND);
    }
    case FORM_LITERAL: {
        MoltValue args = as_tuple(key);
        MoltValue result = make_literal(args);
        molt_decref(args);
        return result;
    }
    case FORM_ANNOTATED: return make_annotated(key);
    default: return raise_with_repr("", self, " is not subscriptable");
    }
}

/* ---- comparing and hashing ------------------------------------------------------------------ */

/* Do the tuples hold the same items in any order (Union, Literal)? */
static int same_members(MoltValue a, MoltValue b) {
    if (molt_tuple_length(a) != molt_tuple_length(b)) return 0;
    for (int64_t i = 0; i < molt_tuple_length(a); i++) {
        int found = molt_contains(b, molt_tuple_items(a)[i]);
        if (found <= 0) return found;
    }
    return 1;
}

static int alias_equal(const TypingAlias *x, const TypingAlias *y) {
    if (x->kind != y->kind || x->special != y->special || x->form != y->form) return 0;
    if (x->kind == ALIAS_BARE) return 1;
    if (x->origin != y->origin) {
        if (x->origin == MOLT_UNBOUND || y->origin == MOLT_UNBOUND) return 0;
        int equal = molt_equal(x->origin, y->origin);
        if (equal <= 0) return equal;
    }
    if (x->metadata != MOLT_UNBOUND) {
        int equal = molt_equal(x->metadata, y->metadata);
        if (equal <= 0) return equal;
    }
    if (x->kind == ALIAS_FORM && (x->form == FORM_UNION || x->form == FORM_LITERAL)) return same_members(x->args, y->args);
    return molt_equal(x->args, y->args);
}

static bool is_union(MoltValue v) {
    return is_alias(v) && as_alias(v)->kind == ALIAS_FORM && as_alias(v)->form == FORM_UNION;
}

/* The members of a typing.Union or of an `int | str` (borrowed), else MOLT_UNBOUND. */
static MoltValue union_members(MoltValue v) {
    return is_union(v) ? as_alias(v)->args : molt_is_union_type(v) ? molt_union_type_args(v) : MOLT_UNBOUND;
}

static MoltValue alias_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (op != MOLT_CMP_EQ && op != MOLT_CMP_NE) return MOLT_NOT_IMPLEMENTED;
    int equal;
    if ((is_union(a) || is_union(b)) && union_members(a) != MOLT_UNBOUND && union_members(b) != MOLT_UNBOUND)
        equal = same_members(union_members(a), union_members(b));   /* Union[int, str] == int | str */
    else if (!is_alias(a) || !is_alias(b))
        return MOLT_NOT_IMPLEMENTED;
    else
        equal = alias_equal(as_alias(a), as_alias(b));
    if (equal < 0) return MOLT_ERROR;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static int64_t alias_hash(MoltValue self) {
    const TypingAlias *alias = as_alias(self);
    if (is_union(self)) return molt_union_hash_members(alias->args);   /* as `int | str`'s */
    int64_t hash = (int64_t)(uintptr_t)alias->special ^ (int64_t)alias->form * 1000003;
    if (alias->origin != MOLT_UNBOUND) {
        int64_t origin = molt_hash(alias->origin);
        if (origin == -1) return -1;
        hash ^= origin;
    }
    if (alias->args != MOLT_UNBOUND) {
        bool unordered = alias->kind == ALIAS_FORM && (alias->form == FORM_UNION || alias->form == FORM_LITERAL);
        for (int64_t i = 0; i < molt_tuple_length(alias->args); i++) {
            int64_t item = molt_hash(molt_tuple_items(alias->args)[i]);
            if (item == -1) return -1;
            hash = unordered ? hash ^ item : (hash * 31) ^ item;
        }
    }
    return hash == -1 ? -2 : hash;
}

/* ---- | -------------------------------------------------------------------------------------------- */

/* a | b with a typing object on either side: typing.Union[a, b], as their
 * __or__ and __ror__; with typing.Any (a class in CPython 3.12) and a type,
 * the `int | None` union type. */
MoltValue molt_typing_or(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR) return MOLT_NOT_IMPLEMENTED;
    MoltValue any = form_value(FORM_ANY);
    if ((a == any || b == any) && (a == any || molt_union_type_unionable(a)) && (b == any || molt_union_type_unionable(b)))
        return molt_union_type_make(a, b);
    MoltValue args = molt_tuple_pair(a, b);
    MoltValue result = make_union(args);
    molt_decref(args);
    return result;
}

/* ---- calling ---------------------------------------------------------------------------------- */

static MoltValue alias_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const TypingAlias *alias = as_alias(callable);
    if (alias->kind == ALIAS_FORM) return raise_with_repr("Cannot instantiate ", callable, "");
    if (alias->special) {
        const SpecialInfo *special = alias->special;
        if (!special->instantiable) {
            if (!special->origin)
                return molt_raise_format(&molt_type_TypeError, "Can't instantiate abstract class %s",
                                         strrchr(special->origin_name, '.') + 1);
            return molt_raise_format(&molt_type_TypeError, "Type %s cannot be instantiated; use %s() instead",
                                     special->name, special->origin_name);
        }
        return molt_raise_format(&molt_type_NotImplementedError, "Molt has no %s yet", special->origin_name);
    }
    /* Stack[int](): an instance of Stack that remembers its alias */
    MoltValue result = molt_call(alias->origin, args, nargs, kwnames);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    if (molt_setattr(result, "__orig_class__", callable) < 0) {
        MoltValue error = molt_exc_fetch();
        bool ignored = molt_type_is_subtype(molt_type_of(error), &molt_type_AttributeError) ||
                       molt_type_is_subtype(molt_type_of(error), &molt_type_TypeError);
        if (!ignored) {
            molt_exc_restore(error);
            molt_decref(result);
            return MOLT_ERROR;
        }
        molt_decref(error);
    }
    return result;
}

static MoltValue form_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (as_form(callable)->kind == FORM_ANY) return molt_raise_format(&molt_type_TypeError, "Any cannot be instantiated");
    return raise_with_repr("Cannot instantiate ", callable, "");
}

/* ---- class statements: __mro_entries__ -------------------------------------------------------- */

/* class Stack(Generic[T]) derives from Generic (unless a later base already
 * does); class C(Stack[int]) from Stack. */
static MoltValue alias_mro_entries(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)kwnames;
    if (nargs != 2 || !molt_is_tuple(args[1]))
        return molt_raise_format(&molt_type_TypeError, "__mro_entries__ expects the tuple of bases");
    MoltValue self = args[0], bases = args[1];
    if (is_form(self) || as_alias(self)->kind == ALIAS_FORM) {
        if (is_alias(self) && as_alias(self)->form == FORM_ANNOTATED)
            return molt_tuple_from_borrowed(&as_alias(self)->origin, 1);
        return raise_with_repr("Cannot subclass ", is_form(self) ? self : form_value(as_alias(self)->form), "");
    }
    const TypingAlias *alias = as_alias(self);
    MoltValue origin = alias->special ? special_origin(alias->special) : alias->origin;
    if (origin == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_NotImplementedError, "Molt has no %s to derive from yet",
                                 alias->special->origin_name);
    if (molt_typing_is_generic_base(origin)) {
        bool seen = false;
        for (int64_t i = 0; i < molt_tuple_length(bases); i++) {
            MoltValue base = molt_tuple_items(bases)[i];
            if (base == self) seen = true;
            else if (seen && molt_is_type(base) && molt_type_is_subtype(molt_as_type(base), molt_as_type(origin)))
                return molt_tuple_new(0);
        }
    }
    return molt_tuple_from_borrowed(&origin, 1);
}

static struct MoltBuiltinFunctionObject mro_entries_function =
    MOLT_MODULE_FUNCTION("__mro_entries__", alias_mro_entries);

/* ---- attributes ------------------------------------------------------------------------------- */

static MoltValue alias_getattr(MoltValue self, const char *name) {
    const TypingAlias *alias = as_alias(self);
    if (strcmp(name, "__mro_entries__") == 0) return molt_method_new(molt_from_ptr(&mro_entries_function), self);
    MoltValue origin = alias->special ? special_origin(alias->special) : alias->origin;
    if (alias->kind == ALIAS_FORM && alias->form != FORM_ANNOTATED) origin = form_value(alias->form);
    if (strcmp(name, "__origin__") == 0) {
        if (origin == MOLT_UNBOUND)
            return molt_raise_format(&molt_type_NotImplementedError, "Molt has no %s yet", alias->special->origin_name);
        return molt_new_reference(origin);
    }
    if (strcmp(name, "__args__") == 0 && alias->args != MOLT_UNBOUND) return molt_new_reference(alias->args);
    if (strcmp(name, "__parameters__") == 0) return alias_parameters(alias);
    if (strcmp(name, "__metadata__") == 0 && alias->metadata != MOLT_UNBOUND) return molt_new_reference(alias->metadata);
    if ((strcmp(name, "__name__") == 0 || strcmp(name, "_name") == 0) && alias->special)
        return molt_str_from_utf8(alias->special->name, strlen(alias->special->name));
    /* Other names are the origin's, as _BaseGenericAlias.__getattr__ (not dunders). */
    if (!(name[0] == '_' && name[1] == '_') && origin != MOLT_UNBOUND && molt_is_type(origin))
        return molt_getattr(origin, name);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue form_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "__mro_entries__") == 0) return molt_method_new(molt_from_ptr(&mro_entries_function), self);
    if (strcmp(name, "_name") == 0) return molt_str_from_utf8(as_form(self)->name, strlen(as_form(self)->name));
    return MOLT_NOT_IMPLEMENTED;
}

/* ---- get_origin and get_args --------------------------------------------------------------- */

/* typing.get_origin(tp): what an alias subscripts (Annotated for Annotated[...]),
 * Generic for Generic, types.UnionType for `int | str`, else None. */
MoltValue molt_typing_get_origin(MoltValue tp) {
    if (molt_type_of(tp) == &molt_type_generic_alias) return molt_getattr(tp, "__origin__");
    if (molt_is_union_type(tp)) return molt_from_type(&molt_type_union_type);
    if (molt_typing_is_generic_base(tp)) return molt_new_reference(tp);
    if (!is_alias(tp)) return MOLT_NONE;
    if (as_alias(tp)->kind == ALIAS_FORM && as_alias(tp)->form == FORM_ANNOTATED) return form_value(FORM_ANNOTATED);
    return molt_getattr(tp, "__origin__");
}

/* typing.get_args(tp): the arguments of a subscripted alias, Callable's
 * as ([int], str) unless they are (..., result); Annotated's type and
 * metadata; a union's members; else (). */
MoltValue molt_typing_get_args(MoltValue tp) {
    if (molt_type_of(tp) == &molt_type_generic_alias) return molt_getattr(tp, "__args__");
    if (molt_is_union_type(tp)) return molt_new_reference(molt_union_type_args(tp));
    if (!is_alias(tp) || as_alias(tp)->kind == ALIAS_BARE) return molt_tuple_new(0);
    const TypingAlias *alias = as_alias(tp);
    if (alias->kind == ALIAS_FORM && alias->form == FORM_ANNOTATED) {
        MoltValue origin = molt_tuple_from_borrowed(&alias->origin, 1);
        MoltValue result = molt_binary_op(MOLT_OP_ADD, origin, alias->metadata);
        molt_decref(origin);
        return result;
    }
    int64_t count = molt_tuple_length(alias->args);
    if (alias->special == &specials[SPECIAL_CALLABLE] && !(count == 2 && molt_tuple_items(alias->args)[0] == MOLT_ELLIPSIS)) {
        MoltValue list = molt_list_new(0);
        for (int64_t i = 0; i < count - 1; i++) molt_list_append(list, molt_tuple_items(alias->args)[i]);
        MoltValue result = molt_tuple_pair(list, molt_tuple_items(alias->args)[count - 1]);
        molt_decref(list);
        return result;
    }
    return molt_new_reference(alias->args);
}

/* ---- get_type_hints --------------------------------------------------------------------------- */

/* Is there a str or ForwardRef in the annotation (List['Node'])? CPython
 * evaluates those in the module's namespace; Molt has no eval. */
static bool has_forward_ref(MoltValue tp) {
    if (molt_type_of(tp) == &molt_type_str || molt_type_of(tp) == &molt_type_typing_forward_ref) return true;
    MoltValue args = MOLT_UNBOUND;
    if (molt_is_union_type(tp)) args = molt_union_type_args(tp);
    else if (is_alias(tp) && as_alias(tp)->kind != ALIAS_BARE) args = as_alias(tp)->args;
    if (args == MOLT_UNBOUND || !molt_is_tuple(args)) return false;
    for (int64_t i = 0; i < molt_tuple_length(args); i++)
        if (has_forward_ref(molt_tuple_items(args)[i])) return true;
    return false;
}

MoltValue molt_typing_hint(MoltValue annotation, bool include_extras) {
    if (annotation == MOLT_NONE) return molt_from_type(&molt_type_NoneType);
    if (has_forward_ref(annotation)) {
        MoltValue text = molt_repr(annotation);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        size_t length;
        molt_raise_format(&molt_type_NotImplementedError,
                          "Molt cannot evaluate the forward reference in the annotation %s (get_type_hints)",
                          molt_str_utf8(text, &length));
        molt_decref(text);
        return MOLT_ERROR;
    }
    if (!include_extras && is_alias(annotation) && as_alias(annotation)->kind == ALIAS_FORM &&
        as_alias(annotation)->form == FORM_ANNOTATED)
        return molt_new_reference(as_alias(annotation)->origin);
    return molt_new_reference(annotation);
}

/* ---- isinstance and dataclasses -------------------------------------------------------------- */

MoltValue molt_typing_instance_check_target(MoltValue class_info, const char *function) {
    if (is_form(class_info))
        return raise_with_repr("", class_info, strcmp(function, "isinstance") == 0 ? " cannot be used with isinstance()"
                                                                                      : " cannot be used with issubclass()");
    if (!is_alias(class_info)) return MOLT_NOT_IMPLEMENTED;
    const TypingAlias *alias = as_alias(class_info);
    if (alias->kind == ALIAS_FORM && alias->form == FORM_UNION) return molt_new_reference(alias->args);
    if (alias->kind != ALIAS_BARE)
        return molt_raise_format(&molt_type_TypeError, "Subscripted generics cannot be used with class and instance checks");
    MoltValue origin = special_origin(alias->special);
    if (origin == MOLT_UNBOUND)
        return molt_raise_format(&molt_type_NotImplementedError, "Molt cannot check %s() against typing.%s: it has no %s yet",
                                 function, alias->special->name, alias->special->origin_name);
    return molt_new_reference(origin);
}

bool molt_typing_is_classvar(MoltValue annotation) {
    if (annotation == form_value(FORM_CLASSVAR)) return true;
    return is_alias(annotation) && as_alias(annotation)->kind == ALIAS_FORM && as_alias(annotation)->form == FORM_CLASSVAR;
}

/* ---- the module's attributes ------------------------------------------------------------------ */

MoltValue molt_typing_attribute(const char *name) {
    for (int i = 0; i < FORM_COUNT; i++)
        if (strcmp(forms[i].name, name) == 0) return form_value((FormKind)i);
    for (size_t i = 0; i < SPECIAL_COUNT; i++)
        if (strcmp(specials[i].name, name) == 0) return molt_from_ptr(&bare_aliases[i]);
    return MOLT_NOT_IMPLEMENTED;
}

/* ---- the types ------------------------------------------------------------------------------- */

MoltType molt_type_typing_special_form = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_SpecialForm",
    .module_name = "typing",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = form_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_typing_or,
    .getitem = form_getitem,
    .call = form_call,
    .getattr = form_getattr,
    .instances_are_callable = true,
};

static void alias_dealloc_any(MoltObject *object) {
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;   /* the bare aliases are static */
    alias_dealloc(object);
}

static void alias_clear_any(MoltObject *object) {
    if (object->refcount >= MOLT_IMMORTAL_REFCOUNT / 2) return;
    alias_clear(object);
}

MoltType molt_type_typing_alias = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_GenericAlias",
    .module_name = "typing",
    .base = &molt_type_object,
    .dealloc = alias_dealloc_any,
    .traverse = alias_traverse,
    .clear = alias_clear_any,
    .repr = alias_repr,
    .hash = alias_hash,
    .binary_op = molt_typing_or,
    .richcompare = alias_richcompare,
    .getitem = alias_getitem,
    .call = alias_call,
    .getattr = alias_getattr,
    .instances_are_callable = true,
};
