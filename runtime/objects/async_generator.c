/* Async generators (PEP 525): the async_generator type over a compiled
 * generator body, the awaitables its asend()/__anext__() and athrow()/aclose()
 * return (they drive the body and turn a wrapped `yield` into StopIteration,
 * as CPython's genobject.c does), the event loop's hooks, and the awaitable
 * that ends an `async for` of a comprehension. */
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "exc_object.h"
#include "generator_internal.h"
#include "tuple.h"
#include "type.h"

enum {
    AGEN_CLOSED = 1,          /* ag_closed: aclose() began, or it raised StopAsyncIteration/GeneratorExit */
    AGEN_RUNNING_ASYNC = 2,   /* an asend/athrow awaitable is being awaited */
    AGEN_HOOKS_INITED = 4,    /* first used: the loop's firstiter hook ran (if a loop ran) */
    AGEN_FINALIZER = 8,       /* first used under a running loop: its finalizer applies */
};

MoltAsyncGenHooks molt_async_gen_hooks;

static MoltGenerator *agen_of(MoltValue v) { return molt_as_ptr(v); }

/* ---- the wrapped value of a `yield` ---------------------------------------------- */

typedef struct WrappedValue {
    MoltObject header;
    MoltValue value;
} WrappedValue;

static void wrapped_dealloc(MoltObject *object) {
    molt_decref(((WrappedValue *)object)->value);
    molt_gc_free(object);
}

static void wrapped_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    visit(((WrappedValue *)object)->value, context);
}

static void wrapped_clear(MoltObject *object) {
    WrappedValue *wrapped = (WrappedValue *)object;
    MoltValue value = wrapped->value;
    wrapped->value = MOLT_NONE;
    molt_decref(value);
}

static MoltType molt_type_async_gen_wrapped = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "async_generator_wrapped_value",
    .base = &molt_type_object,
    .dealloc = wrapped_dealloc,
    .hash = molt_object_hash_identity,
    .traverse = wrapped_traverse,
    .clear = wrapped_clear,
};

MoltValue molt_async_gen_wrap(MoltValue value) {
    WrappedValue *wrapped = molt_gc_allocate(sizeof(WrappedValue), &molt_type_async_gen_wrapped);
    molt_incref(value);
    wrapped->value = value;
    return molt_from_ptr(wrapped);
}

static bool is_wrapped(MoltValue v) { return molt_is_exact_instance(v, &molt_type_async_gen_wrapped); }

static bool current_exception_is(const MoltType *type) { return molt_exc_matches(molt_from_ptr(type)) == 1; }

static MoltValue raise_none(const MoltType *type) {
    MoltValue empty = molt_tuple_new(0);
    MoltValue exception = molt_exception_new(type, empty);
    molt_decref(empty);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

/* ---- driving the body ------------------------------------------------------------ */

/* gen_send for an async generator: the body's next yield, or MOLT_ERROR
 * (StopAsyncIteration once it returned). */
static MoltValue agen_send(MoltGenerator *agen, MoltValue value) {
    if (molt_generator_check_not_running(agen) < 0) return MOLT_ERROR;
    if (agen->resume_point < 0) return raise_none(&molt_type_StopAsyncIteration);
    if (agen->resume_point == 0 && value != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "can't send non-None value to a just-started async generator");
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_resume(agen, value, &returned);
    if (result != MOLT_STOP) return result;
    molt_decref(returned);   /* always None: `return value` is a SyntaxError */
    return raise_none(&molt_type_StopAsyncIteration);
}

/* gen_throw with the exception current. */
static MoltValue agen_throw_current(MoltGenerator *agen) {
    if (molt_generator_check_not_running(agen) < 0) return MOLT_ERROR;
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_throw_current(agen, &returned);
    if (result != MOLT_STOP) return result;
    molt_decref(returned);
    return raise_none(&molt_type_StopAsyncIteration);
}

/* async_gen_unwrap_value: a wrapped yield finishes the awaitable with
 * StopIteration(value); anything else the body yielded goes on to the loop. */
static MoltValue unwrap(MoltGenerator *agen, MoltValue result) {
    if (result == MOLT_ERROR) {
        if (current_exception_is(&molt_type_StopAsyncIteration) || current_exception_is(&molt_type_GeneratorExit))
            agen->async_flags |= AGEN_CLOSED;
        agen->async_flags &= (unsigned char)~AGEN_RUNNING_ASYNC;
        return MOLT_ERROR;
    }
    if (is_wrapped(result)) {
        molt_raise_stop(((WrappedValue *)molt_as_ptr(result))->value);
        molt_decref(result);
        agen->async_flags &= (unsigned char)~AGEN_RUNNING_ASYNC;
        return MOLT_ERROR;
    }
    return result;
}

/* async_gen_init_hooks: the loop learns of the generator on its first use. */
static void init_hooks(MoltValue self) {
    MoltGenerator *agen = agen_of(self);
    if (agen->async_flags & AGEN_HOOKS_INITED) return;
    agen->async_flags |= AGEN_HOOKS_INITED;
    if (!molt_async_gen_hooks.firstiter) return;
    agen->async_flags |= AGEN_FINALIZER;
    molt_async_gen_hooks.firstiter(self);
}

/* ---- the awaitables -------------------------------------------------------------- */

typedef enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED } AwaitableState;

