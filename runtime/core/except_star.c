/* try/except*: the steps the compiler lowers each except* clause to (see
 * build_try_star in compiler/hir/hir_build.c): matching the unhandled rest
 * against a clause's types, making the matched part the handled exception,
 * and combining what the clauses raised with the rest, as CPython 3.12's
 * CHECK_EG_MATCH and PREP_RERAISE_STAR do. */
#include "molt/molt.h"
#include "../objects/exc_object.h"
#include "../objects/list.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* An except* clause's types: exception classes, and no group classes. */
static int check_clause_type(MoltValue type) {
    if (!molt_is_exception_type(type)) {
        molt_raise_format(&molt_type_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (molt_type_is_subtype(molt_as_type(type), &molt_type_BaseExceptionGroup)) {
        molt_raise_format(&molt_type_TypeError,
                          "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

/* A naked exception matched by except* reaches the handler wrapped in a group. */
static MoltValue wrapped_in_group(MoltValue exception) {
    MoltValue items = molt_tuple_from_borrowed(&exception, 1);
    MoltValue args[2] = {molt_str_empty(), items};
    MoltValue group = molt_call(molt_from_type(&molt_type_BaseExceptionGroup), args, 2, MOLT_NONE);
    molt_decref(items);
    return group;
}

MoltValue molt_except_star_match(MoltValue rest, MoltValue type) {
    if (molt_is_tuple(type)) {
        for (int64_t i = 0; i < molt_tuple_length(type); i++)
            if (check_clause_type(molt_tuple_items(type)[i]) < 0) return MOLT_ERROR;
    } else if (check_clause_type(type) < 0) {
        return MOLT_ERROR;
    }
    if (rest == MOLT_NONE) return molt_tuple_pair(MOLT_NONE, MOLT_NONE);
    bool matched = false;
    const MoltType *rest_type = molt_type_of(rest);
    if (!molt_is_tuple(type)) matched = molt_type_is_subtype(rest_type, molt_as_type(type));
    for (int64_t i = 0; molt_is_tuple(type) && i < molt_tuple_length(type); i++)
        matched = matched || molt_type_is_subtype(rest_type, molt_as_type(molt_tuple_items(type)[i]));
    if (matched) {
        if (molt_is_exception_group(rest)) return molt_tuple_pair(rest, MOLT_NONE);
        MoltValue group = wrapped_in_group(rest);
        if (group == MOLT_ERROR) return MOLT_ERROR;
        MoltValue pair = molt_tuple_pair(group, MOLT_NONE);
        molt_decref(group);
        return pair;
    }
    if (molt_is_exception_group(rest)) return molt_call_method(rest, "split", &type, 1, MOLT_NONE);
    return molt_tuple_pair(MOLT_NONE, rest);
}

MoltValue molt_except_star_enter(MoltValue match) {
    molt_incref(match);
    return molt_exc_restore_recorded(match);
}

/* Was `exception` re-raised from `original` unchanged (bare raise, or the
 * unhandled rest), rather than raised anew? */
static bool is_reraised_part(MoltValue exception, MoltValue original) {
    const MoltException *a = molt_as_ptr(exception), *b = molt_as_ptr(original);
    return a->cause == b->cause && a->context == b->context && a->traceback_length == b->traceback_length &&
           a->raise_count == b->raise_count && a->notes == b->notes;
}

/* The exception the try statement ends with: None, or what the clauses raised
 * (in order) and the parts of `original` re-raised or unhandled, which keep
 * their place in original's shape. */
static MoltValue final_exception(MoltValue original, MoltValue raised, MoltValue rest) {
    const MoltList *list = molt_list_object(raised);
    if (!molt_is_exception_group(original)) {
        /* A naked exception: one clause at most ran, so one exception at most remains. */
        MoltValue only = list->length > 0 ? list->items[0] : rest;
        molt_incref(only);
        return only;
    }
    MoltValue new_ones = molt_list_new(0), reraised = molt_list_new(0);
    int status = 0;
    for (int64_t i = 0; i < list->length && status == 0; i++) {
        MoltValue item = list->items[i];
        status = molt_list_append(is_reraised_part(item, original) ? reraised : new_ones, item);
    }
    if (status == 0 && rest != MOLT_NONE) status = molt_list_append(reraised, rest);
    MoltValue result = MOLT_ERROR;
    MoltValue kept = status < 0 ? MOLT_ERROR
                                : molt_exception_group_project(original, molt_list_object(reraised)->items,
                                                               (size_t)molt_list_object(reraised)->length);
    if (kept != MOLT_ERROR) {
        const MoltList *fresh = molt_list_object(new_ones);
        if (fresh->length == 0) {
            result = kept;
        } else {
            if (kept != MOLT_NONE) status = molt_list_append(new_ones, kept);
            molt_decref(kept);
            if (status < 0) {
                result = MOLT_ERROR;
            } else if (fresh->length == 1) {
                result = fresh->items[0];
                molt_incref(result);
            } else {
                MoltValue args[2] = {molt_str_empty(), new_ones};
                result = molt_call(molt_from_type(&molt_type_BaseExceptionGroup), args, 2, MOLT_NONE);
            }
        }
    }
    molt_decref(new_ones);
    molt_decref(reraised);
    return result;
}

MoltValue molt_except_star_finish(MoltValue original, MoltValue raised, MoltValue rest) {
    MoltValue result = final_exception(original, raised, rest);
    if (result == MOLT_ERROR || result == MOLT_NONE) return result;
    /* Raised as it is: no __context__ of the try's own exception. */
    return molt_exc_restore_recorded(result);
}
