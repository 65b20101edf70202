/* asyncio's synchronization primitives and queues, as CPython 3.12's
 * locks.py and queues.py write them: Event, Lock, Semaphore,
 * BoundedSemaphore (waiters are futures in FIFO order, woken with
 * set_result), Queue, PriorityQueue and LifoQueue (getters and putters
 * likewise; PriorityQueue through heapq), QueueEmpty and QueueFull. Their
 * coroutine methods (wait, acquire, get, put, join) are C coroutines
 * (asyncio_op.c) whose clean-up on cancellation is the `try` of the Python
 * versions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asyncio.h"
#include "heapq.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/list.h"
#include "../objects/type.h"

MoltModuleError async_queue_empty = MOLT_MODULE_ERROR("QueueEmpty", "asyncio.queues", &molt_type_Exception);
MoltModuleError async_queue_full = MOLT_MODULE_ERROR("QueueFull", "asyncio.queues", &molt_type_Exception);

/* ---- a deque of values (collections.deque as the Python versions use it) -------------- */

typedef struct ValueDeque {
    MoltValue *items;
    size_t head, count, capacity;
} ValueDeque;

static MoltValue deque_at(const ValueDeque *deque, size_t i) { return deque->items[(deque->head + i) % deque->capacity]; }

static void deque_append(ValueDeque *deque, MoltValue value) {
    if (deque->count == deque->capacity) {
        size_t capacity = deque->capacity ? deque->capacity * 2 : 8;
        MoltValue *items = malloc(capacity * sizeof(MoltValue));
        if (!items) abort();
        for (size_t i = 0; i < deque->count; i++) items[i] = deque_at(deque, i);
        free(deque->items);
        deque->items = items;
        deque->head = 0;
        deque->capacity = capacity;
    }
    molt_incref(value);
    deque->items[(deque->head + deque->count++) % deque->capacity] = value;
}

/* popleft(): the reference moves to the caller. */
static MoltValue deque_popleft(ValueDeque *deque) {
    MoltValue value = deque->items[deque->head];
    deque->head = (deque->head + 1) % deque->capacity;
    deque->count--;
    return value;
}

/* remove(value) by identity (futures compare by identity): false when absent. */
static bool deque_remove(ValueDeque *deque, MoltValue value) {
    size_t i = 0;
    while (i < deque->count && deque_at(deque, i) != value) i++;
    if (i == deque->count) return false;
    for (; i + 1 < deque->count; i++)
        deque->items[(deque->head + i) % deque->capacity] = deque_at(deque, i + 1);
    deque->count--;
    molt_decref(value);
    return true;
}

static void deque_clear(ValueDeque *deque) {
    while (deque->count) molt_decref(deque_popleft(deque));
    free(deque->items);
    deque->items = NULL;
    deque->head = deque->capacity = 0;
}

static void deque_traverse(const ValueDeque *deque, MoltVisitFunction visit, void *context) {
    for (size_t i = 0; i < deque->count; i++) visit(deque_at(deque, i), context);
}

/* ---- the objects ----------------------------------------------------------------------- */

typedef struct Sync {
    MoltObject header;
    ValueDeque waiters;    /* futures: an Event's, a Lock's, a Semaphore's; a Queue's getters */
    ValueDeque putters;    /* a Queue's */
    ValueDeque items;      /* a Queue's items */
    MoltValue heap;        /* PriorityQueue's and LifoQueue's items: a list */
    MoltValue finished;    /* a Queue's Event */
    bool flag;             /* an Event is set, a Lock is locked */
    int64_t value, bound;  /* a Semaphore's counter and bound; a Queue's maxsize and unfinished tasks */
    int64_t unfinished;
} Sync;

extern MoltType molt_type_asyncio_event, molt_type_asyncio_lock, molt_type_asyncio_semaphore,
    molt_type_asyncio_bounded_semaphore, molt_type_asyncio_queue, molt_type_asyncio_priority_queue,
    molt_type_asyncio_lifo_queue;

static Sync *sync_of(MoltValue v) { return molt_as_ptr(v); }

static bool is_queue_type(const MoltType *type) {
    return type == &molt_type_asyncio_queue || type == &molt_type_asyncio_priority_queue ||
           type == &molt_type_asyncio_lifo_queue;
}

