/* dict: an insertion-ordered hash table in CPython's compact layout (a sparse
 * index table probing into a dense entry array), every dict method, and the
 * keys/values/items views with their iterators. */
#include <stdlib.h>
#include <string.h>

#include "class_internal.h"
#include "dict.h"
#include "exc_object.h"
#include "list.h"
#include "set.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"

enum { INDEX_EMPTY = -1, INDEX_DUMMY = -2, MINIMUM_SIZE = 8 };

/* Marks a deleted entry in the dense array (never a Python value). */
#define DELETED_KEY MOLT_STOP

static MoltDict *dict_object(MoltValue v) { return (MoltDict *)molt_as_ptr(v); }

static void dict_allocate(MoltDict *dict, uint64_t size) {
    dict->mask = size - 1;
    dict->entries_capacity = (int64_t)(size * 2 / 3);
    dict->indices = malloc(size * sizeof *dict->indices);
    dict->entries = malloc((size_t)dict->entries_capacity * sizeof *dict->entries);
    if (!dict->indices || !dict->entries) abort();
    memset(dict->indices, 0xFF, size * sizeof *dict->indices);   /* all INDEX_EMPTY */
    dict->entries_length = 0;
    dict->first_live = 0;
}

MoltValue molt_dict_new(void) { return molt_dict_new_subtype(&molt_type_dict, sizeof(MoltDict)); }

MoltValue molt_dict_new_subtype(const MoltType *type, size_t size) {
    MoltDict *dict = molt_gc_allocate(size, type);
    molt_dict_init_empty(dict);
    return molt_from_ptr(dict);
}

void molt_dict_init_empty(MoltDict *dict) {
    dict->used = 0;
    dict_allocate(dict, MINIMUM_SIZE);
}

/* The index-table slot for `key`: its entry's index in *entry_index, or -1
 * when absent (the slot is then the first free one on the probe path).
 * -1 with an exception when comparing raised. */
