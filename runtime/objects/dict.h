/* dict internals shared inside the runtime: lookup without allocation and
 * ordered iteration, used by builtins, sets and exceptions; and the layout
 * and slots that the dict subtypes of runtime modules (collections'
 * defaultdict, Counter, OrderedDict) build on, as CPython's subclasses of
 * dict share its PyDictObject. */
#ifndef MOLT_DICT_H
#define MOLT_DICT_H
#include <stdbool.h>

#include "molt/molt.h"
#include "type.h"

typedef struct DictEntry {
    int64_t hash;
    MoltValue key;
    MoltValue value;
} DictEntry;

/* A dict subtype's object starts with this (its own fields follow). */
typedef struct MoltDict {
    MoltObject header;
    int64_t used;              /* live entries */
    int64_t entries_length;    /* entries written, live or deleted */
    int64_t entries_capacity;  /* usable: 2/3 of the index table */
    int64_t first_live;        /* every entry before it is deleted */
    uint64_t mask;             /* index table size - 1 */
    DictEntry *entries;
    int32_t *indices;
} MoltDict;

/* Exactly a dict (PyDict_CheckExact). */
static inline bool molt_is_dict(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_dict;
}

/* A dict or an instance of a dict subtype, which has the dict layout (PyDict_Check). */
static inline bool molt_is_dict_or_subtype(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(((MoltObject *)molt_as_ptr(v))->type, &molt_type_dict);
}

/* d[key] as a borrowed reference; MOLT_STOP when absent (no exception);
 * MOLT_ERROR when hashing or comparing raised. */
MoltValue molt_dict_lookup(MoltValue dict, MoltValue key);
int64_t molt_dict_length(MoltValue dict);
/* Ordered iteration: *position starts at 0; false when exhausted. Borrowed. */
bool molt_dict_next(MoltValue dict, int64_t *position, MoltValue *key, MoltValue *value);
/* reversed(d) (keys) and reversed(d.keys()/values()/items()): last inserted
 * first. MOLT_NOT_IMPLEMENTED when the value is neither a dict nor a view. */
MoltValue molt_dict_reversed_iterator(MoltValue dict_or_view);
/* type.fromkeys(iterable[, value]) for dict or a dict subtype: a subtype's is
 * type() filled through its setitem, as CPython's dict.fromkeys. */
MoltValue molt_dict_fromkeys(const MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The class_method slot of dict and of the dict subtypes that keep fromkeys. */
MoltValue molt_dict_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames);
/* Removes the last (or first) entry and returns its (key, value) tuple;
 * MOLT_STOP when the dict is empty. */
MoltValue molt_dict_pop_end(MoltValue dict, bool last);
/* Moves the entry of `key` to the end (or the front) of the order: 1, 0 when
 * absent, -1 when hashing or comparing raised. */
int molt_dict_move_to_end(MoltValue dict, MoltValue key, bool last);

/* raise KeyError(key) (borrowed); returns MOLT_ERROR. */
MoltValue molt_raise_key_error(MoltValue key);

/* ---- for dict subtypes ---- */

/* An empty dict of `type` (a subtype of dict, with a traverse slot) whose
 * object is `size` bytes, at least sizeof(MoltDict). */
MoltValue molt_dict_new_subtype(const MoltType *type, size_t size);
/* Makes the dict part of an object allocated elsewhere (an instance of a
 * class deriving from dict, instance.c) an empty dict. */
void molt_dict_init_empty(MoltDict *dict);
/* dict's slots, for a subtype's type object to inherit or to call from its
 * own. The dealloc frees the entries and the object; a subtype's dealloc
 * releases its own fields first. */
void molt_dict_dealloc(MoltObject *object);
MoltValue molt_dict_repr(MoltValue self);
MoltValue molt_dict_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b);
MoltValue molt_dict_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b);
MoltValue molt_dict_richcompare(MoltValue a, MoltValue b, MoltCompareOp op);
MoltValue molt_dict_getitem(MoltValue self, MoltValue key);
int molt_dict_delitem(MoltValue self, MoltValue key);
int molt_dict_contains(MoltValue self, MoltValue key);
MoltValue molt_dict_iter(MoltValue self);
MoltValue molt_dict_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                MoltValue kwnames);
void molt_dict_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
void molt_dict_gc_clear(MoltObject *self);
/* dict.update(other, **kwargs) into `dict`, `name` naming the call in
 * messages ("dict expected at most 1 argument, got 2"). 0 or -1. */
int molt_dict_update_arguments(MoltValue dict, const char *name, const MoltValue *args, size_t nargs,
                               MoltValue kwnames);
/* dict(self): a plain dict with the same entries in the same order. */
MoltValue molt_dict_copy(MoltValue self);
/* The names dict's call_method accepts, which a subtype's method_names
 * table starts with: {MOLT_DICT_METHOD_NAMES, "most_common", ..., NULL}. */
#define MOLT_DICT_METHOD_NAMES \
    "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"

#endif
