/* asyncio's event loop, as base_events.py runs it: a FIFO ready queue of
 * callbacks, a heap of timer handles ordered by (when, scheduling order), and
 * _run_once (due timers join the ready queue, then exactly the callbacks
 * ready at that point run). Time is virtual: when nothing is ready, the clock
 * jumps to the first timer. Also the Runner (asyncio.run: run the main task,
 * then cancel the tasks left and run the two shutdown tasks), Handle and
 * TimerHandle, and the loop object get_running_loop() returns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asyncio.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* A handle: a callback the loop runs unless it was cancelled first. */
typedef struct Handle {
    MoltObject header;
    AsyncCallback callback;   /* owned; cleared when cancelled */
    double when;              /* a timer's */
    unsigned long long sequence;
    bool cancelled;
} Handle;

static struct {
    AsyncCallback *ready;
    size_t head, count, capacity;   /* a ring buffer */
    Handle **timers;                /* a binary min-heap on (when, sequence), owned */
    size_t timer_count, timer_capacity;
    unsigned long long sequence;
    double now;                     /* virtual seconds since asyncio.run began */
    bool running, stopping;
    bool interrupted;               /* a task raised SystemExit or KeyboardInterrupt */
    MoltValue current_task;         /* borrowed while its step runs */
    AsyncFuture *first_task, *last_task;   /* pending tasks, owned, in creation order */
    /* Async generators first used under the loop (base_events' _asyncgens,
     * a WeakSet: borrowed, each leaves when it goes), in first-use order. */
    MoltValue *asyncgens;
    size_t asyncgen_count, asyncgen_capacity;
} loop = {.current_task = MOLT_NONE};

double async_time(void) { return loop.now; }
bool async_loop_running(void) { return loop.running; }
MoltValue async_current_task(void) { return loop.current_task; }
void async_set_current_task(MoltValue task) { loop.current_task = task; }

int async_require_running_loop(void) {
    if (loop.running) return 0;
    molt_raise_format(&molt_type_RuntimeError, "no running event loop");
    return -1;
}

void async_call_soon(AsyncCallbackFunction fn, MoltValue arg, MoltValue extra) {
    if (loop.count == loop.capacity) {
        size_t capacity = loop.capacity ? loop.capacity * 2 : 16;
        AsyncCallback *ready = malloc(capacity * sizeof(AsyncCallback));
        if (!ready) abort();
        for (size_t i = 0; i < loop.count; i++) ready[i] = loop.ready[(loop.head + i) % loop.capacity];
        free(loop.ready);
        loop.ready = ready;
        loop.head = 0;
        loop.capacity = capacity;
    }
    molt_incref(arg);
    molt_incref(extra);
    loop.ready[(loop.head + loop.count++) % loop.capacity] = (AsyncCallback){fn, arg, extra};
}

/* ---- handles -------------------------------------------------------------------------- */

static void handle_clear_callback(Handle *handle) {
    MoltValue arg = handle->callback.arg, extra = handle->callback.extra;
    handle->callback.arg = handle->callback.extra = MOLT_NONE;
    molt_decref(arg);
    molt_decref(extra);
}

static void run_handle(MoltValue value, MoltValue unused) {
    (void)unused;
    Handle *handle = molt_as_ptr(value);
    if (handle->cancelled) return;
    handle->callback.fn(handle->callback.arg, handle->callback.extra);
}

static MoltValue handle_new(const MoltType *type, AsyncCallbackFunction fn, MoltValue arg, MoltValue extra) {
    Handle *handle = molt_gc_allocate(sizeof(Handle), type);
    molt_incref(arg);
    molt_incref(extra);
    handle->callback = (AsyncCallback){fn, arg, extra};
    return molt_from_ptr(handle);
}

void async_handle_cancel(MoltValue value) {
    Handle *handle = molt_as_ptr(value);
    if (handle->cancelled) return;
    handle->cancelled = true;
    handle_clear_callback(handle);
}

static bool timer_less(const Handle *a, const Handle *b) {
    return a->when < b->when || (a->when == b->when && a->sequence < b->sequence);
}

