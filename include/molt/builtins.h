/* Builtin functions, callable from generated code with the vectorcall layout of
 * ops.h (positional args, then keyword values named by kwnames), so keyword
 * arguments such as print(sep=..., end=...) and sorted(key=...) need no
 * dictionaries. New reference or MOLT_ERROR, CPython's messages. */
#ifndef MOLT_BUILTINS_H
#define MOLT_BUILTINS_H
#include <stddef.h>

#include "object.h"

typedef MoltValue (*MoltBuiltinFunction)(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* One entry per builtin function: MOLT_BUILTIN(name). */
#define MOLT_BUILTIN_FUNCTIONS(X) \
    X(abs) X(all) X(any) X(ascii) X(bin) X(callable) X(chr) X(divmod) X(enumerate) \
    X(filter) X(format) X(hash) X(hex) X(id) X(isinstance) X(issubclass) X(iter) X(len) \
    X(map) X(max) X(min) X(next) X(oct) X(ord) X(pow) X(print) X(repr) X(reversed) \
    X(round) X(sorted) X(sum) X(zip) \
    X(getattr) X(setattr) X(hasattr) X(delattr) X(vars) X(input) X(dir)

#define MOLT_DECLARE_BUILTIN(name) \
    MoltValue molt_builtin_##name(const MoltValue *args, size_t nargs, MoltValue kwnames);
MOLT_BUILTIN_FUNCTIONS(MOLT_DECLARE_BUILTIN)
#undef MOLT_DECLARE_BUILTIN

/* The builtin functions as values (print(len), map(abs, xs)): immortal objects
 * defined in runtime/objects/builtin_function.c. */
struct MoltBuiltinFunctionObject;
#define MOLT_DECLARE_BUILTIN_OBJECT(name) \
    extern struct MoltBuiltinFunctionObject molt_builtin_object_##name;
MOLT_BUILTIN_FUNCTIONS(MOLT_DECLARE_BUILTIN_OBJECT)
#undef MOLT_DECLARE_BUILTIN_OBJECT
#define MOLT_BUILTIN_VALUE(name) molt_from_ptr(&molt_builtin_object_##name)

/* The builtin types the compiler may name (each a MoltType molt_type_NAME),
 * besides the exceptions of exceptions.def. They are called through molt_call
 * on the type object. */
#define MOLT_BUILTIN_TYPES(X) \
    X(bool) X(bytearray) X(bytes) X(complex) X(dict) X(float) X(frozenset) X(int) X(list) X(object) X(range) X(set) X(slice) X(str) \
    X(memoryview) \
    X(tuple) X(type) \
    X(property) X(staticmethod) X(classmethod) X(super)

/* Fast paths generated code uses when it knows the argument types. */
MoltValue molt_print_value(MoltValue v);   /* print(v) with default sep/end */

#endif
