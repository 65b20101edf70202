/* The itertools module: its table, and the iterators that each walk one
 * source on their own (count cycle repeat accumulate chain compress dropwhile
 * takewhile filterfalse islice pairwise starmap zip_longest batched), lazy C
 * types named and behaving as CPython 3.12's, step for step (which item is
 * pulled when, what is cleared at exhaustion). groupby and tee, whose objects
 * share one iterator, are in itertools_shared.c; product, permutations and
 * the combinations in itertools_combinatorics.c. */
#include <stdio.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/class_internal.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/number.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "itertools.h"

int molt_itertools_check_constructor(MoltValue callable) {
    if (molt_is_type(callable)) return 0;
    molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", molt_type_of(callable)->name);
    return -1;
}

MoltValue molt_itertools_repr(MoltValue self) {
    char text[128];
    snprintf(text, sizeof text, "<itertools.%s object at %p>", molt_type_of(self)->name, molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

static MoltValue iterator_self(MoltValue self) { return molt_new_reference(self); }

/* ---- one layout for all the iterators of this file ------------------------------- */

/* Each type names what its slots hold (the enums below); MOLT_UNBOUND is an
 * empty slot (CPython's NULL: an exhausted source, no running total yet). */
typedef struct Itertool {
    MoltObject header;
    MoltValue values[4];
    int64_t numbers[4];
} Itertool;

static void itertool_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    Itertool *tool = (Itertool *)object;
    for (size_t i = 0; i < 4; i++)
        if (tool->values[i] != MOLT_UNBOUND) visit(tool->values[i], context);
}

static void itertool_clear(MoltObject *object) {
    Itertool *tool = (Itertool *)object;
    for (size_t i = 0; i < 4; i++) {
        MoltValue value = tool->values[i];
        tool->values[i] = MOLT_UNBOUND;
        molt_decref(value);   /* no-op on MOLT_UNBOUND */
    }
}

static void itertool_dealloc(MoltObject *object) {
    itertool_clear(object);
    molt_gc_free(object);
}

static Itertool *itertool_new(const MoltType *type) {
    Itertool *tool = molt_gc_allocate(sizeof *tool, type);
    for (size_t i = 0; i < 4; i++) {
        tool->values[i] = MOLT_UNBOUND;
        tool->numbers[i] = 0;
    }
    return tool;
}

static Itertool *itertool(MoltValue self) { return molt_as_ptr(self); }

/* Empties a slot (Py_CLEAR). */
static void drop(MoltValue *slot) {
    MoltValue value = *slot;
    *slot = MOLT_UNBOUND;
    molt_decref(value);
}

/* The iterator of an argument, kept in a new object's slot. */
static MoltValue with_iterator(Itertool *tool, size_t slot, MoltValue iterable) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) {
        molt_decref(molt_from_ptr(tool));
        return MOLT_ERROR;
    }
    tool->values[slot] = iterator;
    return molt_from_ptr(tool);
}

/* Positional-only constructors: keywords are refused before the count is checked. */
static int positional_only(const char *name, size_t nargs, MoltValue kwnames, size_t min, size_t max) {
    if (molt_args_no_keywords(name, kwnames) < 0) return -1;
    return molt_args_check_count(name, nargs, min, max);
}

#define ITERTOOL_TYPE(variable, type_name, next_function, constructor, repr_function) \
    ITERTOOL_TYPE_OF(variable, molt_type_type, type_name, next_function, constructor, repr_function)
#define ITERTOOL_TYPE_OF(variable, metatype, type_name, next_function, constructor, repr_function) \
    MoltType variable = {                                                            \
        .header = {MOLT_IMMORTAL_REFCOUNT, &metatype},                               \
        .name = type_name,                                                           \
        .module_name = "itertools",                                                  \
        .base = &molt_type_object,                                                   \
        .dealloc = itertool_dealloc,                                                 \
        .repr = repr_function,                                                       \
        .hash = molt_object_hash_identity,                                           \
        .iter = iterator_self,                                                       \
        .iternext = next_function,                                                   \
        .call = constructor,                                                         \
        .traverse = itertool_traverse,                                               \
        .clear = itertool_clear,                                                     \
    }

/* ---- count(start=0, step=1) ------------------------------------------------------ */

enum { COUNT_CURRENT, COUNT_STEP };
extern MoltType molt_type_itertools_count;