MoltValue async_call_at(double when, AsyncCallbackFunction fn, MoltValue arg, MoltValue extra) {
    MoltValue value = handle_new(&molt_type_asyncio_timer_handle, fn, arg, extra);
    Handle *timer = molt_as_ptr(value);
    timer->when = when;
    timer->sequence = loop.sequence++;
    if (loop.timer_count == loop.timer_capacity) {
        loop.timer_capacity = loop.timer_capacity ? loop.timer_capacity * 2 : 16;
        loop.timers = realloc(loop.timers, loop.timer_capacity * sizeof(Handle *));
        if (!loop.timers) abort();
    }
    molt_incref(value);
    size_t pos = loop.timer_count++;
    while (pos > 0 && timer_less(timer, loop.timers[(pos - 1) / 2])) {
        loop.timers[pos] = loop.timers[(pos - 1) / 2];
        pos = (pos - 1) / 2;
    }
    loop.timers[pos] = timer;
    return value;
}

/* Takes the first timer off the heap (its reference moves to the caller). */
static Handle *pop_timer(void) {
    Handle *top = loop.timers[0], *last = loop.timers[--loop.timer_count];
    size_t pos = 0;
    for (;;) {
        size_t child = 2 * pos + 1;
        if (child >= loop.timer_count) break;
        if (child + 1 < loop.timer_count && timer_less(loop.timers[child + 1], loop.timers[child])) child++;
        if (!timer_less(loop.timers[child], last)) break;
        loop.timers[pos] = loop.timers[child];
        pos = child;
    }
    if (loop.timer_count) loop.timers[pos] = last;
    return top;
}

/* ---- running -------------------------------------------------------------------------- */

static void run_callback(AsyncCallback callback) {
    callback.fn(callback.arg, callback.extra);
    molt_decref(callback.arg);
    molt_decref(callback.extra);
}

/* One iteration (base_events._run_once). */
static void run_once(void) {
    while (loop.timer_count && loop.timers[0]->cancelled) molt_decref(molt_from_ptr(pop_timer()));
    if (!loop.count && !loop.stopping && loop.timer_count && loop.timers[0]->when > loop.now)
        loop.now = loop.timers[0]->when;
    const double resolution = 1e-9;   /* time.get_clock_info('monotonic').resolution */
    while (loop.timer_count && loop.timers[0]->when < loop.now + resolution) {
        Handle *timer = pop_timer();
        async_call_soon(run_handle, molt_from_ptr(timer), MOLT_NONE);
        molt_decref(molt_from_ptr(timer));
    }
    size_t todo = loop.count;
    for (size_t i = 0; i < todo && !loop.interrupted; i++) {
        AsyncCallback callback = loop.ready[loop.head];
        loop.head = (loop.head + 1) % loop.capacity;
        loop.count--;
        run_callback(callback);
    }
}

void async_interrupt(void) { loop.interrupted = true; }

static void stop_when_done(MoltValue unused, MoltValue future) {
    (void)unused;
    (void)future;
    loop.stopping = true;
}

/* loop.run_until_complete(future): the future's result, or MOLT_ERROR. */
static MoltValue run_until_complete(MoltValue future) {
    async_future_add_callback(future, stop_when_done, MOLT_NONE);
    /* With nothing ready and no timer, CPython would wait forever for I/O
     * that cannot come; Molt stops (docs/asyncio.md). */
    while (!loop.stopping && !loop.interrupted && (loop.count || loop.timer_count)) run_once();
    loop.stopping = false;
    async_future_remove_callback(future, stop_when_done, MOLT_NONE);
    if (!async_future_done(future))
        return molt_raise_format(&molt_type_RuntimeError, "Event loop stopped before Future completed.");
    return async_future_result(future);
}

void async_register_task(MoltValue task) {
    AsyncFuture *each = async_future_of(task);
    molt_incref(task);
    each->previous_task = loop.last_task;
    each->next_task = NULL;
    if (loop.last_task) loop.last_task->next_task = each;
    else loop.first_task = each;
    loop.last_task = each;
}

void async_unregister_task(MoltValue task) {
    AsyncFuture *each = async_future_of(task);
    if (each != loop.first_task && !each->previous_task) return;   /* not registered */
    if (each->previous_task) each->previous_task->next_task = each->next_task;
    else loop.first_task = each->next_task;
    if (each->next_task) each->next_task->previous_task = each->previous_task;
    else loop.last_task = each->previous_task;
    each->previous_task = each->next_task = NULL;
    molt_decref(task);
}

MoltValue async_pending_tasks_set(void) {
    MoltValue set = molt_set_new(false);
    for (AsyncFuture *each = loop.first_task; each; each = each->next_task) {
        if (each->state != FUTURE_PENDING) continue;
        if (molt_set_add(set, molt_from_ptr(each)) < 0) {
            molt_decref(set);
            return MOLT_ERROR;
        }
    }
    return set;
}

