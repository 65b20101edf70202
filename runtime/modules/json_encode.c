/* json's encoder. One walk over the value writes JSON text into a str
 * builder, in either of the two forms CPython 3.12 has: its C encoder
 * (c_make_encoder, used by dumps without indent) and the pure-Python
 * _make_iterencode (dumps with indent, and every dump), which give the same
 * text but differ in messages and recursion limits. For dump, the text is
 * cut where _make_iterencode yields and each piece is passed to fp.write
 * at once, so a writer sees the same calls as under CPython. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/number.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "json_internal.h"

/* sys.getrecursionlimit(): _make_iterencode runs one generator frame per
 * nested container. */
#define JSON_PYTHON_FRAME_LIMIT 1000

typedef struct Encoder {
    const JsonEncodeOptions *options;
    MoltStrBuilder out;
    bool python;              /* _make_iterencode's behaviour rather than the C encoder's */
    MoltValue fp;             /* json.dump's file, or MOLT_UNBOUND */
    MoltValue indent;         /* the indent as a str (python form with indent), else MOLT_UNBOUND */
    int depth;                /* containers and default-converted objects being encoded */
    int level;                /* _current_indent_level: the containers only */
    int frame_base;           /* python form: frames under the outermost container */
    int64_t chunks;           /* python form: the chunks yielded so far */
    int64_t bad_chunk;        /* dumps, python form: the first chunk that is not a str, or -1 */
    const char *bad_type;     /* its type's name */
    MoltValue *markers;       /* the containers being encoded (check_circular), by identity */
    size_t marker_count, marker_capacity;
} Encoder;

/* ---- output ------------------------------------------------------------------------ */

static void put_ascii(Encoder *e, const char *text, size_t length) {
    molt_str_builder_append_ascii(&e->out, text, length);
}

#define PUT_LITERAL(e, text) put_ascii((e), (text), sizeof(text) - 1)

/* Where _make_iterencode yields: dump writes what was made since the last yield. */
static int yield_chunk(Encoder *e) {
    e->chunks++;
    if (e->fp == MOLT_UNBOUND) return 0;
    MoltValue text = molt_str_builder_finish(&e->out);
    molt_str_builder_init(&e->out, 64);
    if (text == MOLT_ERROR) return -1;
    MoltValue result = molt_call_method(e->fp, "write", &text, 1, MOLT_NONE);
    molt_decref(text);
    if (result == MOLT_ERROR) return -1;
    molt_decref(result);
    return 0;
}

static bool is_str(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &molt_type_str; }

/* A yield of something that is not a str (a separator that is not one, in the
 * python form): dump writes it as it is; dumps' ''.join fails on it once all
 * chunks are made ("sequence item 3: expected str instance, int found"). */
static int yield_object(Encoder *e, MoltValue v) {
    if (e->fp != MOLT_UNBOUND) {
        MoltValue result = molt_call_method(e->fp, "write", &v, 1, MOLT_NONE);
        if (result == MOLT_ERROR) return -1;
        molt_decref(result);
    } else if (e->bad_chunk < 0) {
        e->bad_chunk = e->chunks;
        e->bad_type = molt_type_of(v)->name;
    }
    e->chunks++;
    return 0;
}

/* A separator written where _make_iterencode yields it alone. */
static int yield_separator(Encoder *e, MoltValue separator) {
    if (!is_str(separator)) return yield_object(e, separator);
    molt_str_builder_append_str(&e->out, separator);
    return yield_chunk(e);
}

static const char hex_digits[] = "0123456789abcdef";

static void put_unicode_escape(Encoder *e, uint32_t code_unit) {
    char text[6] = {'\\', 'u', hex_digits[(code_unit >> 12) & 0xF], hex_digits[(code_unit >> 8) & 0xF],
                    hex_digits[(code_unit >> 4) & 0xF], hex_digits[code_unit & 0xF]};
    put_ascii(e, text, sizeof text);
}

/* encode_basestring / encode_basestring_ascii: the string in double quotes,
 * with " \ and control characters escaped, and with ensure_ascii every
 * non-ASCII character as \uXXXX (a surrogate pair above U+FFFF). */
