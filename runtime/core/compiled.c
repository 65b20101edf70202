/* The runtime halves of what the compiler lowers (include/molt/compiled.h):
 * exact slow paths of unboxed int arithmetic, starred unpacking, counted
 * range loops on boxed ints, starred call arguments, keyword-name tuples. */
#include <stdarg.h>
#include <string.h>

#include "molt/molt.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "buffer.h"

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


/* How CPython names a callable in call errors: "__main__.f" for functions,
 * the bare name for builtins. */
static void append_callable_name(MoltBuffer *out, MoltValue callable) {
    const MoltType *type = molt_type_of(callable);
    if (type == &molt_type_function) {
        const MoltCode *code = ((const MoltFunction *)molt_as_ptr(callable))->code;
        molt_buffer_append_cstr(out, code->module ? code->module : "__main__");
        molt_buffer_append_cstr(out, ".");
        molt_buffer_append_cstr(out, code->qualname);
        return;
    }
    MoltValue name = molt_getattr(callable, "__name__");
    if (name != MOLT_ERROR && molt_type_of(name) == &molt_type_str) {
        molt_buffer_append_str(out, name);
    } else {
        molt_decref(molt_exc_fetch());
        molt_buffer_append_cstr(out, type->name);
    }
    molt_decref(name);
}

static MoltValue raise_call_error(MoltValue callable, const char *format, const char *detail) {
    MoltBuffer name;
    molt_buffer_init(&name);
    append_callable_name(&name, callable);
    molt_buffer_append(&name, "", 1);
    molt_raise_format(&molt_type_TypeError, format, name.data, detail);
    molt_buffer_free(&name);
    return MOLT_ERROR;
}

/* Adds one keyword argument, refusing a name given twice. */
static int add_keyword(MoltValue callable, MoltValue names, MoltValue values, MoltValue name, MoltValue value) {
    MoltList *seen = molt_list_object(names);
    for (int64_t i = 0; i < seen->length; i++) {
        int equal = molt_equal(seen->items[i], name);
        if (equal < 0) return -1;
        if (equal) {
            size_t length;
            raise_call_error(callable, "%s() got multiple values for keyword argument '%s'", molt_str_utf8(name, &length));
            return -1;
        }
    }
    return molt_list_append(names, name) < 0 || molt_list_append(values, value) < 0 ? -1 : 0;
}

/* Appends the positional arguments, expanding *iterables, to `flat`. */
static int flatten_positional(MoltValue callable, MoltValue flat, const MoltValue *args, const bool *star, size_t nargs) {
    for (size_t i = 0; i < nargs; i++) {
        if (!(star && star[i])) {
            if (molt_list_append(flat, args[i]) < 0) return -1;
            continue;
        }
        if (!molt_type_of(args[i])->iter) {
            raise_call_error(callable, "%s() argument after * must be an iterable, not %s", molt_type_of(args[i])->name);
            return -1;
        }
        if (molt_list_extend(flat, args[i]) < 0) return -1;
    }
    return 0;
}