/* runners._cancel_all_tasks: cancel what is left and wait for it. */
static void cancel_all_tasks(void) {
    size_t count = 0;
    for (AsyncFuture *each = loop.first_task; each; each = each->next_task) count++;
    if (!count) return;
    MoltValue *tasks = malloc(count * sizeof(MoltValue));
    if (!tasks) abort();
    size_t i = 0;
    for (AsyncFuture *each = loop.first_task; each; each = each->next_task) {
        tasks[i] = molt_from_ptr(each);
        molt_incref(tasks[i++]);
    }
    for (i = 0; i < count; i++) async_future_cancel(tasks[i], MOLT_NONE);
    MoltValue gathering = async_gather(tasks, count, true);
    MoltValue result = gathering == MOLT_ERROR ? MOLT_ERROR : run_until_complete(gathering);
    if (result == MOLT_ERROR) molt_decref(molt_exc_fetch());
    else molt_decref(result);
    molt_decref(gathering);
    for (i = 0; i < count; i++) {
        AsyncFuture *task = async_future_of(tasks[i]);
        if (task->state == FUTURE_FINISHED && task->exception != MOLT_NONE)
            fprintf(stderr, "unhandled exception during asyncio.run() shutdown\n");
        molt_decref(tasks[i]);
    }
    free(tasks);
}

/* ---- async generators (sys.set_asyncgen_hooks while the loop runs) ------------------------- */

static void asyncgen_firstiter(MoltValue agen) {
    if (loop.asyncgen_count == loop.asyncgen_capacity) {
        loop.asyncgen_capacity = loop.asyncgen_capacity ? loop.asyncgen_capacity * 2 : 8;
        loop.asyncgens = realloc(loop.asyncgens, loop.asyncgen_capacity * sizeof(MoltValue));
        if (!loop.asyncgens) abort();
    }
    loop.asyncgens[loop.asyncgen_count++] = agen;
}

static void create_task_callback(MoltValue coro, MoltValue unused) {
    (void)unused;
    MoltValue task = async_task_new(coro, MOLT_NONE);
    if (task == MOLT_ERROR) async_log_callback_error();
    else molt_decref(task);
}

/* _asyncgen_finalizer_hook: it leaves the set, and a suspended one is
 * closed by a task the next round makes (call_soon_threadsafe(create_task, agen.aclose())). */
static void asyncgen_release(MoltValue agen, bool close) {
    for (size_t i = 0; i < loop.asyncgen_count; i++) {
        if (loop.asyncgens[i] != agen) continue;
        memmove(&loop.asyncgens[i], &loop.asyncgens[i + 1], (loop.asyncgen_count - i - 1) * sizeof(MoltValue));
        loop.asyncgen_count--;
        break;
    }
    if (!close) return;
    MoltValue aclose = molt_async_gen_aclose(agen);
    async_call_soon(create_task_callback, aclose, MOLT_NONE);
    molt_decref(aclose);
}

/* loop.shutdown_asyncgens(): aclose() every async generator still known, gathered. */
enum { SHUTDOWN_GATHER };

static MoltValue shutdown_asyncgens_next(AsyncOp *op) {
    if (op->state == 0) {
        op->state = 1;
        size_t count = loop.asyncgen_count;
        if (!count) return molt_raise_stop(MOLT_NONE);
        MoltValue *closers = malloc(count * sizeof(MoltValue));
        if (!closers) abort();
        for (size_t i = 0; i < count; i++) closers[i] = molt_async_gen_aclose(loop.asyncgens[i]);
        loop.asyncgen_count = 0;
        MoltValue gathering = async_gather(closers, count, true);
        for (size_t i = 0; i < count; i++) molt_decref(closers[i]);
        free(closers);
        if (gathering == MOLT_ERROR) return MOLT_ERROR;
        op->values[SHUTDOWN_GATHER] = async_future_iter_new(gathering);
        molt_decref(gathering);
    }
    MoltValue result;
    MoltValue item = async_op_await_step(op, SHUTDOWN_GATHER, MOLT_NONE, &result);
    if (item != MOLT_STOP) return item;
    molt_decref(result);   /* the loop's exception handler would log the exceptions among them */
    return molt_raise_stop(MOLT_NONE);
}

static const AsyncOpKind shutdown_asyncgens_kind = {"BaseEventLoop.shutdown_asyncgens", shutdown_asyncgens_next, NULL};

