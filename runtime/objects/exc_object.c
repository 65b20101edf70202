/* BaseException instances and the builtin exception classes listed in
 * include/molt/exceptions.def: construction by calling the class, args,
 * str()/repr(), chaining links, and per-instance traceback entries. */
#include <stdlib.h>
#include <string.h>

#include "exc_object.h"
#include "list.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"

bool molt_is_exception(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_type_of(v), &molt_type_BaseException);
}

bool molt_is_exception_type(MoltValue v) {
    return molt_is_type(v) && molt_type_is_subtype(molt_as_type(v), &molt_type_BaseException);
}

MoltValue molt_exception_new(const MoltType *type, MoltValue args) {
    MoltException *exception = molt_gc_allocate(sizeof *exception, type);
    molt_exception_init_fields(exception, args);
    return molt_from_ptr(exception);
}

void molt_exception_init_fields(MoltException *exception, MoltValue args) {
    molt_incref(args);
    exception->args = args;
    exception->cause = MOLT_NONE;
    exception->context = MOLT_NONE;
    exception->notes = MOLT_UNBOUND;
    exception->exceptions = MOLT_NONE;
    exception->suppress_context = false;
    exception->raise_count = 0;
}

void molt_exception_copy_metadata(MoltValue to_value, MoltValue from_value) {
    MoltException *to = molt_as_ptr(to_value), *from = molt_as_ptr(from_value);
    to->traceback_length = 0;
    for (size_t i = 0; i < from->traceback_length; i++)
        molt_exception_add_traceback(to_value, from->traceback[i].file, from->traceback[i].function_name,
                                     from->traceback[i].line);
    to->raise_count = from->raise_count;
    molt_incref(from->context);
    molt_decref(to->context);
    to->context = from->context;
    molt_incref(from->cause);
    molt_decref(to->cause);
    to->cause = from->cause;
    to->suppress_context = true;   /* as setting __cause__ does */
    if (from->notes != MOLT_UNBOUND && molt_is_list(from->notes)) {
        /* Each part gets its own list, so that a note added to one is not on the others. */
        MoltValue notes = molt_list_from_iterable(from->notes);
        if (to->notes != MOLT_UNBOUND) molt_decref(to->notes);
        to->notes = notes;
    }
}

void molt_exception_add_traceback(MoltValue value, const char *file, const char *function_name, int line) {
    MoltException *exception = molt_as_ptr(value);
    if (exception->traceback_capacity == 0) {
        exception->traceback = exception->inline_traceback;
        exception->traceback_capacity = MOLT_EXCEPTION_INLINE_TRACEBACK;
    }
    if (exception->traceback_length == exception->traceback_capacity) {
        size_t capacity = exception->traceback_capacity * 2;
        bool is_inline = exception->traceback == exception->inline_traceback;
        MoltTracebackEntry *grown = realloc(is_inline ? NULL : exception->traceback, capacity * sizeof *grown);
        if (!grown) abort();
        if (is_inline) memcpy(grown, exception->inline_traceback, sizeof exception->inline_traceback);
        exception->traceback = grown;
        exception->traceback_capacity = capacity;
    }
    exception->traceback[exception->traceback_length++] =
        (MoltTracebackEntry){file, function_name, line};
}

void molt_exception_dealloc(MoltObject *object) {
    MoltException *exception = (MoltException *)object;
    molt_decref(exception->args);
    molt_decref(exception->cause);
    molt_decref(exception->context);
    if (exception->notes != MOLT_UNBOUND) molt_decref(exception->notes);
    molt_decref(exception->exceptions);
    if (exception->traceback != exception->inline_traceback) free(exception->traceback);
    molt_gc_free(object);
}

