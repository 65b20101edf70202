/* Exceptions: the current exception lives in runtime state; a function that
 * raises sets it and returns MOLT_ERROR (or -1). Generated code records one
 * traceback entry per frame as the error propagates out of it. */
#ifndef MOLT_EXC_H
#define MOLT_EXC_H
#include <stdbool.h>
#include <stddef.h>

#include "object.h"

extern MoltType molt_type_object;
extern MoltType molt_type_type;
#define MOLT_EXCEPTION(name, base) extern MoltType molt_type_##name;
#include "exceptions.def"
#undef MOLT_EXCEPTION

/* Raises a new instance of `type` whose single argument is the formatted message. */
MoltValue molt_raise_format(const MoltType *type, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
/* `raise value` / `raise value from cause` (cause is MOLT_ERROR when absent,
 * MOLT_NONE for `from None`). value may be an exception class or instance;
 * anything else raises TypeError("exceptions must derive from BaseException"). */
MoltValue molt_raise(MoltValue value, MoltValue cause);
/* Bare `raise`: re-raises the exception being handled (`handled`, or when
 * that is MOLT_NONE the one a caller's except clause handles), or raises
 * RuntimeError("No active exception to reraise") when there is none. */
MoltValue molt_reraise(MoltValue handled);

/* Appends a traceback entry for the frame where the error arose, whether it
 * is leaving the frame or caught by one of its handlers; `file` is the
 * module's source path, NULL in the entry script. After a re-raise
 * (molt_reraise, molt_exc_restore_recorded) the frame's first call adds
 * none: as in CPython, the frame's entry was made when the error arose. */
void molt_traceback_add(const char *file, const char *function_name, int line);

/* In an except clause: does the current exception match `type_or_tuple`?
 * 1, 0, or -1 (TypeError when type_or_tuple is not an exception class). */
int molt_exc_matches(MoltValue type_or_tuple);
/* Takes the current exception out of the runtime state (new reference);
 * the runtime no longer has an exception set. */
MoltValue molt_exc_fetch(void);
/* Makes `exception` (a reference that is taken over) current again; used to
 * continue propagating after a finally block. Returns MOLT_ERROR. */
MoltValue molt_exc_restore(MoltValue exception);
/* The same for an exception re-raised where the current frame already has
 * its traceback entry (the end of a finally or with, except*'s steps). */
MoltValue molt_exc_restore_recorded(MoltValue exception);
/* The exception being handled by the innermost active except clause, as
 * sys.exception() reports it (borrowed), and its bookkeeping for nested
 * handlers: push on entering an except clause, pop on leaving it. */
void molt_exc_push_handled(MoltValue exception);
void molt_exc_pop_handled(void);
MoltValue molt_exc_handled(void);
/* For generators, whose except clauses can be suspended at a yield: the
 * stack's depth, and taking the entries above `depth` off it into out[]
 * (their references move to the caller). */
size_t molt_exc_handled_depth(void);
void molt_exc_handled_take(size_t depth, MoltValue *out);

/* Raises NameError("name 'x' is not defined") / UnboundLocalError("cannot access
 * local variable 'x' where it is not associated with a value"). */
MoltValue molt_raise_name_error(const char *name);
MoltValue molt_raise_unbound_local(const char *name);

#endif
