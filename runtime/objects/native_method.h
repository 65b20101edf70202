/* Function objects whose code is C and whose signature is made at run time
 * (dataclasses' __init__, namedtuple's __new__ and _replace): the ordinary
 * argument binder gives them CPython's errors and their __qualname__ is
 * "Point.__new__". What a method needs (field names, the class) is a tuple,
 * its "plan", in the function's one closure cell. */
#ifndef MOLT_NATIVE_METHOD_H
#define MOLT_NATIVE_METHOD_H
#include <stddef.h>

#include "molt/molt.h"
#include "molt/function.h"

/* A code "qualname.method" whose parameters are `names` (str values; the last
 * `keyword_only` of them keyword-only). It lives as long as the program. */
MoltCode *molt_native_code_new(const char *qualname, const char *method, const MoltValue *names, size_t count,
                               size_t keyword_only, MoltFunctionEntry entry);
/* A function of `code` (defaults per parameter or NULL) whose plan is `plan` (borrowed). */
MoltValue molt_native_method_new(MoltCode *code, const MoltValue *defaults, MoltValue plan);
/* The plan of such a function (borrowed). */
MoltValue molt_native_method_plan(MoltValue function);

#endif
