/* dir(): of the program's classes and their instances (the names along the
 * MRO as CPython's type.__dir__ and object.__dir__ collect them, or the
 * class's own __dir__), and of a function's bound locals (the compiler's
 * rewriting of dir() without an argument). Objects whose lists Molt cannot
 * reproduce exactly raise NotImplementedError rather than differ. */
#include <string.h>

#include "class_internal.h"
#include "dict.h"
#include "list.h"
#include "set.h"
#include "str_internal.h"
#include "type.h"
#include "../core/args.h"

/* dir(object) in CPython 3.12: what every class's list starts from. */
static const char *const object_names[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__", NULL};

static int add_name(MoltValue set, const char *name) { return molt_set_add(set, molt_class_name_str(name)); }

/* The names a slotted class's __slots__ (a str or an iterable of str) puts
 * in its dict: each slot's member descriptor, __dict__ and __weakref__ included. */
static int add_slot_names(MoltValue set, MoltValue slots) {
    if (molt_is_str(slots)) return molt_set_add(set, slots);
    MoltValue iterator = molt_iter(slots);
    if (iterator == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue name = molt_iter_next(iterator);
        if (name == MOLT_STOP) break;
        if (name == MOLT_ERROR || molt_set_add(set, name) < 0) {
            molt_decref(name);
            molt_decref(iterator);
            return -1;
        }
        molt_decref(name);
    }
    molt_decref(iterator);
    return 0;
}

/* Can Molt list this class as CPython would? Its MRO must be classes of
 * the program (of metaclass type, whose __dir__ is type.__dir__) and object. */
static bool class_is_listable(const MoltType *type) {
    const MoltClass *class_object = molt_class_of_type(type);
    for (size_t i = 0; i < class_object->mro_length; i++) {
        const MoltType *entry = class_object->mro[i];
        if (entry == &molt_type_object) continue;
        if (!molt_type_is_heap(entry) || molt_type_of(molt_from_type(entry)) != &molt_type_type) return false;
    }
    return true;
}

/* The attributes of the class and its bases: each class's dict, with the
 * __dict__ and __weakref__ descriptors a class without __slots__ gets. */
static int add_class_names(MoltValue set, const MoltType *type) {
    const MoltClass *class_object = molt_class_of_type(type);
    for (size_t i = 0; i < class_object->mro_length; i++) {
        const MoltType *entry = class_object->mro[i];
        if (entry == &molt_type_object) {
            for (const char *const *name = object_names; *name; name++)
                if (add_name(set, *name) < 0) return -1;
            continue;
        }
        MoltValue dict = molt_class_of_type(entry)->dict;
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(dict, &position, &key, &value))
            if (molt_set_add(set, key) < 0) return -1;
        MoltValue slots = molt_dict_lookup(dict, molt_class_name_str("__slots__"));
        if (slots == MOLT_ERROR) return -1;
        if (slots == MOLT_STOP) {
            if (add_name(set, "__dict__") < 0 || add_name(set, "__weakref__") < 0) return -1;
        } else if (add_slot_names(set, slots) < 0) {
            return -1;
        }
    }
    return 0;
}

/* sorted(iterable) of names, as dir() returns them. */
static MoltValue sorted_names(MoltValue iterable) {
    MoltValue list = molt_list_from_iterable(iterable);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    if (molt_list_sort(list, MOLT_NONE, false) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

static MoltValue unsupported(MoltValue object) {
    return molt_raise_format(&molt_type_NotImplementedError, "dir() of a '%s' object is not supported by Molt yet",
                             molt_type_of(object)->name);
}

MoltValue molt_builtin_dir(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("dir", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("dir", nargs, 0, 1) < 0) return MOLT_ERROR;
    if (nargs == 0)
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "dir() without an argument is supported only when called by name in a function");
    MoltValue object = args[0];
    const MoltType *type;
    bool instance = molt_is_instance(object);
    if (instance) {
        MoltValue listed = molt_instance_call_dunder(object, "__dir__", NULL, 0);
        if (listed != MOLT_NOT_IMPLEMENTED) {
            if (listed == MOLT_ERROR) return MOLT_ERROR;
            MoltValue result = sorted_names(listed);
            molt_decref(listed);
            return result;
        }
        type = molt_type_of(object);
    } else if (molt_is_type(object) && molt_type_is_heap(molt_as_type(object))) {
        type = molt_as_type(object);
    } else {
        return unsupported(object);
    }
    if (!class_is_listable(type)) return unsupported(object);
    MoltValue set = molt_set_new(false);
    if ((instance && molt_instance_attribute_names(object, set) < 0) || add_class_names(set, type) < 0) {
        molt_decref(set);
        return MOLT_ERROR;
    }
    MoltValue result = sorted_names(set);
    molt_decref(set);
    return result;
}

MoltValue molt_dir_locals(MoltValue names, MoltValue values) {
    MoltValue list = molt_list_new(0);
    const MoltValue *name_items = molt_tuple_items(names);
    const MoltValue *value_items = molt_tuple_items(values);
    for (int64_t i = 0; i < molt_tuple_length(names); i++) {
        MoltValue value = value_items[i];
        /* A cell variable or free variable is passed as its cell. */
        if (molt_is_ptr(value) && molt_type_of(value) == &molt_type_cell) value = ((const MoltCell *)molt_as_ptr(value))->contents;
        if (value == MOLT_UNBOUND) continue;
        if (molt_list_append(list, name_items[i]) < 0) {
            molt_decref(list);
            return MOLT_ERROR;
        }
    }
    if (molt_list_sort(list, MOLT_NONE, false) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}
