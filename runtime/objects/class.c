/* Classes made by class statements: creation (bases, C3 MRO, instance
 * layout, __slots__), attribute lookup along the MRO, attributes read and
 * written through the class object, calling the class to make an instance,
 * and the class object's life as a collectable container. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin_dunder.h"
#include "class_internal.h"
#include "dict.h"
#include "exc_object.h"
#include "metatype.h"
#include "module.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/gc.h"

static void *allocate(size_t size) {
    void *memory = malloc(size ? size : 1);
    if (!memory) abort();
    return memory;
}

/* ---- attribute names ---------------------------------------------------------- */

/* Interned names: an open-addressing table from text to an immortal str, so
 * that lookups by a C string do not allocate. It only grows (as CPython's
 * interned attribute names). */
static MoltValue *name_table;
static size_t name_table_capacity, name_table_used;

static uint64_t name_hash(const char *name) {
    uint64_t hash = 1469598103934665603ull;
    for (; *name; name++) hash = (hash ^ (unsigned char)*name) * 1099511628211ull;
    return hash;
}

static void name_table_insert(MoltValue str) {
    size_t length;
    const char *text = molt_str_utf8(str, &length);
    size_t mask = name_table_capacity - 1;
    size_t index = (size_t)name_hash(text) & mask;
    while (name_table[index]) index = (index + 1) & mask;
    name_table[index] = str;
}

MoltValue molt_class_name_str(const char *name) {
    if (name_table_capacity) {
        size_t mask = name_table_capacity - 1;
        for (size_t index = (size_t)name_hash(name) & mask; name_table[index]; index = (index + 1) & mask) {
            size_t length;
            if (strcmp(molt_str_utf8(name_table[index], &length), name) == 0) return name_table[index];
        }
    }
    if ((name_table_used + 1) * 2 > name_table_capacity) {
        MoltValue *old = name_table;
        size_t old_capacity = name_table_capacity;
        name_table_capacity = old_capacity ? old_capacity * 2 : 256;
        name_table = calloc(name_table_capacity, sizeof *name_table);
        if (!name_table) abort();
        for (size_t i = 0; i < old_capacity; i++)
            if (old[i]) name_table_insert(old[i]);
        free(old);
    }
    MoltValue str = molt_str_constant(name, strlen(name));
    name_table_insert(str);
    name_table_used++;
    return str;
}

/* ---- lookup along the MRO ------------------------------------------------------ */

static const MoltType *lookup_in(const MoltType *type, MoltValue name, MoltValue *found) {
    if (!molt_type_is_heap(type)) return NULL;
    const MoltClass *class_object = molt_class_of_type(type);
    for (size_t i = 0; i < class_object->mro_length; i++) {
        const MoltType *entry = class_object->mro[i];
        if (!molt_type_is_heap(entry)) continue;
        MoltValue dict = molt_class_of_type(entry)->dict;
        if (dict == MOLT_NONE) continue;
        MoltValue value = molt_dict_lookup(dict, name);
        if (value == MOLT_ERROR || value == MOLT_STOP) continue;   /* str keys never raise */
        *found = value;
        return entry;
    }
    return NULL;
}

MoltValue molt_class_lookup(const MoltType *type, MoltValue name) {
    MoltValue found = MOLT_UNBOUND;
    lookup_in(type, name, &found);
    return found;
}

MoltValue molt_class_lookup_cstr(const MoltType *type, const char *name) {
    if (!molt_type_is_heap(type)) return MOLT_UNBOUND;
    return molt_class_lookup(type, molt_class_name_str(name));
}

const MoltType *molt_class_lookup_owner(const MoltType *type, MoltValue name) {
    MoltValue found;
    return lookup_in(type, name, &found);
}

/* ---- the MRO (C3 linearization) ------------------------------------------------ */

typedef struct TypeList {
    const MoltType **items;
    size_t length, start;   /* items[start..length) still to merge */
} TypeList;

