/* functools.lru_cache and functools.cache: the _lru_cache_wrapper type of
 * CPython's _functools, step for step (the same keys, the same hit/miss
 * counts, the same eviction order), and CacheInfo, the named tuple that
 * cache_info() returns. A bounded cache keeps its entries in a doubly linked
 * list of nodes, oldest first; its dict maps each key to its node's index. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "functools.h"

/* ---- CacheInfo(hits, misses, maxsize, currsize) --------------------------------- */

typedef struct CacheInfo {
    MoltObject header;
    MoltValue fields;   /* the tuple of the four values */
} CacheInfo;

static const char *const cache_info_names[] = {"hits", "misses", "maxsize", "currsize"};

static MoltValue fields_of(MoltValue info) { return ((CacheInfo *)molt_as_ptr(info))->fields; }

static void cache_info_dealloc(MoltObject *object) {
    molt_decref(((CacheInfo *)object)->fields);
    free(object);
}

static MoltValue cache_info_repr(MoltValue self) {
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "CacheInfo(");
    for (int i = 0; i < 4; i++) {
        if (i) molt_buffer_append_cstr(&text, ", ");
        molt_buffer_append_cstr(&text, cache_info_names[i]);
        molt_buffer_append_cstr(&text, "=");
        molt_buffer_append_repr(&text, molt_tuple_items(fields_of(self))[i]);   /* ints and None: cannot fail */
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

extern MoltType molt_type_CacheInfo;

/* A CacheInfo is a tuple to everything but its repr and its field names. */
static MoltValue as_tuple(MoltValue v) { return molt_type_of(v) == &molt_type_CacheInfo ? fields_of(v) : v; }

static int64_t cache_info_hash(MoltValue self) { return molt_hash(fields_of(self)); }
static int64_t cache_info_length(MoltValue self) { (void)self; return 4; }
static MoltValue cache_info_getitem(MoltValue self, MoltValue key) { return molt_getitem(fields_of(self), key); }
static MoltValue cache_info_iter(MoltValue self) { return molt_iter(fields_of(self)); }
static int cache_info_contains(MoltValue self, MoltValue item) { return molt_contains(fields_of(self), item); }
static MoltValue cache_info_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    MoltValue left = as_tuple(a), right = as_tuple(b);
    if (!molt_is_tuple(left) || !molt_is_tuple(right)) return MOLT_NOT_IMPLEMENTED;
    return molt_compare(op, left, right);
}