static void put_string(Encoder *e, MoltValue str) {
    MoltStr *s = molt_str_object(str);
    const unsigned char *bytes = (const unsigned char *)s->data;
    size_t length = (size_t)s->byte_length;
    bool ascii_only = e->options->ensure_ascii;
    PUT_LITERAL(e, "\"");
    size_t run = 0, i = 0;
    while (i < length) {
        unsigned char c = bytes[i];
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !ascii_only)) {
            i++;
            continue;
        }
        if (i > run) {
            if (s->is_ascii) put_ascii(e, (const char *)bytes + run, i - run);
            else molt_str_builder_append_utf8(&e->out, (const char *)bytes + run, i - run);
        }
        if (c >= 0x7F) {
            const char *cursor = (const char *)bytes + i;
            uint32_t code_point = molt_utf8_decode(&cursor);
            i = (size_t)(cursor - (const char *)bytes);
            if (code_point >= 0x10000) {
                code_point -= 0x10000;
                put_unicode_escape(e, 0xD800 | (code_point >> 10));
                put_unicode_escape(e, 0xDC00 | (code_point & 0x3FF));
            } else {
                put_unicode_escape(e, code_point);
            }
        } else {
            switch (c) {
            case '"': PUT_LITERAL(e, "\\\""); break;
            case '\\': PUT_LITERAL(e, "\\\\"); break;
            case '\n': PUT_LITERAL(e, "\\n"); break;
            case '\r': PUT_LITERAL(e, "\\r"); break;
            case '\t': PUT_LITERAL(e, "\\t"); break;
            case '\b': PUT_LITERAL(e, "\\b"); break;
            case '\f': PUT_LITERAL(e, "\\f"); break;
            default: put_unicode_escape(e, c); break;
            }
            i++;
        }
        run = i;
    }
    if (run == 0) {
        molt_str_builder_append_str(&e->out, str);
    } else if (length > run) {
        if (s->is_ascii) put_ascii(e, (const char *)bytes + run, length - run);
        else molt_str_builder_append_utf8(&e->out, (const char *)bytes + run, length - run);
    }
    PUT_LITERAL(e, "\"");
}