MoltValue molt_call_starred(MoltValue callable, const MoltValue *args, const bool *star, size_t nargs,
                            MoltValue kwnames) {
    size_t keywords = molt_is_none(kwnames) ? 0 : (size_t)molt_tuple_length(kwnames);
    MoltValue flat = molt_list_new((int64_t)nargs);
    if (flat == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (flatten_positional(callable, flat, args, star, nargs) < 0) goto done;
    size_t positional = (size_t)molt_list_object(flat)->length;
    for (size_t i = 0; i < keywords; i++)
        if (molt_list_append(flat, args[nargs + i]) < 0) goto done;
    result = molt_call(callable, molt_list_object(flat)->items, positional, kwnames);
done:
    molt_decref(flat);
    return result;
}

MoltValue molt_call_unpacking(MoltValue callable, const MoltValue *args, const bool *star, size_t nargs,
                              const char *const *names, size_t keyword_count) {
    MoltValue flat = molt_list_new(0), keyword_names = molt_list_new(0);
    MoltValue result = MOLT_ERROR;
    if (flat == MOLT_ERROR || keyword_names == MOLT_ERROR) goto done;
    if (flatten_positional(callable, flat, args, star, nargs) < 0) goto done;
    size_t positional = (size_t)molt_list_object(flat)->length;
    for (size_t k = 0; k < keyword_count; k++) {
        MoltValue value = args[nargs + k];
        if (names[k]) {
            MoltValue name = molt_str_from_utf8(names[k], strlen(names[k]));
            int status = name == MOLT_ERROR ? -1 : add_keyword(callable, keyword_names, flat, name, value);
            molt_decref(name);
            if (status < 0) goto done;
            continue;
        }
        if (!molt_is_dict_or_subtype(value)) {
            raise_call_error(callable, "%s() argument after ** must be a mapping, not %s", molt_type_of(value)->name);
            goto done;
        }
        int64_t position = 0;
        MoltValue key, item;
        while (molt_dict_next(value, &position, &key, &item)) {
            if (molt_type_of(key) != &molt_type_str) {
                molt_raise_format(&molt_type_TypeError, "keywords must be strings");
                goto done;
            }
            if (add_keyword(callable, keyword_names, flat, key, item) < 0) goto done;
        }
    }
    MoltList *names_list = molt_list_object(keyword_names);
    MoltValue kwnames = MOLT_NONE;
    if (names_list->length) {
        kwnames = molt_tuple_new(names_list->length);
        if (kwnames == MOLT_ERROR) goto done;
        for (int64_t i = 0; i < names_list->length; i++) {
            molt_incref(names_list->items[i]);
            molt_tuple_items(kwnames)[i] = names_list->items[i];
        }
    }
    result = molt_call(callable, molt_list_object(flat)->items, positional, kwnames);
    molt_decref(kwnames);
done:
    molt_decref(flat);
    molt_decref(keyword_names);
    return result;
}

MoltValue molt_keyword_names(const char *const *names, size_t count) {
    MoltValue tuple = molt_tuple_new((int64_t)count);
    if (tuple == MOLT_ERROR) return MOLT_ERROR;
    for (size_t i = 0; i < count; i++) molt_tuple_items(tuple)[i] = molt_str_constant(names[i], strlen(names[i]));
    return tuple;
}


MoltValue molt_class_from_body(const char *qualname, MoltValue bases, MoltValue namespace) {
    const char *dot = strrchr(qualname, '.');
    const char *name = dot ? dot + 1 : qualname;
    MoltValue name_value = molt_str_from_utf8(name, strlen(name));
    MoltValue qualname_value = molt_str_from_utf8(qualname, strlen(qualname));
    MoltValue result = molt_class_new(name_value, qualname_value, bases, namespace);
    molt_decref(name_value);
    molt_decref(qualname_value);
    return result;
}

MoltValue molt_class_from_body_with_keywords(MoltValue qualname, MoltValue bases, MoltValue namespace,
                                             MoltValue metaclass, MoltValue keywords) {
    if (metaclass != MOLT_NONE && metaclass != molt_from_type(&molt_type_ABCMeta) &&
        metaclass != molt_from_type(&molt_type_type))
        return molt_raise_format(&molt_type_NotImplementedError, "Molt supports no metaclass but abc.ABCMeta");
    size_t length;
    const char *text = molt_str_utf8(qualname, &length);
    const char *dot = strrchr(text, '.');
    const char *name = dot ? dot + 1 : text;
    MoltValue name_value = molt_str_from_utf8(name, strlen(name));
    MoltValue result = molt_class_new_with_keywords(name_value, qualname, bases, namespace,
                                                    metaclass == MOLT_NONE ? NULL : molt_as_type(metaclass), keywords);
    molt_decref(name_value);
    return result;
}

/* The bound exit method of a context manager (`with`: __enter__/__exit__,
 * `async with`: __aenter__/__aexit__), with CPython's TypeErrors. */
static MoltValue context_exit(MoltValue manager, const char *enter_name, const char *exit_name, const char *protocol) {
    MoltValue enter, exit;
    int found = molt_getattr_optional(manager, enter_name, &enter);
    if (found < 0) return MOLT_ERROR;
    if (!found)
        return molt_raise_format(&molt_type_TypeError, "'%s' object does not support the %s protocol",
                                 molt_type_of(manager)->name, protocol);
    molt_decref(enter);
    found = molt_getattr_optional(manager, exit_name, &exit);
    if (found < 0) return MOLT_ERROR;
    if (!found)
        return molt_raise_format(&molt_type_TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                                 molt_type_of(manager)->name, protocol, exit_name);
    return exit;
}

MoltValue molt_context_exit(MoltValue manager) {
    return context_exit(manager, "__enter__", "__exit__", "context manager");
}

MoltValue molt_async_iter(MoltValue iterable) {
    MoltValue method;
    int found = molt_getattr_optional(iterable, "__aiter__", &method);
    if (found < 0) return MOLT_ERROR;
    if (!found)
        return molt_raise_format(&molt_type_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                                 molt_type_of(iterable)->name);
    MoltValue iterator = molt_call(method, NULL, 0, MOLT_NONE);
    molt_decref(method);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue next;
    found = molt_getattr_optional(iterator, "__anext__", &next);
    if (found > 0) molt_decref(next);
    if (found == 0)
        molt_raise_format(&molt_type_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          molt_type_of(iterator)->name);
    if (found <= 0) {
        molt_decref(iterator);
        return MOLT_ERROR;
    }
    return iterator;
}

MoltValue molt_async_next(MoltValue iterator) { return molt_call_method(iterator, "__anext__", NULL, 0, MOLT_NONE); }

MoltValue molt_async_context_exit(MoltValue manager) {
    return context_exit(manager, "__aenter__", "__aexit__", "asynchronous context manager");
}
