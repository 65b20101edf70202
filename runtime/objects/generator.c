/* The generator type: driving a compiled resume function (next, send, throw,
 * close), CPython 3.12's protocol errors and PEP 479, the finalizer that closes
 * a suspended generator when its last reference goes, and one step of
 * `yield from` delegation. See docs/generators.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/molt.h"
#include "../core/args.h"
#include "../core/gc.h"
#include "exc_object.h"
#include "generator_internal.h"
#include "tuple.h"
#include "type.h"

static MoltGenerator *generator_of(MoltValue v) { return molt_as_ptr(v); }

const char *molt_generator_kind(const MoltGenerator *generator) {
    if (generator->code->is_async_generator) return "async generator";
    return generator->code->is_coroutine ? "coroutine" : "generator";
}

static const char *kind_of(const MoltGenerator *generator) { return molt_generator_kind(generator); }

MoltValue molt_generator_new(const MoltGeneratorCode *code, MoltValue *args, size_t nargs) {
    size_t slots = code->frame_size > nargs ? code->frame_size : nargs;
    MoltGenerator *generator = molt_gc_allocate(sizeof(MoltGenerator) + slots * sizeof(MoltValue),
                                                code->is_async_generator ? &molt_type_async_generator
                                                : code->is_coroutine     ? &molt_type_coroutine
                                                                         : &molt_type_generator);
    generator->code = code;
    generator->delegation_result = MOLT_NONE;
    for (size_t i = 0; i < nargs; i++) generator->frame[i] = args[i];
    generator->frame_count = nargs;
    return molt_from_ptr(generator);
}

void molt_generator_release_frame(MoltGenerator *generator) {
    size_t count = generator->frame_count, handled = generator->handled_count;
    MoltValue *handled_values = generator->handled;
    generator->frame_count = 0;
    generator->handled_count = 0;
    generator->handled = NULL;
    generator->resume_point = -1;
    for (size_t i = 0; i < count; i++) molt_decref(generator->frame[i]);
    for (size_t i = 0; i < handled; i++) molt_decref(handled_values[i]);
    free(handled_values);
    MoltValue delegation_result = generator->delegation_result;
    generator->delegation_result = MOLT_NONE;
    molt_decref(delegation_result);
}

static MoltValue raise_empty(const MoltType *type) {
    MoltValue empty = molt_tuple_new(0);
    MoltValue exception = molt_exception_new(type, empty);
    molt_decref(empty);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

static bool current_exception_is(const MoltType *type) {
    return molt_exc_matches(molt_from_ptr(type)) == 1;
}

/* PEP 479: a StopIteration escaping the body becomes a RuntimeError (and a
 * StopAsyncIteration escaping an async generator's, PEP 525). */
static void convert_stop_iteration(const MoltGenerator *generator) {
    bool async_stop = generator->code->is_async_generator && current_exception_is(&molt_type_StopAsyncIteration);
    if (!async_stop && !current_exception_is(&molt_type_StopIteration)) return;
    MoltValue stop = molt_exc_fetch();
    molt_raise_format(&molt_type_RuntimeError, "%s raised %s", kind_of(generator),
                      async_stop ? "StopAsyncIteration" : "StopIteration");
    MoltValue error = molt_exc_fetch();
    MoltException *object = molt_as_ptr(error);
    molt_incref(stop);
    molt_decref(object->context);
    object->context = stop;
    molt_raise(error, stop);
    molt_decref(error);
    molt_decref(stop);
}

/* The generator must be started or startable, and not running. */
MoltValue molt_generator_resume(MoltGenerator *generator, MoltValue sent, MoltValue *returned) {
    size_t depth = molt_exc_handled_depth();
    if (generator->handled_count) {
        for (size_t i = 0; i < generator->handled_count; i++) {
            molt_exc_push_handled(generator->handled[i]);
            molt_decref(generator->handled[i]);
        }
        free(generator->handled);
        generator->handled = NULL;
        generator->handled_count = 0;
    }
    generator->running = true;
    generator->frame_count = 0;   /* the resume function takes the frame's references */
    molt_incref(sent);            /* and owns the yield's result (MOLT_ERROR is not an object) */
    MoltValue result = generator->code->resume(generator, sent);
    generator->running = false;
    size_t now = molt_exc_handled_depth();
    if (result != MOLT_ERROR && generator->resume_point > 0) {
        if (now > depth) {
            generator->handled = malloc(sizeof(MoltValue) * (now - depth));
            if (!generator->handled) abort();
            generator->handled_count = now - depth;
            molt_exc_handled_take(depth, generator->handled);
        }
        return result;
    }
    generator->resume_point = -1;
    while (molt_exc_handled_depth() > depth) molt_exc_pop_handled();
    if (result == MOLT_ERROR) {
        convert_stop_iteration(generator);
        return MOLT_ERROR;
    }
    *returned = result;
    return MOLT_STOP;
}

