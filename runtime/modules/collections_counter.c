/* collections.Counter: a dict of counts whose missing keys count 0. CPython
 * writes it in Python (Lib/collections/__init__.py); each function here
 * follows that code step for step (the same operations on the counts, in
 * the same order), so results, orders and errors match. */
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/slice.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "collections_internal.h"

static bool is_counter(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_type_of(v), &molt_type_Counter);
}

static MoltValue counter_new(void) { return molt_dict_new_subtype(&molt_type_Counter, sizeof(MoltDict)); }

static MoltValue zero(void) { return molt_from_small_int(0); }

/* self[elem], 0 when missing (__missing__); a new reference. */
static MoltValue count_of(MoltValue self, MoltValue element) {
    MoltValue count = molt_dict_lookup(self, element);
    if (count == MOLT_ERROR) return MOLT_ERROR;
    if (count == MOLT_STOP) return zero();
    molt_incref(count);
    return count;
}

static MoltValue counter_getitem(MoltValue self, MoltValue key) {
    /* A Counter subclass's own __missing__ does not exist in Molt: 0. */
    return count_of(self, key);
}

/* del c[elem] does nothing when elem is missing. */
static int counter_delitem(MoltValue self, MoltValue key) {
    MoltValue count = molt_dict_lookup(self, key);
    if (count == MOLT_ERROR) return -1;
    return count == MOLT_STOP ? 0 : molt_dict_delitem(self, key);
}

/* self[elem] = left op right, where one side is self.get(elem, 0). */
static int store_combined(MoltValue self, MoltValue element, MoltBinaryOp op, MoltValue left, MoltValue right) {
    MoltValue combined = molt_binary_op(op, left, right);
    if (combined == MOLT_ERROR) return -1;
    int status = molt_setitem(self, element, combined);
    molt_decref(combined);
    return status;
}

/* For each (elem, count) of mapping.items(): `step`. The items are read from
 * an items iterator, as CPython's for loop over iterable.items(). */
typedef int (*ItemStep)(MoltValue self, MoltValue element, MoltValue count, void *context);

static int for_each_item(MoltValue mapping, MoltValue self, ItemStep step, void *context) {
    MoltValue items = molt_call_method(mapping, "items", NULL, 0, MOLT_NONE);
    if (items == MOLT_ERROR) return -1;
    MoltValue iterator = molt_iter(items);
    molt_decref(items);
    if (iterator == MOLT_ERROR) return -1;
    int status = 0;
    while (status == 0) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) {
            status = -1;
            break;
        }
        MoltValue pair[2];
        status = molt_unpack(item, pair, 2);
        molt_decref(item);
        if (status < 0) break;
        status = step(self, pair[0], pair[1], context);
        molt_decref(pair[0]);
        molt_decref(pair[1]);
    }
    molt_decref(iterator);
    return status;
}

/* ---- update and subtract ---- */

/* self[elem] = count + self.get(elem, 0) (update) or self.get(elem, 0) - count (subtract). */
static int add_mapped(MoltValue self, MoltValue element, MoltValue count, void *context) {
    bool subtract = *(bool *)context;
    MoltValue mine = count_of(self, element);
    if (mine == MOLT_ERROR) return -1;
    int status = subtract ? store_combined(self, element, MOLT_OP_SUB, mine, count)
                          : store_combined(self, element, MOLT_OP_ADD, count, mine);
    molt_decref(mine);
    return status;
}

/* self[elem] = self.get(elem, 0) + 1 (or - 1) for each elem of an iterable. */
static int count_elements(MoltValue self, MoltValue iterable, bool subtract) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    int status = 0;
    while (status == 0) {
        MoltValue element = molt_iter_next(iterator);
        if (element == MOLT_STOP) break;
        if (element == MOLT_ERROR) {
            status = -1;
            break;
        }
        MoltValue mine = count_of(self, element);
        status = mine == MOLT_ERROR ? -1
                                    : store_combined(self, element, subtract ? MOLT_OP_SUB : MOLT_OP_ADD, mine,
                                                     molt_from_small_int(1));
        if (mine != MOLT_ERROR) molt_decref(mine);
        molt_decref(element);
    }
    molt_decref(iterator);
    return status;
}

