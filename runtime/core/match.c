/* The run-time tests of the match statement that are not plain operations:
 * which subjects sequence and mapping patterns accept, and class patterns
 * (the isinstance test and __match_args__), with CPython 3.12's errors. */
#include <string.h>

#include "molt/molt.h"
#include "../objects/metatype.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* collections.abc.Sequence, except str, bytes and bytearray. */
MoltValue molt_match_is_sequence(MoltValue subject) {
    const MoltType *type = molt_type_of(subject);
    return molt_from_bool(molt_type_is_subtype(type, &molt_type_list) || molt_type_is_subtype(type, &molt_type_tuple) ||
                          molt_type_is_subtype(type, &molt_type_range));
}

/* collections.abc.Mapping. */
MoltValue molt_match_is_mapping(MoltValue subject) {
    return molt_from_bool(molt_type_is_subtype(molt_type_of(subject), &molt_type_dict));
}

/* Builtin types whose single positional sub-pattern matches the subject itself. */
static bool matches_self(const MoltType *type) {
    static const MoltType *const types[] = {&molt_type_bool, &molt_type_bytearray, &molt_type_bytes, &molt_type_dict,
                                            &molt_type_float, &molt_type_frozenset, &molt_type_int, &molt_type_list,
                                            &molt_type_set, &molt_type_str, &molt_type_tuple};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (molt_type_is_subtype(type, types[i])) return true;
    return false;
}

/* The attribute names of the positional sub-patterns, from __match_args__
 * (a new tuple), or MOLT_NONE when the class matches itself. */
static MoltValue positional_names(MoltValue cls, int64_t count) {
    const MoltType *type = molt_as_type(cls);
    MoltValue names;
    int found = molt_getattr_optional(cls, "__match_args__", &names);
    if (found < 0) return MOLT_ERROR;
    int64_t allowed = 0;
    if (found) {
        if (!molt_type_is_subtype(molt_type_of(names), &molt_type_tuple)) {
            MoltValue error = molt_raise_format(&molt_type_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                                                type->name, molt_type_of(names)->name);
            molt_decref(names);
            return error;
        }
        allowed = molt_tuple_length(names);
    } else {
        names = MOLT_NONE;
        if (matches_self(type)) allowed = 1;
    }
    if (count > allowed) {
        molt_decref(names);
        return molt_raise_format(&molt_type_TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)",
                                 type->name, (long long)allowed, allowed == 1 ? "" : "s", (long long)count);
    }
    return names;
}

static bool name_repeated(const char *name, const char **seen, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (strcmp(seen[i], name) == 0) return true;
    return false;
}

MoltValue molt_match_class(MoltValue subject, MoltValue cls, MoltValue positional_count, MoltValue keyword_names) {
    if (!molt_is_ptr(cls) || !molt_is_type(cls))
        return molt_raise_format(&molt_type_TypeError, "called match pattern must be a class");
    const MoltType *type = molt_as_type(cls);
    if (!molt_type_matches_class(molt_type_of(subject), type)) return MOLT_NONE;
    int64_t positional = molt_small_int_value(positional_count);
    int64_t keywords = molt_tuple_length(keyword_names);
    MoltValue names = MOLT_NONE;
    if (positional > 0) {
        names = positional_names(cls, positional);
        if (names == MOLT_ERROR) return MOLT_ERROR;
    }
    size_t total = (size_t)(positional + keywords);
    MoltValue values[total > 0 ? total : 1];
    const char *seen[total > 0 ? total : 1];
    size_t filled = 0;
    MoltValue result = MOLT_NONE;
    for (size_t i = 0; i < total; i++) {
        const char *name;
        if ((int64_t)i < positional && names == MOLT_NONE) {
            /* int(x): the subject itself */
            molt_incref(subject);
            seen[filled] = "";
            values[filled++] = subject;
            continue;
        }
        MoltValue name_value = (int64_t)i < positional ? molt_tuple_items(names)[i] : molt_tuple_items(keyword_names)[(int64_t)i - positional];
        if (!molt_type_is_subtype(molt_type_of(name_value), &molt_type_str)) {
            result = molt_raise_format(&molt_type_TypeError, "__match_args__ elements must be strings (got %s)",
                                       molt_type_of(name_value)->name);
            goto done;
        }
        name = molt_str_utf8(name_value, NULL);
        if (name_repeated(name, seen, filled)) {
            result = molt_raise_format(&molt_type_TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                                       type->name, name);
            goto done;
        }
        seen[filled] = name;
        int found = molt_getattr_optional(subject, name, &values[filled]);
        if (found <= 0) {
            result = found < 0 ? MOLT_ERROR : MOLT_NONE;
            goto done;
        }
        filled++;
    }
    result = molt_tuple_from_owned(values, filled);
    filled = 0;
done:
    for (size_t i = 0; i < filled; i++) molt_decref(values[i]);
    molt_decref(names);
    return result;
}
