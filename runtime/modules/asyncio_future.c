/* asyncio's Future and Task (futures.py and tasks.py, as the C _asyncio
 * module implements them): states pending/cancelled/finished, done callbacks
 * scheduled with call_soon in the order added, Task.__step/__wakeup driving
 * a coroutine, cancellation (Task.cancel, cancelling/uncancel, CancelledError
 * thrown in at the await point), and the exceptions CancelledError and
 * InvalidStateError. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asyncio.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/exc_object.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

MoltModuleError async_cancelled_error = MOLT_MODULE_ERROR("CancelledError", "asyncio.exceptions",
                                                          &molt_type_BaseException);
MoltModuleError async_invalid_state_error = MOLT_MODULE_ERROR("InvalidStateError", "asyncio.exceptions",
                                                              &molt_type_Exception);

static bool is_instance_of_error(MoltValue exception, MoltModuleError *error) {
    MoltValue error_class = molt_module_error_class(error);
    if (error_class == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        return false;
    }
    return molt_is_ptr(exception) && molt_type_is_subtype(molt_type_of(exception), molt_as_ptr(error_class));
}

bool async_is_cancelled_error(MoltValue exception) { return is_instance_of_error(exception, &async_cancelled_error); }

bool async_is_cancelled_error_exactly(MoltValue exception) {
    MoltValue error_class = molt_module_error_class(&async_cancelled_error);
    if (error_class == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        return false;
    }
    return molt_type_of(exception) == molt_as_type(error_class);
}

MoltValue async_cancelled_error_new(MoltValue message) {
    MoltValue error_class = molt_module_error_class(&async_cancelled_error);
    if (error_class == MOLT_ERROR) return MOLT_ERROR;
    return molt_call(error_class, &message, message == MOLT_NONE ? 0 : 1, MOLT_NONE);
}

/* ---- futures -------------------------------------------------------------------------- */

bool async_is_future(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    const MoltType *type = ((MoltObject *)molt_as_ptr(v))->type;
    return type == &molt_type_asyncio_future || type == &molt_type_asyncio_task ||
           type == &molt_type_asyncio_gathering_future;
}

bool async_is_task(MoltValue v) { return molt_is_exact_instance(v, &molt_type_asyncio_task); }

MoltValue async_future_new(const MoltType *type) {
    AsyncFuture *future = molt_gc_allocate(sizeof(AsyncFuture), type);
    future->result = future->exception = future->cancel_message = future->cancelled_exc = MOLT_NONE;
    future->coro = future->name = future->fut_waiter = future->children = MOLT_NONE;
    return molt_from_ptr(future);
}

void async_future_add_callback(MoltValue self, AsyncCallbackFunction fn, MoltValue arg) {
    AsyncFuture *future = async_future_of(self);
    if (future->state != FUTURE_PENDING) {
        async_call_soon(fn, arg, self);
        return;
    }
    if (future->callback_count == future->callback_capacity) {
        future->callback_capacity = future->callback_capacity ? future->callback_capacity * 2 : 4;
        future->callbacks = realloc(future->callbacks, future->callback_capacity * sizeof(AsyncCallback));
        if (!future->callbacks) abort();
    }
    molt_incref(arg);
    future->callbacks[future->callback_count++] = (AsyncCallback){fn, arg, MOLT_NONE};
}

/* Removes the callbacks `matches` accepts, keeping the others in order. */
static size_t remove_callbacks(AsyncFuture *future, bool (*matches)(const AsyncCallback *, const void *),
                               const void *context) {
    size_t kept = 0, removed = 0;
    for (size_t i = 0; i < future->callback_count; i++) {
        AsyncCallback callback = future->callbacks[i];
        if (matches(&callback, context)) {
            molt_decref(callback.arg);
            removed++;
        } else {
            future->callbacks[kept++] = callback;
        }
    }
    future->callback_count = kept;
    return removed;
}

static bool same_c_callback(const AsyncCallback *callback, const void *context) {
    const AsyncCallback *wanted = context;
    return callback->fn == wanted->fn && callback->arg == wanted->arg;
}