/* PyNumber_Check: numbers, and instances that convert to one. */
static bool is_number(MoltValue value) {
    if (molt_is_number(value)) return true;
    if (!molt_is_instance(value)) return false;
    const MoltType *type = molt_type_of(value);
    return molt_class_lookup_cstr(type, "__index__") != MOLT_UNBOUND ||
           molt_class_lookup_cstr(type, "__int__") != MOLT_UNBOUND ||
           molt_class_lookup_cstr(type, "__float__") != MOLT_UNBOUND;
}

static bool is_int_one(MoltValue value) {
    int64_t number;
    return molt_is_int(value) && molt_int_to_i64(value, &number) && number == 1;
}

static MoltValue count_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"start", "step", NULL};
    static const MoltArgSpec spec = {"count", 0, 2, names, 2};
    MoltValue parsed[2];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    MoltValue start = parsed[0] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[0];
    MoltValue step = parsed[1] == MOLT_ARG_MISSING ? molt_from_small_int(1) : parsed[1];
    if (!is_number(start) || !is_number(step))
        return molt_raise_format(&molt_type_TypeError, "a number is required");
    /* CPython's fast mode (an int start, a step of int 1) counts in plain
     * ints: count(True) gives 1, 2, 3 and prints as count(1). */
    int64_t number;
    if (molt_is_bool(start) && is_int_one(step)) start = molt_from_small_int(molt_bool_value(start));
    if (is_int_one(step) && molt_is_int(start) && molt_int_to_i64(start, &number)) step = molt_from_small_int(1);
    Itertool *tool = itertool_new(&molt_type_itertools_count);
    tool->values[COUNT_CURRENT] = molt_new_reference(start);
    tool->values[COUNT_STEP] = molt_new_reference(step);
    return molt_from_ptr(tool);
}

static MoltValue count_next(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltValue current = tool->values[COUNT_CURRENT];
    MoltValue next = molt_binary_op(MOLT_OP_ADD, current, tool->values[COUNT_STEP]);
    if (next == MOLT_ERROR) return MOLT_ERROR;
    tool->values[COUNT_CURRENT] = next;
    return current;   /* the slot's reference moves to the caller */
}

/* count(5), count(0, 2): the step is left out when it is the int 1. */
static MoltValue count_repr(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "count(");
    int status = molt_buffer_append_repr(&text, tool->values[COUNT_CURRENT]);
    if (status == 0 && !is_int_one(tool->values[COUNT_STEP])) {
        molt_buffer_append_cstr(&text, ", ");
        status = molt_buffer_append_repr(&text, tool->values[COUNT_STEP]);
    }
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

ITERTOOL_TYPE(molt_type_itertools_count, "count", count_next, count_new, count_repr);

/* ---- cycle(iterable, /) ------------------------------------------------------------ */

enum { CYCLE_ITERATOR, CYCLE_SAVED };
enum { CYCLE_INDEX };
extern MoltType molt_type_itertools_cycle;

static MoltValue cycle_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0 || positional_only("cycle", nargs, kwnames, 1, 1) < 0)
        return MOLT_ERROR;
    Itertool *tool = itertool_new(&molt_type_itertools_cycle);
    tool->values[CYCLE_SAVED] = molt_list_new(0);
    return with_iterator(tool, CYCLE_ITERATOR, args[0]);
}

/* The first pass saves each item; later passes replay the saved list. */
static MoltValue cycle_next(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltValue saved = tool->values[CYCLE_SAVED];
    if (tool->values[CYCLE_ITERATOR] != MOLT_UNBOUND) {
        MoltValue item = molt_iter_next(tool->values[CYCLE_ITERATOR]);
        if (item == MOLT_ERROR) return MOLT_ERROR;
        if (item != MOLT_STOP) {
            if (molt_list_append(saved, item) < 0) {
                molt_decref(item);
                return MOLT_ERROR;
            }
            return item;
        }
        drop(&tool->values[CYCLE_ITERATOR]);
    }
    int64_t length = molt_list_length(saved);
    if (length == 0) return MOLT_STOP;
    MoltValue item = molt_list_items(saved)[tool->numbers[CYCLE_INDEX]++];
    if (tool->numbers[CYCLE_INDEX] >= length) tool->numbers[CYCLE_INDEX] = 0;
    return molt_new_reference(item);
}

ITERTOOL_TYPE(molt_type_itertools_cycle, "cycle", cycle_next, cycle_new, molt_itertools_repr);

/* ---- repeat(object[, times]) ------------------------------------------------------ */

