/* Builtin functions and bound methods of builtin objects as Python values:
 * `print(len)` shows <built-in function len>, `f = xs.append; f(1)` works. */
#ifndef MOLT_BUILTIN_FUNCTION_H
#define MOLT_BUILTIN_FUNCTION_H

#include "molt/molt.h"

struct MoltBuiltinFunctionObject {
    MoltObject header;
    const char *name;
    MoltBuiltinFunction function;
};

extern MoltType molt_type_builtin_function;
extern MoltType molt_type_bound_method;

/* A bound method: calling it calls molt_call_method(self, name, ...). */
MoltValue molt_bound_method_new(MoltValue self, const char *name);

#endif