static MoltValue cache_info_getattr(MoltValue self, const char *name) {
    for (int i = 0; i < 4; i++)
        if (strcmp(name, cache_info_names[i]) == 0) return molt_new_reference(molt_tuple_items(fields_of(self))[i]);
    if (strcmp(name, "_fields") == 0) {
        MoltValue names[4];
        for (int i = 0; i < 4; i++) names[i] = molt_str_from_utf8(cache_info_names[i], strlen(cache_info_names[i]));
        return molt_tuple_from_owned(names, 4);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_CacheInfo = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "CacheInfo",
    .module_name = "functools",
    .base = &molt_type_object,
    .dealloc = cache_info_dealloc,
    .repr = cache_info_repr,
    .hash = cache_info_hash,
    .richcompare = cache_info_richcompare,
    .length = cache_info_length,
    .getitem = cache_info_getitem,
    .contains = cache_info_contains,
    .iter = cache_info_iter,
    .getattr = cache_info_getattr,
};

static MoltValue cache_info_new(int64_t hits, int64_t misses, MoltValue maxsize, int64_t currsize) {
    CacheInfo *info = malloc(sizeof *info);
    if (!info) abort();
    info->header = (MoltObject){1, &molt_type_CacheInfo};
    MoltValue fields[4] = {molt_int_from_i64(hits), molt_int_from_i64(misses), molt_new_reference(maxsize),
                           molt_int_from_i64(currsize)};
    info->fields = molt_tuple_from_owned(fields, 4);
    return molt_from_ptr(info);
}

/* ---- the wrapper ----------------------------------------------------------------- */

typedef struct LruNode {
    MoltValue key, result;
    int64_t older, newer;   /* indices, -1 at the ends */
} LruNode;

typedef struct LruCache {
    MoltObject header;
    MoltValue function;
    MoltValue cache;          /* key -> result (unbounded), key -> node index (bounded) */
    MoltValue dict;           /* __dict__ (update_wrapper's attributes), MOLT_UNBOUND until needed */
    MoltValue maxsize_value;  /* as cache_parameters() reports it: an int or None */
    MoltValue typed_value;
    int64_t maxsize;          /* -1: unbounded; 0: nothing is cached */
    bool typed;
    int64_t hits, misses;
    LruNode *nodes;
    int64_t node_count, node_capacity;
    int64_t oldest, newest;
} LruCache;

extern MoltType molt_type_lru_cache_wrapper;

/* Separates positional arguments from keyword ones in a key: an object equal only to itself. */
static MoltObject keyword_mark = {MOLT_IMMORTAL_REFCOUNT, &molt_type_object};

/* _functools' lru_cache_make_key: a lone int or str argument is its own key;
 * otherwise the arguments, the mark and the keyword pairs, then (typed) the
 * type of every value. */
static MoltValue make_key(const LruCache *lru, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    size_t keywords = molt_args_keyword_count(kwnames);
    if (!lru->typed && keywords == 0) {
        if (nargs == 1) {
            const MoltType *type = molt_type_of(args[0]);
            if (type == &molt_type_int || type == &molt_type_str) return molt_new_reference(args[0]);
        }
        return molt_tuple_from_borrowed(args, nargs);
    }
    size_t size = nargs + (keywords ? 2 * keywords + 1 : 0) + (lru->typed ? nargs + keywords : 0);
    MoltValue key = molt_tuple_new((int64_t)size);
    MoltValue *items = molt_tuple_items(key);
    size_t at = 0;
    for (size_t i = 0; i < nargs; i++) items[at++] = molt_new_reference(args[i]);
    if (keywords) {
        items[at++] = molt_from_ptr(&keyword_mark);
        for (size_t k = 0; k < keywords; k++) {
            items[at++] = molt_new_reference(molt_tuple_items(kwnames)[k]);
            items[at++] = molt_new_reference(args[nargs + k]);
        }
    }
    if (lru->typed) {
        for (size_t i = 0; i < nargs + keywords; i++) {
            items[at++] = molt_new_reference(molt_from_type(molt_type_of(args[i])));
        }
    }
    return key;
}

static void unlink_node(LruCache *lru, int64_t index) {
    LruNode *node = &lru->nodes[index];
    if (node->older >= 0) lru->nodes[node->older].newer = node->newer;
    else lru->oldest = node->newer;
    if (node->newer >= 0) lru->nodes[node->newer].older = node->older;
    else lru->newest = node->older;
}

static void append_node(LruCache *lru, int64_t index) {
    LruNode *node = &lru->nodes[index];
    node->older = lru->newest;
    node->newer = -1;
    if (lru->newest >= 0) lru->nodes[lru->newest].newer = index;
    else lru->oldest = index;
    lru->newest = index;
}

static MoltValue call_function(LruCache *lru, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return molt_call(lru->function, args, nargs, kwnames);
}

static MoltValue unbounded_call(LruCache *lru, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue key = make_key(lru, args, nargs, kwnames);
    MoltValue found = molt_dict_lookup(lru->cache, key);
    if (found == MOLT_ERROR) goto fail;
    if (found != MOLT_STOP) {
        lru->hits++;
        molt_decref(key);
        return molt_new_reference(found);
    }
    lru->misses++;
    MoltValue result = call_function(lru, args, nargs, kwnames);
    if (result == MOLT_ERROR) goto fail;
    if (molt_dict_setitem(lru->cache, key, result) < 0) {
        molt_decref(result);
        goto fail;
    }
    molt_decref(key);
    return result;
fail:
    molt_decref(key);
    return MOLT_ERROR;
}

static MoltValue bounded_call(LruCache *lru, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue key = make_key(lru, args, nargs, kwnames);
    MoltValue found = molt_dict_lookup(lru->cache, key);
    if (found == MOLT_ERROR) goto fail;
    if (found != MOLT_STOP) {
        int64_t index = molt_small_int_value(found);
        unlink_node(lru, index);
        append_node(lru, index);
        lru->hits++;
        molt_decref(key);
        return molt_new_reference(lru->nodes[index].result);
    }
    lru->misses++;
    MoltValue result = call_function(lru, args, nargs, kwnames);
    if (result == MOLT_ERROR) goto fail;
    /* The call may have cached this key itself (recursion), or cleared the cache. */
    found = molt_dict_lookup(lru->cache, key);
    if (found != MOLT_STOP) {
        molt_decref(key);
        if (found == MOLT_ERROR) {
            molt_decref(result);
            return MOLT_ERROR;
        }
        return result;
    }
    int64_t index;
    MoltValue old_key = MOLT_UNBOUND, old_result = MOLT_UNBOUND;
    if (molt_dict_length(lru->cache) < lru->maxsize || lru->oldest < 0) {
        if (lru->node_count == lru->node_capacity) {
            int64_t capacity = lru->node_capacity ? lru->node_capacity * 2 : 8;
            LruNode *grown = realloc(lru->nodes, (size_t)capacity * sizeof *grown);
            if (!grown) abort();
            lru->nodes = grown;
            lru->node_capacity = capacity;
        }
        index = lru->node_count++;
    } else {
        /* Full: the oldest entry makes room. */
        index = lru->oldest;
        unlink_node(lru, index);
        old_key = lru->nodes[index].key;
        old_result = lru->nodes[index].result;
        if (molt_delitem(lru->cache, old_key) < 0) {
            append_node(lru, index);   /* as CPython: the entry stays */
            molt_decref(result);
            goto fail;
        }
    }
    lru->nodes[index].key = molt_new_reference(key);
    lru->nodes[index].result = molt_new_reference(result);
    int status = molt_dict_setitem(lru->cache, key, molt_from_small_int(index));
    append_node(lru, index);
    if (old_key != MOLT_UNBOUND) {
        molt_decref(old_key);
        molt_decref(old_result);
    }
    molt_decref(key);
    if (status < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
fail:
    molt_decref(key);
    return MOLT_ERROR;
}

static MoltValue lru_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_is_type(callable))
        return molt_raise_format(&molt_type_NotImplementedError, "Molt cannot make '_lru_cache_wrapper' objects directly");
    LruCache *lru = molt_as_ptr(callable);
    molt_incref(callable);   /* the function may drop the last other reference to its wrapper */
    MoltValue result;
    if (lru->maxsize == 0) {
        lru->misses++;
        result = call_function(lru, args, nargs, kwnames);
    } else {
        result = lru->maxsize < 0 ? unbounded_call(lru, args, nargs, kwnames) : bounded_call(lru, args, nargs, kwnames);
    }
    molt_decref(callable);
    return result;
}

