/* The cycle collector (gc.c): container objects are allocated and freed
 * through it, because their GC links live just before the object; the exit
 * path asks it for a last full collection. See docs/memory.md. */
#ifndef MOLT_GC_H
#define MOLT_GC_H
#include <stddef.h>

#include "molt/object.h"

/* A zeroed object of `size` bytes (header included) with refcount 1 and
 * `type`, tracked by the collector. `type` must have a traverse slot. May run
 * a collection first (never frees anything the caller can still reach). */
void *molt_gc_allocate(size_t size, const MoltType *type);
/* Untracks and frees an object from molt_gc_allocate (the end of dealloc). */
void molt_gc_free(MoltObject *object);
/* For objects kept in a free list: a cached object is untracked, and tracked
 * again when it is handed out. */
void molt_gc_untrack(MoltObject *object);
void molt_gc_track(MoltObject *object);
/* A full collection now; returns the number of objects found unreachable. */
size_t molt_gc_collect(void);
/* At exit, after the module's globals were released: a full collection, then
 * the collector forgets what is left so that LeakSanitizer reports it. */
void molt_gc_shutdown(void);

#endif