static bool is_semaphore_type(const MoltType *type) {
    return type == &molt_type_asyncio_semaphore || type == &molt_type_asyncio_bounded_semaphore;
}

static MoltValue sync_new(const MoltType *type) {
    Sync *sync = molt_gc_allocate(sizeof(Sync), type);
    sync->heap = sync->finished = MOLT_NONE;
    return molt_from_ptr(sync);
}

/* Wakes the first waiter not done yet with set_result(value): true if one was. */
static bool wake_first(ValueDeque *waiters, MoltValue value) {
    for (size_t i = 0; i < waiters->count; i++) {
        MoltValue future = deque_at(waiters, i);
        if (!async_future_done(future)) {
            async_future_set_result(future, value);
            return true;
        }
    }
    return false;
}

/* A future appended to `waiters`, which the op keeps in values[slot] and yields. */
static MoltValue wait_on_new_future(AsyncOp *op, int slot, ValueDeque *waiters) {
    MoltValue future = async_future_new(&molt_type_asyncio_future);
    deque_append(waiters, future);
    molt_decref(op->values[slot]);
    op->values[slot] = future;
    molt_incref(future);
    return future;
}

static MoltValue stop_with(MoltValue value) {
    molt_raise_stop(value);
    return MOLT_ERROR;
}

/* ---- Event ----------------------------------------------------------------------------- */

enum { OP_OBJECT, OP_FUTURE, OP_ARGUMENT, OP_INNER };
enum { OP_START, OP_WAITING };

static void event_set(Sync *event) {
    if (event->flag) return;
    event->flag = true;
    for (size_t i = 0; i < event->waiters.count; i++) {
        MoltValue future = deque_at(&event->waiters, i);
        if (!async_future_done(future)) async_future_set_result(future, MOLT_TRUE);
    }
}

static MoltValue event_wait_next(AsyncOp *op) {
    Sync *event = sync_of(op->values[OP_OBJECT]);
    if (op->state == OP_START) {
        if (event->flag) return stop_with(MOLT_TRUE);
        op->state = OP_WAITING;
        return wait_on_new_future(op, OP_FUTURE, &event->waiters);
    }
    deque_remove(&event->waiters, op->values[OP_FUTURE]);
    MoltValue result = async_future_result(op->values[OP_FUTURE]);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_decref(result);
    return stop_with(MOLT_TRUE);
}

static MoltValue event_wait_thrown(AsyncOp *op) {
    if (op->state == OP_WAITING) deque_remove(&sync_of(op->values[OP_OBJECT])->waiters, op->values[OP_FUTURE]);
    return MOLT_ERROR;
}

static const AsyncOpKind event_wait_kind = {"Event.wait", event_wait_next, event_wait_thrown};

/* ---- Lock and Semaphore ---------------------------------------------------------------- */

static bool any_waiter_not_cancelled(const ValueDeque *waiters) {
    for (size_t i = 0; i < waiters->count; i++)
        if (async_future_of(deque_at(waiters, i))->state != FUTURE_CANCELLED) return true;
    return false;
}

static bool semaphore_locked(const Sync *semaphore) {
    return semaphore->value == 0 || any_waiter_not_cancelled(&semaphore->waiters);
}

/* Semaphore._wake_up_next. */
static void semaphore_wake_next(Sync *semaphore) {
    for (size_t i = 0; i < semaphore->waiters.count; i++) {
        MoltValue future = deque_at(&semaphore->waiters, i);
        if (!async_future_done(future)) {
            semaphore->value--;
            async_future_set_result(future, MOLT_TRUE);
            return;
        }
    }
}

/* acquire() of a Lock or a Semaphore; values[OP_ARGUMENT] is True for
 * __aenter__, which returns None instead of True. */
