/* Program start and end (see runtime.h): remembers argv and the script path,
 * and at exit flushes stdout and reports an uncaught exception exactly as
 * CPython does (traceback, chained exceptions, SystemExit's status). */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "buffer.h"
#include "gc.h"
#include "output.h"
#include "../objects/dict.h"
#include "../objects/exc_object.h"
#include "../objects/metatype.h"
#include "../modules/dataclasses_internal.h"
#include "../modules/datetime_internal.h"
#include "../modules/typing.h"
#include "../modules/argparse_internal.h"
#include "../modules/json_internal.h"
#include "../modules/re_internal.h"
#include "../modules/sys.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static int runtime_argc;
static char **runtime_argv;
static const char *runtime_script_path = "<script>";

void molt_runtime_init(int argc, char **argv, const char *script_path) {
    runtime_argc = argc;
    runtime_argv = argv;
    if (script_path) runtime_script_path = script_path;
}

char **molt_runtime_arguments(int *argc) {
    *argc = runtime_argc;
    return runtime_argv;
}

/* Where the traceback printer is inside exception groups, as CPython's
 * traceback module tracks it: each group level indents by two columns and
 * draws a margin; need_close tells whether the innermost group still owes
 * its closing line. */
typedef struct TracebackContext {
    int group_depth;
    bool need_close;
} TracebackContext;

enum { GROUP_MAX_WIDTH = 15, GROUP_MAX_DEPTH = 10 };

static void append_indent(MoltBuffer *out, const TracebackContext *context) {
    for (int i = 0; i < 2 * context->group_depth; i++) molt_buffer_append(out, " ", 1);
}

/* Appends `text`, each of its lines prefixed by the indent and, inside a
 * group, the margin character. */
static void emit(MoltBuffer *out, const TracebackContext *context, char margin, const char *text, size_t length) {
    size_t start = 0;
    while (start < length) {
        const char *newline = memchr(text + start, '\n', length - start);
        size_t end = newline ? (size_t)(newline - text) + 1 : length;
        append_indent(out, context);
        if (context->group_depth) {
            char prefix[2] = {margin, ' '};
            molt_buffer_append(out, prefix, 2);
        }
        molt_buffer_append(out, text + start, end - start);
        start = end;
    }
}

static void emit_cstr(MoltBuffer *out, const TracebackContext *context, const char *text) {
    emit(out, context, '|', text, strlen(text));
}

/* The exception's class as CPython's traceback names it: its qualname, after
 * its module unless that is __main__ or builtins ("dataclasses.FrozenInstanceError"). */
static void append_exception_type(MoltBuffer *line, const MoltType *type) {
    const char *module = molt_type_module_name(type);
    if (strcmp(module, "__main__") != 0 && strcmp(module, "builtins") != 0) {
        molt_buffer_append_cstr(line, module);
        molt_buffer_append(line, ".", 1);
    }
    molt_buffer_append_cstr(line, molt_type_qualname(type));
}

/* "TypeName: message" (or just "TypeName" when str(e) is empty), then the
 * exception's notes, one per line. */
static void append_exception_only(MoltBuffer *out, const TracebackContext *context, MoltValue exception) {
    MoltBuffer line;
    molt_buffer_init(&line);
    append_exception_type(&line, molt_type_of(exception));
    MoltValue text = molt_str(exception);
    if (text == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        molt_buffer_append_cstr(&line, ": <exception str() failed>");
    } else {
        size_t length;
        molt_str_utf8(text, &length);
        if (length > 0) {
            molt_buffer_append(&line, ": ", 2);
            molt_buffer_append_str(&line, text);
        }
        molt_decref(text);
    }
    molt_buffer_append(&line, "\n", 1);
    MoltValue notes = ((MoltException *)molt_as_ptr(exception))->notes;
    if (notes != MOLT_UNBOUND && molt_is_list(notes)) {
        const MoltList *list = molt_list_object(notes);
        for (int64_t i = 0; i < list->length; i++) {
            if (molt_buffer_append_str_of(&line, list->items[i]) < 0) {
                molt_decref(molt_exc_fetch());
                molt_buffer_append_cstr(&line, "<note str() failed>");
            }
            molt_buffer_append(&line, "\n", 1);
        }
    }
    emit(out, context, '|', line.data, line.length);
    molt_buffer_free(&line);
}

static void append_frames(MoltBuffer *out, const TracebackContext *context, const MoltException *exception) {
    for (size_t i = exception->traceback_length; i-- > 0;) {
        const MoltTracebackEntry *entry = &exception->traceback[i];
        char line[64];
        MoltBuffer frame;
        molt_buffer_init(&frame);
        molt_buffer_append_cstr(&frame, "  File \"");
        molt_buffer_append_cstr(&frame, entry->file ? entry->file : runtime_script_path);
        snprintf(line, sizeof line, "\", line %d, in ", entry->line);
        molt_buffer_append_cstr(&frame, line);
        molt_buffer_append_cstr(&frame, entry->function_name);
        molt_buffer_append(&frame, "\n", 1);
        emit(out, context, '|', frame.data, frame.length);
        molt_buffer_free(&frame);
    }
}

static void append_exception(MoltBuffer *out, MoltValue value, int depth, TracebackContext *context);