/* update(iterable=None, /, **kwds) and subtract(...): a mapping (a dict, as
 * Molt has no other Mapping) adds its counts, any other iterable counts its
 * elements; then the keywords, as a mapping. */
static int counter_add_from(MoltValue self, const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                            bool subtract) {
    if (nargs > 1) {
        molt_raise_format(&molt_type_TypeError, "Counter.%s() takes from 1 to 2 positional arguments but %zu were given",
                          name, nargs + 1);
        return -1;
    }
    MoltValue iterable = nargs == 1 ? args[0] : MOLT_NONE;
    if (iterable != MOLT_NONE) {
        int status;
        if (!molt_is_dict_or_subtype(iterable)) status = count_elements(self, iterable, subtract);
        else if (!subtract && molt_dict_length(self) == 0) status = molt_dict_update(self, iterable);
        else status = for_each_item(iterable, self, add_mapped, &subtract);
        if (status < 0) return -1;
    }
    size_t keyword_count = molt_args_keyword_count(kwnames);
    if (keyword_count == 0) return 0;
    MoltValue keywords = molt_dict_new();
    int status = 0;
    for (size_t k = 0; status == 0 && k < keyword_count; k++)
        status = molt_dict_setitem(keywords, molt_tuple_items(kwnames)[k], args[nargs + k]);
    if (status == 0) status = counter_add_from(self, name, &keywords, 1, MOLT_NONE, subtract);
    molt_decref(keywords);
    return status;
}

/* Counter(iterable=None, /, **kwds). */
static MoltValue counter_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    if (nargs > 1)
        return molt_raise_format(&molt_type_TypeError,
                                 "Counter.__init__() takes from 1 to 2 positional arguments but %zu were given",
                                 nargs + 1);
    MoltValue self = counter_new();
    if (counter_add_from(self, "update", args, nargs, kwnames, false) < 0) {
        molt_decref(self);
        return MOLT_ERROR;
    }
    return self;
}

/* ---- most_common, elements, total ---- */

/* itemgetter(1), the sort key of most_common. */
static MoltValue second_item(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)nargs;
    (void)kwnames;
    MoltValue count = molt_tuple_items(args[0])[1];
    molt_incref(count);
    return count;
}

static struct MoltBuiltinFunctionObject second_item_function = MOLT_MODULE_FUNCTION("itemgetter", second_item);

/* sorted(self.items(), key=itemgetter(1), reverse=True): stable, so equal
 * counts keep insertion order. */
static MoltValue items_by_count(MoltValue self) {
    MoltValue list = molt_list_new(molt_dict_length(self));
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(self, &position, &key, &value)) {
        MoltValue pair = molt_tuple_pair(key, value);
        molt_list_append(list, pair);
        molt_decref(pair);
    }
    if (molt_list_sort(list, molt_from_ptr(&second_item_function), true) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

/* most_common(n=None): heapq.nlargest(n, ...) is the sorted list's first n
 * (its n == 1 case, max(), picks the same first largest), [] for n <= 0; n is
 * compared as nlargest compares it. */
static MoltValue counter_most_common(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"n", NULL};
    static const MoltArgSpec spec = {"most_common", 0, 1, names, 1};
    MoltValue n;
    if (molt_args_parse(&spec, args, nargs, kwnames, &n) < 0) return MOLT_ERROR;
    if (n == MOLT_ARG_MISSING || n == MOLT_NONE) return items_by_count(self);
    int64_t wanted;
    int is_one = molt_compare_bool(MOLT_CMP_EQ, n, molt_from_small_int(1));
    if (is_one < 0) return MOLT_ERROR;
    if (is_one) {
        wanted = 1;
    } else {
        MoltValue size = molt_from_small_int(molt_dict_length(self));
        int all = molt_compare_bool(MOLT_CMP_GE, n, size);
        if (all < 0) return MOLT_ERROR;
        int found = molt_index_from_value(n, &wanted);
        if (found < 0) return MOLT_ERROR;
        if (found == 0) {
            if (all)
                return molt_raise_format(&molt_type_TypeError,
                                         "slice indices must be integers or None or have an __index__ method");
            return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                     molt_type_of(n)->name);
        }
    }
    MoltValue sorted = items_by_count(self);
    if (sorted == MOLT_ERROR) return MOLT_ERROR;
    MoltList *list = molt_list_object(sorted);
    if (wanted < 0) wanted = 0;
    while (list->length > wanted) molt_decref(list->items[--list->length]);
    return sorted;
}

