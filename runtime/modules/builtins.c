/* The builtin functions of include/molt/builtins.h (print, len, min, sorted,
 * isinstance...), with CPython 3.12's argument handling and messages. The
 * builtin types' constructors (list(), dict()...) are their types' call slots. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/molt.h"
#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/output.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/exc_object.h"
#include "../objects/iter.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/number.h"
#include "../objects/slice.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/generic_alias.h"
#include "../objects/union_type.h"
#include "typing.h"

static const char *type_name(MoltValue v) { return molt_type_of(v)->name; }

static MoltValue not_an_integer(MoltValue v) {
    return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             type_name(v));
}

/* ---- output ---- */

static int print_text_argument(MoltValue value, const char *name, const char *fallback, MoltBuffer *out) {
    if (value == MOLT_ARG_MISSING || value == MOLT_NONE) {
        molt_buffer_append_cstr(out, fallback);
        return 0;
    }
    if (molt_type_of(value) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "%s must be None or a string, not %s", name, type_name(value));
        return -1;
    }
    molt_buffer_append_str(out, value);
    return 0;
}

/* One write of print to sys.stdout: like TextIOWrapper.write, the text is
 * encoded (checked) as a whole before it is written; on an error what the
 * earlier writes gave stays written and `line` starts over. */
static int print_write(MoltBuffer *line, MoltValue text) {
    if (molt_codec_check_utf8(text) < 0) {
        molt_output_stdout(line->data, line->length);
        line->length = 0;
        return -1;
    }
    molt_buffer_append_str(line, text);
    return 0;
}

MoltValue molt_builtin_print(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue sep = MOLT_ARG_MISSING, end = MOLT_ARG_MISSING, file = MOLT_NONE, flush = MOLT_FALSE;
    size_t keyword_count = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keyword_count; k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        MoltValue value = args[nargs + k];
        if (strcmp(name, "sep") == 0) sep = value;
        else if (strcmp(name, "end") == 0) end = value;
        else if (strcmp(name, "file") == 0) file = value;
        else if (strcmp(name, "flush") == 0) flush = value;
        else return molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for print()", name);
    }
    if (file != MOLT_NONE)
        return molt_raise_format(&molt_type_NotImplementedError, "print(file=...) is not supported yet");
    MoltBuffer separator, terminator, line;
    molt_buffer_init(&separator);
    molt_buffer_init(&terminator);
    molt_buffer_init(&line);
    MoltValue result = MOLT_NONE;
    if (print_text_argument(sep, "sep", " ", &separator) < 0 || print_text_argument(end, "end", "\n", &terminator) < 0) {
        result = MOLT_ERROR;
        goto done;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep != MOLT_ARG_MISSING && sep != MOLT_NONE && print_write(&line, sep) < 0) {
                result = MOLT_ERROR;
                goto done;
            }
            if (sep == MOLT_ARG_MISSING || sep == MOLT_NONE) molt_buffer_append(&line, separator.data, separator.length);
        }
        MoltValue text = molt_str(args[i]);
        int status = text == MOLT_ERROR ? -1 : print_write(&line, text);
        molt_decref(text);
        if (status < 0) {
            if (text == MOLT_ERROR) molt_output_stdout(line.data, line.length);
            result = MOLT_ERROR;
            goto done;
        }
    }
    if (end != MOLT_ARG_MISSING && end != MOLT_NONE) {
        if (print_write(&line, end) < 0) {
            result = MOLT_ERROR;
            goto done;
        }
    } else {
        molt_buffer_append(&line, terminator.data, terminator.length);
    }
    molt_output_stdout(line.data, line.length);
    int flush_now = molt_truthy(flush);
    if (flush_now < 0) result = MOLT_ERROR;
    else if (flush_now) molt_output_flush();
done:
    molt_buffer_free(&separator);
    molt_buffer_free(&terminator);
    molt_buffer_free(&line);
    return result;
}

