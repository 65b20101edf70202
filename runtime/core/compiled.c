/* The runtime halves of what the compiler lowers (include/molt/compiled.h):
 * exact slow paths of unboxed int arithmetic, starred unpacking, counted
 * range loops on boxed ints, starred call arguments, keyword-name tuples. */
#include <stdarg.h>
#include <string.h>

#include "molt/molt.h"
#include "../objects/list.h"
#include "../objects/tuple.h"

MoltValue molt_special_return;

MoltValue molt_i64_binary_slow(MoltBinaryOp op, int64_t a, int64_t b) {
    MoltValue boxed_a = molt_int_from_i64(a), boxed_b = molt_int_from_i64(b);
    if (boxed_a == MOLT_ERROR || boxed_b == MOLT_ERROR) {
        molt_decref(boxed_a);
        molt_decref(boxed_b);
        return MOLT_ERROR;
    }
    MoltValue result = molt_binary_op(op, boxed_a, boxed_b);
    molt_decref(boxed_a);
    molt_decref(boxed_b);
    return result;
}

MoltValue molt_i64_negate_slow(int64_t a) {
    MoltValue boxed = molt_int_from_i64(a);
    if (boxed == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = molt_negative(boxed);
    molt_decref(boxed);
    return result;
}

MoltValue molt_i64_truediv_slow(int64_t a, int64_t b) { return molt_i64_binary_slow(MOLT_OP_TRUEDIV, a, b); }

MoltValue molt_unpack_to_tuple(MoltValue iterable, size_t count, int star_index) {
    if (star_index < 0) {
        MoltValue tuple = molt_tuple_new((int64_t)count);
        if (tuple == MOLT_ERROR) return MOLT_ERROR;
        if (molt_unpack(iterable, molt_tuple_items(tuple), count) < 0) {
            /* molt_unpack leaves no references behind on failure. */
            for (size_t i = 0; i < count; i++) molt_tuple_items(tuple)[i] = MOLT_NONE;
            molt_decref(tuple);
            return MOLT_ERROR;
        }
        return tuple;
    }
    MoltValue all = molt_list_from_iterable(iterable);
    if (all == MOLT_ERROR) return MOLT_ERROR;
    MoltList *list = molt_list_object(all);
    int64_t length = list->length;
    int64_t fixed = (int64_t)count - 1;
    if (length < fixed) {
        molt_decref(all);
        return molt_raise_format(&molt_type_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                                 (long long)fixed, (long long)length);
    }
    MoltValue tuple = molt_tuple_new((int64_t)count);
    if (tuple == MOLT_ERROR) {
        molt_decref(all);
        return MOLT_ERROR;
    }
    MoltValue *out = molt_tuple_items(tuple);
    int64_t after = fixed - star_index;
    for (int i = 0; i < star_index; i++) {
        out[i] = list->items[i];
        molt_incref(out[i]);
    }
    int64_t middle_length = length - fixed;
    MoltValue middle = molt_list_new(middle_length);
    if (middle == MOLT_ERROR) {
        molt_decref(all);
        molt_decref(tuple);
        return MOLT_ERROR;
    }
    for (int64_t i = 0; i < middle_length; i++) {
        if (molt_list_append(middle, list->items[star_index + i]) < 0) {
            molt_decref(middle);
            molt_decref(all);
            molt_decref(tuple);
            return MOLT_ERROR;
        }
    }
    out[star_index] = middle;
    for (int64_t i = 0; i < after; i++) {
        out[star_index + 1 + i] = list->items[length - after + i];
        molt_incref(out[star_index + 1 + i]);
    }
    molt_decref(all);
    return tuple;
}

MoltValue molt_range_argument(MoltValue value) {
    if (molt_is_bool(value)) return molt_from_small_int(molt_bool_value(value));
    if (molt_is_int(value)) {
        molt_incref(value);
        return value;
    }
    return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             molt_type_of(value)->name);
}

MoltValue molt_raise_range_zero_step(void) {
    return molt_raise_format(&molt_type_ValueError, "range() arg 3 must not be zero");
}

int molt_range_continues(MoltValue index, MoltValue stop, MoltValue step) {
    int positive = molt_compare_bool(MOLT_CMP_GT, step, molt_from_small_int(0));
    if (positive < 0) return -1;
    return molt_compare_bool(positive ? MOLT_CMP_LT : MOLT_CMP_GT, index, stop);
}

MoltValue molt_call_starred(MoltValue callable, const MoltValue *args, const bool *star, size_t nargs,
                            MoltValue kwnames) {
    size_t keywords = molt_is_none(kwnames) ? 0 : (size_t)molt_tuple_length(kwnames);
    MoltValue flat = molt_list_new((int64_t)nargs);
    if (flat == MOLT_ERROR) return MOLT_ERROR;
    for (size_t i = 0; i < nargs; i++) {
        int status = star[i] ? molt_list_extend(flat, args[i]) : molt_list_append(flat, args[i]);
        if (status < 0) {
            molt_decref(flat);
            return MOLT_ERROR;
        }
    }
    for (size_t i = 0; i < keywords; i++) {
        if (molt_list_append(flat, args[nargs + i]) < 0) {
            molt_decref(flat);
            return MOLT_ERROR;
        }
    }
    MoltList *list = molt_list_object(flat);
    MoltValue result = molt_call(callable, list->items, (size_t)list->length - keywords, kwnames);
    molt_decref(flat);
    return result;
}

MoltValue molt_keyword_names(const char *const *names, size_t count) {
    MoltValue tuple = molt_tuple_new((int64_t)count);
    if (tuple == MOLT_ERROR) return MOLT_ERROR;
    for (size_t i = 0; i < count; i++) molt_tuple_items(tuple)[i] = molt_str_constant(names[i], strlen(names[i]));
    return tuple;
}

MoltValue molt_raise_type_error_text(const char *text) {
    return molt_raise_format(&molt_type_TypeError, "%s", text);
}
