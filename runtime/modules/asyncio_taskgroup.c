/* asyncio.TaskGroup, as CPython 3.12's taskgroups.py: tasks created in the
 * group are awaited by __aexit__; the first failure cancels the other tasks
 * and the parent task, and the errors leave as one ExceptionGroup
 * ("unhandled errors in a TaskGroup"). __aexit__ is a C coroutine
 * (asyncio_op.c). The group's tasks are kept in creation order (CPython
 * keeps a set, whose order is that of the tasks' addresses). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asyncio.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/list.h"
#include "../objects/type.h"

typedef struct TaskGroup {
    MoltObject header;
    bool entered, exiting, aborting, parent_cancel_requested;
    MoltValue parent_task;
    MoltValue tasks;             /* a list: the tasks not done yet */
    MoltValue errors;            /* a list */
    MoltValue base_error;        /* a SystemExit or KeyboardInterrupt of a task or the body */
    MoltValue on_completed_fut;  /* what __aexit__ waits on */
} TaskGroup;

extern MoltType molt_type_asyncio_task_group;

static TaskGroup *group_of(MoltValue v) { return molt_as_ptr(v); }

static bool is_base_error(MoltValue exception) {
    const MoltType *type = molt_type_of(exception);
    return molt_type_is_subtype(type, &molt_type_SystemExit) || molt_type_is_subtype(type, &molt_type_KeyboardInterrupt);
}

static void replace(MoltValue *slot, MoltValue value) {
    molt_incref(value);
    molt_decref(*slot);
    *slot = value;
}

static void group_abort(TaskGroup *group) {
    group->aborting = true;
    MoltValue tasks = group->tasks;
    molt_incref(tasks);
    for (int64_t i = 0; i < molt_list_length(tasks); i++) {
        MoltValue task = molt_list_items(tasks)[i];
        if (!async_future_done(task)) async_future_cancel(task, MOLT_NONE);
    }
    molt_decref(tasks);
}

/* _on_task_done: arg is the group. */
static void on_task_done(MoltValue self, MoltValue task) {
    TaskGroup *group = group_of(self);
    int64_t count = molt_list_length(group->tasks);
    MoltValue *items = molt_list_items(group->tasks);
    for (int64_t i = 0; i < count; i++) {
        if (items[i] != task) continue;
        MoltValue removed = molt_call_method(group->tasks, "pop", (MoltValue[]){molt_from_small_int(i)}, 1, MOLT_NONE);
        molt_decref(removed);
        break;
    }
    if (group->on_completed_fut != MOLT_NONE && molt_list_length(group->tasks) == 0 &&
        !async_future_done(group->on_completed_fut))
        async_future_set_result(group->on_completed_fut, MOLT_TRUE);
    AsyncFuture *done = async_future_of(task);
    if (done->state == FUTURE_CANCELLED || done->exception == MOLT_NONE) return;
    molt_list_append(group->errors, done->exception);
    if (is_base_error(done->exception) && group->base_error == MOLT_NONE) replace(&group->base_error, done->exception);
    if (async_future_done(group->parent_task)) return;
    if (!group->aborting && !group->parent_cancel_requested) {
        group_abort(group);
        group->parent_cancel_requested = true;
        async_future_cancel(group->parent_task, MOLT_NONE);
    }
}

static MoltValue raise_about_group(MoltValue self, const char *format) {
    MoltValue repr = molt_repr(self);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    molt_raise_format(&molt_type_RuntimeError, format, molt_str_utf8(repr, NULL));
    molt_decref(repr);
    return MOLT_ERROR;
}

static MoltValue group_create_task(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"coro", "name", "context", NULL};
    static const MoltArgSpec spec = {"create_task", 1, 1, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    TaskGroup *group = group_of(self);
    if (!group->entered) return raise_about_group(self, "TaskGroup %s has not been entered");
    if (group->exiting && molt_list_length(group->tasks) == 0) return raise_about_group(self, "TaskGroup %s is finished");
    if (group->aborting) return raise_about_group(self, "TaskGroup %s is shutting down");
    MoltValue created = async_create_task(args, 1, MOLT_NONE);
    if (created == MOLT_ERROR) return MOLT_ERROR;
    if (parsed[1] != MOLT_ARG_MISSING && parsed[1] != MOLT_NONE) {
        MoltValue name = molt_str(parsed[1]);
        if (name == MOLT_ERROR) {
            molt_decref(created);
            return MOLT_ERROR;
        }
        replace(&async_future_of(created)->name, name);
        molt_decref(name);
    }
    molt_list_append(group->tasks, created);
    async_future_add_callback(created, on_task_done, self);
    return created;
}

