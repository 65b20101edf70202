/* Generator objects. A generator function compiles to a resume function: a
 * state machine that runs from its last yield to its next one and saves the
 * values live across each yield in the generator's frame (no stack switching,
 * so it works the same on wasm32-wasi). See docs/generators.md. */
#ifndef MOLT_GENERATOR_H
#define MOLT_GENERATOR_H
#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef struct MoltGenerator MoltGenerator;

/* Runs the body from generator->resume_point (0: the start, with the
 * arguments in the frame) with `sent` as the value of the yield it resumes
 * (MOLT_ERROR: the current exception is raised at that yield). On a yield
 * it stores the live values in the frame, sets frame_count and resume_point,
 * and returns the yielded value; on return it leaves resume_point at -1. */
typedef MoltValue (*MoltGeneratorResume)(MoltGenerator *generator, MoltValue sent);

typedef struct MoltGeneratorCode {
    const char *name;
    const char *qualname;
    MoltGeneratorResume resume;
    size_t frame_size;                 /* the most values saved at any yield (or passed as arguments) */
    bool is_coroutine;                 /* an `async def`: the object is a coroutine (docs/asyncio.md) */
    bool is_async_generator;           /* an `async def` that yields: an async_generator object */
} MoltGeneratorCode;

struct MoltGenerator {
    MoltObject header;
    const MoltGeneratorCode *code;
    int resume_point;                  /* 0: not started; > 0: suspended; -1: finished */
    bool running;
    unsigned char async_flags;         /* an async generator's MOLT_ASYNC_GEN_* state */
    size_t frame_count;                /* frame[0..frame_count) are owned while suspended */
    /* Exceptions of except clauses active across the yield: taken off the
     * runtime's handled stack at the yield, put back on resuming. */
    MoltValue *handled;
    size_t handled_count;
    /* The return value of a `yield from` delegate, from the step that ended
     * the delegation to the code that reads it (MOLT_NONE otherwise). */
    MoltValue delegation_result;
    MoltValue frame[];
};

extern MoltType molt_type_generator;
extern MoltType molt_type_coroutine;
extern MoltType molt_type_async_generator;

/* A new, unstarted generator whose frame takes over args[0..nargs). */
MoltValue molt_generator_new(const MoltGeneratorCode *code, MoltValue *args, size_t nargs);
/* A generator or a coroutine: both are MoltGenerator objects. */
MOLT_INLINE bool molt_is_generator(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    const MoltType *type = ((MoltObject *)molt_as_ptr(v))->type;
    return type == &molt_type_generator || type == &molt_type_coroutine;
}
MOLT_INLINE bool molt_is_coroutine(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_coroutine;
}
/* `await x`'s iterator (CPython's GET_AWAITABLE): a coroutine itself, else
 * x.__await__() (which must return an iterator); TypeError "object int can't
 * be used in 'await' expression" otherwise. New reference or MOLT_ERROR. */
MoltValue molt_await_iter(MoltValue awaitable);
/* generator.send(value): the next yielded value, or MOLT_ERROR (StopIteration
 * carrying the return value once the body finishes). */
MoltValue molt_generator_send(MoltValue generator, MoltValue value);
/* Raises StopIteration(value), or StopIteration() for None (a return value
 * leaving a generator or an iterator of `yield from`). Returns MOLT_ERROR. */
MoltValue molt_raise_stop(MoltValue value);

/* One step of `yield from`: sends `sent` (MOLT_NONE for next(); MOLT_ERROR to
 * throw the current exception in, or close() the iterator on GeneratorExit)
 * into the iterator. Returns the value to yield (new reference), or MOLT_STOP
 * with *result set to the iterator's return value (new reference), or
 * MOLT_ERROR. */
MoltValue molt_yield_from_step(MoltValue iterator, MoltValue sent, MoltValue *result);

/* ---- async generators (runtime/objects/async_generator.c) ---------------------- */

/* `yield v` in an async generator yields molt_async_gen_wrap(v): what is not
 * wrapped is an `await` passing a future through to the event loop. */
MoltValue molt_async_gen_wrap(MoltValue value);
/* The event loop's hooks (sys.set_asyncgen_hooks), NULL while no loop runs:
 * firstiter(agen) on an async generator's first use; release(agen, close) when
 * one that was first used under the loop goes away (close: it is suspended,
 * and the loop is to run aclose() in a task, as asyncio's finalizer does; the
 * hook takes a reference to keep it). */
typedef struct MoltAsyncGenHooks {
    void (*firstiter)(MoltValue agen);
    void (*release)(MoltValue agen, bool close);
} MoltAsyncGenHooks;
extern MoltAsyncGenHooks molt_async_gen_hooks;
/* agen.aclose()'s awaitable (new reference). */
MoltValue molt_async_gen_aclose(MoltValue agen);
/* Is v one of the awaitables asend()/athrow()/aclose() return (which asyncio
 * counts as coroutines)? */
bool molt_is_async_gen_awaitable(MoltValue v);
/* `async for` in a comprehension: the await iterator of it.__anext__() that
 * returns a sentinel instead of raising StopAsyncIteration, and the test for
 * that sentinel (a bool). New references or MOLT_ERROR. */
MoltValue molt_async_comp_next(MoltValue iterator);
MoltValue molt_async_comp_done(MoltValue item);

#endif
