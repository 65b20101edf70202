/* The asyncio module's functions (tasks.py, timeouts.py, runners.py as
 * CPython 3.12 writes them): run, sleep, create_task, gather, shield,
 * wait_for, wait, timeout/timeout_at, current_task, all_tasks,
 * get_running_loop, ensure_future, and the module's table. The loop is in
 * asyncio_loop.c, Future and Task in asyncio_future.c, C coroutines in
 * asyncio_op.c, queues and locks in asyncio_sync.c. See docs/asyncio.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asyncio.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/exc_object.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/set.h"
#include "../objects/str_internal.h"
#include "molt/float.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static MoltValue raise_with_repr(const MoltType *type, const char *format, MoltValue value) {
    MoltValue repr = molt_repr(value);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_format(type, format, molt_str_utf8(repr, NULL));
    molt_decref(repr);
    return MOLT_ERROR;
}

MoltValue async_ensure_future(MoltValue awaitable) {
    if (async_is_future(awaitable)) {
        molt_incref(awaitable);
        return awaitable;
    }
    if (async_is_coroutine(awaitable)) {
        if (async_require_running_loop() < 0) return MOLT_ERROR;
        return async_task_new(awaitable, MOLT_NONE);
    }
    return molt_raise_format(&molt_type_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

/* ---- run, create_task, sleep, current_task --------------------------------------------- */

static MoltValue asyncio_run(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"main", "debug", NULL};
    static const MoltArgSpec spec = {"run", 1, 1, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (async_loop_running())
        return molt_raise_format(&molt_type_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    if (!async_is_coroutine(parsed[0])) {
        /* Runner.close() still runs its two shutdown tasks, which take two task names. */
        async_count_task_names(2);
        return raise_with_repr(&molt_type_ValueError, "a coroutine was expected, got %s", parsed[0]);
    }
    return async_run(parsed[0]);
}

MoltValue async_create_task(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"coro", "name", "context", NULL};
    static const MoltArgSpec spec = {"create_task", 1, 1, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (!async_is_coroutine(parsed[0]))
        return raise_with_repr(&molt_type_TypeError, "a coroutine was expected, got %s", parsed[0]);
    if (async_require_running_loop() < 0) return MOLT_ERROR;
    return async_task_new(parsed[0], parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1]);
}

static MoltValue asyncio_sleep(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"delay", "result", NULL};
    static const MoltArgSpec spec = {"sleep", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    double delay;
    if (async_seconds_argument(parsed[0], NULL, &delay) < 0) return MOLT_ERROR;
    return async_sleep_new(delay, parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1]);
}

static MoltValue asyncio_current_task(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"loop", NULL};
    static const MoltArgSpec spec = {"current_task", 0, 1, names, 1};
    MoltValue parsed[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (async_require_running_loop() < 0) return MOLT_ERROR;
    MoltValue task = async_current_task();
    molt_incref(task);
    return task;
}

static MoltValue asyncio_get_running_loop(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_check_count("get_running_loop", nargs, 0, 0) < 0 ||
        molt_args_no_keywords("get_running_loop", kwnames) < 0 || async_require_running_loop() < 0)
        return MOLT_ERROR;
    return async_running_loop_object();
}

static MoltValue asyncio_ensure_future(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"coro_or_future", "loop", NULL};
    static const MoltArgSpec spec = {"ensure_future", 1, 1, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    return async_ensure_future(parsed[0]);
}