enum { REPEAT_OBJECT };
enum { REPEAT_REMAINING };   /* -1: forever */
extern MoltType molt_type_itertools_repeat;

static MoltValue repeat_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"object", "times", NULL};
    static const MoltArgSpec spec = {"repeat", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    int64_t times = -1;
    if (parsed[1] != MOLT_ARG_MISSING) {
        if (molt_args_ssize(parsed[1], &times) < 0) return MOLT_ERROR;
        if (times < 0) times = 0;
    }
    Itertool *tool = itertool_new(&molt_type_itertools_repeat);
    tool->values[REPEAT_OBJECT] = molt_new_reference(parsed[0]);
    tool->numbers[REPEAT_REMAINING] = times;
    return molt_from_ptr(tool);
}

static MoltValue repeat_next(MoltValue self) {
    Itertool *tool = itertool(self);
    if (tool->numbers[REPEAT_REMAINING] == 0) return MOLT_STOP;
    if (tool->numbers[REPEAT_REMAINING] > 0) tool->numbers[REPEAT_REMAINING]--;
    return molt_new_reference(tool->values[REPEAT_OBJECT]);
}

/* repeat('a'), repeat(1, 3) with the times still to come. */
static MoltValue repeat_repr(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "repeat(");
    if (molt_buffer_append_repr(&text, tool->values[REPEAT_OBJECT]) < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    char times[32] = "";
    if (tool->numbers[REPEAT_REMAINING] >= 0)
        snprintf(times, sizeof times, ", %lld", (long long)tool->numbers[REPEAT_REMAINING]);
    molt_buffer_append_cstr(&text, times);
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

ITERTOOL_TYPE(molt_type_itertools_repeat, "repeat", repeat_next, repeat_new, repeat_repr);

/* ---- accumulate(iterable, func=None, *, initial=None) ------------------------------ */

enum { ACCUMULATE_ITERATOR, ACCUMULATE_FUNCTION, ACCUMULATE_TOTAL, ACCUMULATE_INITIAL };
extern MoltType molt_type_itertools_accumulate;

static MoltValue accumulate_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    static const MoltArgSpec spec = {"accumulate", 1, 2, names, 3};
    MoltValue parsed[3];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    Itertool *tool = itertool_new(&molt_type_itertools_accumulate);
    tool->values[ACCUMULATE_FUNCTION] = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : molt_new_reference(parsed[1]);
    if (parsed[2] != MOLT_ARG_MISSING && parsed[2] != MOLT_NONE)
        tool->values[ACCUMULATE_INITIAL] = molt_new_reference(parsed[2]);
    return with_iterator(tool, ACCUMULATE_ITERATOR, parsed[0]);
}

static MoltValue accumulate_next(MoltValue self) {
    Itertool *tool = itertool(self);
    if (tool->values[ACCUMULATE_INITIAL] != MOLT_UNBOUND) {
        tool->values[ACCUMULATE_TOTAL] = tool->values[ACCUMULATE_INITIAL];
        tool->values[ACCUMULATE_INITIAL] = MOLT_UNBOUND;
        return molt_new_reference(tool->values[ACCUMULATE_TOTAL]);
    }
    MoltValue item = molt_iter_next(tool->values[ACCUMULATE_ITERATOR]);
    if (item == MOLT_STOP || item == MOLT_ERROR) return item;
    MoltValue total = tool->values[ACCUMULATE_TOTAL];
    if (total == MOLT_UNBOUND) {
        tool->values[ACCUMULATE_TOTAL] = molt_new_reference(item);
        return item;
    }
    MoltValue pair[2] = {total, item};
    MoltValue function = tool->values[ACCUMULATE_FUNCTION];
    MoltValue next = function == MOLT_NONE ? molt_binary_op(MOLT_OP_ADD, total, item) : molt_call(function, pair, 2, MOLT_NONE);
    molt_decref(item);
    if (next == MOLT_ERROR) return MOLT_ERROR;
    tool->values[ACCUMULATE_TOTAL] = molt_new_reference(next);
    molt_decref(total);
    return next;
}

ITERTOOL_TYPE(molt_type_itertools_accumulate, "accumulate", accumulate_next, accumulate_new, molt_itertools_repr);

/* ---- chain(*iterables) and chain.from_iterable(iterable) ---------------------------- */

enum { CHAIN_SOURCE, CHAIN_ACTIVE };
extern MoltType molt_type_itertools_chain;

