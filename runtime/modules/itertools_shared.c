/* The itertools objects that share one underlying iterator, as CPython 3.12
 * has them: groupby with its _grouper objects (advancing the groupby ends the
 * group it handed out before: a grouper yields only while it is its parent's
 * current one), and tee's _tee objects over a shared buffer of linked chunks
 * of 57 items (_tee_dataobject), freed as the slowest _tee moves past them. */
#include <string.h>

#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "itertools.h"

static MoltValue iterator_self(MoltValue self) { return molt_new_reference(self); }

static void drop(MoltValue *slot) {
    MoltValue value = *slot;
    *slot = MOLT_UNBOUND;
    molt_decref(value);
}

static void visit_bound(MoltValue value, MoltVisitFunction visit, void *context) {
    if (value != MOLT_UNBOUND) visit(value, context);
}

/* ---- groupby(iterable, key=None) ---------------------------------------------------- */

typedef struct GroupBy {
    MoltObject header;
    MoltValue iterator, key_function;            /* key_function MOLT_NONE: the items themselves */
    MoltValue target_key, current_key, current_value;   /* MOLT_UNBOUND until known */
    const void *current_grouper;                  /* identity only: the grouper that may still yield */
} GroupBy;

typedef struct Grouper {
    MoltObject header;
    MoltValue parent, target_key;
} Grouper;

static void groupby_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    GroupBy *group = (GroupBy *)object;
    MoltValue values[] = {group->iterator, group->key_function, group->target_key, group->current_key,
                          group->current_value};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) visit_bound(values[i], visit, context);
}

static void groupby_clear(MoltObject *object) {
    GroupBy *group = (GroupBy *)object;
    drop(&group->iterator);
    drop(&group->key_function);
    drop(&group->target_key);
    drop(&group->current_key);
    drop(&group->current_value);
}

static void groupby_dealloc(MoltObject *object) {
    groupby_clear(object);
    molt_gc_free(object);
}

static MoltValue groupby_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"iterable", "key", NULL};
    static const MoltArgSpec spec = {"groupby", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    MoltValue iterator = molt_iter(parsed[0]);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    GroupBy *group = molt_gc_allocate(sizeof *group, &molt_type_itertools_groupby);
    group->iterator = iterator;
    group->key_function = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : molt_new_reference(parsed[1]);
    group->target_key = group->current_key = group->current_value = MOLT_UNBOUND;
    group->current_grouper = NULL;
    return molt_from_ptr(group);
}

/* Reads the next item and its key into current_value/current_key: 0, or
 * MOLT_STOP / MOLT_ERROR as a value of -1 with *end set. */
static int groupby_step(GroupBy *group, MoltValue *end) {
    MoltValue value = molt_iter_next(group->iterator);
    if (value == MOLT_STOP || value == MOLT_ERROR) {
        *end = value;
        return -1;
    }
    MoltValue key = group->key_function == MOLT_NONE ? molt_new_reference(value)
                                                     : molt_call(group->key_function, &value, 1, MOLT_NONE);
    if (key == MOLT_ERROR) {
        molt_decref(value);
        *end = MOLT_ERROR;
        return -1;
    }
    MoltValue old_value = group->current_value, old_key = group->current_key;
    group->current_value = value;
    group->current_key = key;
    molt_decref(old_value);
    molt_decref(old_key);
    return 0;
}

static MoltValue groupby_next(MoltValue self) {
    GroupBy *group = molt_as_ptr(self);
    group->current_grouper = NULL;
    /* Skip what is left of the current group. */
    for (;;) {
        if (group->current_key != MOLT_UNBOUND) {
            if (group->target_key == MOLT_UNBOUND) break;
            int equal = molt_compare_bool(MOLT_CMP_EQ, group->target_key, group->current_key);
            if (equal < 0) return MOLT_ERROR;
            if (equal == 0) break;
        }
        MoltValue end;
        if (groupby_step(group, &end) < 0) return end;
    }
    MoltValue old_target = group->target_key;
    group->target_key = molt_new_reference(group->current_key);
    molt_decref(old_target);
    Grouper *grouper = molt_gc_allocate(sizeof *grouper, &molt_type_itertools_grouper);
    grouper->parent = molt_new_reference(self);
    grouper->target_key = molt_new_reference(group->target_key);
    group->current_grouper = grouper;
    MoltValue pair[2] = {molt_new_reference(group->current_key), molt_from_ptr(grouper)};
    return molt_tuple_from_owned(pair, 2);
}

MoltType molt_type_itertools_groupby = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "groupby",
    .module_name = "itertools",
    .base = &molt_type_object,
    .dealloc = groupby_dealloc,
    .repr = molt_itertools_repr,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = groupby_next,
    .call = groupby_new,
    .traverse = groupby_traverse,
    .clear = groupby_clear,
};