static size_t mro_of(const MoltType *type, const MoltType ***out) {
    if (molt_type_is_heap(type)) {
        const MoltClass *class_object = molt_class_of_type(type);
        *out = class_object->mro;
        return class_object->mro_length;
    }
    /* ExceptionGroup is the one builtin with two bases: its MRO puts
     * Exception between BaseExceptionGroup and BaseException. */
    size_t length = type == &molt_type_ExceptionGroup ? 1 : 0;
    for (const MoltType *t = type; t; t = t->base) length++;
    const MoltType **items = allocate(length * sizeof *items);
    length = 0;
    for (const MoltType *t = type; t; t = t->base) {
        items[length++] = t;
        if (t == &molt_type_BaseExceptionGroup && type == &molt_type_ExceptionGroup)
            items[length++] = &molt_type_Exception;
    }
    *out = items;
    return length;
}

static bool in_tail(const TypeList *lists, size_t count, const MoltType *candidate) {
    for (size_t i = 0; i < count; i++)
        for (size_t j = lists[i].start + 1; j < lists[i].length; j++)
            if (lists[i].items[j] == candidate) return true;
    return false;
}

static void raise_mro_error(const TypeList *lists, size_t count) {
    char text[1024];
    size_t used = (size_t)snprintf(text, sizeof text,
                                   "Cannot create a consistent method resolution\norder (MRO) for bases");
    const MoltType *listed[count ? count : 1];
    size_t listed_count = 0;
    for (size_t i = 0; i < count; i++) {
        if (lists[i].start >= lists[i].length) continue;
        const MoltType *head = lists[i].items[lists[i].start];
        bool seen = false;
        for (size_t k = 0; k < listed_count; k++) seen = seen || listed[k] == head;
        if (seen) continue;
        listed[listed_count] = head;
        if (used < sizeof text)
            used += (size_t)snprintf(text + used, sizeof text - used, "%s %s", listed_count ? "," : "", head->name);
        listed_count++;
    }
    molt_raise_format(&molt_type_TypeError, "%s", text);
}

/* The C3 merge of the bases' MROs and the bases themselves; fills mro[1..]. */
static int compute_mro(MoltClass *class_object, const MoltType **bases, size_t base_count) {
    size_t count = base_count + 1;
    TypeList lists[count];
    const MoltType **owned[count];
    size_t total = 1;
    for (size_t i = 0; i < base_count; i++) {
        const MoltType **items;
        lists[i].length = mro_of(bases[i], &items);
        lists[i].items = items;
        lists[i].start = 0;
        owned[i] = molt_type_is_heap(bases[i]) ? NULL : items;
        total += lists[i].length;
    }
    lists[base_count] = (TypeList){bases, base_count, 0};
    owned[base_count] = NULL;
    const MoltType **mro = allocate(total * sizeof *mro);
    size_t length = 0;
    mro[length++] = &class_object->type;
    int status = 0;
    for (;;) {
        const MoltType *chosen = NULL;
        bool remaining = false;
        for (size_t i = 0; i < count && !chosen; i++) {
            if (lists[i].start >= lists[i].length) continue;
            remaining = true;
            const MoltType *candidate = lists[i].items[lists[i].start];
            if (!in_tail(lists, count, candidate)) chosen = candidate;
        }
        if (!remaining) break;
        if (!chosen) {
            raise_mro_error(lists, count);
            status = -1;
            break;
        }
        mro[length++] = chosen;
        for (size_t i = 0; i < count; i++)
            if (lists[i].start < lists[i].length && lists[i].items[lists[i].start] == chosen) lists[i].start++;
    }
    for (size_t i = 0; i < count; i++) free(owned[i]);
    if (status < 0) {
        free(mro);
        return -1;
    }
    for (size_t i = 1; i < length; i++) molt_incref(molt_from_type(mro[i]));
    class_object->mro = mro;
    class_object->mro_length = length;
    return 0;
}

/* ---- creation -------------------------------------------------------------------- */

static bool is_exception_class(const MoltType *type) {
    return molt_type_is_subtype(type, &molt_type_BaseException);
}

/* TypeError unless `base` can be subclassed: heap classes, object, the
 * exceptions, dict and list. */