/* ---- __aexit__ ------------------------------------------------------------------------- */

enum { EXIT_GROUP, EXIT_EXCEPTION, EXIT_PROPAGATE };
enum { EXIT_START, EXIT_WAITING };

/* The while loop over the group's tasks, then the errors' verdict. */
static MoltValue exit_wait_or_finish(AsyncOp *op) {
    TaskGroup *group = group_of(op->values[EXIT_GROUP]);
    if (molt_list_length(group->tasks)) {
        if (group->on_completed_fut == MOLT_NONE) {
            MoltValue future = async_future_new(&molt_type_asyncio_future);
            replace(&group->on_completed_fut, future);
            molt_decref(future);
        }
        op->state = EXIT_WAITING;
        molt_incref(group->on_completed_fut);
        return group->on_completed_fut;
    }
    if (group->base_error != MOLT_NONE) return molt_raise(group->base_error, MOLT_ERROR);
    MoltValue exception = op->values[EXIT_EXCEPTION];
    if (op->values[EXIT_PROPAGATE] != MOLT_NONE && molt_list_length(group->errors) == 0)
        return molt_raise(op->values[EXIT_PROPAGATE], MOLT_ERROR);
    if (exception != MOLT_NONE && !async_is_cancelled_error_exactly(exception)) molt_list_append(group->errors, exception);
    if (molt_list_length(group->errors) == 0) return MOLT_STOP;
    MoltValue message = molt_str_from_utf8("unhandled errors in a TaskGroup", 31);
    MoltValue group_args[2] = {message, group->errors};
    MoltValue error = molt_call(molt_from_type(&molt_type_BaseExceptionGroup), group_args, 2, MOLT_NONE);
    molt_decref(message);
    MoltValue errors = group->errors;
    group->errors = molt_list_new(0);
    molt_decref(errors);
    if (error == MOLT_ERROR) return MOLT_ERROR;
    molt_raise(error, MOLT_NONE);
    molt_decref(error);
    return MOLT_ERROR;
}

static void clear_on_completed(TaskGroup *group) {
    MoltValue future = group->on_completed_fut;
    group->on_completed_fut = MOLT_NONE;
    molt_decref(future);
}

static MoltValue exit_next(AsyncOp *op) {
    TaskGroup *group = group_of(op->values[EXIT_GROUP]);
    if (op->state == EXIT_WAITING) {
        clear_on_completed(group);
        return exit_wait_or_finish(op);
    }
    group->exiting = true;
    MoltValue exception = op->values[EXIT_EXCEPTION];
    if (exception != MOLT_NONE && is_base_error(exception) && group->base_error == MOLT_NONE)
        replace(&group->base_error, exception);
    if (exception != MOLT_NONE && async_is_cancelled_error_exactly(exception))
        replace(&op->values[EXIT_PROPAGATE], exception);
    if (group->parent_cancel_requested) {
        AsyncFuture *parent = async_future_of(group->parent_task);
        if (parent->cancel_requests > 0) parent->cancel_requests--;
        if (parent->cancel_requests == 0) replace(&op->values[EXIT_PROPAGATE], MOLT_NONE);
    }
    if (exception != MOLT_NONE && !group->aborting) group_abort(group);
    return exit_wait_or_finish(op);
}

/* A CancelledError at the await (the parent task cancelled again) is taken
 * in and the wait goes on; other exceptions leave __aexit__. */
static MoltValue exit_thrown(AsyncOp *op) {
    if (op->state != EXIT_WAITING) return MOLT_ERROR;
    TaskGroup *group = group_of(op->values[EXIT_GROUP]);
    MoltValue exception = molt_exc_fetch();
    if (!async_is_cancelled_error(exception)) return molt_exc_restore(exception);
    if (!group->aborting) {
        replace(&op->values[EXIT_PROPAGATE], exception);
        group_abort(group);
    }
    molt_decref(exception);
    clear_on_completed(group);
    return exit_wait_or_finish(op);
}