/* elements(): chain.from_iterable(starmap(repeat, self.items())), lazily:
 * each element repeated count times (a count below 1 gives none). */
typedef struct Elements {
    MoltObject header;
    MoltValue items;      /* the items iterator; MOLT_NONE once exhausted */
    MoltValue element;    /* being repeated; MOLT_NONE between items */
    int64_t remaining;
} Elements;

static MoltType elements_type;

static void elements_traverse(MoltObject *self, MoltVisitFunction visit, void *context) {
    Elements *elements = (Elements *)self;
    visit(elements->items, context);
    visit(elements->element, context);
}

static void elements_clear(MoltObject *self) {
    Elements *elements = (Elements *)self;
    MoltValue items = elements->items, element = elements->element;
    elements->items = elements->element = MOLT_NONE;
    molt_decref(items);
    molt_decref(element);
}

static void elements_dealloc(MoltObject *self) {
    elements_clear(self);
    molt_gc_free(self);
}

static MoltValue elements_next(MoltValue self) {
    Elements *elements = molt_as_ptr(self);
    while (elements->remaining <= 0) {
        if (elements->items == MOLT_NONE) return MOLT_STOP;
        MoltValue item = molt_iter_next(elements->items);
        if (item == MOLT_ERROR) return MOLT_ERROR;
        if (item == MOLT_STOP) {
            elements_clear(&elements->header);
            return MOLT_STOP;
        }
        MoltValue pair[2];
        int status = molt_unpack(item, pair, 2);
        molt_decref(item);
        if (status < 0) return MOLT_ERROR;
        int found = molt_index_from_value(pair[1], &elements->remaining);
        if (found == 0) {
            molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                              molt_type_of(pair[1])->name);
        } else if (found < 0) {
            molt_decref(molt_exc_fetch());
            molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        molt_decref(pair[1]);
        if (found <= 0) {
            elements->remaining = 0;
            molt_decref(pair[0]);
            return MOLT_ERROR;
        }
        MoltValue old = elements->element;
        elements->element = pair[0];
        molt_decref(old);
    }
    elements->remaining--;
    molt_incref(elements->element);
    return elements->element;
}

static MoltValue iterator_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltType elements_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "itertools.chain",
    .module_name = "itertools",
    .base = &molt_type_object,
    .dealloc = elements_dealloc,
    .repr = molt_object_repr_default,
    .hash = molt_object_hash_identity,
    .iter = iterator_self,
    .iternext = elements_next,
    .traverse = elements_traverse,
    .clear = elements_clear,
};

static MoltValue counter_elements(MoltValue self) {
    MoltValue items = molt_call_method(self, "items", NULL, 0, MOLT_NONE);
    if (items == MOLT_ERROR) return MOLT_ERROR;
    MoltValue iterator = molt_iter(items);
    molt_decref(items);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    Elements *elements = molt_gc_allocate(sizeof *elements, &elements_type);
    elements->items = iterator;
    elements->element = MOLT_NONE;
    elements->remaining = 0;
    return molt_from_ptr(elements);
}

/* total(): sum(self.values()), with sum's own float summation. */
static MoltValue counter_total(MoltValue self) {
    MoltValue values = molt_call_method(self, "values", NULL, 0, MOLT_NONE);
    if (values == MOLT_ERROR) return MOLT_ERROR;
    MoltValue total = molt_builtin_sum(&values, 1, MOLT_NONE);
    molt_decref(values);
    return total;
}

/* ---- repr ---- */

/* Counter({'a': 2, 'b': 1}) in most_common order, or in insertion order when
 * the counts do not sort (a TypeError); Counter() when empty. */