static int check_base(MoltValue base, bool tuple_allowed) {
    if (!molt_is_type(base)) {
        molt_raise_format(&molt_type_TypeError, "bases must be types");
        return -1;
    }
    const MoltType *type = molt_as_type(base);
    if (molt_type_is_heap(type) || type == &molt_type_object || is_exception_class(type) ||
        type == &molt_type_dict || type == &molt_type_list)
        return 0;
    if (type == &molt_type_tuple && tuple_allowed) return 0;
    if (type == &molt_type_bool || type == &molt_type_NoneType || type == &molt_type_range ||
        type == &molt_type_slice || type == &molt_type_function || type == &molt_type_memoryview)
        molt_raise_format(&molt_type_TypeError, "type '%s' is not an acceptable base type", type->name);
    else
        molt_raise_format(&molt_type_TypeError,
                          "subclassing the builtin type '%s' is not supported by Molt yet", type->name);
    return -1;
}

/* __slots__ of the class body: a str or an iterable of str; *names gets a
 * list of the slot names (new reference), *wants_dict whether "__dict__"
 * was among them. 0 when absent (MOLT_NONE), or -1. */
static int read_slots(MoltValue namespace, MoltValue *names, bool *wants_dict) {
    *names = MOLT_NONE;
    *wants_dict = false;
    MoltValue slots = molt_dict_lookup(namespace, molt_class_name_str("__slots__"));
    if (slots == MOLT_STOP || slots == MOLT_ERROR) return 0;
    MoltValue list = molt_list_from_owned(NULL, 0);
    if (molt_type_of(slots) == &molt_type_str) {
        molt_list_append(list, slots);
    } else if (molt_list_extend(list, slots) < 0) {
        molt_decref(list);
        return -1;
    }
    MoltList *items = molt_as_ptr(list);
    for (int64_t i = 0; i < items->length; i++) {
        if (molt_type_of(items->items[i]) != &molt_type_str) {
            molt_raise_format(&molt_type_TypeError, "__slots__ items must be strings, not '%s'",
                              molt_type_of(items->items[i])->name);
            molt_decref(list);
            return -1;
        }
        size_t length;
        if (strcmp(molt_str_utf8(items->items[i], &length), "__dict__") == 0) *wants_dict = true;
    }
    *names = list;
    return 0;
}

/* The instance layout: the builtin base's, then __dict__ (unless __slots__
 * leaves it out), then one value per slot name of the class and its bases. */