static MoltValue chain_from_source(MoltValue source) {
    Itertool *tool = itertool_new(&molt_type_itertools_chain);
    return with_iterator(tool, CHAIN_SOURCE, source);
}

static MoltValue chain_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_no_keywords("chain", kwnames) < 0) return MOLT_ERROR;
    MoltValue iterables = molt_tuple_from_borrowed(args, nargs);
    MoltValue result = chain_from_source(iterables);
    molt_decref(iterables);
    return result;
}

static MoltValue chain_from_iterable(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("chain.from_iterable", nargs, kwnames) < 0) return MOLT_ERROR;
    return chain_from_source(args[0]);
}

/* Each iterable becomes an iterator only when the one before is exhausted;
 * an error (not iterable, or raised by an input) ends the chain. */
static MoltValue chain_next(MoltValue self) {
    Itertool *tool = itertool(self);
    while (tool->values[CHAIN_SOURCE] != MOLT_UNBOUND) {
        if (tool->values[CHAIN_ACTIVE] == MOLT_UNBOUND) {
            MoltValue iterable = molt_iter_next(tool->values[CHAIN_SOURCE]);
            MoltValue active = iterable == MOLT_STOP || iterable == MOLT_ERROR ? iterable : molt_iter(iterable);
            if (iterable != MOLT_STOP && iterable != MOLT_ERROR) molt_decref(iterable);
            if (active == MOLT_STOP || active == MOLT_ERROR) {
                drop(&tool->values[CHAIN_SOURCE]);
                return active;
            }
            tool->values[CHAIN_ACTIVE] = active;
        }
        MoltValue item = molt_iter_next(tool->values[CHAIN_ACTIVE]);
        if (item != MOLT_STOP) return item;
        drop(&tool->values[CHAIN_ACTIVE]);
    }
    return MOLT_STOP;
}

/* chain.from_iterable is a class method: chain's type object has a type of
 * its own (printed as `type`) whose getattr provides it. */
static struct MoltBuiltinFunctionObject from_iterable_function =
    MOLT_MODULE_FUNCTION("from_iterable", chain_from_iterable);

static MoltValue chain_metatype_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "from_iterable") == 0) return molt_from_ptr(&from_iterable_function);
    return molt_type_getattr(self, name);
}

static void static_dealloc(MoltObject *object) { (void)object; }

static MoltType chain_metatype = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "type",
    .base = &molt_type_type,
    .dealloc = static_dealloc,
    .repr = molt_type_repr,
    .hash = molt_object_hash_identity,
    .getattr = chain_metatype_getattr,
};

ITERTOOL_TYPE_OF(molt_type_itertools_chain, chain_metatype, "chain", chain_next, chain_new, molt_itertools_repr);

/* ---- compress(data, selectors) ---------------------------------------------------- */

enum { COMPRESS_DATA, COMPRESS_SELECTORS };
extern MoltType molt_type_itertools_compress;

static MoltValue compress_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"data", "selectors", NULL};
    static const MoltArgSpec spec = {"compress", 2, 2, names, 2};
    MoltValue parsed[2];
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0)
        return MOLT_ERROR;
    Itertool *tool = itertool_new(&molt_type_itertools_compress);
    if (with_iterator(tool, COMPRESS_DATA, parsed[0]) == MOLT_ERROR) return MOLT_ERROR;
    return with_iterator(tool, COMPRESS_SELECTORS, parsed[1]);
}

static MoltValue compress_next(MoltValue self) {
    Itertool *tool = itertool(self);
    for (;;) {
        MoltValue datum = molt_iter_next(tool->values[COMPRESS_DATA]);
        if (datum == MOLT_STOP || datum == MOLT_ERROR) return datum;
        MoltValue selector = molt_iter_next(tool->values[COMPRESS_SELECTORS]);
        if (selector == MOLT_STOP || selector == MOLT_ERROR) {
            molt_decref(datum);
            return selector;
        }
        int keep = molt_truthy(selector);
        molt_decref(selector);
        if (keep > 0) return datum;
        molt_decref(datum);
        if (keep < 0) return MOLT_ERROR;
    }
}

ITERTOOL_TYPE(molt_type_itertools_compress, "compress", compress_next, compress_new, molt_itertools_repr);

/* ---- dropwhile, takewhile, filterfalse (predicate, iterable, /) --------------------- */