static MoltValue acquire_next(AsyncOp *op) {
    MoltValue self = op->values[OP_OBJECT];
    Sync *sync = sync_of(self);
    bool semaphore = is_semaphore_type(molt_type_of(self));
    MoltValue done = op->values[OP_ARGUMENT] == MOLT_TRUE ? MOLT_NONE : MOLT_TRUE;
    if (op->state == OP_START) {
        if (semaphore ? !semaphore_locked(sync) : !sync->flag && !any_waiter_not_cancelled(&sync->waiters)) {
            if (semaphore) sync->value--;
            else sync->flag = true;
            return stop_with(done);
        }
        op->state = OP_WAITING;
        return wait_on_new_future(op, OP_FUTURE, &sync->waiters);
    }
    deque_remove(&sync->waiters, op->values[OP_FUTURE]);
    MoltValue result = async_future_result(op->values[OP_FUTURE]);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_decref(result);
    if (semaphore) {
        if (sync->value > 0) semaphore_wake_next(sync);
    } else {
        sync->flag = true;
    }
    return stop_with(done);
}

static MoltValue acquire_thrown(AsyncOp *op) {
    if (op->state != OP_WAITING) return MOLT_ERROR;
    MoltValue self = op->values[OP_OBJECT];
    Sync *sync = sync_of(self);
    MoltValue future = op->values[OP_FUTURE];
    deque_remove(&sync->waiters, future);
    MoltValue exception = molt_exc_fetch();
    if (async_is_cancelled_error(exception)) {
        if (is_semaphore_type(molt_type_of(self))) {
            if (async_future_of(future)->state != FUTURE_CANCELLED) {
                sync->value++;
                semaphore_wake_next(sync);
            }
        } else if (!sync->flag) {
            wake_first(&sync->waiters, MOLT_TRUE);
        }
    }
    return molt_exc_restore(exception);
}

static const AsyncOpKind lock_acquire_kind = {"Lock.acquire", acquire_next, acquire_thrown};
static const AsyncOpKind semaphore_acquire_kind = {"Semaphore.acquire", acquire_next, acquire_thrown};

static int release(MoltValue self) {
    Sync *sync = sync_of(self);
    const MoltType *type = molt_type_of(self);
    if (type == &molt_type_asyncio_lock) {
        if (!sync->flag) {
            molt_raise_format(&molt_type_RuntimeError, "Lock is not acquired.");
            return -1;
        }
        sync->flag = false;
        wake_first(&sync->waiters, MOLT_TRUE);
        return 0;
    }
    if (type == &molt_type_asyncio_bounded_semaphore && sync->value >= sync->bound) {
        molt_raise_format(&molt_type_ValueError, "BoundedSemaphore released too many times");
        return -1;
    }
    sync->value++;
    semaphore_wake_next(sync);
    return 0;
}

/* ---- queues ---------------------------------------------------------------------------- */

static int64_t queue_size(const Sync *queue) {
    return queue->heap != MOLT_NONE ? molt_list_length(queue->heap) : (int64_t)queue->items.count;
}

static bool queue_full(const Sync *queue) { return queue->value > 0 && queue_size(queue) >= queue->value; }

/* Queue._wakeup_next: pops waiters until one not done is woken. */
static void wakeup_next(ValueDeque *waiters) {
    while (waiters->count) {
        MoltValue waiter = deque_popleft(waiters);
        bool pending = !async_future_done(waiter);
        if (pending) async_future_set_result(waiter, MOLT_NONE);
        molt_decref(waiter);
        if (pending) break;
    }
}

static MoltValue raise_queue_error(MoltModuleError *error) {
    MoltValue error_class = molt_module_error_class(error);
    if (error_class == MOLT_ERROR) return MOLT_ERROR;
    return molt_raise(error_class, MOLT_ERROR);
}

static MoltValue put_nowait(MoltValue self, MoltValue item) {
    Sync *queue = sync_of(self);
    if (queue_full(queue)) return raise_queue_error(&async_queue_full);
    const MoltType *type = molt_type_of(self);
    if (type == &molt_type_asyncio_priority_queue) {
        if (molt_heapq_push(queue->heap, item) < 0) return MOLT_ERROR;
    } else if (type == &molt_type_asyncio_lifo_queue) {
        if (molt_list_append(queue->heap, item) < 0) return MOLT_ERROR;
    } else {
        deque_append(&queue->items, item);
    }
    queue->unfinished++;
    sync_of(queue->finished)->flag = false;
    wakeup_next(&queue->waiters);
    return MOLT_NONE;
}

