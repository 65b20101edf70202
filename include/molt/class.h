/* Classes made by class statements (heap type objects whose slots dispatch to
 * the dunder methods their bodies define), their instances, and the objects
 * class bodies use: property, staticmethod, classmethod, super, and bound
 * methods of Python functions. Generated code reaches instances only through
 * these functions and the generic operations of ops.h. */
#ifndef MOLT_CLASS_H
#define MOLT_CLASS_H
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

/* object.name = value and del object.name: 0, or -1 with an exception. */
int molt_setattr(MoltValue object, const char *name, MoltValue value);
int molt_delattr(MoltValue object, const char *name);

#endif