static MoltValue counter_repr(MoltValue self) {
    if (molt_dict_length(self) == 0) return molt_str_from_utf8("Counter()", 9);
    MoltValue contents;
    MoltValue pairs = items_by_count(self);
    if (pairs != MOLT_ERROR) {
        contents = molt_call(molt_from_type(&molt_type_dict), &pairs, 1, MOLT_NONE);
        molt_decref(pairs);
    } else {
        if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) return MOLT_ERROR;
        molt_decref(molt_exc_fetch());
        contents = molt_dict_copy(self);
    }
    if (contents == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "Counter(");
    int status = molt_buffer_append_repr(&text, contents);
    molt_decref(contents);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

/* ---- comparisons (3.10+: missing counts are zero) ---- */

/* all(self[e] op other[e] for c in (self, other) for e in c): 1, 0, -1. */
static int all_counts(MoltValue self, MoltValue other, MoltCompareOp op) {
    MoltValue sides[2] = {self, other};
    for (int side = 0; side < 2; side++) {
        MoltValue keys = molt_iter(sides[side]);
        if (keys == MOLT_ERROR) return -1;
        int result = 1;
        while (result == 1) {
            MoltValue element = molt_iter_next(keys);
            if (element == MOLT_STOP) break;
            if (element == MOLT_ERROR) {
                result = -1;
                break;
            }
            MoltValue mine = count_of(self, element);
            MoltValue theirs = mine == MOLT_ERROR ? MOLT_ERROR : molt_getitem(other, element);
            result = theirs == MOLT_ERROR ? -1 : molt_compare_bool(op, mine, theirs);
            if (mine != MOLT_ERROR) molt_decref(mine);
            if (theirs != MOLT_ERROR) molt_decref(theirs);
            molt_decref(element);
        }
        molt_decref(keys);
        if (result != 1) return result;
    }
    return 1;
}

static MoltValue counter_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!is_counter(a) || !is_counter(b)) return MOLT_NOT_IMPLEMENTED;
    int result;
    switch (op) {
    case MOLT_CMP_EQ: result = all_counts(a, b, MOLT_CMP_EQ); break;
    case MOLT_CMP_NE:
        result = all_counts(a, b, MOLT_CMP_EQ);
        if (result >= 0) result = !result;
        break;
    case MOLT_CMP_LE: result = all_counts(a, b, MOLT_CMP_LE); break;
    case MOLT_CMP_GE: result = all_counts(a, b, MOLT_CMP_GE); break;
    case MOLT_CMP_LT:
    case MOLT_CMP_GT:
        /* self <= other and self != other */
        result = all_counts(a, b, op == MOLT_CMP_LT ? MOLT_CMP_LE : MOLT_CMP_GE);
        if (result == 1) {
            result = all_counts(a, b, MOLT_CMP_EQ);
            if (result >= 0) result = !result;
        }
        break;
    default: return MOLT_NOT_IMPLEMENTED;
    }
    return result < 0 ? MOLT_ERROR : molt_from_bool(result);
}

/* ---- multiset operations ---- */

/* result[elem] = count when count > 0. */
static int keep_if_positive(MoltValue result, MoltValue element, MoltValue count) {
    int positive = molt_compare_bool(MOLT_CMP_GT, count, zero());
    if (positive <= 0) return positive;
    return molt_setitem(result, element, count);
}

/* One entry of self for + - | &: the new count from count and other[elem]. */
static MoltValue combine(MoltBinaryOp op, MoltValue count, MoltValue other_count) {
    if (op == MOLT_OP_ADD || op == MOLT_OP_SUB) return molt_binary_op(op, count, other_count);
    /* | keeps the larger, & the smaller: `other_count if count < other_count else count`. */
    int less = molt_compare_bool(MOLT_CMP_LT, count, other_count);
    if (less < 0) return MOLT_ERROR;
    MoltValue chosen = (less != 0) == (op == MOLT_OP_OR) ? other_count : count;
    molt_incref(chosen);
    return chosen;
}

