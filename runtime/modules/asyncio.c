/* The asyncio module, first increment: one event loop in C with CPython
 * 3.12's scheduling (base_events._run_once: a FIFO ready queue, a timer heap,
 * one round runs the callbacks that were ready when it began), Future and
 * Task (tasks.py's __step/__wakeup), asyncio.run, sleep, create_task and
 * gather. Time is virtual: with nothing ready, the clock jumps to the next
 * timer, so sleeps cost nothing and the output is deterministic. See
 * docs/asyncio.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/exc_object.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* ---- the loop's queues ---------------------------------------------------------------- */

/* A scheduled callback: fn(arg), which owns arg's reference. */
typedef struct Callback {
    void (*fn)(MoltValue arg);
    MoltValue arg;
} Callback;

typedef struct Timer {
    double when;
    unsigned long long sequence;   /* ties keep scheduling order, as CPython's real clock does */
    Callback callback;
} Timer;

static struct {
    Callback *ready;
    size_t head, count, capacity;  /* a ring buffer */
    Timer *timers;                 /* a binary min-heap on (when, sequence) */
    size_t timer_count, timer_capacity;
    unsigned long long sequence;
    double now;                    /* virtual seconds since the loop started */
    bool running;
    bool stopping;
    long task_counter;             /* names Task-1, Task-2, ... */
    MoltValue current_task;        /* borrowed while its step runs, MOLT_NONE otherwise */
} loop = {.current_task = MOLT_NONE};

static void call_soon(void (*fn)(MoltValue), MoltValue arg) {
    if (loop.count == loop.capacity) {
        size_t capacity = loop.capacity ? loop.capacity * 2 : 16;
        Callback *ready = malloc(capacity * sizeof(Callback));
        if (!ready) abort();
        for (size_t i = 0; i < loop.count; i++) ready[i] = loop.ready[(loop.head + i) % loop.capacity];
        free(loop.ready);
        loop.ready = ready;
        loop.head = 0;
        loop.capacity = capacity;
    }
    molt_incref(arg);
    loop.ready[(loop.head + loop.count++) % loop.capacity] = (Callback){fn, arg};
}

static bool timer_less(const Timer *a, const Timer *b) {
    return a->when < b->when || (a->when == b->when && a->sequence < b->sequence);
}

static void call_later(double delay, void (*fn)(MoltValue), MoltValue arg) {
    if (loop.timer_count == loop.timer_capacity) {
        loop.timer_capacity = loop.timer_capacity ? loop.timer_capacity * 2 : 16;
        loop.timers = realloc(loop.timers, loop.timer_capacity * sizeof(Timer));
        if (!loop.timers) abort();
    }
    molt_incref(arg);
    size_t pos = loop.timer_count++;
    Timer timer = {loop.now + delay, loop.sequence++, {fn, arg}};
    while (pos > 0 && timer_less(&timer, &loop.timers[(pos - 1) / 2])) {
        loop.timers[pos] = loop.timers[(pos - 1) / 2];
        pos = (pos - 1) / 2;
    }
    loop.timers[pos] = timer;
}

static Timer pop_timer(void) {
    Timer top = loop.timers[0], last = loop.timers[--loop.timer_count];
    size_t pos = 0;
    for (;;) {
        size_t child = 2 * pos + 1;
        if (child >= loop.timer_count) break;
        if (child + 1 < loop.timer_count && timer_less(&loop.timers[child + 1], &loop.timers[child])) child++;
        if (!timer_less(&loop.timers[child], &last)) break;
        loop.timers[pos] = loop.timers[child];
        pos = child;
    }
    if (loop.timer_count) loop.timers[pos] = last;
    return top;
}

/* One iteration (base_events._run_once): due timers join the ready queue, then
 * the callbacks ready at this point run; those they schedule wait a round. */
static void run_once(void) {
    if (!loop.count && loop.timer_count && loop.timers[0].when > loop.now) loop.now = loop.timers[0].when;
    const double resolution = 1e-9;   /* time.get_clock_info('monotonic').resolution */
    while (loop.timer_count && loop.timers[0].when < loop.now + resolution) {
        Timer timer = pop_timer();
        call_soon(timer.callback.fn, timer.callback.arg);
        molt_decref(timer.callback.arg);
    }
    size_t todo = loop.count;
    for (size_t i = 0; i < todo; i++) {
        Callback callback = loop.ready[loop.head];
        loop.head = (loop.head + 1) % loop.capacity;
        loop.count--;
        callback.fn(callback.arg);
        molt_decref(callback.arg);
    }
}