/* Empties the cache (entries are released after the structure is consistent). */
static void lru_clear_entries(LruCache *lru) {
    int64_t count = lru->node_count;
    LruNode *nodes = lru->nodes;
    lru->nodes = NULL;
    lru->node_count = lru->node_capacity = 0;
    lru->oldest = lru->newest = -1;
    MoltValue cache = lru->cache;
    lru->cache = molt_dict_new();
    molt_decref(cache);
    for (int64_t i = 0; i < count; i++) {
        molt_decref(nodes[i].key);
        molt_decref(nodes[i].result);
    }
    free(nodes);
}

static void lru_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    LruCache *lru = (LruCache *)object;
    visit(lru->function, context);
    visit(lru->cache, context);
    visit(lru->maxsize_value, context);
    visit(lru->typed_value, context);
    if (lru->dict != MOLT_UNBOUND) visit(lru->dict, context);
    for (int64_t i = 0; i < lru->node_count; i++) {
        visit(lru->nodes[i].key, context);
        visit(lru->nodes[i].result, context);
    }
}

static void lru_clear(MoltObject *object) {
    LruCache *lru = (LruCache *)object;
    lru_clear_entries(lru);
    MoltValue values[] = {lru->function, lru->dict};
    lru->function = MOLT_NONE;
    lru->dict = MOLT_UNBOUND;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (values[i] != MOLT_UNBOUND) molt_decref(values[i]);
}