/* int.__repr__ */
static int put_int(Encoder *e, MoltValue v) {
    if (molt_is_small_int(v)) {
        /* Small ints fit 48 bits: the digits written backwards, no printf. */
        int64_t value = molt_small_int_value(v);
        uint64_t magnitude = value < 0 ? (uint64_t)-value : (uint64_t)value;
        char text[24];
        char *start = text + sizeof text;
        do {
            *--start = (char)('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude);
        if (value < 0) *--start = '-';
        put_ascii(e, start, (size_t)(text + sizeof text - start));
        return 0;
    }
    MoltValue text = molt_int_repr(v);
    if (text == MOLT_ERROR) return -1;
    molt_str_builder_append_str(&e->out, text);
    molt_decref(text);
    return 0;
}

static MoltValue raise_recursion(const char *where) {
    return molt_raise_format(&molt_type_RecursionError, "maximum recursion depth exceeded%s", where);
}

/* float.__repr__, and NaN/Infinity/-Infinity as allow_nan permits. */
static int put_float(Encoder *e, double d) {
    /* _make_iterencode's floatstr is a Python function: one more frame. */
    if (e->python && e->frame_base + e->depth + 1 > JSON_PYTHON_FRAME_LIMIT) {
        raise_recursion("");
        return -1;
    }
    if (!isfinite(d)) {
        if (!e->options->allow_nan) {
            molt_raise_format(&molt_type_ValueError, "Out of range float values are not JSON compliant: %s",
                              isnan(d) ? "nan" : d > 0 ? "inf" : "-inf");
            return -1;
        }
        if (isnan(d)) PUT_LITERAL(e, "NaN");
        else if (d > 0) PUT_LITERAL(e, "Infinity");
        else PUT_LITERAL(e, "-Infinity");
        return 0;
    }
    size_t length;
    char *text = molt_float_to_string(d, 'r', 0, MOLT_FLOAT_ADD_DOT_0, &length);
    if (!text) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return -1;
    }
    put_ascii(e, text, length);
    free(text);
    return 0;
}

/* ---- the walk ---------------------------------------------------------------------- */

static bool is_list_or_tuple(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    const MoltType *type = molt_type_of(v);
    return type == &molt_type_list || type == &molt_type_tuple || molt_type_is_subtype(type, &molt_type_list) ||
           molt_type_is_subtype(type, &molt_type_tuple);
}

/* The values both encoders write without descending: str, None, bools,
 * ints (IntEnum members too, as int.__repr__ of them) and floats. */
static bool is_scalar(MoltValue v) {
    if (!molt_is_ptr(v)) return molt_is_double(v) || molt_is_small_int(v) || molt_is_bool(v) || v == MOLT_NONE;
    const MoltType *type = molt_type_of(v);
    return type == &molt_type_str || type == &molt_type_int || molt_enum_int_value(v) != MOLT_UNBOUND;
}

/* Writes a scalar (is_scalar(v)). */
static int put_scalar(Encoder *e, MoltValue v) {
    if (molt_is_double(v)) return put_float(e, molt_as_double(v));
    if (v == MOLT_NONE) {
        PUT_LITERAL(e, "null");
        return 0;
    }
    if (molt_is_bool(v)) {
        if (molt_bool_value(v)) PUT_LITERAL(e, "true");
        else PUT_LITERAL(e, "false");
        return 0;
    }
    if (molt_is_ptr(v) && molt_type_of(v) == &molt_type_str) {
        put_string(e, v);
        return 0;
    }
    MoltValue number = molt_enum_int_value(v);
    return put_int(e, number != MOLT_UNBOUND ? number : v);
}

static int enter(Encoder *e) {
    e->depth++;
    if (e->python ? e->frame_base + e->depth > JSON_PYTHON_FRAME_LIMIT : e->depth > JSON_C_DEPTH_LIMIT) {
        raise_recursion(e->python ? "" : " while encoding a JSON object");
        return -1;
    }
    return 0;
}

/* markers[id(o)] = o, after "Circular reference detected" when it is there. */
static int mark(Encoder *e, MoltValue v) {
    if (!e->options->check_circular) return 0;
    for (size_t i = 0; i < e->marker_count; i++) {
        if (e->markers[i] == v) {
            molt_raise_format(&molt_type_ValueError, "Circular reference detected");
            return -1;
        }
    }
    if (e->marker_count == e->marker_capacity) {
        size_t capacity = e->marker_capacity ? e->marker_capacity * 2 : 16;
        MoltValue *grown = realloc(e->markers, capacity * sizeof *grown);
        if (!grown) {
            molt_raise_format(&molt_type_MemoryError, "%s", "");
            return -1;
        }
        e->markers = grown;
        e->marker_capacity = capacity;
    }
    e->markers[e->marker_count++] = v;
    return 0;
}

static void unmark(Encoder *e) {
    if (e->options->check_circular) e->marker_count--;
}

/* '\n' + indent * depth, for the python form with an indent. */
static void put_newline_indent(Encoder *e, int depth) {
    PUT_LITERAL(e, "\n");
    for (int i = 0; i < depth; i++) molt_str_builder_append_str(&e->out, e->indent);
}

static int encode_value(Encoder *e, MoltValue v);

/* The end of a non-empty list or dict: the newline and outer indent (its own
 * chunk), then the bracket. */
static int close_container(Encoder *e, const char *bracket) {
    if (e->indent != MOLT_UNBOUND) {
        put_newline_indent(e, --e->level);
        if (yield_chunk(e) < 0) return -1;
    }
    put_ascii(e, bracket, 1);
    unmark(e);
    return yield_chunk(e);
}

/* With an indent, _make_iterencode's first step in a container is
 * `_item_separator + newline_indent`: a separator that is not a str fails
 * there with the + TypeError. (One whose + with a str succeeds is refused
 * with make_encoder's message.) */
static int check_indented_separator(Encoder *e) {
    MoltValue separator = e->options->item_separator;
    if (e->indent == MOLT_UNBOUND || is_str(separator)) return 0;
    MoltValue newline = molt_str_from_utf8("\n", 1);
    MoltValue sum = molt_binary_op(MOLT_OP_ADD, separator, newline);
    molt_decref(newline);
    if (sum == MOLT_ERROR) return -1;
    molt_decref(sum);
    molt_raise_format(&molt_type_TypeError, "make_encoder() argument 6 must be str, not %s",
                      molt_str_argument_type_name(separator));
    return -1;
}

/* yield separator + text(scalar), for a separator that is not a str. */
static int yield_sum(Encoder *e, MoltValue separator, MoltValue scalar) {
    MoltStrBuilder saved = e->out;
    molt_str_builder_init(&e->out, 32);
    int status = put_scalar(e, scalar);
    MoltValue text = molt_str_builder_finish(&e->out);
    e->out = saved;
    if (status < 0 || text == MOLT_ERROR) {
        if (text != MOLT_ERROR) molt_decref(text);
        return -1;
    }
    MoltValue sum = molt_binary_op(MOLT_OP_ADD, separator, text);
    molt_decref(text);
    if (sum == MOLT_ERROR) return -1;
    if (is_str(sum)) {
        molt_str_builder_append_str(&e->out, sum);
        status = yield_chunk(e);
    } else {
        status = yield_object(e, sum);
    }
    molt_decref(sum);
    return status;
}

static int encode_list(Encoder *e, MoltValue list) {
    bool is_list = molt_type_is_subtype(molt_type_of(list), &molt_type_list);
    int64_t length = is_list ? molt_list_length(list) : molt_tuple_length(list);
    if (length == 0) {
        PUT_LITERAL(e, "[]");
        return yield_chunk(e);
    }
    if (mark(e, list) < 0) return -1;
    e->level++;
    if (check_indented_separator(e) < 0) return -1;
    bool indented = e->indent != MOLT_UNBOUND;
    PUT_LITERAL(e, "[");
    if (indented) put_newline_indent(e, e->level);
    for (int64_t i = 0; i < (is_list ? molt_list_length(list) : length); i++) {
        MoltValue item = is_list ? molt_list_items(list)[i] : molt_tuple_items(list)[i];
        MoltValue separator = e->options->item_separator;
        if (i > 0 && is_str(separator)) {
            molt_str_builder_append_str(&e->out, separator);
            if (indented) put_newline_indent(e, e->level);
        }
        molt_incref(item);
        int status;
        if (i > 0 && !is_str(separator)) {
            /* yield buf + _encoder(value) / yield buf, with buf the separator itself */
            status = is_scalar(item) ? yield_sum(e, separator, item)
                                     : yield_object(e, separator) < 0 ? -1 : encode_value(e, item);
        } else if (is_scalar(item)) {
            status = put_scalar(e, item) < 0 ? -1 : yield_chunk(e);
        } else {
            /* _iterencode_list yields the separator before descending. */
            status = yield_chunk(e) < 0 ? -1 : encode_value(e, item);
        }
        molt_decref(item);
        if (status < 0) return -1;
    }
    return close_container(e, "]");
}

/* What _iterencode_dict checks of a key before writing anything: 1 a key it
 * writes, 0 one skipkeys skips, -1 an error (a non-finite float without
 * allow_nan, a type no key may have). */
static int check_key(Encoder *e, MoltValue key) {
    if (molt_is_double(key)) {
        if (isfinite(molt_as_double(key)) || e->options->allow_nan) return 1;
        return put_float(e, molt_as_double(key));
    }
    if (molt_is_small_int(key) || molt_is_bool(key) || key == MOLT_NONE) return 1;
    const MoltType *type = molt_type_of(key);
    if (type == &molt_type_str || type == &molt_type_int || molt_enum_int_value(key) != MOLT_UNBOUND) return 1;
    if (e->options->skipkeys) return 0;
    /* The C encoder names the type by tp_name, _make_iterencode by __name__. */
    molt_raise_format(&molt_type_TypeError, "keys must be str, int, float, bool or None, not %s",
                      e->python ? molt_json_class_name(key) : type->name);
    return -1;
}

/* A checked key as a JSON string: str as itself, the others as their JSON text in quotes. */
static int put_key(Encoder *e, MoltValue key) {
    if (molt_is_ptr(key) && molt_type_of(key) == &molt_type_str) {
        put_string(e, key);
        return 0;
    }
    PUT_LITERAL(e, "\"");
    int status;
    if (molt_is_double(key) || key == MOLT_NONE || molt_is_bool(key)) {
        status = put_scalar(e, key);
    } else {
        MoltValue number = molt_enum_int_value(key);
        status = put_int(e, number != MOLT_UNBOUND ? number : key);
    }
    PUT_LITERAL(e, "\"");
    return status;
}

static int encode_item(Encoder *e, MoltValue key, MoltValue value, bool *first) {
    int checked = check_key(e, key);
    if (checked <= 0) return checked;
    if (*first) {
        *first = false;
    } else if (e->indent != MOLT_UNBOUND) {
        molt_str_builder_append_str(&e->out, e->options->item_separator);
        put_newline_indent(e, e->level);
        if (yield_chunk(e) < 0) return -1;
    } else if (yield_separator(e, e->options->item_separator) < 0) {
        return -1;
    }
    if (put_key(e, key) < 0 || yield_chunk(e) < 0) return -1;
    if (yield_separator(e, e->options->key_separator) < 0) return -1;
    if (is_scalar(value)) return put_scalar(e, value) < 0 ? -1 : yield_chunk(e);
    return encode_value(e, value);
}

static int encode_dict(Encoder *e, MoltValue dict) {
    if (molt_dict_length(dict) == 0) {
        PUT_LITERAL(e, "{}");
        return yield_chunk(e);
    }
    if (mark(e, dict) < 0) return -1;
    e->level++;
    PUT_LITERAL(e, "{");
    if (yield_chunk(e) < 0 || check_indented_separator(e) < 0) return -1;
    if (e->indent != MOLT_UNBOUND) {
        put_newline_indent(e, e->level);
        if (yield_chunk(e) < 0) return -1;
    }
    bool first = true;
    if (e->options->sort_keys || (!e->python && !molt_is_dict(dict))) {
        /* The C encoder walks a list of the items (PyMapping_Items) of a dict
         * subtype or when sorting, as sorted(dct.items()) does: pairs
         * compared as tuples; a plain dict it walks live (PyDict_Next). */
        MoltValue items = molt_list_new(molt_dict_length(dict));
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(dict, &position, &key, &value)) {
            MoltValue pair = molt_tuple_pair(key, value);
            int appended = molt_list_append(items, pair);
            molt_decref(pair);
            if (appended < 0) {
                molt_decref(items);
                return -1;
            }
        }
        int status = e->options->sort_keys ? molt_list_sort(items, MOLT_NONE, false) : 0;
        for (int64_t i = 0; status >= 0 && i < molt_list_length(items); i++) {
            MoltValue pair = molt_list_items(items)[i];
            status = encode_item(e, molt_tuple_items(pair)[0], molt_tuple_items(pair)[1], &first);
        }
        molt_decref(items);
        if (status < 0) return -1;
    } else {
        /* _make_iterencode walks dct.items(): a change of size is the view
         * iterator's RuntimeError at its next step. */
        int64_t position = 0, size = molt_dict_length(dict);
        MoltValue key, value;
        while (molt_dict_next(dict, &position, &key, &value)) {
            molt_incref(key);
            molt_incref(value);
            int status = encode_item(e, key, value, &first);
            molt_decref(key);
            molt_decref(value);
            if (status < 0) return -1;
            if (e->python && molt_dict_length(dict) != size) {
                molt_raise_format(&molt_type_RuntimeError, "dictionary changed size during iteration");
                return -1;
            }
        }
    }
    return close_container(e, "}");
}