size_t async_future_remove_callback(MoltValue self, AsyncCallbackFunction fn, MoltValue arg) {
    AsyncCallback wanted = {fn, arg, MOLT_NONE};
    return remove_callbacks(async_future_of(self), same_c_callback, &wanted);
}

/* The future left the pending state: its callbacks are scheduled, and a
 * task leaves the loop's list of pending tasks. */
static void schedule_callbacks(MoltValue self) {
    AsyncFuture *future = async_future_of(self);
    AsyncCallback *callbacks = future->callbacks;
    size_t count = future->callback_count;
    future->callbacks = NULL;
    future->callback_count = future->callback_capacity = 0;
    for (size_t i = 0; i < count; i++) {
        async_call_soon(callbacks[i].fn, callbacks[i].arg, self);
        molt_decref(callbacks[i].arg);
    }
    free(callbacks);
    if (async_is_task(self)) async_unregister_task(self);
}

void async_future_set_result(MoltValue self, MoltValue result) {
    AsyncFuture *future = async_future_of(self);
    molt_incref(result);
    future->result = result;
    future->state = FUTURE_FINISHED;
    schedule_callbacks(self);
}

void async_future_set_exception(MoltValue self, MoltValue exception) {
    AsyncFuture *future = async_future_of(self);
    molt_incref(exception);
    future->exception = exception;
    future->state = FUTURE_FINISHED;
    schedule_callbacks(self);
}

/* Future.cancel itself (also what a Task and a gather fall back on). */
static bool cancel_plain(MoltValue self, MoltValue message) {
    AsyncFuture *future = async_future_of(self);
    if (future->state != FUTURE_PENDING) return false;
    future->state = FUTURE_CANCELLED;
    molt_incref(message);
    molt_decref(future->cancel_message);
    future->cancel_message = message;
    schedule_callbacks(self);
    return true;
}

/* Task.cancel: the request goes to what the task waits on, or into its next step. */
static bool cancel_task(MoltValue self, MoltValue message) {
    AsyncFuture *task = async_future_of(self);
    if (task->state != FUTURE_PENDING) return false;
    task->cancel_requests++;
    if (task->fut_waiter != MOLT_NONE && async_future_cancel(task->fut_waiter, message)) return true;
    task->must_cancel = true;
    molt_incref(message);
    molt_decref(task->cancel_message);
    task->cancel_message = message;
    return true;
}

/* _GatheringFuture.cancel: cancels the children. */
static bool cancel_gathering(MoltValue self, MoltValue message) {
    AsyncFuture *outer = async_future_of(self);
    if (outer->state != FUTURE_PENDING) return false;
    bool cancelled = false;
    MoltValue children = outer->children;
    molt_incref(children);
    for (int64_t i = 0; i < molt_tuple_length(children); i++)
        if (async_future_cancel(molt_tuple_items(children)[i], message)) cancelled = true;
    molt_decref(children);
    if (cancelled) outer->cancel_requested = true;
    return cancelled;
}

bool async_future_cancel(MoltValue self, MoltValue message) {
    const MoltType *type = molt_type_of(self);
    if (type == &molt_type_asyncio_task) return cancel_task(self, message);
    if (type == &molt_type_asyncio_gathering_future) return cancel_gathering(self, message);
    return cancel_plain(self, message);
}

MoltValue async_future_cancelled_error(MoltValue self) {
    AsyncFuture *future = async_future_of(self);
    if (future->cancelled_exc != MOLT_NONE) {
        MoltValue exception = future->cancelled_exc;
        future->cancelled_exc = MOLT_NONE;
        return exception;
    }
    return async_cancelled_error_new(future->cancel_message);
}