static int compute_layout(MoltClass *class_object, MoltValue namespace) {
    const MoltType *layout_base = &molt_type_object;
    bool inherited_dict = false;
    size_t inherited_slots = 0;
    for (size_t i = 1; i < class_object->mro_length; i++) {
        const MoltType *entry = class_object->mro[i];
        if (molt_type_is_heap(entry)) {
            const MoltClass *base = molt_class_of_type(entry);
            if (base->dict_offset) inherited_dict = true;
            inherited_slots += base->slot_count;
        } else if (layout_base == &molt_type_object) {
            layout_base = entry;
        } else if (entry != &molt_type_object && !molt_type_is_subtype(layout_base, entry)) {
            /* class C(dict, list), class C(list, Exception): two builtin layouts. */
            molt_raise_format(&molt_type_TypeError, "multiple bases have instance lay-out conflict");
            return -1;
        }
    }
    MoltValue own_slots;
    bool wants_dict;
    if (read_slots(namespace, &own_slots, &wants_dict) < 0) return -1;
    class_object->layout_base = layout_base;
    bool has_dict = own_slots == MOLT_NONE || wants_dict || inherited_dict;
    if (layout_base == &molt_type_tuple) {
        /* A named tuple (the only tuple subclass Molt makes): items inline and
         * nothing after them, so no __dict__ and no slots. */
        bool nonempty = own_slots != MOLT_NONE && ((MoltList *)molt_as_ptr(own_slots))->length > 0;
        molt_decref(own_slots);
        if (nonempty) {
            molt_raise_format(&molt_type_TypeError, "nonempty __slots__ not supported for subtype of 'tuple'");
            return -1;
        }
        class_object->layout_base = layout_base;
        class_object->dict_offset = 0;
        class_object->slots_offset = sizeof(MoltTuple);
        class_object->slot_name_values = molt_tuple_new(0);
        class_object->slot_count = 0;
        class_object->slot_names = allocate(sizeof *class_object->slot_names);
        class_object->instance_size = sizeof(MoltTuple);
        return 0;
    }
    size_t base_size = layout_base == &molt_type_object ? sizeof(MoltObject)
                       : layout_base == &molt_type_dict ? sizeof(MoltDict)
                       : layout_base == &molt_type_list ? sizeof(MoltList)
                                                         : sizeof(MoltException);
    class_object->dict_offset = has_dict ? base_size : 0;
    class_object->slots_offset = base_size + (has_dict ? sizeof(MoltValue) : 0);
    size_t own_count = own_slots == MOLT_NONE ? 0 : (size_t)((MoltList *)molt_as_ptr(own_slots))->length;
    size_t capacity = inherited_slots + own_count;
    MoltValue names[capacity ? capacity : 1];
    size_t count = 0;
    for (size_t i = class_object->mro_length; i-- > 1;) {
        const MoltType *entry = class_object->mro[i];
        if (!molt_type_is_heap(entry)) continue;
        const MoltClass *base = molt_class_of_type(entry);
        for (size_t s = 0; s < base->slot_count; s++) names[count++] = molt_tuple_items(base->slot_name_values)[s];
    }
    for (size_t s = 0; s < own_count; s++) {
        MoltValue name = ((MoltList *)molt_as_ptr(own_slots))->items[s];
        size_t length;
        if (strcmp(molt_str_utf8(name, &length), "__dict__") == 0) continue;
        names[count++] = name;
    }
    class_object->slot_name_values = molt_tuple_from_borrowed(names, count);
    class_object->slot_count = count;
    class_object->slot_names = allocate(count * sizeof *class_object->slot_names);
    for (size_t s = 0; s < count; s++) {
        size_t length;
        class_object->slot_names[s] = molt_str_utf8(molt_tuple_items(class_object->slot_name_values)[s], &length);
    }
    class_object->instance_size = class_object->slots_offset + count * sizeof(MoltValue);
    molt_decref(own_slots);
    return 0;
}

/* The class dict always has __module__ and __doc__ (the __qualname__ a
 * body may bind is the class's, not an attribute); a class that defines
 * __eq__ but not __hash__ gets __hash__ = None,
 * __new__ is a staticmethod, and properties learn the names they are bound to, as CPython's type_new does. */
static int prepare_namespace(MoltValue dict) {
    MoltValue module_name = molt_class_name_str("__module__"), doc_name = molt_class_name_str("__doc__");
    MoltValue qualname_name = molt_class_name_str("__qualname__");
    if (molt_dict_lookup(dict, module_name) == MOLT_STOP &&
        molt_dict_setitem(dict, module_name, molt_class_name_str("__main__")) < 0)
        return -1;
    if (molt_dict_lookup(dict, doc_name) == MOLT_STOP && molt_dict_setitem(dict, doc_name, MOLT_NONE) < 0) return -1;
    if (molt_dict_lookup(dict, qualname_name) != MOLT_STOP && molt_delitem(dict, qualname_name) < 0) return -1;
    MoltValue hash_name = molt_class_name_str("__hash__");
    if (molt_dict_lookup(dict, molt_class_name_str("__eq__")) != MOLT_STOP &&
        molt_dict_lookup(dict, hash_name) == MOLT_STOP)
        if (molt_dict_setitem(dict, hash_name, MOLT_NONE) < 0) return -1;
    MoltValue new_name = molt_class_name_str("__new__");
    MoltValue new_method = molt_dict_lookup(dict, new_name);
    if (molt_type_of(new_method) == &molt_type_function && new_method != MOLT_STOP) {
        MoltValue wrapped = molt_call(molt_from_type(&molt_type_staticmethod), &new_method, 1, MOLT_NONE);
        if (wrapped == MOLT_ERROR || molt_dict_setitem(dict, new_name, wrapped) < 0) return -1;
        molt_decref(wrapped);
    }
    /* __init_subclass__ and __class_getitem__ are classmethods without saying so. */
    static const char *const implicit_classmethods[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < 2; i++) {
        MoltValue method_name = molt_class_name_str(implicit_classmethods[i]);
        MoltValue method = molt_dict_lookup(dict, method_name);
        if (method == MOLT_STOP || molt_type_of(method) != &molt_type_function) continue;
        MoltValue wrapped = molt_call(molt_from_type(&molt_type_classmethod), &method, 1, MOLT_NONE);
        if (wrapped == MOLT_ERROR || molt_dict_setitem(dict, method_name, wrapped) < 0) return -1;
        molt_decref(wrapped);
    }
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(dict, &position, &key, &value))
        if (molt_type_of(value) == &molt_type_property) molt_property_set_name(value, key);
    return 0;
}

