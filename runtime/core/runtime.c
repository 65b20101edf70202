/* Program start and end (see runtime.h): remembers argv and the script path,
 * and at exit flushes stdout and reports an uncaught exception exactly as
 * CPython does (traceback, chained exceptions, SystemExit's status). */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "buffer.h"
#include "gc.h"
#include "output.h"
#include "../objects/exc_object.h"
#include "../objects/metatype.h"
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

/* "TypeName: message" (or just "TypeName" when str(e) is empty). */
static void append_exception_line(MoltBuffer *out, MoltValue exception) {
    molt_buffer_append_cstr(out, molt_type_qualname(molt_type_of(exception)));
    MoltValue text = molt_str(exception);
    if (text == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        molt_buffer_append_cstr(out, ": <exception str() failed>");
    } else {
        size_t length;
        molt_str_utf8(text, &length);
        if (length > 0) {
            molt_buffer_append(out, ": ", 2);
            molt_buffer_append_str(out, text);
        }
        molt_decref(text);
    }
    molt_buffer_append(out, "\n", 1);
}

static void append_exception(MoltBuffer *out, MoltValue value, int depth) {
    MoltException *exception = molt_as_ptr(value);
    /* Chained exceptions first, as CPython prints them (bounded: cycles are possible). */
    if (depth < 32) {
        if (molt_is_exception(exception->cause)) {
            append_exception(out, exception->cause, depth + 1);
            molt_buffer_append_cstr(out, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!exception->suppress_context && molt_is_exception(exception->context)) {
            append_exception(out, exception->context, depth + 1);
            molt_buffer_append_cstr(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (exception->traceback_length > 0) {
        molt_buffer_append_cstr(out, "Traceback (most recent call last):\n");
        for (size_t i = exception->traceback_length; i-- > 0;) {
            const MoltTracebackEntry *entry = &exception->traceback[i];
            char line[64];
            molt_buffer_append_cstr(out, "  File \"");
            molt_buffer_append_cstr(out, runtime_script_path);
            snprintf(line, sizeof line, "\", line %d, in ", entry->line);
            molt_buffer_append_cstr(out, line);
            molt_buffer_append_cstr(out, entry->function_name);
            molt_buffer_append(out, "\n", 1);
        }
    }
    append_exception_line(out, value);
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
                append_exception(&out, exception, 0);
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
    molt_metatype_release();   /* the classes abc and enum made drop their last references */
    molt_gc_shutdown();
}
