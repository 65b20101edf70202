/* The str object's layout and the helpers shared by str.c, str_builder.c,
 * str_methods.c, str_format.c and str_percent.c. Private to runtime/objects/str*.c:
 * everything else goes through include/molt/str.h. */
#ifndef MOLT_STR_INTERNAL_H
#define MOLT_STR_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"

/* Text is stored as UTF-8 (lone surrogates, which Python strings may hold,
 * are encoded as 3-byte sequences). Lengths are cached so len() is O(1);
 * ASCII strings index bytes directly, others use `char_index`: the byte
 * offset of every MOLT_STR_INDEX_STRIDE-th code point, built on first need. */
#define MOLT_STR_INDEX_STRIDE 64

/* Text shared by strings built by appending (`s += t`, `s + t`): a str whose
 * text ends exactly where the buffer's text ends can be extended by writing
 * after it, and the longer result shares the buffer. Nothing already written
 * is ever changed, so every str sharing the buffer keeps its value. */
typedef struct MoltStrBuffer {
    int64_t refcount;       /* strs pointing into the buffer */
    size_t used;            /* bytes of text written */
    size_t capacity;        /* bytes of text that fit (one more is kept for a NUL) */
    char bytes[];
} MoltStrBuffer;

typedef struct MoltStr {
    MoltObject header;
    /* `inline_data`, or `buffer->bytes`. NUL-terminated, except that text
     * appended after a shared prefix overwrites the prefix's NUL:
     * molt_str_utf8 restores it, code in str*.c uses byte_length. */
    char *data;
    int64_t byte_length;
    int64_t char_length;
    int64_t hash;           /* -1 until computed */
    uint32_t *char_index;   /* NULL until built; always NULL for ASCII */
    MoltStrBuffer *buffer;  /* the shared text `data` points into, or NULL */
    uint8_t kind;           /* PEP 393 width: 1, 2 or 4 bytes by the largest code point */
    bool is_ascii;
    char inline_data[];
} MoltStr;

static inline MoltStr *molt_str_object(MoltValue v) { return (MoltStr *)molt_as_ptr(v); }

static inline bool molt_is_str(MoltValue v) {
    return molt_is_ptr(v) && molt_str_object(v)->header.type == &molt_type_str;
}