static MoltValue exception_call(MoltValue callable, const MoltValue *args, size_t nargs,
                                MoltValue kwnames) {
    const MoltType *type = molt_as_type(callable);
    if (molt_args_no_keywords(type->name, kwnames) < 0) return MOLT_ERROR;
    if (molt_unicode_error_check_arguments(type, args, nargs) < 0) return MOLT_ERROR;
    MoltValue tuple = molt_tuple_from_borrowed(args, nargs);
    MoltValue exception = molt_exception_new(type, tuple);
    molt_decref(tuple);
    return exception;
}

static MoltValue exception_args(MoltValue self) { return ((MoltException *)molt_as_ptr(self))->args; }

/* OSError(errno, strerror[, filename]) reads "[Errno 2] No such file: 'x'". */
static MoltValue os_error_str(MoltValue args) {
    int64_t count = molt_tuple_length(args);
    const MoltValue *items = molt_tuple_items(args);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, "[Errno ");
    int status = molt_buffer_append_str_of(&buffer, items[0]);
    if (status == 0) {
        molt_buffer_append(&buffer, "] ", 2);
        status = molt_buffer_append_str_of(&buffer, items[1]);
    }
    if (status == 0 && count >= 3 && items[2] != MOLT_NONE) {
        molt_buffer_append(&buffer, ": ", 2);
        status = molt_buffer_append_repr(&buffer, items[2]);
    }
    if (status < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&buffer);
}

static MoltValue exception_str(MoltValue self) {
    MoltValue args = exception_args(self);
    int64_t count = molt_tuple_length(args);
    if (count >= 2 && count <= 5 && molt_type_is_subtype(molt_type_of(self), &molt_type_OSError))
        return os_error_str(args);
    if (molt_unicode_error_is_structured(molt_type_of(self), args)) return molt_unicode_error_str(self, args);
    if (count == 0) return molt_str_from_utf8("", 0);
    if (count == 1) {
        /* KeyError shows the key as repr so that KeyError('') is readable. */
        if (molt_type_is_subtype(molt_type_of(self), &molt_type_KeyError))
            return molt_repr(molt_tuple_items(args)[0]);
        return molt_str(molt_tuple_items(args)[0]);
    }
    return molt_str(args);
}

MoltValue molt_exception_repr(MoltValue self) {
    MoltValue args = exception_args(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, molt_type_of(self)->name);
    int status;
    if (molt_tuple_length(args) == 1) {
        molt_buffer_append(&buffer, "(", 1);
        status = molt_buffer_append_repr(&buffer, molt_tuple_items(args)[0]);
        molt_buffer_append(&buffer, ")", 1);
    } else {
        status = molt_buffer_append_repr(&buffer, args);
    }
    if (status < 0) {
        molt_buffer_free(&buffer);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&buffer);
}