/* Runner.close() runs shutdown_asyncgens() and shutdown_default_executor()
 * (which finishes at its first step), each as a task. */
static void run_shutdown_task(bool asyncgens) {
    MoltValue coro = asyncgens ? async_op_new(&shutdown_asyncgens_kind, NULL, 0) : async_op_return(MOLT_NONE);
    MoltValue task = async_task_new(coro, MOLT_NONE);
    molt_decref(coro);
    MoltValue result = run_until_complete(task);
    if (result == MOLT_ERROR) molt_decref(molt_exc_fetch());
    else molt_decref(result);
    molt_decref(task);
}

static void close_loop(void) {
    while (loop.count) {
        AsyncCallback callback = loop.ready[loop.head];
        loop.head = (loop.head + 1) % loop.capacity;
        loop.count--;
        molt_decref(callback.arg);
        molt_decref(callback.extra);
    }
    while (loop.timer_count) molt_decref(molt_from_ptr(pop_timer()));
    while (loop.first_task) async_unregister_task(molt_from_ptr(loop.first_task));
    loop.asyncgen_count = 0;
    loop.now = 0;
}

MoltValue async_run(MoltValue coro) {
    loop.running = true;
    loop.stopping = loop.interrupted = false;
    molt_async_gen_hooks = (MoltAsyncGenHooks){asyncgen_firstiter, asyncgen_release};
    MoltValue main_task = async_task_new(coro, MOLT_NONE);
    MoltValue result = run_until_complete(main_task);
    MoltValue error = result == MOLT_ERROR ? molt_exc_fetch() : MOLT_NONE;
    loop.interrupted = false;
    cancel_all_tasks();
    run_shutdown_task(true);
    run_shutdown_task(false);
    close_loop();
    molt_async_gen_hooks = (MoltAsyncGenHooks){NULL, NULL};
    loop.running = false;
    molt_decref(main_task);
    if (error != MOLT_NONE) return molt_exc_restore(error);
    return result;
}

/* ---- Handle and TimerHandle seen from Python ------------------------------------------- */

void async_log_callback_error(void) {
    /* The loop's default exception handler logs it and the loop goes on. */
    MoltValue exception = molt_exc_fetch();
    MoltValue repr = molt_repr(exception);
    if (repr != MOLT_ERROR) {
        fprintf(stderr, "Exception in callback: %s\n", molt_str_utf8(repr, NULL));
        molt_decref(repr);
    } else {
        molt_decref(molt_exc_fetch());
    }
    molt_decref(exception);
}

/* A Python callback: arg is the callable, extra the tuple of its arguments. */
static void call_python(MoltValue callable, MoltValue args) {
    MoltValue result = molt_call(callable, molt_tuple_items(args), (size_t)molt_tuple_length(args), MOLT_NONE);
    if (result != MOLT_ERROR) {
        molt_decref(result);
        return;
    }
    async_log_callback_error();
}

static const char *const handle_method_names[] = {"cancel", "cancelled", "when", NULL};

static MoltValue handle_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    (void)args;
    Handle *handle = molt_as_ptr(self);
    const char *type = molt_type_of(self)->name;
    bool timer = molt_type_of(self) == &molt_type_asyncio_timer_handle;
    if (strcmp(name, "cancel") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        async_handle_cancel(self);
        return MOLT_NONE;
    }
    if (strcmp(name, "cancelled") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_from_bool(handle->cancelled);
    }
    if (timer && strcmp(name, "when") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_from_double(handle->when);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue handle_repr(MoltValue self) {
    Handle *handle = molt_as_ptr(self);
    char text[96];
    snprintf(text, sizeof text, "<%s%s>", molt_type_of(self)->name, handle->cancelled ? " cancelled" : "");
    return molt_str_from_utf8(text, strlen(text));
}

static void handle_dealloc(MoltObject *object) {
    handle_clear_callback((Handle *)object);
    molt_gc_free(object);
}

static void handle_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Handle *handle = (Handle *)object;
    if (handle->callback.arg != MOLT_NONE) visit(handle->callback.arg, context);
    if (handle->callback.extra != MOLT_NONE) visit(handle->callback.extra, context);
}

static void handle_clear(MoltObject *object) { handle_clear_callback((Handle *)object); }