static void lru_dealloc(MoltObject *object) {
    LruCache *lru = (LruCache *)object;
    lru_clear(object);
    molt_decref(lru->cache);
    molt_decref(lru->maxsize_value);
    molt_decref(lru->typed_value);
    molt_gc_free(object);
}

static const char *const lru_method_names[] = {"cache_info", "cache_clear", "cache_parameters", NULL};

static MoltValue lru_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    LruCache *lru = molt_as_ptr(self);
    (void)args;
    if (strcmp(name, "cache_info") == 0) {
        if (molt_args_none("_lru_cache_wrapper", "cache_info", nargs, kwnames) < 0) return MOLT_ERROR;
        return cache_info_new(lru->hits, lru->misses, lru->maxsize < 0 ? MOLT_NONE : molt_int_from_i64(lru->maxsize),
                              molt_dict_length(lru->cache));
    }
    if (strcmp(name, "cache_clear") == 0) {
        if (molt_args_none("_lru_cache_wrapper", "cache_clear", nargs, kwnames) < 0) return MOLT_ERROR;
        lru->hits = lru->misses = 0;
        lru_clear_entries(lru);
        return MOLT_NONE;
    }
    if (strcmp(name, "cache_parameters") == 0) {
        if (nargs || molt_args_keyword_count(kwnames))
            return molt_raise_format(&molt_type_TypeError, "lru_cache.<locals>.decorating_function.<locals>.<lambda>() "
                                                           "takes 0 positional arguments but %zu were given", nargs);
        MoltValue parameters = molt_dict_new();
        if (molt_dict_setitem(parameters, molt_class_name_str("maxsize"), lru->maxsize_value) < 0 ||
            molt_dict_setitem(parameters, molt_class_name_str("typed"), lru->typed_value) < 0) {
            molt_decref(parameters);
            return MOLT_ERROR;
        }
        return parameters;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue lru_getattr(MoltValue self, const char *name) {
    return molt_functools_dict_getattr(&((LruCache *)molt_as_ptr(self))->dict, name);
}

static int lru_setattr(MoltValue self, const char *name, MoltValue value) {
    return molt_functools_dict_setattr(self, &((LruCache *)molt_as_ptr(self))->dict, name, value);
}

/* A method decorated with lru_cache binds to its instance, as a function does. */
static MoltValue lru_descriptor_get(MoltValue self, MoltValue instance, const MoltType *owner) {
    (void)owner;
    if (instance == MOLT_NONE) return molt_new_reference(self);
    return molt_method_new(self, instance);
}

MoltType molt_type_lru_cache_wrapper = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "functools._lru_cache_wrapper",
    .module_name = "functools",
    .base = &molt_type_object,
    .dealloc = lru_dealloc,
    .hash = molt_object_hash_identity,
    .call = lru_call,
    .call_method = lru_call_method,
    .getattr = lru_getattr,
    .method_names = lru_method_names,
    .instances_are_callable = true,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .setattr = lru_setattr,
    .descriptor_get = lru_descriptor_get,
};

