/* set and frozenset: an open-addressing table that follows CPython's probing
 * (runs of 9 linear probes, then perturbation) and resize rules exactly, so
 * that iteration order matches CPython's for the same hashes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc_object.h"
#include "set.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../core/repr_guard.h"

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5, MINIMUM_SIZE = 8 };

/* Entry states as CPython's: unused (key EMPTY_KEY, hash 0), dummy (key
 * DUMMY_KEY, hash -1), active. The markers are never Python values. */
#define EMPTY_KEY MOLT_STOP
#define DUMMY_KEY MOLT_ERROR

typedef struct SetEntry {
    MoltValue key;
    int64_t hash;
} SetEntry;

typedef struct MoltSet {
    MoltObject header;
    int64_t fill;     /* active + dummy */
    int64_t used;     /* active */
    uint64_t mask;
    uint64_t finger;  /* where pop() resumes */
    int64_t hash;     /* frozenset's cached hash, -1 until computed */
    SetEntry *table;
} MoltSet;

static MoltSet *set_object(MoltValue v) { return (MoltSet *)molt_as_ptr(v); }

static SetEntry *table_new(uint64_t size) {
    SetEntry *table = malloc(size * sizeof *table);
    if (!table) abort();
    for (uint64_t i = 0; i < size; i++) table[i] = (SetEntry){EMPTY_KEY, 0};
    return table;
}

MoltValue molt_set_new(bool frozen) {
    MoltSet *set = molt_gc_allocate(sizeof *set, frozen ? &molt_type_frozenset : &molt_type_set);
    set->fill = set->used = 0;
    set->mask = MINIMUM_SIZE - 1;
    set->finger = 0;
    set->hash = -1;
    set->table = table_new(MINIMUM_SIZE);
    return molt_from_ptr(set);
}

