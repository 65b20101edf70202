/* Classes made by class statements (heap type objects whose slots dispatch to
 * the dunder methods their bodies define), their instances, and the objects
 * class bodies use: property, staticmethod, classmethod, super, and bound
 * methods of Python functions. Generated code reaches instances only through
 * these functions and the generic operations of ops.h. */
#ifndef MOLT_CLASS_H
#define MOLT_CLASS_H
#include <stdbool.h>

#include "object.h"

extern MoltType molt_type_property;
extern MoltType molt_type_staticmethod;
extern MoltType molt_type_classmethod;
extern MoltType molt_type_super;
extern MoltType molt_type_method;   /* a Python function bound to an instance */

/* The class statement `class NAME(bases...): body` once its body has run:
 * name and qualname are str ("C", "f.<locals>.C"), bases a tuple (empty means
 * (object,)), namespace the dict the body filled, in binding order (all
 * borrowed). Returns the new class, or MOLT_ERROR with CPython's TypeError
 * (duplicate base class, inconsistent MRO, a base that is not a class or
 * cannot be subclassed). */
MoltValue molt_class_new(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace);

/* ---- fields: compiler-declared instance attributes (docs/classes.md) ----------------
 * The compiler declares, for a class whose attributes it found assigned in its
 * methods, those names as fields: values at fixed positions after the instance's
 * __dict__ slot, with exactly the meaning of entries of the __dict__. Generated
 * code reaches them through an exact-class guard on `*fast_slot`, which the
 * runtime clears when the class (or a base) changes in a way the fast paths
 * did not foresee, or dies. */
typedef struct MoltFieldsInstance {
    MoltObject header;
    MoltValue dict;               /* MOLT_NONE until an attribute outside the fields is set */
    MoltValue fields[];           /* MOLT_UNBOUND while unassigned */
} MoltFieldsInstance;

/* Right after the class statement made class_value, before any instance exists:
 * gives its instances the fields `names` and points *fast_slot at the class.
 * `bases` are the classes the compiler took the bases (other than object) to
 * be, by their own fast slots. False (and nothing changed) when they are not
 * (a base's name was rebound, or its fast paths withdrawn) or the layout
 * cannot have fields. */
bool molt_class_enable_fast_paths(MoltValue class_value, const char *const *names, size_t count,
                                  const MoltType **fast_slot, const MoltType *const *bases, size_t base_count);

/* Is v an instance of exactly `type` (NULL: never)? */
static inline bool molt_is_exact_instance(MoltValue v, const MoltType *type) {
    return molt_is_ptr(v) && ((const MoltObject *)molt_as_ptr(v))->type == type;
}
static inline MoltValue *molt_instance_fields(MoltValue instance) {
    return ((MoltFieldsInstance *)molt_as_ptr(instance))->fields;
}
/* No attribute lives outside the fields: nothing shadows the class's methods
 * and a field store cannot hide an entry of the __dict__. */
static inline bool molt_instance_fields_only(MoltValue instance) {
    return ((const MoltFieldsInstance *)molt_as_ptr(instance))->dict == MOLT_NONE;
}
/* The fast form of C(args) for a class with fields and a plain __init__: a new
 * instance, and the instance once __init__ (called by generated code) returned
 * `result`: MOLT_ERROR, or CPython's TypeError for a result other than None. */
MoltValue molt_instance_new_fields(const MoltType *type);
MoltValue molt_instance_initialized(MoltValue instance, MoltValue result);

/* object.name = value and del object.name: 0, or -1 with an exception. */
int molt_setattr(MoltValue object, const char *name, MoltValue value);
int molt_delattr(MoltValue object, const char *name);

#endif
