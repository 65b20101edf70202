/* Heap objects: the header every heap value starts with, type objects, and
 * reference counting. Refcount operations are inline because generated code
 * performs them on every boxed value it owns. */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct MoltType MoltType;

/* What a container's traverse slot calls on each value it holds a reference
 * to (the cycle collector's view of the object graph, runtime/core/gc.c). */
typedef void (*MoltVisitFunction)(MoltValue child, void *context);

typedef struct MoltObject {
    intptr_t refcount;
    const MoltType *type;
} MoltObject;

/* Objects with at least this count are never freed: statically allocated
 * objects (type objects, interned constants) start here and the count can
 * never fall to zero in practice. */
#define MOLT_IMMORTAL_REFCOUNT ((intptr_t)1 << (sizeof(intptr_t) * 8 - 3))

typedef enum MoltBinaryOp {
    MOLT_OP_ADD, MOLT_OP_SUB, MOLT_OP_MUL, MOLT_OP_MATMUL, MOLT_OP_TRUEDIV, MOLT_OP_MOD,
    MOLT_OP_POW, MOLT_OP_LSHIFT, MOLT_OP_RSHIFT, MOLT_OP_OR, MOLT_OP_XOR, MOLT_OP_AND,
    MOLT_OP_FLOORDIV
} MoltBinaryOp;

typedef enum MoltCompareOp {
    MOLT_CMP_LT, MOLT_CMP_LE, MOLT_CMP_EQ, MOLT_CMP_NE, MOLT_CMP_GT, MOLT_CMP_GE
} MoltCompareOp;

/* A Python type. Builtin types are statically allocated, one per file in
 * runtime/objects/, each filling the slots it supports; runtime/core/ops.c
 * dispatches through the slots (as CPython's tp_ and nb_ slots), so no type
 * needs to know about another. A NULL slot means "not supported". Slots take
 * borrowed references and return new references / MOLT_ERROR (-1 for ints). */
struct MoltType {
    MoltObject header;                  /* type objects are Python values too */
    const char *name;                   /* __name__, e.g. "int", "ValueError" */
    const MoltType *base;               /* single base; NULL only for object */
    void (*dealloc)(MoltObject *object);/* frees what the object owns and the object */
    MoltValue (*repr)(MoltValue self);
    MoltValue (*str)(MoltValue self);   /* NULL: str() uses repr */
    int64_t (*hash)(MoltValue self);    /* NULL: unhashable ("unhashable type: 'list'") */
    /* Either operand may be of this type (a op b with type(b) == this type is
     * the reflected case); MOLT_NOT_IMPLEMENTED lets the other operand try. */
    MoltValue (*binary_op)(MoltBinaryOp op, MoltValue a, MoltValue b);
    /* a op= b when a is of this type; NULL or MOLT_NOT_IMPLEMENTED: use binary_op. */
    MoltValue (*inplace_op)(MoltBinaryOp op, MoltValue a, MoltValue b);
    MoltValue (*unary_negative)(MoltValue self);
    MoltValue (*unary_positive)(MoltValue self);
    MoltValue (*unary_invert)(MoltValue self);
    /* MOLT_NOT_IMPLEMENTED when the comparison is not defined for the pair. */
    MoltValue (*richcompare)(MoltValue a, MoltValue b, MoltCompareOp op);
    int (*truthy)(MoltValue self);      /* NULL: use length, else always true */
    int64_t (*length)(MoltValue self);  /* -1 with exception on error */
    MoltValue (*getitem)(MoltValue self, MoltValue key);
    int (*setitem)(MoltValue self, MoltValue key, MoltValue value);
    int (*delitem)(MoltValue self, MoltValue key);
    int (*contains)(MoltValue self, MoltValue item);  /* NULL: search by iteration */
    MoltValue (*iter)(MoltValue self);
    MoltValue (*iternext)(MoltValue self);            /* MOLT_STOP when exhausted */
    /* Calling the type itself (int("3"), ValueError("x")) or an instance. */
    MoltValue (*call)(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);
    /* Method lookup and call in one step, e.g. "split"; MOLT_NOT_IMPLEMENTED
     * (no exception set) when the type has no such method. */
    MoltValue (*call_method)(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                             MoltValue kwnames);
    /* Attribute read; MOLT_NOT_IMPLEMENTED when there is no such attribute. */
    MoltValue (*getattr)(MoltValue self, const char *name);
    MoltValue (*format)(MoltValue self, MoltValue spec);   /* NULL: str(self) if spec empty */
    /* NULL-terminated names that call_method accepts, so that getattr can
     * return bound methods (f = xs.append); NULL when none. */
    const char *const *method_names;
    /* True when instances (not only the type) are callable, for callable(x):
     * builtin functions, bound methods, functions, classes with __call__. */
    bool instances_are_callable;
    /* Containers, i.e. objects that can be part of a reference cycle: calls
     * visit on every value the object owns a reference to. Instances of a
     * type with traverse are allocated by molt_gc_allocate (runtime/core/gc.h),
     * which puts the collector's links before the object. */
    void (*traverse)(MoltObject *self, MoltVisitFunction visit, void *context);
    /* Drops the object's references, leaving it valid (empty), so that a
     * garbage cycle falls apart. NULL when every cycle through the object
     * also passes through a mutable container, which has one (tuples,
     * iterators, dict views). */
    void (*clear)(MoltObject *self);
    /* __module__ of a static type that belongs to a runtime module rather
     * than to builtins ("abc" for abc.ABCMeta), for its repr; NULL: builtins. */
    const char *module_name;
    /* object.name = value on an instance of a builtin type that takes
     * attributes (functions, functools.partial); value MOLT_UNBOUND deletes.
     * 0, or -1 with an exception. NULL: no attribute can be set. */
    int (*setattr)(MoltValue self, const char *name, MoltValue value);
    /* What an instance stored as a class attribute becomes when read through
     * `instance` (MOLT_NONE: through the class `owner`), as a __get__ of C
     * code (functools' lru_cache wrapper binds like a function). NULL: itself. */
    MoltValue (*descriptor_get)(MoltValue self, MoltValue instance, const MoltType *owner);
    /* The type's class and static methods called through the type itself
     * (dict.fromkeys(...), int.from_bytes(...), str.maketrans(...)); `owner`
     * is the type called through, for types that share the slot (bytes and
     * bytearray). MOLT_NOT_IMPLEMENTED (no exception) for any other name:
     * the type's instance methods are then called with the first argument as
     * self. NULL: the type has none. */
    MoltValue (*class_method)(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                              MoltValue kwnames);
};

void molt_dealloc(MoltObject *object);

MOLT_INLINE void molt_incref(MoltValue v) {
    if (molt_is_ptr(v)) ((MoltObject *)molt_as_ptr(v))->refcount++;
}

/* v, with one more reference: for returning a borrowed value as a new one. */
MOLT_INLINE MoltValue molt_new_reference(MoltValue v) {
    molt_incref(v);
    return v;
}

MOLT_INLINE void molt_decref(MoltValue v) {
    if (molt_is_ptr(v)) {
        MoltObject *object = (MoltObject *)molt_as_ptr(v);
        if (--object->refcount == 0) molt_dealloc(object);
    }
}

/* The type of any value, including immediates (int, float, bool, None...).
 * Objects inline (every slot dispatch starts here), immediates in object.c. */
const MoltType *molt_type_of_immediate(MoltValue v);
MOLT_INLINE const MoltType *molt_type_of(MoltValue v) {
    return molt_is_ptr(v) ? ((const MoltObject *)molt_as_ptr(v))->type : molt_type_of_immediate(v);
}

#endif
