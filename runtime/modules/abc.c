/* The abc module: ABCMeta (a metatype, see objects/metatype.h), the ABC
 * class whose metatype it is, and abstractmethod. A class of ABCMeta gets
 * __abstractmethods__ when it is made (the abstract names of its body, and
 * those of its bases it does not implement, as CPython's _abc_init), and
 * calling it raises TypeError while that set is not empty. */
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/union_type.h"

static MoltValue abcmeta_getattr(MoltValue self, const char *name);

MoltType molt_type_ABCMeta = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "ABCMeta",
    .module_name = "abc",
    .base = &molt_type_type,
    .dealloc = molt_type_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .binary_op = molt_union_type_or,
    .getattr = abcmeta_getattr,
    .traverse = molt_class_traverse,
    .clear = molt_class_clear,
};

/* ---- register: virtual subclasses ------------------------------------------------- */

static bool is_abc_class(const MoltType *type) {
    return molt_type_is_heap(type) && molt_type_is_subtype(type->header.type, &molt_type_ABCMeta);
}

/* A list the class keeps in its own dict under `name`, made when asked (borrowed). */
static MoltValue own_list(MoltClass *class_object, const char *name, bool create) {
    MoltValue key = molt_class_name_str(name);
    MoltValue list = molt_dict_lookup(class_object->dict, key);
    if (list != MOLT_STOP && list != MOLT_ERROR) return list;
    if (!create) return MOLT_UNBOUND;
    list = molt_list_new(0);
    int status = molt_dict_setitem(class_object->dict, key, list);
    molt_decref(list);
    return status < 0 ? MOLT_ERROR : list;
}

/* Is `type` a virtual subclass of `abc`: registered with it (or with one of its
 * subclasses), or a subclass of a registered class, as ABCMeta.__subclasscheck__. */
static bool is_virtual_subclass(const MoltType *type, MoltClass *abc) {
    MoltValue registry = own_list(abc, "_abc_registry", false);
    if (registry != MOLT_UNBOUND) {
        const MoltList *list = molt_as_ptr(registry);
        for (int64_t i = 0; i < list->length; i++)
            if (molt_type_matches_class(type, molt_as_type(list->items[i]))) return true;
    }
    MoltValue subclasses = own_list(abc, "_abc_subclasses", false);
    if (subclasses != MOLT_UNBOUND) {
        const MoltList *list = molt_as_ptr(subclasses);
        for (int64_t i = 0; i < list->length; i++)
            if (is_virtual_subclass(type, molt_as_ptr(list->items[i]))) return true;
    }
    return false;
}

bool molt_type_matches_class(const MoltType *type, const MoltType *class_type) {
    if (molt_type_is_subtype(type, class_type)) return true;
    return is_abc_class(class_type) && is_virtual_subclass(type, molt_class_of_type(class_type));
}

/* cls.register(subclass): CPython's checks, then the subclass is remembered. */
static MoltValue abc_register(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("register", kwnames) < 0) return MOLT_ERROR;
    if (nargs != 2)
        return molt_raise_format(&molt_type_TypeError, "register() takes exactly one argument (%zu given)",
                                 nargs ? nargs - 1 : 0);
    MoltValue cls = args[0], subclass = args[1];
    if (!molt_is_type(subclass)) return molt_raise_format(&molt_type_TypeError, "Can only register classes");
    const MoltType *abc = molt_as_type(cls), *candidate = molt_as_type(subclass);
    if (!molt_type_matches_class(candidate, abc)) {
        if (molt_type_matches_class(abc, candidate))
            return molt_raise_format(&molt_type_RuntimeError, "Refusing to create an inheritance cycle");
        MoltValue registry = own_list(molt_class_of_type(abc), "_abc_registry", true);
        if (registry == MOLT_ERROR || molt_list_append(registry, subclass) < 0) return MOLT_ERROR;
    }
    molt_incref(subclass);
    return subclass;
}

static struct MoltBuiltinFunctionObject register_function = MOLT_MODULE_FUNCTION("ABCMeta.register", abc_register);

/* register is a method of ABCMeta, so every class of it has it bound. */
static MoltValue abcmeta_getattr(MoltValue self, const char *name) {
    MoltValue value = molt_type_getattr(self, name);
    if (value != MOLT_NOT_IMPLEMENTED || strcmp(name, "register") != 0) return value;
    return molt_method_new(molt_from_ptr(&register_function), self);
}

/* ---- __abstractmethods__ ------------------------------------------------------- */

