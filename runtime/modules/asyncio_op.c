/* C coroutines: the awaitables of asyncio whose CPython versions are `async
 * def`s (sleep, Queue.get, Lock.acquire, wait_for, ...), written as state
 * machines (AsyncOpKind in asyncio.h). An op is its own await iterator; a
 * task or an awaiting coroutine drives it with next and throw (generator.c's
 * molt_yield_from_step throws into an iterator that has a throw method), so
 * a cancellation reaches its clean-up as it reaches a coroutine's finally. */
#include <stdio.h>
#include <string.h>

#include "asyncio.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/type.h"

static void op_release(AsyncOp *op) {
    for (size_t i = 0; i < ASYNC_OP_VALUES; i++) {
        MoltValue value = op->values[i];
        op->values[i] = MOLT_NONE;
        molt_decref(value);
    }
}

MoltValue async_op_new(const AsyncOpKind *kind, const MoltValue *values, size_t count) {
    AsyncOp *op = molt_gc_allocate(sizeof(AsyncOp), &molt_type_asyncio_op);
    op->kind = kind;
    for (size_t i = 0; i < ASYNC_OP_VALUES; i++) {
        op->values[i] = i < count ? values[i] : MOLT_NONE;
        molt_incref(op->values[i]);
    }
    return molt_from_ptr(op);
}

enum { OP_FINISHED = -1 };

/* Runs one step (next, or thrown with the exception current); an op that
 * returned or raised is finished and lets its values go. */