MoltValue molt_print_value(MoltValue v) {
    MoltValue text = molt_str(v);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    if (molt_codec_check_utf8(text) < 0) {
        molt_decref(text);
        return MOLT_ERROR;
    }
    size_t length;
    const char *bytes = molt_str_utf8(text, &length);
    molt_output_stdout(bytes, length);
    molt_output_stdout("\n", 1);
    molt_decref(text);
    return MOLT_NONE;
}

MoltValue molt_builtin_repr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("repr", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_repr(args[0]);
}

MoltValue molt_builtin_ascii(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("ascii", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_ascii(args[0]);
}

MoltValue molt_builtin_format(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("format", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("format", nargs, 1, 2) < 0) return MOLT_ERROR;
    if (nargs == 1) {
        MoltValue empty = molt_str_from_utf8("", 0);
        MoltValue result = molt_format(args[0], empty);
        molt_decref(empty);
        return result;
    }
    if (molt_type_of(args[1]) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "format() argument 2 must be str, not %s", type_name(args[1]));
    return molt_format(args[0], args[1]);
}

/* ---- numbers ---- */

/* A dunder of a builtin type of a runtime module (timedelta's __abs__ and
 * __divmod__), through its call_method slot; MOLT_NOT_IMPLEMENTED when it has none. */
static MoltValue builtin_type_dunder(MoltValue self, const char *name, const MoltValue *args, size_t nargs) {
    const MoltType *type = molt_type_of(self);
    if (molt_is_instance(self) || !type->call_method) return MOLT_NOT_IMPLEMENTED;
    return type->call_method(self, name, args, nargs, MOLT_NONE);
}

MoltValue molt_builtin_abs(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("abs", nargs, kwnames) < 0) return MOLT_ERROR;
    if (molt_is_number(args[0])) return molt_number_abs(args[0]);
    if (molt_is_complex(args[0])) return molt_complex_abs(args[0]);
    if (molt_is_instance(args[0])) {
        MoltValue result = molt_instance_call_dunder(args[0], "__abs__", NULL, 0);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    MoltValue result = builtin_type_dunder(args[0], "__abs__", NULL, 0);
    if (result != MOLT_NOT_IMPLEMENTED) return result;
    return molt_raise_format(&molt_type_TypeError, "bad operand type for abs(): '%s'", type_name(args[0]));
}

static bool is_zero_number(MoltValue v) {
    if (molt_is_double(v)) return molt_as_double(v) == 0.0;
    int64_t value;
    return molt_int_to_i64(v, &value) && value == 0;
}

MoltValue molt_builtin_divmod(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("divmod", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("divmod", nargs, 2, 2) < 0) return MOLT_ERROR;
    MoltValue a = args[0], b = args[1];
    if (!molt_is_number(a)) {
        MoltValue result = builtin_type_dunder(a, "__divmod__", &b, 1);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    if (!molt_is_number(a) || !molt_is_number(b))
        return molt_raise_format(&molt_type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                                 type_name(a), type_name(b));
    if ((molt_is_double(a) || molt_is_double(b)) && is_zero_number(b))
        return molt_raise_format(&molt_type_ZeroDivisionError, "float divmod()");
    MoltValue quotient = molt_binary_op(MOLT_OP_FLOORDIV, a, b);
    if (quotient == MOLT_ERROR) return MOLT_ERROR;
    MoltValue remainder = molt_binary_op(MOLT_OP_MOD, a, b);
    if (remainder == MOLT_ERROR) {
        molt_decref(quotient);
        return MOLT_ERROR;
    }
    MoltValue pair[2] = {quotient, remainder};
    return molt_tuple_from_owned(pair, 2);
}

MoltValue molt_builtin_pow(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    static const MoltArgSpec spec = {"pow", 2, 3, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    if (parsed[2] == MOLT_ARG_MISSING || parsed[2] == MOLT_NONE) return molt_binary_op(MOLT_OP_POW, parsed[0], parsed[1]);
    /* complex's __pow__ refuses any modulus once both operands convert. */
    if ((molt_is_complex(parsed[0]) || molt_is_complex(parsed[1])) &&
        (molt_is_number(parsed[0]) || molt_is_complex(parsed[0])) &&
        (molt_is_number(parsed[1]) || molt_is_complex(parsed[1])))
        return molt_raise_format(&molt_type_ValueError, "complex modulo");
    if (!molt_is_int(parsed[0]) || !molt_is_int(parsed[1]) || !molt_is_int(parsed[2])) {
        if (molt_is_number(parsed[0]) && molt_is_number(parsed[1]) && molt_is_number(parsed[2]))
            return molt_raise_format(&molt_type_TypeError,
                                     "pow() 3rd argument not allowed unless all arguments are integers");
        return molt_raise_format(&molt_type_TypeError,
                                 "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                                 type_name(parsed[0]), type_name(parsed[1]), type_name(parsed[2]));
    }
    return molt_int_pow_mod(parsed[0], parsed[1], parsed[2]);
}

MoltValue molt_builtin_round(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    static const MoltArgSpec spec = {"round", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue number = parsed[0];
    MoltValue ndigits = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1];
    if (molt_is_double(number)) {
        if (ndigits != MOLT_NONE && !molt_is_int(ndigits)) return not_an_integer(ndigits);
        return molt_float_round(molt_as_double(number), ndigits);
    }
    if (molt_is_int(number)) return molt_int_round(number, ndigits);
    if (molt_is_instance(number)) {
        MoltValue result = molt_instance_call_dunder(number, "__round__", &ndigits, parsed[1] == MOLT_ARG_MISSING ? 0 : 1);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    return molt_raise_format(&molt_type_TypeError, "type %s doesn't define __round__ method", type_name(number));
}

static MoltValue int_in_base(const MoltValue *args, size_t nargs, MoltValue kwnames, const char *name,
                             const char *spec_text) {
    if (molt_args_exactly_one(name, nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue number = args[0];
    if (!molt_is_int(number)) {
        number = molt_instance_index(number);
        if (number == MOLT_ERROR) return MOLT_ERROR;
        if (number == MOLT_NOT_IMPLEMENTED) return not_an_integer(args[0]);
    } else {
        molt_incref(number);
    }
    MoltValue spec = molt_str_from_utf8(spec_text, strlen(spec_text));
    MoltValue result = molt_int_format(number, spec);
    molt_decref(spec);
    molt_decref(number);
    return result;
}

MoltValue molt_builtin_hex(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return int_in_base(args, nargs, kwnames, "hex", "#x");
}

MoltValue molt_builtin_oct(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return int_in_base(args, nargs, kwnames, "oct", "#o");
}

MoltValue molt_builtin_bin(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return int_in_base(args, nargs, kwnames, "bin", "#b");
}

/* ---- characters ---- */

MoltValue molt_builtin_chr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("chr", nargs, kwnames) < 0) return MOLT_ERROR;
    if (!molt_is_int(args[0])) return not_an_integer(args[0]);
    int64_t code;
    if (!molt_int_to_i64(args[0], &code) || code > INT32_MAX || code < INT32_MIN)
        return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
    if (code < 0 || code > 0x10FFFF)
        return molt_raise_format(&molt_type_ValueError, "chr() arg not in range(0x110000)");
    return molt_str_from_code_point((uint32_t)code);
}

MoltValue molt_builtin_ord(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("ord", nargs, kwnames) < 0) return MOLT_ERROR;
    const MoltType *type = molt_type_of(args[0]);
    if (type == &molt_type_bytes || type == &molt_type_bytearray) {
        size_t length;
        const unsigned char *data = molt_bytes_data(args[0], &length);
        if (length != 1)
            return molt_raise_format(&molt_type_TypeError, "ord() expected a character, but string of length %zu found",
                                     length);
        return molt_from_small_int(data[0]);
    }
    if (type != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "ord() expected string of length 1, but %s found",
                                 type_name(args[0]));
    int64_t characters = molt_str_length(args[0]);
    if (characters != 1)
        return molt_raise_format(&molt_type_TypeError, "ord() expected a character, but string of length %lld found",
                                 (long long)characters);
    size_t length;
    const unsigned char *bytes = (const unsigned char *)molt_str_utf8(args[0], &length);
    uint32_t c = bytes[0];
    if (length == 2) c = ((c & 0x1Fu) << 6) | (bytes[1] & 0x3Fu);
    else if (length == 3) c = ((c & 0x0Fu) << 12) | ((bytes[1] & 0x3Fu) << 6) | (bytes[2] & 0x3Fu);
    else if (length == 4)
        c = ((c & 0x07u) << 18) | ((bytes[1] & 0x3Fu) << 12) | ((bytes[2] & 0x3Fu) << 6) | (bytes[3] & 0x3Fu);
    return molt_from_small_int(c);
}

/* ---- objects ---- */

MoltValue molt_builtin_len(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("len", nargs, kwnames) < 0) return MOLT_ERROR;
    const MoltType *type = molt_type_of(args[0]);
    if (!type->length)
        return molt_raise_format(&molt_type_TypeError, "object of type '%s' has no len()", type->name);
    int64_t length = type->length(args[0]);
    return length < 0 ? MOLT_ERROR : molt_int_from_i64(length);
}

MoltValue molt_builtin_hash(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("hash", nargs, kwnames) < 0) return MOLT_ERROR;
    int64_t hash = molt_hash(args[0]);
    return hash == -1 ? MOLT_ERROR : molt_int_from_i64(hash);
}

MoltValue molt_builtin_id(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("id", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue v = args[0];
    /* Heap objects: their address. Immediates: their bits, kept positive. */
    uint64_t identity = molt_is_ptr(v) ? (uint64_t)(uintptr_t)molt_as_ptr(v) : (v >> 1);
    return molt_int_from_i64((int64_t)(identity & 0x7FFFFFFFFFFFFFFFull));
}

MoltValue molt_builtin_callable(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("callable", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_from_bool(molt_is_callable(args[0]));
}

/* 1 when `object_type` matches `class_info` (a type or nested tuple of types);
 * `object` is isinstance's first argument (or issubclass's), for the classes
 * whose metatype checks for itself (typing's protocols). */
static int type_matches(MoltValue object, const MoltType *object_type, MoltValue class_info, const char *function) {
    if (molt_is_tuple(class_info)) {
        int64_t count = molt_tuple_length(class_info);
        for (int64_t i = 0; i < count; i++) {
            int result = type_matches(object, object_type, molt_tuple_items(class_info)[i], function);
            if (result != 0) return result;
        }
        return 0;
    }
    if (molt_is_union_type(class_info)) return type_matches(object, object_type, molt_union_type_args(class_info), function);
    if (molt_type_of(class_info) == &molt_type_generic_alias) {
        molt_raise_format(&molt_type_TypeError, "%s() argument 2 cannot be a parameterized generic", function);
        return -1;
    }
    if (!molt_is_type(class_info)) {
        /* typing.List, Union[int, str]: what they stand for, or CPython's refusal */
        MoltValue target = molt_typing_instance_check_target(class_info, function);
        if (target == MOLT_ERROR) return -1;
        if (target != MOLT_NOT_IMPLEMENTED) {
            int result = type_matches(object, object_type, target, function);
            molt_decref(target);
            return result;
        }
        bool subclass = strcmp(function, "issubclass") == 0;
        molt_raise_format(&molt_type_TypeError, "%s() arg 2 must be a %s, a tuple of %s, or a union", function,
                          subclass ? "class" : "type", subclass ? "classes" : "types");
        return -1;
    }
    if (molt_type_of(class_info) != &molt_type_type && molt_type_is_heap(molt_as_type(class_info))) {
        int checked = molt_metatype_instance_check(object, class_info, strcmp(function, "issubclass") == 0);
        if (checked != 2) return checked;
    }
    return molt_type_matches_class(object_type, molt_as_type(class_info));
}

MoltValue molt_builtin_isinstance(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("isinstance", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("isinstance", nargs, 2, 2) < 0) return MOLT_ERROR;
    int result = type_matches(args[0], molt_type_of(args[0]), args[1], "isinstance");
    return result < 0 ? MOLT_ERROR : molt_from_bool(result);
}

MoltValue molt_builtin_issubclass(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("issubclass", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("issubclass", nargs, 2, 2) < 0) return MOLT_ERROR;
    if (!molt_is_type(args[0])) return molt_raise_format(&molt_type_TypeError, "issubclass() arg 1 must be a class");
    int result = type_matches(args[0], molt_as_type(args[0]), args[1], "issubclass");
    return result < 0 ? MOLT_ERROR : molt_from_bool(result);
}

/* ---- iteration ---- */

MoltValue molt_builtin_iter(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("iter", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("iter", nargs, 1, 2) < 0) return MOLT_ERROR;
    if (nargs == 2) {
        if (!molt_is_callable(args[0]))
            return molt_raise_format(&molt_type_TypeError, "iter(object, sentinel): object must be callable");
        return molt_callable_iterator_new(args[0], args[1]);
    }
    return molt_iter(args[0]);
}

MoltValue molt_builtin_next(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("next", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("next", nargs, 1, 2) < 0) return MOLT_ERROR;
    const MoltType *type = molt_type_of(args[0]);
    if (!type->iternext)
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not an iterator", type->name);
    if (molt_is_generator(args[0])) {
        /* Its StopIteration carries the return value. */
        MoltValue item = molt_generator_send(args[0], MOLT_NONE);
        if (item != MOLT_ERROR || nargs == 1 || molt_exc_matches(molt_from_ptr(&molt_type_StopIteration)) != 1) return item;
        molt_decref(molt_exc_fetch());
        return molt_new_reference(args[1]);
    }
    MoltValue item = type->iternext(args[0]);
    if (item != MOLT_STOP) return item;
    if (nargs == 2) return molt_new_reference(args[1]);
    MoltValue empty = molt_tuple_new(0);
    MoltValue exception = molt_exception_new(&molt_type_StopIteration, empty);
    molt_decref(empty);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

MoltValue molt_builtin_enumerate(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    static const MoltArgSpec spec = {"enumerate", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) {
        if (nargs == 0) {
            molt_decref(molt_exc_fetch());
            /* CPython names the first keyword, even start=, when iterable is missing. */
            if (molt_args_keyword_count(kwnames) > 0)
                return molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                                         molt_args_keyword_name(kwnames, 0));
            return molt_raise_format(&molt_type_TypeError, "enumerate() missing required argument 'iterable'");
        }
        return MOLT_ERROR;
    }
    MoltValue start = parsed[1] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[1];
    if (!molt_is_int(start)) return not_an_integer(start);
    if (molt_is_bool(start)) start = molt_from_small_int(molt_bool_value(start));
    return molt_enumerate_new(parsed[0], start);
}

MoltValue molt_builtin_zip(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    bool strict = false;
    size_t keyword_count = molt_args_keyword_count(kwnames);
    if (keyword_count > 1)
        return molt_raise_format(&molt_type_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                                 keyword_count);
    for (size_t k = 0; k < keyword_count; k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        if (strcmp(name, "strict") != 0)
            return molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for zip()", name);
        int truth = molt_truthy(args[nargs + k]);
        if (truth < 0) return MOLT_ERROR;
        strict = truth;
    }
    return molt_zip_new(args, nargs, strict);
}

MoltValue molt_builtin_map(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("map", kwnames) < 0) return MOLT_ERROR;
    if (nargs < 2) return molt_raise_format(&molt_type_TypeError, "map() must have at least two arguments.");
    return molt_map_new(args[0], args + 1, nargs - 1);
}

MoltValue molt_builtin_filter(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("filter", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("filter", nargs, 2, 2) < 0) return MOLT_ERROR;
    return molt_filter_new(args[0], args[1]);
}

MoltValue molt_builtin_reversed(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("reversed", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("reversed", nargs, 1, 1) < 0) return MOLT_ERROR;
    if (molt_is_instance(args[0])) {
        MoltValue result = molt_instance_call_dunder(args[0], "__reversed__", NULL, 0);
        if (result != MOLT_NOT_IMPLEMENTED) return result;
    }
    return molt_reversed_new(args[0]);
}

/* Calls visit(item, context) for each item; stops early when it returns 1. */
typedef int (*ItemVisitor)(MoltValue item, void *context);

static int for_each(MoltValue iterable, ItemVisitor visit, void *context) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return -1;
    int status = 0;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) {
            status = -1;
            break;
        }
        status = visit(item, context);
        molt_decref(item);
        if (status != 0) break;
    }
    molt_decref(iterator);
    return status;
}

