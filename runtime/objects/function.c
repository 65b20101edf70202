/* Function objects and closure cells: creating them, CPython's argument
 * binding for calls made through a function value (with its TypeError
 * messages), and the function type's repr and attributes. Both are
 * containers for the cycle collector: a recursive nested function is a
 * cycle (function -> cell -> function). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/molt.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "class_internal.h"
#include "dict.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"

static void *allocate(size_t size) {
    void *memory = malloc(size);
    if (!memory) {
        fputs("molt: out of memory\n", stderr);
        abort();
    }
    return memory;
}

/* ---- cells ---------------------------------------------------------------------- */

static void cell_clear(MoltObject *object) {
    MoltCell *cell = (MoltCell *)object;
    MoltValue contents = cell->contents;
    cell->contents = MOLT_UNBOUND;
    if (contents != MOLT_UNBOUND) molt_decref(contents);
}

static void cell_dealloc(MoltObject *object) {
    cell_clear(object);
    molt_gc_free(object);
}

static void cell_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    MoltCell *cell = (MoltCell *)object;
    if (cell->contents != MOLT_UNBOUND) visit(cell->contents, context);
}

MoltType molt_type_cell = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "cell",
    .base = &molt_type_object,
    .dealloc = cell_dealloc,
    .hash = molt_object_hash_identity,
    .traverse = cell_traverse,
    .clear = cell_clear,
};

MoltValue molt_cell_new(MoltValue contents) {
    MoltCell *cell = molt_gc_allocate(sizeof *cell, &molt_type_cell);
    if (contents != MOLT_UNBOUND) molt_incref(contents);
    cell->contents = contents;
    return molt_from_ptr(cell);
}

MoltValue molt_cell_get_slow(MoltValue cell, const char *name, bool free) {
    (void)cell;
    if (!free) return molt_raise_unbound_local(name);
    return molt_raise_format(&molt_type_NameError,
                             "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                             name);
}

/* ---- functions ------------------------------------------------------------------ */

MoltValue molt_function_new(const MoltCode *code, const MoltValue *defaults, const MoltValue *cells,
                            size_t cell_count) {
    MoltFunction *function = molt_gc_allocate(sizeof *function + sizeof(MoltValue) * cell_count, &molt_type_function);
    function->code = code;
    size_t count = (size_t)code->parameter_count;
    function->defaults = allocate(sizeof(MoltValue) * (count ? count : 1));
    for (size_t i = 0; i < count; i++) {
        function->defaults[i] = defaults ? defaults[i] : MOLT_UNBOUND;
        if (function->defaults[i] != MOLT_UNBOUND) molt_incref(function->defaults[i]);
    }
    function->cell_count = cell_count;
    function->is_abstract_method = false;
    function->attributes = NULL;
    for (size_t i = 0; i < cell_count; i++) {
        function->cells[i] = cells[i];
        molt_incref(cells[i]);
    }
    return molt_from_ptr(function);
}

/* Drops the defaults and cells (a function stays callable only until then;
 * the collector clears only garbage). */
static void function_clear(MoltObject *object) {
    MoltFunction *function = (MoltFunction *)object;
    for (int i = 0; i < function->code->parameter_count; i++) {
        MoltValue value = function->defaults[i];
        function->defaults[i] = MOLT_UNBOUND;
        if (value != MOLT_UNBOUND) molt_decref(value);
    }
    size_t count = function->cell_count;
    function->cell_count = 0;
    for (size_t i = 0; i < count; i++) molt_decref(function->cells[i]);
    MoltFunctionAttributes *attributes = function->attributes;
    if (attributes) {
        MoltValue *fields[] = {&attributes->name, &attributes->qualname, &attributes->doc, &attributes->module,
                               &attributes->dict, &attributes->annotations};
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
            MoltValue value = *fields[i];
            *fields[i] = MOLT_UNBOUND;
            if (value != MOLT_UNBOUND) molt_decref(value);
        }
    }
}

static void function_dealloc(MoltObject *object) {
    function_clear(object);
    free(((MoltFunction *)object)->defaults);
    free(((MoltFunction *)object)->attributes);
    molt_gc_free(object);
}

static void function_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    const MoltFunction *function = (const MoltFunction *)object;
    for (int i = 0; i < function->code->parameter_count; i++)
        if (function->defaults[i] != MOLT_UNBOUND) visit(function->defaults[i], context);
    for (size_t i = 0; i < function->cell_count; i++) visit(function->cells[i], context);
    const MoltFunctionAttributes *attributes = function->attributes;
    if (attributes) {
        MoltValue fields[] = {attributes->name, attributes->qualname, attributes->doc, attributes->module,
                              attributes->dict, attributes->annotations};
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
            if (fields[i] != MOLT_UNBOUND) visit(fields[i], context);
    }
}

