/* Class internals shared by the files that implement classes: the layout of
 * a class made by a class statement (a MoltType followed by what only heap
 * classes have), the layout of its instances, and attribute lookup along
 * the MRO. See include/molt/class.h for the interface generated code uses. */
#ifndef MOLT_CLASS_INTERNAL_H
#define MOLT_CLASS_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>

#include "molt/molt.h"
#include "molt/class.h"
#include "tuple.h"

/* A class made by a class statement. Its MoltType comes first, so that a
 * MoltClass is used wherever a MoltType is; heap classes are told apart from
 * the static builtin types by their reference count (static types are
 * immortal), see molt_type_is_heap. */
typedef struct MoltClass {
    MoltType type;
    MoltValue name;               /* str; type.name points at its UTF-8 */
    MoltValue qualname;           /* str */
    MoltValue bases;              /* tuple of classes, as given (never empty) */
    MoltValue dict;               /* the class attributes, in definition order */
    /* The MRO, the class itself first; entries after the first are owned
     * references (the class does not own itself, so no self-cycle). */
    const MoltType **mro;
    size_t mro_length;
    /* The builtin type whose instance layout instances start with: object,
     * or an exception class (instances are then MoltException). */
    const MoltType *layout_base;
    size_t dict_offset;           /* where instances keep their __dict__; 0: none (__slots__) */
    size_t slots_offset;          /* the values of __slots__ names start here */
    size_t slot_count;            /* all __slots__ names of the class and its bases */
    const char **slot_names;      /* slot_count names (UTF-8 owned by slot_name_values) */
    MoltValue slot_name_values;   /* tuple of str keeping slot_names alive */
    size_t instance_size;
    /* Fields (class_fields.c): field_count values at MoltFieldsInstance.fields,
     * named by field_names (a tuple of interned str, MOLT_NONE when none). */
    size_t field_count;
    MoltValue field_names;
    const MoltType **fast_slot;   /* generated code's guard on this class, or NULL */
    struct MoltClass *next_fast;  /* the list of classes with fast paths */
} MoltClass;

static inline bool molt_type_is_heap(const MoltType *type) {
    /* Half the immortal count: code that hands out static types without
     * counting can leave them a little below MOLT_IMMORTAL_REFCOUNT. */
    return type->header.refcount < MOLT_IMMORTAL_REFCOUNT / 2;
}

static inline MoltClass *molt_class_of_type(const MoltType *type) { return (MoltClass *)type; }

/* Is v an instance of a heap class? */
static inline bool molt_is_instance(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_heap(((MoltObject *)molt_as_ptr(v))->type);
}

/* The __dict__ of an instance (borrowed, MOLT_NONE until first used), or
 * NULL when its class has __slots__ without __dict__. */
static inline MoltValue *molt_instance_dict_pointer(MoltValue instance) {
    const MoltClass *class_object = (const MoltClass *)((MoltObject *)molt_as_ptr(instance))->type;
    if (class_object->dict_offset == 0) return NULL;
    return (MoltValue *)((char *)molt_as_ptr(instance) + class_object->dict_offset);
}

/* An immortal str for an attribute name, the same object for the same text
 * (dict keys of class and instance dicts are looked up with these). */
MoltValue molt_class_name_str(const char *name);

/* molt_class_new with a metatype asked for (metaclass=ABCMeta; NULL: the
 * bases' metatype). */
MoltValue molt_class_new_with_metatype(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                       const MoltType *requested_metatype);

/* The same with the class statement's keywords (a dict, or MOLT_NONE), which
 * go to the __init_subclass__ of the first base that has one. */
MoltValue molt_class_new_with_keywords(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                       const MoltType *requested_metatype, MoltValue keywords);

/* object.__init_subclass__ bound to cls (what super().__init_subclass__ finds
 * when no base defines one): takes no arguments. */
MoltValue molt_class_object_init_subclass(MoltValue cls);

/* A class deriving from tuple, for collections.namedtuple: instances are
 * tuples (items inline) made by the class's own __new__, without __dict__. */
MoltValue molt_class_new_tuple_subclass(MoltValue name, MoltValue namespace);
/* A named tuple's field accessor (collections_namedtuple.c): a read-only data descriptor. */
extern MoltType molt_type_tuplegetter;

/* The attribute `name` (str) found along the MRO of `type` (borrowed), or
 * MOLT_UNBOUND. Only heap classes' dicts are searched. */
MoltValue molt_class_lookup(const MoltType *type, MoltValue name);
MoltValue molt_class_lookup_cstr(const MoltType *type, const char *name);
/* The MRO entry where `name` is found, or NULL. */
const MoltType *molt_class_lookup_owner(const MoltType *type, MoltValue name);
/* The life of a heap class as a container: the slots of `type` (static
 * types are immortal and untracked, so only heap classes reach these). */