static int visit_any(MoltValue item, void *context) {
    (void)context;
    return molt_truthy(item);
}

static int visit_all(MoltValue item, void *context) {
    (void)context;
    int truth = molt_truthy(item);
    return truth < 0 ? -1 : !truth;
}

MoltValue molt_builtin_any(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("any", nargs, kwnames) < 0) return MOLT_ERROR;
    int status = for_each(args[0], visit_any, NULL);
    return status < 0 ? MOLT_ERROR : molt_from_bool(status == 1);
}

MoltValue molt_builtin_all(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("all", nargs, kwnames) < 0) return MOLT_ERROR;
    int status = for_each(args[0], visit_all, NULL);
    return status < 0 ? MOLT_ERROR : molt_from_bool(status == 0);
}

typedef struct ExtremeState {
    MoltCompareOp op;      /* GT for max, LT for min */
    MoltValue key_function;
    MoltValue best;        /* MOLT_ARG_MISSING until the first item */
    MoltValue best_key;
} ExtremeState;

static int visit_extreme(MoltValue item, void *context) {
    ExtremeState *state = context;
    MoltValue key = item;
    if (state->key_function != MOLT_NONE) {
        key = molt_call(state->key_function, &item, 1, MOLT_NONE);
        if (key == MOLT_ERROR) return -1;
    } else {
        molt_incref(key);
    }
    if (state->best == MOLT_ARG_MISSING) {
        molt_incref(item);
        state->best = item;
        state->best_key = key;
        return 0;
    }
    int better = molt_compare_bool(state->op, key, state->best_key);
    if (better < 0) {
        molt_decref(key);
        return -1;
    }
    if (better) {
        molt_decref(state->best);
        molt_decref(state->best_key);
        molt_incref(item);
        state->best = item;
        state->best_key = key;
    } else {
        molt_decref(key);
    }
    return 0;
}