static MoltValue asyncio_iscoroutine(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("iscoroutine", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_from_bool(async_is_coroutine(args[0]));
}

static MoltValue asyncio_isfuture(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("isfuture", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_from_bool(async_is_future(args[0]));
}

/* ---- gather ---------------------------------------------------------------------------- */

/* gather's _done_callback: arg is the outer future. */
static void gather_done(MoltValue outer_value, MoltValue child_value) {
    AsyncFuture *outer = async_future_of(outer_value), *child = async_future_of(child_value);
    outer->finished++;
    if (outer->state != FUTURE_PENDING) return;
    if (!outer->return_exceptions) {
        if (child->state == FUTURE_CANCELLED) {
            MoltValue exception = async_future_cancelled_error(child_value);
            if (exception == MOLT_ERROR) exception = molt_exc_fetch();
            async_future_set_exception(outer_value, exception);
            molt_decref(exception);
            return;
        }
        if (child->exception != MOLT_NONE) {
            async_future_set_exception(outer_value, child->exception);
            return;
        }
    }
    if (outer->finished < outer->unique) return;
    int64_t count = molt_tuple_length(outer->children);
    MoltValue results = molt_list_new(count);
    for (int64_t i = 0; i < count; i++) {
        AsyncFuture *each = async_future_of(molt_tuple_items(outer->children)[i]);
        MoltValue value;
        if (each->state == FUTURE_CANCELLED) {
            MoltValue message = each->cancel_message;
            if (message == MOLT_NONE) message = molt_str_from_utf8("", 0);
            else molt_incref(message);
            value = async_cancelled_error_new(message);
            molt_decref(message);
            if (value == MOLT_ERROR) value = molt_exc_fetch();
        } else {
            value = each->exception != MOLT_NONE ? each->exception : each->result;
            molt_incref(value);
        }
        molt_list_append(results, value);
        molt_decref(value);
    }
    if (outer->cancel_requested) {
        MoltValue exception = async_future_cancelled_error(child_value);
        if (exception == MOLT_ERROR) exception = molt_exc_fetch();
        async_future_set_exception(outer_value, exception);
        molt_decref(exception);
    } else {
        async_future_set_result(outer_value, results);
    }
    molt_decref(results);
}

MoltValue async_gather(const MoltValue *aws, size_t count, bool return_exceptions) {
    if (count == 0) {
        MoltValue outer = async_future_new(&molt_type_asyncio_future);
        MoltValue empty = molt_list_new(0);
        async_future_set_result(outer, empty);
        molt_decref(empty);
        return outer;
    }
    MoltValue *children = malloc(count * sizeof(MoltValue));
    if (!children) abort();
    size_t unique = 0;
    for (size_t i = 0; i < count; i++) {
        size_t seen = 0;
        while (seen < i && aws[seen] != aws[i]) seen++;
        if (seen < i) {
            children[i] = children[seen];
            molt_incref(children[i]);
            continue;
        }
        children[i] = async_ensure_future(aws[i]);
        if (children[i] == MOLT_ERROR) {
            for (size_t j = 0; j < i; j++) molt_decref(children[j]);
            free(children);
            return MOLT_ERROR;
        }
        unique++;
    }
    MoltValue outer = async_future_new(&molt_type_asyncio_gathering_future);
    AsyncFuture *gathering = async_future_of(outer);
    gathering->children = molt_tuple_from_owned(children, count);
    gathering->unique = unique;
    gathering->return_exceptions = return_exceptions;
    free(children);
    MoltValue *done = malloc(count * sizeof(MoltValue));
    if (!done) abort();
    size_t done_count = 0;
    for (size_t i = 0; i < count; i++) {
        MoltValue child = molt_tuple_items(gathering->children)[i];
        size_t seen = 0;
        while (seen < i && molt_tuple_items(gathering->children)[seen] != child) seen++;
        if (seen < i) continue;
        if (async_future_done(child)) done[done_count++] = child;
        else async_future_add_callback(child, gather_done, outer);
    }
    for (size_t i = 0; i < done_count; i++) gather_done(outer, done[i]);
    free(done);
    return outer;
}

static MoltValue asyncio_gather(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    bool return_exceptions = false;
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        if (strcmp(name, "return_exceptions") != 0)
            return molt_raise_format(&molt_type_TypeError, "gather() got an unexpected keyword argument '%s'", name);
        int truth = molt_truthy(args[nargs + k]);
        if (truth < 0) return MOLT_ERROR;
        return_exceptions = truth;
    }
    return async_gather(args, nargs, return_exceptions);
}

/* ---- shield ---------------------------------------------------------------------------- */

/* _inner_done_callback: arg is the outer future. */
static void shield_inner_done(MoltValue outer, MoltValue inner) {
    if (async_future_of(outer)->state == FUTURE_CANCELLED) return;
    AsyncFuture *done = async_future_of(inner);
    if (done->state == FUTURE_CANCELLED) async_future_cancel(outer, MOLT_NONE);
    else if (done->exception != MOLT_NONE) async_future_set_exception(outer, done->exception);
    else async_future_set_result(outer, done->result);
}

/* _outer_done_callback: arg is the inner future. */
static void shield_outer_done(MoltValue inner, MoltValue outer) {
    if (!async_future_done(inner)) async_future_remove_callback(inner, shield_inner_done, outer);
}

static MoltValue asyncio_shield(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("shield", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue inner = async_ensure_future(args[0]);
    if (inner == MOLT_ERROR || async_future_done(inner)) return inner;
    MoltValue outer = async_future_new(&molt_type_asyncio_future);
    async_future_add_callback(inner, shield_inner_done, outer);
    async_future_add_callback(outer, shield_outer_done, inner);
    molt_decref(inner);
    return outer;
}

/* ---- timeout --------------------------------------------------------------------------- */

typedef enum { TIMEOUT_CREATED, TIMEOUT_ENTERED, TIMEOUT_EXPIRING, TIMEOUT_EXPIRED, TIMEOUT_EXITED } TimeoutState;

typedef struct Timeout {
    MoltObject header;
    TimeoutState state;
    MoltValue when;      /* a float, or None */
    MoltValue handle;    /* the TimerHandle (or Handle) of _on_timeout, or None */
    MoltValue task;      /* the task it was entered in */
    long cancelling;     /* task.cancelling() on entering */
} Timeout;

extern MoltType molt_type_asyncio_timeout;

static const char *const timeout_state_names[] = {"created", "active", "expiring", "expired", "finished"};

MoltValue async_timeout_new(MoltValue when) {
    Timeout *timeout = molt_gc_allocate(sizeof(Timeout), &molt_type_asyncio_timeout);
    molt_incref(when);
    timeout->when = when;
    timeout->handle = timeout->task = MOLT_NONE;
    return molt_from_ptr(timeout);
}

static void timeout_fired(MoltValue self, MoltValue unused) {
    (void)unused;
    Timeout *timeout = molt_as_ptr(self);
    async_future_cancel(timeout->task, MOLT_NONE);
    timeout->state = TIMEOUT_EXPIRING;
    MoltValue handle = timeout->handle;
    timeout->handle = MOLT_NONE;
    molt_decref(handle);
}

static void cancel_timeout_handle(Timeout *timeout) {
    MoltValue handle = timeout->handle;
    timeout->handle = MOLT_NONE;
    if (handle != MOLT_NONE) async_handle_cancel(handle);
    molt_decref(handle);
}

/* Timeout.reschedule(when). */
static int timeout_reschedule(MoltValue self, MoltValue when) {
    Timeout *timeout = molt_as_ptr(self);
    if (timeout->state != TIMEOUT_ENTERED) {
        if (timeout->state == TIMEOUT_CREATED)
            molt_raise_format(&molt_type_RuntimeError, "Timeout has not been entered");
        else
            molt_raise_format(&molt_type_RuntimeError, "Cannot change state of %s Timeout",
                              timeout_state_names[timeout->state]);
        return -1;
    }
    double at = 0;
    if (when != MOLT_NONE && async_seconds_argument(when, NULL, &at) < 0) return -1;
    molt_incref(when);
    molt_decref(timeout->when);
    timeout->when = when;
    cancel_timeout_handle(timeout);
    if (when == MOLT_NONE) return 0;
    if (at <= async_time()) {
        /* loop.call_soon(self._on_timeout): a Handle, not a timer. */
        timeout->handle = async_call_at(async_time(), timeout_fired, self, MOLT_NONE);
    } else {
        timeout->handle = async_call_at(at, timeout_fired, self, MOLT_NONE);
    }
    return 0;
}

int async_timeout_enter(MoltValue self) {
    Timeout *timeout = molt_as_ptr(self);
    if (timeout->state != TIMEOUT_CREATED) {
        molt_raise_format(&molt_type_RuntimeError, "Timeout has already been entered");
        return -1;
    }
    MoltValue task = async_current_task();
    if (task == MOLT_NONE) {
        molt_raise_format(&molt_type_RuntimeError, "Timeout should be used inside a task");
        return -1;
    }
    timeout->state = TIMEOUT_ENTERED;
    molt_incref(task);
    timeout->task = task;
    timeout->cancelling = async_future_of(task)->cancel_requests;
    MoltValue when = timeout->when;
    molt_incref(when);
    int status = timeout_reschedule(self, when);
    molt_decref(when);
    return status;
}

int async_timeout_exit(MoltValue self, MoltValue exception) {
    Timeout *timeout = molt_as_ptr(self);
    cancel_timeout_handle(timeout);
    if (timeout->state == TIMEOUT_EXPIRING) {
        timeout->state = TIMEOUT_EXPIRED;
        AsyncFuture *task = async_future_of(timeout->task);
        if (task->cancel_requests > 0) task->cancel_requests--;
        if (task->cancel_requests <= timeout->cancelling && exception != MOLT_NONE &&
            async_is_cancelled_error_exactly(exception)) {
            molt_raise(molt_from_type(&molt_type_TimeoutError), exception);
            return -1;
        }
    } else if (timeout->state == TIMEOUT_ENTERED) {
        timeout->state = TIMEOUT_EXITED;
    }
    return 0;
}

static MoltValue op_from_status(int status, MoltValue value) {
    return status < 0 ? async_op_raise_current() : async_op_return(value);
}

static const char *const timeout_method_names[] = {"when", "reschedule", "expired", "__aenter__", "__aexit__", NULL};

static MoltValue timeout_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    Timeout *timeout = molt_as_ptr(self);
    if (strcmp(name, "when") == 0 || strcmp(name, "expired") == 0 || strcmp(name, "__aenter__") == 0) {
        if (molt_args_none("Timeout", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (name[0] == 'w') {
            molt_incref(timeout->when);
            return timeout->when;
        }
        if (name[0] == 'e')
            return molt_from_bool(timeout->state == TIMEOUT_EXPIRING || timeout->state == TIMEOUT_EXPIRED);
        return op_from_status(async_timeout_enter(self), self);
    }
    if (strcmp(name, "reschedule") == 0) {
        if (molt_args_check_count("reschedule", nargs, 1, 1) < 0 || molt_args_no_keywords("reschedule", kwnames) < 0)
            return MOLT_ERROR;
        return timeout_reschedule(self, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(name, "__aexit__") == 0) {
        if (molt_args_check_count("__aexit__", nargs, 3, 3) < 0 || molt_args_no_keywords("__aexit__", kwnames) < 0)
            return MOLT_ERROR;
        return op_from_status(async_timeout_exit(self, args[1]), MOLT_NONE);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue timeout_repr(MoltValue self) {
    Timeout *timeout = molt_as_ptr(self);
    char text[96] = "";
    if (timeout->state == TIMEOUT_ENTERED) {
        double at = 0;
        MoltValue when = timeout->when == MOLT_NONE || async_seconds_argument(timeout->when, NULL, &at) < 0
                             ? MOLT_NONE
                             : molt_float_round(at, molt_from_small_int(3));
        if (when == MOLT_ERROR) return MOLT_ERROR;
        MoltValue shown = molt_repr(when);
        molt_decref(when);
        if (shown == MOLT_ERROR) return MOLT_ERROR;
        snprintf(text, sizeof text, " when=%s", molt_str_utf8(shown, NULL));
        molt_decref(shown);
    }
    char repr[128];
    snprintf(repr, sizeof repr, "<Timeout [%s]%s>", timeout_state_names[timeout->state], text);
    return molt_str_from_utf8(repr, strlen(repr));
}

static void timeout_clear(MoltObject *object) {
    Timeout *timeout = (Timeout *)object;
    MoltValue values[3] = {timeout->when, timeout->handle, timeout->task};
    timeout->when = timeout->handle = timeout->task = MOLT_NONE;
    for (size_t i = 0; i < 3; i++) molt_decref(values[i]);
}

static void timeout_dealloc(MoltObject *object) {
    timeout_clear(object);
    molt_gc_free(object);
}

static void timeout_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Timeout *timeout = (Timeout *)object;
    MoltValue values[3] = {timeout->when, timeout->handle, timeout->task};
    for (size_t i = 0; i < 3; i++)
        if (values[i] != MOLT_NONE) visit(values[i], context);
}

MoltType molt_type_asyncio_timeout = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "Timeout",
    .module_name = "asyncio.timeouts",
    .base = &molt_type_object,
    .dealloc = timeout_dealloc,
    .repr = timeout_repr,
    .hash = molt_object_hash_identity,
    .call_method = timeout_call_method,
    .method_names = timeout_method_names,
    .traverse = timeout_traverse,
    .clear = timeout_clear,
};

/* timeout(delay) is timeout_at(loop.time() + delay) (None: no deadline). */
static MoltValue timeout_function(const char *name, bool relative, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    if (args[0] == MOLT_NONE) return async_timeout_new(MOLT_NONE);
    double seconds;
    if (async_seconds_argument(args[0], NULL, &seconds) < 0) return MOLT_ERROR;
    if (relative && async_require_running_loop() < 0) return MOLT_ERROR;
    MoltValue when = relative ? molt_from_double(async_time() + seconds) : args[0];
    return async_timeout_new(when);
}

static MoltValue asyncio_timeout(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return timeout_function("timeout", true, args, nargs, kwnames);
}

static MoltValue asyncio_timeout_at(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return timeout_function("timeout_at", false, args, nargs, kwnames);
}

/* ---- wait_for -------------------------------------------------------------------------- */

/* wait_for(fut, timeout): `async with timeout(t): return await fut`, or with
 * t <= 0 cancel fut and wait for it (_cancel_and_wait). */
enum { WAIT_FOR_AWAITABLE, WAIT_FOR_TIMEOUT, WAIT_FOR_ITERATOR, WAIT_FOR_CONTEXT, WAIT_FOR_WAITER };
enum { WAIT_FOR_START, WAIT_FOR_DELEGATING, WAIT_FOR_CANCELLING };

static void release_waiter(MoltValue waiter, MoltValue unused) {
    (void)unused;
    if (!async_future_done(waiter)) async_future_set_result(waiter, MOLT_NONE);
}

/* One step of the body `return await fut` inside the timeout. */
static MoltValue wait_for_delegate(AsyncOp *op, MoltValue sent) {
    MoltValue returned;
    MoltValue item = async_op_await_step(op, WAIT_FOR_ITERATOR, sent, &returned);
    if (item != MOLT_STOP && item != MOLT_ERROR) return item;
    MoltValue exception = item == MOLT_ERROR ? molt_exc_fetch() : MOLT_NONE;
    int status = async_timeout_exit(op->values[WAIT_FOR_CONTEXT], exception);
    if (status < 0) {
        molt_decref(exception);
        molt_decref(returned);
        return MOLT_ERROR;
    }
    if (exception != MOLT_NONE) return molt_exc_restore(exception);
    molt_raise_stop(returned);
    molt_decref(returned);
    return MOLT_ERROR;
}

static MoltValue wait_for_next(AsyncOp *op) {
    if (op->state == WAIT_FOR_DELEGATING) return wait_for_delegate(op, MOLT_NONE);
    MoltValue awaitable = op->values[WAIT_FOR_AWAITABLE];
    if (op->state == WAIT_FOR_CANCELLING) {
        async_future_remove_callback(awaitable, release_waiter, op->values[WAIT_FOR_WAITER]);
        MoltValue result = async_future_result(awaitable);
        if (result != MOLT_ERROR) {
            molt_raise_stop(result);
            molt_decref(result);
            return MOLT_ERROR;
        }
        MoltValue exception = molt_exc_fetch();
        if (!async_is_cancelled_error(exception)) return molt_exc_restore(exception);
        molt_raise(molt_from_type(&molt_type_TimeoutError), exception);
        molt_decref(exception);
        return MOLT_ERROR;
    }
    MoltValue timeout = op->values[WAIT_FOR_TIMEOUT];
    double seconds = 0;
    if (timeout != MOLT_NONE && async_seconds_argument(timeout, NULL, &seconds) < 0) return MOLT_ERROR;
    if (timeout != MOLT_NONE && seconds <= 0) {
        MoltValue future = async_ensure_future(awaitable);
        if (future == MOLT_ERROR) return MOLT_ERROR;
        op->values[WAIT_FOR_AWAITABLE] = future;
        molt_decref(awaitable);
        if (async_future_done(future)) {
            MoltValue result = async_future_result(future);
            if (result == MOLT_ERROR) return MOLT_ERROR;
            molt_raise_stop(result);
            molt_decref(result);
            return MOLT_ERROR;
        }
        MoltValue waiter = async_future_new(&molt_type_asyncio_future);
        op->values[WAIT_FOR_WAITER] = waiter;
        async_future_add_callback(future, release_waiter, waiter);
        async_future_cancel(future, MOLT_NONE);
        op->state = WAIT_FOR_CANCELLING;
        molt_incref(waiter);
        return waiter;
    }
    MoltValue when = timeout == MOLT_NONE ? MOLT_NONE : molt_from_double(async_time() + seconds);
    MoltValue context = async_timeout_new(when);
    op->values[WAIT_FOR_CONTEXT] = context;
    if (async_timeout_enter(context) < 0) return MOLT_ERROR;
    MoltValue iterator = molt_await_iter(awaitable);
    if (iterator == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        if (async_timeout_exit(context, exception) < 0) {
            molt_decref(exception);
            return MOLT_ERROR;
        }
        return molt_exc_restore(exception);
    }
    op->values[WAIT_FOR_ITERATOR] = iterator;
    op->state = WAIT_FOR_DELEGATING;
    return wait_for_delegate(op, MOLT_NONE);
}

static MoltValue wait_for_thrown(AsyncOp *op) {
    if (op->state == WAIT_FOR_DELEGATING) return wait_for_delegate(op, MOLT_ERROR);
    if (op->state == WAIT_FOR_CANCELLING)
        async_future_remove_callback(op->values[WAIT_FOR_AWAITABLE], release_waiter, op->values[WAIT_FOR_WAITER]);
    return MOLT_ERROR;
}

static const AsyncOpKind wait_for_kind = {"wait_for", wait_for_next, wait_for_thrown};

static MoltValue asyncio_wait_for(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"fut", "timeout", NULL};
    static const MoltArgSpec spec = {"wait_for", 2, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    return async_op_new(&wait_for_kind, parsed, 2);
}

/* ---- wait ------------------------------------------------------------------------------ */

/* _wait(fs, timeout, return_when): values are the futures (a tuple, in the
 * order given; CPython iterates a set of them), the waiter, the timeout
 * handle, and return_when. */
enum { WAIT_FUTURES, WAIT_WAITER, WAIT_HANDLE, WAIT_RETURN_WHEN, WAIT_TIMEOUT };
enum { WAIT_START, WAIT_WAITING };
enum { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED };
static const char *const return_when_names[] = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"};

/* _on_completion: arg is the wait op. */
static void wait_on_completion(MoltValue op_value, MoltValue future) {
    AsyncOp *op = molt_as_ptr(op_value);
    if (op->values[WAIT_WAITER] == MOLT_NONE) return;
    op->number -= 1;   /* the counter */
    int64_t return_when = molt_small_int_value(op->values[WAIT_RETURN_WHEN]);
    AsyncFuture *done = async_future_of(future);
    if (op->number <= 0 || return_when == FIRST_COMPLETED ||
        (return_when == FIRST_EXCEPTION && done->state == FUTURE_FINISHED && done->exception != MOLT_NONE)) {
        if (op->values[WAIT_HANDLE] != MOLT_NONE) async_handle_cancel(op->values[WAIT_HANDLE]);
        release_waiter(op->values[WAIT_WAITER], MOLT_NONE);
    }
}

static void wait_finish(AsyncOp *op, MoltValue self) {
    if (op->values[WAIT_HANDLE] != MOLT_NONE) async_handle_cancel(op->values[WAIT_HANDLE]);
    MoltValue futures = op->values[WAIT_FUTURES];
    for (int64_t i = 0; i < molt_tuple_length(futures); i++)
        async_future_remove_callback(molt_tuple_items(futures)[i], wait_on_completion, self);
}

static MoltValue wait_next(AsyncOp *op) {
    MoltValue self = molt_from_ptr(op);
    MoltValue futures = op->values[WAIT_FUTURES];
    if (op->state == WAIT_START) {
        MoltValue waiter = async_future_new(&molt_type_asyncio_future);
        op->values[WAIT_WAITER] = waiter;
        if (op->values[WAIT_TIMEOUT] != MOLT_NONE) {
            double seconds;
            if (async_seconds_argument(op->values[WAIT_TIMEOUT], NULL, &seconds) < 0) return MOLT_ERROR;
            op->values[WAIT_HANDLE] = async_call_at(async_time() + seconds, release_waiter, waiter, MOLT_NONE);
        }
        op->number = (double)molt_tuple_length(futures);
        for (int64_t i = 0; i < molt_tuple_length(futures); i++)
            async_future_add_callback(molt_tuple_items(futures)[i], wait_on_completion, self);
        op->state = WAIT_WAITING;
        molt_incref(waiter);
        return waiter;
    }
    wait_finish(op, self);
    MoltValue done = molt_set_new(false), pending = molt_set_new(false);
    for (int64_t i = 0; i < molt_tuple_length(futures); i++) {
        MoltValue future = molt_tuple_items(futures)[i];
        if (molt_set_add(async_future_done(future) ? done : pending, future) < 0) {
            molt_decref(done);
            molt_decref(pending);
            return MOLT_ERROR;
        }
    }
    MoltValue pair[2] = {done, pending};
    MoltValue result = molt_tuple_from_owned(pair, 2);
    molt_raise_stop(result);
    molt_decref(result);
    return MOLT_ERROR;
}

static MoltValue wait_thrown(AsyncOp *op) {
    if (op->state == WAIT_WAITING) wait_finish(op, molt_from_ptr(op));
    return MOLT_ERROR;
}

static const AsyncOpKind wait_kind = {"wait", wait_next, wait_thrown};

static MoltValue asyncio_wait(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"fs", "timeout", "return_when", NULL};
    static const MoltArgSpec spec = {"wait", 1, 1, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue fs = parsed[0];
    if (async_is_future(fs) || async_is_coroutine(fs))
        return molt_raise_format(&molt_type_TypeError, "expect a list of futures, not %s", molt_type_of(fs)->name);
    MoltValue futures = molt_tuple_from_iterable(fs);
    if (futures == MOLT_ERROR) return MOLT_ERROR;
    int64_t count = molt_tuple_length(futures);
    MoltValue return_when = parsed[2] == MOLT_ARG_MISSING ? molt_str_from_utf8("ALL_COMPLETED", 13) : parsed[2];
    if (parsed[2] != MOLT_ARG_MISSING) molt_incref(return_when);
    int which = -1;
    for (int i = 0; i < 3 && molt_is_str(return_when); i++)
        if (strcmp(molt_str_utf8(return_when, NULL), return_when_names[i]) == 0) which = i;
    MoltValue error = MOLT_NONE;
    if (count == 0) {
        error = molt_raise_format(&molt_type_ValueError, "Set of Tasks/Futures is empty.");
    } else if (which < 0) {
        MoltValue text = molt_str(return_when);
        if (text != MOLT_ERROR) {
            molt_raise_format(&molt_type_ValueError, "Invalid return_when value: %s", molt_str_utf8(text, NULL));
            molt_decref(text);
        }
        error = MOLT_ERROR;
    } else {
        for (int64_t i = 0; i < count && error == MOLT_NONE; i++) {
            if (async_is_coroutine(molt_tuple_items(futures)[i]))
                error = molt_raise_format(&molt_type_TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
            else if (!async_is_future(molt_tuple_items(futures)[i]))
                error = molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute 'add_done_callback'",
                                          molt_type_of(molt_tuple_items(futures)[i])->name);
        }
    }
    molt_decref(return_when);
    if (error == MOLT_NONE && async_require_running_loop() < 0) error = MOLT_ERROR;
    if (error != MOLT_NONE) {
        molt_decref(futures);
        return async_op_raise_current();
    }
    /* fs = set(fs): the same future twice is one. */
    MoltValue *unique = malloc((size_t)count * sizeof(MoltValue));
    if (!unique) abort();
    size_t unique_count = 0;
    for (int64_t i = 0; i < count; i++) {
        MoltValue future = molt_tuple_items(futures)[i];
        size_t seen = 0;
        while (seen < unique_count && unique[seen] != future) seen++;
        if (seen == unique_count) {
            molt_incref(future);
            unique[unique_count++] = future;
        }
    }
    molt_decref(futures);
    futures = molt_tuple_from_owned(unique, unique_count);
    free(unique);
    MoltValue values[5] = {futures, MOLT_NONE, MOLT_NONE, molt_from_small_int(which),
                           parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1]};
    MoltValue op = async_op_new(&wait_kind, values, 5);
    molt_decref(futures);
    return op;
}

/* ---- all_tasks ------------------------------------------------------------------------- */

static MoltValue asyncio_all_tasks(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"loop", NULL};
    static const MoltArgSpec spec = {"all_tasks", 0, 1, names, 1};
    MoltValue parsed[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (async_require_running_loop() < 0) return MOLT_ERROR;
    return async_pending_tasks_set();
}

/* ---- the module ------------------------------------------------------------------------ */

static MoltValue make_future_type(void) { return molt_from_type(&molt_type_asyncio_future); }
static MoltValue make_task_type(void) { return molt_from_type(&molt_type_asyncio_task); }
static MoltValue make_cancelled_error(void) { return molt_module_error_attribute(&async_cancelled_error); }
static MoltValue make_invalid_state_error(void) { return molt_module_error_attribute(&async_invalid_state_error); }
static MoltValue make_timeout_error(void) { return molt_from_type(&molt_type_TimeoutError); }
static MoltValue make_timeout_type(void) { return molt_from_type(&molt_type_asyncio_timeout); }
static MoltValue make_handle_type(void) { return molt_from_type(&molt_type_asyncio_handle); }
static MoltValue make_timer_handle_type(void) { return molt_from_type(&molt_type_asyncio_timer_handle); }
static MoltValue make_first_completed(void) { return molt_str_from_utf8("FIRST_COMPLETED", 15); }
static MoltValue make_first_exception(void) { return molt_str_from_utf8("FIRST_EXCEPTION", 15); }
static MoltValue make_all_completed(void) { return molt_str_from_utf8("ALL_COMPLETED", 13); }

static MoltValue make_task_group_type(void) { return molt_from_type(&molt_type_asyncio_task_group); }
static MoltValue make_event_type(void) { return async_sync_type(0); }
static MoltValue make_lock_type(void) { return async_sync_type(1); }
static MoltValue make_semaphore_type(void) { return async_sync_type(2); }
static MoltValue make_bounded_semaphore_type(void) { return async_sync_type(3); }
static MoltValue make_queue_type(void) { return async_sync_type(4); }
static MoltValue make_priority_queue_type(void) { return async_sync_type(5); }
static MoltValue make_lifo_queue_type(void) { return async_sync_type(6); }
static MoltValue make_queue_empty(void) { return molt_module_error_attribute(&async_queue_empty); }
static MoltValue make_queue_full(void) { return molt_module_error_attribute(&async_queue_full); }

static const MoltModuleAttribute asyncio_attributes[] = {
    {"TaskGroup", make_task_group_type},
    {"Event", make_event_type},
    {"Lock", make_lock_type},
    {"Semaphore", make_semaphore_type},
    {"BoundedSemaphore", make_bounded_semaphore_type},
    {"Queue", make_queue_type},
    {"PriorityQueue", make_priority_queue_type},
    {"LifoQueue", make_lifo_queue_type},
    {"QueueEmpty", make_queue_empty},
    {"QueueFull", make_queue_full},
    {"Future", make_future_type},
    {"Task", make_task_type},
    {"CancelledError", make_cancelled_error},
    {"InvalidStateError", make_invalid_state_error},
    {"TimeoutError", make_timeout_error},
    {"Timeout", make_timeout_type},
    {"Handle", make_handle_type},
    {"TimerHandle", make_timer_handle_type},
    {"FIRST_COMPLETED", make_first_completed},
    {"FIRST_EXCEPTION", make_first_exception},
    {"ALL_COMPLETED", make_all_completed},
};

static struct MoltBuiltinFunctionObject asyncio_functions[] = {
    MOLT_MODULE_FUNCTION("run", asyncio_run),
    MOLT_MODULE_FUNCTION("create_task", async_create_task),
    MOLT_MODULE_FUNCTION("sleep", asyncio_sleep),
    MOLT_MODULE_FUNCTION("gather", asyncio_gather),
    MOLT_MODULE_FUNCTION("shield", asyncio_shield),
    MOLT_MODULE_FUNCTION("wait_for", asyncio_wait_for),
    MOLT_MODULE_FUNCTION("wait", asyncio_wait),
    MOLT_MODULE_FUNCTION("timeout", asyncio_timeout),
    MOLT_MODULE_FUNCTION("timeout_at", asyncio_timeout_at),
    MOLT_MODULE_FUNCTION("current_task", asyncio_current_task),
    MOLT_MODULE_FUNCTION("all_tasks", asyncio_all_tasks),
    MOLT_MODULE_FUNCTION("get_running_loop", asyncio_get_running_loop),
    MOLT_MODULE_FUNCTION("ensure_future", asyncio_ensure_future),
    MOLT_MODULE_FUNCTION("iscoroutine", asyncio_iscoroutine),
    MOLT_MODULE_FUNCTION("isfuture", asyncio_isfuture),
};

struct MoltModule molt_module_asyncio = MOLT_MODULE("asyncio", asyncio_functions, asyncio_attributes);