enum { PREDICATE_FUNCTION, PREDICATE_ITERATOR };
enum { PREDICATE_DONE };   /* dropwhile: done dropping; takewhile: stopped */
extern MoltType molt_type_itertools_dropwhile, molt_type_itertools_takewhile, molt_type_itertools_filterfalse;

static MoltValue predicate_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    const MoltType *type = molt_as_type(callable);
    if (positional_only(type->name, nargs, kwnames, 2, 2) < 0) return MOLT_ERROR;
    Itertool *tool = itertool_new(type);
    tool->values[PREDICATE_FUNCTION] = molt_new_reference(args[0]);
    return with_iterator(tool, PREDICATE_ITERATOR, args[1]);
}

/* The truth of predicate(item): 1, 0, or -1; filterfalse's None tests the item. */
static int predicate_holds(Itertool *tool, MoltValue item) {
    MoltValue function = tool->values[PREDICATE_FUNCTION];
    if (function == MOLT_NONE || function == molt_from_type(&molt_type_bool)) return molt_truthy(item);
    MoltValue verdict = molt_call(function, &item, 1, MOLT_NONE);
    if (verdict == MOLT_ERROR) return -1;
    int truth = molt_truthy(verdict);
    molt_decref(verdict);
    return truth;
}

static MoltValue dropwhile_next(MoltValue self) {
    Itertool *tool = itertool(self);
    for (;;) {
        MoltValue item = molt_iter_next(tool->values[PREDICATE_ITERATOR]);
        if (item == MOLT_STOP || item == MOLT_ERROR || tool->numbers[PREDICATE_DONE]) return item;
        int truth = predicate_holds(tool, item);
        if (truth == 0) {
            tool->numbers[PREDICATE_DONE] = 1;
            return item;
        }
        molt_decref(item);
        if (truth < 0) return MOLT_ERROR;
    }
}

static MoltValue takewhile_next(MoltValue self) {
    Itertool *tool = itertool(self);
    if (tool->numbers[PREDICATE_DONE]) return MOLT_STOP;
    MoltValue item = molt_iter_next(tool->values[PREDICATE_ITERATOR]);
    if (item == MOLT_STOP || item == MOLT_ERROR) return item;
    int truth = predicate_holds(tool, item);
    if (truth > 0) return item;
    molt_decref(item);
    if (truth < 0) return MOLT_ERROR;
    tool->numbers[PREDICATE_DONE] = 1;
    return MOLT_STOP;
}

static MoltValue filterfalse_next(MoltValue self) {
    Itertool *tool = itertool(self);
    for (;;) {
        MoltValue item = molt_iter_next(tool->values[PREDICATE_ITERATOR]);
        if (item == MOLT_STOP || item == MOLT_ERROR) return item;
        int truth = predicate_holds(tool, item);
        if (truth == 0) return item;
        molt_decref(item);
        if (truth < 0) return MOLT_ERROR;
    }
}

ITERTOOL_TYPE(molt_type_itertools_dropwhile, "dropwhile", dropwhile_next, predicate_new, molt_itertools_repr);
ITERTOOL_TYPE(molt_type_itertools_takewhile, "takewhile", takewhile_next, predicate_new, molt_itertools_repr);
ITERTOOL_TYPE(molt_type_itertools_filterfalse, "filterfalse", filterfalse_next, predicate_new, molt_itertools_repr);

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ------------------ */

enum { ISLICE_ITERATOR };
enum { ISLICE_NEXT, ISLICE_STOP, ISLICE_STEP, ISLICE_COUNT };   /* stop -1: None */
extern MoltType molt_type_itertools_islice;

/* islice's arguments as CPython reads them: a failed conversion (not an
 * integer, or too large) is cleared and reads as -1, which each check reports. */
static int64_t islice_index(MoltValue value) {
    int64_t number;
    if (molt_args_ssize(value, &number) == 0) return number;
    molt_decref(molt_exc_fetch());
    return -1;
}

static MoltValue islice_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const stop_message =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (molt_itertools_check_constructor(callable) < 0 || positional_only("islice", nargs, kwnames, 2, 4) < 0)
        return MOLT_ERROR;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != MOLT_NONE && (stop = islice_index(args[1])) == -1)
            return molt_raise_format(&molt_type_ValueError, "%s", stop_message);
    } else {
        if (args[1] != MOLT_NONE) start = islice_index(args[1]);
        if (args[2] != MOLT_NONE && (stop = islice_index(args[2])) == -1)
            return molt_raise_format(&molt_type_ValueError, "%s", stop_message);
    }
    if (start < 0 || stop < -1)
        return molt_raise_format(&molt_type_ValueError,
                                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != MOLT_NONE) step = islice_index(args[3]);
    if (step < 1) return molt_raise_format(&molt_type_ValueError, "Step for islice() must be a positive integer or None.");
    Itertool *tool = itertool_new(&molt_type_itertools_islice);
    tool->numbers[ISLICE_NEXT] = start;
    tool->numbers[ISLICE_STOP] = stop;
    tool->numbers[ISLICE_STEP] = step;
    return with_iterator(tool, ISLICE_ITERATOR, args[0]);
}