/* Drops what is still scheduled when asyncio.run returns. */
static void clear_loop(void) {
    while (loop.count) {
        Callback callback = loop.ready[loop.head];
        loop.head = (loop.head + 1) % loop.capacity;
        loop.count--;
        molt_decref(callback.arg);
    }
    while (loop.timer_count) molt_decref(pop_timer().callback.arg);
    loop.now = 0;
}

/* ---- Future and Task ------------------------------------------------------------------ */

typedef enum { FUTURE_PENDING, FUTURE_FINISHED } FutureState;

typedef struct Future {
    MoltObject header;
    FutureState state;
    MoltValue result;        /* owned, MOLT_NONE until set */
    MoltValue exception;     /* owned, MOLT_NONE unless finished with an exception */
    Callback *callbacks;     /* scheduled with call_soon when the future finishes */
    size_t callback_count, callback_capacity;
    /* A Task: the coroutine it drives, its name, and the exception its next
     * step throws in (MOLT_NONE: it sends None). */
    MoltValue coro;
    MoltValue name;
    MoltValue throw_in;
    /* A gather's outer future: its children, how many are done, return_exceptions. */
    MoltValue children;
    size_t finished;
    bool return_exceptions;
} Future;

extern MoltType molt_type_asyncio_future, molt_type_asyncio_task;

static Future *future_of(MoltValue v) { return molt_as_ptr(v); }

static bool is_future(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    const MoltType *type = ((MoltObject *)molt_as_ptr(v))->type;
    return type == &molt_type_asyncio_future || type == &molt_type_asyncio_task;
}

static MoltValue future_new(const MoltType *type) {
    Future *future = molt_gc_allocate(sizeof(Future), type);
    future->result = future->exception = future->coro = future->name = future->throw_in = future->children = MOLT_NONE;
    return molt_from_ptr(future);
}

static void add_done_callback(MoltValue self, void (*fn)(MoltValue), MoltValue arg) {
    Future *future = future_of(self);
    if (future->state != FUTURE_PENDING) {
        call_soon(fn, arg);
        return;
    }
    if (future->callback_count == future->callback_capacity) {
        future->callback_capacity = future->callback_capacity ? future->callback_capacity * 2 : 4;
        future->callbacks = realloc(future->callbacks, future->callback_capacity * sizeof(Callback));
        if (!future->callbacks) abort();
    }
    molt_incref(arg);
    future->callbacks[future->callback_count++] = (Callback){fn, arg};
}

/* Finishes the future (taking `result` or `exception`) and schedules its callbacks. */
static void future_finish(MoltValue self, MoltValue result, MoltValue exception) {
    Future *future = future_of(self);
    future->state = FUTURE_FINISHED;
    future->result = result;
    future->exception = exception;
    Callback *callbacks = future->callbacks;
    size_t count = future->callback_count;
    future->callbacks = NULL;
    future->callback_count = future->callback_capacity = 0;
    for (size_t i = 0; i < count; i++) {
        call_soon(callbacks[i].fn, callbacks[i].arg);
        molt_decref(callbacks[i].arg);
    }
    free(callbacks);
}

/* future.result(): the value, or raises the exception (new reference or MOLT_ERROR). */
static MoltValue future_result(MoltValue self) {
    Future *future = future_of(self);
    if (future->state == FUTURE_PENDING) return molt_raise_format(&molt_type_RuntimeError, "Result is not set.");
    if (future->exception != MOLT_NONE) {
        molt_raise(future->exception, MOLT_ERROR);
        return MOLT_ERROR;
    }
    molt_incref(future->result);
    return future->result;
}

