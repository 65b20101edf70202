/* Per-program method tables (docs/wasm.md, "Size"): a builtin type's methods
 * are entry objects, and the table its call_method slot searches is defined by
 * the program's entry unit with only the methods the program can name, so
 * that the linker's --gc-sections drops the others and what they reach. */
#ifndef MOLT_METHODS_H
#define MOLT_METHODS_H
#include <stddef.h>

#include "value.h"

typedef MoltValue (*MoltMethodFunction)(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);

typedef struct MoltMethodEntry {
    const char *name;
    MoltMethodFunction function;
} MoltMethodEntry;

/* Entries sorted by name (strcmp order). */
typedef struct MoltMethodTable {
    size_t count;
    const MoltMethodEntry *const *entries;
} MoltMethodTable;

/* The entry named `name`, or NULL when the table has none. */
const MoltMethodEntry *molt_method_table_find(const MoltMethodTable *table, const char *name);

/* str's methods. A program that names methods dynamically (getattr with a
 * computed name) defines no molt_str_methods and links the runtime's table of
 * every method (runtime/objects/str_methods_all.c). */
#define MOLT_STR_METHOD(name, function, kept) extern const MoltMethodEntry molt_str_method_##name;
#include "str_methods.def"
#undef MOLT_STR_METHOD
extern const MoltMethodTable molt_str_methods;

#endif