static MoltValue extreme(const char *name, MoltCompareOp op, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue key_function = MOLT_NONE, default_value = MOLT_ARG_MISSING;
    size_t keyword_count = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keyword_count; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        if (strcmp(keyword, "key") == 0) key_function = args[nargs + k];
        else if (strcmp(keyword, "default") == 0) default_value = args[nargs + k];
        else return molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for %s()", keyword, name);
    }
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && default_value != MOLT_ARG_MISSING)
        return molt_raise_format(&molt_type_TypeError,
                                 "Cannot specify a default for %s() with multiple positional arguments", name);
    ExtremeState state = {op, key_function, MOLT_ARG_MISSING, MOLT_NONE};
    int status = 0;
    if (nargs == 1) {
        status = for_each(args[0], visit_extreme, &state);
    } else {
        for (size_t i = 0; i < nargs && status == 0; i++) status = visit_extreme(args[i], &state);
    }
    if (status < 0) {
        if (state.best != MOLT_ARG_MISSING) {
            molt_decref(state.best);
            molt_decref(state.best_key);
        }
        return MOLT_ERROR;
    }
    if (state.best == MOLT_ARG_MISSING) {
        if (default_value != MOLT_ARG_MISSING) return molt_new_reference(default_value);
        return molt_raise_format(&molt_type_ValueError, "%s() iterable argument is empty", name);
    }
    molt_decref(state.best_key);
    return state.best;
}

