/* The heapq module, with CPython 3.12's algorithms step for step, since the
 * order of comparisons and swaps decides the list a program prints: the sift
 * functions of _heapqmodule.c (heappush heappop heapify heapreplace
 * heappushpop and the max-heap variants heapq.py uses inside), and heapq.py's
 * nsmallest, nlargest and merge, which are Python functions there and are
 * function objects with C code here (merge's result is a lazy iterator named
 * `generator`, as CPython's generator). */
#include <stdio.h>
#include <string.h>

#include "../core/args.h"
#include "../core/gc.h"
#include "heapq.h"
#include "../objects/class_internal.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* ---- sifting (_heapqmodule.c) --------------------------------------------------------- */

/* heap[pos] moves up towards start while it is less than its parent (the
 * max variant: while its parent is less than it). */
static int sift_down(MoltValue heap, int64_t start, int64_t pos, bool max) {
    int64_t size = molt_list_length(heap);
    if (pos >= size) {
        molt_raise_format(&molt_type_IndexError, "index out of range");
        return -1;
    }
    while (pos > start) {
        int64_t parent_pos = (pos - 1) >> 1;
        MoltValue *items = molt_list_items(heap);
        MoltValue item = items[pos], parent = items[parent_pos];
        int less = max ? molt_compare_bool(MOLT_CMP_LT, parent, item) : molt_compare_bool(MOLT_CMP_LT, item, parent);
        if (less < 0) return -1;
        if (size != molt_list_length(heap)) {
            molt_raise_format(&molt_type_RuntimeError, "list changed size during iteration");
            return -1;
        }
        if (less == 0) break;
        items = molt_list_items(heap);
        MoltValue moved = items[parent_pos];
        items[parent_pos] = items[pos];
        items[pos] = moved;
        pos = parent_pos;
    }
    return 0;
}

/* The smaller child (max: the larger) moves up until heap[pos] reaches a
 * leaf, then the item there sifts down to its place. */
static int sift_up(MoltValue heap, int64_t pos, bool max) {
    int64_t end = molt_list_length(heap), start = pos;
    if (pos >= end) {
        molt_raise_format(&molt_type_IndexError, "index out of range");
        return -1;
    }
    int64_t limit = end >> 1;
    while (pos < limit) {
        int64_t child = 2 * pos + 1;
        if (child + 1 < end) {
            MoltValue *items = molt_list_items(heap);
            int less = max ? molt_compare_bool(MOLT_CMP_LT, items[child + 1], items[child])
                           : molt_compare_bool(MOLT_CMP_LT, items[child], items[child + 1]);
            if (less < 0) return -1;
            child += less ^ 1;
            if (end != molt_list_length(heap)) {
                molt_raise_format(&molt_type_RuntimeError, "list changed size during iteration");
                return -1;
            }
        }
        MoltValue *items = molt_list_items(heap);
        MoltValue moved = items[child];
        items[child] = items[pos];
        items[pos] = moved;
        pos = child;
    }
    return sift_down(heap, start, pos, max);
}

/* "heappush() argument 1 must be list, not int" (METH_O: "argument must be"). */
static bool check_heap(MoltValue heap, const char *function, bool only_argument) {
    if (molt_is_list(heap)) return true;
    molt_raise_format(&molt_type_TypeError, "%s() argument %smust be list, not %s", function, only_argument ? "" : "1 ",
                      molt_type_of(heap)->name);
    return false;
}

static int heapify(MoltValue heap, bool max) {
    int64_t n = molt_list_length(heap);
    if (n > 2500) {
        /* CPython's cache-friendly order for big heaps: the same sifts, with
         * each parent sifted as soon as both its children are heaps. */
        int64_t m = n >> 1, top = m + 1, shift = 0;
        while (top > 1) {
            top >>= 1;
            shift++;
        }
        int64_t leftmost = (top << shift) - 1, half = m >> 1;
        for (int pass = 0; pass < 2; pass++) {
            int64_t from = pass == 0 ? leftmost - 1 : m - 1, to = pass == 0 ? half : leftmost;
            for (int64_t i = from; i >= to; i--)
                for (int64_t j = i;; j >>= 1) {
                    if (sift_up(heap, j, max) < 0) return -1;
                    if (!(j & 1)) break;
                }
        }
        return 0;
    }
    for (int64_t i = (n >> 1) - 1; i >= 0; i--)
        if (sift_up(heap, i, max) < 0) return -1;
    return 0;
}