static MoltValue get_nowait(MoltValue self) {
    Sync *queue = sync_of(self);
    if (queue_size(queue) == 0) return raise_queue_error(&async_queue_empty);
    const MoltType *type = molt_type_of(self);
    MoltValue item;
    if (type == &molt_type_asyncio_priority_queue) item = molt_heapq_pop(queue->heap);
    else if (type == &molt_type_asyncio_lifo_queue) item = molt_call_method(queue->heap, "pop", NULL, 0, MOLT_NONE);
    else item = deque_popleft(&queue->items);
    if (item == MOLT_ERROR) return MOLT_ERROR;
    wakeup_next(&queue->putters);
    return item;
}

/* get() and put(item): wait while empty (full), then do it without waiting. */
static MoltValue queue_wait_next(AsyncOp *op, bool put) {
    MoltValue self = op->values[OP_OBJECT];
    Sync *queue = sync_of(self);
    if (op->state == OP_WAITING) {
        MoltValue result = async_future_result(op->values[OP_FUTURE]);
        if (result == MOLT_ERROR) return MOLT_ERROR;
        molt_decref(result);
    }
    if (put ? queue_full(queue) : queue_size(queue) == 0) {
        op->state = OP_WAITING;
        return wait_on_new_future(op, OP_FUTURE, put ? &queue->putters : &queue->waiters);
    }
    MoltValue result = put ? put_nowait(self, op->values[OP_ARGUMENT]) : get_nowait(self);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    stop_with(result);
    molt_decref(result);
    return MOLT_ERROR;
}

/* The bare `except:` of get() and put(). */
static MoltValue queue_wait_thrown(AsyncOp *op, bool put) {
    if (op->state != OP_WAITING) return MOLT_ERROR;
    Sync *queue = sync_of(op->values[OP_OBJECT]);
    MoltValue waiter = op->values[OP_FUTURE];
    MoltValue exception = molt_exc_fetch();
    async_future_cancel(waiter, MOLT_NONE);
    ValueDeque *waiters = put ? &queue->putters : &queue->waiters;
    deque_remove(waiters, waiter);
    bool ready = put ? !queue_full(queue) : queue_size(queue) > 0;
    if (ready && async_future_of(waiter)->state != FUTURE_CANCELLED) wakeup_next(waiters);
    return molt_exc_restore(exception);
}

static MoltValue get_next(AsyncOp *op) { return queue_wait_next(op, false); }
static MoltValue get_thrown(AsyncOp *op) { return queue_wait_thrown(op, false); }
static MoltValue put_next(AsyncOp *op) { return queue_wait_next(op, true); }
static MoltValue put_thrown(AsyncOp *op) { return queue_wait_thrown(op, true); }

static const AsyncOpKind queue_get_kind = {"Queue.get", get_next, get_thrown};
static const AsyncOpKind queue_put_kind = {"Queue.put", put_next, put_thrown};

/* join(): awaits the finished Event's wait() while tasks are unfinished. */
static MoltValue join_step(AsyncOp *op, MoltValue sent) {
    MoltValue result;
    MoltValue item = async_op_await_step(op, OP_INNER, sent, &result);
    if (item != MOLT_STOP) return item;
    molt_decref(result);
    return MOLT_STOP;
}

static MoltValue join_next(AsyncOp *op) {
    if (op->state == OP_START) {
        Sync *queue = sync_of(op->values[OP_OBJECT]);
        if (queue->unfinished <= 0) return MOLT_STOP;
        op->values[OP_INNER] = async_op_new(&event_wait_kind, &queue->finished, 1);
        op->state = OP_WAITING;
    }
    return join_step(op, MOLT_NONE);
}

static MoltValue join_thrown(AsyncOp *op) {
    if (op->state != OP_WAITING) return MOLT_ERROR;
    return join_step(op, MOLT_ERROR);
}

static const AsyncOpKind queue_join_kind = {"Queue.join", join_next, join_thrown};

