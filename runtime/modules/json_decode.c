/* json's decoder: CPython 3.12's C scanner (scan_once_unicode and its
 * helpers in _json.c) step for step, over our UTF-8 text. Positions are
 * byte offsets while scanning and become code point indexes only when an
 * error reports one, so "line L column C (char N)" counts as CPython does. */
#include <stdlib.h>
#include <string.h>

#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/number.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "json_internal.h"


typedef struct Decoder {
    const JsonDecodeOptions *options;
    MoltValue document;
    const char *text;
    size_t length;
    int depth;
    /* A JSON syntax error not raised yet (the scanner's raise_errmsg, and
     * StopIteration as "Expecting value"), or NULL when a Python exception
     * is set instead. */
    const char *error;
    size_t error_position;
    /* The scanner's memo: object keys already made, shared by every object
     * that repeats them (as CPython's PyDict_SetDefault(memo, key, key)),
     * which saves most key allocations of a list of records. Keys without
     * escapes only, found by their UTF-8 text; NULL until the first key. */
    MoltValue *memo;
} Decoder;

#define JSON_MEMO_SIZE 256   /* a power of two; a colliding key is simply made anew */

static uint32_t memo_hash(const char *text, size_t length) {
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < length; i++) hash = (hash ^ (unsigned char)text[i]) * 16777619u;
    return hash;
}

/* The memo's str for the key text[0, length) (a new reference), or MOLT_UNBOUND;
 * *slot is where a new key goes. */
static MoltValue memo_find(Decoder *d, const char *text, size_t length, MoltValue **slot) {
    if (!d->memo) {
        d->memo = calloc(JSON_MEMO_SIZE, sizeof *d->memo);
        if (!d->memo) return MOLT_UNBOUND;
    }
    *slot = &d->memo[memo_hash(text, length) & (JSON_MEMO_SIZE - 1)];
    MoltValue cached = **slot;
    if (cached == 0) return MOLT_UNBOUND;
    MoltStr *s = molt_str_object(cached);
    if ((size_t)s->byte_length != length || memcmp(s->data, text, length) != 0) return MOLT_UNBOUND;
    molt_incref(cached);
    return cached;
}

static void memo_release(Decoder *d) {
    if (!d->memo) return;
    for (size_t i = 0; i < JSON_MEMO_SIZE; i++)
        if (d->memo[i]) molt_decref(d->memo[i]);
    free(d->memo);
}