static MoltValue heappop(MoltValue heap, bool max) {
    if (molt_list_length(heap) == 0) return molt_raise_format(&molt_type_IndexError, "index out of range");
    MoltValue last = molt_call_method(heap, "pop", NULL, 0, MOLT_NONE);
    if (last == MOLT_ERROR || molt_list_length(heap) == 0) return last;
    MoltValue *items = molt_list_items(heap);
    MoltValue result = items[0];
    items[0] = last;
    if (sift_up(heap, 0, max) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue heapreplace(MoltValue heap, MoltValue item, bool max) {
    if (molt_list_length(heap) == 0) return molt_raise_format(&molt_type_IndexError, "index out of range");
    MoltValue *items = molt_list_items(heap);
    MoltValue result = items[0];
    items[0] = molt_new_reference(item);
    if (sift_up(heap, 0, max) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

int molt_heapq_push(MoltValue heap, MoltValue item) {
    if (molt_list_append(heap, item) < 0) return -1;
    return sift_down(heap, 0, molt_list_length(heap) - 1, false);
}

MoltValue molt_heapq_pop(MoltValue heap) { return heappop(heap, false); }

static int fastcall(const char *name, size_t nargs, MoltValue kwnames, size_t count) {
    if (molt_args_keyword_count(kwnames)) {
        molt_raise_format(&molt_type_TypeError, "_heapq.%s() takes no keyword arguments", name);
        return -1;
    }
    if (count == 1 && nargs != 1) {
        molt_raise_format(&molt_type_TypeError, "_heapq.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return molt_args_check_count(name, nargs, count, count);
}

static MoltValue heapq_heappush(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (fastcall("heappush", nargs, kwnames, 2) < 0 || !check_heap(args[0], "heappush", false)) return MOLT_ERROR;
    return molt_heapq_push(args[0], args[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

static MoltValue heapq_heappop(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (fastcall("heappop", nargs, kwnames, 1) < 0 || !check_heap(args[0], "heappop", true)) return MOLT_ERROR;
    return molt_heapq_pop(args[0]);
}

static MoltValue heapq_heapify(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (fastcall("heapify", nargs, kwnames, 1) < 0 || !check_heap(args[0], "heapify", true)) return MOLT_ERROR;
    return heapify(args[0], false) < 0 ? MOLT_ERROR : MOLT_NONE;
}

static MoltValue heapq_heapreplace(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (fastcall("heapreplace", nargs, kwnames, 2) < 0 || !check_heap(args[0], "heapreplace", false))
        return MOLT_ERROR;
    return heapreplace(args[0], args[1], false);
}

/* The item itself when it is not greater than the top. */
static MoltValue heapq_heappushpop(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (fastcall("heappushpop", nargs, kwnames, 2) < 0 || !check_heap(args[0], "heappushpop", false))
        return MOLT_ERROR;
    MoltValue heap = args[0], item = args[1];
    if (molt_list_length(heap) == 0) return molt_new_reference(item);
    int less = molt_compare_bool(MOLT_CMP_LT, molt_list_items(heap)[0], item);
    if (less < 0) return MOLT_ERROR;
    if (less == 0) return molt_new_reference(item);
    return heapreplace(heap, item, false);
}

#define MAX_VARIANT(name, call, count)                                                                 \
    static MoltValue heapq_##name(const MoltValue *args, size_t nargs, MoltValue kwnames) {            \
        if (fastcall(#name, nargs, kwnames, count) < 0 || !check_heap(args[0], #name, count == 1))     \
            return MOLT_ERROR;                                                                         \
        return call;                                                                                   \
    }
MAX_VARIANT(_heappop_max, heappop(args[0], true), 1)
MAX_VARIANT(_heapreplace_max, heapreplace(args[0], args[1], true), 2)
MAX_VARIANT(_heapify_max, heapify(args[0], true) < 0 ? MOLT_ERROR : MOLT_NONE, 1)
#undef MAX_VARIANT

/* ---- nsmallest and nlargest (heapq.py) ---------------------------------------------- */

/* A new tuple of owned parts. */
static MoltValue entry(MoltValue first, MoltValue order, MoltValue element) {
    MoltValue parts[3] = {first, order, element};
    return molt_tuple_from_owned(parts, element == MOLT_UNBOUND ? 2 : 3);
}

/* heapq.py's nsmallest (largest false) and nlargest, line for line. */
static MoltValue select_n(MoltValue n, MoltValue iterable, MoltValue key, bool largest) {
    int one = molt_equal(n, molt_from_small_int(1));
    if (one < 0) return MOLT_ERROR;
    if (one) {
        /* min(it, default=sentinel, key=key): [] for an empty iterable. */
        MoltValue sentinel = molt_list_new(0);
        MoltValue call_args[3] = {iterable, sentinel, key};
        MoltValue names[2] = {molt_str_from_utf8("default", 7), molt_str_from_utf8("key", 3)};
        MoltValue kwnames = molt_tuple_from_owned(names, 2);
        MoltValue result = largest ? molt_builtin_max(call_args, 1, kwnames) : molt_builtin_min(call_args, 1, kwnames);
        molt_decref(kwnames);
        MoltValue list = result == MOLT_ERROR ? MOLT_ERROR : molt_list_new(1);
        if (result != MOLT_ERROR && result != sentinel) molt_list_append(list, result);
        molt_decref(result);
        molt_decref(sentinel);
        return list;
    }
    const MoltType *type = molt_type_of(iterable);
    if (type->length && (!molt_is_ptr(iterable) || !molt_type_is_heap(type) ||
                         molt_class_lookup_cstr(type, "__len__") != MOLT_UNBOUND)) {
        int64_t size = type->length(iterable);
        if (size < 0) {
            if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1 &&
                molt_exc_matches(molt_from_type(&molt_type_AttributeError)) != 1)
                return MOLT_ERROR;
            molt_decref(molt_exc_fetch());
        } else {
            MoltValue size_value = molt_int_from_i64(size);
            int enough = molt_compare_bool(MOLT_CMP_GE, n, size_value);
            molt_decref(size_value);
            if (enough < 0) return MOLT_ERROR;
            if (enough) {
                MoltValue sorted = molt_list_from_iterable(iterable);
                if (sorted == MOLT_ERROR || molt_list_sort(sorted, key, largest) < 0) {
                    molt_decref(sorted);
                    return MOLT_ERROR;
                }
                MoltValue bound = molt_slice_new(MOLT_NONE, n, MOLT_NONE);
                MoltValue result = molt_getitem(sorted, bound);
                molt_decref(bound);
                molt_decref(sorted);
                return result;
            }
        }
    }
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    /* zip(range(n), it) (nlargest: range(0, -n, -1)) takes at most n items,
     * the range first; building the range checks n as Python's does. */
    MoltValue negated = largest ? molt_negative(n) : MOLT_UNBOUND;
    MoltValue range = negated == MOLT_ERROR ? MOLT_ERROR
                      : largest ? molt_range_new(molt_from_small_int(0), negated, molt_from_small_int(-1))
                                : molt_range_new(MOLT_NONE, n, MOLT_NONE);
    molt_decref(negated);
    if (range == MOLT_ERROR) {
        molt_decref(iterator);
        return MOLT_ERROR;
    }
    molt_decref(range);
    int64_t count;
    if (!molt_int_to_i64(n, &count)) count = molt_compare_bool(MOLT_CMP_LT, n, molt_from_small_int(0)) == 1 ? 0 : INT64_MAX;
    MoltValue result = molt_list_new(0);
    bool keyed = key != MOLT_NONE;
    for (int64_t i = 0; i < count; i++) {
        MoltValue element = molt_iter_next(iterator);
        if (element == MOLT_STOP) break;
        if (element == MOLT_ERROR) goto fail;
        MoltValue key_value = keyed ? molt_call(key, &element, 1, MOLT_NONE) : element;
        if (key_value == MOLT_ERROR) {
            molt_decref(element);
            goto fail;
        }
        MoltValue item = entry(key_value, molt_int_from_i64(largest ? -i : i), keyed ? element : MOLT_UNBOUND);
        int status = molt_list_append(result, item);
        molt_decref(item);
        if (status < 0) goto fail;
    }
    if (molt_list_length(result) == 0) {
        molt_decref(iterator);
        return result;
    }
    if (heapify(result, !largest) < 0) goto fail;
    int64_t order = largest ? -count : count;
    for (;;) {
        MoltValue element = molt_iter_next(iterator);
        if (element == MOLT_STOP) break;
        if (element == MOLT_ERROR) goto fail;
        MoltValue key_value = keyed ? molt_call(key, &element, 1, MOLT_NONE) : element;
        if (key_value == MOLT_ERROR) {
            molt_decref(element);
            goto fail;
        }
        /* top is result[0][0], read afresh as heapq.py rebinds it after each replacement. */
        MoltValue top = molt_tuple_items(molt_list_items(result)[0])[0];
        int better = largest ? molt_compare_bool(MOLT_CMP_LT, top, key_value)
                             : molt_compare_bool(MOLT_CMP_LT, key_value, top);
        if (better <= 0) {
            molt_decref(key_value);
            if (keyed) molt_decref(element);
            if (better < 0) goto fail;
            continue;
        }
        MoltValue item = entry(key_value, molt_int_from_i64(order), keyed ? element : MOLT_UNBOUND);
        MoltValue replaced = heapreplace(result, item, !largest);
        molt_decref(item);
        if (replaced == MOLT_ERROR) goto fail;
        molt_decref(replaced);
        order += largest ? -1 : 1;
    }
    molt_decref(iterator);
    if (molt_list_sort(result, MOLT_NONE, largest) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    MoltValue *items = molt_list_items(result);
    for (int64_t i = 0; i < molt_list_length(result); i++) {
        MoltValue element = molt_tuple_items(items[i])[keyed ? 2 : 0];
        molt_incref(element);
        molt_decref(items[i]);
        items[i] = element;
    }
    return result;
fail:
    molt_decref(iterator);
    molt_decref(result);
    return MOLT_ERROR;
}

static const char *const select_names[] = {"n", "iterable", "key"};

static MoltValue select_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames, bool largest) {
    MoltValue bound[3];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = select_n(bound[0], bound[1], bound[2], largest);
    for (int i = 0; i < 3; i++) molt_decref(bound[i]);
    return result;
}

static MoltValue nsmallest_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return select_entry(function, args, nargs, kwnames, false);
}

static MoltValue nlargest_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return select_entry(function, args, nargs, kwnames, true);
}

static const MoltCode nsmallest_code = {"nsmallest", "nsmallest", select_names, 3, 0, 0, false, false, nsmallest_entry,
                                        NULL, 0, "heapq"};
static const MoltCode nlargest_code = {"nlargest", "nlargest", select_names, 3, 0, 0, false, false, nlargest_entry,
                                       NULL, 0, "heapq"};

static MoltValue make_nsmallest(void) {
    const MoltValue defaults[3] = {MOLT_UNBOUND, MOLT_UNBOUND, MOLT_NONE};
    return molt_function_new(&nsmallest_code, defaults, NULL, 0);
}

static MoltValue make_nlargest(void) {
    const MoltValue defaults[3] = {MOLT_UNBOUND, MOLT_UNBOUND, MOLT_NONE};
    return molt_function_new(&nlargest_code, defaults, NULL, 0);
}

/* ---- merge(*iterables, key=None, reverse=False) (heapq.py) --------------------------- */

/* heapq.py's generator as a state machine. The heap holds lists
 * [value, order, iterator] (with a key: [key, order, value, iterator]),
 * compared as lists: order (the iterable's position, negated when reverse)
 * settles ties, so iterators are never compared. */
typedef enum { MERGE_START, MERGE_TOP, MERGE_ADVANCE, MERGE_REST, MERGE_DONE } MergeState;

typedef struct Merge {
    MoltObject header;
    MoltValue iterables, key, heap;   /* heap: MOLT_UNBOUND before the start */
    MoltValue rest;                   /* the last iterator, yielded from; MOLT_UNBOUND until then */
    bool reverse;
    MergeState state;
} Merge;

static MoltType merge_type;

static void merge_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Merge *merge = (Merge *)object;
    MoltValue values[] = {merge->iterables, merge->key, merge->heap, merge->rest};
    for (size_t i = 0; i < 4; i++)
        if (values[i] != MOLT_UNBOUND) visit(values[i], context);
}

static void merge_clear(MoltObject *object) {
    Merge *merge = (Merge *)object;
    MoltValue values[] = {merge->iterables, merge->key, merge->heap, merge->rest};
    merge->iterables = merge->key = MOLT_NONE;
    merge->heap = merge->rest = MOLT_UNBOUND;
    for (size_t i = 0; i < 4; i++) molt_decref(values[i]);
}

static void merge_dealloc(MoltObject *object) {
    merge_clear(object);
    molt_gc_free(object);
}

static MoltValue merge_finish(Merge *merge, MoltValue end) {
    merge->state = MERGE_DONE;
    MoltValue heap = merge->heap, rest = merge->rest;
    merge->heap = merge->rest = MOLT_UNBOUND;
    molt_decref(heap);
    molt_decref(rest);
    return end;
}

static int merge_start(Merge *merge) {
    merge->heap = molt_list_new(0);
    bool keyed = merge->key != MOLT_NONE;
    for (int64_t order = 0; order < molt_tuple_length(merge->iterables); order++) {
        MoltValue iterator = molt_iter(molt_tuple_items(merge->iterables)[order]);
        if (iterator == MOLT_ERROR) return -1;
        MoltValue value = molt_iter_next(iterator);
        if (value == MOLT_STOP || value == MOLT_ERROR) {
            molt_decref(iterator);
            if (value == MOLT_ERROR) return -1;
            continue;
        }
        MoltValue key_value = keyed ? molt_call(merge->key, &value, 1, MOLT_NONE) : MOLT_UNBOUND;
        if (key_value == MOLT_ERROR) {
            molt_decref(value);
            molt_decref(iterator);
            return -1;
        }
        MoltValue parts[4] = {keyed ? key_value : value, molt_int_from_i64(merge->reverse ? -order : order),
                              keyed ? value : iterator, iterator};
        MoltValue entry_list = molt_list_from_owned(parts, keyed ? 4 : 3);
        int status = molt_list_append(merge->heap, entry_list);
        molt_decref(entry_list);
        if (status < 0) return -1;
    }
    return heapify(merge->heap, merge->reverse);
}

static MoltValue entry_part(MoltValue entry_list, int64_t index) { return molt_list_items(entry_list)[index]; }

static MoltValue merge_next(MoltValue self) {
    Merge *merge = molt_as_ptr(self);
    bool keyed = merge->key != MOLT_NONE;
    int64_t value_index = keyed ? 2 : 0, iterator_index = keyed ? 3 : 2;
    switch (merge->state) {
    case MERGE_DONE: return MOLT_STOP;
    case MERGE_REST: {
        MoltValue item = molt_iter_next(merge->rest);
        return item == MOLT_STOP || item == MOLT_ERROR ? merge_finish(merge, item) : item;
    }
    case MERGE_START:
        if (merge_start(merge) < 0) return merge_finish(merge, MOLT_ERROR);
        break;
    case MERGE_ADVANCE: {
        /* s[0] = next(); _heapreplace(h, s); on StopIteration _heappop(h). */
        MoltValue top = molt_list_items(merge->heap)[0];
        molt_incref(top);
        MoltValue value = molt_iter_next(entry_part(top, iterator_index));
        int status = value == MOLT_ERROR ? -1 : 0;
        if (value == MOLT_STOP) {
            MoltValue popped = heappop(merge->heap, merge->reverse);
            status = popped == MOLT_ERROR ? -1 : 0;
            molt_decref(popped);
        } else if (value != MOLT_ERROR) {
            MoltValue key_value = keyed ? molt_call(merge->key, &value, 1, MOLT_NONE) : value;
            status = key_value == MOLT_ERROR ? -1 : molt_setitem(top, molt_from_small_int(0), key_value);
            if (status == 0 && keyed) status = molt_setitem(top, molt_from_small_int(2), value);
            if (keyed && key_value != MOLT_ERROR) molt_decref(key_value);
            molt_decref(value);
            MoltValue replaced = status < 0 ? MOLT_ERROR : heapreplace(merge->heap, top, merge->reverse);
            if (replaced == MOLT_ERROR) status = -1;
            molt_decref(replaced);
        }
        molt_decref(top);
        if (status < 0) return merge_finish(merge, MOLT_ERROR);
        break;
    }
    case MERGE_TOP: break;
    }
    int64_t length = molt_list_length(merge->heap);
    if (length == 0) return merge_finish(merge, MOLT_STOP);
    MoltValue top = molt_list_items(merge->heap)[0];
    MoltValue value = entry_part(top, value_index);
    molt_incref(value);
    if (length > 1) {
        merge->state = MERGE_ADVANCE;
    } else {
        /* The last iterator: yield from it. */
        merge->rest = entry_part(top, iterator_index);
        molt_incref(merge->rest);
        merge->state = MERGE_REST;
        MoltValue heap = merge->heap;
        merge->heap = MOLT_UNBOUND;
        molt_decref(heap);
    }
    return value;
}

static MoltValue merge_repr(MoltValue self) {
    char text[64];
    snprintf(text, sizeof text, "<generator object merge at %p>", molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue iterator_self(MoltValue self) { return molt_new_reference(self); }

static MoltType merge_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "generator",
    .base = &molt_type_object,
    .dealloc = merge_dealloc,
    .repr = merge_repr,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = merge_next,
    .traverse = merge_traverse,
    .clear = merge_clear,
};

static const char *const merge_names[] = {"key", "reverse", "iterables"};

static MoltValue merge_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[3];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int reverse = molt_truthy(bound[1]);
    molt_decref(bound[1]);
    if (reverse < 0) {
        molt_decref(bound[0]);
        molt_decref(bound[2]);
        return MOLT_ERROR;
    }
    Merge *merge = molt_gc_allocate(sizeof *merge, &merge_type);
    merge->key = bound[0];
    merge->iterables = bound[2];
    merge->heap = merge->rest = MOLT_UNBOUND;
    merge->reverse = reverse;
    merge->state = MERGE_START;
    return molt_from_ptr(merge);
}

static const MoltCode merge_code = {"merge", "merge", merge_names, 2, 0, 2, true, false, merge_entry, NULL, 0, "heapq"};

static MoltValue make_merge(void) {
    const MoltValue defaults[2] = {MOLT_NONE, MOLT_FALSE};
    return molt_function_new(&merge_code, defaults, NULL, 0);
}

/* ---- the module ------------------------------------------------------------------- */

static const MoltModuleAttribute heapq_attributes[] = {
    {"nsmallest", make_nsmallest},
    {"nlargest", make_nlargest},
    {"merge", make_merge},
};

static struct MoltBuiltinFunctionObject heapq_functions[] = {
    MOLT_MODULE_FUNCTION("heappush", heapq_heappush),
    MOLT_MODULE_FUNCTION("heappop", heapq_heappop),
    MOLT_MODULE_FUNCTION("heapify", heapq_heapify),
    MOLT_MODULE_FUNCTION("heapreplace", heapq_heapreplace),
    MOLT_MODULE_FUNCTION("heappushpop", heapq_heappushpop),
    MOLT_MODULE_FUNCTION("_heappop_max", heapq__heappop_max),
    MOLT_MODULE_FUNCTION("_heapreplace_max", heapq__heapreplace_max),
    MOLT_MODULE_FUNCTION("_heapify_max", heapq__heapify_max),
};

struct MoltModule molt_module_heapq = MOLT_MODULE("heapq", heapq_functions, heapq_attributes);