/* Queue._format(): "maxsize=0 _queue=[1, 2] _getters[1] tasks=2". */
static MoltValue queue_format(MoltValue self) {
    Sync *queue = sync_of(self);
    char text[160];
    int length = snprintf(text, sizeof text, "maxsize=%lld", (long long)queue->value);
    MoltValue items = MOLT_NONE;
    if (queue_size(queue)) {
        if (queue->heap != MOLT_NONE) {
            items = queue->heap;
            molt_incref(items);
        } else {
            items = molt_list_new((int64_t)queue->items.count);
            for (size_t i = 0; i < queue->items.count; i++) molt_list_append(items, deque_at(&queue->items, i));
        }
    }
    MoltValue items_repr = items == MOLT_NONE ? MOLT_NONE : molt_repr(items);
    molt_decref(items);
    if (items_repr == MOLT_ERROR) return MOLT_ERROR;
    const char *shown = items_repr == MOLT_NONE ? "" : molt_str_utf8(items_repr, NULL);
    char tail[128] = "";
    int tail_length = 0;
    if (queue->waiters.count)
        tail_length += snprintf(tail + tail_length, sizeof tail - (size_t)tail_length, " _getters[%zu]", queue->waiters.count);
    if (queue->putters.count)
        tail_length += snprintf(tail + tail_length, sizeof tail - (size_t)tail_length, " _putters[%zu]", queue->putters.count);
    if (queue->unfinished)
        snprintf(tail + tail_length, sizeof tail - (size_t)tail_length, " tasks=%lld", (long long)queue->unfinished);
    size_t size = (size_t)length + strlen(shown) + strlen(tail) + 16;
    char *all = malloc(size);
    if (!all) abort();
    snprintf(all, size, "%s%s%s%s", text, items_repr == MOLT_NONE ? "" : " _queue=", shown, tail);
    MoltValue result = molt_str_from_utf8(all, strlen(all));
    free(all);
    molt_decref(items_repr);
    return result;
}

/* ---- methods --------------------------------------------------------------------------- */

static const char *const event_method_names[] = {"is_set", "set", "clear", "wait", NULL};
static const char *const lock_method_names[] = {"acquire", "release", "locked", "__aenter__", "__aexit__", NULL};
static const char *const queue_method_names[] = {"qsize", "empty", "full", "put", "get", "put_nowait",
                                                 "get_nowait", "task_done", "join", NULL};

static MoltValue new_op(const AsyncOpKind *kind, MoltValue self, MoltValue argument) {
    MoltValue values[3] = {self, MOLT_NONE, argument};
    return async_op_new(kind, values, 3);
}

static MoltValue event_method(MoltValue self, const char *name) {
    Sync *event = sync_of(self);
    if (strcmp(name, "is_set") == 0) return molt_from_bool(event->flag);
    if (strcmp(name, "set") == 0) {
        event_set(event);
        return MOLT_NONE;
    }
    if (strcmp(name, "clear") == 0) {
        event->flag = false;
        return MOLT_NONE;
    }
    return new_op(&event_wait_kind, self, MOLT_NONE);
}

static MoltValue lock_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                             MoltValue kwnames) {
    Sync *sync = sync_of(self);
    bool semaphore = is_semaphore_type(molt_type_of(self));
    const AsyncOpKind *acquire = semaphore ? &semaphore_acquire_kind : &lock_acquire_kind;
    if (strcmp(name, "__aexit__") == 0) {
        if (molt_args_check_count("__aexit__", nargs, 3, 3) < 0 || molt_args_no_keywords("__aexit__", kwnames) < 0)
            return MOLT_ERROR;
        return release(self) < 0 ? async_op_raise_current() : async_op_return(MOLT_NONE);
    }
    (void)args;
    if (molt_args_none(molt_type_of(self)->name, name, nargs, kwnames) < 0) return MOLT_ERROR;
    if (strcmp(name, "acquire") == 0) return new_op(acquire, self, MOLT_FALSE);
    if (strcmp(name, "__aenter__") == 0) return new_op(acquire, self, MOLT_TRUE);
    if (strcmp(name, "release") == 0) return release(self) < 0 ? MOLT_ERROR : MOLT_NONE;
    return molt_from_bool(semaphore ? semaphore_locked(sync) : sync->flag);
}