MoltValue molt_builtin_max(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return extreme("max", MOLT_CMP_GT, args, nargs, kwnames);
}

MoltValue molt_builtin_min(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return extreme("min", MOLT_CMP_LT, args, nargs, kwnames);
}

/* sum() as CPython 3.12: an exact int64 fast path, then a float path with
 * Neumaier compensated summation, then generic addition. */
MoltValue molt_builtin_sum(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "start", NULL};
    static const MoltArgSpec spec = {"sum", 1, 2, names, 2};
    MoltValue parsed[2];
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue result = parsed[1] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[1];
    if (molt_type_of(result) == &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    MoltValue iterator = molt_iter(parsed[0]);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    molt_incref(result);
    MoltValue item = MOLT_STOP;
    /* Exact small ints. */
    if (molt_is_small_int(result)) {
        int64_t total = molt_small_int_value(result);
        for (;;) {
            item = molt_iter_next(iterator);
            if (item == MOLT_STOP || item == MOLT_ERROR) break;
            int64_t value, next;
            if ((molt_is_small_int(item) || molt_is_bool(item)) && molt_int_to_i64(item, &value) &&
                !__builtin_add_overflow(total, value, &next)) {
                total = next;
                continue;
            }
            break;
        }
        result = molt_int_from_i64(total);
        if (item == MOLT_STOP || item == MOLT_ERROR) {
            molt_decref(iterator);
            if (item == MOLT_ERROR) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            return result;
        }
        MoltValue next = molt_binary_op(MOLT_OP_ADD, result, item);
        molt_decref(result);
        molt_decref(item);
        result = next;
        if (result == MOLT_ERROR) {
            molt_decref(iterator);
            return MOLT_ERROR;
        }
    }
    /* Floats: Neumaier summation. */
    if (molt_is_double(result)) {
        double total = molt_as_double(result), compensation = 0.0;
        for (;;) {
            item = molt_iter_next(iterator);
            if (item == MOLT_STOP || item == MOLT_ERROR) break;
            if (molt_is_double(item)) {
                double x = molt_as_double(item);
                double t = total + x;
                if (fabs(total) >= fabs(x)) compensation += (total - t) + x;
                else compensation += (x - t) + total;
                total = t;
                continue;
            }
            int64_t value;
            if (molt_is_int(item) && molt_int_to_i64(item, &value)) {
                total += (double)value;
                molt_decref(item);
                continue;
            }
            break;
        }
        if (compensation != 0.0 && isfinite(compensation)) total += compensation;
        result = molt_from_double(total);
        if (item == MOLT_STOP || item == MOLT_ERROR) {
            molt_decref(iterator);
            return item == MOLT_ERROR ? MOLT_ERROR : result;
        }
        MoltValue next = molt_binary_op(MOLT_OP_ADD, result, item);
        molt_decref(item);
        result = next;
        if (result == MOLT_ERROR) {
            molt_decref(iterator);
            return MOLT_ERROR;
        }
    }
    /* Anything else: repeated +. */
    for (;;) {
        item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        MoltValue next = item == MOLT_ERROR ? MOLT_ERROR : molt_binary_op(MOLT_OP_ADD, result, item);
        molt_decref(item);
        molt_decref(result);
        result = next;
        if (result == MOLT_ERROR) break;
    }
    molt_decref(iterator);
    return result;
}