/* _lru_cache_wrapper(user_function, maxsize, typed), then update_wrapper. */
static MoltValue wrap(MoltValue function, MoltValue maxsize, MoltValue typed) {
    if (!molt_is_callable(function))
        return molt_raise_format(&molt_type_TypeError, "the first argument must be callable");
    int truth = molt_truthy(typed);
    if (truth < 0) return MOLT_ERROR;
    int64_t limit = -1;
    if (molt_is_bool(maxsize)) {
        limit = molt_bool_value(maxsize);
    } else if (maxsize != MOLT_NONE) {
        if (!molt_int_to_i64(maxsize, &limit)) limit = INT64_MAX;   /* beyond any cache's size */
        if (limit < 0) limit = 0;
    }
    LruCache *lru = molt_gc_allocate(sizeof *lru, &molt_type_lru_cache_wrapper);
    lru->function = molt_new_reference(function);
    lru->cache = molt_dict_new();
    lru->dict = MOLT_UNBOUND;
    lru->maxsize_value = molt_new_reference(maxsize);
    lru->typed_value = molt_new_reference(typed);
    lru->maxsize = limit;
    lru->typed = truth;
    lru->hits = lru->misses = 0;
    lru->nodes = NULL;
    lru->node_count = lru->node_capacity = 0;
    lru->oldest = lru->newest = -1;
    MoltValue wrapper = molt_from_ptr(lru);
    if (molt_functools_update_wrapper(wrapper, function, MOLT_UNBOUND, MOLT_UNBOUND) < 0) {
        molt_decref(wrapper);
        return MOLT_ERROR;
    }
    return wrapper;
}

/* lru_cache(maxsize=N) returns decorating_function, a closure over (maxsize, typed). */
static MoltValue decorating_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue user_function;
    if (molt_function_bind(function, args, nargs, kwnames, &user_function) < 0) return MOLT_ERROR;
    MoltValue parameters = ((MoltCell *)molt_as_ptr(molt_function_cell(function, 0)))->contents;
    MoltValue result = wrap(user_function, molt_tuple_items(parameters)[0], molt_tuple_items(parameters)[1]);
    molt_decref(user_function);
    return result;
}

static const char *const decorating_names[] = {"user_function"};
static const MoltCode decorating_code = {"decorating_function", "lru_cache.<locals>.decorating_function",
                                         decorating_names, 1, 0, 0, false, false, decorating_entry, NULL, 0, "functools"};

static MoltValue decorating_function(MoltValue maxsize, MoltValue typed) {
    MoltValue parameters = molt_tuple_pair(maxsize, typed);
    MoltValue cell = molt_cell_new(parameters);
    molt_decref(parameters);
    MoltValue function = molt_function_new(&decorating_code, NULL, &cell, 1);
    molt_decref(cell);
    return function;
}

MoltValue molt_functools_lru_cache(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"maxsize", "typed", NULL};
    static const MoltArgSpec spec = {"lru_cache", 0, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue maxsize = parsed[0] == MOLT_ARG_MISSING ? molt_from_small_int(128) : parsed[0];
    MoltValue typed = parsed[1] == MOLT_ARG_MISSING ? MOLT_FALSE : parsed[1];
    if (molt_is_int(maxsize)) {
        int64_t value;
        if (!molt_is_bool(maxsize) && molt_int_to_i64(maxsize, &value) && value < 0) maxsize = molt_from_small_int(0);
        return decorating_function(maxsize, typed);
    }
    if (molt_is_callable(maxsize) && molt_is_bool(typed))
        return wrap(maxsize, molt_from_small_int(128), typed);
    if (maxsize != MOLT_NONE)
        return molt_raise_format(&molt_type_TypeError, "Expected first argument to be an integer, a callable, or None");
    return decorating_function(maxsize, typed);
}

MoltValue molt_functools_cache(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("cache", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0)
        return molt_raise_format(&molt_type_TypeError, "cache() missing 1 required positional argument: 'user_function'");
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError, "cache() takes 1 positional argument but %zu were given", nargs);
    return wrap(args[0], MOLT_NONE, MOLT_FALSE);
}
