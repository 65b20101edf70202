/* The asyncio module's internal interface, shared by its files:
 * asyncio_loop.c (the event loop: ready queue, timer heap, handles, the loop
 * object), asyncio_future.c (Future, Task, the exceptions), asyncio_op.c (C
 * coroutines: awaitables written as state machines in C, such as sleep),
 * asyncio.c (the module's functions) and asyncio_sync.c (queues, locks,
 * events). Each file follows the CPython 3.12 module of the same part. */
#ifndef MOLT_MODULES_ASYNCIO_H
#define MOLT_MODULES_ASYNCIO_H
#include <stdbool.h>
#include <stddef.h>

#include "molt/molt.h"
#include "../objects/metatype.h"

/* ---- the loop (asyncio_loop.c) ------------------------------------------------------ */

/* A scheduled call fn(arg, extra), which owns both references (MOLT_NONE when unused). */
typedef void (*AsyncCallbackFunction)(MoltValue arg, MoltValue extra);
typedef struct AsyncCallback {
    AsyncCallbackFunction fn;
    MoltValue arg, extra;
} AsyncCallback;

/* Appends fn(arg, extra) to the ready queue (arg and extra are borrowed). */
void async_call_soon(AsyncCallbackFunction fn, MoltValue arg, MoltValue extra);
/* A TimerHandle calling fn(arg, extra) at loop time `when` (new reference). */
MoltValue async_call_at(double when, AsyncCallbackFunction fn, MoltValue arg, MoltValue extra);
/* handle.cancel(). */
void async_handle_cancel(MoltValue handle);
double async_time(void);
bool async_loop_running(void);
/* RuntimeError("no running event loop") unless the loop runs: 0 or -1. */
int async_require_running_loop(void);
/* The task whose step runs (borrowed; MOLT_NONE between steps). */
MoltValue async_current_task(void);
void async_set_current_task(MoltValue task);
/* The tasks not done yet, in creation order (asyncio.all_tasks). */
void async_register_task(MoltValue task);
void async_unregister_task(MoltValue task);
/* all_tasks(): a new set of the pending tasks. */
MoltValue async_pending_tasks_set(void);
/* Task names used without a task (asyncio.run's rejected argument). */
void async_count_task_names(long count);
/* asyncio.run(coro): the whole Runner (run, then close). */
MoltValue async_run(MoltValue coro);
MoltValue async_running_loop_object(void);   /* get_running_loop(), new reference */
/* A callback raised (the exception is current): logged to stderr, as the
 * loop's default exception handler does, and cleared. */
void async_log_callback_error(void);
/* A task stepping raised SystemExit or KeyboardInterrupt: the loop stops at once. */
void async_interrupt(void);
/* A delay or a time in seconds (int or float): 0, or -1 with TypeError
 * ("delay must not be None" when context names the parameter). */
int async_seconds_argument(MoltValue value, const char *context, double *out);
extern MoltType molt_type_asyncio_loop, molt_type_asyncio_handle, molt_type_asyncio_timer_handle;

/* ---- exceptions (asyncio_future.c) -------------------------------------------------- */

extern MoltModuleError async_cancelled_error, async_invalid_state_error;
/* Is `exception` a CancelledError? */
bool async_is_cancelled_error(MoltValue exception);
/* Is `exception` exactly a CancelledError (`type(e) is CancelledError`)? */
bool async_is_cancelled_error_exactly(MoltValue exception);
/* A new CancelledError(message) (no args when message is None), or MOLT_ERROR. */
MoltValue async_cancelled_error_new(MoltValue message);

/* ---- futures and tasks (asyncio_future.c) ------------------------------------------- */

typedef enum { FUTURE_PENDING, FUTURE_CANCELLED, FUTURE_FINISHED } AsyncFutureState;

typedef struct AsyncFuture {
    MoltObject header;
    AsyncFutureState state;
    MoltValue result;          /* owned; MOLT_NONE until set */
    MoltValue exception;       /* owned; MOLT_NONE unless finished with an exception */
    MoltValue cancel_message;  /* Future.cancel(msg)'s msg */
    MoltValue cancelled_exc;   /* a task's: the CancelledError its coroutine raised */
    AsyncCallback *callbacks;  /* done callbacks, fn(arg, this future), in the order added */
    size_t callback_count, callback_capacity;
    /* A Task: its coroutine (an iterator driven by molt_yield_from_step), name,
     * the future it waits on, and its cancellation requests (tasks.py). */
    MoltValue coro, name, fut_waiter;
    bool must_cancel;
    long cancel_requests;
    struct AsyncFuture *previous_task, *next_task;   /* the loop's list of pending tasks */
    /* A gather's outer future (_GatheringFuture): children, as gather() got them. */
    MoltValue children;
    size_t finished, unique;
    bool return_exceptions, cancel_requested;
} AsyncFuture;

extern MoltType molt_type_asyncio_future, molt_type_asyncio_task, molt_type_asyncio_gathering_future;

static inline AsyncFuture *async_future_of(MoltValue v) { return molt_as_ptr(v); }
/* Is v an asyncio Future (a Task and a gather's future are Futures too)? */
bool async_is_future(MoltValue v);
bool async_is_task(MoltValue v);
MoltValue async_future_new(const MoltType *type);
static inline bool async_future_done(MoltValue future) { return async_future_of(future)->state != FUTURE_PENDING; }
/* add_done_callback: fn(arg, future) runs (via call_soon) once the future is
 * done; at once scheduled when it already is. */