/* Inserts a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, uint64_t mask, MoltValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == EMPTY_KEY) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == EMPTY_KEY) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

static void set_resize(MoltSet *set, int64_t minimum_used) {
    uint64_t size = MINIMUM_SIZE;
    while (size <= (uint64_t)minimum_used) size <<= 1;
    SetEntry *old_table = set->table;
    uint64_t old_mask = set->mask;
    set->table = table_new(size);
    set->mask = size - 1;
    for (uint64_t i = 0; i <= old_mask; i++) {
        SetEntry *entry = &old_table[i];
        if (entry->key != EMPTY_KEY && entry->key != DUMMY_KEY)
            insert_clean(set->table, set->mask, entry->key, entry->hash);
    }
    set->fill = set->used;
    free(old_table);
}

/* Finds `key`: its entry, or NULL when absent; *error set when comparing raised. */
static SetEntry *set_lookup(MoltSet *set, MoltValue key, int64_t hash, bool *error) {
    uint64_t perturb = (uint64_t)hash;
    uint64_t mask = set->mask;
    uint64_t i = (uint64_t)hash & mask;
    *error = false;
    for (;;) {
        SetEntry *entry = &set->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == EMPTY_KEY) return NULL;
            if (entry->hash == hash && entry->key != DUMMY_KEY) {
                if (entry->key == key) return entry;
                SetEntry *table = set->table;
                MoltValue start_key = entry->key;
                molt_incref(start_key);
                int equal = molt_equal(start_key, key);
                molt_decref(start_key);
                if (equal < 0) {
                    *error = true;
                    return NULL;
                }
                if (table != set->table || entry->key != start_key) return set_lookup(set, key, hash, error);
                if (equal) return entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds a borrowed key with its hash, CPython's set_add_entry. 0 or -1. */
static int set_add_entry(MoltSet *set, MoltValue key, int64_t hash) {
    molt_incref(key);
restart:;
    uint64_t mask = set->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *free_slot = NULL;
    SetEntry *entry;
    for (;;) {
        entry = &set->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == EMPTY_KEY) goto found_unused_or_dummy;
            if (entry->hash == hash && entry->key != DUMMY_KEY) {
                MoltValue start_key = entry->key;
                if (start_key == key) goto found_active;
                SetEntry *table = set->table;
                molt_incref(start_key);
                int equal = molt_equal(start_key, key);
                molt_decref(start_key);
                if (equal < 0) {
                    molt_decref(key);
                    return -1;
                }
                if (table != set->table || entry->key != start_key) goto restart;
                if (equal) goto found_active;
                mask = set->mask;
            } else if (entry->key == DUMMY_KEY) {
                /* CPython keeps the last dummy seen, not the first. */
                free_slot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (free_slot != NULL) {
        set->used++;
        free_slot->key = key;
        free_slot->hash = hash;
        return 0;
    }
    set->fill++;
    set->used++;
    entry->key = key;
    entry->hash = hash;
    if ((uint64_t)set->fill * 5 < mask * 3) return 0;
    set_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
    return 0;
found_active:
    molt_decref(key);
    return 0;
}

static int set_add_key(MoltSet *set, MoltValue key) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    return set_add_entry(set, key, hash);
}

int molt_set_add(MoltValue set, MoltValue item) { return set_add_key(set_object(set), item); }

/* 1 found, 0 absent, -1 error. */
static int set_contains_key(MoltSet *set, MoltValue key) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    bool error;
    SetEntry *entry = set_lookup(set, key, hash, &error);
    return error ? -1 : entry != NULL;
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_key(MoltSet *set, MoltValue key) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    bool error;
    SetEntry *entry = set_lookup(set, key, hash, &error);
    if (error) return -1;
    if (!entry) return 0;
    MoltValue old = entry->key;
    entry->key = DUMMY_KEY;
    entry->hash = -1;
    set->used--;
    molt_decref(old);
    return 1;
}

bool molt_set_next(MoltValue value, int64_t *position, MoltValue *key) {
    MoltSet *set = set_object(value);
    while ((uint64_t)*position <= set->mask) {
        SetEntry *entry = &set->table[(*position)++];
        if (entry->key != EMPTY_KEY && entry->key != DUMMY_KEY) {
            *key = entry->key;
            return true;
        }
    }
    return false;
}

/* CPython's set_merge: adds every key of another set, copying the table
 * verbatim when this set is empty and the sizes agree. */
static void set_merge(MoltSet *set, MoltSet *other) {
    if (other == set || other->used == 0) return;
    if ((uint64_t)(set->fill + other->used) * 5 >= set->mask * 3)
        set_resize(set, (set->used + other->used) * 2);
    if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
        for (uint64_t i = 0; i <= other->mask; i++) {
            SetEntry *entry = &other->table[i];
            if (entry->key != EMPTY_KEY && entry->key != DUMMY_KEY) {
                molt_incref(entry->key);
                set->table[i] = *entry;
            }
        }
        set->fill = set->used = other->used;
        return;
    }
    if (set->fill == 0) {
        for (uint64_t i = 0; i <= other->mask; i++) {
            SetEntry *entry = &other->table[i];
            if (entry->key != EMPTY_KEY && entry->key != DUMMY_KEY) {
                molt_incref(entry->key);
                insert_clean(set->table, set->mask, entry->key, entry->hash);
            }
        }
        set->fill = set->used = other->used;
        return;
    }
    for (uint64_t i = 0; i <= other->mask; i++) {
        SetEntry *entry = &other->table[i];
        if (entry->key != EMPTY_KEY && entry->key != DUMMY_KEY) set_add_entry(set, entry->key, entry->hash);
    }
}

/* set.update(iterable) for one iterable. */
static int set_update_one(MoltSet *set, MoltValue iterable) {
    if (molt_is_set_or_frozenset(iterable)) {
        set_merge(set, set_object(iterable));
        return 0;
    }
    if (molt_is_dict(iterable)) {
        int64_t position = 0;
        MoltValue key, value;
        int64_t count = molt_dict_length(iterable);
        if ((uint64_t)(set->fill + count) * 5 >= set->mask * 3) set_resize(set, (set->used + count) * 2);
        while (molt_dict_next(iterable, &position, &key, &value))
            if (set_add_key(set, key) < 0) return -1;
        return 0;
    }
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        int status = item == MOLT_ERROR ? -1 : set_add_key(set, item);
        molt_decref(item);
        if (status < 0) {
            molt_decref(iterator);
            return -1;
        }
    }
    molt_decref(iterator);
    return 0;
}