/* Task.__step: one send (or throw) into the coroutine. */
static void task_step(MoltValue self) {
    Future *task = future_of(self);
    if (task->state != FUTURE_PENDING) return;
    MoltValue sent = MOLT_NONE;
    if (task->throw_in != MOLT_NONE) {
        molt_raise(task->throw_in, MOLT_ERROR);
        molt_decref(task->throw_in);
        task->throw_in = MOLT_NONE;
        sent = MOLT_ERROR;
    }
    MoltValue saved = loop.current_task;
    loop.current_task = self;
    MoltValue returned = MOLT_NONE;
    MoltValue yielded = molt_yield_from_step(task->coro, sent, &returned);
    loop.current_task = saved;
    if (yielded == MOLT_STOP) {
        future_finish(self, returned, MOLT_NONE);
    } else if (yielded == MOLT_ERROR) {
        future_finish(self, MOLT_NONE, molt_exc_fetch());
    } else if (yielded == MOLT_NONE) {
        call_soon(task_step, self);   /* a bare yield (sleep(0)): the task goes to the back of the queue */
    } else if (is_future(yielded)) {
        if (yielded == self) {
            MoltValue repr = molt_repr(self);
            if (repr != MOLT_ERROR) {
                molt_raise_format(&molt_type_RuntimeError, "Task cannot await on itself: %s", molt_str_utf8(repr, NULL));
                molt_decref(repr);
            }
            task->throw_in = molt_exc_fetch();
            call_soon(task_step, self);
        } else {
            add_done_callback(yielded, task_step, self);   /* __wakeup runs __step */
        }
        molt_decref(yielded);
    } else {
        MoltValue repr = molt_repr(yielded);
        molt_decref(yielded);
        if (repr != MOLT_ERROR) {
            molt_raise_format(&molt_type_RuntimeError, "Task got bad yield: %s", molt_str_utf8(repr, NULL));
            molt_decref(repr);
        }
        task->throw_in = molt_exc_fetch();
        call_soon(task_step, self);
    }
}

static MoltValue task_new(MoltValue coro) {
    MoltValue self = future_new(&molt_type_asyncio_task);
    Future *task = future_of(self);
    molt_incref(coro);
    task->coro = coro;
    char name[32];
    snprintf(name, sizeof name, "Task-%ld", ++loop.task_counter);
    task->name = molt_str_from_utf8(name, strlen(name));
    call_soon(task_step, self);
    return self;
}

/* ---- awaiting a future: Future.__await__ ---------------------------------------------- */

/* The iterator `await future` drives: yields the future while it is pending,
 * then returns its result. A sleep is the same iterator over a future it
 * makes when first stepped (MOLT_NONE future and delay >= 0). */
typedef struct FutureIter {
    MoltObject header;
    MoltValue future;    /* owned; MOLT_NONE for a sleep not started yet */
    double delay;        /* a sleep's seconds */
    MoltValue value;     /* a sleep's result */
    bool is_sleep;
    bool yielded;
} FutureIter;

extern MoltType molt_type_asyncio_future_iter, molt_type_asyncio_sleep;

static void set_result_unless_done(MoltValue future) {
    if (future_of(future)->state == FUTURE_PENDING) future_finish(future, MOLT_NONE, MOLT_NONE);
}

static MoltValue future_iter_next(MoltValue self) {
    FutureIter *it = molt_as_ptr(self);
    if (it->is_sleep && !it->yielded) {
        it->yielded = true;
        if (it->delay <= 0) return MOLT_NONE;   /* sleep(0): one bare yield */
        it->future = future_new(&molt_type_asyncio_future);
        call_later(it->delay, set_result_unless_done, it->future);
        molt_incref(it->future);
        return it->future;
    }
    if (it->is_sleep) {
        if (it->future != MOLT_NONE && future_of(it->future)->state == FUTURE_PENDING)
            return molt_raise_format(&molt_type_RuntimeError, "await wasn't used with future");
        return molt_raise_stop(it->value);
    }
    Future *future = future_of(it->future);
    if (future->state == FUTURE_PENDING) {
        if (it->yielded) return molt_raise_format(&molt_type_RuntimeError, "await wasn't used with future");
        it->yielded = true;
        molt_incref(it->future);
        return it->future;
    }
    MoltValue result = future_result(it->future);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_stop(result);
    molt_decref(result);
    return MOLT_ERROR;
}

