/* Bound methods of Python functions (obj.method read as a value, and
 * classmethods bound to their class): calling one calls the function with
 * self prepended; repr, equality, hash, __self__ and __func__ as CPython's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class_internal.h"
#include "type.h"
#include "builtin_function.h"
#include "../core/buffer.h"
#include "../core/gc.h"

typedef struct Method {
    MoltObject header;
    MoltValue function;
    MoltValue self;
} Method;

MoltValue molt_method_new(MoltValue function, MoltValue self) {
    Method *method = molt_gc_allocate(sizeof *method, &molt_type_method);
    molt_incref(function);
    molt_incref(self);
    method->function = function;
    method->self = self;
    return molt_from_ptr(method);
}

static void method_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Method *method = (Method *)object;
    visit(method->function, context);
    visit(method->self, context);
}

static void method_clear(MoltObject *object) {
    Method *method = (Method *)object;
    MoltValue function = method->function, self = method->self;
    method->function = method->self = MOLT_NONE;
    molt_decref(function);
    molt_decref(self);
}

static void method_dealloc(MoltObject *object) {
    method_clear(object);
    molt_gc_free(object);
}

static MoltValue method_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const Method *method = molt_as_ptr(callable);
    return molt_call_with_self(method->function, method->self, args, nargs, kwnames);
}

/* "<bound method C.m of <__main__.C object at 0x...>>" */
static MoltValue method_repr(MoltValue value) {
    const Method *method = molt_as_ptr(value);
    MoltValue name = molt_getattr(method->function, "__qualname__");
    if (name == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "<bound method ");
    int status = molt_buffer_append_str_of(&buffer, name);
    molt_buffer_append_cstr(&buffer, " of ");
    if (status == 0) status = molt_buffer_append_repr(&buffer, method->self);
    molt_buffer_append_cstr(&buffer, ">");
    molt_decref(name);
    if (status < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&buffer);
}

static MoltValue method_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (molt_type_of(b) != &molt_type_method || (op != MOLT_CMP_EQ && op != MOLT_CMP_NE)) return MOLT_NOT_IMPLEMENTED;
    const Method *x = molt_as_ptr(a), *y = molt_as_ptr(b);
    bool equal = x->function == y->function && x->self == y->self;
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static int64_t method_hash(MoltValue value) {
    const Method *method = molt_as_ptr(value);
    int64_t function_hash = molt_hash(method->function);
    if (function_hash == -1) return -1;
    int64_t hash = molt_object_hash_identity(method->self) ^ function_hash;
    return hash == -1 ? -2 : hash;
}

static MoltValue method_getattr(MoltValue value, const char *name) {
    const Method *method = molt_as_ptr(value);
    if (strcmp(name, "__self__") == 0) {
        molt_incref(method->self);
        return method->self;
    }
    if (strcmp(name, "__func__") == 0) {
        molt_incref(method->function);
        return method->function;
    }
    const MoltType *function_type = molt_type_of(method->function);
    MoltValue found = function_type->getattr ? function_type->getattr(method->function, name) : MOLT_NOT_IMPLEMENTED;
    if (found != MOLT_NOT_IMPLEMENTED || !function_type->method_names) return found;
    /* The function's own methods too (a bound lru_cache wrapper's cache_info). */
    for (const char *const *known = function_type->method_names; *known; known++)
        if (strcmp(*known, name) == 0) return molt_bound_method_new(method->function, name);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_method = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "method",
    .base = &molt_type_object,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .instances_are_callable = true,
    .traverse = method_traverse,
    .clear = method_clear,
};
