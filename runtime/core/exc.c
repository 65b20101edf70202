/* The exception state of the runtime: the exception currently propagating,
 * the stack of exceptions being handled by active except clauses, and the
 * raise/match/fetch operations generated code uses (see exc.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "molt/molt.h"
#include "../objects/exc_object.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static MoltValue current_exception = MOLT_NONE;
/* The propagating exception was re-raised (bare raise, the end of a finally,
 * except*'s steps) where it already has the current frame's traceback entry:
 * the next molt_traceback_add, made by that same frame, adds none. */
static bool current_recorded;
static MoltValue *handled_stack;
static size_t handled_length, handled_capacity;

/* Makes `exception` (owned) the propagating one. A new exception raised while
 * another is being handled records that one as its __context__. */
static void set_current(MoltValue exception, bool chain) {
    if (chain && handled_length > 0) {
        MoltException *object = molt_as_ptr(exception);
        MoltValue handled = handled_stack[handled_length - 1];
        if (object->context == MOLT_NONE && handled != exception) {
            molt_incref(handled);
            object->context = handled;
        }
    }
    molt_decref(current_exception);
    current_exception = exception;
    current_recorded = false;
}

MoltValue molt_raise_format(const MoltType *type, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    MoltValue message = molt_str_vformat(format, arguments);
    va_end(arguments);
    MoltValue args = molt_tuple_from_owned(&message, 1);
    MoltValue exception = molt_exception_new(type, args);
    molt_decref(args);
    set_current(exception, true);
    return MOLT_ERROR;
}

/* An exception instance from a class or instance; MOLT_ERROR when neither. */
static MoltValue instantiate(MoltValue value, const char *not_exception_message) {
    /* An instance first: `raise E(...)` is the common form (no value is both). */
    if (molt_is_exception(value)) {
        molt_incref(value);
        return value;
    }
    if (molt_is_exception_type(value)) {
        MoltValue instance = molt_call(value, NULL, 0, MOLT_NONE);
        if (instance == MOLT_ERROR) return MOLT_ERROR;
        if (!molt_is_exception(instance)) {
            molt_decref(instance);
            return molt_raise_format(&molt_type_TypeError, "%s", not_exception_message);
        }
        return instance;
    }
    return molt_raise_format(&molt_type_TypeError, "%s", not_exception_message);
}

MoltValue molt_raise(MoltValue value, MoltValue cause) {
    MoltValue exception = instantiate(value, "exceptions must derive from BaseException");
    if (exception == MOLT_ERROR) return MOLT_ERROR;
    if (cause != MOLT_ERROR) {
        MoltValue cause_instance = MOLT_NONE;
        if (cause != MOLT_NONE) {
            cause_instance = instantiate(cause, "exception causes must derive from BaseException");
            if (cause_instance == MOLT_ERROR) {
                molt_decref(exception);
                return MOLT_ERROR;
            }
        }
        MoltException *object = molt_as_ptr(exception);
        molt_decref(object->cause);
        object->cause = cause_instance;
        object->suppress_context = true;
    }
    ((MoltException *)molt_as_ptr(exception))->raise_count++;
    set_current(exception, true);
    return MOLT_ERROR;
}

MoltValue molt_reraise(MoltValue handled) {
    /* Outside an except clause of its own, a bare raise re-raises what a
     * caller is handling (CPython's exc_info is not per frame). */
    if (handled == MOLT_NONE) handled = molt_exc_handled();
    if (handled == MOLT_NONE)
        return molt_raise_format(&molt_type_RuntimeError, "No active exception to reraise");
    molt_incref(handled);
    set_current(handled, false);
    current_recorded = true;
    return MOLT_ERROR;
}

MoltValue molt_exc_restore_recorded(MoltValue exception) {
    set_current(exception, false);
    current_recorded = true;
    return MOLT_ERROR;
}

void molt_traceback_add(const char *file, const char *function_name, int line) {
    if (current_recorded) {
        current_recorded = false;
        return;
    }
    if (molt_is_exception(current_exception))
        molt_exception_add_traceback(current_exception, file, function_name, line);
}

static int matches_one(const MoltType *type, MoltValue candidate) {
    if (!molt_is_exception_type(candidate)) {
        molt_raise_format(&molt_type_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return molt_type_is_subtype(type, molt_as_type(candidate));
}

int molt_exc_matches(MoltValue type_or_tuple) {
    if (current_exception == MOLT_NONE) return 0;
    const MoltType *type = molt_type_of(current_exception);
    if (molt_is_tuple(type_or_tuple)) {
        int64_t count = molt_tuple_length(type_or_tuple);
        for (int64_t i = 0; i < count; i++) {
            int result = matches_one(type, molt_tuple_items(type_or_tuple)[i]);
            if (result != 0) return result;
        }
        return 0;
    }
    return matches_one(type, type_or_tuple);
}

MoltValue molt_exc_fetch(void) {
    MoltValue exception = current_exception;
    current_exception = MOLT_NONE;
    current_recorded = false;
    return exception;
}

MoltValue molt_exc_restore(MoltValue exception) {
    set_current(exception, false);
    return MOLT_ERROR;
}

void molt_exc_push_handled(MoltValue exception) {
    if (handled_length == handled_capacity) {
        handled_capacity = handled_capacity ? handled_capacity * 2 : 16;
        handled_stack = realloc(handled_stack, handled_capacity * sizeof *handled_stack);
        if (!handled_stack) abort();
    }
    molt_incref(exception);
    handled_stack[handled_length++] = exception;
}

void molt_exc_pop_handled(void) {
    if (handled_length > 0) molt_decref(handled_stack[--handled_length]);
}

size_t molt_exc_handled_depth(void) { return handled_length; }

void molt_exc_handled_take(size_t depth, MoltValue *out) {
    for (size_t i = depth; i < handled_length; i++) out[i - depth] = handled_stack[i];
    if (depth < handled_length) handled_length = depth;
}

MoltValue molt_exc_handled(void) {
    return handled_length > 0 ? handled_stack[handled_length - 1] : MOLT_NONE;
}

MoltValue molt_raise_name_error(const char *name) {
    return molt_raise_format(&molt_type_NameError, "name '%s' is not defined", name);
}

MoltValue molt_raise_unbound_local(const char *name) {
    return molt_raise_format(&molt_type_UnboundLocalError,
                             "cannot access local variable '%s' where it is not associated with a value",
                             name);
}
