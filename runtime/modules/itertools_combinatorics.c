/* The combinatoric iterators of itertools: product, permutations,
 * combinations and combinations_with_replacement. Each reads its input into
 * a tuple when made and then walks an array of indices into it, advancing
 * the indices exactly as CPython 3.12's itertoolsmodule.c does, so that
 * results come in the same order. */
#include <stdlib.h>

#include "../core/args.h"
#include "../core/gc.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "itertools.h"

static MoltValue iterator_self(MoltValue self) { return molt_new_reference(self); }

typedef struct Combinatoric {
    MoltObject header;
    MoltValue pool;      /* tuple of the items; product: tuple of one tuple per position */
    MoltValue result;    /* the previous result tuple, MOLT_UNBOUND before the first */
    int64_t *indices;    /* r of them (product: one per pool) */
    int64_t *cycles;     /* permutations only */
    int64_t r;
    bool stopped;
} Combinatoric;

static void combinatoric_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Combinatoric *walk = (Combinatoric *)object;
    visit(walk->pool, context);
    if (walk->result != MOLT_UNBOUND) visit(walk->result, context);
}

static void combinatoric_dealloc(MoltObject *object) {
    Combinatoric *walk = (Combinatoric *)object;
    molt_decref(walk->pool);
    molt_decref(walk->result);
    free(walk->indices);
    free(walk->cycles);
    molt_gc_free(object);
}

static int64_t *index_array(int64_t count) {
    int64_t *array = calloc(count > 0 ? (size_t)count : 1, sizeof *array);
    if (!array) abort();
    return array;
}

/* Takes the reference to `pool`. */
static MoltValue combinatoric_new(const MoltType *type, MoltValue pool, int64_t r) {
    Combinatoric *walk = molt_gc_allocate(sizeof *walk, type);
    walk->pool = pool;
    walk->result = MOLT_UNBOUND;
    walk->indices = index_array(r);
    walk->cycles = NULL;
    walk->r = r;
    walk->stopped = false;
    return molt_from_ptr(walk);
}

static const MoltValue *pool_items(const Combinatoric *walk) { return molt_tuple_items(walk->pool); }
static int64_t pool_length(const Combinatoric *walk) { return molt_tuple_length(walk->pool); }

/* A new result: a copy of the previous one (or of nothing) whose items from
 * `from` on are pool[indices[k]] (`pools`: each position has its own pool). */
static MoltValue emit(Combinatoric *walk, int64_t from, bool pools) {
    MoltValue result = molt_tuple_new(walk->r);
    MoltValue *items = molt_tuple_items(result);
    for (int64_t k = 0; k < walk->r; k++) {
        MoltValue item;
        if (k < from) item = molt_tuple_items(walk->result)[k];
        else if (pools) item = molt_tuple_items(pool_items(walk)[k])[walk->indices[k]];
        else item = pool_items(walk)[walk->indices[k]];
        items[k] = molt_new_reference(item);
    }
    molt_decref(walk->result);
    walk->result = result;
    return molt_new_reference(result);
}

static MoltValue stop(Combinatoric *walk) {
    walk->stopped = true;
    return MOLT_STOP;
}

#define COMBINATORIC_TYPE(variable, type_name, next_function, constructor) \
    MoltType variable = {                                                  \
        .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},               \
        .name = type_name,                                                 \
        .module_name = "itertools",                                        \
        .base = &molt_type_object,                                         \
        .dealloc = combinatoric_dealloc,                                   \
        .repr = molt_itertools_repr,                                       \
        .hash = molt_object_hash_identity,                                 \
        .iter = iterator_self,                                             \
        .iternext = next_function,                                         \
        .call = constructor,                                               \
        .traverse = combinatoric_traverse,                                 \
    }

/* ---- product(*iterables, repeat=1) --------------------------------------------------- */

static MoltValue product_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"repeat", NULL};
    static const MoltArgSpec spec = {"product", 0, 0, names, 1};
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    MoltValue repeat_value = MOLT_ARG_MISSING;
    if (molt_args_parse(&spec, args + nargs, 0, kwnames, &repeat_value) < 0) return MOLT_ERROR;
    int64_t repeat = 1;
    if (repeat_value != MOLT_ARG_MISSING) {
        if (molt_args_ssize(repeat_value, &repeat) < 0) return MOLT_ERROR;
        if (repeat < 0) return molt_raise_format(&molt_type_ValueError, "repeat argument cannot be negative");
    }
    int64_t count = repeat == 0 ? 0 : (int64_t)nargs * repeat;
    MoltValue pools = molt_tuple_new(count);
    for (int64_t i = 0; i < count; i++) {
        MoltValue pool = i < (int64_t)nargs ? molt_tuple_from_iterable(args[i])
                                            : molt_new_reference(molt_tuple_items(pools)[i - (int64_t)nargs]);
        if (pool == MOLT_ERROR) {
            molt_decref(pools);
            return MOLT_ERROR;
        }
        molt_tuple_items(pools)[i] = pool;
    }
    return combinatoric_new(&molt_type_itertools_product, pools, count);
}