static MoltValue raise_cancelled(MoltValue self) {
    MoltValue exception = async_future_cancelled_error(self);
    if (exception == MOLT_ERROR) return MOLT_ERROR;
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

MoltValue async_future_result(MoltValue self) {
    AsyncFuture *future = async_future_of(self);
    if (future->state == FUTURE_CANCELLED) return raise_cancelled(self);
    if (future->state == FUTURE_PENDING) return molt_module_error_raise(&async_invalid_state_error, "Result is not set.");
    if (future->exception != MOLT_NONE) return molt_raise(future->exception, MOLT_ERROR);
    molt_incref(future->result);
    return future->result;
}

MoltValue async_future_exception(MoltValue self) {
    AsyncFuture *future = async_future_of(self);
    if (future->state == FUTURE_CANCELLED) return raise_cancelled(self);
    if (future->state == FUTURE_PENDING)
        return molt_module_error_raise(&async_invalid_state_error, "Exception is not set.");
    molt_incref(future->exception);
    return future->exception;
}

/* ---- tasks ---------------------------------------------------------------------------- */

static void task_step(MoltValue self, MoltValue exception);
static void task_wakeup_callback(MoltValue self, MoltValue future);

static void set_waiter(AsyncFuture *task, MoltValue waiter) {
    molt_incref(waiter);
    molt_decref(task->fut_waiter);
    task->fut_waiter = waiter;
}

/* The step's error when the coroutine yielded something a task cannot wait on. */
static void step_soon_with_error(MoltValue self, const char *format, MoltValue shown) {
    MoltValue repr = molt_repr(shown);
    if (repr != MOLT_ERROR) {
        molt_raise_format(&molt_type_RuntimeError, format, molt_str_utf8(repr, NULL));
        molt_decref(repr);
    }
    MoltValue error = molt_exc_fetch();
    async_call_soon(task_step, self, error);
    molt_decref(error);
}

/* Task.__step: one send (or throw of `exception`) into the coroutine. */
static void task_step(MoltValue self, MoltValue exception) {
    AsyncFuture *task = async_future_of(self);
    if (task->state != FUTURE_PENDING) return;
    molt_incref(exception);
    if (task->must_cancel) {
        if (exception == MOLT_NONE || !async_is_cancelled_error(exception)) {
            molt_decref(exception);
            exception = async_future_cancelled_error(self);
            if (exception == MOLT_ERROR) exception = molt_exc_fetch();
        }
        task->must_cancel = false;
    }
    set_waiter(task, MOLT_NONE);
    MoltValue saved = async_current_task();
    async_set_current_task(self);
    MoltValue sent = MOLT_NONE;
    if (exception != MOLT_NONE) sent = molt_exc_restore(exception);
    MoltValue returned = MOLT_NONE;
    molt_incref(self);   /* alive through the step, whatever the coroutine drops */
    MoltValue yielded = molt_yield_from_step(task->coro, sent, &returned);
    async_set_current_task(saved);
    if (yielded == MOLT_STOP) {
        if (task->must_cancel) {
            task->must_cancel = false;
            cancel_plain(self, task->cancel_message);
        } else {
            async_future_set_result(self, returned);
        }
        molt_decref(returned);
    } else if (yielded == MOLT_ERROR) {
        MoltValue error = molt_exc_fetch();
        if (async_is_cancelled_error(error)) {
            molt_decref(task->cancelled_exc);
            task->cancelled_exc = error;
            cancel_plain(self, MOLT_NONE);
        } else {
            const MoltType *type = molt_type_of(error);
            if (molt_type_is_subtype(type, &molt_type_SystemExit) ||
                molt_type_is_subtype(type, &molt_type_KeyboardInterrupt))
                async_interrupt();
            async_future_set_exception(self, error);
            molt_decref(error);
        }
    } else if (yielded == MOLT_NONE) {
        async_call_soon(task_step, self, MOLT_NONE);   /* a bare yield (sleep(0)): back of the queue */
    } else if (async_is_future(yielded)) {
        if (yielded == self) {
            step_soon_with_error(self, "Task cannot await on itself: %s", self);
        } else {
            async_future_add_callback(yielded, task_wakeup_callback, self);
            set_waiter(task, yielded);
            if (task->must_cancel && async_future_cancel(task->fut_waiter, task->cancel_message))
                task->must_cancel = false;
        }
        molt_decref(yielded);
    } else {
        step_soon_with_error(self, "Task got bad yield: %s", yielded);
        molt_decref(yielded);
    }
    molt_decref(self);
}

/* Task.__wakeup: the awaited future is done; step with its outcome. */
static void task_wakeup_callback(MoltValue self, MoltValue future) {
    AsyncFuture *awaited = async_future_of(future);
    if (awaited->state == FUTURE_FINISHED && awaited->exception == MOLT_NONE) {
        task_step(self, MOLT_NONE);
        return;
    }
    MoltValue exception = awaited->state == FUTURE_CANCELLED ? async_future_cancelled_error(future) : awaited->exception;
    if (awaited->state != FUTURE_CANCELLED) molt_incref(exception);
    if (exception == MOLT_ERROR) exception = molt_exc_fetch();
    task_step(self, exception);
    molt_decref(exception);
}

static long task_counter;   /* names Task-1, Task-2, ... over the whole program */

MoltValue async_task_new(MoltValue coro, MoltValue name) {
    MoltValue self = async_future_new(&molt_type_asyncio_task);
    AsyncFuture *task = async_future_of(self);
    molt_incref(coro);
    task->coro = coro;
    ++task_counter;
    if (name == MOLT_NONE) {
        char text[32];
        snprintf(text, sizeof text, "Task-%ld", task_counter);
        task->name = molt_str_from_utf8(text, strlen(text));
    } else {
        task->name = molt_str(name);
        if (task->name == MOLT_ERROR) {
            task->name = MOLT_NONE;
            molt_decref(self);
            return MOLT_ERROR;
        }
    }
    async_call_soon(task_step, self, MOLT_NONE);
    async_register_task(self);
    return self;
}

void async_count_task_names(long count) { task_counter += count; }

/* ---- await future: Future.__await__ ---------------------------------------------------- */

/* The iterator `await future` drives: yields the future while it is pending,
 * then returns its result. */
typedef struct FutureIter {
    MoltObject header;
    MoltValue future;   /* owned */
    bool yielded;
} FutureIter;

extern MoltType molt_type_asyncio_future_iter;

static MoltValue future_iter_next(MoltValue self) {
    FutureIter *it = molt_as_ptr(self);
    if (!async_future_done(it->future)) {
        if (it->yielded) return molt_raise_format(&molt_type_RuntimeError, "await wasn't used with future");
        it->yielded = true;
        molt_incref(it->future);
        return it->future;
    }
    MoltValue result = async_future_result(it->future);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_stop(result);
    molt_decref(result);
    return MOLT_ERROR;
}

static MoltValue future_iter_self(MoltValue self) {
    molt_incref(self);
    return self;
}

MoltValue async_future_iter_new(MoltValue future) {
    FutureIter *it = molt_gc_allocate(sizeof(FutureIter), &molt_type_asyncio_future_iter);
    molt_incref(future);
    it->future = future;
    return molt_from_ptr(it);
}

static void future_iter_clear(MoltObject *object) {
    FutureIter *it = (FutureIter *)object;
    MoltValue future = it->future;
    it->future = MOLT_NONE;
    molt_decref(future);
}

static void future_iter_dealloc(MoltObject *object) {
    future_iter_clear(object);
    molt_gc_free(object);
}

static void future_iter_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    FutureIter *it = (FutureIter *)object;
    if (it->future != MOLT_NONE) visit(it->future, context);
}

