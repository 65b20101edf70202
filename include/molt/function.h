/* Function objects (def and lambda values) and the cells closures share.
 * A function's code is a static MoltCode the compiler generates: its
 * signature, for binding calls made through the value, and its entry point.
 * Calls the compiler resolves statically never come here. */
#ifndef MOLT_FUNCTION_H
#define MOLT_FUNCTION_H
#include <stdbool.h>
#include <stddef.h>

#include "object.h"

/* Called with the vectorcall layout of ops.h; `self` is the function object. */
typedef MoltValue (*MoltFunctionEntry)(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);

typedef struct MoltCode {
    const char *name;                  /* __name__ */
    const char *qualname;              /* __qualname__: "outer.<locals>.inner", used in messages */
    /* parameter_names[0..parameter_count): positional-only, then positional-or-keyword,
     * then keyword-only; then the *args name and the **kwargs name when present. */
    const char *const *parameter_names;
    int parameter_count;               /* not counting *args / **kwargs */
    int positional_only_count;
    int keyword_only_count;
    bool has_varargs, has_varkeywords;
    MoltFunctionEntry entry;
    const char *doc;                   /* the docstring (UTF-8, doc_length bytes); NULL: __doc__ is None */
    size_t doc_length;
    const char *module;                /* __module__; NULL: "__main__" */
} MoltCode;

/* What a program set on a function object (functools.wraps, f.calls = 0):
 * made on the first assignment. MOLT_UNBOUND: the code's own value. */
typedef struct MoltFunctionAttributes {
    MoltValue name, qualname, doc, module;
    MoltValue dict;                    /* __dict__, MOLT_UNBOUND until needed */
    MoltValue annotations;             /* __annotations__, a dict; MOLT_UNBOUND until needed */
} MoltFunctionAttributes;

typedef struct MoltFunction {
    MoltObject header;
    const MoltCode *code;
    MoltValue *defaults;               /* per parameter, MOLT_UNBOUND when it has none */
    size_t cell_count;
    bool is_abstract_method;           /* marked by abc.abstractmethod (__isabstractmethod__) */
    MoltFunctionAttributes *attributes;   /* NULL until an attribute is set */
    MoltValue cells[];                 /* the closure: cells of the enclosing functions */
} MoltFunction;

typedef struct MoltCell {
    MoltObject header;
    MoltValue contents;                /* MOLT_UNBOUND while empty */
} MoltCell;

extern MoltType molt_type_function;
extern MoltType molt_type_cell;

/* A new function; defaults[parameter_count] (borrowed, MOLT_UNBOUND for none)
 * and cells[cell_count] (borrowed) are copied with new references. */
MoltValue molt_function_new(const MoltCode *code, const MoltValue *defaults, const MoltValue *cells,
                            size_t cell_count);
/* Binds a call's arguments to the parameters as CPython does: out receives
 * parameter_count values, then the *args tuple and the **kwargs dict when the
 * code has them, all new references. 0, or -1 with CPython's TypeError. */
int molt_function_bind(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out);

/* The function's __name__ / __qualname__ as UTF-8 (after any assignment). */
const char *molt_function_name(MoltValue function);
const char *molt_function_qualname(MoltValue function);

MoltValue molt_cell_new(MoltValue contents);   /* contents borrowed; may be MOLT_UNBOUND */

/* The cell `index` of the closure of `function` (borrowed). */
MOLT_INLINE MoltValue molt_function_cell(MoltValue function, size_t index) {
    return ((MoltFunction *)molt_as_ptr(function))->cells[index];
}

/* The cell's contents as a new reference, or MOLT_ERROR: UnboundLocalError for
 * the function's own variable (free == false), NameError for a free variable. */
MoltValue molt_cell_get_slow(MoltValue cell, const char *name, bool free);
MOLT_INLINE MoltValue molt_cell_get(MoltValue cell, const char *name, bool free) {
    MoltValue contents = ((MoltCell *)molt_as_ptr(cell))->contents;
    if (contents == MOLT_UNBOUND) return molt_cell_get_slow(cell, name, free);
    molt_incref(contents);
    return contents;
}

/* Stores `value` (borrowed) into the cell. */
MOLT_INLINE void molt_cell_set(MoltValue cell, MoltValue value) {
    MoltCell *target = (MoltCell *)molt_as_ptr(cell);
    MoltValue old = target->contents;
    molt_incref(value);
    target->contents = value;
    if (old != MOLT_UNBOUND) molt_decref(old);
}

#endif