MoltValue molt_set_from_owned(MoltValue *items, size_t count) {
    MoltValue set = molt_set_new(false);
    int status = 0;
    for (size_t i = 0; i < count; i++) {
        if (status == 0 && set_add_key(set_object(set), items[i]) < 0) status = -1;
        molt_decref(items[i]);
    }
    if (status < 0) {
        molt_decref(set);
        return MOLT_ERROR;
    }
    return set;
}

/* CPython builds the constant as frozenset(items), then its constant merger
 * rebuilds it from that frozenset's iteration order; the display is a new set
 * merged from the result. Each step can reorder colliding keys. */
MoltValue molt_set_from_constants(const MoltValue *items, size_t count) {
    MoltValue first = molt_set_new(true);
    for (size_t i = 0; i < count; i++) {
        if (set_add_key(set_object(first), items[i]) < 0) {
            molt_decref(first);
            return MOLT_ERROR;
        }
    }
    MoltValue second = molt_set_new(true);
    int64_t position = 0;
    MoltValue key;
    while (molt_set_next(first, &position, &key)) set_add_entry(set_object(second), key, set_object(first)->table[position - 1].hash);
    molt_decref(first);
    MoltValue set = molt_set_new(false);
    set_merge(set_object(set), set_object(second));
    molt_decref(second);
    return set;
}

static MoltValue set_copy_as(MoltValue self, bool frozen) {
    MoltValue copy = molt_set_new(frozen);
    set_merge(set_object(copy), set_object(self));
    return copy;
}

static MoltValue set_from_iterable(MoltValue iterable, bool frozen) {
    MoltValue set = molt_set_new(frozen);
    if (set_update_one(set_object(set), iterable) < 0) {
        molt_decref(set);
        return MOLT_ERROR;
    }
    return set;
}

static void set_dealloc(MoltObject *object) {
    MoltSet *set = (MoltSet *)object;
    for (uint64_t i = 0; i <= set->mask; i++) {
        MoltValue key = set->table[i].key;
        if (key != EMPTY_KEY && key != DUMMY_KEY) molt_decref(key);
    }
    free(set->table);
    molt_gc_free(object);
}

static void set_clear(MoltSet *set) {
    SetEntry *table = set->table;
    uint64_t mask = set->mask;
    set->table = table_new(MINIMUM_SIZE);
    set->mask = MINIMUM_SIZE - 1;
    set->fill = set->used = 0;
    for (uint64_t i = 0; i <= mask; i++) {
        if (table[i].key != EMPTY_KEY && table[i].key != DUMMY_KEY) molt_decref(table[i].key);
    }
    free(table);
}