MoltType molt_type_asyncio_future_iter = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_asyncio.FutureIter",
    .module_name = "_asyncio",
    .base = &molt_type_object,
    .dealloc = future_iter_dealloc,
    .hash = molt_object_hash_identity,
    .iter = future_iter_self,
    .iternext = future_iter_next,
    .traverse = future_iter_traverse,
    .clear = future_iter_clear,
};

/* ---- Future and Task seen from Python -------------------------------------------------- */

/* A done callback added from Python: arg is the callable, called with the future. */
static void call_python_done_callback(MoltValue callable, MoltValue future) {
    MoltValue result = molt_call(callable, &future, 1, MOLT_NONE);
    if (result != MOLT_ERROR) {
        molt_decref(result);
        return;
    }
    async_log_callback_error();
}

static bool same_python_callback(const AsyncCallback *callback, const void *context) {
    if (callback->fn != call_python_done_callback) return false;
    MoltValue wanted = *(const MoltValue *)context;
    if (callback->arg == wanted) return true;
    int equal = molt_equal(callback->arg, wanted);
    if (equal < 0) molt_decref(molt_exc_fetch());
    return equal > 0;
}

/* reprlib.repr, which futures use for their result: long strs and ints are cut in the middle. */
static MoltValue short_repr(MoltValue value) {
    MoltValue repr = molt_repr(value);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    size_t limit = molt_is_str(value) ? 30 : molt_is_int(value) && molt_type_of(value) != &molt_type_bool ? 40 : 0;
    size_t length;
    const char *text = molt_str_utf8(repr, &length);
    if (!limit || length <= limit) return repr;
    size_t head = (limit - 3) / 2, tail = limit - 3 - head;   /* ASCII: a str repr is cut on code points */
    char *cut = malloc(limit + 1);
    if (!cut) abort();
    memcpy(cut, text, head);
    memcpy(cut + head, "...", 3);
    memcpy(cut + head + 3, text + length - tail, tail);
    MoltValue result = molt_str_from_utf8(cut, limit);
    free(cut);
    molt_decref(repr);
    return result;
}