static void grouper_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Grouper *grouper = (Grouper *)object;
    visit_bound(grouper->parent, visit, context);
    visit_bound(grouper->target_key, visit, context);
}

static void grouper_clear(MoltObject *object) {
    Grouper *grouper = (Grouper *)object;
    drop(&grouper->parent);
    drop(&grouper->target_key);
}

static void grouper_dealloc(MoltObject *object) {
    grouper_clear(object);
    molt_gc_free(object);
}

static MoltValue grouper_next(MoltValue self) {
    Grouper *grouper = molt_as_ptr(self);
    if (grouper->parent == MOLT_UNBOUND) return MOLT_STOP;
    GroupBy *group = molt_as_ptr(grouper->parent);
    if (group->current_grouper != grouper) return MOLT_STOP;
    if (group->current_value == MOLT_UNBOUND) {
        MoltValue end;
        if (groupby_step(group, &end) < 0) return end;
    }
    int equal = molt_compare_bool(MOLT_CMP_EQ, grouper->target_key, group->current_key);
    if (equal <= 0) return equal < 0 ? MOLT_ERROR : MOLT_STOP;
    MoltValue value = group->current_value;
    group->current_value = MOLT_UNBOUND;
    return value;
}

static MoltValue grouper_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    return molt_raise_format(&molt_type_NotImplementedError, "Molt cannot make '_grouper' objects directly");
}

MoltType molt_type_itertools_grouper = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_grouper",
    .module_name = "itertools",
    .base = &molt_type_object,
    .dealloc = grouper_dealloc,
    .repr = molt_itertools_repr,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = grouper_next,
    .call = grouper_new,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
};

/* ---- tee: _tee objects over linked chunks of one iterator's items ---------------------- */

enum { TEE_CHUNK_ITEMS = 57 };   /* CPython's LINKCELLS */

typedef struct TeeChunk {
    MoltObject header;
    MoltValue iterator;       /* shared by every chunk of the buffer */
    MoltValue next;           /* the following chunk, MOLT_UNBOUND until needed */
    int count;                /* items read into values[] */
    bool running;             /* inside the iterator's next(): "cannot re-enter" */
    MoltValue values[TEE_CHUNK_ITEMS];
} TeeChunk;

typedef struct Tee {
    MoltObject header;
    MoltValue chunk;
    int index;                /* of the next item within chunk */
} Tee;

static MoltType tee_chunk_type;

static void tee_chunk_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    TeeChunk *chunk = (TeeChunk *)object;
    visit_bound(chunk->iterator, visit, context);
    for (int i = 0; i < chunk->count; i++) visit(chunk->values[i], context);
    visit_bound(chunk->next, visit, context);
}

static void tee_chunk_clear(MoltObject *object) {
    TeeChunk *chunk = (TeeChunk *)object;
    int count = chunk->count;
    chunk->count = 0;
    for (int i = 0; i < count; i++) molt_decref(chunk->values[i]);
    drop(&chunk->iterator);
    drop(&chunk->next);
}

/* A long buffer is freed chunk after chunk rather than by recursion. */
static void tee_chunk_dealloc(MoltObject *object) {
    while (object) {
        TeeChunk *chunk = (TeeChunk *)object;
        MoltValue next = chunk->next;
        chunk->next = MOLT_UNBOUND;
        tee_chunk_clear(object);
        molt_gc_free(object);
        object = NULL;
        if (next == MOLT_UNBOUND) break;
        MoltObject *following = molt_as_ptr(next);
        if (following->refcount > 1) {
            molt_decref(next);
            break;
        }
        object = following;   /* our reference was its last one */
    }
}

static MoltValue tee_chunk_new(MoltValue iterator) {
    TeeChunk *chunk = molt_gc_allocate(sizeof *chunk, &tee_chunk_type);
    chunk->iterator = molt_new_reference(iterator);
    chunk->next = MOLT_UNBOUND;
    chunk->count = 0;
    chunk->running = false;
    return molt_from_ptr(chunk);
}

static MoltType tee_chunk_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_tee_dataobject",
    .module_name = "itertools",
    .base = &molt_type_object,
    .dealloc = tee_chunk_dealloc,
    .repr = molt_itertools_repr,
    .hash = molt_object_hash_identity,
    .traverse = tee_chunk_traverse,
    .clear = tee_chunk_clear,
};

static void tee_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    visit_bound(((Tee *)object)->chunk, visit, context);
}

static void tee_clear(MoltObject *object) { drop(&((Tee *)object)->chunk); }