/* Decodes the code point at *cursor and advances past it (input is our UTF-8). */
static inline uint32_t molt_utf8_decode(const char **cursor) {
    const unsigned char *p = (const unsigned char *)*cursor;
    uint32_t c = p[0];
    if (c < 0x80) {
        *cursor += 1;
        return c;
    }
    if (c < 0xE0) {
        *cursor += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *cursor += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *cursor += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

/* Writes code_point as UTF-8 into out (room for 4 bytes); returns the byte count. */
static inline size_t molt_utf8_encode(uint32_t code_point, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (code_point < 0x80) {
        o[0] = (unsigned char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        o[0] = (unsigned char)(0xC0 | (code_point >> 6));
        o[1] = (unsigned char)(0x80 | (code_point & 0x3F));
        return 2;
    }
    if (code_point < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (code_point >> 12));
        o[1] = (unsigned char)(0x80 | ((code_point >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (code_point & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (code_point >> 18));
    o[1] = (unsigned char)(0x80 | ((code_point >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((code_point >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (code_point & 0x3F));
    return 4;
}

static inline bool molt_utf8_is_continuation(char byte) { return ((unsigned char)byte & 0xC0) == 0x80; }

/* The PEP 393 kind (1, 2 or 4) of a string whose largest code point is max. */
static inline uint8_t molt_str_kind_for(uint32_t max_code_point) {
    return max_code_point < 0x100 ? 1 : max_code_point < 0x10000 ? 2 : 4;
}

/* --- str.c --------------------------------------------------------------- */

/* A new str from our UTF-8 whose code point count is already known; max_code_point
 * may be an upper bound as long as it gives the right kind (use
 * molt_str_from_utf8 when unsure). */
MoltValue molt_str_new_measured(const char *bytes, size_t length, int64_t char_length,
                                uint32_t max_code_point);
/* The empty string (immortal). */
MoltValue molt_str_empty(void);
/* Byte offset of code point number `index` (0 <= index <= char_length). */
size_t molt_str_byte_offset(MoltStr *s, int64_t index);
/* The substring [start, stop) in code points (already clamped). New reference. */
MoltValue molt_str_substring(MoltValue str, int64_t start, int64_t stop);
/* The code points of s in a malloc'd array (caller frees); NULL with MemoryError set. */
uint32_t *molt_str_code_points(MoltStr *s);
bool molt_str_equal(MoltValue a, MoltValue b);
/* Byte offset of the first (last) occurrence of needle, or -1. */
int64_t molt_str_find_bytes(const char *haystack, size_t haystack_length, const char *needle,
                            size_t needle_length);
int64_t molt_str_rfind_bytes(const char *haystack, size_t haystack_length, const char *needle,
                             size_t needle_length);
/* Length of the valid UTF-8 sequence starting at bytes[position], or 0 when
 * it is invalid: *error_end is then one past the bytes CPython's decoder
 * blames and *reason its explanation. Shared with the utf-8 codec. */
size_t molt_str_utf8_sequence_length(const unsigned char *bytes, size_t length, size_t position,
                                     size_t *error_end, const char **reason);
int64_t molt_str_hash(MoltValue str);
/* CPython's hash of a byte string (SipHash-1-3, zero key; 0 when empty):
 * what bytes hash to, and ASCII str too. */
int64_t molt_str_hash_data(const unsigned char *data, size_t length);
/* A borrowed NUL-terminated view of a Python type name, for error messages. */
const char *molt_str_type_name_of(MoltValue v);
/* The same, but "None" for None: the wording of CPython's generated argument
 * checks ("replace() argument 1 must be str, not None"). */
const char *molt_str_argument_type_name(MoltValue v);

/* --- str_builder.c: growing text with one final allocation ----------------- */

/* The builder writes into a MoltStr it reallocates as it grows, so finishing
 * costs no copy. */
typedef struct MoltStrBuilder {
    MoltStr *str;           /* NULL after an allocation failure */
    size_t capacity;        /* bytes available for text */
    int64_t char_length;
    uint32_t max_code_point;
} MoltStrBuilder;

void molt_str_builder_init(MoltStrBuilder *builder, size_t expected_bytes);
/* Appends UTF-8 whose code point count and maximum are known. */
void molt_str_builder_append_measured(MoltStrBuilder *builder, const char *bytes, size_t length,
                                      int64_t char_length, uint32_t max_code_point);
/* Appends UTF-8 of unknown measure. */
void molt_str_builder_append_utf8(MoltStrBuilder *builder, const char *bytes, size_t length);
/* Appends ASCII text (no measuring needed). */
void molt_str_builder_append_ascii(MoltStrBuilder *builder, const char *text, size_t length);
void molt_str_builder_append_code_point(MoltStrBuilder *builder, uint32_t code_point);
void molt_str_builder_append_repeated(MoltStrBuilder *builder, uint32_t code_point, int64_t count);
/* Appends all of a str value. */
void molt_str_builder_append_str(MoltStrBuilder *builder, MoltValue str);
/* Appends code points [start, stop) of a str value. */
void molt_str_builder_append_slice(MoltStrBuilder *builder, MoltValue str, int64_t start,
                                   int64_t stop);
/* The finished str (new reference), or MOLT_ERROR (MemoryError) if any append failed. */
MoltValue molt_str_builder_finish(MoltStrBuilder *builder);
void molt_str_builder_discard(MoltStrBuilder *builder);

/* An integer argument (int or bool) as int64_t, clamped to +-2**62 when huge;
 * raises "'float' object cannot be interpreted as an integer" (etc.) for other types. */
bool molt_str_index_arg(MoltValue v, int64_t *out);

/* --- str_methods.c, str_format.c, str_percent.c ----------------------------- */

/* The optional start and end arguments of find/count/startswith (args[first]
 * and args[first + 1], absent or None for the whole), clamped against length
 * as slice bounds; also used by bytes. False with TypeError. */
/* Methods that accept keywords (split(sep=None, maxsplit=-1)...): the
 * `count` parameters named by names[] into out[] (MOLT_ARG_MISSING when
 * absent), with "split() takes at most 2 arguments (3 given)". */
bool molt_str_parse_keywords(const char *name, const char *const *names, size_t count,
                             const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out);
bool molt_str_parse_bounds(const MoltValue *args, size_t nargs, size_t first, int64_t length,
                           int64_t *start, int64_t *end);

MoltValue molt_str_call_method(MoltValue self, const char *name, const MoltValue *args,
                               size_t nargs, MoltValue kwnames);
/* str.format(*args, **kwargs) with args in vectorcall layout. */
MoltValue molt_str_format_method(MoltValue self, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames);
/* str.format_map(mapping): fields are looked up by name with mapping[name]. */
MoltValue molt_str_format_map(MoltValue self, MoltValue mapping);
/* NULL-terminated names of every str method (the type's method_names). */
extern const char *const molt_str_method_names[];
/* format(str, spec). */
MoltValue molt_str_format_spec(MoltValue self, MoltValue spec);
/* format % args. */
MoltValue molt_str_percent(MoltValue format, MoltValue args);

#endif
