/* The str type: representation (UTF-8 with cached lengths and a sparse code
 * point index, see docs/strings.md), construction, CPython's SipHash-1-3
 * hash, repr, comparison, indexing, iteration, operators and the type object.
 * Methods live in str_methods.c, formatting in str_format.c and str_percent.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "slice.h"
#include "bytes_internal.h"
#include "str_internal.h"
#include "unicode_db.h"

static MoltStr *str_allocate(size_t byte_length) {
    MoltStr *s = malloc(sizeof(MoltStr) + byte_length + 1);
    if (s == NULL) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return NULL;
    }
    s->header.refcount = 1;
    s->header.type = &molt_type_str;
    s->data = s->inline_data;
    s->byte_length = (int64_t)byte_length;
    s->char_length = 0;
    s->hash = -1;
    s->char_index = NULL;
    s->buffer = NULL;
    s->kind = 1;
    s->is_ascii = true;
    s->data[byte_length] = '\0';
    return s;
}

static void str_set_measure(MoltStr *s, int64_t char_length, uint32_t max_code_point) {
    s->char_length = char_length;
    s->kind = molt_str_kind_for(max_code_point);
    s->is_ascii = max_code_point < 0x80;
}

/* Counts code points and finds the largest one. */
static void utf8_measure(const char *bytes, size_t length, int64_t *char_length,
                         uint32_t *max_code_point) {
    int64_t count = 0;
    uint32_t max = 0;
    const char *cursor = bytes;
    const char *end = bytes + length;
    while (cursor < end) {
        if ((unsigned char)*cursor < 0x80) {
            cursor++;
        } else {
            uint32_t c = molt_utf8_decode(&cursor);
            if (c > max) max = c;
        }
        count++;
    }
    *char_length = count;
    *max_code_point = max;
}

static void str_buffer_release(MoltStrBuffer *buffer) {
    if (--buffer->refcount == 0) free(buffer);
}

static void str_dealloc(MoltObject *object) {
    MoltStr *s = (MoltStr *)object;
    free(s->char_index);
    if (s->buffer != NULL) str_buffer_release(s->buffer);
    free(s);
}

MoltValue molt_str_new_measured(const char *bytes, size_t length, int64_t char_length,
                                uint32_t max_code_point) {
    if (char_length == 0) return molt_str_empty();
    if (char_length == 1) {
        const char *cursor = bytes;
        return molt_str_from_code_point(molt_utf8_decode(&cursor));
    }
    MoltStr *s = str_allocate(length);
    if (s == NULL) return MOLT_ERROR;
    memcpy(s->data, bytes, length);
    str_set_measure(s, char_length, max_code_point);
    return molt_from_ptr(s);
}

MoltValue molt_str_from_utf8(const char *bytes, size_t length) {
    int64_t char_length;
    uint32_t max_code_point;
    utf8_measure(bytes, length, &char_length, &max_code_point);
    return molt_str_new_measured(bytes, length, char_length, max_code_point);
}

/* Immortal strings are never freed. Their addresses are kept here as plain
 * pointers (MoltValue hides them behind a tag) so leak checkers see them as
 * reachable rather than leaked. */
static MoltStr **immortal_strings;
static size_t immortal_count, immortal_capacity;

/* Length of the valid UTF-8 sequence starting at bytes[position], or 0 when
 * it is invalid; *error_end is then one past the bytes CPython's decoder blames
 * and *reason its explanation. Surrogates (ED A0..BF) are invalid, as in strict mode. */
