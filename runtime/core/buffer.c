/* MoltBuffer (see buffer.h): a byte vector that starts in inline storage and
 * moves to the heap when it outgrows it. */
#include <stdlib.h>
#include <string.h>

#include "../objects/dict.h"
#include "buffer.h"

void molt_buffer_init(MoltBuffer *buffer) {
    buffer->data = buffer->inline_storage;
    buffer->length = 0;
    buffer->capacity = sizeof buffer->inline_storage;
}

void molt_buffer_free(MoltBuffer *buffer) {
    if (buffer->data != buffer->inline_storage) free(buffer->data);
    molt_buffer_init(buffer);
}

void molt_buffer_append(MoltBuffer *buffer, const char *bytes, size_t length) {
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity * 2;
        while (capacity < buffer->length + length) capacity *= 2;
        if (buffer->data == buffer->inline_storage) {
            char *data = malloc(capacity);
            if (!data) abort();
            memcpy(data, buffer->data, buffer->length);
            buffer->data = data;
        } else {
            buffer->data = realloc(buffer->data, capacity);
            if (!buffer->data) abort();
        }
        buffer->capacity = capacity;
    }
    if (length) memcpy(buffer->data + buffer->length, bytes, length);
    buffer->length += length;
}

void molt_buffer_append_cstr(MoltBuffer *buffer, const char *text) {
    molt_buffer_append(buffer, text, strlen(text));
}

void molt_buffer_append_str(MoltBuffer *buffer, MoltValue str) {
    size_t length;
    const char *bytes = molt_str_utf8(str, &length);
    molt_buffer_append(buffer, bytes, length);
}

int molt_buffer_append_repr(MoltBuffer *buffer, MoltValue value) {
    MoltValue text = molt_repr(value);
    if (text == MOLT_ERROR) return -1;
    molt_buffer_append_str(buffer, text);
    molt_decref(text);
    return 0;
}

int molt_buffer_append_str_of(MoltBuffer *buffer, MoltValue value) {
    MoltValue text = molt_str(value);
    if (text == MOLT_ERROR) return -1;
    molt_buffer_append_str(buffer, text);
    molt_decref(text);
    return 0;
}

int molt_buffer_append_keyword_reprs(MoltBuffer *buffer, MoltValue keywords) {
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(keywords, &position, &key, &value)) {
        molt_buffer_append_cstr(buffer, ", ");
        if (molt_buffer_append_str_of(buffer, key) < 0) return -1;
        molt_buffer_append_cstr(buffer, "=");
        if (molt_buffer_append_repr(buffer, value) < 0) return -1;
    }
    return 0;
}

MoltValue molt_buffer_finish(MoltBuffer *buffer) {
    MoltValue result = molt_str_from_utf8(buffer->data, buffer->length);
    molt_buffer_free(buffer);
    return result;
}