static const AsyncOpKind exit_kind = {"TaskGroup.__aexit__", exit_next, exit_thrown};

/* ---- the object ------------------------------------------------------------------------ */

static const char *const group_method_names[] = {"create_task", "__aenter__", "__aexit__", NULL};

static MoltValue group_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    TaskGroup *group = group_of(self);
    if (strcmp(name, "create_task") == 0) return group_create_task(self, args, nargs, kwnames);
    if (strcmp(name, "__aenter__") == 0) {
        if (molt_args_none("TaskGroup", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (group->entered) {
            raise_about_group(self, "TaskGroup %s has already been entered");
            return async_op_raise_current();
        }
        if (async_require_running_loop() < 0) return async_op_raise_current();
        if (async_current_task() == MOLT_NONE) {
            raise_about_group(self, "TaskGroup %s cannot determine the parent task");
            return async_op_raise_current();
        }
        replace(&group->parent_task, async_current_task());
        group->entered = true;
        return async_op_return(self);
    }
    if (strcmp(name, "__aexit__") == 0) {
        if (molt_args_check_count("__aexit__", nargs, 3, 3) < 0 || molt_args_no_keywords("__aexit__", kwnames) < 0)
            return MOLT_ERROR;
        MoltValue values[3] = {self, args[1], MOLT_NONE};
        return async_op_new(&exit_kind, values, 3);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue group_repr(MoltValue self) {
    TaskGroup *group = group_of(self);
    char text[128] = "<TaskGroup";
    size_t length = strlen(text);
    if (molt_list_length(group->tasks))
        length += (size_t)snprintf(text + length, sizeof text - length, " tasks=%lld",
                                   (long long)molt_list_length(group->tasks));
    if (molt_list_length(group->errors))
        length += (size_t)snprintf(text + length, sizeof text - length, " errors=%lld",
                                   (long long)molt_list_length(group->errors));
    if (group->aborting) length += (size_t)snprintf(text + length, sizeof text - length, " cancelling");
    else if (group->entered) length += (size_t)snprintf(text + length, sizeof text - length, " entered");
    snprintf(text + length, sizeof text - length, ">");
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue group_construct(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'TaskGroup' object is not callable");
    if (molt_args_check_count("TaskGroup", nargs, 0, 0) < 0 || molt_args_no_keywords("TaskGroup", kwnames) < 0)
        return MOLT_ERROR;
    TaskGroup *group = molt_gc_allocate(sizeof(TaskGroup), &molt_type_asyncio_task_group);
    group->parent_task = group->base_error = group->on_completed_fut = MOLT_NONE;
    group->tasks = molt_list_new(0);
    group->errors = molt_list_new(0);
    return molt_from_ptr(group);
}

static void group_clear(MoltObject *object) {
    TaskGroup *group = (TaskGroup *)object;
    MoltValue values[5] = {group->parent_task, group->tasks, group->errors, group->base_error, group->on_completed_fut};
    group->parent_task = group->base_error = group->on_completed_fut = MOLT_NONE;
    group->tasks = group->errors = MOLT_NONE;
    for (size_t i = 0; i < 5; i++) molt_decref(values[i]);
}

static void group_dealloc(MoltObject *object) {
    group_clear(object);
    molt_gc_free(object);
}

static void group_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    TaskGroup *group = (TaskGroup *)object;
    MoltValue values[5] = {group->parent_task, group->tasks, group->errors, group->base_error, group->on_completed_fut};
    for (size_t i = 0; i < 5; i++)
        if (values[i] != MOLT_NONE) visit(values[i], context);
}

MoltType molt_type_asyncio_task_group = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "TaskGroup",
    .module_name = "asyncio.taskgroups",
    .base = &molt_type_object,
    .dealloc = group_dealloc,
    .repr = group_repr,
    .hash = molt_object_hash_identity,
    .call = group_construct,
    .call_method = group_call_method,
    .method_names = group_method_names,
    .traverse = group_traverse,
    .clear = group_clear,
};
