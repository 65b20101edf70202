/* What generator.c shares with async_generator.c: driving a generator's
 * resume function and its protocol checks, so an async generator (the same
 * MoltGenerator with its own type) runs its body exactly as a generator does. */
#ifndef MOLT_OBJECTS_GENERATOR_INTERNAL_H
#define MOLT_OBJECTS_GENERATOR_INTERNAL_H
#include "molt/molt.h"

/* "generator", "coroutine" or "async generator", for the protocol messages. */
const char *molt_generator_kind(const MoltGenerator *generator);
/* Runs the body to its next yield (returned), or to its end: MOLT_STOP with
 * *returned set (new reference), or MOLT_ERROR (PEP 479 applied). */
MoltValue molt_generator_resume(MoltGenerator *generator, MoltValue sent, MoltValue *returned);
/* Raises the current exception at the suspended yield (an unstarted or
 * finished generator is finished and the exception comes straight back). */
MoltValue molt_generator_throw_current(MoltGenerator *generator, MoltValue *returned);
/* ValueError "... already executing" when it runs: 0 or -1. */
int molt_generator_check_not_running(const MoltGenerator *generator);
/* Makes throw(value), throw(type), throw(type, value[, traceback])'s
 * exception current: 0, or -1 with a TypeError about the arguments. */
int molt_generator_raise_thrown(const MoltValue *args, size_t nargs);
/* close(): MOLT_NONE or MOLT_ERROR ("... ignored GeneratorExit"). */
MoltValue molt_generator_close(MoltGenerator *generator);
/* Drops what a suspended generator holds; it is finished after. */
void molt_generator_release_frame(MoltGenerator *generator);
/* The finalizer: closes a suspended generator whose last reference went
 * (false: the body kept a new reference and it lives on), dropping an error. */
bool molt_generator_finalize(MoltGenerator *generator);
void molt_generator_traverse(MoltObject *object, MoltVisitFunction visit, void *context);
void molt_generator_clear(MoltObject *object);
MoltValue molt_generator_getattr(MoltValue self, const char *name);

#endif
