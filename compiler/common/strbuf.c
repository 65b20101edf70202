/* Growable byte strings (see strbuf.h). */
#include "strbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init(StrBuf *buf) {
    buf->data = NULL;
    buf->length = 0;
    buf->capacity = 0;
}

void strbuf_free(StrBuf *buf) {
    free(buf->data);
    strbuf_init(buf);
}

static void strbuf_reserve(StrBuf *buf, size_t extra) {
    if (buf->length + extra + 1 <= buf->capacity) return;
    size_t capacity = buf->capacity ? buf->capacity : 256;
    while (capacity < buf->length + extra + 1) capacity *= 2;
    char *grown = realloc(buf->data, capacity);
    if (!grown) {
        fputs("molt: out of memory\n", stderr);
        exit(3);
    }
    buf->data = grown;
    buf->capacity = capacity;
}

void strbuf_append(StrBuf *buf, const char *text, size_t length) {
    strbuf_reserve(buf, length);
    memcpy(buf->data + buf->length, text, length);
    buf->length += length;
    buf->data[buf->length] = '\0';
}

void strbuf_puts(StrBuf *buf, const char *text) { strbuf_append(buf, text, strlen(text)); }

void strbuf_putc(StrBuf *buf, char c) { strbuf_append(buf, &c, 1); }

void strbuf_printf(StrBuf *buf, const char *format, ...) {
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    strbuf_reserve(buf, (size_t)length);
    vsnprintf(buf->data + buf->length, (size_t)length + 1, format, args);
    buf->length += (size_t)length;
    va_end(args);
}

void strbuf_put_c_string_body(StrBuf *buf, const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"' || c == '\\') {
            strbuf_putc(buf, '\\');
            strbuf_putc(buf, (char)c);
        } else if (c >= 0x20 && c < 0x7f && c != '?') {
            strbuf_putc(buf, (char)c);
        } else {
            /* Octal escapes are at most three digits, so they never swallow a following digit. */
            strbuf_printf(buf, "\\%03o", c);
        }
    }
}

bool strbuf_write_file(const StrBuf *buf, const char *path) {
    FILE *file = fopen(path, "wb");
    bool ok = file && fwrite(buf->data ? buf->data : "", 1, buf->length, file) == buf->length;
    if (file && fclose(file) != 0) ok = false;
    if (!ok) fprintf(stderr, "molt: error: cannot write '%s': %s\n", path, strerror(errno));
    return ok;
}

char *strbuf_read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    StrBuf buf;
    strbuf_init(&buf);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0) strbuf_append(&buf, chunk, got);
    fclose(file);
    if (!buf.data) strbuf_append(&buf, "", 0);
    *length = buf.length;
    return buf.data;
}
