/* The methods of str (str.split, str.upper, str.find...): argument checking
 * with CPython 3.12's messages and the text algorithms themselves. Case
 * mappings and character classes come from unicode_db.h. */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "dict.h"
#include "list.h"
#include "bytes_internal.h"
#include "str_internal.h"
#include "tuple.h"
#include "unicode_db.h"


/* ---- Argument checking -------------------------------------------------------- */

/* The ways CPython 3.12 declares str methods, each with its own error wording. */
typedef enum ArgStyle {
    ARGS_NONE,          /* "str.upper() takes no arguments (1 given)" */
    ARGS_ONE,           /* "str.join() takes exactly one argument (0 given)" */
    ARGS_EXPECTED,      /* "center expected at least 1 argument, got 0" */
    ARGS_TAKES,         /* "find() takes at least 1 argument (0 given)" */
} ArgStyle;

static bool check_args(const char *name, ArgStyle style, size_t nargs, MoltValue kwnames,
                       size_t min, size_t max) {
    if (molt_args_keyword_count(kwnames) != 0) {
        molt_raise_format(&molt_type_TypeError, "%s%s() takes no keyword arguments",
                          style == ARGS_TAKES ? "" : "str.", name);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    switch (style) {
    case ARGS_NONE:
        molt_raise_format(&molt_type_TypeError, "str.%s() takes no arguments (%zu given)", name,
                          nargs);
        break;
    case ARGS_ONE:
        molt_raise_format(&molt_type_TypeError, "str.%s() takes exactly one argument (%zu given)",
                          name, nargs);
        break;
    case ARGS_EXPECTED:
        molt_args_check_count(name, nargs, min, max);
        break;
    case ARGS_TAKES: {
        size_t expected = nargs < min ? min : max;
        molt_raise_format(&molt_type_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                          nargs < min ? "at least" : "at most", expected, expected == 1 ? "" : "s",
                          nargs);
        break;
    }
    }
    return false;
}

/* Methods that accept keywords (split, rsplit, splitlines, expandtabs, encode):
 * absent parameters come back as MOLT_ARG_MISSING. */
static bool parse_keywords(const char *name, const char *const *names, size_t count,
                           const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out) {
    if (nargs > count) {
        molt_raise_format(&molt_type_TypeError, "%s() takes at most %zu argument%s (%zu given)",
                          name, count, count == 1 ? "" : "s", nargs);
        return false;
    }
    MoltArgSpec spec = {name, 0, count, names, count};
    return molt_args_parse(&spec, args, nargs, kwnames, out) == 0;
}

bool molt_str_parse_keywords(const char *name, const char *const *names, size_t count,
                             const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out) {
    return parse_keywords(name, names, count, args, nargs, kwnames, out);
}

bool molt_str_index_arg(MoltValue v, int64_t *out) {
    if (!molt_is_int(v)) {
        molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          molt_str_type_name_of(v));
        return false;
    }
    if (!molt_int_to_i64(v, out)) {
        *out = molt_int_compare(v, molt_from_small_int(0)) < 0 ? -((int64_t)1 << 62)
                                                               : ((int64_t)1 << 62);
    }
    return true;
}

static bool require_str(MoltValue v, const char *format) {
    if (molt_is_str(v)) return true;
    molt_raise_format(&molt_type_TypeError, format, molt_str_type_name_of(v));
    return false;
}

static bool is_missing(MoltValue v) { return v == MOLT_ARG_MISSING; }