MoltValue molt_builtin_sorted(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "key", "reverse", NULL};
    static const MoltArgSpec spec = {"sorted", 1, 1, names, 3};
    MoltValue parsed[3];
    /* sorted() hands its keywords to list.sort, which names itself in the error. */
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        if (strcmp(keyword, "key") != 0 && strcmp(keyword, "reverse") != 0)
            return molt_raise_format(&molt_type_TypeError, "'%s' is an invalid keyword argument for sort()", keyword);
    }
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue key = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1];
    int reverse = parsed[2] == MOLT_ARG_MISSING ? 0 : molt_truthy(parsed[2]);
    if (reverse < 0) return MOLT_ERROR;
    MoltValue list = molt_list_from_iterable(parsed[0]);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    if (molt_list_sort(list, key, reverse) < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

/* ---- attributes ---- */

/* The UTF-8 of an attribute name argument, or NULL with CPython's TypeError. */
static const char *attribute_name(MoltValue name) {
    if (molt_type_of(name) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "attribute name must be string, not '%s'", type_name(name));
        return NULL;
    }
    size_t length;
    return molt_str_utf8(name, &length);
}

/* getattr(object, name) with AttributeError turned into MOLT_UNBOUND. */
static MoltValue attribute_or_unbound(MoltValue object, MoltValue name_value) {
    const char *name = attribute_name(name_value);
    if (!name) return MOLT_ERROR;
    MoltValue value;
    int found = molt_getattr_optional(object, name, &value);
    return found < 0 ? MOLT_ERROR : found ? value : MOLT_UNBOUND;
}