/* An object neither encoder knows: default(o), then its result. */
static int encode_other(Encoder *e, MoltValue v) {
    if (mark(e, v) < 0) return -1;
    MoltValue converted;
    if (e->options->default_function == MOLT_NONE) {
        converted = molt_raise_format(&molt_type_TypeError, "Object of type %s is not JSON serializable",
                                      molt_json_class_name(v));
    } else {
        /* The C encoder calls default from C (its budget); the Python one from a frame. */
        converted = !e->python && molt_json_check_call_depth(e->depth - 1, e->options->default_function) < 0
                        ? MOLT_ERROR
                        : molt_call(e->options->default_function, &v, 1, MOLT_NONE);
    }
    if (converted == MOLT_ERROR) return -1;
    /* _iterencode runs again for the converted value: one more frame. */
    if (e->python && enter(e) < 0) {
        molt_decref(converted);
        return -1;
    }
    int status = encode_value(e, converted);
    if (e->python) e->depth--;
    molt_decref(converted);
    if (status < 0) return -1;
    unmark(e);
    return 0;
}

/* _iterencode(o) / encoder_listencode_obj. */
static int encode_value(Encoder *e, MoltValue v) {
    if (is_scalar(v)) return put_scalar(e, v) < 0 ? -1 : yield_chunk(e);
    if (enter(e) < 0) return -1;
    int status;
    if (is_list_or_tuple(v)) status = encode_list(e, v);
    else if (molt_is_dict_or_subtype(v)) status = encode_dict(e, v);
    else status = encode_other(e, v);
    e->depth--;
    return status;
}