/* An odometer: the rightmost index turns fastest. */
static MoltValue product_next(MoltValue self) {
    Combinatoric *walk = molt_as_ptr(self);
    if (walk->stopped) return MOLT_STOP;
    const MoltValue *pools = pool_items(walk);
    if (walk->result == MOLT_UNBOUND) {
        for (int64_t i = 0; i < walk->r; i++)
            if (molt_tuple_length(pools[i]) == 0) return stop(walk);
        return emit(walk, 0, true);
    }
    int64_t i;
    for (i = walk->r - 1; i >= 0; i--) {
        if (++walk->indices[i] < molt_tuple_length(pools[i])) break;
        walk->indices[i] = 0;
    }
    if (i < 0) return stop(walk);
    return emit(walk, i, true);
}

COMBINATORIC_TYPE(molt_type_itertools_product, "product", product_next, product_new);

/* ---- permutations(iterable, r=None) -------------------------------------------------- */

static MoltValue permutations_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"iterable", "r", NULL};
    static const MoltArgSpec spec = {"permutations", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    MoltValue pool = molt_tuple_from_iterable(parsed[0]);
    if (pool == MOLT_ERROR) return MOLT_ERROR;
    int64_t n = molt_tuple_length(pool), r = n;
    if (parsed[1] != MOLT_ARG_MISSING && parsed[1] != MOLT_NONE) {
        if (!molt_is_int(parsed[1])) {
            molt_decref(pool);
            return molt_raise_format(&molt_type_TypeError, "Expected int as r");
        }
        if (molt_args_ssize(parsed[1], &r) < 0) {
            molt_decref(pool);
            return MOLT_ERROR;
        }
    }
    if (r < 0) {
        molt_decref(pool);
        return molt_raise_format(&molt_type_ValueError, "r must be non-negative");
    }
    MoltValue made = combinatoric_new(&molt_type_itertools_permutations, pool, r);
    Combinatoric *walk = molt_as_ptr(made);
    free(walk->indices);
    walk->indices = index_array(n);
    walk->cycles = index_array(r);
    for (int64_t i = 0; i < n; i++) walk->indices[i] = i;
    for (int64_t i = 0; i < r && i < n; i++) walk->cycles[i] = n - i;
    return made;
}

static MoltValue permutations_next(MoltValue self) {
    Combinatoric *walk = molt_as_ptr(self);
    if (walk->stopped) return MOLT_STOP;
    int64_t n = pool_length(walk), r = walk->r, *indices = walk->indices, *cycles = walk->cycles;
    if (walk->result == MOLT_UNBOUND) {
        if (r > n) return stop(walk);
        return emit(walk, 0, false);
    }
    if (n == 0) return stop(walk);
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--cycles[i] == 0) {
            /* indices[i:] = indices[i+1:] + indices[i:i+1] */
            int64_t index = indices[i];
            for (int64_t j = i; j < n - 1; j++) indices[j] = indices[j + 1];
            indices[n - 1] = index;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i], index = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = index;
            return emit(walk, i, false);
        }
    }
    return stop(walk);
}

COMBINATORIC_TYPE(molt_type_itertools_permutations, "permutations", permutations_next, permutations_new);

/* ---- combinations(iterable, r) and combinations_with_replacement(iterable, r) ------------ */

static MoltValue combinations_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    const MoltType *type = molt_as_type(callable);
    static const char *const names[] = {"iterable", "r", NULL};
    MoltArgSpec spec = {type->name, 2, 2, names, 2};
    MoltValue parsed[2];
    int64_t r;
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0 || molt_args_ssize(parsed[1], &r) < 0)
        return MOLT_ERROR;
    MoltValue pool = molt_tuple_from_iterable(parsed[0]);
    if (pool == MOLT_ERROR) return MOLT_ERROR;
    if (r < 0) {
        molt_decref(pool);
        return molt_raise_format(&molt_type_ValueError, "r must be non-negative");
    }
    MoltValue made = combinatoric_new(type, pool, r);
    Combinatoric *walk = molt_as_ptr(made);
    if (type == &molt_type_itertools_combinations)
        for (int64_t i = 0; i < r; i++) walk->indices[i] = i;
    return made;
}

static MoltValue combinations_next(MoltValue self) {
    Combinatoric *walk = molt_as_ptr(self);
    if (walk->stopped) return MOLT_STOP;
    int64_t n = pool_length(walk), r = walk->r, *indices = walk->indices;
    if (walk->result == MOLT_UNBOUND) {
        if (r > n) return stop(walk);
        return emit(walk, 0, false);
    }
    /* The rightmost index not at its maximum (i + n - r) moves up one; those
     * right of it follow as low as the order allows. */
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == i + n - r) i--;
    if (i < 0) return stop(walk);
    indices[i]++;
    for (int64_t j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return emit(walk, i, false);
}

static MoltValue combinations_with_replacement_next(MoltValue self) {
    Combinatoric *walk = molt_as_ptr(self);
    if (walk->stopped) return MOLT_STOP;
    int64_t n = pool_length(walk), r = walk->r, *indices = walk->indices;
    if (walk->result == MOLT_UNBOUND) {
        if (n == 0 && r > 0) return stop(walk);
        return emit(walk, 0, false);
    }
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == n - 1) i--;
    if (i < 0) return stop(walk);
    int64_t index = indices[i] + 1;
    for (int64_t j = i; j < r; j++) indices[j] = index;
    return emit(walk, i, false);
}

COMBINATORIC_TYPE(molt_type_itertools_combinations, "combinations", combinations_next, combinations_new);
COMBINATORIC_TYPE(molt_type_itertools_combinations_with_replacement, "combinations_with_replacement",
                  combinations_with_replacement_next, combinations_new);