const char *molt_function_name(MoltValue self) {
    const MoltFunction *function = molt_as_ptr(self);
    size_t length;
    if (function->attributes && function->attributes->name != MOLT_UNBOUND)
        return molt_str_utf8(function->attributes->name, &length);
    return function->code->name;
}

const char *molt_function_qualname(MoltValue self) {
    const MoltFunction *function = molt_as_ptr(self);
    size_t length;
    if (function->attributes && function->attributes->qualname != MOLT_UNBOUND)
        return molt_str_utf8(function->attributes->qualname, &length);
    return function->code->qualname;
}

static MoltValue function_repr(MoltValue self) {
    char text[512];
    snprintf(text, sizeof text, "<function %s at %p>", molt_function_qualname(self), molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue function_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const MoltFunction *function = molt_as_ptr(callable);
    return function->code->entry(callable, args, nargs, kwnames);
}

static MoltFunctionAttributes *attributes_of(MoltValue self);

/* The attribute `field` of `attributes` if it was set, else MOLT_UNBOUND (borrowed). */
#define ASSIGNED(attributes, field) ((attributes) ? (attributes)->field : MOLT_UNBOUND)

static MoltValue function_getattr(MoltValue self, const char *name) {
    const MoltFunction *function = molt_as_ptr(self);
    const MoltCode *code = function->code;
    MoltFunctionAttributes *attributes = function->attributes;
    if (name[0] == '_' && name[1] == '_') {
        if (strcmp(name, "__name__") == 0) {
            if (ASSIGNED(attributes, name) != MOLT_UNBOUND) return molt_new_reference(attributes->name);
            return molt_str_from_utf8(code->name, strlen(code->name));
        }
        if (strcmp(name, "__qualname__") == 0) {
            if (ASSIGNED(attributes, qualname) != MOLT_UNBOUND) return molt_new_reference(attributes->qualname);
            return molt_str_from_utf8(code->qualname, strlen(code->qualname));
        }
        if (strcmp(name, "__doc__") == 0) {
            if (ASSIGNED(attributes, doc) != MOLT_UNBOUND) return molt_new_reference(attributes->doc);
            return code->doc ? molt_str_from_utf8(code->doc, code->doc_length) : MOLT_NONE;
        }
        if (strcmp(name, "__module__") == 0) {
            if (ASSIGNED(attributes, module) != MOLT_UNBOUND) return molt_new_reference(attributes->module);
            const char *module = code->module ? code->module : "__main__";
            return molt_str_from_utf8(module, strlen(module));
        }
        if (strcmp(name, "__dict__") == 0) {
            attributes = attributes_of(self);
            if (attributes->dict == MOLT_UNBOUND) attributes->dict = molt_dict_new();
            return molt_new_reference(attributes->dict);
        }
        /* made empty on first read when the def annotated nothing, as CPython */
        if (strcmp(name, "__annotations__") == 0) {
            attributes = attributes_of(self);
            if (attributes->annotations == MOLT_UNBOUND) attributes->annotations = molt_dict_new();
            return molt_new_reference(attributes->annotations);
        }
        /* Set by abc.abstractmethod; otherwise absent unless assigned, as in CPython. */
        if (strcmp(name, "__isabstractmethod__") == 0 && function->is_abstract_method) return MOLT_TRUE;
    }
    if (ASSIGNED(attributes, dict) != MOLT_UNBOUND) {
        MoltValue value = molt_dict_lookup(attributes->dict, molt_class_name_str(name));
        if (value == MOLT_ERROR) return MOLT_ERROR;
        if (value != MOLT_STOP) return molt_new_reference(value);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltFunctionAttributes *attributes_of(MoltValue self) {
    MoltFunction *function = molt_as_ptr(self);
    if (!function->attributes) {
        function->attributes = allocate(sizeof *function->attributes);
        *function->attributes = (MoltFunctionAttributes){MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND,
                                                         MOLT_UNBOUND, MOLT_UNBOUND};
    }
    return function->attributes;
}

static void replace(MoltValue *field, MoltValue value) {
    MoltValue old = *field;
    molt_incref(value);
    *field = value;
    if (old != MOLT_UNBOUND) molt_decref(old);
}

/* f.name = value (MOLT_UNBOUND: del f.name), as CPython's function setters:
 * __name__ and __qualname__ take only str, __doc__ and __module__ anything
 * (deleting them leaves None), __dict__ a dict; other names live in __dict__. */
static int function_setattr(MoltValue self, const char *name, MoltValue value) {
    MoltFunctionAttributes *attributes = attributes_of(self);
    if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0) {
        if (value == MOLT_UNBOUND || !molt_is_str(value)) {
            molt_raise_format(&molt_type_TypeError, "%s must be set to a string object", name);
            return -1;
        }
        replace(name[2] == 'n' ? &attributes->name : &attributes->qualname, value);
        return 0;
    }
    if (strcmp(name, "__doc__") == 0 || strcmp(name, "__module__") == 0) {
        replace(name[2] == 'd' ? &attributes->doc : &attributes->module, value == MOLT_UNBOUND ? MOLT_NONE : value);
        return 0;
    }
    if (strcmp(name, "__annotations__") == 0) {
        /* None and del both leave it to be made empty on the next read */
        if (value == MOLT_UNBOUND || value == MOLT_NONE) {
            MoltValue old = attributes->annotations;
            attributes->annotations = MOLT_UNBOUND;
            if (old != MOLT_UNBOUND) molt_decref(old);
            return 0;
        }
        if (!molt_is_dict(value)) {
            molt_raise_format(&molt_type_TypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        replace(&attributes->annotations, value);
        return 0;
    }
    if (strcmp(name, "__dict__") == 0) {
        if (value == MOLT_UNBOUND) {
            molt_raise_format(&molt_type_TypeError, "cannot delete __dict__");
            return -1;
        }
        if (!molt_is_dict(value)) {
            molt_raise_format(&molt_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                              molt_type_of(value)->name);
            return -1;
        }
        replace(&attributes->dict, value);
        return 0;
    }
    if (attributes->dict == MOLT_UNBOUND) attributes->dict = molt_dict_new();
    MoltValue key = molt_class_name_str(name);
    if (value != MOLT_UNBOUND) return molt_dict_setitem(attributes->dict, key, value);
    if (molt_dict_lookup(attributes->dict, key) == MOLT_STOP) {
        molt_raise_format(&molt_type_AttributeError, "'function' object has no attribute '%s'", name);
        return -1;
    }
    return molt_delitem(attributes->dict, key);
}

MoltValue molt_function_set_annotations(MoltValue function, MoltValue annotations) {
    replace(&attributes_of(function)->annotations, annotations);
    return MOLT_NONE;
}

MoltType molt_type_function = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "function",
    .base = &molt_type_object,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .hash = molt_object_hash_identity,
    .call = function_call,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .instances_are_callable = true,
    .traverse = function_traverse,
    .clear = function_clear,
};

/* ---- binding a call's arguments ----------------------------------------------- */

/* 'a' / 'a' and 'b' / 'a', 'b', and 'c', as CPython lists missing arguments. */
static void append_name_list(MoltBuffer *out, const char *const *names, int count) {
    for (int i = 0; i < count; i++) {
        if (i) molt_buffer_append_cstr(out, i == count - 1 ? (count > 2 ? ", and " : " and ") : ", ");
        molt_buffer_append_cstr(out, "'");
        molt_buffer_append_cstr(out, names[i]);
        molt_buffer_append_cstr(out, "'");
    }
}

static int raise_missing(const MoltCode *code, const MoltValue *out, int first, int end, const char *kind) {
    const char *missing[end - first > 0 ? end - first : 1];
    int count = 0;
    for (int p = first; p < end; p++)
        if (out[p] == MOLT_UNBOUND) missing[count++] = code->parameter_names[p];
    MoltBuffer names;
    molt_buffer_init(&names);
    append_name_list(&names, missing, count);
    molt_buffer_append(&names, "", 1);
    molt_raise_format(&molt_type_TypeError, "%s() missing %d required %s argument%s: %s", code->qualname, count, kind,
                      count == 1 ? "" : "s", names.data);
    molt_buffer_free(&names);
    return -1;
}

static int raise_too_many_positional(const MoltCode *code, const MoltValue *defaults, const MoltValue *out,
                                     size_t given) {
    int positional = code->parameter_count - code->keyword_only_count;
    int with_default = 0, keyword_only_given = 0;
    for (int p = 0; p < positional; p++)
        if (defaults[p] != MOLT_UNBOUND) with_default++;
    for (int p = positional; p < code->parameter_count; p++)
        if (out[p] != MOLT_UNBOUND) keyword_only_given++;
    char signature[96], detail[128] = "";
    if (with_default)
        snprintf(signature, sizeof signature, "from %d to %d positional arguments", positional - with_default, positional);
    else
        snprintf(signature, sizeof signature, "%d positional argument%s", positional, positional == 1 ? "" : "s");
    if (keyword_only_given)
        snprintf(detail, sizeof detail, " positional argument%s (and %d keyword-only argument%s)", given == 1 ? "" : "s",
                 keyword_only_given, keyword_only_given == 1 ? "" : "s");
    molt_raise_format(&molt_type_TypeError, "%s() takes %s but %zu%s %s given", code->qualname, signature, given, detail,
                      given == 1 && !keyword_only_given ? "was" : "were");
    return -1;
}

/* "got some positional-only arguments passed as keyword arguments: 'a, b'";
 * 0 when no keyword names a positional-only parameter. */
static int raise_positional_only_as_keyword(const MoltCode *code, MoltValue kwnames) {
    MoltBuffer names;
    molt_buffer_init(&names);
    int conflicts = 0;
    for (int p = 0; p < code->positional_only_count; p++) {
        for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
            if (strcmp(molt_args_keyword_name(kwnames, k), code->parameter_names[p]) != 0) continue;
            if (conflicts++) molt_buffer_append_cstr(&names, ", ");
            molt_buffer_append_cstr(&names, code->parameter_names[p]);
        }
    }
    molt_buffer_append(&names, "", 1);
    if (conflicts)
        molt_raise_format(&molt_type_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                          code->qualname, names.data);
    molt_buffer_free(&names);
    return conflicts ? -1 : 0;
}

static void release_bound(MoltValue *out, int count) {
    for (int i = 0; i < count; i++)
        if (out[i] != MOLT_UNBOUND) molt_decref(out[i]);
}

int molt_function_bind(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out) {
    const MoltFunction *function = molt_as_ptr(self);
    const MoltCode *code = function->code;
    /* CPython's binding errors name the function by its current __qualname__. */
    MoltCode renamed;
    if (function->attributes && function->attributes->qualname != MOLT_UNBOUND) {
        renamed = *code;
        renamed.qualname = molt_function_qualname(self);
        code = &renamed;
    }
    int count = code->parameter_count;
    int positional = count - code->keyword_only_count;
    int slots = count + (code->has_varargs ? 1 : 0) + (code->has_varkeywords ? 1 : 0);
    for (int i = 0; i < slots; i++) out[i] = MOLT_UNBOUND;
    size_t copied = nargs < (size_t)positional ? nargs : (size_t)positional;
    for (size_t i = 0; i < copied; i++) {
        molt_incref(args[i]);
        out[i] = args[i];
    }
    int varargs_slot = count, varkeywords_slot = count + (code->has_varargs ? 1 : 0);
    if (code->has_varargs) {
        size_t extra = nargs - copied;
        MoltValue items[extra ? extra : 1];
        for (size_t i = 0; i < extra; i++) {
            molt_incref(args[copied + i]);
            items[i] = args[copied + i];
        }
        out[varargs_slot] = molt_tuple_from_owned(items, extra);
        if (out[varargs_slot] == MOLT_ERROR) goto fail;
    }
    if (code->has_varkeywords) {
        out[varkeywords_slot] = molt_dict_new();
        if (out[varkeywords_slot] == MOLT_ERROR) goto fail;
    }
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        MoltValue value = args[nargs + k];
        int slot = -1;
        for (int p = code->positional_only_count; p < count && slot < 0; p++)
            if (strcmp(code->parameter_names[p], keyword) == 0) slot = p;
        if (slot < 0) {
            if (!code->has_varkeywords) {
                if (raise_positional_only_as_keyword(code, kwnames) == 0)
                    molt_raise_format(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'", code->qualname,
                                      keyword);
                goto fail;
            }
            if (molt_dict_setitem(out[varkeywords_slot], molt_tuple_items(kwnames)[k], value) < 0) goto fail;
            continue;
        }
        if (out[slot] != MOLT_UNBOUND) {
            molt_raise_format(&molt_type_TypeError, "%s() got multiple values for argument '%s'", code->qualname, keyword);
            goto fail;
        }
        molt_incref(value);
        out[slot] = value;
    }
    if (nargs > (size_t)positional && !code->has_varargs) {
        raise_too_many_positional(code, function->defaults, out, nargs);
        goto fail;
    }
    int required = positional;
    while (required > 0 && function->defaults[required - 1] != MOLT_UNBOUND) required--;
    for (int p = 0; p < required; p++) {
        if (out[p] == MOLT_UNBOUND) {
            raise_missing(code, out, 0, required, "positional");
            goto fail;
        }
    }
    for (int p = required; p < positional; p++) {
        if (out[p] != MOLT_UNBOUND) continue;
        out[p] = function->defaults[p];
        molt_incref(out[p]);
    }
    bool missing_keyword_only = false;
    for (int p = positional; p < count; p++) {
        if (out[p] != MOLT_UNBOUND) continue;
        if (function->defaults[p] != MOLT_UNBOUND) {
            out[p] = function->defaults[p];
            molt_incref(out[p]);
        } else {
            missing_keyword_only = true;
        }
    }
    if (missing_keyword_only) {
        raise_missing(code, out, positional, count, "keyword-only");
        goto fail;
    }
    return 0;
fail:
    release_bound(out, slots);
    return -1;
}