static MoltValue syntax_error(Decoder *d, const char *message, size_t position) {
    d->error = message;
    d->error_position = position;
    return MOLT_ERROR;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_space(const Decoder *d, size_t i) {
    while (i < d->length && is_space(d->text[i])) i++;
    return i;
}

/* hook(argument), consuming the argument. */
static MoltValue call_hook(Decoder *d, MoltValue hook, MoltValue argument) {
    MoltValue result = molt_json_check_call_depth(d->depth, hook) < 0 ? MOLT_ERROR : molt_call(hook, &argument, 1, MOLT_NONE);
    molt_decref(argument);
    return result;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Four hex digits at text[i..i+4): the code unit, or -1. */
static int32_t read_hex4(const Decoder *d, size_t i) {
    int32_t value = 0;
    for (size_t k = 0; k < 4; k++) {
        int digit = i + k < d->length ? hex_value(d->text[i + k]) : -1;
        if (digit < 0) return -1;
        value = value << 4 | digit;
    }
    return value;
}

/* The upper bound of the code points a UTF-8 lead byte starts, as the str
 * constructor wants it (it decides the string's kind). */
static uint32_t lead_maximum(unsigned char lead) {
    return lead < 0x80 ? 0x7F : lead < 0xC4 ? 0xFF : lead < 0xE0 ? 0x7FF : lead < 0xF0 ? 0xFFFF : 0x10FFFF;
}

/* scanstring_unicode: the string whose opening quote is at begin. */
static MoltValue scan_string(Decoder *d, size_t begin, size_t *next_position, bool is_key) {
    const char *text = d->text;
    size_t end = begin + 1;
    /* The common string, without escapes, is made straight from the text. */
    int64_t char_count = 0;
    uint32_t maximum = 0;
    size_t i = end;
    while (i < d->length) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"' || c == '\\') break;
        if (c <= 0x1F && d->options->strict) return syntax_error(d, "Invalid control character at", i);
        if ((c & 0xC0) != 0x80) {
            char_count++;
            uint32_t bound = lead_maximum(c);
            if (bound > maximum) maximum = bound;
        }
        i++;
    }
    if (i < d->length && text[i] == '"') {
        *next_position = i + 1;
        MoltValue *slot = NULL;
        MoltValue cached = is_key ? memo_find(d, text + end, i - end, &slot) : MOLT_UNBOUND;
        if (cached != MOLT_UNBOUND) return cached;
        MoltValue made = molt_str_new_measured(text + end, i - end, char_count, maximum);
        if (slot && made != MOLT_ERROR && molt_is_str(made)) {
            if (*slot) molt_decref(*slot);
            molt_incref(made);
            *slot = made;
        }
        return made;
    }
    MoltStrBuilder out;
    molt_str_builder_init(&out, i - end + 16);
    molt_str_builder_append_measured(&out, text + end, i - end, char_count, maximum);
    end = i;
    for (;;) {
        size_t next = end;
        unsigned char c = 0;
        int64_t count = 0;
        maximum = 0;
        for (; next < d->length; next++) {
            c = (unsigned char)text[next];
            if (c == '"' || c == '\\') break;
            if (c <= 0x1F && d->options->strict) {
                molt_str_builder_discard(&out);
                return syntax_error(d, "Invalid control character at", next);
            }
            if ((c & 0xC0) != 0x80) {
                count++;
                uint32_t bound = lead_maximum(c);
                if (bound > maximum) maximum = bound;
            }
        }
        if (next >= d->length) {
            molt_str_builder_discard(&out);
            return syntax_error(d, "Unterminated string starting at", begin);
        }
        molt_str_builder_append_measured(&out, text + end, next - end, count, maximum);
        next++;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == d->length) {
            molt_str_builder_discard(&out);
            return syntax_error(d, "Unterminated string starting at", begin);
        }
        c = (unsigned char)text[next];
        uint32_t code_point;
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': case '\\': case '/': code_point = c; break;
            case 'b': code_point = '\b'; break;
            case 'f': code_point = '\f'; break;
            case 'n': code_point = '\n'; break;
            case 'r': code_point = '\r'; break;
            case 't': code_point = '\t'; break;
            default:
                molt_str_builder_discard(&out);
                return syntax_error(d, "Invalid \\escape", end - 2);
            }
        } else {
            next++;
            end = next + 4;
            int32_t unit = end >= d->length ? -1 : read_hex4(d, next);
            if (unit < 0) {
                molt_str_builder_discard(&out);
                return syntax_error(d, "Invalid \\uXXXX escape", next - 1);
            }
            code_point = (uint32_t)unit;
            /* A high surrogate followed by \u and a low surrogate is one character. */
            if (code_point >= 0xD800 && code_point <= 0xDBFF && end + 6 < d->length && text[end] == '\\' &&
                text[end + 1] == 'u') {
                int32_t low = read_hex4(d, end + 2);
                if (low < 0) {
                    molt_str_builder_discard(&out);
                    return syntax_error(d, "Invalid \\uXXXX escape", end + 1);
                }
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code_point = 0x10000 + ((code_point - 0xD800) << 10) + ((uint32_t)low - 0xDC00);
                    end += 6;
                }
            }
        }
        molt_str_builder_append_code_point(&out, code_point);
    }
    *next_position = end;
    return molt_str_builder_finish(&out);
}

static MoltValue scan_once(Decoder *d, size_t i, size_t *next_position);