static MoltValue future_iter_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltValue future_iter_new(MoltValue future) {
    FutureIter *it = molt_gc_allocate(sizeof(FutureIter), &molt_type_asyncio_future_iter);
    molt_incref(future);
    it->future = future;
    it->value = MOLT_NONE;
    return molt_from_ptr(it);
}

static void future_iter_dealloc(MoltObject *object) {
    FutureIter *it = (FutureIter *)object;
    molt_decref(it->future);
    molt_decref(it->value);
    molt_gc_free(object);
}

static void future_iter_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    FutureIter *it = (FutureIter *)object;
    if (it->future != MOLT_NONE) visit(it->future, context);
    if (it->value != MOLT_NONE) visit(it->value, context);
}

static void future_iter_clear(MoltObject *object) {
    FutureIter *it = (FutureIter *)object;
    MoltValue future = it->future, value = it->value;
    it->future = it->value = MOLT_NONE;
    molt_decref(future);
    molt_decref(value);
}

static MoltValue sleep_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    (void)args;
    if (strcmp(name, "__await__") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_none("coroutine", name, nargs, kwnames) < 0) return MOLT_ERROR;
    return future_iter_self(self);
}

static MoltValue sleep_repr(MoltValue self) {
    char text[64];
    snprintf(text, sizeof text, "<coroutine object sleep at %p>", molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static const char *const await_method_names[] = {"__await__", NULL};

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

/* asyncio.sleep(...)'s awaitable: awaited as a coroutine is (not iterable). */
MoltType molt_type_asyncio_sleep = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "coroutine",
    .base = &molt_type_object,
    .dealloc = future_iter_dealloc,
    .repr = sleep_repr,
    .hash = molt_object_hash_identity,
    .iternext = future_iter_next,   /* for await and tasks; no .iter: `for` over it is a TypeError */
    .call_method = sleep_call_method,
    .method_names = await_method_names,
    .traverse = future_iter_traverse,
    .clear = future_iter_clear,
};

static bool is_awaitable_coroutine(MoltValue v) {
    return molt_is_coroutine(v) || (molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_asyncio_sleep);
}

/* The iterator a task drives: the coroutine itself (a sleep steps as its own iterator). */
static MoltValue coroutine_iterator(MoltValue coro) {
    molt_incref(coro);
    return coro;
}

/* ---- Future/Task objects seen from Python ---------------------------------------------- */

static const char *const future_method_names[] = {"result", "done", "exception", "get_name", "__await__", NULL};

static MoltValue future_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    (void)args;
    Future *future = future_of(self);
    const char *type = molt_type_of(self)->name;
    if (strcmp(name, "result") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return future_result(self);
    }
    if (strcmp(name, "done") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return future->state == FUTURE_PENDING ? MOLT_FALSE : MOLT_TRUE;
    }
    if (strcmp(name, "exception") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (future->state == FUTURE_PENDING) return molt_raise_format(&molt_type_RuntimeError, "Exception is not set.");
        molt_incref(future->exception);
        return future->exception;
    }
    if (strcmp(name, "get_name") == 0 && future->name != MOLT_NONE) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(future->name);
        return future->name;
    }
    if (strcmp(name, "__await__") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return future_iter_new(self);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static void future_release(Future *future) {
    MoltValue values[6] = {future->result, future->exception, future->coro, future->name, future->throw_in,
                           future->children};
    future->result = future->exception = future->coro = future->name = future->throw_in = future->children = MOLT_NONE;
    Callback *callbacks = future->callbacks;
    size_t count = future->callback_count;
    future->callbacks = NULL;
    future->callback_count = future->callback_capacity = 0;
    for (size_t i = 0; i < count; i++) molt_decref(callbacks[i].arg);
    free(callbacks);
    for (size_t i = 0; i < 6; i++) molt_decref(values[i]);
}

static void future_dealloc(MoltObject *object) {
    future_release((Future *)object);
    molt_gc_free(object);
}

static void future_clear(MoltObject *object) { future_release((Future *)object); }

static void future_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Future *future = (Future *)object;
    MoltValue values[6] = {future->result, future->exception, future->coro, future->name, future->throw_in,
                           future->children};
    for (size_t i = 0; i < 6; i++)
        if (values[i] != MOLT_NONE) visit(values[i], context);
    for (size_t i = 0; i < future->callback_count; i++) visit(future->callbacks[i].arg, context);
}