#define HANDLE_TYPE(type_name)                               \
    {                                                        \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, \
        .name = type_name,                                   \
        .module_name = "asyncio.events",                     \
        .base = &molt_type_object,                           \
        .dealloc = handle_dealloc,                           \
        .repr = handle_repr,                                 \
        .hash = molt_object_hash_identity,                   \
        .call_method = handle_call_method,                   \
        .method_names = handle_method_names,                 \
        .traverse = handle_traverse,                         \
        .clear = handle_clear,                               \
    }

MoltType molt_type_asyncio_handle = HANDLE_TYPE("Handle");
MoltType molt_type_asyncio_timer_handle = HANDLE_TYPE("TimerHandle");

/* ---- the loop object ------------------------------------------------------------------ */

static MoltObject loop_object = {MOLT_IMMORTAL_REFCOUNT, &molt_type_asyncio_loop};

MoltValue async_running_loop_object(void) { return molt_from_ptr(&loop_object); }

/* Reads call_soon/call_later/call_at's (callback, *args) from args[0..nargs). */
static MoltValue schedule_python(const char *method, double when, bool timer, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++)
        if (strcmp(molt_args_keyword_name(kwnames, k), "context") != 0)
            return molt_raise_format(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'",
                                     method, molt_args_keyword_name(kwnames, k));
    if (nargs < 1)
        return molt_raise_format(&molt_type_TypeError, "%s() missing 1 required positional argument: 'callback'",
                                 method);
    /* Whether the callback is callable is checked in debug mode only; a call that fails is logged. */
    MoltValue callback_args = molt_tuple_from_borrowed(args + 1, nargs - 1);
    MoltValue handle;
    if (timer) {
        handle = async_call_at(when, call_python, args[0], callback_args);
    } else {
        handle = handle_new(&molt_type_asyncio_handle, call_python, args[0], callback_args);
        async_call_soon(run_handle, handle, MOLT_NONE);
    }
    molt_decref(callback_args);
    return handle;
}

/* A time argument (seconds as int or float). */
int async_seconds_argument(MoltValue value, const char *context, double *out) {
    if (molt_is_double(value)) {
        *out = molt_as_double(value);
        return 0;
    }
    if (molt_is_int(value)) return molt_int_to_double(value, out) ? 0 : -1;
    if (value == MOLT_NONE && context) {
        molt_raise_format(&molt_type_TypeError, "%s must not be None", context);
        return -1;
    }
    molt_raise_format(&molt_type_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                      molt_type_of(value)->name);
    return -1;
}

static const char *const loop_method_names[] = {"call_soon", "call_later", "call_at", "time", "create_future",
                                                "create_task", "is_running", "is_closed", "get_debug", NULL};

static MoltValue loop_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    (void)self;
    const char *type = "_UnixSelectorEventLoop";
    if (strcmp(name, "call_soon") == 0) return schedule_python(name, 0, false, args, nargs, kwnames);
    if (strcmp(name, "call_later") == 0 || strcmp(name, "call_at") == 0) {
        bool later = name[5] == 'l';
        if (nargs < 1)
            return molt_raise_format(&molt_type_TypeError, "%s() missing 2 required positional arguments: '%s' and "
                                     "'callback'", name, later ? "delay" : "when");
        double when;
        if (async_seconds_argument(args[0], later ? "delay" : "when", &when) < 0) return MOLT_ERROR;
        return schedule_python(name, later ? loop.now + when : when, true, args + 1, nargs - 1, kwnames);
    }
    if (strcmp(name, "time") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_from_double(loop.now);
    }
    if (strcmp(name, "create_future") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return async_future_new(&molt_type_asyncio_future);
    }
    if (strcmp(name, "create_task") == 0) return async_create_task(args, nargs, kwnames);
    if (strcmp(name, "is_running") == 0 || strcmp(name, "is_closed") == 0 || strcmp(name, "get_debug") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_from_bool(name[3] == 'r' ? loop.running : name[3] == 'c' ? !loop.running : false);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue loop_repr(MoltValue self) {
    (void)self;
    char text[96];
    snprintf(text, sizeof text, "<_UnixSelectorEventLoop running=%s closed=%s debug=False>",
             loop.running ? "True" : "False", loop.running ? "False" : "True");
    return molt_str_from_utf8(text, strlen(text));
}

MoltType molt_type_asyncio_loop = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_UnixSelectorEventLoop",
    .module_name = "asyncio.unix_events",
    .base = &molt_type_object,
    .repr = loop_repr,
    .hash = molt_object_hash_identity,
    .call_method = loop_call_method,
    .method_names = loop_method_names,
};
