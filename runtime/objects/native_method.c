/* Function objects with C code and a signature made at run time: see
 * native_method.h. */
#include <stdlib.h>
#include <string.h>

#include "native_method.h"

/* Codes live as long as the program (function objects point at them); the
 * registry keeps them reachable. */
static MoltCode **code_registry;
static size_t code_registry_length;

static char *copy_text(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = malloc(length);
    if (!copy) abort();
    memcpy(copy, text, length);
    return copy;
}

MoltCode *molt_native_code_new(const char *qualname, const char *method, const MoltValue *names, size_t count,
                               size_t keyword_only, MoltFunctionEntry entry) {
    const char **parameter_names = malloc((count ? count : 1) * sizeof *parameter_names);
    MoltCode *code = calloc(1, sizeof *code);
    char *full_name = malloc(strlen(qualname) + strlen(method) + 2);
    if (!parameter_names || !code || !full_name) abort();
    for (size_t i = 0; i < count; i++) {
        size_t length;
        parameter_names[i] = copy_text(molt_str_utf8(names[i], &length));
    }
    strcpy(full_name, qualname);
    strcat(full_name, ".");
    strcat(full_name, method);
    code->name = copy_text(method);
    code->qualname = full_name;
    code->parameter_names = parameter_names;
    code->parameter_count = (int)count;
    code->keyword_only_count = (int)keyword_only;
    code->entry = entry;
    MoltCode **grown = realloc(code_registry, (code_registry_length + 1) * sizeof *grown);
    if (!grown) abort();
    code_registry = grown;
    code_registry[code_registry_length++] = code;
    return code;
}

MoltValue molt_native_method_new(MoltCode *code, const MoltValue *defaults, MoltValue plan) {
    MoltValue cell = molt_cell_new(plan);
    MoltValue function = molt_function_new(code, defaults, &cell, 1);
    molt_decref(cell);
    return function;
}

MoltValue molt_native_method_plan(MoltValue function) {
    return ((MoltCell *)molt_as_ptr(molt_function_cell(function, 0)))->contents;
}