static MoltValue future_repr(MoltValue self) {
    Future *future = future_of(self);
    char text[128];
    const char *state = future->state == FUTURE_PENDING ? "pending" : "finished";
    if (future->name != MOLT_NONE)
        snprintf(text, sizeof text, "<Task %s name='%s'>", state, molt_str_utf8(future->name, NULL));
    else
        snprintf(text, sizeof text, "<Future %s>", state);
    return molt_str_from_utf8(text, strlen(text));
}

/* Future and Task share every slot; only the name differs. */
#define FUTURE_TYPE(type_name)                                     \
    {                                                              \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},       \
        .name = type_name,                                         \
        .module_name = "_asyncio",                                 \
        .base = &molt_type_object,                                 \
        .dealloc = future_dealloc,                                 \
        .repr = future_repr,                                       \
        .hash = molt_object_hash_identity,                         \
        .call_method = future_call_method,                         \
        .method_names = future_method_names,                       \
        .traverse = future_traverse,                               \
        .clear = future_clear,                                     \
    }

MoltType molt_type_asyncio_future = FUTURE_TYPE("Future");
MoltType molt_type_asyncio_task = FUTURE_TYPE("Task");

/* ---- the module's functions ----------------------------------------------------------- */

static MoltValue expect_coroutine(MoltValue value, const MoltType *error) {
    if (is_awaitable_coroutine(value)) return MOLT_NONE;
    MoltValue repr = molt_repr(value);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_format(error, "a coroutine was expected, got %s", molt_str_utf8(repr, NULL));
    molt_decref(repr);
    return MOLT_ERROR;
}

static void stop_loop(MoltValue unused) {
    (void)unused;
    loop.stopping = true;
}

static MoltValue asyncio_run(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("run", nargs, kwnames) < 0) return MOLT_ERROR;
    if (loop.running)
        return molt_raise_format(&molt_type_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    /* Runner.close() runs shutdown_asyncgens() and shutdown_default_executor()
     * as two tasks, which take two task names, also when the argument is rejected. */
    if (expect_coroutine(args[0], &molt_type_ValueError) == MOLT_ERROR) {
        loop.task_counter += 2;
        return MOLT_ERROR;
    }
    loop.running = true;
    loop.stopping = false;
    MoltValue coro = coroutine_iterator(args[0]);
    MoltValue main_task = task_new(coro);
    molt_decref(coro);
    add_done_callback(main_task, stop_loop, MOLT_NONE);
    while (!loop.stopping && (loop.count || loop.timer_count)) run_once();
    clear_loop();
    loop.running = false;
    loop.task_counter += 2;
    MoltValue result = future_of(main_task)->state == FUTURE_PENDING
                           ? molt_raise_format(&molt_type_RuntimeError, "Event loop stopped before Future completed.")
                           : future_result(main_task);
    molt_decref(main_task);
    return result;
}

static MoltValue require_running_loop(void) {
    if (loop.running) return MOLT_NONE;
    return molt_raise_format(&molt_type_RuntimeError, "no running event loop");
}

static MoltValue asyncio_create_task(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("create_task", nargs, kwnames) < 0) return MOLT_ERROR;
    if (expect_coroutine(args[0], &molt_type_TypeError) == MOLT_ERROR) return MOLT_ERROR;
    if (require_running_loop() == MOLT_ERROR) return MOLT_ERROR;
    MoltValue coro = coroutine_iterator(args[0]);
    MoltValue task = task_new(coro);
    molt_decref(coro);
    return task;
}