void async_future_add_callback(MoltValue future, AsyncCallbackFunction fn, MoltValue arg);
/* remove_done_callback for a C callback: how many were removed. */
size_t async_future_remove_callback(MoltValue future, AsyncCallbackFunction fn, MoltValue arg);
/* set_result / set_exception on a pending future (values borrowed). */
void async_future_set_result(MoltValue future, MoltValue result);
void async_future_set_exception(MoltValue future, MoltValue exception);
/* future.cancel(msg) for every kind of future (a Task's, a gather's): true if it was. */
bool async_future_cancel(MoltValue future, MoltValue message);
/* _make_cancelled_error(): new reference or MOLT_ERROR. */
MoltValue async_future_cancelled_error(MoltValue future);
/* future.result(): new reference, or MOLT_ERROR raising its exception (or
 * CancelledError, or InvalidStateError "Result is not set."). */
MoltValue async_future_result(MoltValue future);
/* future.exception() (None when it has none): new reference or MOLT_ERROR. */
MoltValue async_future_exception(MoltValue future);
/* A new task running the awaitable coroutine `coro`, scheduled to start (name: NULL for Task-N). */
MoltValue async_task_new(MoltValue coro, MoltValue name);
/* `await future`'s iterator (Future.__await__). */
MoltValue async_future_iter_new(MoltValue future);
/* ensure_future(): a future as it is, a coroutine wrapped in a task; TypeError otherwise. */
MoltValue async_ensure_future(MoltValue awaitable);
/* Is v a coroutine Molt can run as a task (an async def's, or one of the runtime's)? */
bool async_is_coroutine(MoltValue v);

/* ---- C coroutines (asyncio_op.c) ---------------------------------------------------- */

/* An awaitable whose body is a C state machine: `next` runs it to its next
 * suspension (returns the value to yield, a future or None, as a new
 * reference) or its end (raises StopIteration(result) via molt_raise_stop, or
 * another exception: MOLT_ERROR); `thrown` runs when an exception is thrown in
 * at its suspension (the exception is current): it may catch it and continue,
 * or clean up and let it go on (NULL: it goes on). The state lives in `state`,
 * `number` and `values` (owned, MOLT_NONE when empty). */
typedef struct AsyncOp AsyncOp;
typedef struct AsyncOpKind {
    const char *qualname;     /* the repr's "<coroutine object QUALNAME at 0x...>" */
    MoltValue (*next)(AsyncOp *op);
    MoltValue (*thrown)(AsyncOp *op);
} AsyncOpKind;
#define ASYNC_OP_VALUES 5
struct AsyncOp {
    MoltObject header;
    const AsyncOpKind *kind;
    int state;
    bool running;
    double number;
    MoltValue values[ASYNC_OP_VALUES];
};
extern MoltType molt_type_asyncio_op;
/* A new op of `kind` with values[0..count) set (borrowed), the rest None. */
MoltValue async_op_new(const AsyncOpKind *kind, const MoltValue *values, size_t count);
/* `await` inside an op: one step of the await iterator in values[slot]
 * (sent: MOLT_NONE, or MOLT_ERROR to throw the current exception in).
 * Returns the value to yield, MOLT_STOP with *result (new reference), or
 * MOLT_ERROR; the slot is emptied once the iterator finished. */
MoltValue async_op_await_step(AsyncOp *op, int slot, MoltValue sent, MoltValue *result);
/* An awaitable that finishes at once, returning `value` (borrowed). */
MoltValue async_op_return(MoltValue value);
/* An awaitable that raises the current exception when awaited; MOLT_ERROR when making it failed. */
MoltValue async_op_raise_current(void);
/* asyncio.sleep(delay, result). */
MoltValue async_sleep_new(double delay, MoltValue result);

/* ---- the module's functions (asyncio.c) ---------------------------------------------- */

/* gather(*aws, return_exceptions=...) over aws[0..count): the outer future, or MOLT_ERROR. */
MoltValue async_gather(const MoltValue *aws, size_t count, bool return_exceptions);
/* asyncio.create_task(coro, *, name=None), also loop.create_task. */
MoltValue async_create_task(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* ---- queues and locks (asyncio_sync.c) ---------------------------------------------- */

extern MoltModuleError async_queue_empty, async_queue_full;
/* The classes Event, Lock, Semaphore, BoundedSemaphore, Queue, PriorityQueue, LifoQueue (0..6). */
MoltValue async_sync_type(int which);

/* ---- TaskGroup (asyncio_taskgroup.c) ------------------------------------------------ */

extern MoltType molt_type_asyncio_task_group;

/* ---- timeouts (asyncio.c) ------------------------------------------------------------ */

/* asyncio.timeout's object: entering and leaving it from C (wait_for). */
MoltValue async_timeout_new(MoltValue when);
int async_timeout_enter(MoltValue timeout);
/* __aexit__ with the exception leaving the body (MOLT_NONE: none); may
 * raise TimeoutError from it. 0, or -1 with the exception set. */
int async_timeout_exit(MoltValue timeout, MoltValue exception);

#endif
