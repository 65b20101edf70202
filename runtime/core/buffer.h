/* A growable byte buffer for building UTF-8 text (reprs of containers,
 * exception messages, print lines) before turning it into one str. */
#ifndef MOLT_BUFFER_H
#define MOLT_BUFFER_H
#include <stddef.h>

#include "molt/molt.h"

typedef struct MoltBuffer {
    char *data;
    size_t length;
    size_t capacity;
    char inline_storage[128];   /* most reprs fit: no malloc for them */
} MoltBuffer;

void molt_buffer_init(MoltBuffer *buffer);
void molt_buffer_free(MoltBuffer *buffer);
void molt_buffer_append(MoltBuffer *buffer, const char *bytes, size_t length);
void molt_buffer_append_cstr(MoltBuffer *buffer, const char *text);
/* Appends the text of a str value (borrowed). */
void molt_buffer_append_str(MoltBuffer *buffer, MoltValue str);
/* Appends repr(value) / str(value); 0, or -1 with the exception set. */
int molt_buffer_append_repr(MoltBuffer *buffer, MoltValue value);
int molt_buffer_append_str_of(MoltBuffer *buffer, MoltValue value);
/* Appends ", key=repr(value)" for each entry of a dict of keyword arguments, as
 * the reprs of partial and methodcaller show them; 0, or -1 with the exception set. */
int molt_buffer_append_keyword_reprs(MoltBuffer *buffer, MoltValue keywords);
/* A new str holding the buffer's text; the buffer is freed either way. */
MoltValue molt_buffer_finish(MoltBuffer *buffer);

#endif