static MoltValue islice_next(MoltValue self) {
    Itertool *tool = itertool(self);
    int64_t *numbers = tool->numbers;
    if (tool->values[ISLICE_ITERATOR] == MOLT_UNBOUND) return MOLT_STOP;
    MoltValue item;
    while (numbers[ISLICE_COUNT] < numbers[ISLICE_NEXT]) {
        item = molt_iter_next(tool->values[ISLICE_ITERATOR]);
        if (item == MOLT_STOP || item == MOLT_ERROR) goto exhausted;
        molt_decref(item);
        numbers[ISLICE_COUNT]++;
    }
    if (numbers[ISLICE_STOP] != -1 && numbers[ISLICE_COUNT] >= numbers[ISLICE_STOP]) {
        item = MOLT_STOP;
        goto exhausted;
    }
    item = molt_iter_next(tool->values[ISLICE_ITERATOR]);
    if (item == MOLT_STOP || item == MOLT_ERROR) goto exhausted;
    numbers[ISLICE_COUNT]++;
    int64_t previous = numbers[ISLICE_NEXT];
    numbers[ISLICE_NEXT] = (int64_t)((uint64_t)previous + (uint64_t)numbers[ISLICE_STEP]);
    if (numbers[ISLICE_NEXT] < previous || (numbers[ISLICE_STOP] != -1 && numbers[ISLICE_NEXT] > numbers[ISLICE_STOP]))
        numbers[ISLICE_NEXT] = numbers[ISLICE_STOP];
    return item;
exhausted:
    drop(&tool->values[ISLICE_ITERATOR]);
    return item;
}

ITERTOOL_TYPE(molt_type_itertools_islice, "islice", islice_next, islice_new, molt_itertools_repr);

/* ---- pairwise(iterable, /) ---------------------------------------------------------- */

enum { PAIRWISE_ITERATOR, PAIRWISE_OLD };
extern MoltType molt_type_itertools_pairwise;

static MoltValue pairwise_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0 || positional_only("pairwise", nargs, kwnames, 1, 1) < 0)
        return MOLT_ERROR;
    return with_iterator(itertool_new(&molt_type_itertools_pairwise), PAIRWISE_ITERATOR, args[0]);
}

static MoltValue pairwise_next(MoltValue self) {
    Itertool *tool = itertool(self);
    if (tool->values[PAIRWISE_ITERATOR] == MOLT_UNBOUND) return MOLT_STOP;
    if (tool->values[PAIRWISE_OLD] == MOLT_UNBOUND) {
        MoltValue old = molt_iter_next(tool->values[PAIRWISE_ITERATOR]);
        if (old == MOLT_STOP || old == MOLT_ERROR) {
            drop(&tool->values[PAIRWISE_ITERATOR]);
            return old;
        }
        tool->values[PAIRWISE_OLD] = old;
    }
    MoltValue item = molt_iter_next(tool->values[PAIRWISE_ITERATOR]);
    if (item == MOLT_STOP || item == MOLT_ERROR) {
        drop(&tool->values[PAIRWISE_ITERATOR]);
        drop(&tool->values[PAIRWISE_OLD]);
        return item;
    }
    MoltValue pair[2] = {tool->values[PAIRWISE_OLD], molt_new_reference(item)};
    tool->values[PAIRWISE_OLD] = item;
    return molt_tuple_from_owned(pair, 2);
}

ITERTOOL_TYPE(molt_type_itertools_pairwise, "pairwise", pairwise_next, pairwise_new, molt_itertools_repr);

/* ---- starmap(function, iterable, /) ---------------------------------------------------- */

enum { STARMAP_FUNCTION, STARMAP_ITERATOR };
extern MoltType molt_type_itertools_starmap;