/* asend(value) / __anext__() (athrow false), athrow(...) / aclose() (athrow
 * true; `args` is None for aclose). */
typedef struct AgenAwaitable {
    MoltObject header;
    MoltValue agen;
    MoltValue args;   /* asend's value; athrow's argument tuple */
    AwaitableState state;
    bool athrow;
} AgenAwaitable;

static MoltType molt_type_async_gen_asend, molt_type_async_gen_athrow;

static MoltValue awaitable_new(MoltValue agen, MoltValue args, bool athrow) {
    init_hooks(agen);
    AgenAwaitable *awaitable =
        molt_gc_allocate(sizeof(AgenAwaitable), athrow ? &molt_type_async_gen_athrow : &molt_type_async_gen_asend);
    molt_incref(agen);
    molt_incref(args);
    awaitable->agen = agen;
    awaitable->args = args;
    awaitable->athrow = athrow;
    return molt_from_ptr(awaitable);
}

static MoltValue reused(const AgenAwaitable *awaitable) {
    return molt_raise_format(&molt_type_RuntimeError, awaitable->athrow ? "cannot reuse already awaited aclose()/athrow()"
                                                                        : "cannot reuse already awaited __anext__()/asend()");
}

/* async_gen_asend_send (sent: MOLT_NONE for next()). */
static MoltValue asend_send(AgenAwaitable *awaitable, MoltValue sent) {
    MoltGenerator *agen = agen_of(awaitable->agen);
    if (awaitable->state == AWAITABLE_CLOSED) return reused(awaitable);
    if (awaitable->state == AWAITABLE_INIT) {
        if (agen->async_flags & AGEN_RUNNING_ASYNC)
            return molt_raise_format(&molt_type_RuntimeError, "anext(): asynchronous generator is already running");
        if (sent == MOLT_NONE) sent = awaitable->args;
        awaitable->state = AWAITABLE_ITER;
    }
    agen->async_flags |= AGEN_RUNNING_ASYNC;
    MoltValue result = unwrap(agen, agen_send(agen, sent));
    if (result == MOLT_ERROR) awaitable->state = AWAITABLE_CLOSED;
    return result;
}

/* The thrown exception is current; the awaitable is not closed. */
static MoltValue asend_throw(AgenAwaitable *awaitable) {
    MoltGenerator *agen = agen_of(awaitable->agen);
    MoltValue result = unwrap(agen, agen_throw_current(agen));
    if (result == MOLT_ERROR) awaitable->state = AWAITABLE_CLOSED;
    return result;
}

/* aclose()'s end: StopAsyncIteration and GeneratorExit mean it closed (the
 * awaitable returns None); any other exception goes on. */
static MoltValue athrow_check_error(AgenAwaitable *awaitable) {
    MoltGenerator *agen = agen_of(awaitable->agen);
    agen->async_flags &= (unsigned char)~AGEN_RUNNING_ASYNC;
    awaitable->state = AWAITABLE_CLOSED;
    if (awaitable->args == MOLT_NONE &&
        (current_exception_is(&molt_type_StopAsyncIteration) || current_exception_is(&molt_type_GeneratorExit))) {
        molt_decref(molt_exc_fetch());
        return raise_none(&molt_type_StopIteration);
    }
    return MOLT_ERROR;
}

static MoltValue ignored_exit(AgenAwaitable *awaitable, MoltValue yielded) {
    molt_decref(yielded);
    agen_of(awaitable->agen)->async_flags &= (unsigned char)~AGEN_RUNNING_ASYNC;
    awaitable->state = AWAITABLE_CLOSED;
    return molt_raise_format(&molt_type_RuntimeError, "async generator ignored GeneratorExit");
}