/* ---- entry points ------------------------------------------------------------------ */

static int encoder_init(Encoder *e, const JsonEncodeOptions *options, bool python, MoltValue fp) {
    e->options = options;
    e->python = python;
    e->fp = fp;
    e->indent = MOLT_UNBOUND;
    e->depth = 0;
    e->level = 0;
    e->frame_base = fp == MOLT_UNBOUND ? 4 : 3;   /* <module>, dumps, encode, _iterencode / <module>, dump, _iterencode */
    e->markers = NULL;
    e->marker_count = e->marker_capacity = 0;
    e->chunks = 0;
    e->bad_chunk = -1;
    e->bad_type = NULL;
    /* make_encoder's argument checks (the python form takes any separators). */
    if (!python && !is_str(options->key_separator)) {
        molt_raise_format(&molt_type_TypeError, "make_encoder() argument 5 must be str, not %s",
                          molt_str_argument_type_name(options->key_separator));
        return -1;
    }
    if (!python && !is_str(options->item_separator)) {
        molt_raise_format(&molt_type_TypeError, "make_encoder() argument 6 must be str, not %s",
                          molt_str_argument_type_name(options->item_separator));
        return -1;
    }
    if (python && options->indent != MOLT_NONE) {
        /* if not isinstance(_indent, str): _indent = ' ' * _indent */
        if (molt_is_ptr(options->indent) && molt_type_of(options->indent) == &molt_type_str) {
            molt_incref(options->indent);
            e->indent = options->indent;
        } else {
            MoltValue space = molt_str_from_utf8(" ", 1);
            e->indent = molt_binary_op(MOLT_OP_MUL, space, options->indent);
            molt_decref(space);
            if (e->indent == MOLT_ERROR) {
                e->indent = MOLT_UNBOUND;
                return -1;
            }
        }
    }
    molt_str_builder_init(&e->out, 256);
    return 0;
}