static MoltValue asyncio_sleep(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"delay", "result", NULL};
    static const MoltArgSpec spec = {"sleep", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    double delay;
    if (molt_is_double(parsed[0])) delay = molt_as_double(parsed[0]);
    else if (molt_is_int(parsed[0]) && molt_type_of(parsed[0]) != &molt_type_bool) {
        if (!molt_int_to_double(parsed[0], &delay)) return MOLT_ERROR;
    } else if (parsed[0] == MOLT_TRUE || parsed[0] == MOLT_FALSE) {
        delay = parsed[0] == MOLT_TRUE;
    } else {
        return molt_raise_format(&molt_type_TypeError, "'<=' not supported between instances of '%s' and 'int'",
                                 molt_type_of(parsed[0])->name);
    }
    FutureIter *sleep = molt_gc_allocate(sizeof(FutureIter), &molt_type_asyncio_sleep);
    sleep->future = MOLT_NONE;
    sleep->delay = delay;
    sleep->is_sleep = true;
    sleep->value = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1];
    molt_incref(sleep->value);
    return molt_from_ptr(sleep);
}

/* Each child's callback knows its outer future and its own index: a pair. */
static void gather_done(MoltValue pair) {
    MoltValue outer_value = molt_tuple_items(pair)[0];
    MoltValue child_value = molt_tuple_items(pair)[1];
    Future *outer = future_of(outer_value), *child = future_of(child_value);
    outer->finished++;
    if (outer->state != FUTURE_PENDING) return;
    if (!outer->return_exceptions && child->exception != MOLT_NONE) {
        molt_incref(child->exception);
        future_finish(outer_value, MOLT_NONE, child->exception);
        return;
    }
    int64_t count = molt_list_length(outer->children);
    if ((int64_t)outer->finished < count) return;
    MoltValue results = molt_list_new(count);
    for (int64_t i = 0; i < count; i++) {
        Future *each = future_of(molt_list_items(outer->children)[i]);
        MoltValue value = each->exception != MOLT_NONE ? each->exception : each->result;
        molt_incref(value);
        molt_list_append(results, value);
        molt_decref(value);
    }
    future_finish(outer_value, results, MOLT_NONE);
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
    MoltValue outer = future_new(&molt_type_asyncio_future);
    Future *gathering = future_of(outer);
    gathering->return_exceptions = return_exceptions;
    gathering->children = molt_list_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        MoltValue child;
        if (is_future(args[i])) {
            child = args[i];
            molt_incref(child);
        } else if (is_awaitable_coroutine(args[i])) {
            if (require_running_loop() == MOLT_ERROR) {
                molt_decref(outer);
                return MOLT_ERROR;
            }
            MoltValue coro = coroutine_iterator(args[i]);
            child = task_new(coro);
            molt_decref(coro);
        } else {
            molt_decref(outer);
            return molt_raise_format(&molt_type_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
        }
        molt_list_append(gathering->children, child);
        molt_decref(child);
    }
    if (nargs == 0) {
        future_finish(outer, molt_list_new(0), MOLT_NONE);
        return outer;
    }
    for (size_t i = 0; i < nargs; i++) {
        MoltValue pair_items[2] = {outer, molt_list_items(gathering->children)[i]};
        MoltValue pair = molt_tuple_from_borrowed(pair_items, 2);
        add_done_callback(pair_items[1], gather_done, pair);
        molt_decref(pair);
    }
    return outer;
}

static MoltValue asyncio_current_task(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_check_count("current_task", nargs, 0, 0) < 0 || molt_args_no_keywords("current_task", kwnames) < 0)
        return MOLT_ERROR;
    if (require_running_loop() == MOLT_ERROR) return MOLT_ERROR;
    molt_incref(loop.current_task);
    return loop.current_task;
}

static MoltValue make_future_type(void) { return molt_from_ptr(&molt_type_asyncio_future); }
static MoltValue make_task_type(void) { return molt_from_ptr(&molt_type_asyncio_task); }

static const MoltModuleAttribute asyncio_attributes[] = {
    {"Future", make_future_type},
    {"Task", make_task_type},
};

static struct MoltBuiltinFunctionObject asyncio_functions[] = {
    MOLT_MODULE_FUNCTION("run", asyncio_run),
    MOLT_MODULE_FUNCTION("create_task", asyncio_create_task),
    MOLT_MODULE_FUNCTION("sleep", asyncio_sleep),
    MOLT_MODULE_FUNCTION("gather", asyncio_gather),
    MOLT_MODULE_FUNCTION("current_task", asyncio_current_task),
};

struct MoltModule molt_module_asyncio = MOLT_MODULE("asyncio", asyncio_functions, asyncio_attributes);