int molt_generator_check_not_running(const MoltGenerator *generator) {
    if (!generator->running) return 0;
    molt_raise_format(&molt_type_ValueError, "%s already executing", kind_of(generator));
    return -1;
}

/* Resuming a finished coroutine is an error (a finished generator just stops). */
static bool reused_coroutine(const MoltGenerator *generator) {
    if (generator->resume_point >= 0 || !generator->code->is_coroutine) return false;
    molt_raise_format(&molt_type_RuntimeError, "cannot reuse already awaited coroutine");
    return true;
}

MoltValue molt_raise_stop(MoltValue value) {
    if (value == MOLT_NONE) return raise_empty(&molt_type_StopIteration);
    MoltValue args = molt_tuple_from_borrowed(&value, 1);
    MoltValue exception = molt_exception_new(&molt_type_StopIteration, args);
    molt_decref(args);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

MoltValue molt_generator_send(MoltValue self, MoltValue value) {
    MoltGenerator *generator = generator_of(self);
    if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
    if (reused_coroutine(generator)) return MOLT_ERROR;
    if (generator->resume_point < 0) return raise_empty(&molt_type_StopIteration);
    if (generator->resume_point == 0 && value != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "can't send non-None value to a just-started %s", kind_of(generator));
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_resume(generator, value, &returned);
    if (result == MOLT_STOP) {
        molt_raise_stop(returned);
        molt_decref(returned);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue generator_iternext(MoltValue self) {
    MoltGenerator *generator = generator_of(self);
    if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
    if (generator->resume_point < 0) return MOLT_STOP;
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_resume(generator, MOLT_NONE, &returned);
    if (result == MOLT_STOP) molt_decref(returned);
    return result;
}

MoltValue molt_generator_throw_current(MoltGenerator *generator, MoltValue *returned) {
    if (generator->resume_point <= 0) {
        /* Never started or finished: the exception comes straight back. */
        molt_generator_release_frame(generator);
        return MOLT_ERROR;
    }
    return molt_generator_resume(generator, MOLT_ERROR, returned);
}

/* throw(value), throw(type), throw(type, value[, traceback]) as 3.12 accepts. */
int molt_generator_raise_thrown(const MoltValue *args, size_t nargs) {
    if (molt_args_check_count("throw", nargs, 1, 3) < 0) return -1;
    MoltValue type = args[0];
    if (nargs >= 2 && args[1] != MOLT_NONE && molt_is_exception_type(type) && !molt_is_exception(args[1])) {
        MoltValue instance = molt_is_tuple(args[1]) ? molt_call(type, molt_tuple_items(args[1]), (size_t)molt_tuple_length(args[1]), MOLT_NONE)
                                                           : molt_call(type, &args[1], 1, MOLT_NONE);
        if (instance == MOLT_ERROR) return -1;
        molt_raise(instance, MOLT_ERROR);
        molt_decref(instance);
    } else if (nargs >= 2 && molt_is_exception(args[1])) {
        molt_raise(args[1], MOLT_ERROR);
    } else if (molt_is_exception(type) || molt_is_exception_type(type)) {
        if (nargs >= 2 && args[1] != MOLT_NONE && molt_is_exception(type)) {
            molt_raise_format(&molt_type_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        molt_raise(type, MOLT_ERROR);
    } else {
        molt_raise_format(&molt_type_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %s",
                          molt_type_of(type)->name);
        return -1;
    }
    return 0;
}

static MoltValue generator_throw(MoltValue self, const MoltValue *args, size_t nargs) {
    MoltGenerator *generator = generator_of(self);
    if (molt_args_check_count("throw", nargs, 1, 3) < 0) return MOLT_ERROR;
    if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
    if (molt_generator_raise_thrown(args, nargs) < 0) return MOLT_ERROR;
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_throw_current(generator, &returned);
    if (result == MOLT_STOP) {
        molt_raise_stop(returned);
        molt_decref(returned);
        return MOLT_ERROR;
    }
    return result;
}

MoltValue molt_generator_close(MoltGenerator *generator) {
    if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
    if (generator->resume_point <= 0) {
        molt_generator_release_frame(generator);
        return MOLT_NONE;
    }
    raise_empty(&molt_type_GeneratorExit);
    MoltValue returned = MOLT_NONE;
    MoltValue result = molt_generator_resume(generator, MOLT_ERROR, &returned);
    if (result == MOLT_STOP) {
        molt_decref(returned);
        return MOLT_NONE;
    }
    if (result == MOLT_ERROR) {
        if (current_exception_is(&molt_type_GeneratorExit) || current_exception_is(&molt_type_StopIteration)) {
            molt_decref(molt_exc_fetch());
            return MOLT_NONE;
        }
        return MOLT_ERROR;
    }
    molt_decref(result);
    return molt_raise_format(&molt_type_RuntimeError, "%s ignored GeneratorExit", kind_of(generator));
}

static MoltValue generator_repr(MoltValue self) {
    char text[512];
    snprintf(text, sizeof text, "<%s object %s at %p>", kind_of(generator_of(self)), generator_of(self)->code->qualname,
             molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static const char *const generator_method_names[] = {"send", "throw", "close", "__next__", "__iter__", NULL};

static MoltValue generator_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    MoltGenerator *generator = generator_of(self);
    if (strcmp(name, "send") == 0) {
        if (molt_args_no_keywords("send", kwnames) < 0) return MOLT_ERROR;
        if (nargs != 1)
            return molt_raise_format(&molt_type_TypeError, "%s.send() takes exactly one argument (%zu given)",
                                     kind_of(generator), nargs);
        return molt_generator_send(self, args[0]);
    }
    if (strcmp(name, "throw") == 0) {
        if (molt_args_no_keywords("throw", kwnames) < 0) return MOLT_ERROR;
        return generator_throw(self, args, nargs);
    }
    if (strcmp(name, "close") == 0) {
        if (molt_args_none(kind_of(generator), "close", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_generator_close(generator);
    }
    if (generator->code->is_coroutine) return MOLT_NOT_IMPLEMENTED;   /* no __next__/__iter__ */
    if (strcmp(name, "__next__") == 0) {
        if (molt_args_none("generator", "__next__", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_generator_send(self, MOLT_NONE);
    }
    if (strcmp(name, "__iter__") == 0) {
        if (molt_args_none("generator", "__iter__", nargs, kwnames) < 0) return MOLT_ERROR;
        molt_incref(self);
        return self;
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltValue molt_generator_getattr(MoltValue self, const char *name) {
    const MoltGenerator *generator = generator_of(self);
    if (strcmp(name, "__name__") == 0) return molt_str_from_utf8(generator->code->name, strlen(generator->code->name));
    if (strcmp(name, "__qualname__") == 0)
        return molt_str_from_utf8(generator->code->qualname, strlen(generator->code->qualname));
    const char *running = generator->code->is_async_generator ? "ag_running"
                          : generator->code->is_coroutine     ? "cr_running"
                                                              : "gi_running";
    if (strcmp(name, running) == 0)
        return generator->running ? MOLT_TRUE : MOLT_FALSE;
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue generator_iter(MoltValue self) {
    molt_incref(self);
    return self;
}

void molt_generator_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    const MoltGenerator *generator = (const MoltGenerator *)object;
    for (size_t i = 0; i < generator->frame_count; i++) visit(generator->frame[i], context);
    for (size_t i = 0; i < generator->handled_count; i++) visit(generator->handled[i], context);
    if (generator->delegation_result != MOLT_NONE) visit(generator->delegation_result, context);
}

void molt_generator_clear(MoltObject *object) { molt_generator_release_frame((MoltGenerator *)object); }

/* CPython closes a suspended generator when it is destroyed, so its finally
 * blocks run then; an exception from that is reported and ignored. */
bool molt_generator_finalize(MoltGenerator *generator) {
    MoltObject *object = &generator->header;
    if (generator->resume_point > 0 && !generator->running) {
        MoltValue pending = molt_exc_fetch();
        object->refcount = 1;   /* alive while its body runs */
        MoltValue result = molt_generator_close(generator);
        if (result == MOLT_ERROR) molt_decref(molt_exc_fetch());
        if (pending != MOLT_NONE) molt_exc_restore(pending);
        if (--object->refcount != 0) return false;   /* the body stored a new reference to it */
    }
    return true;
}

static void generator_dealloc(MoltObject *object) {
    MoltGenerator *generator = (MoltGenerator *)object;
    if (!molt_generator_finalize(generator)) return;
    molt_generator_release_frame(generator);
    molt_gc_free(object);
}

MoltType molt_type_generator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "generator",
    .base = &molt_type_object,
    .dealloc = generator_dealloc,
    .repr = generator_repr,
    .hash = molt_object_hash_identity,
    .iter = generator_iter,
    .iternext = generator_iternext,
    .call_method = generator_call_method,
    .getattr = molt_generator_getattr,
    .method_names = generator_method_names,
    .traverse = molt_generator_traverse,
    .clear = molt_generator_clear,
};

static const char *const coroutine_method_names[] = {"send", "throw", "close", NULL};

/* A coroutine is a generator object without iteration (`for x in coro` is a
 * TypeError); `await` drives it through molt_yield_from_step. */
MoltType molt_type_coroutine = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "coroutine",
    .base = &molt_type_object,
    .dealloc = generator_dealloc,
    .repr = generator_repr,
    .hash = molt_object_hash_identity,
    .call_method = generator_call_method,
    .getattr = molt_generator_getattr,
    .method_names = coroutine_method_names,
    .traverse = molt_generator_traverse,
    .clear = molt_generator_clear,
};

MoltValue molt_await_iter(MoltValue awaitable) {
    if (molt_is_coroutine(awaitable)) {
        molt_incref(awaitable);
        return awaitable;
    }
    MoltValue method = MOLT_NONE;
    int found = molt_getattr_optional(awaitable, "__await__", &method);
    if (found < 0) return MOLT_ERROR;
    if (!found)
        return molt_raise_format(&molt_type_TypeError, "object %s can't be used in 'await' expression",
                                 molt_type_of(awaitable)->name);
    MoltValue iterator = molt_call(method, NULL, 0, MOLT_NONE);
    molt_decref(method);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    if (molt_is_coroutine(iterator) || !molt_type_of(iterator)->iternext) {
        const char *name = molt_type_of(iterator)->name;
        molt_decref(iterator);
        return molt_raise_format(&molt_type_TypeError, "__await__() returned non-iterator of type '%s'", name);
    }
    return iterator;
}

/* ---- yield from ------------------------------------------------------------------ */

static MoltValue stop_value_of_current(MoltValue *result) {
    MoltValue stop = molt_exc_fetch();
    MoltException *object = molt_as_ptr(stop);
    *result = molt_tuple_length(object->args) > 0 ? molt_tuple_items(object->args)[0] : MOLT_NONE;
    molt_incref(*result);
    molt_decref(stop);
    return MOLT_STOP;
}

static bool has_method(const MoltType *type, const char *name) {
    for (const char *const *each = type->method_names; each && *each; each++)
        if (strcmp(*each, name) == 0) return true;
    return false;
}

MoltValue molt_yield_from_step(MoltValue iterator, MoltValue sent, MoltValue *result) {
    MoltValue item;
    if (sent == MOLT_ERROR) {
        if (current_exception_is(&molt_type_GeneratorExit)) {
            /* Close the delegate (builtin iterators have no close()), then let GeneratorExit continue. */
            if (!molt_is_generator(iterator)) return MOLT_ERROR;
            MoltValue exit = molt_exc_fetch();
            MoltValue closed = molt_generator_close(generator_of(iterator));
            if (closed == MOLT_ERROR) {
                molt_decref(exit);
                return MOLT_ERROR;
            }
            molt_exc_restore(exit);
            return MOLT_ERROR;
        }
        if (molt_is_generator(iterator)) {
            MoltGenerator *generator = generator_of(iterator);
            if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
            MoltValue returned = MOLT_NONE;
            item = molt_generator_throw_current(generator, &returned);
            if (item == MOLT_STOP) *result = returned;
            return item;
        }
        if (has_method(molt_type_of(iterator), "throw")) {
            /* An iterator with a throw() method (the runtime's C coroutines) gets the exception. */
            MoltValue exception = molt_exc_fetch();
            item = molt_call_method(iterator, "throw", &exception, 1, MOLT_NONE);
            molt_decref(exception);
            if (item == MOLT_ERROR && current_exception_is(&molt_type_StopIteration)) return stop_value_of_current(result);
            return item;
        }
        return MOLT_ERROR;   /* a plain iterator has no throw(): the exception continues here */
    }
    if (sent == MOLT_NONE) {
        if (molt_is_generator(iterator)) {
            MoltGenerator *generator = generator_of(iterator);
            if (molt_generator_check_not_running(generator) < 0) return MOLT_ERROR;
            if (reused_coroutine(generator)) return MOLT_ERROR;
            if (generator->resume_point < 0) {
                *result = MOLT_NONE;
                return MOLT_STOP;
            }
            MoltValue returned = MOLT_NONE;
            item = molt_generator_resume(generator, MOLT_NONE, &returned);
            if (item == MOLT_STOP) *result = returned;
            return item;
        }
        item = molt_iter_next(iterator);
        if (item == MOLT_STOP) *result = MOLT_NONE;
        if (item == MOLT_ERROR && current_exception_is(&molt_type_StopIteration)) return stop_value_of_current(result);
        return item;
    }
    item = molt_is_generator(iterator) ? molt_generator_send(iterator, sent)
                                       : molt_call_method(iterator, "send", &sent, 1, MOLT_NONE);
    if (item == MOLT_ERROR && current_exception_is(&molt_type_StopIteration)) return stop_value_of_current(result);
    return item;
}