static MoltValue queue_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                              MoltValue kwnames) {
    Sync *queue = sync_of(self);
    const char *type = molt_type_of(self)->name;
    if (strcmp(name, "put") == 0 || strcmp(name, "put_nowait") == 0) {
        if (molt_args_check_count(name, nargs, 1, 1) < 0 || molt_args_no_keywords(name, kwnames) < 0)
            return MOLT_ERROR;
        return name[3] == '_' ? put_nowait(self, args[0]) : new_op(&queue_put_kind, self, args[0]);
    }
    if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
    if (strcmp(name, "qsize") == 0) return molt_from_small_int(queue_size(queue));
    if (strcmp(name, "empty") == 0) return molt_from_bool(queue_size(queue) == 0);
    if (strcmp(name, "full") == 0) return molt_from_bool(queue_full(queue));
    if (strcmp(name, "get") == 0) return new_op(&queue_get_kind, self, MOLT_NONE);
    if (strcmp(name, "get_nowait") == 0) return get_nowait(self);
    if (strcmp(name, "join") == 0) return new_op(&queue_join_kind, self, MOLT_NONE);
    /* task_done */
    if (queue->unfinished <= 0) return molt_raise_format(&molt_type_ValueError, "task_done() called too many times");
    if (--queue->unfinished == 0) event_set(sync_of(queue->finished));
    return MOLT_NONE;
}