/* A group: its own traceback and line, then each sub-exception in a box
 * (at most GROUP_MAX_WIDTH of them, GROUP_MAX_DEPTH levels deep). */
static void append_group(MoltBuffer *out, MoltValue value, int depth, TracebackContext *context) {
    MoltException *exception = molt_as_ptr(value);
    bool top_level = context->group_depth == 0;
    if (top_level) context->group_depth++;
    if (exception->traceback_length > 0) {
        const char *header = "Exception Group Traceback (most recent call last):\n";
        emit(out, context, top_level ? '+' : '|', header, strlen(header));
        append_frames(out, context, exception);
    }
    append_exception_only(out, context, value);
    MoltValue children = exception->exceptions;
    int64_t count = molt_tuple_length(children);
    int64_t shown = count <= GROUP_MAX_WIDTH ? count : GROUP_MAX_WIDTH + 1;
    context->need_close = false;
    for (int64_t i = 0; i < shown; i++) {
        bool last = i == shown - 1, truncated = i >= GROUP_MAX_WIDTH;
        if (last) context->need_close = true;
        char title[64];
        if (truncated) snprintf(title, sizeof title, "+---------------- ... ----------------\n");
        else snprintf(title, sizeof title, "+---------------- %lld ----------------\n", (long long)i + 1);
        append_indent(out, context);
        molt_buffer_append_cstr(out, i == 0 ? "+-" : "  ");
        molt_buffer_append_cstr(out, title);
        context->group_depth++;
        if (!truncated) {
            append_exception(out, molt_tuple_items(children)[i], depth + 1, context);
        } else {
            char more[64];
            int64_t remaining = count - GROUP_MAX_WIDTH;
            snprintf(more, sizeof more, "and %lld more exception%s\n", (long long)remaining, remaining > 1 ? "s" : "");
            emit_cstr(out, context, more);
        }
        if (last && context->need_close) {
            append_indent(out, context);
            molt_buffer_append_cstr(out, "+------------------------------------\n");
            context->need_close = false;
        }
        context->group_depth--;
    }
    if (top_level) context->group_depth = 0;
}

static void append_exception(MoltBuffer *out, MoltValue value, int depth, TracebackContext *context) {
    MoltException *exception = molt_as_ptr(value);
    /* Chained exceptions first, as CPython prints them (bounded: cycles are possible). */
    if (depth < 32) {
        if (molt_is_exception(exception->cause)) {
            append_exception(out, exception->cause, depth + 1, context);
            emit_cstr(out, context, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!exception->suppress_context && molt_is_exception(exception->context)) {
            append_exception(out, exception->context, depth + 1, context);
            emit_cstr(out, context, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (molt_is_exception_group(value)) {
        if (context->group_depth > GROUP_MAX_DEPTH) {
            char text[64];
            snprintf(text, sizeof text, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
            emit_cstr(out, context, text);
        } else {
            append_group(out, value, depth, context);
        }
        return;
    }
    if (exception->traceback_length > 0) {
        emit_cstr(out, context, "Traceback (most recent call last):\n");
        append_frames(out, context, exception);
    }
    append_exception_only(out, context, value);
}

/* SystemExit's status: None → 0, an int → itself, anything else printed → 1. */
static int system_exit_status(MoltValue exception) {
    MoltValue args = ((MoltException *)molt_as_ptr(exception))->args;
    int64_t count = molt_tuple_length(args);
    MoltValue code = count == 0 ? MOLT_NONE : count == 1 ? molt_tuple_items(args)[0] : args;
    if (code == MOLT_NONE) return 0;
    int64_t status;
    if (molt_is_int(code) && molt_int_to_i64(code, &status)) return (int)status;
    MoltBuffer out;
    molt_buffer_init(&out);
    if (molt_buffer_append_str_of(&out, code) < 0) molt_decref(molt_exc_fetch());
    molt_buffer_append(&out, "\n", 1);
    molt_output_stderr(out.data, out.length);
    molt_buffer_free(&out);
    return 1;
}

int molt_runtime_finish(MoltValue module_result) {
    int status = 0;
    if (module_result == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        if (molt_is_exception(exception)) {
            if (molt_type_is_subtype(molt_type_of(exception), &molt_type_SystemExit)) {
                status = system_exit_status(exception);
            } else {
                MoltBuffer out;
                molt_buffer_init(&out);
                TracebackContext context = {0, false};
                append_exception(&out, exception, 0, &context);
                molt_output_stderr(out.data, out.length);
                molt_buffer_free(&out);
                status = 1;
            }
        } else {
            status = 1;
        }
        molt_decref(exception);
    } else {
        molt_decref(module_result);
    }
    molt_output_flush();
    (void)runtime_argc;
    (void)runtime_argv;
    return status;
}

void molt_runtime_release(void) {
    molt_user_modules_teardown();
    molt_metatype_release();   /* the classes abc and enum made drop their last references */
    molt_dataclasses_release();
    molt_typing_release();   /* typing.Generic, after the classes deriving from it */
    molt_json_release();
    molt_argparse_release();   /* argparse.Namespace */
    molt_re_release();         /* the compile cache and re.error */
    molt_sys_release();
    molt_datetime_release();   /* datetime.IsoCalendarDate and time.struct_time */
    molt_time_release();
    molt_gc_shutdown();
}