MoltValue molt_class_new(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace) {
    return molt_class_new_with_metatype(name, qualname, bases, namespace, NULL);
}

/* CPython's types.resolve_bases: a base that is no class but has
 * __mro_entries__ (typing's Generic[T], List[int]) is replaced by the tuple
 * that method returns; the bases as written are kept as __orig_bases__.
 * *resolved is a new reference (`bases` itself when nothing changed). */
static int resolve_bases(MoltValue bases, MoltValue namespace, MoltValue *resolved) {
    int64_t count = molt_tuple_length(bases);
    MoltValue list = MOLT_NONE;
    for (int64_t i = 0; i < count; i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        MoltValue entries_method = MOLT_NONE;
        int found = molt_is_type(base) ? 0 : molt_getattr_optional(base, "__mro_entries__", &entries_method);
        if (found < 0) goto failed;
        if (found == 0) {
            if (list != MOLT_NONE) molt_list_append(list, base);
            continue;
        }
        MoltValue entries = molt_call(entries_method, &bases, 1, MOLT_NONE);
        molt_decref(entries_method);
        if (entries == MOLT_ERROR) goto failed;
        if (!molt_is_tuple(entries)) {
            molt_decref(entries);
            molt_raise_format(&molt_type_TypeError, "__mro_entries__ must return a tuple");
            goto failed;
        }
        if (list == MOLT_NONE) {   /* the bases before this one were kept as they are */
            list = molt_list_from_owned(NULL, 0);
            for (int64_t j = 0; j < i; j++) molt_list_append(list, molt_tuple_items(bases)[j]);
        }
        int status = molt_list_extend(list, entries);
        molt_decref(entries);
        if (status < 0) goto failed;
    }
    if (list == MOLT_NONE) {
        molt_incref(bases);
        *resolved = bases;
        return 0;
    }
    *resolved = molt_tuple_from_iterable(list);
    molt_decref(list);
    if (*resolved == MOLT_ERROR) return -1;
    if (molt_dict_setitem(namespace, molt_class_name_str("__orig_bases__"), bases) < 0) {
        molt_decref(*resolved);
        return -1;
    }
    return 0;
failed:
    molt_decref(list);
    return -1;
}

static MoltValue new_class(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                           const MoltType *requested_metatype, bool tuple_allowed, MoltValue keywords);

MoltValue molt_class_new_with_keywords(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                       const MoltType *requested_metatype, MoltValue keywords) {
    /* class C(NamedTuple), class C(TypedDict): typing's metaclasses make something else. */
    MoltValue special = molt_typing_class_statement(name, qualname, bases, namespace, keywords);
    if (special != MOLT_NOT_IMPLEMENTED) return special;
    MoltValue resolved;
    if (resolve_bases(bases, namespace, &resolved) < 0) return MOLT_ERROR;
    MoltValue result = new_class(name, qualname, resolved, namespace, requested_metatype, false, keywords);
    molt_decref(resolved);
    return result;
}

MoltValue molt_class_new_with_metatype(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                       const MoltType *requested_metatype) {
    return molt_class_new_with_keywords(name, qualname, bases, namespace, requested_metatype, MOLT_NONE);
}

MoltValue molt_class_new_tuple_subclass(MoltValue name, MoltValue namespace) {
    MoltValue tuple_type = molt_from_type(&molt_type_tuple);
    MoltValue bases = molt_tuple_from_borrowed(&tuple_type, 1);
    MoltValue result = new_class(name, name, bases, namespace, NULL, true, MOLT_NONE);
    molt_decref(bases);
    return result;
}