static int dict_find(MoltDict *dict, MoltValue key, int64_t hash, uint64_t *slot, int64_t *entry_index) {
    uint64_t mask = dict->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t index = dict->indices[i];
        if (index == INDEX_EMPTY) {
            *slot = i;
            *entry_index = -1;
            return 0;
        }
        if (index >= 0) {
            DictEntry *entry = &dict->entries[index];
            if (entry->key == key) {
                *slot = i;
                *entry_index = index;
                return 0;
            }
            if (entry->hash == hash) {
                MoltValue found_key = entry->key;
                DictEntry *entries = dict->entries;
                molt_incref(found_key);
                int equal = molt_equal(found_key, key);
                molt_decref(found_key);
                if (equal < 0) return -1;
                /* __eq__ may have changed the dict: start over, as CPython does. */
                if (entries != dict->entries || mask != dict->mask || dict->indices[i] != index ||
                    dict->entries[index].key != found_key)
                    return dict_find(dict, key, hash, slot, entry_index);
                if (equal) {
                    *slot = i;
                    *entry_index = index;
                    return 0;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A free slot on `hash`'s probe path (empty or dummy): for inserting a key
 * known to be absent. */
static uint64_t dict_free_slot(MoltDict *dict, int64_t hash) {
    uint64_t mask = dict->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (dict->indices[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static void dict_rebuild(MoltDict *dict, uint64_t size, const DictEntry *front);

static void dict_resize(MoltDict *dict, int64_t minimum_used) {
    uint64_t size = MINIMUM_SIZE;
    while ((int64_t)(size * 2 / 3) <= minimum_used) size <<= 1;
    dict_rebuild(dict, size, NULL);
}

/* Inserts or replaces with a precomputed hash; takes borrowed key/value. */
static int dict_insert(MoltDict *dict, MoltValue key, int64_t hash, MoltValue value) {
    uint64_t slot;
    int64_t entry_index;
    if (dict_find(dict, key, hash, &slot, &entry_index) < 0) return -1;
    molt_incref(value);
    if (entry_index >= 0) {
        MoltValue old = dict->entries[entry_index].value;
        dict->entries[entry_index].value = value;
        molt_decref(old);
        return 0;
    }
    molt_incref(key);
    if (dict->entries_length == dict->entries_capacity) {
        dict_resize(dict, dict->used * 2);
    }
    slot = dict_free_slot(dict, hash);
    dict->indices[slot] = (int32_t)dict->entries_length;
    dict->entries[dict->entries_length++] = (DictEntry){hash, key, value};
    dict->used++;
    return 0;
}

int molt_dict_setitem(MoltValue dict, MoltValue key, MoltValue value) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    return dict_insert(dict_object(dict), key, hash, value);
}

MoltValue molt_dict_lookup(MoltValue value, MoltValue key) {
    MoltDict *dict = dict_object(value);
    int64_t hash = molt_hash(key);
    if (hash == -1) return MOLT_ERROR;
    uint64_t slot;
    int64_t entry_index;
    if (dict_find(dict, key, hash, &slot, &entry_index) < 0) return MOLT_ERROR;
    return entry_index >= 0 ? dict->entries[entry_index].value : MOLT_STOP;
}

/* Removes the entry found at `slot`; returns its value (owned) and, when
 * key_out is given, its key (owned). */
static MoltValue dict_remove_at(MoltDict *dict, uint64_t slot, int64_t entry_index, MoltValue *key_out) {
    DictEntry *entry = &dict->entries[entry_index];
    MoltValue key = entry->key, value = entry->value;
    dict->indices[slot] = INDEX_DUMMY;
    entry->key = DELETED_KEY;
    entry->value = MOLT_NONE;
    dict->used--;
    /* Keeps the front free of dead entries for iteration and popitem(last=False). */
    while (dict->first_live < dict->entries_length && dict->entries[dict->first_live].key == DELETED_KEY)
        dict->first_live++;
    if (key_out) *key_out = key;
    else molt_decref(key);
    return value;
}

MoltValue molt_dict_pop_end(MoltValue self, bool last) {
    MoltDict *dict = dict_object(self);
    if (dict->used == 0) return MOLT_STOP;
    int64_t index = last ? dict->entries_length - 1 : dict->first_live;
    while (dict->entries[index].key == DELETED_KEY) index += last ? -1 : 1;
    DictEntry *entry = &dict->entries[index];
    uint64_t slot;
    int64_t entry_index;
    dict_find(dict, entry->key, entry->hash, &slot, &entry_index);   /* found by identity: cannot fail */
    MoltValue key;
    MoltValue value = dict_remove_at(dict, slot, index, &key);
    if (last) {
        dict->entries_length = index;   /* LIFO: the slot can be reused */
        if (dict->first_live > index) dict->first_live = index;
    }
    MoltValue pair[2] = {key, value};
    return molt_tuple_from_owned(pair, 2);
}

/* Rebuilds the table at `size` slots with the live entries in order,
 * `front` (when given) first. */
static void dict_rebuild(MoltDict *dict, uint64_t size, const DictEntry *front) {
    DictEntry *old_entries = dict->entries;
    int64_t old_length = dict->entries_length;
    free(dict->indices);
    dict_allocate(dict, size);
    for (int64_t i = front ? -1 : 0; i < old_length; i++) {
        const DictEntry *entry = i < 0 ? front : &old_entries[i];
        if (entry->key == DELETED_KEY) continue;
        uint64_t slot = dict_free_slot(dict, entry->hash);
        dict->indices[slot] = (int32_t)dict->entries_length;
        dict->entries[dict->entries_length++] = *entry;
    }
    free(old_entries);
}

int molt_dict_move_to_end(MoltValue self, MoltValue key, bool last) {
    MoltDict *dict = dict_object(self);
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    uint64_t slot;
    int64_t entry_index;
    if (dict_find(dict, key, hash, &slot, &entry_index) < 0) return -1;
    if (entry_index < 0) return 0;
    DictEntry moved = dict->entries[entry_index];
    dict->indices[slot] = INDEX_DUMMY;
    dict->entries[entry_index].key = DELETED_KEY;
    dict->entries[entry_index].value = MOLT_NONE;
    if (!last) {
        /* The dense array only grows at its end: the front takes a rebuild. */
        dict_rebuild(dict, dict->mask + 1, &moved);
        return 1;
    }
    if (dict->entries_length == dict->entries_capacity) dict_resize(dict, dict->used * 2);
    slot = dict_free_slot(dict, moved.hash);
    dict->indices[slot] = (int32_t)dict->entries_length;
    dict->entries[dict->entries_length++] = moved;
    while (dict->first_live < dict->entries_length && dict->entries[dict->first_live].key == DELETED_KEY)
        dict->first_live++;
    return 1;
}

int64_t molt_dict_length(MoltValue dict) { return dict_object(dict)->used; }

bool molt_dict_next(MoltValue value, int64_t *position, MoltValue *key, MoltValue *item) {
    MoltDict *dict = dict_object(value);
    while (*position < dict->entries_length) {
        DictEntry *entry = &dict->entries[(*position)++];
        if (entry->key == DELETED_KEY) continue;
        *key = entry->key;
        if (item) *item = entry->value;
        return true;
    }
    return false;
}

MoltValue molt_raise_key_error(MoltValue key) {
    MoltValue args = molt_tuple_from_borrowed(&key, 1);
    MoltValue exception = molt_exception_new(&molt_type_KeyError, args);
    molt_decref(args);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

static void dict_clear(MoltDict *dict) {
    DictEntry *entries = dict->entries;
    int64_t length = dict->entries_length;
    free(dict->indices);
    dict->used = 0;
    dict_allocate(dict, MINIMUM_SIZE);
    for (int64_t i = 0; i < length; i++) {
        if (entries[i].key == DELETED_KEY) continue;
        molt_decref(entries[i].key);
        molt_decref(entries[i].value);
    }
    free(entries);
}

void molt_dict_dealloc(MoltObject *object) {
    MoltDict *dict = (MoltDict *)object;
    for (int64_t i = 0; i < dict->entries_length; i++) {
        if (dict->entries[i].key == DELETED_KEY) continue;
        molt_decref(dict->entries[i].key);
        molt_decref(dict->entries[i].value);
    }
    free(dict->entries);
    free(dict->indices);
    molt_gc_free(object);
}

MoltValue molt_dict_copy(MoltValue self) {
    MoltValue copy = molt_dict_new();
    MoltDict *source = dict_object(self);
    dict_resize(dict_object(copy), source->used);
    for (int64_t i = 0; i < source->entries_length; i++) {
        DictEntry *entry = &source->entries[i];
        if (entry->key == DELETED_KEY) continue;
        dict_insert(dict_object(copy), entry->key, entry->hash, entry->value);
    }
    return copy;
}

/* Adds the pairs of an iterable of 2-item iterables (dict([(k, v)])). */
static int dict_update_from_pairs(MoltValue dict, MoltValue iterable) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    for (int64_t index = 0;; index++) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) goto error;
        MoltValue pair = molt_is_tuple(item) ? item : MOLT_ERROR;
        if (pair == MOLT_ERROR) {
            if (!molt_type_of(item)->iter) {
                molt_decref(item);
                molt_raise_format(&molt_type_TypeError,
                                  "cannot convert dictionary update sequence element #%lld to a sequence",
                                  (long long)index);
                goto error;
            }
            pair = molt_tuple_from_iterable(item);
            if (pair == MOLT_ERROR) {
                molt_decref(item);
                goto error;
            }
        } else {
            molt_incref(pair);
        }
        molt_decref(item);
        if (molt_tuple_length(pair) != 2) {
            molt_raise_format(&molt_type_ValueError,
                              "dictionary update sequence element #%lld has length %lld; 2 is required",
                              (long long)index, (long long)molt_tuple_length(pair));
            molt_decref(pair);
            goto error;
        }
        int status = molt_dict_setitem(dict, molt_tuple_items(pair)[0], molt_tuple_items(pair)[1]);
        molt_decref(pair);
        if (status < 0) goto error;
    }
    molt_decref(iterator);
    return 0;
error:
    molt_decref(iterator);
    return -1;
}

int molt_dict_update(MoltValue dict, MoltValue mapping) {
    /* A dict whose class overrides __iter__ is merged through keys() and
     * [key], as any mapping (dict_merge). */
    if (molt_is_dict_or_subtype(mapping) && molt_type_of(mapping)->iter == molt_dict_iter) {
        MoltDict *source = dict_object(mapping);
        for (int64_t i = 0; i < source->entries_length; i++) {
            DictEntry *entry = &source->entries[i];
            if (entry->key == DELETED_KEY) continue;
            if (dict_insert(dict_object(dict), entry->key, entry->hash, entry->value) < 0) return -1;
        }
        return 0;
    }
    if (!molt_is_ptr(mapping) || !molt_type_of(mapping)->getitem || !molt_type_of(mapping)->call_method) {
        molt_raise_format(&molt_type_TypeError, "'%s' object is not a mapping", molt_type_of(mapping)->name);
        return -1;
    }
    /* Another mapping: m.keys() and m[key]. */
    MoltValue keys = molt_call_method(mapping, "keys", NULL, 0, MOLT_NONE);
    if (keys == MOLT_ERROR) return -1;
    MoltValue iterator = molt_iter(keys);
    molt_decref(keys);
    if (iterator == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue key = molt_iter_next(iterator);
        if (key == MOLT_STOP) break;
        MoltValue value = key == MOLT_ERROR ? MOLT_ERROR : molt_getitem(mapping, key);
        int status = value == MOLT_ERROR ? -1 : molt_dict_setitem(dict, key, value);
        molt_decref(key);
        molt_decref(value);
        if (status < 0) {
            molt_decref(iterator);
            return -1;
        }
    }
    molt_decref(iterator);
    return 0;
}

/* Mappings other than dict are recognized, as CPython does, by a keys() method. */
static bool has_keys_method(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    if (!type->method_names) return false;
    for (const char *const *method = type->method_names; *method; method++)
        if (strcmp(*method, "keys") == 0) return true;
    return false;
}

/* dict.update(other, **kwargs) and dict(other, **kwargs). */
int molt_dict_update_arguments(MoltValue dict, const char *name, const MoltValue *args, size_t nargs,
                                MoltValue kwnames) {
    if (molt_args_check_count(name, nargs, 0, 1) < 0) return -1;
    if (nargs == 1) {
        MoltValue other = args[0];
        int status;
        if (molt_is_dict_or_subtype(other) || has_keys_method(other)) status = molt_dict_update(dict, other);
        else status = dict_update_from_pairs(dict, other);
        if (status < 0) return -1;
    }
    size_t keyword_count = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keyword_count; k++) {
        if (molt_dict_setitem(dict, molt_tuple_items(kwnames)[k], args[nargs + k]) < 0) return -1;
    }
    return 0;
}

MoltValue molt_dict_repr(MoltValue self) {
    MoltDict *dict = dict_object(self);
    if (dict->used == 0) return molt_str_from_utf8("{}", 2);
    if (molt_repr_enter(self)) return molt_str_from_utf8("{...}", 5);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append(&buffer, "{", 1);
    int64_t position = 0;
    MoltValue key, value;
    bool first = true;
    while (molt_dict_next(self, &position, &key, &value)) {
        if (!first) molt_buffer_append(&buffer, ", ", 2);
        first = false;
        molt_incref(key);
        molt_incref(value);
        int status = molt_buffer_append_repr(&buffer, key);
        if (status == 0) {
            molt_buffer_append(&buffer, ": ", 2);
            status = molt_buffer_append_repr(&buffer, value);
        }
        molt_decref(key);
        molt_decref(value);
        if (status < 0) {
            molt_repr_leave(self);
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append(&buffer, "}", 1);
    molt_repr_leave(self);
    return molt_buffer_finish(&buffer);
}

MoltValue molt_dict_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR || !molt_is_dict_or_subtype(a) || !molt_is_dict_or_subtype(b)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = molt_dict_copy(a);
    if (molt_dict_update(result, b) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

MoltValue molt_dict_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_OR) return MOLT_NOT_IMPLEMENTED;
    if (molt_dict_update_arguments(a, "update", &b, 1, MOLT_NONE) < 0) return MOLT_ERROR;
    molt_incref(a);
    return a;
}

MoltValue molt_dict_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_dict_or_subtype(a) || !molt_is_dict_or_subtype(b) || (op != MOLT_CMP_EQ && op != MOLT_CMP_NE))
        return MOLT_NOT_IMPLEMENTED;
    bool equal = dict_object(a)->used == dict_object(b)->used;
    int64_t position = 0;
    MoltValue key, value;
    while (equal && molt_dict_next(a, &position, &key, &value)) {
        molt_incref(key);
        molt_incref(value);
        MoltValue other = molt_dict_lookup(b, key);
        int result = other == MOLT_ERROR ? -1 : other == MOLT_STOP ? 0 : molt_equal(value, other);
        molt_decref(key);
        molt_decref(value);
        if (result < 0) return MOLT_ERROR;
        equal = result == 1;
    }
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

MoltValue molt_dict_getitem(MoltValue self, MoltValue key) {
    MoltValue value = molt_dict_lookup(self, key);
    if (value == MOLT_ERROR) return MOLT_ERROR;
    if (value == MOLT_STOP && !molt_is_dict(self)) {
        /* A class deriving from dict may define __missing__ (dict_subscript). */
        MoltValue missing = molt_instance_call_dunder(self, "__missing__", &key, 1);
        if (missing != MOLT_NOT_IMPLEMENTED) return missing;
    }
    if (value == MOLT_STOP) return molt_raise_key_error(key);
    molt_incref(value);
    return value;
}

/* Removes `key`; its value (owned), MOLT_STOP when absent, MOLT_ERROR. */
static MoltValue dict_pop_key(MoltValue self, MoltValue key) {
    MoltDict *dict = dict_object(self);
    int64_t hash = molt_hash(key);
    if (hash == -1) return MOLT_ERROR;
    uint64_t slot;
    int64_t entry_index;
    if (dict_find(dict, key, hash, &slot, &entry_index) < 0) return MOLT_ERROR;
    if (entry_index < 0) return MOLT_STOP;
    return dict_remove_at(dict, slot, entry_index, NULL);
}

int molt_dict_delitem(MoltValue self, MoltValue key) {
    MoltValue value = dict_pop_key(self, key);
    if (value == MOLT_ERROR) return -1;
    if (value == MOLT_STOP) {
        molt_raise_key_error(key);
        return -1;
    }
    molt_decref(value);
    return 0;
}

int molt_dict_contains(MoltValue self, MoltValue key) {
    MoltValue value = molt_dict_lookup(self, key);
    return value == MOLT_ERROR ? -1 : value != MOLT_STOP;
}

static MoltValue dict_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    MoltValue dict = molt_dict_new();
    if (molt_dict_update_arguments(dict, "dict", args, nargs, kwnames) < 0) {
        molt_decref(dict);
        return MOLT_ERROR;
    }
    return dict;
}

/* ---- views and iterators ---- */

typedef enum ViewKind { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;

typedef struct DictView {
    MoltObject header;
    MoltValue dict;
} DictView;

typedef struct DictIterator {
    MoltObject header;
    MoltValue dict;         /* MOLT_NONE once exhausted */
    int64_t position;
    int64_t expected_used;  /* detects "changed size during iteration" */
    int64_t remaining;      /* for reversed iteration: the entries left */
    bool reversed;
} DictIterator;

extern MoltType molt_type_dict_keys, molt_type_dict_values, molt_type_dict_items;
extern MoltType molt_type_dict_keyiterator, molt_type_dict_valueiterator, molt_type_dict_itemiterator;

static MoltType *const view_types[] = {&molt_type_dict_keys, &molt_type_dict_values, &molt_type_dict_items};
static MoltType *const iterator_types[] = {&molt_type_dict_keyiterator, &molt_type_dict_valueiterator,
                                           &molt_type_dict_itemiterator};

static ViewKind view_kind(const MoltType *type) {
    for (int kind = 0; kind < 3; kind++)
        if (type == view_types[kind] || type == iterator_types[kind]) return (ViewKind)kind;
    return VIEW_KEYS;
}

static MoltValue dict_view_new(MoltValue dict, ViewKind kind) {
    DictView *view = molt_gc_allocate(sizeof *view, view_types[kind]);
    molt_incref(dict);
    view->dict = dict;
    return molt_from_ptr(view);
}

static MoltValue dict_iterator_new(MoltValue dict, ViewKind kind, bool reversed) {
    DictIterator *iterator = molt_gc_allocate(sizeof *iterator, iterator_types[kind]);
    molt_incref(dict);
    iterator->dict = dict;
    iterator->position = reversed ? dict_object(dict)->entries_length - 1 : dict_object(dict)->first_live;
    iterator->expected_used = dict_object(dict)->used;
    iterator->remaining = dict_object(dict)->used;
    iterator->reversed = reversed;
    return molt_from_ptr(iterator);
}

MoltValue molt_dict_reversed_iterator(MoltValue value) {
    if (molt_is_dict_or_subtype(value)) return dict_iterator_new(value, VIEW_KEYS, true);
    const MoltType *type = molt_type_of(value);
    for (int kind = 0; kind < 3; kind++)
        if (type == view_types[kind]) return dict_iterator_new(((DictView *)molt_as_ptr(value))->dict, (ViewKind)kind, true);
    return MOLT_NOT_IMPLEMENTED;
}

MoltValue molt_dict_iter(MoltValue self) { return dict_iterator_new(self, VIEW_KEYS, false); }

static MoltValue dict_iterator_next(MoltValue self) {
    DictIterator *iterator = molt_as_ptr(self);
    if (iterator->dict == MOLT_NONE) return MOLT_STOP;
    MoltDict *dict = dict_object(iterator->dict);
    if (dict->used != iterator->expected_used) {
        iterator->expected_used = -1;   /* keep failing, as CPython does */
        return molt_raise_format(&molt_type_RuntimeError, "dictionary changed size during iteration");
    }
    DictEntry *entry = NULL;
    if (iterator->reversed) {
        while (iterator->position >= 0 && iterator->position < dict->entries_length) {
            DictEntry *candidate = &dict->entries[iterator->position--];
            if (candidate->key != DELETED_KEY) {
                entry = candidate;
                break;
            }
        }
    } else {
        while (iterator->position < dict->entries_length) {
            DictEntry *candidate = &dict->entries[iterator->position++];
            if (candidate->key != DELETED_KEY) {
                entry = candidate;
                break;
            }
        }
    }
    if (!entry) {
        molt_decref(iterator->dict);
        iterator->dict = MOLT_NONE;
        return MOLT_STOP;
    }
    switch (view_kind(molt_type_of(self))) {
    case VIEW_KEYS: molt_incref(entry->key); return entry->key;
    case VIEW_VALUES: molt_incref(entry->value); return entry->value;
    case VIEW_ITEMS: return molt_tuple_pair(entry->key, entry->value);
    }
    return MOLT_STOP;
}

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static void dict_iterator_dealloc(MoltObject *object) {
    molt_decref(((DictIterator *)object)->dict);
    molt_gc_free(object);
}

static void dict_view_dealloc(MoltObject *object) {
    molt_decref(((DictView *)object)->dict);
    molt_gc_free(object);
}

static MoltValue view_dict(MoltValue view) { return ((DictView *)molt_as_ptr(view))->dict; }

static MoltValue dict_view_iter(MoltValue self) {
    return dict_iterator_new(view_dict(self), view_kind(molt_type_of(self)), false);
}

static int64_t dict_view_length(MoltValue self) { return dict_object(view_dict(self))->used; }

static MoltValue dict_view_repr(MoltValue self) {
    if (molt_repr_enter(self)) return molt_str_from_utf8("...", 3);
    MoltValue list = molt_list_from_iterable(self);
    MoltValue result = MOLT_ERROR;
    if (list != MOLT_ERROR) {
        MoltBuffer buffer;
        molt_buffer_init(&buffer);
        molt_buffer_append_cstr(&buffer, molt_type_of(self)->name);
        molt_buffer_append(&buffer, "(", 1);
        if (molt_buffer_append_repr(&buffer, list) == 0) {
            molt_buffer_append(&buffer, ")", 1);
            result = molt_buffer_finish(&buffer);
        } else {
            molt_buffer_free(&buffer);
        }
        molt_decref(list);
    }
    molt_repr_leave(self);
    return result;
}

static int dict_view_contains(MoltValue self, MoltValue item) {
    MoltValue dict = view_dict(self);
    switch (view_kind(molt_type_of(self))) {
    case VIEW_KEYS: return molt_dict_contains(dict, item);
    case VIEW_ITEMS: {
        if (!molt_is_tuple(item) || molt_tuple_length(item) != 2) return 0;
        MoltValue value = molt_dict_lookup(dict, molt_tuple_items(item)[0]);
        if (value == MOLT_ERROR) return -1;
        if (value == MOLT_STOP) return 0;
        molt_incref(value);
        int equal = molt_equal(value, molt_tuple_items(item)[1]);
        molt_decref(value);
        return equal;
    }
    case VIEW_VALUES: {
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(dict, &position, &key, &value)) {
            int equal = molt_equal(value, item);
            if (equal != 0) return equal;
        }
        return 0;
    }
    }
    return 0;
}

/* ---- set operations on keys() and items() views, as CPython's
 * dictviews_* functions compute them (so that result orders match) ---- */

static bool is_set_like_view(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    return type == &molt_type_dict_keys || type == &molt_type_dict_items;
}

/* set(operand): a keys view is read straight from its dict, whose size
 * presizes the table as CPython's set(dict) does. */
static MoltValue view_operand_to_set(MoltValue operand) {
    MoltValue source = molt_type_of(operand) == &molt_type_dict_keys ? view_dict(operand) : operand;
    return molt_call(molt_from_type(&molt_type_set), &source, 1, MOLT_NONE);
}

/* result = set(a); result.<method>(b). */
static MoltValue view_set_then_update(MoltValue a, MoltValue b, const char *method) {
    MoltValue result = view_operand_to_set(a);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    MoltValue status = molt_call_method(result, method, &b, 1, MOLT_NONE);
    if (status == MOLT_ERROR) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    molt_decref(status);
    return result;
}

/* view & other: walks `other` (or the smaller of two views), keeping the
 * items the view contains; a larger set does the walking itself. */
static MoltValue view_intersection(MoltValue a, MoltValue b) {
    MoltValue self = is_set_like_view(a) ? a : b;
    MoltValue other = self == a ? b : a;
    int64_t self_length = dict_view_length(self);
    if (molt_type_of(other) == &molt_type_set && self_length <= molt_set_length(other))
        return molt_call_method(other, "intersection", &self, 1, MOLT_NONE);
    if (is_set_like_view(other) && dict_view_length(other) > self_length) {
        MoltValue swap = self;
        self = other;
        other = swap;
    }
    MoltValue result = molt_set_new(false);
    MoltValue iterator = molt_iter(other);
    if (iterator == MOLT_ERROR) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        int found = item == MOLT_ERROR ? -1 : dict_view_contains(self, item);
        int status = found <= 0 ? found : molt_set_add(result, item);
        molt_decref(item);
        if (status < 0) {
            molt_decref(iterator);
            molt_decref(result);
            return MOLT_ERROR;
        }
    }
    molt_decref(iterator);
    return result;
}

/* items ^ items: pairs of the second dict whose key is missing from, or
 * whose value differs in, the first; then the first's remaining pairs. */
static MoltValue items_symmetric_difference(MoltValue a, MoltValue b) {
    MoltValue remaining = molt_dict_copy(view_dict(a));
    MoltValue result = molt_set_new(false);
    int64_t position = 0;
    MoltValue key, value;
    MoltValue second = view_dict(b);
    int status = 0;
    while (status == 0 && molt_dict_next(second, &position, &key, &value)) {
        MoltValue mine = molt_dict_lookup(remaining, key);
        if (mine == MOLT_ERROR) {
            status = -1;
            break;
        }
        int equal = 0;
        if (mine != MOLT_STOP) {
            molt_incref(mine);
            equal = molt_equal(mine, value);
            molt_decref(mine);
            if (equal < 0) {
                status = -1;
                break;
            }
        }
        if (equal) {
            status = molt_delitem(remaining, key);
        } else {
            MoltValue pair = molt_tuple_pair(key, value);
            status = molt_set_add(result, pair);
            molt_decref(pair);
        }
    }
    position = 0;
    while (status == 0 && molt_dict_next(remaining, &position, &key, &value)) {
        MoltValue pair = molt_tuple_pair(key, value);
        status = molt_set_add(result, pair);
        molt_decref(pair);
    }
    molt_decref(remaining);
    if (status < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue dict_view_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (!is_set_like_view(a) && !is_set_like_view(b)) return MOLT_NOT_IMPLEMENTED;
    switch (op) {
    case MOLT_OP_AND: return view_intersection(a, b);
    case MOLT_OP_OR: return view_set_then_update(a, b, "update");
    case MOLT_OP_SUB: return view_set_then_update(a, b, "difference_update");
    case MOLT_OP_XOR:
        if (molt_type_of(a) == &molt_type_dict_items && molt_type_of(b) == &molt_type_dict_items)
            return items_symmetric_difference(a, b);
        return view_set_then_update(a, b, "symmetric_difference_update");
    default: return MOLT_NOT_IMPLEMENTED;
    }
}

/* Is every item of `items` in `container`? 1, 0, -1. */
static int all_contained_in(MoltValue items, MoltValue container) {
    MoltValue iterator = molt_iter(items);
    if (iterator == MOLT_ERROR) return -1;
    int result = 1;
    while (result == 1) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        result = item == MOLT_ERROR ? -1 : molt_contains(container, item);
        molt_decref(item);
    }
    molt_decref(iterator);
    return result;
}

static MoltValue dict_view_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_set_like_view(a) || (!molt_is_set_or_frozenset(b) && !is_set_like_view(b)))
        return MOLT_NOT_IMPLEMENTED;
    int64_t a_length = dict_view_length(a), b_length = molt_type_of(b)->length(b);
    int result = 0;
    switch (op) {
    case MOLT_CMP_EQ:
    case MOLT_CMP_NE:
        if (a_length == b_length) result = all_contained_in(a, b);
        if (op == MOLT_CMP_NE && result >= 0) result = !result;
        break;
    case MOLT_CMP_LT: if (a_length < b_length) result = all_contained_in(a, b); break;
    case MOLT_CMP_LE: if (a_length <= b_length) result = all_contained_in(a, b); break;
    case MOLT_CMP_GT: if (a_length > b_length) result = all_contained_in(b, a); break;
    case MOLT_CMP_GE: if (a_length >= b_length) result = all_contained_in(b, a); break;
    }
    return result < 0 ? MOLT_ERROR : molt_from_bool(result);
}

