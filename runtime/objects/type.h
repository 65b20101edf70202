/* Type-object helpers shared inside the runtime: subtype tests and the
 * default behaviours of `object` that other types fall back on. */
#ifndef MOLT_TYPE_H
#define MOLT_TYPE_H
#include <stdbool.h>

#include "molt/molt.h"

/* Is `type` the same as or derived from `base` (following the base chain)? */
bool molt_type_is_subtype(const MoltType *type, const MoltType *base);
/* Is v a type object? */
bool molt_is_type(MoltValue v);
static inline const MoltType *molt_as_type(MoltValue v) { return (const MoltType *)molt_as_ptr(v); }
static inline MoltValue molt_from_type(const MoltType *type) { return molt_from_ptr(type); }
/* callable(v): a type, or an instance of a type whose instances are callable. */
static inline bool molt_is_callable(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    return molt_is_type(v) || (type->call && type->instances_are_callable);
}
/* __qualname__ of a class statement's class ("f.<locals>.C"), the name of
 * a builtin type: what tracebacks print. */
const char *molt_type_qualname(const MoltType *type);
/* __module__ of a type: "builtins", "__main__", a runtime module's or one of the program's modules' name. */
const char *molt_type_module_name(const MoltType *type);
/* "module.qualname" of a type, the qualname alone for builtins: how
 * annotations print a class (int, __main__.Node, collections.OrderedDict). */
struct MoltBuffer;
void molt_type_append_qualified_name(struct MoltBuffer *buffer, const MoltType *type);
/* object.__hash__: derived from the address, as CPython's _Py_HashPointer. */
int64_t molt_object_hash_identity(MoltValue v);
/* object.__repr__: "<list object at 0x7f...>". */
MoltValue molt_object_repr_default(MoltValue v);

/* The slots of `type` itself, which the metatypes of runtime modules
 * (abc.ABCMeta, enum.EnumType) reuse: freeing a class, its repr
 * "<class '__main__.C'>", and attribute reads on a class object. */
void molt_type_dealloc(MoltObject *object);
MoltValue molt_type_repr(MoltValue self);
MoltValue molt_type_getattr(MoltValue self, const char *name);

/* The type objects of None, NotImplemented and Ellipsis. */
extern MoltType molt_type_NotImplementedType;
extern MoltType molt_type_ellipsis;

/* A new object of `size` bytes (header included) with refcount 1 and `type`,
 * for types without a traverse slot (containers use molt_gc_allocate); its
 * dealloc frees it with free(). Aborts when memory runs out (core/object.c). */
void *molt_object_allocate(size_t size, const MoltType *type);

#endif