/* object.__init_subclass__(cls): takes nothing more. */
static MoltValue object_init_subclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const char *name = nargs && molt_is_type(args[0]) ? molt_as_type(args[0])->name : "object";
    if (molt_args_keyword_count(kwnames))
        return molt_raise_format(&molt_type_TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", name,
                                 nargs - 1);
    return MOLT_NONE;
}

static struct MoltBuiltinFunctionObject object_init_subclass_function =
    MOLT_MODULE_FUNCTION("__init_subclass__", object_init_subclass);

MoltValue molt_class_object_init_subclass(MoltValue cls) {
    return molt_method_new(molt_from_ptr(&object_init_subclass_function), cls);
}

/* The last step of type.__new__: super(cls, cls).__init_subclass__(**keywords),
 * the first __init_subclass__ after the class along its MRO (object's when
 * none). 0 or -1. */
static int call_init_subclass(MoltClass *class_object, MoltValue keywords) {
    MoltValue key = molt_class_name_str("__init_subclass__");
    MoltValue bound = MOLT_UNBOUND;
    for (size_t i = 1; i < class_object->mro_length && bound == MOLT_UNBOUND; i++) {
        const MoltType *entry = class_object->mro[i];
        if (!molt_type_is_heap(entry)) continue;
        MoltValue found = molt_dict_lookup(molt_class_of_type(entry)->dict, key);
        if (found == MOLT_STOP || found == MOLT_ERROR) continue;
        bound = molt_descriptor_get(found, MOLT_NONE, &class_object->type);
        if (bound == MOLT_ERROR) return -1;
    }
    if (bound == MOLT_UNBOUND) bound = molt_class_object_init_subclass(molt_from_ptr(class_object));
    static const bool unpacked[1] = {false};
    static const char *const no_name[1] = {NULL};
    MoltValue result = keywords != MOLT_NONE ? molt_call_unpacking(bound, &keywords, unpacked, 0, no_name, 1)
                                             : molt_call(bound, NULL, 0, MOLT_NONE);
    molt_decref(bound);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

static MoltValue new_class(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                           const MoltType *requested_metatype, bool tuple_allowed, MoltValue keywords) {
    size_t base_count = (size_t)molt_tuple_length(bases);
    const MoltType *base_types[base_count ? base_count : 1];
    for (size_t i = 0; i < base_count; i++) {
        MoltValue base = molt_tuple_items(bases)[i];
        if (check_base(base, tuple_allowed) < 0) return MOLT_ERROR;
        base_types[i] = molt_as_type(base);
        for (size_t j = 0; j < i; j++)
            if (base_types[j] == base_types[i])
                return molt_raise_format(&molt_type_TypeError, "duplicate base class %s", base_types[i]->name);
    }
    if (base_count == 0) base_types[base_count++] = &molt_type_object;
    const MoltType *metatype = molt_metatype_for_bases(base_types, base_count, requested_metatype);
    if (!metatype) return MOLT_ERROR;

    MoltClass *class_object = molt_gc_allocate(sizeof *class_object, metatype);
    class_object->type.header.type = metatype;
    molt_incref(name);
    molt_incref(qualname);
    class_object->name = name;
    class_object->qualname = qualname;
    size_t length;
    class_object->type.name = molt_str_utf8(name, &length);
    class_object->type.base = base_types[0];
    MoltValue base_values[base_count];
    for (size_t i = 0; i < base_count; i++) base_values[i] = molt_from_type(base_types[i]);
    class_object->bases = molt_tuple_from_borrowed(base_values, base_count);
    class_object->dict = molt_dict_new();
    class_object->slot_name_values = MOLT_NONE;
    class_object->field_count = 0;
    class_object->field_names = MOLT_NONE;
    class_object->fast_slot = NULL;
    class_object->next_fast = NULL;
    MoltValue result = molt_from_ptr(class_object);
    if (compute_mro(class_object, base_types, base_count) < 0 || molt_dict_update(class_object->dict, namespace) < 0 ||
        prepare_namespace(class_object->dict) < 0 || compute_layout(class_object, namespace) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    molt_class_install_slots(class_object);
    if (molt_descriptors_set_names(result, class_object->dict) < 0 || call_init_subclass(class_object, keywords) < 0 ||
        molt_metatype_class_created(class_object) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

/* ---- the class object as a container (the slots of `type` for heap classes) ---- */

void molt_class_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    MoltClass *class_object = (MoltClass *)object;
    visit(class_object->dict, context);
    visit(class_object->bases, context);
    for (size_t i = 1; i < class_object->mro_length; i++) visit(molt_from_type(class_object->mro[i]), context);
}

/* Cycles through a class pass through its dict (methods' defaults, class
 * attributes), so emptying the dict breaks them. */
void molt_class_clear(MoltObject *object) {
    MoltObject *dict = molt_as_ptr(((MoltClass *)object)->dict);
    molt_type_dict.clear(dict);
}

void molt_class_dealloc(MoltObject *object) {
    MoltClass *class_object = (MoltClass *)object;
    molt_class_fields_release(class_object);
    molt_decref(class_object->field_names);
    molt_decref(class_object->dict);
    molt_decref(class_object->bases);
    for (size_t i = 1; i < class_object->mro_length; i++) molt_decref(molt_from_type(class_object->mro[i]));
    free(class_object->mro);
    free(class_object->slot_names);
    molt_decref(class_object->slot_name_values);
    molt_decref(class_object->qualname);
    molt_decref(class_object->name);
    molt_gc_free(object);
}

const char *molt_type_qualname(const MoltType *type) {
    if (!molt_type_is_heap(type)) {
        /* A static type of a runtime module is named as CPython's tp_name,
         * "collections.deque" (for messages); its __name__ is the last part. */
        const char *dot = strrchr(type->name, '.');
        return dot ? dot + 1 : type->name;
    }
    size_t length;
    return molt_str_utf8(molt_class_of_type(type)->qualname, &length);
}

/* ---- attributes of the class object ------------------------------------------------ */

static MoltValue mro_tuple(const MoltClass *class_object) {
    MoltValue items[class_object->mro_length];
    for (size_t i = 0; i < class_object->mro_length; i++) items[i] = molt_from_type(class_object->mro[i]);
    return molt_tuple_from_borrowed(items, class_object->mro_length);
}

static MoltValue class_annotations(MoltClass *class_object);

MoltValue molt_class_getattr(MoltValue class_value, const char *name) {
    MoltClass *class_object = molt_as_ptr(class_value);
    if (name[0] == '_' && strcmp(name, "__annotations__") == 0) return class_annotations(class_object);
    MoltValue attribute = molt_class_lookup(&class_object->type, molt_class_name_str(name));
    if (attribute != MOLT_UNBOUND) return molt_descriptor_get(attribute, MOLT_NONE, &class_object->type);
    if (name[0] != '_' || name[1] != '_') return MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "__name__") == 0) return molt_new_reference(class_object->name);
    if (strcmp(name, "__qualname__") == 0) return molt_new_reference(class_object->qualname);
    if (strcmp(name, "__module__") == 0) return molt_str_from_utf8("__main__", 8);
    if (strcmp(name, "__bases__") == 0) return molt_new_reference(class_object->bases);
    if (strcmp(name, "__base__") == 0) return molt_new_reference(molt_from_type(class_object->type.base));
    if (strcmp(name, "__mro__") == 0) return mro_tuple(class_object);
    if (strcmp(name, "__doc__") == 0) return MOLT_NONE;
    if (strcmp(name, "__dict__") == 0) return molt_call_method(class_object->dict, "copy", NULL, 0, MOLT_NONE);
    return MOLT_NOT_IMPLEMENTED;
}

/* C.__annotations__ is type's own: the class's entry, never a base's; a
 * class without one gets an empty dict, kept in its dict. */
static MoltValue class_annotations(MoltClass *class_object) {
    MoltValue key = molt_class_name_str("__annotations__");
    MoltValue own = molt_dict_lookup(class_object->dict, key);
    if (own == MOLT_ERROR) return MOLT_ERROR;
    if (own != MOLT_STOP) return molt_new_reference(own);
    MoltValue annotations = molt_dict_new();
    if (molt_dict_setitem(class_object->dict, key, annotations) < 0) {
        molt_decref(annotations);
        return MOLT_ERROR;
    }
    return annotations;
}

int molt_class_setattr(MoltValue class_value, const char *name, MoltValue value) {
    MoltClass *class_object = molt_as_ptr(class_value);
    if (molt_metatype_check_setattr(class_object, name, value) < 0) return -1;
    MoltValue key = molt_class_name_str(name);
    molt_class_fields_attribute_changed(class_object, key, value);
    if (value == MOLT_UNBOUND) {
        MoltValue found = molt_dict_lookup(class_object->dict, key);
        if (found == MOLT_STOP) {
            molt_raise_format(&molt_type_AttributeError, "type object '%s' has no attribute '%s'",
                              class_object->type.name, name);
            return -1;
        }
        if (molt_delitem(class_object->dict, key) < 0) return -1;
    } else if (molt_dict_setitem(class_object->dict, key, value) < 0) {
        return -1;
    }
    /* A dunder assigned after creation changes the class's behaviour too. */
    if (name[0] == '_' && name[1] == '_') molt_class_install_slots(class_object);
    return 0;
}

/* ---- calling the class: a new instance ------------------------------------------- */

MoltValue molt_class_instantiate(MoltValue class_value, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltClass *class_object = molt_as_ptr(class_value);
    MoltValue special = molt_metatype_instantiate(class_object, args, nargs, kwnames);
    if (special != MOLT_NOT_IMPLEMENTED) return special;
    const MoltType *type = &class_object->type;
    /* Interned once: every instantiation looks both names up. */
    static MoltValue init_name = MOLT_UNBOUND, new_name = MOLT_UNBOUND;
    if (init_name == MOLT_UNBOUND) {
        init_name = molt_class_name_str("__init__");
        new_name = molt_class_name_str("__new__");
    }
    MoltValue init = molt_class_lookup(type, init_name);
    MoltValue new_method = molt_class_lookup(type, new_name);
    size_t keyword_count = molt_args_keyword_count(kwnames);
    const MoltType *layout_base = class_object->layout_base;
    bool exception = layout_base != &molt_type_object && is_exception_class(layout_base);
    /* dict and list take their arguments in their own __init__ (dict.__new__ ignores them). */
    bool container = layout_base == &molt_type_dict || layout_base == &molt_type_list;
    MoltValue instance;
    if (new_method != MOLT_UNBOUND) {
        MoltValue function = molt_descriptor_get(new_method, MOLT_NONE, type);
        if (function == MOLT_ERROR) return MOLT_ERROR;
        instance = molt_call_with_self(function, class_value, args, nargs, kwnames);
        molt_decref(function);
        if (instance == MOLT_ERROR) return MOLT_ERROR;
        if (!molt_type_is_subtype(molt_type_of(instance), type)) return instance;
    } else {
        if (init == MOLT_UNBOUND && (nargs || keyword_count) && !container) {
            if (!exception) return molt_raise_format(&molt_type_TypeError, "%s() takes no arguments", type->name);
            if (keyword_count)
                return molt_raise_format(&molt_type_TypeError, "%s() takes no keyword arguments", type->name);
        }
        /* Only exception instances keep their arguments (as .args). */
        MoltValue args_tuple = exception ? molt_tuple_from_borrowed(args, nargs) : MOLT_NONE;
        instance = molt_instance_allocate(class_object, args_tuple);
        molt_decref(args_tuple);
        if (instance == MOLT_ERROR) return MOLT_ERROR;
    }
    if (init == MOLT_UNBOUND && container)
        return molt_instance_initialized(instance,
                                         molt_builtin_dunder_call(layout_base, "__init__", instance, args, nargs, kwnames));
    if (init == MOLT_UNBOUND) return instance;
    return molt_instance_initialized(instance, molt_call_with_self(init, instance, args, nargs, kwnames));
}