static void encoder_release(Encoder *e) {
    free(e->markers);
    if (e->indent != MOLT_UNBOUND) molt_decref(e->indent);
}

MoltValue molt_json_encode(MoltValue value, const JsonEncodeOptions *options) {
    Encoder e;
    if (is_str(value)) {
        /* JSONEncoder.encode's shortcut: a str is escaped before any encoder is made. */
        e.options = options;
        molt_str_builder_init(&e.out, (size_t)molt_str_object(value)->byte_length + 2);
        put_string(&e, value);
        return molt_str_builder_finish(&e.out);
    }
    if (encoder_init(&e, options, options->indent != MOLT_NONE, MOLT_UNBOUND) < 0) {
        encoder_release(&e);
        return MOLT_ERROR;
    }
    int status = encode_value(&e, value);
    encoder_release(&e);
    if (status == 0 && e.bad_chunk >= 0) {
        molt_raise_format(&molt_type_TypeError, "sequence item %lld: expected str instance, %s found",
                          (long long)e.bad_chunk, e.bad_type);
        status = -1;
    }
    if (status < 0) {
        molt_str_builder_discard(&e.out);
        return MOLT_ERROR;
    }
    return molt_str_builder_finish(&e.out);
}

MoltValue molt_json_encode_to(MoltValue value, const JsonEncodeOptions *options, MoltValue fp) {
    Encoder e;
    if (encoder_init(&e, options, true, fp) < 0) {
        encoder_release(&e);
        return MOLT_ERROR;
    }
    int status = encode_value(&e, value);
    encoder_release(&e);
    molt_str_builder_discard(&e.out);
    return status < 0 ? MOLT_ERROR : MOLT_NONE;
}