static MoltValue raise_depth(const char *what) {
    return molt_raise_format(&molt_type_RecursionError,
                             "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
}

/* After an item of an array or object: whitespace, then the closing bracket
 * (1, i at it) or a comma and whitespace (0, i at the next item); -1 with
 * "Expecting ',' delimiter". */
static int after_item(Decoder *d, size_t next, char close, size_t *i) {
    *i = skip_space(d, next);
    if (*i < d->length && d->text[*i] == close) return 1;
    if (*i >= d->length || d->text[*i] != ',') {
        syntax_error(d, "Expecting ',' delimiter", *i);
        return -1;
    }
    *i = skip_space(d, *i + 1);
    return 0;
}

/* _parse_object_unicode: the object whose '{' is just before i. */
static MoltValue parse_object(Decoder *d, size_t i, size_t *next_position) {
    bool pairs = d->options->object_pairs_hook != MOLT_NONE;
    MoltValue result = pairs ? molt_list_new(0) : molt_dict_new();
    if (result == MOLT_ERROR) return MOLT_ERROR;
    i = skip_space(d, i);
    if (i >= d->length || d->text[i] != '}') {
        for (;;) {
            if (i >= d->length || d->text[i] != '"') {
                molt_decref(result);
                return syntax_error(d, "Expecting property name enclosed in double quotes", i);
            }
            size_t next;
            MoltValue key = scan_string(d, i, &next, true);
            if (key == MOLT_ERROR) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            i = skip_space(d, next);
            if (i >= d->length || d->text[i] != ':') {
                molt_decref(key);
                molt_decref(result);
                return syntax_error(d, "Expecting ':' delimiter", i);
            }
            i = skip_space(d, i + 1);
            MoltValue value = scan_once(d, i, &next);
            if (value == MOLT_ERROR) {
                molt_decref(key);
                molt_decref(result);
                return MOLT_ERROR;
            }
            int status;
            if (pairs) {
                MoltValue pair = molt_tuple_pair(key, value);
                status = molt_list_append(result, pair);
                molt_decref(pair);
            } else {
                status = molt_dict_setitem(result, key, value);
            }
            molt_decref(key);
            molt_decref(value);
            int after = status < 0 ? -1 : after_item(d, next, '}', &i);
            if (after < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            if (after == 1) break;
        }
    }
    *next_position = i + 1;
    if (pairs) return call_hook(d, d->options->object_pairs_hook, result);
    if (d->options->object_hook != MOLT_NONE) return call_hook(d, d->options->object_hook, result);
    return result;
}

/* _parse_array_unicode: the array whose '[' is just before i. */
static MoltValue parse_array(Decoder *d, size_t i, size_t *next_position) {
    MoltValue result = molt_list_new(0);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    i = skip_space(d, i);
    if (i >= d->length || d->text[i] != ']') {
        for (;;) {
            size_t next;
            MoltValue value = scan_once(d, i, &next);
            if (value == MOLT_ERROR) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            int status = molt_list_append(result, value);
            molt_decref(value);
            int after = status < 0 ? -1 : after_item(d, next, ']', &i);
            if (after < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            if (after == 1) break;
        }
    }
    *next_position = i + 1;
    return result;
}

/* _parse_constant: NaN, Infinity, -Infinity through parse_constant. */
static MoltValue parse_constant(Decoder *d, const char *name, size_t i, size_t *next_position) {
    size_t length = strlen(name);
    *next_position = i + length;
    if (d->options->parse_constant == MOLT_NONE) {
        double value = name[0] == 'N' ? (double)NAN : name[0] == '-' ? -(double)INFINITY : (double)INFINITY;
        return molt_from_double(value);
    }
    return call_hook(d, d->options->parse_constant, molt_str_from_utf8(name, length));
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? */
static MoltValue match_number(Decoder *d, size_t start, size_t *next_position) {
    const char *text = d->text;
    size_t length = d->length;
    size_t i = start;
    if (text[i] == '-') {
        i++;
        if (i >= length) return syntax_error(d, "Expecting value", start);
    }
    if (text[i] >= '1' && text[i] <= '9') {
        i++;
        while (i < length && is_digit(text[i])) i++;
    } else if (text[i] == '0') {
        i++;
    } else {
        return syntax_error(d, "Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < length && text[i] == '.' && is_digit(text[i + 1])) {
        is_float = true;
        i += 2;
        while (i < length && is_digit(text[i])) i++;
    }
    if (i + 1 < length && (text[i] == 'e' || text[i] == 'E')) {
        size_t exponent_start = i;
        i++;
        if (i + 1 < length && (text[i] == '-' || text[i] == '+')) i++;
        while (i < length && is_digit(text[i])) i++;
        if (is_digit(text[i - 1])) is_float = true;
        else i = exponent_start;
    }
    *next_position = i;
    size_t count = i - start;
    MoltValue hook = is_float ? d->options->parse_float : d->options->parse_int;
    if (hook != MOLT_NONE) return call_hook(d, hook, molt_str_from_utf8(text + start, count));
    if (!is_float && count <= 18) {
        int64_t value = 0;
        size_t k = text[start] == '-' ? start + 1 : start;
        for (; k < i; k++) value = value * 10 + (text[k] - '0');
        return molt_int_from_i64(text[start] == '-' ? -value : value);
    }
    if (!is_float) {
        /* int(numstr), with its limit on digits. */
        MoltValue digits = molt_str_from_utf8(text + start, count);
        MoltValue value = molt_int_from_str(digits, 10);
        molt_decref(digits);
        return value;
    }
    char small[64];
    char *copy = count < sizeof small ? small : malloc(count + 1);
    if (!copy) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    memcpy(copy, text + start, count);
    copy[count] = '\0';
    double value = molt_float_parse_decimal(copy);
    if (copy != small) free(copy);
    return molt_from_double(value);
}

static bool has_word(const Decoder *d, size_t i, const char *word) {
    size_t length = strlen(word);
    return i + length <= d->length && memcmp(d->text + i, word, length) == 0;
}

/* scan_once_unicode */
static MoltValue scan_once(Decoder *d, size_t i, size_t *next_position) {
    if (i >= d->length) return syntax_error(d, "Expecting value", i);
    MoltValue result;
    switch (d->text[i]) {
    case '"':
        return scan_string(d, i, next_position, false);
    case '{':
        if (++d->depth > JSON_C_DEPTH_LIMIT) return raise_depth("object");
        result = parse_object(d, i + 1, next_position);
        d->depth--;
        return result;
    case '[':
        if (++d->depth > JSON_C_DEPTH_LIMIT) return raise_depth("array");
        result = parse_array(d, i + 1, next_position);
        d->depth--;
        return result;
    case 'n':
        if (has_word(d, i, "null")) {
            *next_position = i + 4;
            return MOLT_NONE;
        }
        break;
    case 't':
        if (has_word(d, i, "true")) {
            *next_position = i + 4;
            return MOLT_TRUE;
        }
        break;
    case 'f':
        if (has_word(d, i, "false")) {
            *next_position = i + 5;
            return MOLT_FALSE;
        }
        break;
    case 'N':
        if (has_word(d, i, "NaN")) return parse_constant(d, "NaN", i, next_position);
        break;
    case 'I':
        if (has_word(d, i, "Infinity")) return parse_constant(d, "Infinity", i, next_position);
        break;
    case '-':
        if (has_word(d, i, "-Infinity")) return parse_constant(d, "-Infinity", i, next_position);
        break;
    default:
        break;
    }
    return match_number(d, i, next_position);
}

/* JSONDecoder.decode: whitespace, one value, whitespace, the end. */
MoltValue molt_json_decode(MoltValue document, const JsonDecodeOptions *options) {
    Decoder d = {options, document, NULL, 0, 0, NULL, 0, NULL};
    d.text = molt_str_utf8(document, &d.length);
    size_t next = 0;
    MoltValue value = scan_once(&d, skip_space(&d, 0), &next);
    if (value != MOLT_ERROR) {
        next = skip_space(&d, next);
        if (next == d.length) {
            memo_release(&d);
            return value;
        }
        molt_decref(value);
        syntax_error(&d, "Extra data", next);
    }
    memo_release(&d);
    if (!d.error) return MOLT_ERROR;
    /* The byte offset as a code point index. */
    int64_t position = 0;
    for (size_t k = 0; k < d.error_position; k++)
        if (!molt_utf8_is_continuation(d.text[k])) position++;
    return molt_json_raise_decode_error(d.error, document, position);
}
