/* Argument checking for builtins (see args.h): the positional count and
 * keyword names checks every builtin needs, with CPython's wording. */
#include <string.h>

#include "args.h"
#include "../objects/class_internal.h"
#include "../objects/tuple.h"

size_t molt_args_keyword_count(MoltValue kwnames) {
    if (kwnames == MOLT_NONE) return 0;
    return (size_t)molt_tuple_length(kwnames);
}

const char *molt_args_keyword_name(MoltValue kwnames, size_t index) {
    size_t length;
    return molt_str_utf8(molt_tuple_items(kwnames)[index], &length);
}

int molt_args_no_keywords(const char *name, MoltValue kwnames) {
    if (molt_args_keyword_count(kwnames) == 0) return 0;
    molt_raise_format(&molt_type_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

int molt_args_exactly_one(const char *name, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords(name, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    molt_raise_format(&molt_type_TypeError, "%s() takes exactly one argument (%zu given)", name,
                      nargs);
    return -1;
}

int molt_args_none(const char *type_name, const char *method, size_t nargs, MoltValue kwnames) {
    if (molt_args_keyword_count(kwnames) > 0) {
        molt_raise_format(&molt_type_TypeError, "%s.%s() takes no keyword arguments", type_name, method);
        return -1;
    }
    if (nargs == 0) return 0;
    molt_raise_format(&molt_type_TypeError, "%s.%s() takes no arguments (%zu given)", type_name, method, nargs);
    return -1;
}

int molt_args_check_count(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    const char *qualifier = min == max ? "" : nargs < min ? "at least " : "at most ";
    size_t expected = nargs < min ? min : max;
    molt_raise_format(&molt_type_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      qualifier, expected, expected == 1 ? "" : "s", nargs);
    return -1;
}

/* PyArg_ParseTupleAndKeywords without a function name (datetime's
 * constructors) says "function takes at most 3 arguments", and "... for this
 * function" of a keyword: a spec named "function" is written so. */
static const char *call_suffix(const MoltArgSpec *spec) { return strcmp(spec->name, "function") == 0 ? "" : "()"; }

/* Is parameter i passed by one of the keywords? */
static bool keyword_names_parameter(const MoltArgSpec *spec, MoltValue kwnames, size_t i) {
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++)
        if (spec->names[i] && strcmp(spec->names[i], molt_args_keyword_name(kwnames, k)) == 0) return true;
    return false;
}

int molt_args_parse(const MoltArgSpec *spec, const MoltValue *args, size_t nargs, MoltValue kwnames,
                    MoltValue *out) {
    size_t keyword_count = molt_args_keyword_count(kwnames);
    for (size_t i = 0; i < spec->parameter_count; i++) out[i] = MOLT_ARG_MISSING;
    /* Functions with named positional parameters (Argument Clinic's) count
     * keywords too: "sum() takes at most 2 arguments (3 given)". */
    bool named_positional = false;
    for (size_t i = 0; spec->names && i < spec->max_positional; i++)
        if (spec->names[i]) named_positional = true;
    if (named_positional && nargs + keyword_count > spec->parameter_count) {
        molt_raise_format(&molt_type_TypeError, "%s%s takes at most %zu argument%s (%zu given)", spec->name,
                          call_suffix(spec), spec->parameter_count, spec->parameter_count == 1 ? "" : "s", nargs + keyword_count);
        return -1;
    }
    if (nargs > spec->max_positional) {
        if (spec->max_positional == 0 && spec->names) {
            molt_raise_format(&molt_type_TypeError, "%s() takes no positional arguments",
                              spec->name);
            return -1;
        }
        /* Clinic's wording when keyword-only parameters follow named ones:
         * "openssl_md5() takes at most 1 positional argument (2 given)". */
        if (named_positional) {
            molt_raise_format(&molt_type_TypeError, "%s%s takes %s %zu positional argument%s (%zu given)", spec->name,
                              call_suffix(spec), spec->min_positional == spec->max_positional ? "exactly" : "at most",
                              spec->max_positional, spec->max_positional == 1 ? "" : "s", nargs);
            return -1;
        }
        return molt_args_check_count(spec->name, nargs, spec->min_positional,
                                     spec->max_positional);
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < keyword_count; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        size_t slot = spec->parameter_count;
        for (size_t i = 0; spec->names && i < spec->parameter_count; i++) {
            if (spec->names[i] && strcmp(spec->names[i], keyword) == 0) {
                slot = i;
                break;
            }
        }
        if (slot == spec->parameter_count) {
            if (!spec->names) return molt_args_no_keywords(spec->name, kwnames);
            bool unnamed = !*call_suffix(spec);
            /* PyArg_ParseTupleAndKeywords reports a missing argument first. */
            for (size_t i = 0; unnamed && i < spec->min_positional; i++)
                if (out[i] == MOLT_ARG_MISSING && !keyword_names_parameter(spec, kwnames, i)) {
                    molt_raise_format(&molt_type_TypeError, "function missing required argument '%s' (pos %zu)",
                                      spec->names[i], i + 1);
                    return -1;
                }
            molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for %s%s", keyword,
                              unnamed ? "this function" : spec->name, unnamed ? "" : "()");
            return -1;
        }
        if (out[slot] != MOLT_ARG_MISSING) {
            molt_raise_format(&molt_type_TypeError,
                              "argument for %s%s given by name ('%s') and position (%zu)",
                              spec->name, call_suffix(spec), keyword, slot + 1);
            return -1;
        }
        out[slot] = args[nargs + k];
    }
    for (size_t i = 0; i < spec->min_positional; i++) {
        if (out[i] == MOLT_ARG_MISSING && named_positional && spec->names[i]) {
            molt_raise_format(&molt_type_TypeError, "%s%s missing required argument '%s' (pos %zu)", spec->name,
                              call_suffix(spec), spec->names[i], i + 1);
            return -1;
        }
        if (out[i] == MOLT_ARG_MISSING)
            return molt_args_check_count(spec->name, nargs, spec->min_positional,
                                         spec->max_positional);
    }
    return 0;
}

MoltValue molt_args_index(MoltValue value) {
    if (molt_is_bool(value)) return molt_from_small_int(molt_bool_value(value));
    if (molt_is_int(value)) {
        molt_incref(value);
        return value;
    }
    MoltValue result = molt_instance_index(value);
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             molt_type_of(value)->name);
}

int molt_args_ssize(MoltValue value, int64_t *out) {
    MoltValue index = molt_args_index(value);
    if (index == MOLT_ERROR) return -1;
    bool fits = molt_int_to_i64(index, out);
    molt_decref(index);
    if (fits) return 0;
    molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}