/* Appends text to a malloc'd buffer. */
static void append(char **buffer, size_t *length, const char *text) {
    size_t add = strlen(text);
    *buffer = realloc(*buffer, *length + add + 1);
    if (!*buffer) abort();
    memcpy(*buffer + *length, text, add + 1);
    *length += add;
}

/* format_helpers._format_callback_source without the source position. */
static void append_callback(char **buffer, size_t *length, const AsyncCallback *callback) {
    if (callback->fn == task_wakeup_callback) {
        append(buffer, length, "Task.task_wakeup()");
        return;
    }
    if (callback->fn == call_python_done_callback) {
        MoltValue name = MOLT_NONE;
        if (molt_getattr_optional(callback->arg, "__qualname__", &name) > 0 && molt_is_str(name)) {
            append(buffer, length, molt_str_utf8(name, NULL));
            append(buffer, length, "()");
            molt_decref(name);
            return;
        }
        if (molt_exc_fetch() != MOLT_NONE) { /* no name: fall through */ }
        molt_decref(name);
    }
    append(buffer, length, "<callback>()");
}

static MoltValue future_repr(MoltValue self) {
    AsyncFuture *future = async_future_of(self);
    const char *type = molt_type_of(self)->name;
    char *text = NULL;
    size_t length = 0;
    append(&text, &length, "<");
    append(&text, &length, type);
    const char *state = future->state == FUTURE_CANCELLED ? " cancelled" : future->state == FUTURE_FINISHED ? " finished" : " pending";
    if (future->state == FUTURE_PENDING && future->cancel_requests) state = " cancelling";
    append(&text, &length, state);
    if (future->name != MOLT_NONE) {
        MoltValue name = molt_repr(future->name);
        if (name == MOLT_ERROR) {
            free(text);
            return MOLT_ERROR;
        }
        append(&text, &length, " name=");
        append(&text, &length, molt_str_utf8(name, NULL));
        molt_decref(name);
    }
    if (future->state == FUTURE_FINISHED) {
        bool failed = future->exception != MOLT_NONE;
        MoltValue shown = failed ? molt_repr(future->exception) : short_repr(future->result);
        if (shown == MOLT_ERROR) {
            free(text);
            return MOLT_ERROR;
        }
        append(&text, &length, failed ? " exception=" : " result=");
        append(&text, &length, molt_str_utf8(shown, NULL));
        molt_decref(shown);
    }
    if (future->callback_count && !async_is_task(self)) {
        size_t count = future->callback_count;
        append(&text, &length, " cb=[");
        append_callback(&text, &length, &future->callbacks[0]);
        if (count > 2) {
            char more[48];
            snprintf(more, sizeof more, ", <%zu more>", count - 2);
            append(&text, &length, more);
        }
        if (count > 1) {
            append(&text, &length, ", ");
            append_callback(&text, &length, &future->callbacks[count - 1]);
        }
        append(&text, &length, "]");
    }
    append(&text, &length, ">");
    MoltValue result = molt_str_from_utf8(text, length);
    free(text);
    return result;
}

