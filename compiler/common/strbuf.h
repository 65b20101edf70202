/* Growable byte strings for building output text (C code, printed IR). */
#ifndef MOLT_COMMON_STRBUF_H
#define MOLT_COMMON_STRBUF_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct StrBuf {
    char *data;
    size_t length;
    size_t capacity;
} StrBuf;

void strbuf_init(StrBuf *buf);
void strbuf_free(StrBuf *buf);
void strbuf_append(StrBuf *buf, const char *text, size_t length);
void strbuf_puts(StrBuf *buf, const char *text);
void strbuf_putc(StrBuf *buf, char c);
void strbuf_printf(StrBuf *buf, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Appends text as the body of a C string literal (escapes quotes, backslashes,
 * non-printable and non-ASCII bytes) so any byte sequence survives the C compiler. */
void strbuf_put_c_string_body(StrBuf *buf, const char *text, size_t length);
/* Writes the buffer as the whole of the file at path; on failure reports
 * `molt: error: cannot write PATH: REASON` and returns false. */
bool strbuf_write_file(const StrBuf *buf, const char *path);
/* The whole file at `path` as a NUL-terminated malloc'd string (its length in
 * *length), or NULL with errno set when it cannot be opened. */
char *strbuf_read_file(const char *path, size_t *length);

#endif