static void dict_view_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static MoltValue dict_view_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    if (!is_set_like_view(self) || strcmp(name, "isdisjoint") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_exactly_one("isdisjoint", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue common = view_intersection(self, args[0]);
    if (common == MOLT_ERROR) return MOLT_ERROR;
    bool disjoint = molt_set_length(common) == 0;
    molt_decref(common);
    return molt_from_bool(disjoint);
}

static const char *const dict_view_method_names[] = {"isdisjoint", NULL};

#define DICT_VIEW_TYPE(kind_name)                                      \
    MoltType molt_type_##kind_name = {                                 \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},           \
        .name = #kind_name,                                            \
        .base = &molt_type_object,                                     \
        .dealloc = dict_view_dealloc,                                  \
        .repr = dict_view_repr,                                        \
        .binary_op = dict_view_binary_op,                              \
        .richcompare = dict_view_richcompare,                          \
        .length = dict_view_length,                                    \
        .contains = dict_view_contains,                                \
        .iter = dict_view_iter,                                        \
        .traverse = dict_view_traverse,                                \
        .call_method = dict_view_call_method,                          \
        .method_names = dict_view_method_names,                        \
    };
DICT_VIEW_TYPE(dict_keys)
DICT_VIEW_TYPE(dict_values)
DICT_VIEW_TYPE(dict_items)