/* aclose() mode after the body ran: a wrapped yield ignores GeneratorExit. */
static MoltValue aclose_result(AgenAwaitable *awaitable, MoltValue result) {
    if (result == MOLT_ERROR) return athrow_check_error(awaitable);
    if (is_wrapped(result)) return ignored_exit(awaitable, result);
    return result;
}

/* async_gen_athrow_send. */
static MoltValue athrow_send(AgenAwaitable *awaitable, MoltValue sent) {
    MoltGenerator *agen = agen_of(awaitable->agen);
    bool aclose = awaitable->args == MOLT_NONE;
    if (awaitable->state == AWAITABLE_CLOSED) return reused(awaitable);
    if (agen->resume_point < 0) {
        awaitable->state = AWAITABLE_CLOSED;
        return raise_none(&molt_type_StopIteration);
    }
    if (awaitable->state == AWAITABLE_INIT) {
        if (agen->async_flags & AGEN_RUNNING_ASYNC) {
            awaitable->state = AWAITABLE_CLOSED;
            return molt_raise_format(&molt_type_RuntimeError, "%s(): asynchronous generator is already running",
                                     aclose ? "aclose" : "athrow");
        }
        if (agen->async_flags & AGEN_CLOSED) {
            awaitable->state = AWAITABLE_CLOSED;
            return raise_none(&molt_type_StopAsyncIteration);
        }
        if (sent != MOLT_NONE)
            return molt_raise_format(&molt_type_RuntimeError, "can't send non-None value to a just-started coroutine");
        awaitable->state = AWAITABLE_ITER;
        agen->async_flags |= AGEN_RUNNING_ASYNC;
        if (aclose) {
            agen->async_flags |= AGEN_CLOSED;
            raise_none(&molt_type_GeneratorExit);
            return aclose_result(awaitable, agen_throw_current(agen));
        }
        if (molt_generator_raise_thrown(molt_tuple_items(awaitable->args), (size_t)molt_tuple_length(awaitable->args)) < 0)
            return MOLT_ERROR;
        MoltValue result = unwrap(agen, agen_throw_current(agen));
        return result == MOLT_ERROR ? athrow_check_error(awaitable) : result;
    }
    MoltValue result = agen_send(agen, sent);
    if (!aclose) return unwrap(agen, result);
    return aclose_result(awaitable, result);
}

static MoltValue athrow_throw(AgenAwaitable *awaitable) {
    MoltGenerator *agen = agen_of(awaitable->agen);
    MoltValue result = agen_throw_current(agen);
    if (awaitable->args != MOLT_NONE) return unwrap(agen, result);
    if (result != MOLT_ERROR && is_wrapped(result)) return ignored_exit(awaitable, result);
    if (result == MOLT_ERROR &&
        (current_exception_is(&molt_type_StopAsyncIteration) || current_exception_is(&molt_type_GeneratorExit))) {
        molt_decref(molt_exc_fetch());
        return raise_none(&molt_type_StopIteration);
    }
    return result;
}

static MoltValue awaitable_send(AgenAwaitable *awaitable, MoltValue sent) {
    return awaitable->athrow ? athrow_send(awaitable, sent) : asend_send(awaitable, sent);
}

/* A StopIteration carrying the result stays raised: `await` and a task's step read its value. */
static MoltValue awaitable_iternext(MoltValue self) { return awaitable_send(molt_as_ptr(self), MOLT_NONE); }

static const char *const awaitable_method_names[] = {"send", "throw", "close", "__await__", "__next__", "__iter__",
                                                     NULL};