MoltValue molt_exception_getattr(MoltValue self, const char *name) {
    MoltException *exception = molt_as_ptr(self);
    const MoltType *type = molt_type_of(self);
    if (strcmp(name, "args") == 0) return molt_new_reference(exception->args);
    if (strcmp(name, "__cause__") == 0) return molt_new_reference(exception->cause);
    if (strcmp(name, "__context__") == 0) return molt_new_reference(exception->context);
    if (strcmp(name, "__suppress_context__") == 0) return molt_from_bool(exception->suppress_context);
    if (strcmp(name, "__traceback__") == 0) return MOLT_NONE;
    if (strcmp(name, "__notes__") == 0 && exception->notes != MOLT_UNBOUND) return molt_new_reference(exception->notes);
    if (molt_type_is_subtype(type, &molt_type_OSError)) {
        int64_t count = molt_tuple_length(exception->args);
        bool structured = count >= 2 && count <= 5;
        int index = strcmp(name, "errno") == 0 ? 0 : strcmp(name, "strerror") == 0 ? 1
                    : strcmp(name, "filename") == 0 ? 2 : -1;
        if (index >= 0) {
            if (!structured || index >= count) return MOLT_NONE;
            return molt_new_reference(molt_tuple_items(exception->args)[index]);
        }
    }
    if (molt_unicode_error_is_structured(type, exception->args)) {
        MoltValue attribute = molt_unicode_error_getattr(self, exception->args, name);
        if (attribute != MOLT_NOT_IMPLEMENTED) return attribute;
    }
    bool first_arg_attribute =
        (strcmp(name, "value") == 0 && molt_type_is_subtype(type, &molt_type_StopIteration)) ||
        (strcmp(name, "code") == 0 && molt_type_is_subtype(type, &molt_type_SystemExit));
    if (first_arg_attribute) {
        int64_t count = molt_tuple_length(exception->args);
        if (count == 0) return MOLT_NONE;
        if (count == 1 || strcmp(name, "value") == 0)
            return molt_new_reference(molt_tuple_items(exception->args)[0]);
        return molt_new_reference(exception->args);
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* e.add_note(text): appends to __notes__, creating the list on first use. */
static MoltValue exception_add_note(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("BaseException.add_note", nargs, kwnames) < 0) return MOLT_ERROR;
    if (!molt_is_str(args[0]))
        return molt_raise_format(&molt_type_TypeError, "note must be a str, not '%s'", molt_type_of(args[0])->name);
    MoltException *exception = molt_as_ptr(self);
    if (exception->notes == MOLT_UNBOUND) exception->notes = molt_list_new(0);
    if (!molt_is_list(exception->notes))
        return molt_raise_format(&molt_type_TypeError, "Cannot add note: __notes__ is not a list");
    if (molt_list_append(exception->notes, args[0]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}

MoltValue molt_exception_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    if (strcmp(name, "with_traceback") == 0) {
        if (molt_args_exactly_one("BaseException.with_traceback", nargs, kwnames) < 0)
            return MOLT_ERROR;
        return molt_new_reference(self);
    }
    if (strcmp(name, "add_note") == 0) return exception_add_note(self, args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

const char *const molt_exception_method_names[] = {"with_traceback", "add_note", NULL};

#define MOLT_EXCEPTION(exception_name, base_name)                 \
    MoltType molt_type_##exception_name = {                       \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},      \
        .name = #exception_name,                                  \
        .base = &molt_type_##base_name,                           \
        .dealloc = molt_exception_dealloc,                        \
        .repr = molt_exception_repr,                              \
        .str = exception_str,                                     \
        .hash = molt_object_hash_identity,                        \
        .call = exception_call,                                   \
        .call_method = molt_exception_call_method,                \
        .getattr = molt_exception_getattr,                        \
        .method_names = molt_exception_method_names,              \
        .traverse = molt_exception_traverse,                      \
        .clear = molt_exception_gc_clear,                         \
    };
#define MOLT_EXCEPTION_GROUP(name, base)   /* defined in exc_group.c */
#include "molt/exceptions.def"
#undef MOLT_EXCEPTION_GROUP
#undef MOLT_EXCEPTION

/* ---- the cycle collector's view (runtime/core/gc.c) ---- */

void molt_exception_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MoltException *exception = (MoltException *)self;
    visit(exception->args, context);
    visit(exception->cause, context);
    visit(exception->context, context);
    if (exception->notes != MOLT_UNBOUND) visit(exception->notes, context);
    visit(exception->exceptions, context);
}

/* args becomes an empty tuple rather than None: str() of an exception reads it. */
void molt_exception_gc_clear(MoltObject *self) {
    MoltException *exception = (MoltException *)self;
    MoltValue args = exception->args, cause = exception->cause, context = exception->context;
    MoltValue notes = exception->notes, exceptions = exception->exceptions;
    exception->args = molt_tuple_new(0);
    exception->cause = exception->context = MOLT_NONE;
    exception->notes = MOLT_UNBOUND;
    /* A group's str() and split read its tuple. */
    exception->exceptions = exceptions == MOLT_NONE ? MOLT_NONE : molt_tuple_new(0);
    molt_decref(args);
    molt_decref(cause);
    molt_decref(context);
    if (notes != MOLT_UNBOUND) molt_decref(notes);
    molt_decref(exceptions);
}