#define DICT_ITERATOR_TYPE(kind_name)                                  \
    MoltType molt_type_##kind_name = {                                 \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},           \
        .name = #kind_name,                                            \
        .base = &molt_type_object,                                     \
        .dealloc = dict_iterator_dealloc,                              \
        .iter = iterator_self,                                         \
        .iternext = dict_iterator_next,                                \
        .traverse = dict_view_traverse,                                \
    };
DICT_ITERATOR_TYPE(dict_keyiterator)
DICT_ITERATOR_TYPE(dict_valueiterator)
DICT_ITERATOR_TYPE(dict_itemiterator)

/* ---- methods ---- */

MoltValue molt_dict_fromkeys(const MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("fromkeys", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("fromkeys", nargs, 1, 2) < 0) return MOLT_ERROR;
    MoltValue value = nargs == 2 ? args[1] : MOLT_NONE;
    MoltValue dict = type == &molt_type_dict ? molt_dict_new() : molt_call(molt_from_type(type), NULL, 0, MOLT_NONE);
    if (dict == MOLT_ERROR) return MOLT_ERROR;
    MoltValue iterator = molt_iter(args[0]);
    if (iterator == MOLT_ERROR) {
        molt_decref(dict);
        return MOLT_ERROR;
    }
    for (;;) {
        MoltValue key = molt_iter_next(iterator);
        if (key == MOLT_STOP) break;
        int status = key == MOLT_ERROR ? -1 : molt_setitem(dict, key, value);
        molt_decref(key);
        if (status < 0) {
            molt_decref(iterator);
            molt_decref(dict);
            return MOLT_ERROR;
        }
    }
    molt_decref(iterator);
    return dict;
}