static MoltValue op_run(AsyncOp *op, bool thrown) {
    if (op->state == OP_FINISHED) {
        if (thrown) return MOLT_ERROR;
        return molt_raise_format(&molt_type_RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (op->running) return molt_raise_format(&molt_type_ValueError, "coroutine already executing");
    op->running = true;
    MoltValue result = thrown ? (op->kind->thrown ? op->kind->thrown(op) : MOLT_ERROR) : op->kind->next(op);
    op->running = false;
    if (result == MOLT_ERROR || result == MOLT_STOP) {
        op->state = OP_FINISHED;
        MoltValue pending = molt_exc_fetch();
        op_release(op);
        if (pending != MOLT_NONE) molt_exc_restore(pending);
    }
    return result;
}

static MoltValue op_next(MoltValue self) { return op_run(molt_as_ptr(self), false); }

static const char *const op_method_names[] = {"send", "throw", "close", "__await__", NULL};

static MoltValue op_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                MoltValue kwnames) {
    AsyncOp *op = molt_as_ptr(self);
    if (strcmp(name, "__await__") == 0) {
        if (molt_args_none("coroutine", name, nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(self);
        return self;
    }
    if (strcmp(name, "send") == 0) {
        if (molt_args_check_count("send", nargs, 1, 1) < 0 || molt_args_no_keywords("send", kwnames) < 0)
            return MOLT_ERROR;
        if (args[0] != MOLT_NONE && op->state == 0)
            return molt_raise_format(&molt_type_TypeError, "can't send non-None value to a just-started coroutine");
        MoltValue item = op_run(op, false);
        return item == MOLT_STOP ? molt_raise_stop(MOLT_NONE) : item;
    }
    if (strcmp(name, "throw") == 0) {
        if (molt_args_check_count("throw", nargs, 1, 3) < 0 || molt_args_no_keywords("throw", kwnames) < 0)
            return MOLT_ERROR;
        molt_raise(args[0], MOLT_ERROR);
        MoltValue item = op_run(op, true);
        return item == MOLT_STOP ? molt_raise_stop(MOLT_NONE) : item;
    }
    if (strcmp(name, "close") == 0) {
        if (molt_args_none("coroutine", name, nargs, kwnames) < 0) return MOLT_ERROR;
        op->state = OP_FINISHED;
        op_release(op);
        return MOLT_NONE;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue op_repr(MoltValue self) {
    AsyncOp *op = molt_as_ptr(self);
    char text[128];
    snprintf(text, sizeof text, "<coroutine object %s at %p>", op->kind->qualname, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static void op_dealloc(MoltObject *object) {
    op_release((AsyncOp *)object);
    molt_gc_free(object);
}

static void op_clear(MoltObject *object) { op_release((AsyncOp *)object); }

static void op_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    AsyncOp *op = (AsyncOp *)object;
    for (size_t i = 0; i < ASYNC_OP_VALUES; i++)
        if (op->values[i] != MOLT_NONE) visit(op->values[i], context);
}

/* Awaited as a coroutine is: not iterable with `for`. */
MoltType molt_type_asyncio_op = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "coroutine",
    .base = &molt_type_object,
    .dealloc = op_dealloc,
    .repr = op_repr,
    .hash = molt_object_hash_identity,
    .iternext = op_next,
    .call_method = op_call_method,
    .method_names = op_method_names,
    .traverse = op_traverse,
    .clear = op_clear,
};

bool async_is_coroutine(MoltValue v) {
    return molt_is_coroutine(v) || molt_is_exact_instance(v, &molt_type_asyncio_op) || molt_is_async_gen_awaitable(v);
}

MoltValue async_op_await_step(AsyncOp *op, int slot, MoltValue sent, MoltValue *result) {
    *result = MOLT_NONE;
    MoltValue item = molt_yield_from_step(op->values[slot], sent, result);
    if (item == MOLT_STOP || item == MOLT_ERROR) {
        MoltValue iterator = op->values[slot];
        op->values[slot] = MOLT_NONE;
        MoltValue pending = item == MOLT_ERROR ? molt_exc_fetch() : MOLT_NONE;
        molt_decref(iterator);
        if (pending != MOLT_NONE) molt_exc_restore(pending);
    }
    return item;
}

/* ---- ops that finish at once ----------------------------------------------------------- */

static MoltValue return_next(AsyncOp *op) { return molt_raise_stop(op->values[0]); }

static const AsyncOpKind return_kind = {"coroutine", return_next, NULL};

MoltValue async_op_return(MoltValue value) { return async_op_new(&return_kind, &value, 1); }

static MoltValue raise_next(AsyncOp *op) {
    molt_incref(op->values[0]);
    return molt_exc_restore(op->values[0]);
}

static const AsyncOpKind raise_kind = {"coroutine", raise_next, NULL};

MoltValue async_op_raise_current(void) {
    MoltValue exception = molt_exc_fetch();
    MoltValue op = async_op_new(&raise_kind, &exception, 1);
    molt_decref(exception);
    return op;
}

/* ---- sleep ---------------------------------------------------------------------------- */

/* tasks.sleep: a future the timer finishes (futures._set_result_unless_cancelled). */
enum { SLEEP_RESULT, SLEEP_FUTURE, SLEEP_HANDLE };
enum { SLEEP_START, SLEEP_WAITING, SLEEP_YIELDED };

static void set_result_unless_cancelled(MoltValue future, MoltValue result) {
    if (!async_future_done(future)) async_future_set_result(future, result);
}

static MoltValue sleep_next(AsyncOp *op) {
    if (op->state == SLEEP_START) {
        if (op->number <= 0) {
            op->state = SLEEP_YIELDED;   /* sleep(0): one bare yield */
            return MOLT_NONE;
        }
        MoltValue future = async_future_new(&molt_type_asyncio_future);
        op->values[SLEEP_FUTURE] = future;
        op->values[SLEEP_HANDLE] =
            async_call_at(async_time() + op->number, set_result_unless_cancelled, future, op->values[SLEEP_RESULT]);
        op->state = SLEEP_WAITING;
        molt_incref(future);
        return future;
    }
    if (op->state == SLEEP_YIELDED) return molt_raise_stop(op->values[SLEEP_RESULT]);
    if (!async_future_done(op->values[SLEEP_FUTURE]))
        return molt_raise_format(&molt_type_RuntimeError, "await wasn't used with future");
    async_handle_cancel(op->values[SLEEP_HANDLE]);
    MoltValue result = async_future_result(op->values[SLEEP_FUTURE]);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_stop(result);
    molt_decref(result);
    return MOLT_ERROR;
}

/* The finally of sleep's `await future`: the timer is cancelled. */
static MoltValue sleep_thrown(AsyncOp *op) {
    if (op->state == SLEEP_WAITING) async_handle_cancel(op->values[SLEEP_HANDLE]);
    return MOLT_ERROR;
}

static const AsyncOpKind sleep_kind = {"sleep", sleep_next, sleep_thrown};

MoltValue async_sleep_new(double delay, MoltValue result) {
    MoltValue op = async_op_new(&sleep_kind, &result, 1);
    ((AsyncOp *)molt_as_ptr(op))->number = delay;
    return op;
}
