/* BaseExceptionGroup and ExceptionGroup: construction with CPython's checks,
 * .message and .exceptions, str(), and split/subgroup/derive, which except*
 * (runtime/core/except_star.c) builds on. The instance is a MoltException
 * whose `exceptions` field holds the sub-exceptions tuple. */
#include <stdio.h>
#include <string.h>

#include "exc_object.h"
#include "dict.h"
#include "list.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"

bool molt_is_exception_group(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_type_of(v), &molt_type_BaseExceptionGroup);
}

/* PySequence_Check: indexable, and not a mapping. */
static bool is_sequence(MoltValue v) { return molt_type_of(v)->getitem != NULL && !molt_is_dict(v); }

/* Checks BaseExceptionGroup(message, exceptions) for `type` and returns the
 * sub-exceptions as a new tuple, or MOLT_ERROR. *all_exceptions tells whether
 * every sub-exception is an Exception (BaseExceptionGroup then makes an
 * ExceptionGroup). */
static MoltValue checked_exceptions(const MoltType *type, const MoltValue *args, size_t nargs,
                                    bool *all_exceptions) {
    if (nargs != 2)
        return molt_raise_format(&molt_type_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                                 nargs);
    if (!molt_is_str(args[0]))
        return molt_raise_format(&molt_type_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                                 molt_type_of(args[0])->name);
    if (!is_sequence(args[1]))
        return molt_raise_format(&molt_type_TypeError, "second argument (exceptions) must be a sequence");
    MoltValue exceptions = molt_tuple_from_iterable(args[1]);
    if (exceptions == MOLT_ERROR) return MOLT_ERROR;
    int64_t count = molt_tuple_length(exceptions);
    if (count == 0) {
        molt_decref(exceptions);
        return molt_raise_format(&molt_type_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    *all_exceptions = true;
    for (int64_t i = 0; i < count; i++) {
        MoltValue item = molt_tuple_items(exceptions)[i];
        if (!molt_is_exception(item)) {
            molt_decref(exceptions);
            return molt_raise_format(&molt_type_ValueError, "Item %lld of second argument (exceptions) is not an exception",
                                     (long long)i);
        }
        if (!molt_type_is_subtype(molt_type_of(item), &molt_type_Exception)) *all_exceptions = false;
    }
    if (!*all_exceptions && type != &molt_type_BaseExceptionGroup &&
        molt_type_is_subtype(type, &molt_type_Exception)) {
        molt_decref(exceptions);
        if (type == &molt_type_ExceptionGroup)
            return molt_raise_format(&molt_type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return molt_raise_format(&molt_type_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    return exceptions;
}

int molt_exception_group_init(MoltValue group, MoltValue args) {
    bool all_exceptions;
    MoltValue exceptions = checked_exceptions(molt_type_of(group), molt_tuple_items(args),
                                              (size_t)molt_tuple_length(args), &all_exceptions);
    if (exceptions == MOLT_ERROR) return -1;
    MoltException *object = molt_as_ptr(group);
    molt_decref(object->exceptions);
    object->exceptions = exceptions;
    return 0;
}

static MoltValue group_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const MoltType *type = molt_as_type(callable);
    bool all_exceptions;
    MoltValue exceptions = checked_exceptions(type, args, nargs, &all_exceptions);
    if (exceptions == MOLT_ERROR) return MOLT_ERROR;
    if (molt_args_no_keywords(type->name, kwnames) < 0) {
        molt_decref(exceptions);
        return MOLT_ERROR;
    }
    if (type == &molt_type_BaseExceptionGroup && all_exceptions) type = &molt_type_ExceptionGroup;
    MoltValue tuple = molt_tuple_from_borrowed(args, nargs);
    MoltValue group = molt_exception_new(type, tuple);
    molt_decref(tuple);
    ((MoltException *)molt_as_ptr(group))->exceptions = exceptions;
    return group;
}

/* The message given at construction (args[0] unless args was replaced). */
static MoltValue group_message(MoltValue self) {
    MoltValue args = ((MoltException *)molt_as_ptr(self))->args;
    if (molt_tuple_length(args) > 0 && molt_is_str(molt_tuple_items(args)[0])) return molt_tuple_items(args)[0];
    return molt_str_empty();
}

static MoltValue group_exceptions(MoltValue self) { return ((MoltException *)molt_as_ptr(self))->exceptions; }

/* "message (N sub-exceptions)" */
static MoltValue group_str(MoltValue self) {
    int64_t count = molt_tuple_length(group_exceptions(self));
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_str(&buffer, group_message(self));
    char text[64];
    snprintf(text, sizeof text, " (%lld sub-exception%s)", (long long)count, count == 1 ? "" : "s");
    molt_buffer_append_cstr(&buffer, text);
    return molt_buffer_finish(&buffer);
}

static MoltValue group_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "message") == 0) return molt_new_reference(group_message(self));
    if (strcmp(name, "exceptions") == 0) return molt_new_reference(group_exceptions(self));
    return molt_exception_getattr(self, name);
}

/* ---- split and subgroup ---------------------------------------------------------- */

/* What split() tests each exception with: a class, a tuple of classes, a
 * predicate, or (for except*) membership of a leaf in a list of leaves. */
typedef struct Condition {
    MoltValue value;
    bool is_predicate;
    MoltValue leaves;          /* a list, or MOLT_NONE */
} Condition;

static int make_condition(MoltValue value, Condition *out) {
    out->value = value;
    out->is_predicate = false;
    out->leaves = MOLT_NONE;
    if (molt_is_exception_type(value)) return 0;
    if (molt_is_tuple(value)) {
        bool all_types = true;
        for (int64_t i = 0; i < molt_tuple_length(value); i++)
            all_types = all_types && molt_is_exception_type(molt_tuple_items(value)[i]);
        if (all_types) return 0;
    } else if (!molt_is_type(value) && molt_is_callable(value)) {
        out->is_predicate = true;
        return 0;
    }
    molt_raise_format(&molt_type_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int condition_matches(const Condition *condition, MoltValue exception) {
    if (condition->leaves != MOLT_NONE) {
        if (molt_is_exception_group(exception)) return 0;
        const MoltList *leaves = molt_list_object(condition->leaves);
        for (int64_t i = 0; i < leaves->length; i++)
            if (leaves->items[i] == exception) return 1;
        return 0;
    }
    if (condition->is_predicate) {
        MoltValue result = molt_call(condition->value, &exception, 1, MOLT_NONE);
        if (result == MOLT_ERROR) return -1;
        int truth = molt_truthy(result);
        molt_decref(result);
        return truth;
    }
    const MoltType *type = molt_type_of(exception);
    if (!molt_is_tuple(condition->value)) return molt_type_is_subtype(type, molt_as_type(condition->value));
    for (int64_t i = 0; i < molt_tuple_length(condition->value); i++)
        if (molt_type_is_subtype(type, molt_as_type(molt_tuple_items(condition->value)[i]))) return 1;
    return 0;
}

/* self.derive(parts) with self's metadata, or None when parts is empty.
 * Consumes `parts` (a list). */
static MoltValue derived_part(MoltValue self, MoltValue parts) {
    if (molt_list_object(parts)->length == 0) {
        molt_decref(parts);
        return MOLT_NONE;
    }
    MoltValue part = molt_call_method(self, "derive", &parts, 1, MOLT_NONE);
    molt_decref(parts);
    if (part == MOLT_ERROR) return MOLT_ERROR;
    if (!molt_is_exception_group(part)) {
        molt_decref(part);
        return molt_raise_format(&molt_type_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    molt_exception_copy_metadata(part, self);
    return part;
}

/* Splits `exception` into the part matching `condition` (*match) and the
 * rest (*rest, when wanted), each None when empty. */
static int split_recursive(MoltValue exception, const Condition *condition, MoltValue *match, MoltValue *rest) {
    *match = MOLT_NONE;
    if (rest) *rest = MOLT_NONE;
    int matched = condition_matches(condition, exception);
    if (matched < 0) return -1;
    if (matched) {
        *match = molt_new_reference(exception);
        return 0;
    }
    if (!molt_is_exception_group(exception)) {
        if (rest) *rest = molt_new_reference(exception);
        return 0;
    }
    MoltValue match_parts = molt_list_new(0), rest_parts = rest ? molt_list_new(0) : MOLT_NONE;
    MoltValue children = group_exceptions(exception);
    molt_incref(children);   /* a predicate could replace nothing, but keep the tuple alive anyway */
    int status = 0;
    for (int64_t i = 0; i < molt_tuple_length(children) && status == 0; i++) {
        MoltValue child_match, child_rest;
        status = split_recursive(molt_tuple_items(children)[i], condition, &child_match, rest ? &child_rest : NULL);
        if (status < 0) break;
        if (child_match != MOLT_NONE) status = molt_list_append(match_parts, child_match);
        molt_decref(child_match);
        if (rest) {
            if (status == 0 && child_rest != MOLT_NONE) status = molt_list_append(rest_parts, child_rest);
            molt_decref(child_rest);
        }
    }
    molt_decref(children);
    if (status < 0) {
        molt_decref(match_parts);
        molt_decref(rest_parts);
        return -1;
    }
    *match = derived_part(exception, match_parts);
    if (*match == MOLT_ERROR) {
        *match = MOLT_NONE;
        molt_decref(rest_parts);
        return -1;
    }
    if (rest) {
        *rest = derived_part(exception, rest_parts);
        if (*rest == MOLT_ERROR) {
            *rest = MOLT_NONE;
            molt_decref(*match);
            *match = MOLT_NONE;
            return -1;
        }
    }
    return 0;
}

MoltValue molt_exception_group_split(MoltValue group, MoltValue condition_value) {
    Condition condition;
    if (make_condition(condition_value, &condition) < 0) return MOLT_ERROR;
    MoltValue match, rest;
    if (split_recursive(group, &condition, &match, &rest) < 0) return MOLT_ERROR;
    MoltValue pair = molt_tuple_pair(match, rest);
    molt_decref(match);
    molt_decref(rest);
    return pair;
}

static MoltValue group_subgroup(MoltValue group, MoltValue condition_value) {
    Condition condition;
    if (make_condition(condition_value, &condition) < 0) return MOLT_ERROR;
    MoltValue match;
    if (split_recursive(group, &condition, &match, NULL) < 0) return MOLT_ERROR;
    return match;
}

static int append_leaves(MoltValue exception, MoltValue leaves) {
    if (!molt_is_exception_group(exception)) return molt_list_append(leaves, exception);
    MoltValue children = group_exceptions(exception);
    for (int64_t i = 0; i < molt_tuple_length(children); i++)
        if (append_leaves(molt_tuple_items(children)[i], leaves) < 0) return -1;
    return 0;
}

MoltValue molt_exception_group_project(MoltValue group, const MoltValue *parts, size_t count) {
    Condition condition = {MOLT_NONE, false, molt_list_new(0)};
    for (size_t i = 0; i < count; i++) {
        if (append_leaves(parts[i], condition.leaves) < 0) {
            molt_decref(condition.leaves);
            return MOLT_ERROR;
        }
    }
    MoltValue match;
    int status = split_recursive(group, &condition, &match, NULL);
    molt_decref(condition.leaves);
    return status < 0 ? MOLT_ERROR : match;
}

/* derive(excs): a plain group with self's message (no metadata: split adds it). */
static MoltValue group_derive(MoltValue self, MoltValue exceptions) {
    MoltValue args[2] = {group_message(self), exceptions};
    return molt_call(molt_from_type(&molt_type_BaseExceptionGroup), args, 2, MOLT_NONE);
}

static MoltValue group_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    bool split = strcmp(name, "split") == 0, subgroup = strcmp(name, "subgroup") == 0;
    bool derive = strcmp(name, "derive") == 0;
    if (split || subgroup || derive) {
        char qualified[64];
        snprintf(qualified, sizeof qualified, "BaseExceptionGroup.%s", name);
        if (molt_args_exactly_one(qualified, nargs, kwnames) < 0) return MOLT_ERROR;
        if (split) return molt_exception_group_split(self, args[0]);
        if (subgroup) return group_subgroup(self, args[0]);
        return group_derive(self, args[0]);
    }
    return molt_exception_call_method(self, name, args, nargs, kwnames);
}

static const char *const group_method_names[] = {"with_traceback", "add_note", "split", "subgroup", "derive", NULL};

#define MOLT_EXCEPTION(name, base)
#define MOLT_EXCEPTION_GROUP(group_name, base_name)               \
    MoltType molt_type_##group_name = {                           \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},      \
        .name = #group_name,                                      \
        .base = &molt_type_##base_name,                           \
        .dealloc = molt_exception_dealloc,                        \
        .repr = molt_exception_repr,                              \
        .str = group_str,                                         \
        .hash = molt_object_hash_identity,                        \
        .call = group_call,                                       \
        .call_method = group_call_method,                         \
        .getattr = group_getattr,                                 \
        .method_names = group_method_names,                       \
        .traverse = molt_exception_traverse,                      \
        .clear = molt_exception_gc_clear,                         \
    };
#include "molt/exceptions.def"
#undef MOLT_EXCEPTION_GROUP
#undef MOLT_EXCEPTION