static MoltValue sync_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    const MoltType *type = molt_type_of(self);
    const char *const *names = type->method_names;
    bool known = false;
    for (; *names; names++)
        if (strcmp(*names, name) == 0) known = true;
    if (!known) return MOLT_NOT_IMPLEMENTED;
    if (is_queue_type(type)) return queue_method(self, name, args, nargs, kwnames);
    if (type == &molt_type_asyncio_event) {
        if (molt_args_none(type->name, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return event_method(self, name);
    }
    return lock_method(self, name, args, nargs, kwnames);
}

static MoltValue sync_getattr(MoltValue self, const char *name) {
    if (is_queue_type(molt_type_of(self)) && strcmp(name, "maxsize") == 0)
        return molt_from_small_int(sync_of(self)->value);
    return MOLT_NOT_IMPLEMENTED;
}

/* "<asyncio.locks.Lock object at 0x... [unlocked, waiters:1]>", "<Queue at 0x... maxsize=0>". */
static MoltValue sync_repr(MoltValue self) {
    Sync *sync = sync_of(self);
    const MoltType *type = molt_type_of(self);
    char text[256];
    if (is_queue_type(type)) {
        MoltValue format = queue_format(self);
        if (format == MOLT_ERROR) return MOLT_ERROR;
        size_t size = strlen(molt_str_utf8(format, NULL)) + 64;
        char *all = malloc(size);
        if (!all) abort();
        snprintf(all, size, "<%s at %p %s>", type->name, molt_as_ptr(self), molt_str_utf8(format, NULL));
        molt_decref(format);
        MoltValue result = molt_str_from_utf8(all, strlen(all));
        free(all);
        return result;
    }
    char extra[96];
    if (type == &molt_type_asyncio_event) snprintf(extra, sizeof extra, "%s", sync->flag ? "set" : "unset");
    else if (type == &molt_type_asyncio_lock) snprintf(extra, sizeof extra, "%s", sync->flag ? "locked" : "unlocked");
    else if (semaphore_locked(sync)) snprintf(extra, sizeof extra, "locked");
    else snprintf(extra, sizeof extra, "unlocked, value:%lld", (long long)sync->value);
    if (sync->waiters.count)
        snprintf(extra + strlen(extra), sizeof extra - strlen(extra), ", waiters:%zu", sync->waiters.count);
    snprintf(text, sizeof text, "<asyncio.locks.%s object at %p [%s]>", type->name, molt_as_ptr(self), extra);
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue sync_str(MoltValue self) {
    const MoltType *type = molt_type_of(self);
    if (!is_queue_type(type)) return sync_repr(self);
    MoltValue format = queue_format(self);
    if (format == MOLT_ERROR) return MOLT_ERROR;
    size_t size = strlen(molt_str_utf8(format, NULL)) + 32;
    char *all = malloc(size);
    if (!all) abort();
    snprintf(all, size, "<%s %s>", type->name, molt_str_utf8(format, NULL));
    molt_decref(format);
    MoltValue result = molt_str_from_utf8(all, strlen(all));
    free(all);
    return result;
}

static MoltValue sync_construct(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", molt_type_of(callable)->name);
    const MoltType *type = molt_as_type(callable);
    if (type == &molt_type_asyncio_event || type == &molt_type_asyncio_lock) {
        if (molt_args_check_count(type->name, nargs, 0, 0) < 0 || molt_args_no_keywords(type->name, kwnames) < 0)
            return MOLT_ERROR;
        return sync_new(type);
    }
    static const char *const semaphore_names[] = {"value", NULL};
    static const char *const queue_names[] = {"maxsize", NULL};
    bool queue = is_queue_type(type);
    MoltArgSpec spec = {type->name, 0, 1, queue ? queue_names : semaphore_names, 1};
    MoltValue parsed[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    int64_t value = queue ? 0 : 1;
    if (parsed[0] != MOLT_ARG_MISSING && molt_args_ssize(parsed[0], &value) < 0) return MOLT_ERROR;
    if (!queue && value < 0) return molt_raise_format(&molt_type_ValueError, "Semaphore initial value must be >= 0");
    MoltValue self = sync_new(type);
    Sync *sync = sync_of(self);
    sync->value = sync->bound = value;
    if (queue) {
        sync->finished = sync_new(&molt_type_asyncio_event);
        sync_of(sync->finished)->flag = true;
        if (type != &molt_type_asyncio_queue) sync->heap = molt_list_new(0);
    }
    return self;
}

static void sync_clear(MoltObject *object) {
    Sync *sync = (Sync *)object;
    deque_clear(&sync->waiters);
    deque_clear(&sync->putters);
    deque_clear(&sync->items);
    MoltValue heap = sync->heap, finished = sync->finished;
    sync->heap = sync->finished = MOLT_NONE;
    molt_decref(heap);
    molt_decref(finished);
}

static void sync_dealloc(MoltObject *object) {
    sync_clear(object);
    molt_gc_free(object);
}

static void sync_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Sync *sync = (Sync *)object;
    deque_traverse(&sync->waiters, visit, context);
    deque_traverse(&sync->putters, visit, context);
    deque_traverse(&sync->items, visit, context);
    if (sync->heap != MOLT_NONE) visit(sync->heap, context);
    if (sync->finished != MOLT_NONE) visit(sync->finished, context);
}

#define SYNC_TYPE(type_name, module, names, base_type)             \
    {                                                              \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},       \
        .name = type_name,                                         \
        .module_name = module,                                     \
        .base = base_type,                                         \
        .dealloc = sync_dealloc,                                   \
        .repr = sync_repr,                                         \
        .str = sync_str,                                           \
        .hash = molt_object_hash_identity,                         \
        .call = sync_construct,                                    \
        .call_method = sync_call_method,                           \
        .getattr = sync_getattr,                                   \
        .method_names = names,                                     \
        .traverse = sync_traverse,                                 \
        .clear = sync_clear,                                       \
    }

MoltType molt_type_asyncio_event = SYNC_TYPE("Event", "asyncio.locks", event_method_names, &molt_type_object);
MoltType molt_type_asyncio_lock = SYNC_TYPE("Lock", "asyncio.locks", lock_method_names, &molt_type_object);
MoltType molt_type_asyncio_semaphore = SYNC_TYPE("Semaphore", "asyncio.locks", lock_method_names, &molt_type_object);
MoltType molt_type_asyncio_bounded_semaphore = SYNC_TYPE("BoundedSemaphore", "asyncio.locks", lock_method_names,
                                                         &molt_type_asyncio_semaphore);
MoltType molt_type_asyncio_queue = SYNC_TYPE("Queue", "asyncio.queues", queue_method_names, &molt_type_object);
MoltType molt_type_asyncio_priority_queue = SYNC_TYPE("PriorityQueue", "asyncio.queues", queue_method_names,
                                                      &molt_type_asyncio_queue);
MoltType molt_type_asyncio_lifo_queue = SYNC_TYPE("LifoQueue", "asyncio.queues", queue_method_names,
                                                  &molt_type_asyncio_queue);

MoltValue async_sync_type(int which) {
    static MoltType *const types[] = {&molt_type_asyncio_event, &molt_type_asyncio_lock, &molt_type_asyncio_semaphore,
                                      &molt_type_asyncio_bounded_semaphore, &molt_type_asyncio_queue,
                                      &molt_type_asyncio_priority_queue, &molt_type_asyncio_lifo_queue};
    return molt_from_type(types[which]);
}