static MoltValue starmap_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0 || positional_only("starmap", nargs, kwnames, 2, 2) < 0)
        return MOLT_ERROR;
    Itertool *tool = itertool_new(&molt_type_itertools_starmap);
    tool->values[STARMAP_FUNCTION] = molt_new_reference(args[0]);
    return with_iterator(tool, STARMAP_ITERATOR, args[1]);
}

static MoltValue starmap_next(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltValue item = molt_iter_next(tool->values[STARMAP_ITERATOR]);
    if (item == MOLT_STOP || item == MOLT_ERROR) return item;
    MoltValue arguments = molt_is_tuple(item) ? molt_new_reference(item) : molt_tuple_from_iterable(item);
    molt_decref(item);
    if (arguments == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_call(tool->values[STARMAP_FUNCTION], molt_tuple_items(arguments),
                                 (size_t)molt_tuple_length(arguments), MOLT_NONE);
    molt_decref(arguments);
    return result;
}

ITERTOOL_TYPE(molt_type_itertools_starmap, "starmap", starmap_next, starmap_new, molt_itertools_repr);

/* ---- zip_longest(*iterables, fillvalue=None) ------------------------------------------ */

/* The iterators are a tuple of our own, an exhausted one replaced by None. */
enum { ZIP_ITERATORS, ZIP_FILLVALUE };
enum { ZIP_ACTIVE };
extern MoltType molt_type_itertools_zip_longest;

static MoltValue zip_longest_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_itertools_check_constructor(callable) < 0) return MOLT_ERROR;
    size_t keywords = molt_args_keyword_count(kwnames);
    MoltValue fillvalue = MOLT_NONE;
    if (keywords > 0) {
        if (keywords > 1 || strcmp(molt_args_keyword_name(kwnames, 0), "fillvalue") != 0)
            return molt_raise_format(&molt_type_TypeError, "zip_longest() got an unexpected keyword argument");
        fillvalue = args[nargs];
    }
    MoltValue iterators = molt_tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        MoltValue iterator = molt_iter(args[i]);
        if (iterator == MOLT_ERROR) {
            molt_decref(iterators);
            return MOLT_ERROR;
        }
        molt_tuple_items(iterators)[i] = iterator;
    }
    Itertool *tool = itertool_new(&molt_type_itertools_zip_longest);
    tool->values[ZIP_ITERATORS] = iterators;
    tool->values[ZIP_FILLVALUE] = molt_new_reference(fillvalue);
    tool->numbers[ZIP_ACTIVE] = (int64_t)nargs;
    return molt_from_ptr(tool);
}

static MoltValue zip_longest_next(MoltValue self) {
    Itertool *tool = itertool(self);
    MoltValue iterators = tool->values[ZIP_ITERATORS];
    int64_t size = molt_tuple_length(iterators);
    if (size == 0 || tool->numbers[ZIP_ACTIVE] == 0) return MOLT_STOP;
    MoltValue result = molt_tuple_new(size);
    for (int64_t i = 0; i < size; i++) {
        MoltValue *iterator = &molt_tuple_items(iterators)[i];
        MoltValue item = *iterator == MOLT_NONE ? MOLT_STOP : molt_iter_next(*iterator);
        if (item == MOLT_STOP && *iterator != MOLT_NONE) {
            if (--tool->numbers[ZIP_ACTIVE] == 0) {
                molt_decref(result);
                return MOLT_STOP;
            }
            molt_decref(*iterator);
            *iterator = MOLT_NONE;
        }
        if (item == MOLT_ERROR) {
            tool->numbers[ZIP_ACTIVE] = 0;
            molt_decref(result);
            return MOLT_ERROR;
        }
        molt_tuple_items(result)[i] = item == MOLT_STOP ? molt_new_reference(tool->values[ZIP_FILLVALUE]) : item;
    }
    return result;
}

ITERTOOL_TYPE(molt_type_itertools_zip_longest, "zip_longest", zip_longest_next, zip_longest_new, molt_itertools_repr);

/* ---- batched(iterable, n) ---------------------------------------------------------------- */

enum { BATCHED_ITERATOR };
enum { BATCHED_SIZE };
extern MoltType molt_type_itertools_batched;

static MoltValue batched_new(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"iterable", "n", NULL};
    static const MoltArgSpec spec = {"batched", 2, 2, names, 2};
    MoltValue parsed[2];
    int64_t size;
    if (molt_itertools_check_constructor(callable) < 0 || molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0 ||
        molt_args_ssize(parsed[1], &size) < 0)
        return MOLT_ERROR;
    if (size < 1) return molt_raise_format(&molt_type_ValueError, "n must be at least one");
    Itertool *tool = itertool_new(&molt_type_itertools_batched);
    tool->numbers[BATCHED_SIZE] = size;
    return with_iterator(tool, BATCHED_ITERATOR, parsed[0]);
}