/* The rest of + - |: other's elements missing from self, with count > 0
 * (+ |) or count < 0 (-, stored as 0 - count). */
static int add_others(MoltValue result, MoltValue self, MoltValue other, MoltBinaryOp op) {
    int64_t position = 0;
    MoltValue element, count;
    while (molt_dict_next(other, &position, &element, &count)) {
        molt_incref(element);
        molt_incref(count);
        int status = molt_dict_contains(self, element);
        if (status == 0) {
            if (op == MOLT_OP_SUB) {
                status = molt_compare_bool(MOLT_CMP_LT, count, zero());
                if (status == 1) status = store_combined(result, element, MOLT_OP_SUB, zero(), count);
            } else {
                status = keep_if_positive(result, element, count);
            }
        } else if (status == 1) {
            status = 0;
        }
        molt_decref(element);
        molt_decref(count);
        if (status < 0) return -1;
    }
    return 0;
}

static MoltValue counter_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_ADD && op != MOLT_OP_SUB && op != MOLT_OP_OR && op != MOLT_OP_AND) return MOLT_NOT_IMPLEMENTED;
    /* Counter defines no reflected operators. */
    if (!is_counter(a) || !is_counter(b)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = counter_new();
    int64_t position = 0;
    MoltValue element, count;
    int status = 0;
    while (status == 0 && molt_dict_next(a, &position, &element, &count)) {
        molt_incref(element);
        molt_incref(count);
        MoltValue other_count = molt_getitem(b, element);
        MoltValue combined = other_count == MOLT_ERROR ? MOLT_ERROR : combine(op, count, other_count);
        status = combined == MOLT_ERROR ? -1 : keep_if_positive(result, element, combined);
        if (other_count != MOLT_ERROR) molt_decref(other_count);
        if (combined != MOLT_ERROR) molt_decref(combined);
        molt_decref(element);
        molt_decref(count);
    }
    if (status == 0 && op != MOLT_OP_AND) status = add_others(result, a, b, op);
    if (status < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

/* +c keeps the positive counts; -c the negative ones, negated (0 - count). */
static MoltValue counter_sign(MoltValue self, bool negate) {
    MoltValue result = counter_new();
    int64_t position = 0;
    MoltValue element, count;
    int status = 0;
    while (status == 0 && molt_dict_next(self, &position, &element, &count)) {
        molt_incref(element);
        molt_incref(count);
        if (!negate) {
            status = keep_if_positive(result, element, count);
        } else {
            status = molt_compare_bool(MOLT_CMP_LT, count, zero());
            if (status == 1) status = store_combined(result, element, MOLT_OP_SUB, zero(), count);
        }
        molt_decref(element);
        molt_decref(count);
    }
    if (status < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

static MoltValue counter_positive(MoltValue self) { return counter_sign(self, false); }
static MoltValue counter_negative(MoltValue self) { return counter_sign(self, true); }

/* _keep_positive(): deletes the elements whose count is not > 0. */
static int keep_positive(MoltValue self) {
    MoltValue doomed = molt_list_new(0);
    int64_t position = 0;
    MoltValue element, count;
    int status = 0;
    while (status == 0 && molt_dict_next(self, &position, &element, &count)) {
        molt_incref(element);
        molt_incref(count);
        int positive = molt_compare_bool(MOLT_CMP_GT, count, zero());
        status = positive < 0 ? -1 : positive ? 0 : molt_list_append(doomed, element);
        molt_decref(element);
        molt_decref(count);
    }
    MoltList *list = molt_list_object(doomed);
    for (int64_t i = 0; status == 0 && i < list->length; i++) status = molt_delitem(self, list->items[i]);
    molt_decref(doomed);
    return status;
}

/* c += other: self[elem] += count; c -= other: self[elem] -= count; c |= other:
 * self[elem] = other_count when larger (all over other.items()). */
static int inplace_step(MoltValue self, MoltValue element, MoltValue count, void *context) {
    MoltBinaryOp op = *(MoltBinaryOp *)context;
    MoltValue mine = molt_getitem(self, element);
    if (mine == MOLT_ERROR) return -1;
    int status;
    if (op == MOLT_OP_OR) {
        status = molt_compare_bool(MOLT_CMP_GT, count, mine);
        if (status == 1) status = molt_setitem(self, element, count);
    } else {
        MoltValue updated = molt_inplace_op(op, mine, count);
        status = updated == MOLT_ERROR ? -1 : molt_setitem(self, element, updated);
        if (updated != MOLT_ERROR) molt_decref(updated);
    }
    molt_decref(mine);
    return status;
}

/* c &= other: for elem, count in self.items(): self[elem] = other[elem] when smaller. */
static int intersect_step(MoltValue self, MoltValue element, MoltValue count, void *context) {
    MoltValue other_count = molt_getitem(*(MoltValue *)context, element);
    if (other_count == MOLT_ERROR) return -1;
    int status = molt_compare_bool(MOLT_CMP_LT, other_count, count);
    if (status == 1) status = molt_setitem(self, element, other_count);
    molt_decref(other_count);
    return status < 0 ? -1 : 0;
}

static MoltValue counter_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    int status;
    if (op == MOLT_OP_AND) status = for_each_item(a, a, intersect_step, &b);
    else if (op == MOLT_OP_ADD || op == MOLT_OP_SUB || op == MOLT_OP_OR) status = for_each_item(b, a, inplace_step, &op);
    else return MOLT_NOT_IMPLEMENTED;
    if (status < 0 || keep_positive(a) < 0) return MOLT_ERROR;
    molt_incref(a);
    return a;
}

/* ---- methods ---- */

static MoltValue counter_fromkeys(void) {
    return molt_raise_format(&molt_type_NotImplementedError,
                             "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

static MoltValue counter_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    (void)owner, (void)args, (void)nargs, (void)kwnames;
    return strcmp(name, "fromkeys") == 0 ? counter_fromkeys() : MOLT_NOT_IMPLEMENTED;
}

static MoltValue counter_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    if (strcmp(name, "fromkeys") == 0) return counter_fromkeys();
    if (strcmp(name, "most_common") == 0) return counter_most_common(self, args, nargs, kwnames);
    if (strcmp(name, "update") == 0 || strcmp(name, "subtract") == 0)
        return counter_add_from(self, name, args, nargs, kwnames, name[0] == 's') < 0 ? MOLT_ERROR : MOLT_NONE;
    if (strcmp(name, "elements") == 0 || strcmp(name, "total") == 0 || strcmp(name, "copy") == 0) {
        if (molt_args_none("Counter", name, nargs, kwnames) < 0) return MOLT_ERROR;
        if (name[0] == 'e') return counter_elements(self);
        if (name[0] == 't') return counter_total(self);
        MoltValue copy = counter_new();
        if (molt_dict_update(copy, self) < 0) {
            molt_decref(copy);
            return MOLT_ERROR;
        }
        return copy;
    }
    if (strcmp(name, "__missing__") == 0) {
        if (molt_args_exactly_one("__missing__", nargs, kwnames) < 0) return MOLT_ERROR;
        return zero();
    }
    return molt_dict_call_method(self, name, args, nargs, kwnames);
}

static const char *const counter_method_names[] = {
    MOLT_DICT_METHOD_NAMES, "most_common", "elements", "subtract", "total", "__missing__", NULL,
};

MoltType molt_type_Counter = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "Counter",
    .module_name = "collections",
    .base = &molt_type_dict,
    .dealloc = molt_dict_dealloc,
    .repr = counter_repr,
    .binary_op = counter_binary_op,
    .inplace_op = counter_inplace_op,
    .unary_negative = counter_negative,
    .unary_positive = counter_positive,
    .richcompare = counter_richcompare,
    .length = molt_dict_length,
    .getitem = counter_getitem,
    .setitem = molt_dict_setitem,
    .delitem = counter_delitem,
    .contains = molt_dict_contains,
    .iter = molt_dict_iter,
    .call = counter_call,
    .call_method = counter_call_method,
    .class_method = counter_class_method,
    .method_names = counter_method_names,
    .traverse = molt_dict_traverse,
    .clear = molt_dict_gc_clear,
};
