/* BaseException instances: the args tuple, chaining links and the traceback
 * entries recorded as the exception propagates. */
#ifndef MOLT_EXC_OBJECT_H
#define MOLT_EXC_OBJECT_H
#include <stdbool.h>

#include "molt/molt.h"

typedef struct MoltTracebackEntry {
    const char *file;            /* NULL: the entry script */
    const char *function_name;
    int line;
} MoltTracebackEntry;

enum { MOLT_EXCEPTION_INLINE_TRACEBACK = 3 };

typedef struct MoltException {
    MoltObject header;
    MoltValue args;            /* a tuple */
    MoltValue cause;           /* __cause__, MOLT_NONE when absent */
    MoltValue context;         /* __context__, MOLT_NONE when absent */
    bool suppress_context;
    MoltValue notes;           /* __notes__, MOLT_UNBOUND until add_note or an assignment */
    MoltValue exceptions;      /* a group's sub-exceptions (a tuple), MOLT_NONE otherwise */
    /* `raise` statements that raised this instance: except* tells a part of a
     * group re-raised unchanged from one raised anew by it (CPython compares
     * traceback objects, which a raise statement replaces). */
    unsigned raise_count;
    MoltTracebackEntry *traceback;   /* innermost first, as recorded; NULL, inline_traceback or malloc'd */
    size_t traceback_length;
    size_t traceback_capacity;
    /* Most exceptions are caught a frame or two from where they are raised:
     * their entries fit here, and raising costs no malloc/free for them. */
    MoltTracebackEntry inline_traceback[MOLT_EXCEPTION_INLINE_TRACEBACK];
} MoltException;

/* Is v an instance of BaseException (or a subclass)? */
bool molt_is_exception(MoltValue v);
/* Is v a class deriving from BaseException? */
bool molt_is_exception_type(MoltValue v);
/* A new instance of `type` with the given args tuple (borrowed). */
MoltValue molt_exception_new(const MoltType *type, MoltValue args);
void molt_exception_add_traceback(MoltValue exception, const char *file, const char *function_name, int line);
/* Gives `to` the traceback, raise count, __context__, __cause__ and a copy of
 * the __notes__ of `from`, as a part split off a group gets them. */
void molt_exception_copy_metadata(MoltValue to, MoltValue from);
/* Sets the fields of a freshly allocated exception (args borrowed). */
void molt_exception_init_fields(MoltException *exception, MoltValue args);

/* The slots every exception type shares; the exception groups
 * (exc_group.c) build on them. getattr and call_method answer
 * MOLT_NOT_IMPLEMENTED for names that are not BaseException's. */
void molt_exception_dealloc(MoltObject *object);
void molt_exception_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
void molt_exception_gc_clear(MoltObject *self);
MoltValue molt_exception_repr(MoltValue self);
MoltValue molt_exception_getattr(MoltValue self, const char *name);
MoltValue molt_exception_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames);
extern const char *const molt_exception_method_names[];

/* UnicodeEncodeError / UnicodeDecodeError (exc_unicode.c), whose args are
 * (encoding, object, start, end, reason). The check of a call of the class
 * (0 for other types, or -1 with CPython's TypeError); whether an instance's
 * args have that shape; its str() and attributes (MOLT_NOT_IMPLEMENTED for
 * other names); and a raise of a new one, as the codecs report errors. */
int molt_unicode_error_check_arguments(const MoltType *type, const MoltValue *args, size_t nargs);
bool molt_unicode_error_is_structured(const MoltType *type, MoltValue args);
MoltValue molt_unicode_error_str(MoltValue self, MoltValue args);
MoltValue molt_unicode_error_getattr(MoltValue self, MoltValue args, const char *name);
MoltValue molt_raise_unicode_error(const MoltType *type, const char *encoding, MoltValue object, int64_t start,
                                   int64_t end, const char *reason);

/* Exception groups (exc_group.c). Is v a BaseExceptionGroup instance? */
bool molt_is_exception_group(MoltValue v);
/* Validates BaseExceptionGroup(message, exceptions) for a new instance of a
 * group type and stores the sub-exceptions tuple: 0, or -1 with the error set. */
int molt_exception_group_init(MoltValue group, MoltValue args);
/* group.split(condition): a new (match, rest) tuple, or MOLT_ERROR. */
MoltValue molt_exception_group_split(MoltValue group, MoltValue condition);
/* The part of `group` (its shape and metadata) whose leaf exceptions are
 * leaves of parts[0..count): None when there are none. */
MoltValue molt_exception_group_project(MoltValue group, const MoltValue *parts, size_t count);

#endif