MoltValue molt_dict_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    MoltDict *dict = dict_object(self);
    if (strcmp(name, "get") == 0) {
        if (molt_args_no_keywords("get", kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("get", nargs, 1, 2) < 0) return MOLT_ERROR;
        MoltValue value = molt_dict_lookup(self, args[0]);
        if (value == MOLT_ERROR) return MOLT_ERROR;
        if (value == MOLT_STOP) value = nargs == 2 ? args[1] : MOLT_NONE;
        molt_incref(value);
        return value;
    }
    if (strcmp(name, "items") == 0 || strcmp(name, "keys") == 0 || strcmp(name, "values") == 0) {
        if (molt_args_none("dict", name, nargs, kwnames) < 0) return MOLT_ERROR;
        ViewKind kind = name[0] == 'i' ? VIEW_ITEMS : name[0] == 'k' ? VIEW_KEYS : VIEW_VALUES;
        return dict_view_new(self, kind);
    }
    if (strcmp(name, "setdefault") == 0) {
        if (molt_args_no_keywords("setdefault", kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("setdefault", nargs, 1, 2) < 0) return MOLT_ERROR;
        MoltValue value = molt_dict_lookup(self, args[0]);
        if (value == MOLT_ERROR) return MOLT_ERROR;
        if (value == MOLT_STOP) {
            value = nargs == 2 ? args[1] : MOLT_NONE;
            if (molt_dict_setitem(self, args[0], value) < 0) return MOLT_ERROR;
        }
        molt_incref(value);
        return value;
    }
    if (strcmp(name, "pop") == 0) {
        if (molt_args_no_keywords("pop", kwnames) < 0) return MOLT_ERROR;
        if (molt_args_check_count("pop", nargs, 1, 2) < 0) return MOLT_ERROR;
        MoltValue value = dict_pop_key(self, args[0]);
        if (value != MOLT_STOP) return value;
        if (nargs == 2) {
            molt_incref(args[1]);
            return args[1];
        }
        return molt_raise_key_error(args[0]);
    }
    if (strcmp(name, "popitem") == 0) {
        if (molt_args_none("dict", "popitem", nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue pair = molt_dict_pop_end(self, true);
        if (pair != MOLT_STOP) return pair;
        MoltValue message = molt_str_from_utf8("popitem(): dictionary is empty", 30);
        molt_raise_key_error(message);
        molt_decref(message);
        return MOLT_ERROR;
    }
    if (strcmp(name, "update") == 0) {
        return molt_dict_update_arguments(self, "update", args, nargs, kwnames) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(name, "clear") == 0) {
        if (molt_args_none("dict", "clear", nargs, kwnames) < 0) return MOLT_ERROR;
        dict_clear(dict);
        return MOLT_NONE;
    }
    if (strcmp(name, "copy") == 0) {
        if (molt_args_none("dict", "copy", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_dict_copy(self);
    }
    if (strcmp(name, "fromkeys") == 0) return molt_dict_fromkeys(molt_type_of(self), args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const dict_method_names[] = {MOLT_DICT_METHOD_NAMES, NULL};

MoltValue molt_dict_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    return strcmp(name, "fromkeys") == 0 ? molt_dict_fromkeys(owner, args, nargs, kwnames) : MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_dict = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "dict",
    .base = &molt_type_object,
    .dealloc = molt_dict_dealloc,
    .repr = molt_dict_repr,
    .binary_op = molt_dict_binary_op,
    .inplace_op = molt_dict_inplace_op,
    .richcompare = molt_dict_richcompare,
    .length = molt_dict_length,
    .getitem = molt_dict_getitem,
    .setitem = molt_dict_setitem,
    .delitem = molt_dict_delitem,
    .contains = molt_dict_contains,
    .iter = molt_dict_iter,
    .call = dict_call,
    .call_method = molt_dict_call_method,
    .method_names = dict_method_names,
    .traverse = molt_dict_traverse,
    .clear = molt_dict_gc_clear,
    .class_method = molt_dict_class_method,
};

/* ---- the cycle collector's view (runtime/core/gc.c) ---- */

void molt_dict_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MoltDict *dict = (MoltDict *)self;
    for (int64_t i = 0; i < dict->entries_length; i++) {
        if (dict->entries[i].key == DELETED_KEY) continue;
        visit(dict->entries[i].key, context);
        visit(dict->entries[i].value, context);
    }
}

void molt_dict_gc_clear(MoltObject *self) { dict_clear((MoltDict *)self); }

/* Views and iterators hold their dict in the same place (MOLT_NONE once an
 * iterator is exhausted). They need no clear slot: a cycle through one also
 * passes through its dict. */
_Static_assert(offsetof(DictView, dict) == offsetof(DictIterator, dict), "views and iterators share traversal");

static void dict_view_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((DictView *)self)->dict, context);
}