size_t molt_str_utf8_sequence_length(const unsigned char *bytes, size_t length, size_t position,
                                      size_t *error_end, const char **reason) {
    unsigned char lead = bytes[position];
    if (lead < 0x80) return 1;
    size_t needed = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    *error_end = position + 1;
    if (needed == 0) {
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i < needed; i++) {
        if (position + i >= length) {
            *error_end = position + i;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char c = bytes[position + i];
        unsigned char low = 0x80, high = 0xBF;
        if (i == 1) {
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        }
        if (c < low || c > high) {
            *error_end = position + i;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return needed;
}

MoltValue molt_str_from_utf8_checked(const char *bytes, size_t length) {
    const unsigned char *data = (const unsigned char *)bytes;
    for (size_t position = 0; position < length;) {
        size_t error_end = 0;
        const char *reason = NULL;
        size_t sequence = molt_str_utf8_sequence_length(data, length, position, &error_end, &reason);
        if (sequence == 0) {
            if (error_end - position == 1) {
                return molt_raise_format(&molt_type_UnicodeDecodeError,
                                         "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                                         data[position], position, reason);
            }
            return molt_raise_format(&molt_type_UnicodeDecodeError,
                                     "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                                     position, error_end - 1, reason);
        }
        position += sequence;
    }
    return molt_str_from_utf8(bytes, length);
}

static MoltValue str_make_immortal(MoltValue v) {
    if (v == MOLT_ERROR) return v;
    MoltStr *s = molt_str_object(v);
    if (s->header.refcount >= MOLT_IMMORTAL_REFCOUNT) return v;
    s->header.refcount = MOLT_IMMORTAL_REFCOUNT;
    if (immortal_count == immortal_capacity) {
        size_t capacity = immortal_capacity ? immortal_capacity * 2 : 64;
        MoltStr **grown = realloc(immortal_strings, capacity * sizeof *grown);
        if (grown == NULL) return v;
        immortal_strings = grown;
        immortal_capacity = capacity;
    }
    immortal_strings[immortal_count++] = s;
    return v;
}

MoltValue molt_str_constant(const char *bytes, size_t length) {
    return str_make_immortal(molt_str_from_utf8(bytes, length));
}

MoltValue molt_str_vformat(const char *format, va_list arguments) {
    char small[256];
    va_list copy;
    va_copy(copy, arguments);
    int length = vsnprintf(small, sizeof small, format, arguments);
    char *text = small;
    if (length >= (int)sizeof small) {
        text = malloc((size_t)length + 1);
        if (!text) abort();
        vsnprintf(text, (size_t)length + 1, format, copy);
    }
    va_end(copy);
    MoltValue result = molt_str_from_utf8(text, length < 0 ? 0 : (size_t)length);
    if (text != small) free(text);
    return result;
}

MoltValue molt_str_from_format(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    MoltValue result = molt_str_vformat(format, arguments);
    va_end(arguments);
    return result;
}

MoltValue molt_str_empty(void) {
    static MoltStr *empty = NULL;
    if (empty == NULL) {
        MoltStr *s = str_allocate(0);
        if (s == NULL) return MOLT_ERROR;
        str_make_immortal(molt_from_ptr(s));
        empty = s;
    }
    return molt_from_ptr(empty);
}

MoltValue molt_str_from_code_point(uint32_t code_point) {
    /* One-character strings of Latin-1 are cached: iteration and indexing
     * produce them constantly. */
    static MoltStr *latin1_cache[256];
    if (code_point < 256 && latin1_cache[code_point] != NULL) {
        return molt_from_ptr(latin1_cache[code_point]);
    }
    char buffer[4];
    size_t length = molt_utf8_encode(code_point, buffer);
    MoltStr *s = str_allocate(length);
    if (s == NULL) return MOLT_ERROR;
    memcpy(s->data, buffer, length);
    str_set_measure(s, 1, code_point);
    MoltValue v = molt_from_ptr(s);
    if (code_point < 256) {
        str_make_immortal(v);
        latin1_cache[code_point] = s;
    }
    return v;
}

/* Gives back the NUL after s's text when a longer str sharing the buffer
 * wrote over it. */
static void str_restore_terminator(MoltStr *s) {
    MoltStrBuffer *buffer = s->buffer;
    if (buffer == NULL || s->data[s->byte_length] == '\0') return;
    if (buffer->refcount == 1) {
        /* The longer strs are gone: their text can simply be cut off. */
        buffer->used = (size_t)s->byte_length;
        s->data[s->byte_length] = '\0';
        return;
    }
    MoltStrBuffer *own = malloc(sizeof(MoltStrBuffer) + (size_t)s->byte_length + 1);
    if (own == NULL) abort();
    own->refcount = 1;
    own->used = own->capacity = (size_t)s->byte_length;
    memcpy(own->bytes, s->data, (size_t)s->byte_length);
    own->bytes[s->byte_length] = '\0';
    str_buffer_release(buffer);
    s->buffer = own;
    s->data = own->bytes;
}

const char *molt_str_utf8(MoltValue str, size_t *length) {
    MoltStr *s = molt_str_object(str);
    str_restore_terminator(s);
    if (length != NULL) *length = (size_t)s->byte_length;
    return s->data;
}

int64_t molt_str_length(MoltValue str) { return molt_str_object(str)->char_length; }

const char *molt_str_type_name_of(MoltValue v) { return molt_type_of(v)->name; }

const char *molt_str_argument_type_name(MoltValue v) {
    return v == MOLT_NONE ? "None" : molt_type_of(v)->name;
}

/* ---- Indexing ------------------------------------------------------------- */

static bool str_build_index(MoltStr *s) {
    size_t entries = (size_t)(s->char_length / MOLT_STR_INDEX_STRIDE) + 1;
    uint32_t *index = malloc(entries * sizeof *index);
    if (index == NULL) return false;
    const char *cursor = s->data;
    for (int64_t i = 0; i < s->char_length; i++) {
        if (i % MOLT_STR_INDEX_STRIDE == 0) index[i / MOLT_STR_INDEX_STRIDE] = (uint32_t)(cursor - s->data);
        molt_utf8_decode(&cursor);
    }
    if (s->char_length % MOLT_STR_INDEX_STRIDE == 0) {
        index[s->char_length / MOLT_STR_INDEX_STRIDE] = (uint32_t)s->byte_length;
    }
    s->char_index = index;
    return true;
}

size_t molt_str_byte_offset(MoltStr *s, int64_t index) {
    if (s->is_ascii) return (size_t)index;
    if (index >= s->char_length) return (size_t)s->byte_length;
    const char *cursor;
    int64_t remaining;
    /* Offsets are 32-bit: strings over 4 GiB walk instead (they are rare). */
    if (s->char_index != NULL ||
        (s->char_length > MOLT_STR_INDEX_STRIDE && s->byte_length <= (int64_t)UINT32_MAX &&
         str_build_index(s))) {
        cursor = s->data + s->char_index[index / MOLT_STR_INDEX_STRIDE];
        remaining = index % MOLT_STR_INDEX_STRIDE;
    } else {
        /* Short strings (or no memory for an index): walk from the start. */
        cursor = s->data;
        remaining = index;
    }
    while (remaining > 0) {
        cursor++;
        while (molt_utf8_is_continuation(*cursor)) cursor++;
        remaining--;
    }
    return (size_t)(cursor - s->data);
}

static uint32_t str_char_at(MoltStr *s, int64_t index) {
    if (s->is_ascii) return (unsigned char)s->data[index];
    const char *cursor = s->data + molt_str_byte_offset(s, index);
    return molt_utf8_decode(&cursor);
}

MoltValue molt_str_substring(MoltValue str, int64_t start, int64_t stop) {
    MoltStr *s = molt_str_object(str);
    if (start <= 0 && stop >= s->char_length) {
        molt_incref(str);
        return str;
    }
    if (stop <= start) return molt_str_empty();
    size_t begin = molt_str_byte_offset(s, start);
    size_t end = molt_str_byte_offset(s, stop);
    if (s->is_ascii) return molt_str_new_measured(s->data + begin, end - begin, stop - start, 0);
    return molt_str_from_utf8(s->data + begin, end - begin);
}

uint32_t *molt_str_code_points(MoltStr *s) {
    uint32_t *points = malloc(((size_t)s->char_length + 1) * sizeof *points);
    if (points == NULL) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return NULL;
    }
    const char *cursor = s->data;
    for (int64_t i = 0; i < s->char_length; i++) points[i] = molt_utf8_decode(&cursor);
    return points;
}

static MoltValue str_getitem(MoltValue self, MoltValue key) {
    MoltStr *s = molt_str_object(self);
    int64_t index;
    if (molt_is_int(key)) {
        if (!molt_int_to_i64(key, &index)) {
            return molt_raise_format(&molt_type_IndexError,
                                     "cannot fit 'int' into an index-sized integer");
        }
        if (index < 0) index += s->char_length;
        if (index < 0 || index >= s->char_length) {
            return molt_raise_format(&molt_type_IndexError, "string index out of range");
        }
        return molt_str_from_code_point(str_char_at(s, index));
    }
    if (molt_is_slice(key)) {
        int64_t start, stop, step, count;
        if (molt_slice_unpack(key, s->char_length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
        (void)stop; /* count already says where the selection ends */
        if (step == 1) return molt_str_substring(self, start, start + count);
        if (count <= 0) return molt_str_empty();
        MoltStrBuilder builder;
        molt_str_builder_init(&builder, s->is_ascii ? (size_t)count : (size_t)count * 2);
        for (int64_t i = 0, position = start; i < count; i++, position += step) {
            molt_str_builder_append_code_point(&builder, str_char_at(s, position));
        }
        return molt_str_builder_finish(&builder);
    }
    return molt_raise_format(&molt_type_TypeError, "string indices must be integers, not '%s'",
                             molt_str_type_name_of(key));
}

/* ---- Hash: SipHash-1-3, zero key, over the PEP 393 canonical bytes --------- */

#define SIP_ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_ROUND(v0, v1, v2, v3) \
    do { \
        v0 += v1; v1 = SIP_ROTATE(v1, 13); v1 ^= v0; v0 = SIP_ROTATE(v0, 32); \
        v2 += v3; v3 = SIP_ROTATE(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = SIP_ROTATE(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = SIP_ROTATE(v1, 17); v1 ^= v2; v2 = SIP_ROTATE(v2, 32); \
    } while (0)

/* CPython with PYTHONHASHSEED=0 keys SipHash with zeros; the message is the
 * string in its PEP 393 form (1, 2 or 4 little-endian bytes per code point). */
static uint64_t siphash13(const unsigned char *message, size_t length) {
    uint64_t v0 = 0x736f6d6570736575ull, v1 = 0x646f72616e646f6dull;
    uint64_t v2 = 0x6c7967656e657261ull, v3 = 0x7465646279746573ull;
    uint64_t last = (uint64_t)length << 56;
    size_t full = length & ~(size_t)7;
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m = 0;
        for (int b = 7; b >= 0; b--) m = (m << 8) | message[i + (size_t)b];
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    for (size_t i = full; i < length; i++) last |= (uint64_t)message[i] << (8 * (i - full));
    v3 ^= last;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

int64_t molt_str_hash_data(const unsigned char *data, size_t length) {
    if (length == 0) return 0;
    int64_t hash = (int64_t)siphash13(data, length);
    return hash == -1 ? -2 : hash;
}

int64_t molt_str_hash(MoltValue str) {
    MoltStr *s = molt_str_object(str);
    if (s->hash != -1) return s->hash;
    int64_t hash;
    if (s->char_length == 0) {
        hash = 0;
    } else if (s->is_ascii) {
        hash = (int64_t)siphash13((const unsigned char *)s->data, (size_t)s->byte_length);
    } else {
        size_t bytes = (size_t)s->char_length * s->kind;
        unsigned char *canonical = malloc(bytes);
        if (canonical == NULL) {
            molt_raise_format(&molt_type_MemoryError, "%s", "");
            return -1;
        }
        const char *cursor = s->data;
        unsigned char *out = canonical;
        for (int64_t i = 0; i < s->char_length; i++) {
            uint32_t c = molt_utf8_decode(&cursor);
            for (unsigned b = 0; b < s->kind; b++) *out++ = (unsigned char)(c >> (8 * b));
        }
        hash = (int64_t)siphash13(canonical, bytes);
        free(canonical);
    }
    if (hash == -1) hash = -2;
    s->hash = hash;
    return hash;
}

static int64_t str_hash_slot(MoltValue self) { return molt_str_hash(self); }

/* ---- repr ------------------------------------------------------------------ */

static MoltValue str_repr(MoltValue self) {
    MoltStr *s = molt_str_object(self);
    bool has_single = memchr(s->data, '\'', (size_t)s->byte_length) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->byte_length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, (size_t)s->byte_length + 2);
    molt_str_builder_append_ascii(&builder, &quote, 1);
    const char *cursor = s->data;
    const char *end = s->data + s->byte_length;
    static const char hex[] = "0123456789abcdef";
    while (cursor < end) {
        uint32_t c = molt_utf8_decode(&cursor);
        char escape[10];
        size_t length = 0;
        if (c == (uint32_t)quote || c == '\\') {
            escape[0] = '\\';
            escape[1] = (char)c;
            length = 2;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            escape[0] = '\\';
            escape[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            length = 2;
        } else if (c >= 0x20 && c < 0x7F) {
            escape[0] = (char)c;
            length = 1;
        } else if (c < 0x7F || (c < 0x100 && !molt_unicode_has(c, MOLT_UNICODE_PRINTABLE)) ||
                   c == 0x7F) {
            escape[0] = '\\';
            escape[1] = 'x';
            escape[2] = hex[(c >> 4) & 0xF];
            escape[3] = hex[c & 0xF];
            length = 4;
        } else if (!molt_unicode_has(c, MOLT_UNICODE_PRINTABLE)) {
            int digits = c < 0x10000 ? 4 : 8;
            escape[0] = '\\';
            escape[1] = c < 0x10000 ? 'u' : 'U';
            for (int d = 0; d < digits; d++) escape[2 + d] = hex[(c >> (4 * (digits - 1 - d))) & 0xF];
            length = (size_t)digits + 2;
        } else {
            molt_str_builder_append_code_point(&builder, c);
            continue;
        }
        molt_str_builder_append_ascii(&builder, escape, length);
    }
    molt_str_builder_append_ascii(&builder, &quote, 1);
    return molt_str_builder_finish(&builder);
}

static MoltValue str_str(MoltValue self) {
    molt_incref(self);
    return self;
}

/* ---- Comparison -------------------------------------------------------------- */

bool molt_str_equal(MoltValue a, MoltValue b) {
    if (a == b) return true;
    MoltStr *x = molt_str_object(a);
    MoltStr *y = molt_str_object(b);
    if (x->byte_length != y->byte_length) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->byte_length) == 0;
}

/* UTF-8 byte order is code point order, so comparing bytes compares text.
 * The first bytes decide most comparisons (c <= "9"), so they are compared
 * before memcmp is called. */
int molt_str_compare_bool(MoltCompareOp op, MoltValue a, MoltValue b) {
    if (op == MOLT_CMP_EQ) return molt_str_equal(a, b);
    if (op == MOLT_CMP_NE) return !molt_str_equal(a, b);
    MoltStr *x = molt_str_object(a);
    MoltStr *y = molt_str_object(b);
    size_t common = (size_t)(x->byte_length < y->byte_length ? x->byte_length : y->byte_length);
    int order = 0;
    if (common > 0) {
        order = (int)(unsigned char)x->data[0] - (int)(unsigned char)y->data[0];
        if (order == 0) order = memcmp(x->data + 1, y->data + 1, common - 1);
    }
    if (order == 0) order = (x->byte_length > y->byte_length) - (x->byte_length < y->byte_length);
    switch (op) {
    case MOLT_CMP_LT: return order < 0;
    case MOLT_CMP_LE: return order <= 0;
    case MOLT_CMP_GT: return order > 0;
    default: return order >= 0;
    }
}

static MoltValue str_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_str(a) || !molt_is_str(b)) return MOLT_NOT_IMPLEMENTED;
    return molt_from_bool(molt_str_compare_bool(op, a, b));
}

static int str_truthy(MoltValue self) { return molt_str_object(self)->char_length != 0; }

static int64_t str_length_slot(MoltValue self) { return molt_str_object(self)->char_length; }

static int str_contains(MoltValue self, MoltValue item) {
    if (!molt_is_str(item)) {
        molt_raise_format(&molt_type_TypeError, "'in <string>' requires string as left operand, not %s",
                          molt_str_type_name_of(item));
        return -1;
    }
    MoltStr *s = molt_str_object(self);
    MoltStr *needle = molt_str_object(item);
    return molt_str_find_bytes(s->data, (size_t)s->byte_length, needle->data,
                               (size_t)needle->byte_length) >= 0;
}

int64_t molt_str_find_bytes(const char *haystack, size_t haystack_length, const char *needle,
                            size_t needle_length) {
    if (needle_length == 0) return 0;
    if (needle_length > haystack_length) return -1;
    const char *last = haystack + (haystack_length - needle_length);
    const char *cursor = haystack;
    while (cursor <= last) {
        const char *hit = memchr(cursor, needle[0], (size_t)(last - cursor) + 1);
        if (hit == NULL) return -1;
        if (memcmp(hit + 1, needle + 1, needle_length - 1) == 0) return hit - haystack;
        cursor = hit + 1;
    }
    return -1;
}

int64_t molt_str_rfind_bytes(const char *haystack, size_t haystack_length, const char *needle,
                             size_t needle_length) {
    if (needle_length > haystack_length) return -1;
    if (needle_length == 0) return (int64_t)haystack_length;
    for (size_t position = haystack_length - needle_length + 1; position-- > 0;) {
        if (haystack[position] == needle[0] &&
            memcmp(haystack + position, needle, needle_length) == 0) {
            return (int64_t)position;
        }
    }
    return -1;
}

/* ---- Iteration ------------------------------------------------------------------- */

typedef struct StrIterator {
    MoltObject header;
    MoltValue str;          /* MOLT_NONE once exhausted */
    size_t position;        /* byte offset of the next code point */
} StrIterator;

static void str_iterator_dealloc(MoltObject *object) {
    StrIterator *iterator = (StrIterator *)object;
    molt_decref(iterator->str);
    free(iterator);
}

static MoltValue str_iterator_next(MoltValue self) {
    StrIterator *iterator = molt_as_ptr(self);
    if (iterator->str == MOLT_NONE) return MOLT_STOP;
    MoltStr *s = molt_str_object(iterator->str);
    if (iterator->position >= (size_t)s->byte_length) {
        molt_decref(iterator->str);
        iterator->str = MOLT_NONE;
        return MOLT_STOP;
    }
    const char *cursor = s->data + iterator->position;
    uint32_t c = molt_utf8_decode(&cursor);
    iterator->position = (size_t)(cursor - s->data);
    return molt_str_from_code_point(c);
}

static MoltValue str_iterator_iter(MoltValue self) {
    molt_incref(self);
    return self;
}

/* Two types only so that type(iter(s)).__name__ matches CPython's. */
static MoltType str_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "str_iterator",
    .base = &molt_type_object,
    .dealloc = str_iterator_dealloc,
    .iter = str_iterator_iter,
    .iternext = str_iterator_next,
};

static MoltType str_ascii_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "str_ascii_iterator",
    .base = &molt_type_object,
    .dealloc = str_iterator_dealloc,
    .iter = str_iterator_iter,
    .iternext = str_iterator_next,
};

static MoltValue str_iter(MoltValue self) {
    StrIterator *iterator = malloc(sizeof *iterator);
    if (iterator == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    iterator->header.refcount = 1;
    iterator->header.type =
        molt_str_object(self)->is_ascii ? &str_ascii_iterator_type : &str_iterator_type;
    molt_incref(self);
    iterator->str = self;
    iterator->position = 0;
    return molt_from_ptr(iterator);
}

/* ---- Operators ------------------------------------------------------------------- */

/* x + y written after x's text in `buffer` (which x's text starts, and ends at
 * `buffer->used`), as a new str sharing the buffer. */
static MoltValue str_append_shared(MoltStr *x, MoltStr *y, MoltStrBuffer *buffer) {
    MoltStr *s = str_allocate(0);
    if (s == NULL) return MOLT_ERROR;
    memcpy(buffer->bytes + x->byte_length, y->data, (size_t)y->byte_length);
    buffer->used = (size_t)(x->byte_length + y->byte_length);
    buffer->bytes[buffer->used] = '\0';
    buffer->refcount++;
    s->buffer = buffer;
    s->data = buffer->bytes;
    s->byte_length = (int64_t)buffer->used;
    s->char_length = x->char_length + y->char_length;
    s->kind = x->kind > y->kind ? x->kind : y->kind;
    s->is_ascii = x->is_ascii && y->is_ascii;
    return molt_from_ptr(s);
}

/* Whether y fits after x in x's buffer, x's text being the last written there. */
static bool str_can_append_shared(const MoltStr *x, const MoltStr *y) {
    const MoltStrBuffer *buffer = x->buffer;
    return buffer != NULL && buffer->used == (size_t)x->byte_length &&
           buffer->capacity - buffer->used >= (size_t)y->byte_length;
}

MoltValue molt_str_concat(MoltValue a, MoltValue b) {
    MoltStr *x = molt_str_object(a);
    MoltStr *y = molt_str_object(b);
    if (y->char_length == 0) {
        molt_incref(a);
        return a;
    }
    if (x->char_length == 0) {
        molt_incref(b);
        return b;
    }
    if (str_can_append_shared(x, y)) return str_append_shared(x, y, x->buffer);
    MoltStr *s = str_allocate((size_t)(x->byte_length + y->byte_length));
    if (s == NULL) return MOLT_ERROR;
    memcpy(s->data, x->data, (size_t)x->byte_length);
    memcpy(s->data + x->byte_length, y->data, (size_t)y->byte_length);
    s->char_length = x->char_length + y->char_length;
    s->kind = x->kind > y->kind ? x->kind : y->kind;
    s->is_ascii = x->is_ascii && y->is_ascii;
    return molt_from_ptr(s);
}

static MoltValue str_repeat(MoltValue str, MoltValue count_value) {
    int64_t count;
    if (!molt_int_to_i64(count_value, &count)) {
        if (molt_int_compare(count_value, molt_from_small_int(0)) < 0) return molt_str_empty();
        return molt_raise_format(&molt_type_OverflowError,
                                 "cannot fit 'int' into an index-sized integer");
    }
    MoltStr *s = molt_str_object(str);
    if (count <= 0 || s->char_length == 0) return molt_str_empty();
    if (count == 1) {
        molt_incref(str);
        return str;
    }
    if (s->byte_length > INT64_MAX / 2 / count) {
        return molt_raise_format(&molt_type_OverflowError, "repeated string is too long");
    }
    size_t piece = (size_t)s->byte_length;
    MoltStr *result = str_allocate(piece * (size_t)count);
    if (result == NULL) return MOLT_ERROR;
    /* Doubling copies: log(count) memcpy calls. */
    memcpy(result->data, s->data, piece);
    size_t done = piece;
    size_t total = piece * (size_t)count;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(result->data + done, result->data, chunk);
        done += chunk;
    }
    result->char_length = s->char_length * count;
    result->kind = s->kind;
    result->is_ascii = s->is_ascii;
    return molt_from_ptr(result);
}

static MoltValue str_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    bool a_is_str = molt_is_str(a);
    switch (op) {
    case MOLT_OP_ADD:
        if (a_is_str && molt_is_str(b)) return molt_str_concat(a, b);
        if (a_is_str) {
            return molt_raise_format(&molt_type_TypeError,
                                     "can only concatenate str (not \"%s\") to str",
                                     molt_str_type_name_of(b));
        }
        return MOLT_NOT_IMPLEMENTED;
    case MOLT_OP_MUL: {
        MoltValue str = a_is_str ? a : b;
        MoltValue count = a_is_str ? b : a;
        if (molt_is_int(count)) return str_repeat(str, count);
        /* CPython falls back to the sequence repeat, which rejects any other
         * count, when neither operand defines multiplication: true of every
         * builtin type. (A class with __rmul__ must be tried before this.) */
        return molt_raise_format(&molt_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 molt_str_type_name_of(count));
    }
    case MOLT_OP_MOD:
        if (a_is_str) return molt_str_percent(a, b);
        return MOLT_NOT_IMPLEMENTED;
    default:
        return MOLT_NOT_IMPLEMENTED;
    }
}

/* a += b: the result shares a buffer with room to grow (doubling), so a loop
 * of `s += piece` copies each piece once plus O(n) for the regrowths: linear,
 * as in CPython. Unlike mutating a in place, this stays correct when a is
 * still referenced elsewhere (aliases, borrowed container items). */
static MoltValue str_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_ADD || !molt_is_str(b) || !molt_is_str(a)) return MOLT_NOT_IMPLEMENTED;
    MoltStr *x = molt_str_object(a);
    MoltStr *y = molt_str_object(b);
    if (x->char_length == 0 || y->char_length == 0) return MOLT_NOT_IMPLEMENTED;
    if (str_can_append_shared(x, y)) return str_append_shared(x, y, x->buffer);
    size_t needed = (size_t)(x->byte_length + y->byte_length);
    size_t capacity = needed * 2 < 64 ? 64 : needed * 2;
    MoltStrBuffer *buffer = malloc(sizeof(MoltStrBuffer) + capacity + 1);
    if (buffer == NULL) return MOLT_NOT_IMPLEMENTED;
    buffer->refcount = 0;
    buffer->capacity = capacity;
    memcpy(buffer->bytes, x->data, (size_t)x->byte_length);
    buffer->used = (size_t)x->byte_length;
    MoltValue result = str_append_shared(x, y, buffer);
    if (result == MOLT_ERROR) free(buffer);
    return result;
}

/* str(), str(object), str(object='...'), str(bytes, encoding, errors). */
static MoltValue str_call(MoltValue callable, const MoltValue *args, size_t nargs,
                          MoltValue kwnames) {
    (void)callable;
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    static const MoltArgSpec spec = {"str", 0, 3, names, 3};
    MoltValue bound[3];
    /* str's own wording, not the argument parser's "expected at most". */
    if (nargs > 3) return molt_raise_format(&molt_type_TypeError, "str() takes at most 3 arguments (%zu given)", nargs);
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    if (bound[0] == MOLT_ARG_MISSING) return molt_str_empty();
    if (bound[1] != MOLT_ARG_MISSING || bound[2] != MOLT_ARG_MISSING) {
        if (molt_is_str(bound[0])) {
            return molt_raise_format(&molt_type_TypeError, "decoding str is not supported");
        }
        const char *encoding, *errors;
        if (!molt_codec_arguments("str", bound[1], bound[2], &encoding, &errors)) return MOLT_ERROR;
        if (!molt_is_bytes_like(bound[0])) {
            return molt_raise_format(&molt_type_TypeError, "decoding to str: need a bytes-like object, %s found",
                                     molt_str_type_name_of(bound[0]));
        }
        size_t length;
        const unsigned char *data = molt_bytes_data(bound[0], &length);
        return molt_codec_decode(data, length, encoding, errors);
    }
    return molt_str(bound[0]);
}

static MoltValue str_class_method(const MoltType *owner, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    (void)owner;
    return strcmp(name, "maketrans") == 0 ? molt_str_maketrans(args, nargs, kwnames) : MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_str = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "str",
    .base = &molt_type_object,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .binary_op = str_binary_op,
    .inplace_op = str_inplace_op,
    .richcompare = str_richcompare,
    .truthy = str_truthy,
    .length = str_length_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .call = str_call,
    .call_method = molt_str_call_method,
    .method_names = molt_str_method_names,
    .format = molt_str_format_spec,
    .class_method = str_class_method,
};
