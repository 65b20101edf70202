/* MoltStrBuilder: appends text straight into a growing str object and tracks
 * its code point count and widest code point, so finishing needs neither a
 * copy nor a re-scan. Used by every str operation that produces new text. */
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"

static void builder_fail(MoltStrBuilder *builder) {
    free(builder->str);
    builder->str = NULL;
    builder->capacity = 0;
}

void molt_str_builder_init(MoltStrBuilder *builder, size_t expected_bytes) {
    if (expected_bytes < 16) expected_bytes = 16;
    builder->str = malloc(sizeof(MoltStr) + expected_bytes + 1);
    builder->capacity = builder->str != NULL ? expected_bytes : 0;
    builder->char_length = 0;
    builder->max_code_point = 0;
    if (builder->str != NULL) builder->str->byte_length = 0;
}

/* Makes room for `extra` more bytes; false (and the builder failed) without memory. */
static bool builder_reserve(MoltStrBuilder *builder, size_t extra) {
    if (builder->str == NULL) return false;
    size_t needed = (size_t)builder->str->byte_length + extra;
    if (needed <= builder->capacity) return true;
    size_t capacity = builder->capacity * 2;
    if (capacity < needed) capacity = needed;
    MoltStr *grown = realloc(builder->str, sizeof(MoltStr) + capacity + 1);
    if (grown == NULL) {
        builder_fail(builder);
        return false;
    }
    builder->str = grown;
    builder->capacity = capacity;
    return true;
}

void molt_str_builder_append_measured(MoltStrBuilder *builder, const char *bytes, size_t length,
                                      int64_t char_length, uint32_t max_code_point) {
    if (!builder_reserve(builder, length)) return;
    memcpy(builder->str->inline_data + builder->str->byte_length, bytes, length);
    builder->str->byte_length += (int64_t)length;
    builder->char_length += char_length;
    if (max_code_point > builder->max_code_point) builder->max_code_point = max_code_point;
}

void molt_str_builder_append_ascii(MoltStrBuilder *builder, const char *text, size_t length) {
    molt_str_builder_append_measured(builder, text, length, (int64_t)length, 0);
}

void molt_str_builder_append_code_point(MoltStrBuilder *builder, uint32_t code_point) {
    char buffer[4];
    size_t length = molt_utf8_encode(code_point, buffer);
    molt_str_builder_append_measured(builder, buffer, length, 1, code_point);
}

void molt_str_builder_append_repeated(MoltStrBuilder *builder, uint32_t code_point, int64_t count) {
    if (count <= 0) return;
    char buffer[4];
    size_t length = molt_utf8_encode(code_point, buffer);
    if (!builder_reserve(builder, length * (size_t)count)) return;
    char *out = builder->str->inline_data + builder->str->byte_length;
    if (length == 1) {
        memset(out, buffer[0], (size_t)count);
    } else {
        for (int64_t i = 0; i < count; i++) memcpy(out + (size_t)i * length, buffer, length);
    }
    builder->str->byte_length += (int64_t)(length * (size_t)count);
    builder->char_length += count;
    if (code_point > builder->max_code_point) builder->max_code_point = code_point;
}

static uint32_t kind_maximum(const MoltStr *s) {
    return s->is_ascii ? 0x7F : s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
}

void molt_str_builder_append_str(MoltStrBuilder *builder, MoltValue str) {
    MoltStr *s = molt_str_object(str);
    molt_str_builder_append_measured(builder, s->data, (size_t)s->byte_length, s->char_length,
                                     kind_maximum(s));
}

void molt_str_builder_append_slice(MoltStrBuilder *builder, MoltValue str, int64_t start,
                                   int64_t stop) {
    if (stop <= start) return;
    MoltStr *s = molt_str_object(str);
    size_t begin = molt_str_byte_offset(s, start);
    size_t end = molt_str_byte_offset(s, stop);
    if (s->is_ascii) {
        molt_str_builder_append_measured(builder, s->data + begin, end - begin, stop - start, 0);
        return;
    }
    /* A slice may be narrower than the whole string: measure it. */
    molt_str_builder_append_utf8(builder, s->data + begin, end - begin);
}

void molt_str_builder_append_utf8(MoltStrBuilder *builder, const char *bytes, size_t length) {
    int64_t count = 0;
    uint32_t max = 0;
    const char *cursor = bytes;
    const char *limit = bytes + length;
    while (cursor < limit) {
        uint32_t c = molt_utf8_decode(&cursor);
        if (c > max) max = c;
        count++;
    }
    molt_str_builder_append_measured(builder, bytes, length, count, max);
}

MoltValue molt_str_builder_finish(MoltStrBuilder *builder) {
    MoltStr *s = builder->str;
    builder->str = NULL;
    if (s == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    if (builder->char_length <= 1) {
        /* Empty and one-character strings come from the shared caches. */
        MoltValue cached = molt_str_new_measured(s->inline_data, (size_t)s->byte_length,
                                                 builder->char_length, builder->max_code_point);
        free(s);
        return cached;
    }
    if (builder->capacity > (size_t)s->byte_length + 64) {
        MoltStr *shrunk = realloc(s, sizeof(MoltStr) + (size_t)s->byte_length + 1);
        if (shrunk != NULL) s = shrunk;
    }
    s->header.refcount = 1;
    s->header.type = &molt_type_str;
    s->data = s->inline_data;
    s->data[s->byte_length] = '\0';
    s->char_length = builder->char_length;
    s->hash = -1;
    s->char_index = NULL;
    s->buffer = NULL;
    s->kind = molt_str_kind_for(builder->max_code_point);
    s->is_ascii = builder->max_code_point < 0x80;
    return molt_from_ptr(s);
}

void molt_str_builder_discard(MoltStrBuilder *builder) {
    free(builder->str);
    builder->str = NULL;
}

MoltValue molt_str_join_parts(const MoltValue *parts, size_t count) {
    size_t total = 0;
    for (size_t i = 0; i < count; i++) total += (size_t)molt_str_object(parts[i])->byte_length;
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, total);
    for (size_t i = 0; i < count; i++) molt_str_builder_append_str(&builder, parts[i]);
    return molt_str_builder_finish(&builder);
}
