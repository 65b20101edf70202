/* The bisect module, as CPython 3.12's _bisect: binary search over any
 * sequence (len() and integer indexing) with lo, hi and key, comparing with
 * `<` only and in CPython's operand order (bisect_right asks x < a[mid],
 * bisect_left a[mid] < x), and insort_*, which insert into a list directly
 * and call .insert() on anything else. bisect and insort are the _right
 * functions under a second name. */
#include <string.h>

#include "../core/args.h"
#include "../objects/list.h"
#include "../objects/module.h"

/* The insertion index, or -1 with an exception. */
static int64_t search(MoltValue sequence, MoltValue item, int64_t lo, int64_t hi, MoltValue key, bool right) {
    if (lo < 0) {
        molt_raise_format(&molt_type_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        MoltValue length = molt_builtin_len(&sequence, 1, MOLT_NONE);
        if (length == MOLT_ERROR) return -1;
        molt_int_to_i64(length, &hi);
        molt_decref(length);
    }
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        MoltValue element = molt_getitem(sequence, molt_int_from_i64(mid));
        if (element == MOLT_ERROR) return -1;
        if (key != MOLT_NONE) {
            MoltValue key_value = molt_call(key, &element, 1, MOLT_NONE);
            molt_decref(element);
            if (key_value == MOLT_ERROR) return -1;
            element = key_value;
        }
        int less = right ? molt_compare_bool(MOLT_CMP_LT, item, element) : molt_compare_bool(MOLT_CMP_LT, element, item);
        molt_decref(element);
        if (less < 0) return -1;
        if (less == right) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* f(a, x, lo=0, hi=None, *, key=None): 0 with the arguments, or -1. */
static int parse(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *parsed,
                 int64_t *lo, int64_t *hi) {
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    if (nargs > 4) {
        molt_raise_format(&molt_type_TypeError, "%s() takes at most 4 positional arguments (%zu given)", name, nargs);
        return -1;
    }
    MoltArgSpec spec = {name, 2, 4, names, 5};
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return -1;
    *lo = 0;
    *hi = -1;
    if (parsed[2] != MOLT_ARG_MISSING && molt_args_ssize(parsed[2], lo) < 0) return -1;
    if (parsed[3] != MOLT_ARG_MISSING && parsed[3] != MOLT_NONE && molt_args_ssize(parsed[3], hi) < 0) return -1;
    if (parsed[4] == MOLT_ARG_MISSING) parsed[4] = MOLT_NONE;
    return 0;
}

static MoltValue bisect(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, bool right) {
    MoltValue parsed[5];
    int64_t lo, hi;
    if (parse(name, args, nargs, kwnames, parsed, &lo, &hi) < 0) return MOLT_ERROR;
    int64_t index = search(parsed[0], parsed[1], lo, hi, parsed[4], right);
    return index < 0 ? MOLT_ERROR : molt_int_from_i64(index);
}

static MoltValue insort(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, bool right) {
    MoltValue parsed[5];
    int64_t lo, hi;
    if (parse(name, args, nargs, kwnames, parsed, &lo, &hi) < 0) return MOLT_ERROR;
    MoltValue key = parsed[4], item = parsed[1];
    MoltValue key_value = key == MOLT_NONE ? item : molt_call(key, &item, 1, MOLT_NONE);
    if (key_value == MOLT_ERROR) return MOLT_ERROR;
    int64_t index = search(parsed[0], key_value, lo, hi, key, right);
    if (key != MOLT_NONE) molt_decref(key_value);
    if (index < 0) return MOLT_ERROR;
    MoltValue insert_args[2] = {molt_int_from_i64(index), item};
    MoltValue result = molt_call_method(parsed[0], "insert", insert_args, 2, MOLT_NONE);
    molt_decref(insert_args[0]);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_decref(result);
    return MOLT_NONE;
}

static MoltValue bisect_bisect_left(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return bisect("bisect_left", args, nargs, kwnames, false);
}

static MoltValue bisect_bisect_right(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return bisect("bisect_right", args, nargs, kwnames, true);
}

static MoltValue bisect_insort_left(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return insort("insort_left", args, nargs, kwnames, false);
}

static MoltValue bisect_insort_right(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return insort("insort_right", args, nargs, kwnames, true);
}

static struct MoltBuiltinFunctionObject bisect_functions[] = {
    MOLT_MODULE_FUNCTION("bisect_left", bisect_bisect_left),
    MOLT_MODULE_FUNCTION("bisect_right", bisect_bisect_right),
    MOLT_MODULE_FUNCTION("insort_left", bisect_insort_left),
    MOLT_MODULE_FUNCTION("insort_right", bisect_insort_right),
};

/* bisect.bisect is bisect.bisect_right (the same object), insort likewise. */
static MoltValue make_bisect(void) { return molt_from_ptr(&bisect_functions[1]); }
static MoltValue make_insort(void) { return molt_from_ptr(&bisect_functions[3]); }

static const MoltModuleAttribute bisect_attributes[] = {
    {"bisect", make_bisect},
    {"insort", make_insort},
};

struct MoltModule molt_module_bisect = MOLT_MODULE("bisect", bisect_functions, bisect_attributes);