void molt_class_traverse(MoltObject *object, MoltVisitFunction visit, void *context);
void molt_class_clear(MoltObject *object);
void molt_class_dealloc(MoltObject *object);
/* Attribute read on a heap class object (C.x), MOLT_NOT_IMPLEMENTED when absent. */
MoltValue molt_class_getattr(MoltValue class_value, const char *name);
int molt_class_setattr(MoltValue class_value, const char *name, MoltValue value);
/* The class statement's default for __repr__: "<__main__.C object at 0x...>". */
MoltValue molt_instance_repr_default(MoltValue self);
/* A new instance of `class_object` (not initialized: its __init__ is not called). */
MoltValue molt_instance_allocate(MoltClass *class_object, MoltValue args);
/* Generic attribute access on instances (object.__getattribute__ and
 * friends), without __getattr__ / __setattr__ overrides. */
MoltValue molt_instance_generic_getattr(MoltValue self, const char *name, MoltValue name_str);
int molt_instance_generic_setattr(MoltValue self, const char *name, MoltValue value);

/* C(...): __new__ (or a fresh instance) then __init__, CPython's checks. */
MoltValue molt_class_instantiate(MoltValue class_value, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The slots every heap class starts with (instance.c). */
void molt_instance_fill_base_slots(MoltClass *class_object);

/* Fields (class_fields.c): the index of field `name` (an interned str), or -1. */
static inline int64_t molt_class_field_index(const MoltClass *class_object, MoltValue name) {
    if (!class_object->field_count) return -1;
    const MoltValue *names = molt_tuple_items(class_object->field_names);
    for (size_t i = 0; i < class_object->field_count; i++)
        if (names[i] == name) return (int64_t)i;
    return -1;
}
/* The class attribute `name` of `changed` is about to be set to `value`
 * (MOLT_UNBOUND: deleted): withdraws the fast paths of the classes it may
 * invalidate (classes with `changed` in their MRO). */
void molt_class_fields_attribute_changed(const MoltClass *changed, MoltValue name, MoltValue value);
/* A dying class's fast path goes with it. */
void molt_class_fields_release(MoltClass *class_object);
/* Moves the fields' values into the __dict__ (for code that asked for the
 * __dict__ itself): from then on the dict holds every attribute. */
int molt_instance_fields_to_dict(MoltValue instance);
/* Adds the names of the instance's own attributes (fields and __dict__) to
 * `set`, leaving them where they are. 0 or -1. */
int molt_instance_attribute_names(MoltValue instance, MoltValue set);

/* Slot wrappers (class_slots.c): fills the slots of a new class from the
 * dunder methods along its MRO, inheriting the builtin base's otherwise. */
void molt_class_install_slots(MoltClass *class_object);
/* Calls the dunder `name` of self's class with self prepended;
 * MOLT_NOT_IMPLEMENTED (no exception) when the class does not define it. */
MoltValue molt_instance_call_dunder(MoltValue self, const char *name, const MoltValue *args, size_t nargs);
/* int(x), float(x) and operator.index(x) of an instance through __int__,
 * __float__, __index__ (with CPython's checks of the result);
 * MOLT_NOT_IMPLEMENTED when x is no instance or its class lacks them. */
MoltValue molt_instance_int(MoltValue value);
MoltValue molt_instance_float(MoltValue value);
MoltValue molt_instance_index(MoltValue value);
/* Calls `function` (any callable) with `self` prepended to the arguments. */
MoltValue molt_call_with_self(MoltValue function, MoltValue self, const MoltValue *args, size_t nargs,
                              MoltValue kwnames);

/* Descriptors (descriptors.c): the value an attribute found on a class has
 * when read through `instance` (MOLT_NONE for a read through the class
 * itself) of class `owner`: functions bind, classmethods bind to the class,
 * staticmethods unwrap, properties call their getter. New reference. */
MoltValue molt_descriptor_get(MoltValue attribute, MoltValue instance, const MoltType *owner);
/* Does `attribute` take part in attribute writes (a property, or an object
 * whose class defines __set__ or __delete__)? */
bool molt_is_data_descriptor(MoltValue attribute);
/* Its __set__ (value) or __delete__ (value MOLT_UNBOUND) for `instance`: 0 or -1. */
int molt_descriptor_set(MoltValue attribute, MoltValue instance, MoltValue value);
/* __set_name__(class, name) of every attribute of the new class that has one,
 * in definition order: 0, or -1 with its exception. */
int molt_descriptors_set_names(MoltValue class_value, MoltValue namespace);
/* property.__set__ / __delete__ (value MOLT_UNBOUND for delete); 0 or -1. */
int molt_property_set(MoltValue property, MoltValue instance, MoltValue value);
/* Gives an unnamed property the name it is bound to (__set_name__). */
void molt_property_set_name(MoltValue property, MoltValue name);
/* The __isabstractmethod__ of a class attribute: a function marked by
 * abc.abstractmethod, or a property, classmethod or staticmethod over one. */
bool molt_is_abstract_method(MoltValue attribute);
/* A bound method (method.c): a new reference. */
MoltValue molt_method_new(MoltValue function, MoltValue self);

#endif