int molt_abc_class_created(MoltClass *class_object) {
    MoltValue abstract = molt_set_new(true);
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(class_object->dict, &position, &key, &value))
        if (molt_is_abstract_method(value) && molt_set_add(abstract, key) < 0) goto failed;
    for (int64_t i = 0; i < molt_tuple_length(class_object->bases); i++) {
        const MoltType *base = molt_as_type(molt_tuple_items(class_object->bases)[i]);
        MoltValue inherited = molt_class_lookup_cstr(base, "__abstractmethods__");
        if (!molt_is_set_or_frozenset(inherited)) continue;
        int64_t set_position = 0;
        MoltValue name;
        while (molt_set_next(inherited, &set_position, &name)) {
            MoltValue implementation = molt_class_lookup(&class_object->type, name);
            if (implementation != MOLT_UNBOUND && molt_is_abstract_method(implementation) && molt_set_add(abstract, name) < 0)
                goto failed;
        }
    }
    if (molt_dict_setitem(class_object->dict, molt_class_name_str("__abstractmethods__"), abstract) < 0) goto failed;
    /* Bases learn their subclasses: a class registered with a subclass is a
     * virtual subclass of the base too. */
    for (int64_t i = 0; i < molt_tuple_length(class_object->bases); i++) {
        const MoltType *base = molt_as_type(molt_tuple_items(class_object->bases)[i]);
        if (!is_abc_class(base)) continue;
        MoltValue subclasses = own_list(molt_class_of_type(base), "_abc_subclasses", true);
        if (subclasses == MOLT_ERROR || molt_list_append(subclasses, molt_from_ptr(class_object)) < 0) goto failed;
    }
    molt_decref(abstract);
    return 0;
failed:
    molt_decref(abstract);
    return -1;
}

/* "Can't instantiate abstract class S without an implementation for
 * abstract methods 'a', 'b'": the names sorted, as CPython's object_new. */
MoltValue molt_abc_check_instantiable(MoltClass *class_object) {
    MoltValue abstract = molt_dict_lookup(class_object->dict, molt_class_name_str("__abstractmethods__"));
    if (!molt_is_set_or_frozenset(abstract) || molt_set_length(abstract) == 0) return MOLT_NOT_IMPLEMENTED;
    MoltValue names = molt_list_new(0);
    if (molt_list_extend(names, abstract) < 0 || molt_list_sort(names, MOLT_NONE, false) < 0) {
        molt_decref(names);
        return MOLT_ERROR;
    }
    MoltBuffer text;
    molt_buffer_init(&text);
    const MoltList *list = molt_as_ptr(names);
    for (int64_t i = 0; i < list->length; i++) {
        if (i) molt_buffer_append_cstr(&text, ", ");
        molt_buffer_append_repr(&text, list->items[i]);
    }
    MoltValue joined = molt_buffer_finish(&text);
    size_t length;
    molt_raise_format(&molt_type_TypeError,
                      "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                      molt_type_qualname(&class_object->type), list->length > 1 ? "s" : "",
                      molt_str_utf8(joined, &length));
    molt_decref(joined);
    molt_decref(names);
    return MOLT_ERROR;
}

/* ---- the module ------------------------------------------------------------------ */

static MoltClass *abc_class;   /* abc.ABC, made on first use; a raw pointer so LeakSanitizer sees it */

static MoltValue make_abc(void) {
    if (!abc_class) {
        MoltValue namespace = molt_dict_new();
        MoltValue no_slots = molt_tuple_new(0);
        MoltValue bases = molt_tuple_new(0);
        MoltValue made = MOLT_ERROR;
        if (molt_dict_setitem(namespace, molt_class_name_str("__slots__"), no_slots) == 0)
            made = molt_class_new_in_module("ABC", "abc", bases, namespace, &molt_type_ABCMeta);
        molt_decref(bases);
        molt_decref(no_slots);
        molt_decref(namespace);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        abc_class = molt_as_ptr(made);
    }
    MoltValue value = molt_from_ptr(abc_class);
    molt_incref(value);
    return value;
}

void molt_abc_release(void) {
    if (!abc_class) return;
    MoltValue value = molt_from_ptr(abc_class);
    abc_class = NULL;
    molt_decref(value);
}

static MoltValue make_abcmeta(void) { return molt_from_type(&molt_type_ABCMeta); }

/* abstractmethod(f) marks the function and returns it. */
static MoltValue abc_abstractmethod(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("abstractmethod", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue function = args[0];
    const MoltType *type = molt_type_of(function);
    if (type == &molt_type_property)
        return molt_raise_format(&molt_type_AttributeError,
                                 "attribute '__isabstractmethod__' of 'property' objects is not writable");
    if (type != &molt_type_function)
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "abstractmethod() of a '%s' object is not supported by Molt yet", type->name);
    ((MoltFunction *)molt_as_ptr(function))->is_abstract_method = true;
    molt_incref(function);
    return function;
}

static const MoltModuleAttribute abc_attributes[] = {
    {"ABC", make_abc},
    {"ABCMeta", make_abcmeta},
};

static struct MoltBuiltinFunctionObject abc_functions[] = {
    MOLT_MODULE_FUNCTION("abstractmethod", abc_abstractmethod),
};

struct MoltModule molt_module_abc = MOLT_MODULE("abc", abc_functions, abc_attributes);