/* find/count/startswith's optional start and end, clamped as slice bounds. */
static bool parse_bounds(const MoltValue *args, size_t nargs, size_t first, int64_t length,
                         int64_t *start, int64_t *end) {
    *start = 0;
    *end = length;
    int64_t *targets[2] = {start, end};
    for (size_t i = 0; i < 2; i++) {
        if (first + i >= nargs || args[first + i] == MOLT_NONE) continue;
        MoltValue v = args[first + i];
        if (!molt_is_int(v)) {
            molt_raise_format(&molt_type_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        int64_t value;
        molt_str_index_arg(v, &value);
        if (value < 0) {
            value += length;
            if (value < 0) value = 0;
        } else if (value > length && i == 1) {
            value = length;
        }
        *targets[i] = value;
    }
    return true;
}

bool molt_str_parse_bounds(const MoltValue *args, size_t nargs, size_t first, int64_t length,
                           int64_t *start, int64_t *end) {
    return parse_bounds(args, nargs, first, length, start, end);
}

/* ---- Small shared helpers ------------------------------------------------------- */

static MoltValue str_from_bytes(MoltStr *s, size_t begin, size_t end) {
    if (s->is_ascii) return molt_str_new_measured(s->data + begin, end - begin, (int64_t)(end - begin), 0);
    return molt_str_from_utf8(s->data + begin, end - begin);
}

static int64_t count_chars(const char *bytes, size_t length) {
    int64_t count = 0;
    for (size_t i = 0; i < length; i++) count += !molt_utf8_is_continuation(bytes[i]);
    return count;
}

/* Takes over `item` and appends it; -1 when item is MOLT_ERROR or append fails. */
static int list_append_owned(MoltValue list, MoltValue item) {
    if (item == MOLT_ERROR) return -1;
    int result = molt_list_append(list, item);
    molt_decref(item);
    return result;
}

static MoltValue list_fail(MoltValue list) {
    molt_decref(list);
    return MOLT_ERROR;
}

static MoltValue return_self(MoltValue self) {
    molt_incref(self);
    return self;
}

static uint32_t previous_code_point(const char *data, size_t *position) {
    size_t p = *position;
    do p--; while (p > 0 && molt_utf8_is_continuation(data[p]));
    *position = p;
    const char *cursor = data + p;
    return molt_utf8_decode(&cursor);
}

/* ---- Case mapping ------------------------------------------------------------------ */

typedef enum CaseOperation {
    CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE
} CaseOperation;

static bool is_cased(uint32_t c) { return molt_unicode_has(c, MOLT_UNICODE_CASED); }
static bool is_case_ignorable(uint32_t c) { return molt_unicode_has(c, MOLT_UNICODE_CASE_IGNORABLE); }

/* Unicode's Final_Sigma condition: a cased letter before (skipping
 * case-ignorables) and none after. */
static bool is_final_sigma(const uint32_t *points, int64_t length, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && is_case_ignorable(points[j])) j--;
    if (j < 0 || !is_cased(points[j])) return false;
    j = i + 1;
    while (j < length && is_case_ignorable(points[j])) j++;
    return j == length || !is_cased(points[j]);
}

static int lower_in_context(const uint32_t *points, int64_t length, int64_t i, uint32_t out[3]) {
    if (points[i] == 0x3A3) {
        out[0] = is_final_sigma(points, length, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return molt_unicode_map_case(points[i], MOLT_UNICODE_TO_LOWER, out);
}

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
static bool ascii_is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static MoltValue change_case_ascii(MoltStr *s, CaseOperation operation) {
    MoltStr *source = s;
    int64_t length = source->byte_length;
    char *text = malloc((size_t)length + 1);
    if (text == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    bool previous_is_cased = false;
    for (int64_t i = 0; i < length; i++) {
        char c = source->data[i];
        switch (operation) {
        case CASE_LOWER: case CASE_FOLD: c = ascii_lower(c); break;
        case CASE_UPPER: c = ascii_upper(c); break;
        case CASE_SWAP: c = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
        case CASE_TITLE:
            c = previous_is_cased ? ascii_lower(c) : ascii_upper(c);
            previous_is_cased = ascii_is_alpha(c);
            break;
        case CASE_CAPITALIZE: c = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        }
        text[i] = c;
    }
    MoltValue result = molt_str_new_measured(text, (size_t)length, length, 0);
    free(text);
    return result;
}

static MoltValue change_case(MoltValue self, CaseOperation operation) {
    MoltStr *s = molt_str_object(self);
    if (s->is_ascii) return change_case_ascii(s, operation);
    uint32_t *points = molt_str_code_points(s);
    if (points == NULL) return MOLT_ERROR;
    int64_t length = s->char_length;
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length + 8);
    bool previous_is_cased = false;
    for (int64_t i = 0; i < length; i++) {
        uint32_t c = points[i];
        uint32_t mapped[3];
        int count;
        switch (operation) {
        case CASE_LOWER: count = lower_in_context(points, length, i, mapped); break;
        case CASE_UPPER: count = molt_unicode_map_case(c, MOLT_UNICODE_TO_UPPER, mapped); break;
        case CASE_FOLD: count = molt_unicode_map_case(c, MOLT_UNICODE_TO_FOLD, mapped); break;
        case CASE_SWAP:
            if (molt_unicode_has(c, MOLT_UNICODE_UPPER)) {
                count = lower_in_context(points, length, i, mapped);
            } else if (molt_unicode_has(c, MOLT_UNICODE_LOWER)) {
                count = molt_unicode_map_case(c, MOLT_UNICODE_TO_UPPER, mapped);
            } else {
                mapped[0] = c;
                count = 1;
            }
            break;
        case CASE_TITLE:
            count = previous_is_cased ? lower_in_context(points, length, i, mapped)
                                      : molt_unicode_map_case(c, MOLT_UNICODE_TO_TITLE, mapped);
            previous_is_cased = is_cased(c);
            break;
        default: /* CASE_CAPITALIZE */
            count = i == 0 ? molt_unicode_map_case(c, MOLT_UNICODE_TO_TITLE, mapped)
                           : lower_in_context(points, length, i, mapped);
            break;
        }
        for (int k = 0; k < count; k++) molt_str_builder_append_code_point(&builder, mapped[k]);
    }
    free(points);
    return molt_str_builder_finish(&builder);
}

#define CASE_METHOD(function, method_name, operation) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, \
                              MoltValue kwnames) { \
        (void)args; \
        if (!check_args(method_name, ARGS_NONE, nargs, kwnames, 0, 0)) return MOLT_ERROR; \
        return change_case(self, operation); \
    }
CASE_METHOD(method_lower, "lower", CASE_LOWER)
CASE_METHOD(method_upper, "upper", CASE_UPPER)
CASE_METHOD(method_casefold, "casefold", CASE_FOLD)
CASE_METHOD(method_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(method_title, "title", CASE_TITLE)
CASE_METHOD(method_capitalize, "capitalize", CASE_CAPITALIZE)

/* ---- Character class predicates ----------------------------------------------------- */

typedef enum Predicate {
    IS_ALNUM, IS_ALPHA, IS_ASCII, IS_DECIMAL, IS_DIGIT, IS_IDENTIFIER, IS_LOWER, IS_NUMERIC,
    IS_PRINTABLE, IS_SPACE, IS_TITLE, IS_UPPER
} Predicate;

static bool predicate_holds(MoltStr *s, Predicate predicate) {
    if (predicate == IS_ASCII) return s->is_ascii;
    if (s->char_length == 0) return predicate == IS_PRINTABLE;
    const char *cursor = s->data;
    const char *end = s->data + s->byte_length;
    bool cased = false;
    bool previous_is_cased = false;
    bool first = true;
    while (cursor < end) {
        uint32_t c = molt_utf8_decode(&cursor);
        uint32_t flags = molt_unicode_record(c)->flags;
        switch (predicate) {
        case IS_ALNUM:
            if (!(flags & (MOLT_UNICODE_ALPHA | MOLT_UNICODE_DECIMAL | MOLT_UNICODE_DIGIT |
                           MOLT_UNICODE_NUMERIC))) return false;
            break;
        case IS_ALPHA: if (!(flags & MOLT_UNICODE_ALPHA)) return false; break;
        case IS_DECIMAL: if (!(flags & MOLT_UNICODE_DECIMAL)) return false; break;
        case IS_DIGIT: if (!(flags & MOLT_UNICODE_DIGIT)) return false; break;
        case IS_NUMERIC: if (!(flags & MOLT_UNICODE_NUMERIC)) return false; break;
        case IS_PRINTABLE: if (!(flags & MOLT_UNICODE_PRINTABLE)) return false; break;
        case IS_SPACE: if (!(flags & MOLT_UNICODE_SPACE)) return false; break;
        case IS_IDENTIFIER:
            if (first ? !(flags & MOLT_UNICODE_XID_START) && c != '_'
                      : !(flags & MOLT_UNICODE_XID_CONTINUE)) return false;
            break;
        case IS_LOWER:
            if (flags & (MOLT_UNICODE_UPPER | MOLT_UNICODE_TITLE)) return false;
            if (flags & MOLT_UNICODE_LOWER) cased = true;
            break;
        case IS_UPPER:
            if (flags & (MOLT_UNICODE_LOWER | MOLT_UNICODE_TITLE)) return false;
            if (flags & MOLT_UNICODE_UPPER) cased = true;
            break;
        case IS_TITLE:
            if (flags & (MOLT_UNICODE_UPPER | MOLT_UNICODE_TITLE)) {
                if (previous_is_cased) return false;
                previous_is_cased = cased = true;
            } else if (flags & MOLT_UNICODE_LOWER) {
                if (!previous_is_cased) return false;
                previous_is_cased = cased = true;
            } else {
                previous_is_cased = false;
            }
            break;
        default: break;
        }
        first = false;
    }
    if (predicate == IS_LOWER || predicate == IS_UPPER || predicate == IS_TITLE) return cased;
    return true;
}

#define PREDICATE_METHOD(function, method_name, predicate) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, \
                              MoltValue kwnames) { \
        (void)args; \
        if (!check_args(method_name, ARGS_NONE, nargs, kwnames, 0, 0)) return MOLT_ERROR; \
        return molt_from_bool(predicate_holds(molt_str_object(self), predicate)); \
    }
PREDICATE_METHOD(method_isalnum, "isalnum", IS_ALNUM)
PREDICATE_METHOD(method_isalpha, "isalpha", IS_ALPHA)
PREDICATE_METHOD(method_isascii, "isascii", IS_ASCII)
PREDICATE_METHOD(method_isdecimal, "isdecimal", IS_DECIMAL)
PREDICATE_METHOD(method_isdigit, "isdigit", IS_DIGIT)
PREDICATE_METHOD(method_isidentifier, "isidentifier", IS_IDENTIFIER)
PREDICATE_METHOD(method_islower, "islower", IS_LOWER)
PREDICATE_METHOD(method_isnumeric, "isnumeric", IS_NUMERIC)
PREDICATE_METHOD(method_isprintable, "isprintable", IS_PRINTABLE)
PREDICATE_METHOD(method_isspace, "isspace", IS_SPACE)
PREDICATE_METHOD(method_istitle, "istitle", IS_TITLE)
PREDICATE_METHOD(method_isupper, "isupper", IS_UPPER)

/* ---- Searching: find, rfind, index, rindex, count, startswith, endswith --------------- */

/* The byte range [*begin, *end) of code points [start, end) of s. */
static void byte_range(MoltStr *s, int64_t start, int64_t end, size_t *byte_begin, size_t *byte_end) {
    *byte_begin = molt_str_byte_offset(s, start);
    *byte_end = molt_str_byte_offset(s, end);
}

/* The code point index of sub in self[start:end], searching from the left or
 * right; -1 when absent; -2 on error. */
static int64_t search(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                      MoltValue kwnames, bool from_right) {
    if (!check_args(name, ARGS_TAKES, nargs, kwnames, 1, 3)) return -2;
    if (!require_str(args[0], "must be str, not %s")) return -2;
    MoltStr *s = molt_str_object(self);
    MoltStr *sub = molt_str_object(args[0]);
    int64_t start, end;
    if (!parse_bounds(args, nargs, 1, s->char_length, &start, &end)) return -2;
    if (end - start < sub->char_length) return -1;
    size_t begin, finish;
    byte_range(s, start, end, &begin, &finish);
    int64_t found = from_right
                        ? molt_str_rfind_bytes(s->data + begin, finish - begin, sub->data, (size_t)sub->byte_length)
                        : molt_str_find_bytes(s->data + begin, finish - begin, sub->data, (size_t)sub->byte_length);
    if (found < 0) return -1;
    if (s->is_ascii) return start + found;
    return start + count_chars(s->data + begin, (size_t)found);
}

static MoltValue method_find(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t index = search("find", self, args, nargs, kwnames, false);
    return index == -2 ? MOLT_ERROR : molt_from_small_int(index);
}

static MoltValue method_rfind(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t index = search("rfind", self, args, nargs, kwnames, true);
    return index == -2 ? MOLT_ERROR : molt_from_small_int(index);
}

static MoltValue method_index(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t index = search("index", self, args, nargs, kwnames, false);
    if (index == -1) return molt_raise_format(&molt_type_ValueError, "substring not found");
    return index == -2 ? MOLT_ERROR : molt_from_small_int(index);
}

static MoltValue method_rindex(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t index = search("rindex", self, args, nargs, kwnames, true);
    if (index == -1) return molt_raise_format(&molt_type_ValueError, "substring not found");
    return index == -2 ? MOLT_ERROR : molt_from_small_int(index);
}

/* Non-overlapping occurrences of needle in haystack, at most max_count (-1: all). */
static int64_t count_occurrences(const char *haystack, size_t haystack_length, const char *needle,
                                 size_t needle_length, int64_t max_count) {
    int64_t count = 0;
    size_t position = 0;
    while (max_count < 0 || count < max_count) {
        int64_t found = molt_str_find_bytes(haystack + position, haystack_length - position,
                                            needle, needle_length);
        if (found < 0) break;
        count++;
        position += (size_t)found + needle_length;
    }
    return count;
}

static MoltValue method_count(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!check_args("count", ARGS_TAKES, nargs, kwnames, 1, 3)) return MOLT_ERROR;
    if (!require_str(args[0], "must be str, not %s")) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    MoltStr *sub = molt_str_object(args[0]);
    int64_t start, end;
    if (!parse_bounds(args, nargs, 1, s->char_length, &start, &end)) return MOLT_ERROR;
    if (end - start < sub->char_length) return molt_from_small_int(0);
    if (sub->char_length == 0) return molt_from_small_int(end - start + 1);
    size_t begin, finish;
    byte_range(s, start, end, &begin, &finish);
    return molt_from_small_int(count_occurrences(s->data + begin, finish - begin, sub->data,
                                                 (size_t)sub->byte_length, -1));
}

static bool affix_matches(MoltStr *s, int64_t start, int64_t end, MoltStr *affix, bool at_end) {
    if (end - start < affix->char_length) return false;
    if (end < start) return false;
    size_t begin, finish;
    byte_range(s, start, end, &begin, &finish);
    if ((size_t)affix->byte_length > finish - begin) return false;
    size_t at = at_end ? finish - (size_t)affix->byte_length : begin;
    return memcmp(s->data + at, affix->data, (size_t)affix->byte_length) == 0;
}

static MoltValue starts_or_ends_with(const char *name, MoltValue self, const MoltValue *args,
                                     size_t nargs, MoltValue kwnames, bool at_end) {
    if (!check_args(name, ARGS_TAKES, nargs, kwnames, 1, 3)) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    int64_t start, end;
    if (!parse_bounds(args, nargs, 1, s->char_length, &start, &end)) return MOLT_ERROR;
    if (molt_is_str(args[0])) {
        return molt_from_bool(start <= s->char_length &&
                              affix_matches(s, start, end, molt_str_object(args[0]), at_end));
    }
    if (!molt_is_tuple(args[0])) {
        return molt_raise_format(&molt_type_TypeError,
                                 "%s first arg must be str or a tuple of str, not %s", name,
                                 molt_str_type_name_of(args[0]));
    }
    int64_t count = molt_tuple_length(args[0]);
    const MoltValue *items = molt_tuple_items(args[0]);
    for (int64_t i = 0; i < count; i++) {
        if (!molt_is_str(items[i])) {
            return molt_raise_format(&molt_type_TypeError,
                                     "tuple for %s must only contain str, not %s", name,
                                     molt_str_type_name_of(items[i]));
        }
        if (start <= s->char_length && affix_matches(s, start, end, molt_str_object(items[i]), at_end)) {
            return MOLT_TRUE;
        }
    }
    return MOLT_FALSE;
}

static MoltValue method_startswith(MoltValue self, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    return starts_or_ends_with("startswith", self, args, nargs, kwnames, false);
}

static MoltValue method_endswith(MoltValue self, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    return starts_or_ends_with("endswith", self, args, nargs, kwnames, true);
}

/* ---- Stripping and affixes -------------------------------------------------------------- */

static bool in_char_set(MoltStr *chars, uint32_t c) {
    if (chars == NULL) return molt_unicode_is_space(c);
    const char *cursor = chars->data;
    const char *end = chars->data + chars->byte_length;
    while (cursor < end) {
        if (molt_utf8_decode(&cursor) == c) return true;
    }
    return false;
}

static MoltValue strip(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                       MoltValue kwnames, bool left, bool right) {
    if (!check_args(name, ARGS_EXPECTED, nargs, kwnames, 0, 1)) return MOLT_ERROR;
    MoltStr *chars = NULL;
    if (nargs == 1 && args[0] != MOLT_NONE) {
        if (!molt_is_str(args[0])) {
            return molt_raise_format(&molt_type_TypeError, "%s arg must be None or str", name);
        }
        chars = molt_str_object(args[0]);
    }
    MoltStr *s = molt_str_object(self);
    size_t begin = 0;
    size_t end = (size_t)s->byte_length;
    if (left) {
        while (begin < end) {
            const char *cursor = s->data + begin;
            if (!in_char_set(chars, molt_utf8_decode(&cursor))) break;
            begin = (size_t)(cursor - s->data);
        }
    }
    if (right) {
        while (end > begin) {
            size_t position = end;
            if (!in_char_set(chars, previous_code_point(s->data, &position))) break;
            end = position;
        }
    }
    if (begin == 0 && end == (size_t)s->byte_length) return return_self(self);
    return str_from_bytes(s, begin, end);
}

static MoltValue method_strip(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return strip("strip", self, args, nargs, kwnames, true, true);
}
static MoltValue method_lstrip(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return strip("lstrip", self, args, nargs, kwnames, true, false);
}
static MoltValue method_rstrip(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return strip("rstrip", self, args, nargs, kwnames, false, true);
}

static MoltValue remove_affix(const char *name, MoltValue self, const MoltValue *args,
                              size_t nargs, MoltValue kwnames, bool suffix) {
    if (!check_args(name, ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    if (!molt_is_str(args[0])) {
        return molt_raise_format(&molt_type_TypeError, "%s() argument must be str, not %s", name,
                                 molt_str_argument_type_name(args[0]));
    }
    MoltStr *s = molt_str_object(self);
    MoltStr *affix = molt_str_object(args[0]);
    if (affix->byte_length == 0 || !affix_matches(s, 0, s->char_length, affix, suffix)) {
        return return_self(self);
    }
    if (suffix) return str_from_bytes(s, 0, (size_t)(s->byte_length - affix->byte_length));
    return str_from_bytes(s, (size_t)affix->byte_length, (size_t)s->byte_length);
}

static MoltValue method_removeprefix(MoltValue self, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    return remove_affix("removeprefix", self, args, nargs, kwnames, false);
}
static MoltValue method_removesuffix(MoltValue self, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    return remove_affix("removesuffix", self, args, nargs, kwnames, true);
}

/* ---- Splitting ------------------------------------------------------------------------- */

static bool parse_split_args(const char *name, const MoltValue *args, size_t nargs,
                             MoltValue kwnames, MoltStr **separator, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    MoltValue bound[2];
    if (!parse_keywords(name, names, 2, args, nargs, kwnames, bound)) return false;
    *separator = NULL;
    *maxsplit = -1;
    if (!is_missing(bound[0]) && bound[0] != MOLT_NONE) {
        if (!require_str(bound[0], "must be str or None, not %s")) return false;
        *separator = molt_str_object(bound[0]);
        if ((*separator)->byte_length == 0) {
            molt_raise_format(&molt_type_ValueError, "empty separator");
            return false;
        }
    }
    if (!is_missing(bound[1]) && !molt_str_index_arg(bound[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

static MoltValue split_whitespace(MoltValue self, int64_t maxsplit) {
    MoltStr *s = molt_str_object(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    size_t position = 0;
    size_t end = (size_t)s->byte_length;
    int64_t splits = 0;
    for (;;) {
        /* Skip whitespace before the next word. */
        while (position < end) {
            const char *cursor = s->data + position;
            if (!molt_unicode_is_space(molt_utf8_decode(&cursor))) break;
            position = (size_t)(cursor - s->data);
        }
        if (position >= end) break;
        if (splits == maxsplit) {
            if (list_append_owned(list, str_from_bytes(s, position, end)) < 0) return list_fail(list);
            break;
        }
        size_t word = position;
        while (position < end) {
            const char *cursor = s->data + position;
            if (molt_unicode_is_space(molt_utf8_decode(&cursor))) break;
            position = (size_t)(cursor - s->data);
        }
        if (word == 0 && position == end) {
            molt_incref(self);
            if (list_append_owned(list, self) < 0) return list_fail(list);
            break;
        }
        if (list_append_owned(list, str_from_bytes(s, word, position)) < 0) return list_fail(list);
        splits++;
    }
    return list;
}

static MoltValue rsplit_whitespace(MoltValue self, int64_t maxsplit) {
    MoltStr *s = molt_str_object(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    size_t position = (size_t)s->byte_length;
    int64_t splits = 0;
    for (;;) {
        while (position > 0) {
            size_t before = position;
            if (!molt_unicode_is_space(previous_code_point(s->data, &before))) break;
            position = before;
        }
        if (position == 0) break;
        if (splits == maxsplit) {
            if (list_append_owned(list, str_from_bytes(s, 0, position)) < 0) return list_fail(list);
            break;
        }
        size_t word_end = position;
        while (position > 0) {
            size_t before = position;
            if (molt_unicode_is_space(previous_code_point(s->data, &before))) break;
            position = before;
        }
        if (list_append_owned(list, str_from_bytes(s, position, word_end)) < 0) return list_fail(list);
        splits++;
    }
    /* Words were found right to left. */
    MoltList *items = molt_list_object(list);
    for (int64_t i = 0, j = items->length - 1; i < j; i++, j--) {
        MoltValue swap = items->items[i];
        items->items[i] = items->items[j];
        items->items[j] = swap;
    }
    return list;
}

static MoltValue method_split(MoltValue self, const MoltValue *args, size_t nargs,
                              MoltValue kwnames) {
    MoltStr *separator;
    int64_t maxsplit;
    if (!parse_split_args("split", args, nargs, kwnames, &separator, &maxsplit)) return MOLT_ERROR;
    if (separator == NULL) return split_whitespace(self, maxsplit);
    MoltStr *s = molt_str_object(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    size_t position = 0;
    size_t end = (size_t)s->byte_length;
    for (int64_t splits = 0; splits < maxsplit; splits++) {
        int64_t found = molt_str_find_bytes(s->data + position, end - position, separator->data,
                                            (size_t)separator->byte_length);
        if (found < 0) break;
        if (list_append_owned(list, str_from_bytes(s, position, position + (size_t)found)) < 0) {
            return list_fail(list);
        }
        position += (size_t)found + (size_t)separator->byte_length;
    }
    MoltValue rest = position == 0 ? return_self(self) : str_from_bytes(s, position, end);
    if (list_append_owned(list, rest) < 0) return list_fail(list);
    return list;
}

static MoltValue method_rsplit(MoltValue self, const MoltValue *args, size_t nargs,
                               MoltValue kwnames) {
    MoltStr *separator;
    int64_t maxsplit;
    if (!parse_split_args("rsplit", args, nargs, kwnames, &separator, &maxsplit)) return MOLT_ERROR;
    if (separator == NULL) return rsplit_whitespace(self, maxsplit);
    MoltStr *s = molt_str_object(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    size_t end = (size_t)s->byte_length;
    for (int64_t splits = 0; splits < maxsplit; splits++) {
        int64_t found = molt_str_rfind_bytes(s->data, end, separator->data,
                                             (size_t)separator->byte_length);
        if (found < 0) break;
        size_t after = (size_t)found + (size_t)separator->byte_length;
        if (list_append_owned(list, str_from_bytes(s, after, end)) < 0) return list_fail(list);
        end = (size_t)found;
    }
    MoltValue rest = end == (size_t)s->byte_length ? return_self(self) : str_from_bytes(s, 0, end);
    if (list_append_owned(list, rest) < 0) return list_fail(list);
    MoltList *items = molt_list_object(list);
    for (int64_t i = 0, j = items->length - 1; i < j; i++, j--) {
        MoltValue swap = items->items[i];
        items->items[i] = items->items[j];
        items->items[j] = swap;
    }
    return list;
}

static MoltValue method_splitlines(MoltValue self, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    static const char *const names[] = {"keepends", NULL};
    MoltValue bound[1];
    if (!parse_keywords("splitlines", names, 1, args, nargs, kwnames, bound)) return MOLT_ERROR;
    /* keepends is a bool parameter: any object, judged by its truth value. */
    int keepends = is_missing(bound[0]) ? 0 : molt_truthy(bound[0]);
    if (keepends < 0) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    size_t position = 0;
    size_t end = (size_t)s->byte_length;
    while (position < end) {
        size_t line = position;
        size_t line_end = end;
        size_t next = end;
        while (position < end) {
            const char *cursor = s->data + position;
            uint32_t c = molt_utf8_decode(&cursor);
            if (molt_unicode_has(c, MOLT_UNICODE_LINEBREAK)) {
                line_end = position;
                next = (size_t)(cursor - s->data);
                if (c == '\r' && next < end && s->data[next] == '\n') next++;
                break;
            }
            position = (size_t)(cursor - s->data);
        }
        size_t stop = keepends ? next : line_end;
        MoltValue piece = line == 0 && stop == end ? return_self(self) : str_from_bytes(s, line, stop);
        if (list_append_owned(list, piece) < 0) return list_fail(list);
        position = next;
    }
    return list;
}

static MoltValue partition(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                           MoltValue kwnames, bool from_right) {
    if (!check_args(name, ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    if (!require_str(args[0], "must be str, not %s")) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    MoltStr *separator = molt_str_object(args[0]);
    if (separator->byte_length == 0) return molt_raise_format(&molt_type_ValueError, "empty separator");
    int64_t found = from_right ? molt_str_rfind_bytes(s->data, (size_t)s->byte_length,
                                                      separator->data, (size_t)separator->byte_length)
                               : molt_str_find_bytes(s->data, (size_t)s->byte_length,
                                                     separator->data, (size_t)separator->byte_length);
    MoltValue parts[3];
    if (found < 0) {
        MoltValue empty = molt_str_empty();
        parts[0] = from_right ? empty : return_self(self);
        parts[1] = empty;
        parts[2] = from_right ? return_self(self) : empty;
    } else {
        parts[0] = str_from_bytes(s, 0, (size_t)found);
        parts[1] = return_self(args[0]);
        parts[2] = str_from_bytes(s, (size_t)found + (size_t)separator->byte_length,
                                  (size_t)s->byte_length);
        if (parts[0] == MOLT_ERROR || parts[2] == MOLT_ERROR) {
            for (int i = 0; i < 3; i++) molt_decref(parts[i] == MOLT_ERROR ? MOLT_NONE : parts[i]);
            return MOLT_ERROR;
        }
    }
    return molt_tuple_from_owned(parts, 3);
}

static MoltValue method_partition(MoltValue self, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    return partition("partition", self, args, nargs, kwnames, false);
}
static MoltValue method_rpartition(MoltValue self, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    return partition("rpartition", self, args, nargs, kwnames, true);
}

/* ---- Building: join, replace, padding, expandtabs, translate -------------------------- */

static MoltValue join_items(MoltValue self, const MoltValue *items, int64_t count) {
    MoltStr *separator = molt_str_object(self);
    size_t total = 0;
    for (int64_t i = 0; i < count; i++) {
        if (!molt_is_str(items[i])) {
            return molt_raise_format(&molt_type_TypeError,
                                     "sequence item %lld: expected str instance, %s found",
                                     (long long)i, molt_str_type_name_of(items[i]));
        }
        total += (size_t)molt_str_object(items[i])->byte_length;
    }
    if (count == 0) return molt_str_empty();
    if (count == 1) return return_self(items[0]);
    total += (size_t)separator->byte_length * (size_t)(count - 1);
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, total);
    for (int64_t i = 0; i < count; i++) {
        if (i > 0 && separator->byte_length > 0) molt_str_builder_append_str(&builder, self);
        molt_str_builder_append_str(&builder, items[i]);
    }
    return molt_str_builder_finish(&builder);
}

static MoltValue method_join(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!check_args("join", ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    MoltValue iterable = args[0];
    if (molt_is_list(iterable)) {
        MoltList *list = molt_list_object(iterable);
        return join_items(self, list->items, list->length);
    }
    if (molt_is_tuple(iterable)) {
        return join_items(self, molt_tuple_items(iterable), molt_tuple_length(iterable));
    }
    if (molt_type_of(iterable)->iter == NULL) {
        return molt_raise_format(&molt_type_TypeError, "can only join an iterable");
    }
    MoltValue list = molt_list_from_iterable(iterable);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = join_items(self, molt_list_object(list)->items, molt_list_object(list)->length);
    molt_decref(list);
    return result;
}

static MoltValue method_replace(MoltValue self, const MoltValue *args, size_t nargs,
                                MoltValue kwnames) {
    if (!check_args("replace", ARGS_EXPECTED, nargs, kwnames, 2, 3)) return MOLT_ERROR;
    for (int i = 0; i < 2; i++) {
        if (!molt_is_str(args[i])) {
            return molt_raise_format(&molt_type_TypeError, "replace() argument %d must be str, not %s",
                                     i + 1, molt_str_argument_type_name(args[i]));
        }
    }
    int64_t max_count = -1;
    if (nargs == 3 && !molt_str_index_arg(args[2], &max_count)) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    MoltStr *old = molt_str_object(args[0]);
    MoltStr *replacement = molt_str_object(args[1]);
    if (max_count < 0) max_count = INT64_MAX;
    int64_t occurrences;
    if (old->byte_length == 0) {
        occurrences = s->char_length + 1 < max_count ? s->char_length + 1 : max_count;
    } else {
        occurrences = count_occurrences(s->data, (size_t)s->byte_length, old->data,
                                        (size_t)old->byte_length, max_count);
    }
    if (occurrences == 0) return return_self(self);
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length +
                                        (size_t)occurrences * (size_t)replacement->byte_length);
    size_t position = 0;
    size_t end = (size_t)s->byte_length;
    for (int64_t done = 0; done < occurrences; done++) {
        if (old->byte_length == 0) {
            molt_str_builder_append_str(&builder, args[1]);
            if (position < end) {
                const char *cursor = s->data + position;
                uint32_t c = molt_utf8_decode(&cursor);
                molt_str_builder_append_code_point(&builder, c);
                position = (size_t)(cursor - s->data);
            }
            continue;
        }
        size_t found = position + (size_t)molt_str_find_bytes(s->data + position, end - position,
                                                               old->data, (size_t)old->byte_length);
        molt_str_builder_append_utf8(&builder, s->data + position, found - position);
        molt_str_builder_append_str(&builder, args[1]);
        position = found + (size_t)old->byte_length;
    }
    if (position < end) {
        molt_str_builder_append_utf8(&builder, s->data + position, end - position);
    }
    return molt_str_builder_finish(&builder);
}

/* The fill character argument of center/ljust/rjust. */
static bool parse_fill(const MoltValue *args, size_t nargs, int64_t *width,
                       uint32_t *fill) {
    if (!molt_str_index_arg(args[0], width)) return false;
    *fill = ' ';
    if (nargs == 2) {
        if (!molt_is_str(args[1])) {
            molt_raise_format(&molt_type_TypeError,
                              "The fill character must be a unicode character, not %s",
                              molt_str_type_name_of(args[1]));
            return false;
        }
        MoltStr *fill_str = molt_str_object(args[1]);
        if (fill_str->char_length != 1) {
            molt_raise_format(&molt_type_TypeError,
                              "The fill character must be exactly one character long");
            return false;
        }
        const char *cursor = fill_str->data;
        *fill = molt_utf8_decode(&cursor);
    }
    return true;
}

static MoltValue pad(MoltValue self, int64_t left, int64_t right, uint32_t fill) {
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)molt_str_object(self)->byte_length +
                                        (size_t)(left + right) * 4);
    molt_str_builder_append_repeated(&builder, fill, left);
    molt_str_builder_append_str(&builder, self);
    molt_str_builder_append_repeated(&builder, fill, right);
    return molt_str_builder_finish(&builder);
}

typedef enum Justify { JUSTIFY_LEFT, JUSTIFY_RIGHT, JUSTIFY_CENTER } Justify;

static MoltValue justify(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                         MoltValue kwnames, Justify how) {
    if (!check_args(name, ARGS_EXPECTED, nargs, kwnames, 1, 2)) return MOLT_ERROR;
    int64_t width;
    uint32_t fill;
    if (!parse_fill(args, nargs, &width, &fill)) return MOLT_ERROR;
    int64_t length = molt_str_object(self)->char_length;
    if (width <= length) return return_self(self);
    int64_t margin = width - length;
    switch (how) {
    case JUSTIFY_LEFT: return pad(self, 0, margin, fill);
    case JUSTIFY_RIGHT: return pad(self, margin, 0, fill);
    default: {
        /* CPython's rounding: odd margins put the extra character on the left
         * exactly when the width is odd. */
        int64_t left = margin / 2 + (margin & width & 1);
        return pad(self, left, margin - left, fill);
    }
    }
}

static MoltValue method_center(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return justify("center", self, args, nargs, kwnames, JUSTIFY_CENTER);
}
static MoltValue method_ljust(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return justify("ljust", self, args, nargs, kwnames, JUSTIFY_LEFT);
}
static MoltValue method_rjust(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return justify("rjust", self, args, nargs, kwnames, JUSTIFY_RIGHT);
}

static MoltValue method_zfill(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!check_args("zfill", ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    int64_t width;
    if (!molt_str_index_arg(args[0], &width)) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    if (width <= s->char_length) return return_self(self);
    int64_t fill = width - s->char_length;
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length + (size_t)fill);
    size_t rest = 0;
    if (s->byte_length > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        molt_str_builder_append_ascii(&builder, s->data, 1);
        rest = 1;
    }
    molt_str_builder_append_repeated(&builder, '0', fill);
    molt_str_builder_append_slice(&builder, self, (int64_t)rest, s->char_length);
    return molt_str_builder_finish(&builder);
}

static MoltValue method_expandtabs(MoltValue self, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    MoltValue bound[1];
    if (!parse_keywords("expandtabs", names, 1, args, nargs, kwnames, bound)) return MOLT_ERROR;
    int64_t tabsize = 8;
    if (!is_missing(bound[0]) && !molt_str_index_arg(bound[0], &tabsize)) return MOLT_ERROR;
    MoltStr *s = molt_str_object(self);
    if (memchr(s->data, '\t', (size_t)s->byte_length) == NULL) return return_self(self);
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length + 16);
    int64_t column = 0;
    const char *cursor = s->data;
    const char *end = s->data + s->byte_length;
    while (cursor < end) {
        uint32_t c = molt_utf8_decode(&cursor);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                molt_str_builder_append_repeated(&builder, ' ', spaces);
                column += spaces;
            }
        } else {
            molt_str_builder_append_code_point(&builder, c);
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
    return molt_str_builder_finish(&builder);
}

static bool is_lookup_error(MoltValue exception) {
    const MoltType *type = molt_type_of(exception);
    for (; type != NULL; type = type->base) {
        if (type == &molt_type_LookupError) return true;
    }
    return false;
}

static MoltValue method_translate(MoltValue self, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    if (!check_args("translate", ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    MoltValue table = args[0];
    MoltStr *s = molt_str_object(self);
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length);
    const char *cursor = s->data;
    const char *end = s->data + s->byte_length;
    while (cursor < end) {
        uint32_t c = molt_utf8_decode(&cursor);
        MoltValue mapped = molt_getitem(table, molt_from_small_int(c));
        if (mapped == MOLT_ERROR) {
            MoltValue exception = molt_exc_fetch();
            if (!is_lookup_error(exception)) {
                molt_str_builder_discard(&builder);
                return molt_exc_restore(exception);
            }
            molt_decref(exception);
            molt_str_builder_append_code_point(&builder, c);
            continue;
        }
        if (mapped == MOLT_NONE) continue;
        if (molt_is_str(mapped)) {
            molt_str_builder_append_str(&builder, mapped);
        } else if (molt_is_int(mapped)) {
            int64_t value;
            if (!molt_int_to_i64(mapped, &value) || value < 0 || value > 0x10FFFF) {
                molt_decref(mapped);
                molt_str_builder_discard(&builder);
                return molt_raise_format(&molt_type_ValueError,
                                         "character mapping must be in range(0x110000)");
            }
            molt_str_builder_append_code_point(&builder, (uint32_t)value);
        } else {
            molt_decref(mapped);
            molt_str_builder_discard(&builder);
            return molt_raise_format(&molt_type_TypeError,
                                     "character mapping must return integer, None or str");
        }
        molt_decref(mapped);
    }
    return molt_str_builder_finish(&builder);
}

static int64_t single_code_point(MoltValue str) {
    const char *cursor = molt_str_object(str)->data;
    return molt_utf8_decode(&cursor);
}

/* str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None. */
MoltValue molt_str_maketrans(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!check_args("maketrans", ARGS_EXPECTED, nargs, kwnames, 1, 3)) return MOLT_ERROR;
    MoltValue table = molt_dict_new();
    if (table == MOLT_ERROR) return MOLT_ERROR;
    if (nargs == 1) {
        if (!molt_is_dict(args[0])) {
            molt_decref(table);
            return molt_raise_format(&molt_type_TypeError,
                                     "if you give only one argument to maketrans it must be a dict");
        }
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(args[0], &position, &key, &value)) {
            MoltValue new_key = key;
            if (molt_is_str(key)) {
                if (molt_str_object(key)->char_length != 1) {
                    molt_decref(table);
                    return molt_raise_format(&molt_type_ValueError,
                                             "string keys in translate table must be of length 1");
                }
                new_key = molt_from_small_int(single_code_point(key));
            } else if (!molt_is_int(key)) {
                molt_decref(table);
                return molt_raise_format(&molt_type_TypeError,
                                         "keys in translate table must be strings or integers");
            }
            if (molt_dict_setitem(table, new_key, value) < 0) return list_fail(table);
        }
        return table;
    }
    if (!molt_is_str(args[0])) {
        molt_decref(table);
        return molt_raise_format(&molt_type_TypeError,
                                 "first maketrans argument must be a string if there is a second argument");
    }
    for (size_t i = 1; i < nargs; i++) {
        if (!molt_is_str(args[i])) {
            molt_decref(table);
            return molt_raise_format(&molt_type_TypeError, "maketrans() argument %zu must be str, not %s",
                                     i + 1, molt_str_argument_type_name(args[i]));
        }
    }
    MoltStr *from = molt_str_object(args[0]);
    MoltStr *to = molt_str_object(args[1]);
    if (from->char_length != to->char_length) {
        molt_decref(table);
        return molt_raise_format(&molt_type_ValueError,
                                 "the first two maketrans arguments must have equal length");
    }
    const char *from_cursor = from->data;
    const char *to_cursor = to->data;
    for (int64_t i = 0; i < from->char_length; i++) {
        MoltValue key = molt_from_small_int(molt_utf8_decode(&from_cursor));
        MoltValue value = molt_from_small_int(molt_utf8_decode(&to_cursor));
        if (molt_dict_setitem(table, key, value) < 0) return list_fail(table);
    }
    if (nargs == 3) {
        MoltStr *deleted = molt_str_object(args[2]);
        const char *cursor = deleted->data;
        for (int64_t i = 0; i < deleted->char_length; i++) {
            MoltValue key = molt_from_small_int(molt_utf8_decode(&cursor));
            if (molt_dict_setitem(table, key, MOLT_NONE) < 0) return list_fail(table);
        }
    }
    return table;
}

/* "abc".maketrans(...): a static method reached through an instance. */
static MoltValue method_maketrans(MoltValue self, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    (void)self;
    return molt_str_maketrans(args, nargs, kwnames);
}

/* str.encode(encoding='utf-8', errors='strict'): the codecs live in codecs.c. */
static MoltValue method_encode(MoltValue self, const MoltValue *args, size_t nargs,
                               MoltValue kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    MoltValue bound[2];
    if (!parse_keywords("encode", names, 2, args, nargs, kwnames, bound)) return MOLT_ERROR;
    const char *encoding, *errors;
    if (!molt_codec_arguments("encode", bound[0], bound[1], &encoding, &errors)) return MOLT_ERROR;
    return molt_codec_encode(self, encoding, errors);
}

static MoltValue method_format(MoltValue self, const MoltValue *args, size_t nargs,
                               MoltValue kwnames) {
    return molt_str_format_method(self, args, nargs, kwnames);
}

static MoltValue method_format_map(MoltValue self, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    if (!check_args("format_map", ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    return molt_str_format_map(self, args[0]);
}

static MoltValue method_dunder_format(MoltValue self, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    if (!check_args("__format__", ARGS_ONE, nargs, kwnames, 1, 1)) return MOLT_ERROR;
    if (!molt_is_str(args[0])) {
        return molt_raise_format(&molt_type_TypeError, "__format__() argument must be str, not %s",
                                 molt_str_argument_type_name(args[0]));
    }
    return molt_str_format_spec(self, args[0]);
}

/* ---- Special methods called by name ('a'.__add__('b')) -------------------------------- */

static bool check_wrapper_args(const char *name, size_t nargs, MoltValue kwnames, size_t expected) {
    if (molt_args_keyword_count(kwnames) != 0) {
        molt_raise_format(&molt_type_TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs == expected) return true;
    molt_raise_format(&molt_type_TypeError, "expected %zu argument%s, got %zu", expected,
                      expected == 1 ? "" : "s", nargs);
    return false;
}

#define UNARY_DUNDER(function, method_name, expression) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, \
                              MoltValue kwnames) { \
        (void)args; \
        if (!check_wrapper_args(method_name, nargs, kwnames, 0)) return MOLT_ERROR; \
        return expression; \
    }
UNARY_DUNDER(method_dunder_len, "__len__", molt_from_small_int(molt_str_object(self)->char_length))
UNARY_DUNDER(method_dunder_str, "__str__", return_self(self))
UNARY_DUNDER(method_dunder_repr, "__repr__", molt_repr(self))
UNARY_DUNDER(method_dunder_iter, "__iter__", molt_iter(self))
UNARY_DUNDER(method_dunder_hash, "__hash__", molt_int_from_i64(molt_str_hash(self)))

static MoltValue method_dunder_getitem(MoltValue self, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    if (!check_wrapper_args("__getitem__", nargs, kwnames, 1)) return MOLT_ERROR;
    return molt_type_str.getitem(self, args[0]);
}

static MoltValue method_dunder_contains(MoltValue self, const MoltValue *args, size_t nargs,
                                        MoltValue kwnames) {
    if (!check_wrapper_args("__contains__", nargs, kwnames, 1)) return MOLT_ERROR;
    int found = molt_type_str.contains(self, args[0]);
    return found < 0 ? MOLT_ERROR : molt_from_bool(found);
}

/* __add__, __mul__, __rmul__, __mod__, __rmod__: the operator slot, with the
 * operands swapped for the reflected forms. */
static MoltValue binary_dunder(const char *name, MoltBinaryOp op, bool reflected, MoltValue self,
                               const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!check_wrapper_args(name, nargs, kwnames, 1)) return MOLT_ERROR;
    MoltValue other = args[0];
    if (op == MOLT_OP_MUL && !molt_is_int(other)) {
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_str_type_name_of(other));
    }
    if (reflected && op == MOLT_OP_MOD) return MOLT_NOT_IMPLEMENTED;
    return reflected ? molt_type_str.binary_op(op, other, self) : molt_type_str.binary_op(op, self, other);
}

#define BINARY_DUNDER(function, method_name, op, reflected) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, \
                              MoltValue kwnames) { \
        return binary_dunder(method_name, op, reflected, self, args, nargs, kwnames); \
    }
BINARY_DUNDER(method_dunder_add, "__add__", MOLT_OP_ADD, false)
BINARY_DUNDER(method_dunder_mul, "__mul__", MOLT_OP_MUL, false)
BINARY_DUNDER(method_dunder_rmul, "__rmul__", MOLT_OP_MUL, true)
BINARY_DUNDER(method_dunder_mod, "__mod__", MOLT_OP_MOD, false)
BINARY_DUNDER(method_dunder_rmod, "__rmod__", MOLT_OP_MOD, true)

#define COMPARE_DUNDER(function, method_name, op) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, \
                              MoltValue kwnames) { \
        if (!check_wrapper_args(method_name, nargs, kwnames, 1)) return MOLT_ERROR; \
        return molt_type_str.richcompare(self, args[0], op); \
    }
COMPARE_DUNDER(method_dunder_eq, "__eq__", MOLT_CMP_EQ)
COMPARE_DUNDER(method_dunder_ne, "__ne__", MOLT_CMP_NE)
COMPARE_DUNDER(method_dunder_lt, "__lt__", MOLT_CMP_LT)
COMPARE_DUNDER(method_dunder_le, "__le__", MOLT_CMP_LE)
COMPARE_DUNDER(method_dunder_gt, "__gt__", MOLT_CMP_GT)
COMPARE_DUNDER(method_dunder_ge, "__ge__", MOLT_CMP_GE)

/* ---- Dispatch --------------------------------------------------------------------------- */

#define MOLT_STR_METHOD(name, function, kept) const MoltMethodEntry molt_str_method_##name = {#name, function};
#include "molt/str_methods.def"
#undef MOLT_STR_METHOD

/* Every name, for getattr's bound methods and dir(): the table of a program
 * holds only the methods it can name, the names are all there. */
#define MOLT_STR_METHOD(name, function, kept) #name,
const char *const molt_str_method_names[] = {
#include "molt/str_methods.def"
    NULL};
#undef MOLT_STR_METHOD

MoltValue molt_str_call_method(MoltValue self, const char *name, const MoltValue *args,
                               size_t nargs, MoltValue kwnames) {
    const MoltMethodEntry *entry = molt_method_table_find(&molt_str_methods, name);
    if (entry == NULL) return MOLT_NOT_IMPLEMENTED;
    return entry->function(self, args, nargs, kwnames);
}
