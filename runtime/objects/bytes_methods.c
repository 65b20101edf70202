/* The methods bytes and bytearray share (find, split, strip, upper, hex,
 * decode...): each reads the common MoltBytes layout and returns results of
 * self's type. Case and character classes are ASCII-only, as in CPython.
 * Substring search reuses str's byte-level search (str_internal.h). */
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "list.h"
#include "str_internal.h"
#include "tuple.h"
#include "../core/args.h"
#include "../core/buffer.h"

typedef MoltValue (*BytesMethod)(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* ---- Small helpers ------------------------------------------------------------ */

static MoltBytes *bytes_of(MoltValue v) { return molt_bytes_object(v); }

/* A result of self's type with the given contents; bytes return themselves
 * when unchanged, as CPython does. */
static MoltValue result_of(MoltValue self, const unsigned char *data, size_t length) {
    MoltBytes *bytes = bytes_of(self);
    if (molt_is_bytes(self) && data == bytes->data && length == (size_t)bytes->length) {
        molt_incref(self);
        return self;
    }
    return molt_bytes_new_of_type(bytes->header.type, data, length);
}

static MoltValue result_from_buffer(MoltValue self, MoltBuffer *buffer) {
    MoltValue result = molt_bytes_new_of_type(bytes_of(self)->header.type, buffer->data, buffer->length);
    molt_buffer_free(buffer);
    return result;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }

bool molt_bytes_check_args(MoltValue self, const char *name, MoltBytesArgStyle style, size_t nargs,
                           MoltValue kwnames, size_t min, size_t max) {
    const char *type_name = bytes_of(self)->header.type->name;
    if (molt_args_keyword_count(kwnames) != 0) {
        if (style == MOLT_BYTES_ARGS_EXPECTED)
            molt_raise_format(&molt_type_TypeError, "%s() takes no keyword arguments", name);
        else
            molt_raise_format(&molt_type_TypeError, "%s.%s() takes no keyword arguments", type_name, name);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    switch (style) {
    case MOLT_BYTES_ARGS_NONE:
        molt_raise_format(&molt_type_TypeError, "%s.%s() takes no arguments (%zu given)", type_name, name, nargs);
        break;
    case MOLT_BYTES_ARGS_ONE:
        molt_raise_format(&molt_type_TypeError, "%s.%s() takes exactly one argument (%zu given)", type_name, name,
                          nargs);
        break;
    case MOLT_BYTES_ARGS_EXPECTED:
        molt_args_check_count(name, nargs, min, max);
        break;
    case MOLT_BYTES_ARGS_TAKES: {
        size_t expected = nargs < min ? min : max;
        molt_raise_format(&molt_type_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                          nargs < min ? "at least" : "at most", expected, expected == 1 ? "" : "s", nargs);
        break;
    }
    }
    return false;
}

#define CHECK(name, style, min, max) molt_bytes_check_args(self, name, MOLT_BYTES_ARGS_##style, nargs, kwnames, min, max)

/* A method that is one of a family served by one helper (find and rfind,
 * strip and lstrip...), told apart by its name and a flag. */
#define FORWARD(function, helper, name, flag) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        return helper(name, self, args, nargs, kwnames, flag); \
    }

/* find/count/index's first argument: a byte given as an int, or a bytes-like
 * object. The single byte is stored in *storage. */
static bool needle_argument(MoltValue v, unsigned char *storage, const unsigned char **data, size_t *length) {
    int status = molt_bytes_byte_argument(v, storage);
    if (status < 0) return false;
    if (status > 0) {
        *data = storage;
        *length = 1;
        return true;
    }
    if (molt_is_bytes_like(v)) {
        *data = molt_bytes_data(v, length);
        return true;
    }
    molt_raise_format(&molt_type_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      molt_type_of(v)->name);
    return false;
}

/* ---- Searching ------------------------------------------------------------------ */

/* Byte index of the needle in self[start:end] (from the right when
 * `reverse`), -1 when absent, -2 on error. */
static int64_t search(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                      MoltValue kwnames, bool reverse) {
    if (!CHECK(name, TAKES, 1, 3)) return -2;
    MoltBytes *bytes = bytes_of(self);
    unsigned char storage;
    const unsigned char *needle;
    size_t needle_length;
    int64_t start, end;
    if (!needle_argument(args[0], &storage, &needle, &needle_length)) return -2;
    if (!molt_str_parse_bounds(args, nargs, 1, bytes->length, &start, &end)) return -2;
    if (start > bytes->length || end - start < (int64_t)needle_length) return -1;
    const char *window = (const char *)bytes->data + start;
    int64_t found = reverse ? molt_str_rfind_bytes(window, (size_t)(end - start), (const char *)needle, needle_length)
                            : molt_str_find_bytes(window, (size_t)(end - start), (const char *)needle, needle_length);
    return found < 0 ? -1 : start + found;
}

static MoltValue find_result(int64_t found, bool raise) {
    if (found == -2) return MOLT_ERROR;
    if (found == -1 && raise) return molt_raise_format(&molt_type_ValueError, "subsection not found");
    return molt_from_small_int(found);
}

enum { SEARCH_REVERSE = 1, SEARCH_RAISES = 2 };

static MoltValue find_method(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                             MoltValue kwnames, int mode) {
    return find_result(search(name, self, args, nargs, kwnames, mode & SEARCH_REVERSE), mode & SEARCH_RAISES);
}

FORWARD(method_find, find_method, "find", 0)
FORWARD(method_rfind, find_method, "rfind", SEARCH_REVERSE)
FORWARD(method_index, find_method, "index", SEARCH_RAISES)
FORWARD(method_rindex, find_method, "rindex", SEARCH_REVERSE | SEARCH_RAISES)

/* Non-overlapping occurrences of needle in data[0..length), at most
 * max_count (-1: all); an empty needle occurs length + 1 times. */
static int64_t count_occurrences(const unsigned char *data, size_t length, const unsigned char *needle,
                                 size_t needle_length, int64_t max_count) {
    if (needle_length == 0) {
        int64_t all = (int64_t)length + 1;
        return max_count >= 0 && max_count < all ? max_count : all;
    }
    int64_t count = 0;
    size_t position = 0;
    while (max_count < 0 || count < max_count) {
        int64_t found = molt_str_find_bytes((const char *)data + position, length - position,
                                            (const char *)needle, needle_length);
        if (found < 0) break;
        count++;
        position += (size_t)found + needle_length;
    }
    return count;
}

static MoltValue method_count(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!CHECK("count", TAKES, 1, 3)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    unsigned char storage;
    const unsigned char *needle;
    size_t needle_length;
    int64_t start, end;
    if (!needle_argument(args[0], &storage, &needle, &needle_length)) return MOLT_ERROR;
    if (!molt_str_parse_bounds(args, nargs, 1, bytes->length, &start, &end)) return MOLT_ERROR;
    if (start > bytes->length || end < start) return molt_from_small_int(0);
    return molt_int_from_i64(count_occurrences(bytes->data + start, (size_t)(end - start), needle, needle_length, -1));
}

static int affix_matches(MoltValue affix, const unsigned char *data, int64_t start, int64_t end, bool at_end) {
    const unsigned char *text;
    size_t length;
    if (molt_is_memoryview(affix)) {
        if (!molt_memoryview_contents(affix, &text, &length)) return -1;
    } else if (molt_is_bytes_like(affix)) {
        text = molt_bytes_data(affix, &length);
    } else {
        return -1;
    }
    if (end - start < (int64_t)length) return 0;
    int64_t offset = at_end ? end - (int64_t)length : start;
    return length == 0 || memcmp(data + offset, text, length) == 0;
}

static MoltValue starts_or_ends_with(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames, bool at_end) {
    if (!CHECK(name, TAKES, 1, 3)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    int64_t start, end;
    if (!molt_str_parse_bounds(args, nargs, 1, bytes->length, &start, &end)) return MOLT_ERROR;
    MoltValue affix = args[0];
    const MoltValue *choices = &affix;
    size_t count = 1;
    if (molt_is_tuple(affix)) {
        choices = molt_tuple_items(affix);
        count = (size_t)molt_tuple_length(affix);
    }
    for (size_t i = 0; i < count; i++) {
        int match = affix_matches(choices[i], bytes->data, start, end, at_end);
        if (match < 0) {
            if (choices == &affix)
                return molt_raise_format(&molt_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                                         name, molt_type_of(affix)->name);
            return molt_raise_format(&molt_type_TypeError, "a bytes-like object is required, not '%s'",
                                     molt_type_of(choices[i])->name);
        }
        if (match && start <= bytes->length) return MOLT_TRUE;
    }
    return MOLT_FALSE;
}

FORWARD(method_startswith, starts_or_ends_with, "startswith", false)
FORWARD(method_endswith, starts_or_ends_with, "endswith", true)

/* ---- Case and character classes ------------------------------------------------- */

typedef enum CaseOperation { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE } CaseOperation;

static MoltValue change_case(const char *name, MoltValue self, size_t nargs, MoltValue kwnames,
                             CaseOperation operation) {
    if (!CHECK(name, NONE, 0, 0)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    MoltValue result = molt_bytes_new_of_type(bytes->header.type, bytes->data, (size_t)bytes->length);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    unsigned char *out = bytes_of(result)->data;
    bool previous_cased = false;
    for (int64_t i = 0; i < bytes->length; i++) {
        unsigned char c = out[i];
        switch (operation) {
        case CASE_LOWER: c = to_lower(c); break;
        case CASE_UPPER: c = to_upper(c); break;
        case CASE_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case CASE_TITLE:
            c = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_alpha(c);
            break;
        }
        out[i] = c;
    }
    return result;
}

#define CASE_METHOD(function, name, operation) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        (void)args; \
        return change_case(name, self, nargs, kwnames, operation); \
    }
CASE_METHOD(method_lower, "lower", CASE_LOWER)
CASE_METHOD(method_upper, "upper", CASE_UPPER)
CASE_METHOD(method_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(method_capitalize, "capitalize", CASE_CAPITALIZE)
CASE_METHOD(method_title, "title", CASE_TITLE)

typedef enum Predicate { IS_ALNUM, IS_ALPHA, IS_ASCII, IS_DIGIT, IS_LOWER, IS_SPACE, IS_TITLE, IS_UPPER } Predicate;

static bool predicate_holds(MoltBytes *bytes, Predicate predicate) {
    const unsigned char *data = bytes->data;
    int64_t length = bytes->length;
    if (predicate == IS_ASCII) {
        for (int64_t i = 0; i < length; i++)
            if (data[i] >= 0x80) return false;
        return true;
    }
    if (length == 0) return false;
    if (predicate == IS_LOWER || predicate == IS_UPPER) {
        bool cased = false;
        for (int64_t i = 0; i < length; i++) {
            if (predicate == IS_LOWER ? is_upper(data[i]) : is_lower(data[i])) return false;
            cased = cased || is_alpha(data[i]);
        }
        return cased;
    }
    if (predicate == IS_TITLE) {
        bool cased = false, previous_cased = false;
        for (int64_t i = 0; i < length; i++) {
            unsigned char c = data[i];
            if (is_upper(c)) {
                if (previous_cased) return false;
                previous_cased = cased = true;
            } else if (is_lower(c)) {
                if (!previous_cased) return false;
                previous_cased = cased = true;
            } else {
                previous_cased = false;
            }
        }
        return cased;
    }
    for (int64_t i = 0; i < length; i++) {
        unsigned char c = data[i];
        bool holds = predicate == IS_ALNUM   ? is_alpha(c) || is_digit(c)
                     : predicate == IS_ALPHA ? is_alpha(c)
                     : predicate == IS_DIGIT ? is_digit(c)
                                             : is_space(c);
        if (!holds) return false;
    }
    return true;
}

#define PREDICATE_METHOD(function, name, predicate) \
    static MoltValue function(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        (void)args; \
        if (!CHECK(name, NONE, 0, 0)) return MOLT_ERROR; \
        return molt_from_bool(predicate_holds(bytes_of(self), predicate)); \
    }
PREDICATE_METHOD(method_isalnum, "isalnum", IS_ALNUM)
PREDICATE_METHOD(method_isalpha, "isalpha", IS_ALPHA)
PREDICATE_METHOD(method_isascii, "isascii", IS_ASCII)
PREDICATE_METHOD(method_isdigit, "isdigit", IS_DIGIT)
PREDICATE_METHOD(method_islower, "islower", IS_LOWER)
PREDICATE_METHOD(method_isspace, "isspace", IS_SPACE)
PREDICATE_METHOD(method_istitle, "istitle", IS_TITLE)
PREDICATE_METHOD(method_isupper, "isupper", IS_UPPER)

/* ---- Stripping and affixes -------------------------------------------------------- */

typedef enum StripSide { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 } StripSide;

static MoltValue strip(const char *name, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames,
                       StripSide side) {
    if (!CHECK(name, EXPECTED, 0, 1)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    bool strip_set[256] = {false};
    if (nargs == 0 || args[0] == MOLT_NONE) {
        for (unsigned c = 0; c < 256; c++) strip_set[c] = is_space((unsigned char)c);
    } else {
        const unsigned char *chars;
        size_t count;
        if (!molt_bytes_argument(args[0], &chars, &count)) return MOLT_ERROR;
        for (size_t i = 0; i < count; i++) strip_set[chars[i]] = true;
    }
    int64_t begin = 0, end = bytes->length;
    if (side & STRIP_LEFT)
        while (begin < end && strip_set[bytes->data[begin]]) begin++;
    if (side & STRIP_RIGHT)
        while (end > begin && strip_set[bytes->data[end - 1]]) end--;
    return result_of(self, bytes->data + begin, (size_t)(end - begin));
}

FORWARD(method_strip, strip, "strip", STRIP_BOTH)
FORWARD(method_lstrip, strip, "lstrip", STRIP_LEFT)
FORWARD(method_rstrip, strip, "rstrip", STRIP_RIGHT)

static MoltValue remove_affix(const char *name, MoltValue self, const MoltValue *args, size_t nargs,
                              MoltValue kwnames, bool at_end) {
    if (!CHECK(name, ONE, 1, 1)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    const unsigned char *affix;
    size_t length;
    if (!molt_bytes_argument(args[0], &affix, &length)) return MOLT_ERROR;
    if (length == 0 || length > (size_t)bytes->length ||
        memcmp(at_end ? bytes->data + bytes->length - length : bytes->data, affix, length) != 0)
        return result_of(self, bytes->data, (size_t)bytes->length);
    return result_of(self, bytes->data + (at_end ? 0 : length), (size_t)bytes->length - length);
}

FORWARD(method_removeprefix, remove_affix, "removeprefix", false)
FORWARD(method_removesuffix, remove_affix, "removesuffix", true)

/* ---- Splitting --------------------------------------------------------------------- */

/* Appends self[begin:end] (of self's type) to list; false on error. */
static bool append_piece(MoltValue list, MoltValue self, int64_t begin, int64_t end) {
    MoltValue piece = result_of(self, bytes_of(self)->data + begin, (size_t)(end - begin));
    if (piece == MOLT_ERROR) return false;
    int status = molt_list_append(list, piece);
    molt_decref(piece);
    return status == 0;
}

/* split/rsplit's (sep=None, maxsplit=-1); *separator NULL for whitespace. */
static bool parse_split_args(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                             const unsigned char **separator, size_t *separator_length, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    MoltValue bound[2];
    if (!molt_str_parse_keywords(name, names, 2, args, nargs, kwnames, bound)) return false;
    *separator = NULL;
    *maxsplit = -1;
    if (bound[0] != MOLT_ARG_MISSING && bound[0] != MOLT_NONE) {
        if (!molt_bytes_argument(bound[0], separator, separator_length)) return false;
        if (*separator_length == 0) {
            molt_raise_format(&molt_type_ValueError, "empty separator");
            return false;
        }
    }
    if (bound[1] != MOLT_ARG_MISSING && !molt_str_index_arg(bound[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

static MoltValue split(const char *name, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames,
                       bool from_right) {
    const unsigned char *separator;
    size_t separator_length;
    int64_t maxsplit;
    if (!parse_split_args(name, args, nargs, kwnames, &separator, &separator_length, &maxsplit)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    const unsigned char *data = bytes->data;
    int64_t length = bytes->length;
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    /* Pieces are found in order from the chosen end; rsplit reverses at the end. */
    int64_t begin = 0, end = length;
    int64_t splits = 0;
    bool ok = true;
    if (separator == NULL) {
        for (;;) {
            if (!from_right) while (begin < end && is_space(data[begin])) begin++;
            else while (end > begin && is_space(data[end - 1])) end--;
            if (begin == end) break;
            if (splits == maxsplit) {
                /* The rest keeps its whitespace on the far side, as in CPython. */
                ok = append_piece(list, self, begin, end);
                break;
            }
            int64_t cut;
            if (!from_right) {
                for (cut = begin; cut < end && !is_space(data[cut]);) cut++;
                ok = append_piece(list, self, begin, cut);
                begin = cut;
            } else {
                for (cut = end; cut > begin && !is_space(data[cut - 1]);) cut--;
                ok = append_piece(list, self, cut, end);
                end = cut;
            }
            if (!ok) break;
            splits++;
        }
    } else {
        for (;;) {
            int64_t found = -1;
            if (splits < maxsplit) {
                found = from_right ? molt_str_rfind_bytes((const char *)data + begin, (size_t)(end - begin),
                                                          (const char *)separator, separator_length)
                                   : molt_str_find_bytes((const char *)data + begin, (size_t)(end - begin),
                                                         (const char *)separator, separator_length);
            }
            if (found < 0) {
                ok = append_piece(list, self, begin, end);
                break;
            }
            found += begin;
            if (!from_right) {
                ok = append_piece(list, self, begin, found);
                begin = found + (int64_t)separator_length;
            } else {
                ok = append_piece(list, self, found + (int64_t)separator_length, end);
                end = found;
            }
            if (!ok) break;
            splits++;
        }
    }
    if (!ok) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    /* rsplit found its pieces right to left: list.reverse puts them in order. */
    if (from_right && molt_call_method(list, "reverse", NULL, 0, MOLT_NONE) == MOLT_ERROR) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

FORWARD(method_split, split, "split", false)
FORWARD(method_rsplit, split, "rsplit", true)

static MoltValue method_splitlines(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"keepends", NULL};
    MoltValue bound[1];
    if (!molt_str_parse_keywords("splitlines", names, 1, args, nargs, kwnames, bound)) return MOLT_ERROR;
    int keepends = 0;
    if (bound[0] != MOLT_ARG_MISSING) {
        if (molt_type_of(bound[0]) == &molt_type_float)
            return molt_raise_format(&molt_type_TypeError, "'float' object cannot be interpreted as an integer");
        keepends = molt_truthy(bound[0]);
        if (keepends < 0) return MOLT_ERROR;
    }
    MoltBytes *bytes = bytes_of(self);
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    for (int64_t begin = 0; begin < bytes->length;) {
        int64_t end = begin;
        while (end < bytes->length && bytes->data[end] != '\n' && bytes->data[end] != '\r') end++;
        int64_t next = end;
        if (next < bytes->length) {
            next += bytes->data[next] == '\r' && next + 1 < bytes->length && bytes->data[next + 1] == '\n' ? 2 : 1;
        }
        if (!append_piece(list, self, begin, keepends ? next : end)) {
            molt_decref(list);
            return MOLT_ERROR;
        }
        begin = next;
    }
    return list;
}

static MoltValue partition(const char *name, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames,
                           bool from_right) {
    if (!CHECK(name, ONE, 1, 1)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    const unsigned char *separator;
    size_t separator_length;
    if (!molt_bytes_argument(args[0], &separator, &separator_length)) return MOLT_ERROR;
    if (separator_length == 0) return molt_raise_format(&molt_type_ValueError, "empty separator");
    const char *data = (const char *)bytes->data;
    int64_t found = from_right ? molt_str_rfind_bytes(data, (size_t)bytes->length, (const char *)separator, separator_length)
                               : molt_str_find_bytes(data, (size_t)bytes->length, (const char *)separator, separator_length);
    MoltValue parts[3];
    if (found < 0) {
        MoltValue whole = result_of(self, bytes->data, (size_t)bytes->length);
        MoltValue empty = result_of(self, bytes->data, 0);
        MoltValue other = result_of(self, bytes->data, 0);
        parts[0] = from_right ? empty : whole;
        parts[1] = other;
        parts[2] = from_right ? whole : empty;
    } else {
        int64_t after = found + (int64_t)separator_length;
        parts[0] = result_of(self, bytes->data, (size_t)found);
        /* bytes hand back the separator object itself, whatever its type. */
        parts[1] = molt_is_bytes(self) ? (molt_incref(args[0]), args[0])
                                       : molt_bytes_new_of_type(&molt_type_bytearray, separator, separator_length);
        parts[2] = result_of(self, bytes->data + after, (size_t)(bytes->length - after));
    }
    for (int i = 0; i < 3; i++) {
        if (parts[i] == MOLT_ERROR) {
            for (int j = 0; j < 3; j++) if (parts[j] != MOLT_ERROR) molt_decref(parts[j]);
            return MOLT_ERROR;
        }
    }
    return molt_tuple_from_owned(parts, 3);
}

FORWARD(method_partition, partition, "partition", false)
FORWARD(method_rpartition, partition, "rpartition", true)

/* ---- Building: join, replace, padding, expandtabs, translate -------------------------- */

static MoltValue method_join(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!CHECK("join", ONE, 1, 1)) return MOLT_ERROR;
    if (molt_type_of(args[0])->iter == NULL) return molt_raise_format(&molt_type_TypeError, "can only join an iterable");
    MoltValue items = molt_list_from_iterable(args[0]);
    if (items == MOLT_ERROR) return MOLT_ERROR;
    MoltList *list = molt_list_object(items);
    MoltBytes *bytes = bytes_of(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    for (int64_t i = 0; i < list->length; i++) {
        MoltValue item = list->items[i];
        size_t length;
        const unsigned char *data;
        bool view = molt_is_memoryview(item);
        if (view ? !molt_memoryview_contents(item, &data, &length) : !molt_is_bytes_like(item)) {
            molt_buffer_free(&buffer);
            molt_decref(items);
            if (view) return MOLT_ERROR;
            return molt_raise_format(&molt_type_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                                     (long long)i, molt_type_of(item)->name);
        }
        if (i > 0) molt_buffer_append(&buffer, (const char *)bytes->data, (size_t)bytes->length);
        if (!view) data = molt_bytes_data(item, &length);
        molt_buffer_append(&buffer, (const char *)data, length);
    }
    molt_decref(items);
    return result_from_buffer(self, &buffer);
}

static MoltValue method_replace(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!CHECK("replace", EXPECTED, 2, 3)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    const unsigned char *old, *new;
    size_t old_length, new_length;
    int64_t max_count = -1;
    if (!molt_bytes_argument(args[0], &old, &old_length) || !molt_bytes_argument(args[1], &new, &new_length))
        return MOLT_ERROR;
    if (nargs == 3 && !molt_str_index_arg(args[2], &max_count)) return MOLT_ERROR;
    int64_t count = count_occurrences(bytes->data, (size_t)bytes->length, old, old_length, max_count);
    if (count == 0) return result_of(self, bytes->data, (size_t)bytes->length);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    size_t position = 0, length = (size_t)bytes->length;
    const char *data = (const char *)bytes->data;
    for (int64_t done = 0; done < count; done++) {
        if (old_length == 0) {
            molt_buffer_append(&buffer, (const char *)new, new_length);
            if (position < length) molt_buffer_append(&buffer, data + position, 1);
            position++;
            continue;
        }
        size_t found = position + (size_t)molt_str_find_bytes(data + position, length - position, (const char *)old, old_length);
        molt_buffer_append(&buffer, data + position, found - position);
        molt_buffer_append(&buffer, (const char *)new, new_length);
        position = found + old_length;
    }
    if (position < length) molt_buffer_append(&buffer, data + position, length - position);
    return result_from_buffer(self, &buffer);
}

/* width and fillchar of center/ljust/rjust. */
static bool parse_fill(MoltValue self, const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                       int64_t *width, unsigned char *fill) {
    if (!CHECK(name, EXPECTED, 1, 2)) return false;
    if (!molt_str_index_arg(args[0], width)) return false;
    *fill = ' ';
    if (nargs == 2) {
        if (!molt_is_bytes_like(args[1]) || bytes_of(args[1])->length != 1) {
            molt_raise_format(&molt_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                              name, molt_type_of(args[1])->name);
            return false;
        }
        *fill = bytes_of(args[1])->data[0];
    }
    return true;
}

static MoltValue pad(MoltValue self, int64_t left, int64_t right, unsigned char fill) {
    MoltBytes *bytes = bytes_of(self);
    if (left <= 0 && right <= 0) return result_of(self, bytes->data, (size_t)bytes->length);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    size_t total = (size_t)(left + bytes->length + right);
    unsigned char *out = malloc(total + 1);
    if (out == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    memset(out, fill, (size_t)left);
    memcpy(out + left, bytes->data, (size_t)bytes->length);
    memset(out + left + bytes->length, fill, (size_t)right);
    MoltValue result = molt_bytes_new_of_type(bytes->header.type, out, total);
    free(out);
    return result;
}

typedef enum Justify { JUSTIFY_LEFT, JUSTIFY_CENTER, JUSTIFY_RIGHT } Justify;

static MoltValue justify(const char *name, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames,
                         Justify how) {
    int64_t width;
    unsigned char fill;
    if (!parse_fill(self, name, args, nargs, kwnames, &width, &fill)) return MOLT_ERROR;
    int64_t margin = width - bytes_of(self)->length;
    if (margin <= 0) return pad(self, 0, 0, fill);
    if (how == JUSTIFY_LEFT) return pad(self, 0, margin, fill);
    if (how == JUSTIFY_RIGHT) return pad(self, margin, 0, fill);
    /* CPython's centering: the odd byte goes left when width is odd. */
    int64_t left = margin / 2 + (margin & width & 1);
    return pad(self, left, margin - left, fill);
}

FORWARD(method_center, justify, "center", JUSTIFY_CENTER)
FORWARD(method_ljust, justify, "ljust", JUSTIFY_LEFT)
FORWARD(method_rjust, justify, "rjust", JUSTIFY_RIGHT)

static MoltValue method_zfill(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!CHECK("zfill", ONE, 1, 1)) return MOLT_ERROR;
    int64_t width;
    if (!molt_str_index_arg(args[0], &width)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    int64_t margin = width - bytes->length;
    if (margin <= 0) return pad(self, 0, 0, '0');
    MoltValue result = pad(self, margin, 0, '0');
    if (result == MOLT_ERROR) return MOLT_ERROR;
    unsigned char *out = bytes_of(result)->data;
    if (bytes->length > 0 && (out[margin] == '+' || out[margin] == '-')) {
        out[0] = out[margin];
        out[margin] = '0';
    }
    return result;
}

static MoltValue method_expandtabs(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    MoltValue bound[1];
    if (!molt_str_parse_keywords("expandtabs", names, 1, args, nargs, kwnames, bound)) return MOLT_ERROR;
    int64_t tabsize = 8;
    if (bound[0] != MOLT_ARG_MISSING && !molt_str_index_arg(bound[0], &tabsize)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    int64_t column = 0;
    for (int64_t i = 0; i < bytes->length; i++) {
        unsigned char c = bytes->data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                for (int64_t s = 0; s < spaces; s++) molt_buffer_append(&buffer, " ", 1);
                column += spaces;
            }
            continue;
        }
        molt_buffer_append(&buffer, (const char *)&c, 1);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    return result_from_buffer(self, &buffer);
}

static MoltValue method_translate(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "delete", NULL};
    MoltArgSpec spec = {"translate", 1, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    const unsigned char *table = NULL, *delete = NULL;
    size_t table_length = 0, delete_length = 0;
    if (bound[0] != MOLT_NONE) {
        if (!molt_bytes_argument(bound[0], &table, &table_length)) return MOLT_ERROR;
        if (table_length != 256)
            return molt_raise_format(&molt_type_ValueError, "translation table must be 256 characters long");
    }
    if (bound[1] != MOLT_ARG_MISSING && !molt_bytes_argument(bound[1], &delete, &delete_length)) return MOLT_ERROR;
    bool deleted[256] = {false};
    for (size_t i = 0; i < delete_length; i++) deleted[delete[i]] = true;
    MoltBytes *bytes = bytes_of(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    bool changed = false;
    for (int64_t i = 0; i < bytes->length; i++) {
        unsigned char c = bytes->data[i];
        if (deleted[c]) {
            changed = true;
            continue;
        }
        unsigned char mapped = table ? table[c] : c;
        changed = changed || mapped != c;
        molt_buffer_append(&buffer, (const char *)&mapped, 1);
    }
    if (!changed) {
        molt_buffer_free(&buffer);
        return result_of(self, bytes->data, (size_t)bytes->length);
    }
    return result_from_buffer(self, &buffer);
}

/* ---- Hex and text ----------------------------------------------------------------------- */

static MoltValue method_hex(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    MoltValue bound[2];
    if (!molt_str_parse_keywords("hex", names, 2, args, nargs, kwnames, bound)) return MOLT_ERROR;
    char separator = 0;
    int64_t group = 1;
    if (bound[0] != MOLT_ARG_MISSING && bound[0] != MOLT_NONE) {
        size_t length = 0;
        const unsigned char *text = NULL;
        if (molt_is_str(bound[0])) text = (const unsigned char *)molt_str_utf8(bound[0], &length);
        else if (molt_is_bytes_like(bound[0])) text = molt_bytes_data(bound[0], &length);
        else if (molt_type_of(bound[0])->length == NULL)
            return molt_raise_format(&molt_type_TypeError, "object of type '%s' has no len()",
                                     molt_type_of(bound[0])->name);
        else return molt_raise_format(&molt_type_TypeError, "sep must be str or bytes.");
        if (molt_is_str(bound[0]) ? molt_str_length(bound[0]) != 1 : length != 1)
            return molt_raise_format(&molt_type_ValueError, "sep must be length 1.");
        if (text[0] >= 0x80) return molt_raise_format(&molt_type_ValueError, "sep must be ASCII.");
        separator = (char)text[0];
    }
    if (bound[1] != MOLT_ARG_MISSING && !molt_str_index_arg(bound[1], &group)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    static const char digits[] = "0123456789abcdef";
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    int64_t magnitude = group < 0 ? -group : group;
    for (int64_t i = 0; i < bytes->length; i++) {
        if (separator && i > 0 && magnitude > 0) {
            /* Positive counts group from the right, negative from the left. */
            bool boundary = group > 0 ? (bytes->length - i) % magnitude == 0 : i % magnitude == 0;
            if (boundary) molt_buffer_append(&buffer, &separator, 1);
        }
        char pair[2] = {digits[bytes->data[i] >> 4], digits[bytes->data[i] & 0xF]};
        molt_buffer_append(&buffer, pair, 2);
    }
    return molt_buffer_finish(&buffer);
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static MoltValue fromhex(const MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("fromhex", kwnames) < 0 || molt_args_check_count("fromhex", nargs, 1, 1) < 0)
        return MOLT_ERROR;
    if (!molt_is_str(args[0]))
        return molt_raise_format(&molt_type_TypeError, "fromhex() argument must be str, not %s",
                                 molt_type_of(args[0])->name);
    size_t length;
    const unsigned char *text = (const unsigned char *)molt_str_utf8(args[0], &length);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    size_t position = 0;
    /* Positions in the error count code points, as CPython reports them. */
    int64_t char_position = 0;
    while (position < length) {
        if (is_space(text[position])) {
            position++;
            char_position++;
            continue;
        }
        int high = hex_value(text[position]);
        int low = high < 0 || position + 1 >= length ? -1 : hex_value(text[position + 1]);
        if (low < 0) {
            molt_buffer_free(&buffer);
            int64_t at = char_position + (high < 0 ? 0 : 1);
            return molt_raise_format(&molt_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                                     (long long)at);
        }
        char byte = (char)(high << 4 | low);
        molt_buffer_append(&buffer, &byte, 1);
        position += 2;
        char_position += 2;
    }
    MoltValue result = molt_bytes_new_of_type(type, buffer.data, buffer.length);
    molt_buffer_free(&buffer);
    return result;
}

static MoltValue maketrans(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("maketrans", kwnames) < 0 || molt_args_check_count("maketrans", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    const unsigned char *from, *to;
    size_t from_length, to_length;
    if (!molt_bytes_argument(args[0], &from, &from_length) || !molt_bytes_argument(args[1], &to, &to_length))
        return MOLT_ERROR;
    if (from_length != to_length)
        return molt_raise_format(&molt_type_ValueError, "maketrans arguments must have same length");
    unsigned char table[256];
    for (unsigned i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < from_length; i++) table[from[i]] = to[i];
    return molt_bytes_from_data(table, 256);
}

MoltValue molt_bytes_class_method(const MoltType *type, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    if (strcmp(name, "fromhex") == 0) return fromhex(type, args, nargs, kwnames);
    if (strcmp(name, "maketrans") == 0) return maketrans(args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue method_fromhex(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return fromhex(bytes_of(self)->header.type, args, nargs, kwnames);
}
static MoltValue method_maketrans(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)self;
    return maketrans(args, nargs, kwnames);
}

static MoltValue method_decode(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    MoltValue bound[2];
    if (!molt_str_parse_keywords("decode", names, 2, args, nargs, kwnames, bound)) return MOLT_ERROR;
    const char *encoding, *errors;
    if (!molt_codec_arguments("decode", bound[0], bound[1], &encoding, &errors)) return MOLT_ERROR;
    MoltBytes *bytes = bytes_of(self);
    return molt_codec_decode(bytes->data, (size_t)bytes->length, encoding, errors);
}

/* ---- Dispatch ----------------------------------------------------------------------------- */

#define METHOD_NAME(name) #name,
const char *const molt_bytes_method_names[] = {MOLT_BYTES_SHARED_METHODS(METHOD_NAME) NULL};
const char *const molt_bytearray_method_names[] = {
    MOLT_BYTES_SHARED_METHODS(METHOD_NAME) MOLT_BYTEARRAY_MUTATING_METHODS(METHOD_NAME) NULL};
#undef METHOD_NAME

#define METHOD_FUNCTION(name) method_##name,
/* In the order of molt_bytes_method_names, which is sorted. */
static const BytesMethod methods[] = {MOLT_BYTES_SHARED_METHODS(METHOD_FUNCTION)};
#undef METHOD_FUNCTION

static int compare_name(const void *key, const void *entry) {
    return strcmp((const char *)key, *(const char *const *)entry);
}

MoltValue molt_bytes_call_shared_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                        MoltValue kwnames) {
    size_t count = sizeof methods / sizeof methods[0];
    const char *const *found = bsearch(name, molt_bytes_method_names, count, sizeof *molt_bytes_method_names,
                                       compare_name);
    if (found == NULL) return MOLT_NOT_IMPLEMENTED;
    return methods[found - molt_bytes_method_names](self, args, nargs, kwnames);
}