static MoltValue set_repr(MoltValue self) {
    MoltSet *set = set_object(self);
    bool frozen = molt_type_of(self) == &molt_type_frozenset;
    if (set->used == 0) return frozen ? molt_str_from_utf8("frozenset()", 11) : molt_str_from_utf8("set()", 5);
    if (molt_repr_enter(self)) {
        const char *text = frozen ? "frozenset(...)" : "set(...)";
        return molt_str_from_utf8(text, strlen(text));
    }
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    molt_buffer_append_cstr(&buffer, frozen ? "frozenset({" : "{");
    int64_t position = 0;
    MoltValue key;
    bool first = true;
    while (molt_set_next(self, &position, &key)) {
        if (!first) molt_buffer_append(&buffer, ", ", 2);
        first = false;
        if (molt_buffer_append_repr(&buffer, key) < 0) {
            molt_repr_leave(self);
            molt_buffer_free(&buffer);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append_cstr(&buffer, frozen ? "})" : "}");
    molt_repr_leave(self);
    return molt_buffer_finish(&buffer);
}

/* ---- set algebra (CPython's algorithms, so result orders match) ---- */

static MoltValue result_type_copy(MoltValue self) {
    return set_copy_as(self, molt_type_of(self) == &molt_type_frozenset);
}

static MoltValue set_intersection_one(MoltValue self, MoltValue other) {
    MoltValue result = molt_set_new(molt_type_of(self) == &molt_type_frozenset);
    MoltSet *destination = set_object(result);
    if (molt_is_set_or_frozenset(other)) {
        /* Walk the smaller table (other's on a tie), as CPython does: sizes decide the order. */
        MoltValue small = set_object(other)->used > set_object(self)->used ? self : other;
        MoltValue large = small == self ? other : self;
        MoltSet *source = set_object(small);
        for (uint64_t i = 0; i <= source->mask; i++) {
            SetEntry *entry = &source->table[i];
            if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
            bool error;
            SetEntry *found = set_lookup(set_object(large), entry->key, entry->hash, &error);
            if (error || (found && set_add_entry(destination, entry->key, entry->hash) < 0)) {
                molt_decref(result);
                return MOLT_ERROR;
            }
        }
        return result;
    }
    MoltValue iterator = molt_iter(other);
    if (iterator == MOLT_ERROR) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        int status = -1;
        if (item != MOLT_ERROR) {
            int64_t hash = molt_hash(item);
            if (hash != -1) {
                bool error;
                SetEntry *found = set_lookup(set_object(self), item, hash, &error);
                status = error ? -1 : found ? set_add_entry(destination, item, hash) : 0;
            }
        }
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

/* A set view of `other` for membership tests: itself when it is a set. */
static MoltValue as_set(MoltValue other) {
    if (molt_is_set_or_frozenset(other)) {
        molt_incref(other);
        return other;
    }
    return set_from_iterable(other, false);
}

static int set_difference_update_one(MoltSet *set, MoltValue other);

/* self - other as CPython computes it: when other is not a set or dict, or
 * is much smaller, a copy of self minus other (keeping self's layout);
 * otherwise self's entries not in other, added to a fresh set. */
static MoltValue set_difference_one(MoltValue self, MoltValue other) {
    int64_t other_size = -1;
    if (molt_is_set_or_frozenset(other)) other_size = set_object(other)->used;
    else if (molt_is_dict(other)) other_size = molt_dict_length(other);
    if (other_size < 0 || (set_object(self)->used >> 2) > other_size) {
        MoltValue result = result_type_copy(self);
        if (set_difference_update_one(set_object(result), other) < 0) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        return result;
    }
    MoltValue lookup = as_set(other);
    if (lookup == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_set_new(molt_type_of(self) == &molt_type_frozenset);
    MoltSet *source = set_object(self);
    for (uint64_t i = 0; i <= source->mask; i++) {
        SetEntry *entry = &source->table[i];
        if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
        bool error;
        SetEntry *found = set_lookup(set_object(lookup), entry->key, entry->hash, &error);
        if (error || (!found && set_add_entry(set_object(result), entry->key, entry->hash) < 0)) {
            molt_decref(lookup);
            molt_decref(result);
            return MOLT_ERROR;
        }
    }
    molt_decref(lookup);
    return result;
}

static int set_difference_update_one(MoltSet *set, MoltValue other) {
    if (molt_from_ptr(set) == other) {
        set_clear(set);
        return 0;
    }
    MoltValue lookup = as_set(other);
    if (lookup == MOLT_ERROR) return -1;
    MoltSet *source = set_object(lookup);
    for (uint64_t i = 0; i <= source->mask; i++) {
        SetEntry *entry = &source->table[i];
        if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
        if (set_discard_key(set, entry->key) < 0) {
            molt_decref(lookup);
            return -1;
        }
    }
    molt_decref(lookup);
    return 0;
}

static int set_symmetric_difference_update(MoltSet *set, MoltValue other) {
    MoltValue items = as_set(other);
    if (items == MOLT_ERROR) return -1;
    MoltSet *source = set_object(items);
    for (uint64_t i = 0; i <= source->mask; i++) {
        SetEntry *entry = &source->table[i];
        if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
        MoltValue key = entry->key;
        int removed = set_discard_key(set, key);
        if (removed < 0 || (removed == 0 && set_add_entry(set, key, entry->hash) < 0)) {
            molt_decref(items);
            return -1;
        }
    }
    molt_decref(items);
    return 0;
}

/* self ^ other as CPython builds it: a set of other's items (of self's
 * type), toggled by each of self's entries. */
static MoltValue set_symmetric_difference(MoltValue self, MoltValue other) {
    MoltValue result = molt_set_new(molt_type_of(self) == &molt_type_frozenset);
    if (set_update_one(set_object(result), other) < 0 ||
        set_symmetric_difference_update(set_object(result), self) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

/* Is every key of a in b? 1, 0, -1. */
static int set_is_subset(MoltValue a, MoltValue b) {
    MoltSet *x = set_object(a), *y = set_object(b);
    if (x->used > y->used) return 0;
    for (uint64_t i = 0; i <= x->mask; i++) {
        SetEntry *entry = &x->table[i];
        if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
        bool error;
        SetEntry *found = set_lookup(y, entry->key, entry->hash, &error);
        if (error) return -1;
        if (!found) return 0;
    }
    return 1;
}

static MoltValue set_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (!molt_is_set_or_frozenset(a) || !molt_is_set_or_frozenset(b)) return MOLT_NOT_IMPLEMENTED;
    switch (op) {
    case MOLT_OP_OR: {
        MoltValue result = result_type_copy(a);
        set_merge(set_object(result), set_object(b));
        return result;
    }
    case MOLT_OP_AND: return set_intersection_one(a, b);
    case MOLT_OP_SUB: return set_difference_one(a, b);
    case MOLT_OP_XOR: return set_symmetric_difference(a, b);
    default: return MOLT_NOT_IMPLEMENTED;
    }
}

/* Exchanges the tables of two sets, so that an in-place result keeps the
 * identity of the set it updates. */
static void set_swap_tables(MoltSet *a, MoltSet *b) {
    MoltSet swap = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = swap.fill;
    b->used = swap.used;
    b->mask = swap.mask;
    b->table = swap.table;
}

static MoltValue set_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (molt_type_of(a) != &molt_type_set || !molt_is_set_or_frozenset(b)) return MOLT_NOT_IMPLEMENTED;
    MoltSet *set = set_object(a);
    int status = 0;
    switch (op) {
    case MOLT_OP_OR: set_merge(set, set_object(b)); break;
    case MOLT_OP_SUB: status = set_difference_update_one(set, b); break;
    case MOLT_OP_XOR: status = set_symmetric_difference_update(set, b); break;
    case MOLT_OP_AND: {
        MoltValue result = set_intersection_one(a, b);
        if (result == MOLT_ERROR) return MOLT_ERROR;
        set_swap_tables(set, set_object(result));
        molt_decref(result);
        break;
    }
    default: return MOLT_NOT_IMPLEMENTED;
    }
    if (status < 0) return MOLT_ERROR;
    molt_incref(a);
    return a;
}

static MoltValue set_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_set_or_frozenset(a) || !molt_is_set_or_frozenset(b)) return MOLT_NOT_IMPLEMENTED;
    int64_t x = set_object(a)->used, y = set_object(b)->used;
    int result;
    switch (op) {
    case MOLT_CMP_EQ: result = x == y ? set_is_subset(a, b) : 0; break;
    case MOLT_CMP_NE:
        result = x == y ? set_is_subset(a, b) : 0;
        if (result >= 0) result = !result;
        break;
    case MOLT_CMP_LE: result = set_is_subset(a, b); break;
    case MOLT_CMP_GE: result = set_is_subset(b, a); break;
    case MOLT_CMP_LT: result = x < y ? set_is_subset(a, b) : 0; break;
    case MOLT_CMP_GT: result = x > y ? set_is_subset(b, a) : 0; break;
    default: result = 0;
    }
    return result < 0 ? MOLT_ERROR : molt_from_bool(result);
}

/* CPython's frozenset hash: shuffled entry hashes xor-ed, then mixed. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int64_t frozenset_hash(MoltValue self) {
    MoltSet *set = set_object(self);
    if (set->hash != -1) return set->hash;
    uint64_t hash = 0;
    for (uint64_t i = 0; i <= set->mask; i++) {
        SetEntry *entry = &set->table[i];
        if (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) continue;
        hash ^= shuffle_bits((uint64_t)entry->hash);
    }
    hash ^= ((uint64_t)set->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    set->hash = (int64_t)hash;
    return set->hash;
}

static int64_t set_length(MoltValue self) { return set_object(self)->used; }
int64_t molt_set_length(MoltValue set) { return set_object(set)->used; }

static int set_contains(MoltValue self, MoltValue item) {
    int result = set_contains_key(set_object(self), item);
    /* A set as key: CPython retries it as a frozenset. */
    if (result < 0 && molt_type_of(item) == &molt_type_set &&
        molt_exc_matches(molt_from_type(&molt_type_TypeError)) == 1) {
        molt_decref(molt_exc_fetch());
        MoltValue frozen = set_copy_as(item, true);
        result = set_contains_key(set_object(self), frozen);
        molt_decref(frozen);
    }
    return result;
}

typedef struct SetIterator {
    MoltObject header;
    MoltValue set;   /* MOLT_NONE once exhausted */
    int64_t position;
    int64_t expected_used;
} SetIterator;

static MoltValue set_iterator_next(MoltValue self) {
    SetIterator *iterator = molt_as_ptr(self);
    if (iterator->set == MOLT_NONE) return MOLT_STOP;
    if (set_object(iterator->set)->used != iterator->expected_used) {
        iterator->expected_used = -1;
        return molt_raise_format(&molt_type_RuntimeError, "Set changed size during iteration");
    }
    MoltValue key;
    if (!molt_set_next(iterator->set, &iterator->position, &key)) {
        molt_decref(iterator->set);
        iterator->set = MOLT_NONE;
        return MOLT_STOP;
    }
    molt_incref(key);
    return key;
}

static void set_iterator_dealloc(MoltObject *object) {
    molt_decref(((SetIterator *)object)->set);
    molt_gc_free(object);
}

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static void set_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context);

