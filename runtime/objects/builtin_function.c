/* The values of builtin functions (len, print...) and of bound methods of
 * builtin objects (xs.append): both print and call as CPython's
 * builtin_function_or_method does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin_function.h"
#include "type.h"

static void static_dealloc(MoltObject *object) { (void)object; }

static MoltValue builtin_function_repr(MoltValue self) {
    const struct MoltBuiltinFunctionObject *function = molt_as_ptr(self);
    char text[128];
    snprintf(text, sizeof text, "<built-in function %s>", function->name);
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue builtin_function_call(MoltValue callable, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    const struct MoltBuiltinFunctionObject *function = molt_as_ptr(callable);
    return function->function(args, nargs, kwnames);
}

static MoltValue builtin_function_getattr(MoltValue self, const char *name) {
    const struct MoltBuiltinFunctionObject *function = molt_as_ptr(self);
    if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0)
        return molt_str_from_utf8(function->name, strlen(function->name));
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_builtin_function = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "builtin_function_or_method",
    .base = &molt_type_object,
    .dealloc = static_dealloc,
    .repr = builtin_function_repr,
    .hash = molt_object_hash_identity,
    .call = builtin_function_call,
    .getattr = builtin_function_getattr,
    .instances_are_callable = true,
};

#define MOLT_DEFINE_BUILTIN_OBJECT(function_name)                                  \
    struct MoltBuiltinFunctionObject molt_builtin_object_##function_name = {       \
        {MOLT_IMMORTAL_REFCOUNT, &molt_type_builtin_function},                     \
        #function_name,                                                            \
        molt_builtin_##function_name,                                              \
    };
MOLT_BUILTIN_FUNCTIONS(MOLT_DEFINE_BUILTIN_OBJECT)
#undef MOLT_DEFINE_BUILTIN_OBJECT

/* ---- bound methods ---- */

typedef struct BoundMethod {
    MoltObject header;
    MoltValue self;
    const char *name;   /* points into the type's static method_names */
} BoundMethod;

static void bound_method_dealloc(MoltObject *object) {
    molt_decref(((BoundMethod *)object)->self);
    free(object);
}

static MoltValue bound_method_repr(MoltValue value) {
    const BoundMethod *method = molt_as_ptr(value);
    char text[256];
    snprintf(text, sizeof text, "<built-in method %s of %s object at %p>", method->name,
             molt_type_of(method->self)->name, molt_as_ptr(method->self));
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue bound_method_call(MoltValue callable, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    const BoundMethod *method = molt_as_ptr(callable);
    return molt_call_method(method->self, method->name, args, nargs, kwnames);
}

static MoltValue bound_method_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (molt_type_of(a) != &molt_type_bound_method || molt_type_of(b) != &molt_type_bound_method ||
        (op != MOLT_CMP_EQ && op != MOLT_CMP_NE))
        return MOLT_NOT_IMPLEMENTED;
    const BoundMethod *x = molt_as_ptr(a), *y = molt_as_ptr(b);
    bool equal = x->self == y->self && strcmp(x->name, y->name) == 0;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static MoltValue bound_method_getattr(MoltValue value, const char *name) {
    const BoundMethod *method = molt_as_ptr(value);
    if (strcmp(name, "__name__") == 0) return molt_str_from_utf8(method->name, strlen(method->name));
    if (strcmp(name, "__self__") == 0) {
        molt_incref(method->self);
        return method->self;
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_bound_method = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "builtin_function_or_method",
    .base = &molt_type_object,
    .dealloc = bound_method_dealloc,
    .repr = bound_method_repr,
    .richcompare = bound_method_richcompare,
    .call = bound_method_call,
    .getattr = bound_method_getattr,
    .instances_are_callable = true,
};

MoltValue molt_bound_method_new(MoltValue self, const char *name) {
    /* Keep the name from the type's table: it outlives the method. */
    const char *const *names = molt_type_of(self)->method_names;
    for (; names && *names; names++) {
        if (strcmp(*names, name) == 0) {
            name = *names;
            break;
        }
    }
    BoundMethod *method = malloc(sizeof *method);
    if (!method) abort();
    method->header.refcount = 1;
    method->header.type = &molt_type_bound_method;
    molt_incref(self);
    method->self = self;
    method->name = name;
    return molt_from_ptr(method);
}