/* set_exception's argument: an instance, or a class called without arguments. */
static MoltValue exception_argument(MoltValue value) {
    MoltValue exception = value;
    if (molt_is_exception_type(value)) {
        exception = molt_call(value, NULL, 0, MOLT_NONE);
        if (exception == MOLT_ERROR) return MOLT_ERROR;
    } else {
        molt_incref(exception);
    }
    if (!molt_is_exception(exception)) {
        molt_decref(exception);
        return molt_raise_format(&molt_type_TypeError, "invalid exception object");
    }
    if (molt_is_exact_instance(exception, &molt_type_StopIteration)) {
        molt_decref(exception);
        return molt_raise_format(&molt_type_TypeError,
                                 "StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    return exception;
}

static const char *const future_method_names[] = {
    "result", "exception", "done", "cancelled", "cancel", "add_done_callback", "remove_done_callback", "set_result",
    "set_exception", "get_loop", "__await__", "get_name", "set_name", "cancelling", "uncancel", "get_coro", NULL};

static MoltValue future_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    AsyncFuture *future = async_future_of(self);
    const char *type = molt_type_of(self)->name;
    bool task = async_is_task(self);
    if (strcmp(name, "result") == 0 || strcmp(name, "exception") == 0 || strcmp(name, "done") == 0 ||
        strcmp(name, "cancelled") == 0 || strcmp(name, "get_loop") == 0 || strcmp(name, "__await__") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        switch (name[0]) {
        case 'r': return async_future_result(self);
        case 'e': return async_future_exception(self);
        case 'd': return molt_from_bool(future->state != FUTURE_PENDING);
        case 'c': return molt_from_bool(future->state == FUTURE_CANCELLED);
        case 'g': return async_running_loop_object();
        default: return async_future_iter_new(self);
        }
    }
    if (strcmp(name, "cancel") == 0) {
        static const char *const names[] = {"msg", NULL};
        static const MoltArgSpec spec = {"cancel", 0, 1, names, 1};
        MoltValue parsed[1];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        return molt_from_bool(async_future_cancel(self, parsed[0] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[0]));
    }
    if (strcmp(name, "add_done_callback") == 0) {
        static const char *const names[] = {"fn", "context", NULL};
        static const MoltArgSpec spec = {"add_done_callback", 1, 1, names, 2};
        MoltValue parsed[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        async_future_add_callback(self, call_python_done_callback, parsed[0]);
        return MOLT_NONE;
    }
    if (strcmp(name, "remove_done_callback") == 0) {
        if (molt_args_check_count("remove_done_callback", nargs, 1, 1) < 0 ||
            molt_args_no_keywords("remove_done_callback", kwnames) < 0)
            return MOLT_ERROR;
        return molt_from_small_int((int64_t)remove_callbacks(future, same_python_callback, &args[0]));
    }
    if (strcmp(name, "set_result") == 0 || strcmp(name, "set_exception") == 0) {
        bool result = name[4] == 'r';
        if (molt_args_check_count(name, nargs, 1, 1) < 0 || molt_args_no_keywords(name, kwnames) < 0)
            return MOLT_ERROR;
        if (task) return molt_raise_format(&molt_type_RuntimeError, "Task does not support %s operation", name);
        if (future->state != FUTURE_PENDING) return molt_module_error_raise(&async_invalid_state_error, "invalid state");
        if (result) {
            async_future_set_result(self, args[0]);
            return MOLT_NONE;
        }
        MoltValue exception = exception_argument(args[0]);
        if (exception == MOLT_ERROR) return MOLT_ERROR;
        async_future_set_exception(self, exception);
        molt_decref(exception);
        return MOLT_NONE;
    }
    if (!task) return MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "get_name") == 0 || strcmp(name, "get_coro") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue value = name[4] == 'n' ? future->name : future->coro;
        molt_incref(value);
        return value;
    }
    if (strcmp(name, "set_name") == 0) {
        if (molt_args_check_count("set_name", nargs, 1, 1) < 0 || molt_args_no_keywords("set_name", kwnames) < 0)
            return MOLT_ERROR;
        MoltValue text = molt_str(args[0]);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        molt_decref(future->name);
        future->name = text;
        return MOLT_NONE;
    }
    if (strcmp(name, "cancelling") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_from_small_int(future->cancel_requests);
    }
    if (strcmp(name, "uncancel") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (future->cancel_requests > 0) future->cancel_requests--;
        return molt_from_small_int(future->cancel_requests);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static void future_release(AsyncFuture *future) {
    MoltValue values[8] = {future->result, future->exception, future->cancel_message, future->cancelled_exc,
                           future->coro, future->name, future->fut_waiter, future->children};
    future->result = future->exception = future->cancel_message = future->cancelled_exc = MOLT_NONE;
    future->coro = future->name = future->fut_waiter = future->children = MOLT_NONE;
    AsyncCallback *callbacks = future->callbacks;
    size_t count = future->callback_count;
    future->callbacks = NULL;
    future->callback_count = future->callback_capacity = 0;
    for (size_t i = 0; i < count; i++) molt_decref(callbacks[i].arg);
    free(callbacks);
    for (size_t i = 0; i < 8; i++) molt_decref(values[i]);
}

static void future_dealloc(MoltObject *object) {
    future_release((AsyncFuture *)object);
    molt_gc_free(object);
}

static void future_clear(MoltObject *object) { future_release((AsyncFuture *)object); }

static void future_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    AsyncFuture *future = (AsyncFuture *)object;
    MoltValue values[8] = {future->result, future->exception, future->cancel_message, future->cancelled_exc,
                           future->coro, future->name, future->fut_waiter, future->children};
    for (size_t i = 0; i < 8; i++)
        if (values[i] != MOLT_NONE) visit(values[i], context);
    for (size_t i = 0; i < future->callback_count; i++)
        if (future->callbacks[i].arg != MOLT_NONE) visit(future->callbacks[i].arg, context);
}

/* Future(*, loop=None) and Task(coro, *, loop=None, name=None, context=None). */
static MoltValue future_construct(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", molt_type_of(callable)->name);
    const MoltType *type = molt_as_type(callable);
    if (type == &molt_type_asyncio_task) {
        static const char *const names[] = {"coro", "loop", "name", "context", "eager_start", NULL};
        static const MoltArgSpec spec = {"Task", 1, 1, names, 5};
        MoltValue parsed[5];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        if (!async_is_coroutine(parsed[0])) {
            MoltValue repr = molt_repr(parsed[0]);
            if (repr == MOLT_ERROR) return MOLT_ERROR;
            molt_raise_format(&molt_type_TypeError, "a coroutine was expected, got %s", molt_str_utf8(repr, NULL));
            molt_decref(repr);
            return MOLT_ERROR;
        }
        if (async_require_running_loop() < 0) return MOLT_ERROR;
        return async_task_new(parsed[0], parsed[2] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[2]);
    }
    static const char *const names[] = {"loop", NULL};
    static const MoltArgSpec spec = {"Future", 0, 0, names, 1};
    MoltValue parsed[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    return async_future_new(type);
}

/* Future, Task and _GatheringFuture share every slot; Task and
 * _GatheringFuture are subclasses of Future. */
#define FUTURE_TYPE(type_name, module, base_type)                  \
    {                                                              \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},       \
        .name = type_name,                                         \
        .module_name = module,                                     \
        .base = base_type,                                         \
        .dealloc = future_dealloc,                                 \
        .repr = future_repr,                                       \
        .hash = molt_object_hash_identity,                         \
        .call = future_construct,                                  \
        .call_method = future_call_method,                         \
        .method_names = future_method_names,                       \
        .traverse = future_traverse,                               \
        .clear = future_clear,                                     \
    }

MoltType molt_type_asyncio_future = FUTURE_TYPE("Future", "_asyncio", &molt_type_object);
MoltType molt_type_asyncio_task = FUTURE_TYPE("Task", "_asyncio", &molt_type_asyncio_future);
MoltType molt_type_asyncio_gathering_future = FUTURE_TYPE("_GatheringFuture", "asyncio.tasks",
                                                          &molt_type_asyncio_future);