static MoltType molt_type_set_iterator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "set_iterator",
    .base = &molt_type_object,
    .dealloc = set_iterator_dealloc,
    .iter = iterator_self,
    .iternext = set_iterator_next,
    .traverse = set_iterator_traverse,
};

static MoltValue set_iter(MoltValue self) {
    SetIterator *iterator = molt_gc_allocate(sizeof *iterator, &molt_type_set_iterator);
    molt_incref(self);
    iterator->set = self;
    iterator->position = 0;
    iterator->expected_used = set_object(self)->used;
    return molt_from_ptr(iterator);
}

static MoltValue set_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    bool frozen = molt_as_type(callable) == &molt_type_frozenset;
    const char *name = frozen ? "frozenset" : "set";
    if (molt_args_no_keywords(name, kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count(name, nargs, 0, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_set_new(frozen);
    if (frozen && molt_type_of(args[0]) == &molt_type_frozenset) {
        molt_incref(args[0]);
        return args[0];
    }
    return set_from_iterable(args[0], frozen);
}

/* ---- methods ---- */

static MoltValue raise_key_error(MoltValue key) {
    MoltValue args = molt_tuple_from_borrowed(&key, 1);
    MoltValue exception = molt_exception_new(&molt_type_KeyError, args);
    molt_decref(args);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

/* The multi-argument methods union, intersection and difference, each as
 * CPython sequences it (so that result orders match). */
static MoltValue set_algebra_method(MoltValue self, MoltBinaryOp op, const MoltValue *args, size_t nargs) {
    if (nargs == 0) return result_type_copy(self);
    if (op == MOLT_OP_OR) {
        MoltValue result = result_type_copy(self);
        for (size_t i = 0; i < nargs; i++) {
            if (args[i] == self) continue;
            if (set_update_one(set_object(result), args[i]) < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
        }
        return result;
    }
    if (op == MOLT_OP_SUB) {
        MoltValue result = set_difference_one(self, args[0]);
        for (size_t i = 1; i < nargs && result != MOLT_ERROR; i++) {
            if (set_difference_update_one(set_object(result), args[i]) < 0) {
                molt_decref(result);
                result = MOLT_ERROR;
            }
        }
        return result;
    }
    molt_incref(self);
    MoltValue current = self;
    for (size_t i = 0; i < nargs; i++) {
        MoltValue next = set_intersection_one(current, args[i]);
        molt_decref(current);
        if (next == MOLT_ERROR) return MOLT_ERROR;
        current = next;
    }
    return current;
}

static MoltValue set_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    MoltSet *set = set_object(self);
    bool mutable = molt_type_of(self) == &molt_type_set;
    if (molt_args_keyword_count(kwnames) > 0) {
        char qualified[64];
        snprintf(qualified, sizeof qualified, "%s.%s", molt_type_of(self)->name, name);
        molt_args_no_keywords(qualified, kwnames);
        return MOLT_ERROR;
    }
    /* Methods every set and frozenset has. */
    if (strcmp(name, "copy") == 0) {
        if (molt_args_none(molt_type_of(self)->name, "copy", nargs, kwnames) < 0) return MOLT_ERROR;
        if (!mutable) {
            molt_incref(self);
            return self;
        }
        return set_copy_as(self, false);
    }
    if (strcmp(name, "union") == 0) return set_algebra_method(self, MOLT_OP_OR, args, nargs);
    if (strcmp(name, "intersection") == 0) return set_algebra_method(self, MOLT_OP_AND, args, nargs);
    if (strcmp(name, "difference") == 0) return set_algebra_method(self, MOLT_OP_SUB, args, nargs);
    if (strcmp(name, "symmetric_difference") == 0) {
        if (molt_args_exactly_one("symmetric_difference", nargs, kwnames) < 0) return MOLT_ERROR;
        return set_symmetric_difference(self, args[0]);
    }
    if (strcmp(name, "issubset") == 0 || strcmp(name, "issuperset") == 0 || strcmp(name, "isdisjoint") == 0) {
        char qualified[64];
        snprintf(qualified, sizeof qualified, "%s.%s", molt_type_of(self)->name, name);
        if (molt_args_exactly_one(qualified, nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue other = as_set(args[0]);
        if (other == MOLT_ERROR) return MOLT_ERROR;
        int result;
        if (name[2] == 'd') {
            MoltValue common = set_intersection_one(self, other);
            result = common == MOLT_ERROR ? -1 : set_object(common)->used == 0;
            molt_decref(common);
        } else {
            result = name[2] == 's' && name[3] == 'u' && name[4] == 'b' ? set_is_subset(self, other)
                                                                        : set_is_subset(other, self);
        }
        molt_decref(other);
        return result < 0 ? MOLT_ERROR : molt_from_bool(result);
    }
    if (!mutable) return MOLT_NOT_IMPLEMENTED;
    if (strcmp(name, "add") == 0) {
        if (molt_args_exactly_one("set.add", nargs, kwnames) < 0) return MOLT_ERROR;
        return set_add_key(set, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(name, "discard") == 0 || strcmp(name, "remove") == 0) {
        char qualified[32];
        snprintf(qualified, sizeof qualified, "set.%s", name);
        if (molt_args_exactly_one(qualified, nargs, kwnames) < 0) return MOLT_ERROR;
        int removed = set_discard_key(set, args[0]);
        if (removed < 0) return MOLT_ERROR;
        if (removed == 0 && name[0] == 'r') return raise_key_error(args[0]);
        return MOLT_NONE;
    }
    if (strcmp(name, "pop") == 0) {
        if (molt_args_none(molt_type_of(self)->name, "pop", nargs, kwnames) < 0) return MOLT_ERROR;
        if (set->used == 0) {
            MoltValue message = molt_str_from_utf8("pop from an empty set", 21);
            raise_key_error(message);
            molt_decref(message);
            return MOLT_ERROR;
        }
        SetEntry *entry = set->table + (set->finger & set->mask);
        while (entry->key == EMPTY_KEY || entry->key == DUMMY_KEY) {
            entry++;
            if (entry > set->table + set->mask) entry = set->table;
        }
        MoltValue key = entry->key;
        entry->key = DUMMY_KEY;
        entry->hash = -1;
        set->used--;
        set->finger = (uint64_t)(entry - set->table) + 1;
        return key;
    }
    if (strcmp(name, "clear") == 0) {
        if (molt_args_none(molt_type_of(self)->name, "clear", nargs, kwnames) < 0) return MOLT_ERROR;
        set_clear(set);
        return MOLT_NONE;
    }
    if (strcmp(name, "update") == 0) {
        for (size_t i = 0; i < nargs; i++)
            if (set_update_one(set, args[i]) < 0) return MOLT_ERROR;
        return MOLT_NONE;
    }
    if (strcmp(name, "difference_update") == 0) {
        for (size_t i = 0; i < nargs; i++)
            if (set_difference_update_one(set, args[i]) < 0) return MOLT_ERROR;
        return MOLT_NONE;
    }
    if (strcmp(name, "intersection_update") == 0) {
        MoltValue result = set_algebra_method(self, MOLT_OP_AND, args, nargs);
        if (result == MOLT_ERROR) return MOLT_ERROR;
        set_swap_tables(set, set_object(result));
        molt_decref(result);
        return MOLT_NONE;
    }
    if (strcmp(name, "symmetric_difference_update") == 0) {
        if (molt_args_exactly_one("set.symmetric_difference_update", nargs, kwnames) < 0) return MOLT_ERROR;
        return set_symmetric_difference_update(set, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const set_method_names[] = {
    "add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
    "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
    "symmetric_difference", "symmetric_difference_update", "union", "update", NULL,
};

static const char *const frozenset_method_names[] = {
    "copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset",
    "symmetric_difference", "union", NULL,
};

static void set_traverse(MoltObject *self, MoltVisitFunction visit, void *context);
static void set_gc_clear(MoltObject *self);

MoltType molt_type_set = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "set",
    .base = &molt_type_object,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .binary_op = set_binary_op,
    .inplace_op = set_inplace_op,
    .richcompare = set_richcompare,
    .length = set_length,
    .contains = set_contains,
    .iter = set_iter,
    .call = set_call,
    .call_method = set_call_method,
    .method_names = set_method_names,
    .traverse = set_traverse,
    .clear = set_gc_clear,
};

MoltType molt_type_frozenset = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "frozenset",
    .base = &molt_type_object,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .binary_op = set_binary_op,
    .richcompare = set_richcompare,
    .length = set_length,
    .contains = set_contains,
    .iter = set_iter,
    .call = set_call,
    .call_method = set_call_method,
    .method_names = frozenset_method_names,
    .traverse = set_traverse,
    .clear = set_gc_clear,
};

/* ---- the cycle collector's view (runtime/core/gc.c) ---- */

static void set_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    MoltSet *set = (MoltSet *)self;
    for (uint64_t i = 0; i <= set->mask; i++) {
        MoltValue key = set->table[i].key;
        if (key != EMPTY_KEY && key != DUMMY_KEY) visit(key, context);
    }
}

/* A frozenset is cleared too: only garbage is, and nothing hashes it again. */
static void set_gc_clear(MoltObject *self) { set_clear((MoltSet *)self); }

static void set_iterator_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    visit(((SetIterator *)self)->set, context);
}