MoltValue molt_builtin_getattr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("getattr", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("getattr", nargs, 2, 3) < 0) return MOLT_ERROR;
    if (nargs == 2) {
        const char *name = attribute_name(args[1]);
        return name ? molt_getattr(args[0], name) : MOLT_ERROR;
    }
    MoltValue value = attribute_or_unbound(args[0], args[1]);
    return value == MOLT_UNBOUND ? molt_new_reference(args[2]) : value;
}

MoltValue molt_builtin_hasattr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("hasattr", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("hasattr", nargs, 2, 2) < 0) return MOLT_ERROR;
    MoltValue value = attribute_or_unbound(args[0], args[1]);
    if (value == MOLT_ERROR || value == MOLT_UNBOUND) return value == MOLT_ERROR ? MOLT_ERROR : MOLT_FALSE;
    molt_decref(value);
    return MOLT_TRUE;
}

MoltValue molt_builtin_setattr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("setattr", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("setattr", nargs, 3, 3) < 0) return MOLT_ERROR;
    const char *name = attribute_name(args[1]);
    if (!name) return MOLT_ERROR;
    return molt_setattr(args[0], name, args[2]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

MoltValue molt_builtin_delattr(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("delattr", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("delattr", nargs, 2, 2) < 0) return MOLT_ERROR;
    const char *name = attribute_name(args[1]);
    if (!name) return MOLT_ERROR;
    return molt_delattr(args[0], name) < 0 ? MOLT_ERROR : MOLT_NONE;
}

/* vars(obj): the instance's __dict__ itself (changes show in the instance). */
MoltValue molt_builtin_vars(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("vars", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("vars", nargs, 0, 1) < 0) return MOLT_ERROR;
    if (nargs == 0)
        return molt_raise_format(&molt_type_NotImplementedError, "vars() without an argument is not supported");
    bool has_dict = (molt_is_instance(args[0]) && molt_instance_dict_pointer(args[0])) ||
                    (molt_is_type(args[0]) && molt_type_is_heap(molt_as_type(args[0])));
    if (!has_dict) return molt_raise_format(&molt_type_TypeError, "vars() argument must have __dict__ attribute");
    return molt_getattr(args[0], "__dict__");
}
