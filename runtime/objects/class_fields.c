/* Fields: the instance attributes the compiler found assigned in a class's
 * methods, stored at fixed positions instead of in the instance __dict__, and
 * the fast paths of generated code to them (docs/classes.md). A field means
 * exactly what the __dict__ entry of the same name would mean; the generic
 * attribute functions of instance.c read and write both. What lives here is
 * the declaration, and the withdrawal of fast paths when a class changes. */
#include <stddef.h>

#include "class_internal.h"
#include "dict.h"
#include "molt/str.h"

/* Every class whose fast paths are live, so that a change to a base finds its
 * subclasses (the runtime keeps no subclass lists). */
static MoltClass *fast_classes;

/* Are the class's bases, object left out, exactly `bases`? */
static bool bases_are(const MoltClass *class_object, const MoltType *const *bases, size_t base_count) {
    size_t matched = 0;
    int64_t length = molt_tuple_length(class_object->bases);
    for (int64_t i = 0; i < length; i++) {
        const MoltType *base = molt_as_ptr(molt_tuple_items(class_object->bases)[i]);
        if (base == &molt_type_object) continue;
        if (matched == base_count || base != bases[matched]) return false;
        matched++;
    }
    return matched == base_count;
}

bool molt_class_enable_fast_paths(MoltValue class_value, const char *const *names, size_t count,
                                  const MoltType **fast_slot, const MoltType *const *bases, size_t base_count) {
    MoltClass *class_object = molt_as_ptr(class_value);
    if (!bases_are(class_object, bases, base_count)) return false;
    /* Only the plain layout: the object header, the __dict__, the fields. */
    if (class_object->layout_base != &molt_type_object || class_object->slot_count ||
        class_object->dict_offset != offsetof(MoltFieldsInstance, dict) ||
        class_object->slots_offset != offsetof(MoltFieldsInstance, fields) || class_object->fast_slot)
        return false;
    MoltValue interned[count ? count : 1];
    for (size_t i = 0; i < count; i++) interned[i] = molt_class_name_str(names[i]);
    class_object->field_names = molt_tuple_from_borrowed(interned, count);
    class_object->field_count = count;
    class_object->instance_size = offsetof(MoltFieldsInstance, fields) + count * sizeof(MoltValue);
    class_object->fast_slot = fast_slot;
    class_object->next_fast = fast_classes;
    fast_classes = class_object;
    *fast_slot = &class_object->type;
    return true;
}

static void withdraw(MoltClass *class_object) {
    if (class_object->fast_slot && *class_object->fast_slot == &class_object->type) *class_object->fast_slot = NULL;
}

static bool in_mro(const MoltClass *class_object, const MoltClass *entry) {
    for (size_t i = 0; i < class_object->mro_length; i++)
        if (class_object->mro[i] == &entry->type) return true;
    return false;
}

/* Values a class attribute may hold without affecting any fast path: they are
 * neither called as methods nor descriptors. */
static bool is_plain_data(MoltValue value) {
    if (value == MOLT_UNBOUND || !molt_is_ptr(value)) return true;
    const MoltType *type = molt_type_of(value);
    return type == &molt_type_str || type == &molt_type_tuple || type == &molt_type_list ||
           type == &molt_type_dict || type == &molt_type_set || type == &molt_type_bytes || type == &molt_type_int;
}

void molt_class_fields_attribute_changed(const MoltClass *changed, MoltValue name, MoltValue value) {
    size_t length;
    const char *text = molt_str_utf8(name, &length);
    bool dunder = text[0] == '_' && text[1] == '_';
    for (MoltClass *class_object = fast_classes; class_object; class_object = class_object->next_fast) {
        if (!in_mro(class_object, changed)) continue;
        /* A counter kept on the class (C.count += 1) leaves the fast paths alone;
         * anything that can change what a field or a method call means does not. */
        if (dunder || molt_class_field_index(class_object, name) >= 0 || !is_plain_data(value) ||
            !is_plain_data(molt_class_lookup(&class_object->type, name)))
            withdraw(class_object);
    }
}

void molt_class_fields_release(MoltClass *class_object) {
    if (!class_object->fast_slot) return;
    withdraw(class_object);
    for (MoltClass **link = &fast_classes; *link; link = &(*link)->next_fast) {
        if (*link == class_object) {
            *link = class_object->next_fast;
            break;
        }
    }
    class_object->fast_slot = NULL;
}

int molt_instance_fields_to_dict(MoltValue instance) {
    const MoltClass *class_object = (const MoltClass *)((MoltObject *)molt_as_ptr(instance))->type;
    MoltFieldsInstance *object = molt_as_ptr(instance);
    bool any = false;
    for (size_t i = 0; i < class_object->field_count; i++) any |= object->fields[i] != MOLT_UNBOUND;
    if (!any) return 0;
    /* Fields first: they were (almost always) assigned first, in __init__. */
    MoltValue dict = molt_dict_new();
    const MoltValue *names = molt_tuple_items(class_object->field_names);
    for (size_t i = 0; i < class_object->field_count; i++) {
        if (object->fields[i] == MOLT_UNBOUND) continue;
        if (molt_dict_setitem(dict, names[i], object->fields[i]) < 0) {
            molt_decref(dict);
            return -1;
        }
    }
    if (object->dict != MOLT_NONE && molt_dict_update(dict, object->dict) < 0) {
        molt_decref(dict);
        return -1;
    }
    MoltValue old = object->dict;
    object->dict = dict;
    molt_decref(old);
    for (size_t i = 0; i < class_object->field_count; i++) {
        MoltValue value = object->fields[i];
        object->fields[i] = MOLT_UNBOUND;
        molt_decref(value);
    }
    return 0;
}

int molt_instance_attribute_names(MoltValue instance, MoltValue set) {
    const MoltClass *class_object = (const MoltClass *)((MoltObject *)molt_as_ptr(instance))->type;
    if (class_object->field_count) {
        const MoltFieldsInstance *object = molt_as_ptr(instance);
        const MoltValue *names = molt_tuple_items(class_object->field_names);
        for (size_t i = 0; i < class_object->field_count; i++)
            if (object->fields[i] != MOLT_UNBOUND && molt_set_add(set, names[i]) < 0) return -1;
    }
    MoltValue *dict = molt_instance_dict_pointer(instance);
    if (!dict || *dict == MOLT_NONE) return 0;
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(*dict, &position, &key, &value))
        if (molt_set_add(set, key) < 0) return -1;
    return 0;
}

MoltValue molt_instance_new_fields(const MoltType *type) {
    return molt_instance_allocate(molt_class_of_type(type), MOLT_NONE);
}

MoltValue molt_instance_initialized(MoltValue instance, MoltValue result) {
    if (result == MOLT_NONE) return instance;
    molt_decref(instance);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "__init__() should return None, not '%s'", type_name);
}