static MoltValue batched_next(MoltValue self) {
    Itertool *tool = itertool(self);
    if (tool->values[BATCHED_ITERATOR] == MOLT_UNBOUND) return MOLT_STOP;
    MoltValue batch = molt_list_new(0);
    MoltValue item = MOLT_STOP;
    while (molt_list_length(batch) < tool->numbers[BATCHED_SIZE]) {
        item = molt_iter_next(tool->values[BATCHED_ITERATOR]);
        if (item == MOLT_STOP || item == MOLT_ERROR) break;
        int status = molt_list_append(batch, item);
        molt_decref(item);
        if (status < 0) {
            item = MOLT_ERROR;
            break;
        }
    }
    if (item == MOLT_ERROR || molt_list_length(batch) == 0) {
        drop(&tool->values[BATCHED_ITERATOR]);
        molt_decref(batch);
        return item == MOLT_ERROR ? MOLT_ERROR : MOLT_STOP;
    }
    MoltValue result = molt_tuple_from_borrowed(molt_list_items(batch), (size_t)molt_list_length(batch));
    molt_decref(batch);
    return result;
}

ITERTOOL_TYPE(molt_type_itertools_batched, "batched", batched_next, batched_new, molt_itertools_repr);

/* ---- the module --------------------------------------------------------------------- */

#define TYPE_ATTRIBUTE(name, type) \
    static MoltValue make_##name(void) { return molt_from_type(&type); }
TYPE_ATTRIBUTE(accumulate, molt_type_itertools_accumulate)
TYPE_ATTRIBUTE(batched, molt_type_itertools_batched)
TYPE_ATTRIBUTE(chain, molt_type_itertools_chain)
TYPE_ATTRIBUTE(combinations, molt_type_itertools_combinations)
TYPE_ATTRIBUTE(combinations_with_replacement, molt_type_itertools_combinations_with_replacement)
TYPE_ATTRIBUTE(compress, molt_type_itertools_compress)
TYPE_ATTRIBUTE(count, molt_type_itertools_count)
TYPE_ATTRIBUTE(cycle, molt_type_itertools_cycle)
TYPE_ATTRIBUTE(dropwhile, molt_type_itertools_dropwhile)
TYPE_ATTRIBUTE(filterfalse, molt_type_itertools_filterfalse)
TYPE_ATTRIBUTE(groupby, molt_type_itertools_groupby)
TYPE_ATTRIBUTE(islice, molt_type_itertools_islice)
TYPE_ATTRIBUTE(pairwise, molt_type_itertools_pairwise)
TYPE_ATTRIBUTE(permutations, molt_type_itertools_permutations)
TYPE_ATTRIBUTE(product, molt_type_itertools_product)
TYPE_ATTRIBUTE(repeat, molt_type_itertools_repeat)
TYPE_ATTRIBUTE(starmap, molt_type_itertools_starmap)
TYPE_ATTRIBUTE(takewhile, molt_type_itertools_takewhile)
TYPE_ATTRIBUTE(zip_longest, molt_type_itertools_zip_longest)
#undef TYPE_ATTRIBUTE

static const MoltModuleAttribute itertools_attributes[] = {
    {"accumulate", make_accumulate},
    {"batched", make_batched},
    {"chain", make_chain},
    {"combinations", make_combinations},
    {"combinations_with_replacement", make_combinations_with_replacement},
    {"compress", make_compress},
    {"count", make_count},
    {"cycle", make_cycle},
    {"dropwhile", make_dropwhile},
    {"filterfalse", make_filterfalse},
    {"groupby", make_groupby},
    {"islice", make_islice},
    {"pairwise", make_pairwise},
    {"permutations", make_permutations},
    {"product", make_product},
    {"repeat", make_repeat},
    {"starmap", make_starmap},
    {"takewhile", make_takewhile},
    {"zip_longest", make_zip_longest},
};

static struct MoltBuiltinFunctionObject itertools_functions[] = {
    MOLT_MODULE_FUNCTION("tee", molt_itertools_tee),
};

struct MoltModule molt_module_itertools = MOLT_MODULE("itertools", itertools_functions, itertools_attributes);