static MoltValue awaitable_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    AgenAwaitable *awaitable = molt_as_ptr(self);
    const char *type = molt_type_of(self)->name;
    if (strcmp(name, "send") == 0) {
        if (molt_args_check_count("send", nargs, 1, 1) < 0 || molt_args_no_keywords("send", kwnames) < 0)
            return MOLT_ERROR;
        return awaitable_send(awaitable, args[0]);
    }
    if (strcmp(name, "throw") == 0) {
        if (molt_args_no_keywords("throw", kwnames) < 0) return MOLT_ERROR;
        if (awaitable->state == AWAITABLE_CLOSED) return reused(awaitable);
        if (molt_generator_raise_thrown(args, nargs) < 0) return MOLT_ERROR;
        return awaitable->athrow ? athrow_throw(awaitable) : asend_throw(awaitable);
    }
    if (strcmp(name, "close") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        awaitable->state = AWAITABLE_CLOSED;
        return MOLT_NONE;
    }
    if (strcmp(name, "__await__") == 0 || strcmp(name, "__iter__") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(self);
        return self;
    }
    if (strcmp(name, "__next__") == 0) {
        if (molt_args_none(type, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return awaitable_send(awaitable, MOLT_NONE);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue awaitable_repr(MoltValue self) {
    char text[96];
    snprintf(text, sizeof text, "<%s object at %p>", molt_type_of(self)->name, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue awaitable_iter(MoltValue self) {
    molt_incref(self);
    return self;
}

static void awaitable_clear(MoltObject *object) {
    AgenAwaitable *awaitable = (AgenAwaitable *)object;
    MoltValue agen = awaitable->agen, args = awaitable->args;
    awaitable->agen = awaitable->args = MOLT_NONE;
    molt_decref(agen);
    molt_decref(args);
}

static void awaitable_dealloc(MoltObject *object) {
    awaitable_clear(object);
    molt_gc_free(object);
}

static void awaitable_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    AgenAwaitable *awaitable = (AgenAwaitable *)object;
    if (awaitable->agen != MOLT_NONE) visit(awaitable->agen, context);
    if (awaitable->args != MOLT_NONE) visit(awaitable->args, context);
}

#define AWAITABLE_TYPE(type_name)                            \
    {                                                        \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, \
        .name = type_name,                                   \
        .base = &molt_type_object,                           \
        .dealloc = awaitable_dealloc,                        \
        .repr = awaitable_repr,                              \
        .hash = molt_object_hash_identity,                   \
        .iter = awaitable_iter,                              \
        .iternext = awaitable_iternext,                      \
        .call_method = awaitable_call_method,                \
        .method_names = awaitable_method_names,              \
        .traverse = awaitable_traverse,                      \
        .clear = awaitable_clear,                            \
    }

static MoltType molt_type_async_gen_asend = AWAITABLE_TYPE("async_generator_asend");
static MoltType molt_type_async_gen_athrow = AWAITABLE_TYPE("async_generator_athrow");

bool molt_is_async_gen_awaitable(MoltValue v) {
    return molt_is_exact_instance(v, &molt_type_async_gen_asend) || molt_is_exact_instance(v, &molt_type_async_gen_athrow);
}

MoltValue molt_async_gen_aclose(MoltValue agen) { return awaitable_new(agen, MOLT_NONE, true); }

/* ---- the async_generator type ---------------------------------------------------- */

static const char *const agen_method_names[] = {"__aiter__", "__anext__", "asend", "athrow", "aclose", NULL};

static MoltValue agen_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    if (strcmp(name, "__aiter__") == 0) {
        if (molt_args_none("async_generator", name, nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(self);
        return self;
    }
    if (strcmp(name, "__anext__") == 0) {
        if (molt_args_none("async_generator", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return awaitable_new(self, MOLT_NONE, false);
    }
    if (strcmp(name, "asend") == 0) {
        if (molt_args_no_keywords("asend", kwnames) < 0) return MOLT_ERROR;
        if (nargs != 1)
            return molt_raise_format(&molt_type_TypeError, "async_generator.asend() takes exactly one argument (%zu given)",
                                     nargs);
        return awaitable_new(self, args[0], false);
    }
    if (strcmp(name, "athrow") == 0) {
        if (molt_args_no_keywords("athrow", kwnames) < 0 || molt_args_check_count("athrow", nargs, 1, 3) < 0)
            return MOLT_ERROR;
        MoltValue tuple = molt_tuple_from_borrowed(args, nargs);
        MoltValue awaitable = awaitable_new(self, tuple, true);
        molt_decref(tuple);
        return awaitable;
    }
    if (strcmp(name, "aclose") == 0) {
        if (molt_args_none("async_generator", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_async_gen_aclose(self);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue agen_repr(MoltValue self) {
    char text[512];
    snprintf(text, sizeof text, "<async_generator object %s at %p>", agen_of(self)->code->qualname, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

/* _PyGen_Finalize: one first used under the loop goes to the loop's
 * finalizer, which closes it in a task (aclose()) unless it finished;
 * otherwise it is closed here as a generator is. */
static void agen_dealloc(MoltObject *object) {
    MoltGenerator *agen = (MoltGenerator *)object;
    MoltValue self = molt_from_ptr(object);
    if ((agen->async_flags & AGEN_FINALIZER) && molt_async_gen_hooks.release) {
        bool close = agen->resume_point >= 0 && !(agen->async_flags & AGEN_CLOSED);
        agen->async_flags &= (unsigned char)~AGEN_FINALIZER;
        object->refcount = 1;
        molt_async_gen_hooks.release(self, close);
        if (--object->refcount != 0) return;   /* the loop's aclose() task keeps it */
    } else if (!(agen->async_flags & AGEN_FINALIZER)) {
        if (!molt_generator_finalize(agen)) return;
    }
    molt_generator_release_frame(agen);
    molt_gc_free(object);
}

MoltType molt_type_async_generator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "async_generator",
    .base = &molt_type_object,
    .dealloc = agen_dealloc,
    .repr = agen_repr,
    .hash = molt_object_hash_identity,
    .call_method = agen_call_method,
    .getattr = molt_generator_getattr,
    .method_names = agen_method_names,
    .traverse = molt_generator_traverse,
    .clear = molt_generator_clear,
};

/* ---- `async for` in a comprehension ---------------------------------------------- */

/* The end of the iteration: an immortal object nothing else can see. */
static MoltObject comprehension_end = {MOLT_IMMORTAL_REFCOUNT, &molt_type_object};

/* Awaits it.__anext__() (values[0]: its await iterator) and returns what it
 * returns, or comprehension_end for StopAsyncIteration. */
typedef struct AnextAwaitable {
    MoltObject header;
    MoltValue iterator;
} AnextAwaitable;

static MoltValue anext_step(MoltValue self, MoltValue sent) {
    AnextAwaitable *awaitable = molt_as_ptr(self);
    MoltValue result = MOLT_NONE;
    MoltValue item = molt_yield_from_step(awaitable->iterator, sent, &result);
    if (item == MOLT_STOP) {
        molt_raise_stop(result);
        molt_decref(result);
        return MOLT_ERROR;
    }
    if (item == MOLT_ERROR && current_exception_is(&molt_type_StopAsyncIteration)) {
        molt_decref(molt_exc_fetch());
        return molt_raise_stop(molt_from_ptr(&comprehension_end));
    }
    return item;
}

static MoltValue anext_iternext(MoltValue self) { return anext_step(self, MOLT_NONE); }

static const char *const anext_method_names[] = {"send", "throw", "close", NULL};

static MoltValue anext_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    if (strcmp(name, "send") == 0) {
        if (molt_args_check_count("send", nargs, 1, 1) < 0 || molt_args_no_keywords("send", kwnames) < 0)
            return MOLT_ERROR;
        return anext_step(self, args[0]);
    }
    if (strcmp(name, "throw") == 0) {
        if (molt_args_no_keywords("throw", kwnames) < 0 || molt_generator_raise_thrown(args, nargs) < 0)
            return MOLT_ERROR;
        return anext_step(self, MOLT_ERROR);
    }
    if (strcmp(name, "close") == 0) {
        if (molt_args_none("anext_awaitable", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_call_method(((AnextAwaitable *)molt_as_ptr(self))->iterator, "close", NULL, 0, MOLT_NONE);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static void anext_clear(MoltObject *object) {
    AnextAwaitable *awaitable = (AnextAwaitable *)object;
    MoltValue iterator = awaitable->iterator;
    awaitable->iterator = MOLT_NONE;
    molt_decref(iterator);
}

static void anext_dealloc(MoltObject *object) {
    anext_clear(object);
    molt_gc_free(object);
}

static void anext_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    AnextAwaitable *awaitable = (AnextAwaitable *)object;
    if (awaitable->iterator != MOLT_NONE) visit(awaitable->iterator, context);
}

static MoltType molt_type_anext_awaitable = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "anext_awaitable",
    .base = &molt_type_object,
    .dealloc = anext_dealloc,
    .hash = molt_object_hash_identity,
    .iter = awaitable_iter,
    .iternext = anext_iternext,
    .call_method = anext_call_method,
    .method_names = anext_method_names,
    .traverse = anext_traverse,
    .clear = anext_clear,
};

MoltValue molt_async_comp_next(MoltValue iterator) {
    MoltValue next = molt_call_method(iterator, "__anext__", NULL, 0, MOLT_NONE);
    if (next == MOLT_ERROR) return MOLT_ERROR;
    MoltValue await_iterator = molt_await_iter(next);
    molt_decref(next);
    if (await_iterator == MOLT_ERROR) return MOLT_ERROR;
    AnextAwaitable *awaitable = molt_gc_allocate(sizeof(AnextAwaitable), &molt_type_anext_awaitable);
    awaitable->iterator = await_iterator;
    return molt_from_ptr(awaitable);
}

MoltValue molt_async_comp_done(MoltValue item) { return molt_from_bool(item == molt_from_ptr(&comprehension_end)); }