static void tee_dealloc(MoltObject *object) {
    tee_clear(object);
    molt_gc_free(object);
}

static MoltValue tee_make(MoltValue chunk, int index) {
    Tee *tee = molt_gc_allocate(sizeof *tee, &molt_type_itertools_tee);
    tee->chunk = molt_new_reference(chunk);
    tee->index = index;
    return molt_from_ptr(tee);
}

/* _tee(iterable): a copy when the iterable's iterator is a _tee itself. */
static MoltValue tee_from_iterable(MoltValue iterable) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result;
    if (molt_type_of(iterator) == &molt_type_itertools_tee) {
        const Tee *tee = molt_as_ptr(iterator);
        result = tee_make(tee->chunk, tee->index);
    } else {
        MoltValue chunk = tee_chunk_new(iterator);
        result = tee_make(chunk, 0);
        molt_decref(chunk);
    }
    molt_decref(iterator);
    return result;
}

static MoltValue tee_next(MoltValue self) {
    Tee *tee = molt_as_ptr(self);
    TeeChunk *chunk = molt_as_ptr(tee->chunk);
    if (tee->index >= TEE_CHUNK_ITEMS) {
        if (chunk->next == MOLT_UNBOUND) chunk->next = tee_chunk_new(chunk->iterator);
        MoltValue next = molt_new_reference(chunk->next);
        molt_decref(tee->chunk);   /* may free chunk: `next` holds the rest */
        tee->chunk = next;
        tee->index = 0;
        chunk = molt_as_ptr(next);
    }
    if (tee->index < chunk->count) return molt_new_reference(chunk->values[tee->index++]);
    if (chunk->running) return molt_raise_format(&molt_type_RuntimeError, "cannot re-enter the tee iterator");
    chunk->running = true;
    MoltValue item = molt_iter_next(chunk->iterator);
    chunk->running = false;
    if (item == MOLT_STOP || item == MOLT_ERROR) return item;
    chunk->values[chunk->count++] = item;
    tee->index++;
    return molt_new_reference(item);
}

static MoltValue tee_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    static const char *const names[] = {"iterable", NULL};
    static const MoltArgSpec spec = {"_tee", 1, 1, names, 1};
    MoltValue iterable;
    if (molt_args_parse(&spec, args, nargs, kwnames, &iterable) < 0) return MOLT_ERROR;
    return tee_from_iterable(iterable);
}

static MoltValue tee_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    (void)args;
    if (strcmp(name, "__copy__") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_none("_tee", "__copy__", nargs, kwnames) < 0) return MOLT_ERROR;
    const Tee *tee = molt_as_ptr(self);
    return tee_make(tee->chunk, tee->index);
}

static const char *const tee_method_names[] = {"__copy__", NULL};

MoltType molt_type_itertools_tee = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_tee",
    .module_name = "itertools",
    .base = &molt_type_object,
    .dealloc = tee_dealloc,
    .repr = molt_itertools_repr,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = tee_next,
    .call = tee_new,
    .call_method = tee_call_method,
    .method_names = tee_method_names,
    .traverse = tee_traverse,
    .clear = tee_clear,
};

/* tee(iterable, n=2, /): n independent iterators; an iterator with __copy__
 * (a _tee) is copied rather than wrapped, as CPython's tee() does. */
MoltValue molt_itertools_tee(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("itertools.tee", kwnames) < 0 || molt_args_check_count("tee", nargs, 1, 2) < 0)
        return MOLT_ERROR;
    int64_t count = 2;
    if (nargs == 2 && molt_args_ssize(args[1], &count) < 0) return MOLT_ERROR;
    if (count < 0) return molt_raise_format(&molt_type_ValueError, "n must be >= 0");
    MoltValue result = molt_tuple_new(count);
    if (count == 0) return result;
    MoltValue iterator = molt_iter(args[0]);
    if (iterator == MOLT_ERROR) goto fail;
    MoltValue copy_method;
    int copyable = molt_getattr_optional(iterator, "__copy__", &copy_method);
    if (copyable < 0) {
        molt_decref(iterator);
        goto fail;
    }
    MoltValue current = iterator;
    if (copyable) {
        molt_decref(copy_method);
    } else {
        current = tee_from_iterable(iterator);
        molt_decref(iterator);
        if (current == MOLT_ERROR) goto fail;
    }
    molt_tuple_items(result)[0] = current;
    for (int64_t i = 1; i < count; i++) {
        current = molt_call_method(current, "__copy__", NULL, 0, MOLT_NONE);
        if (current == MOLT_ERROR) goto fail;
        molt_tuple_items(result)[i] = current;
    }
    return result;
fail:
    molt_decref(result);
    return MOLT_ERROR;
}
