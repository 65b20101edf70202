/* The JSON writer of json.h: a stack of open containers, each remembering
 * whether it has a value yet (for the commas), and RFC 8259 string escapes. */
#include "json.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

void json_init(JsonWriter *writer, StrBuf *out) {
    memset(writer, 0, sizeof *writer);
    writer->out = out;
}

static void newline(JsonWriter *writer) {
    strbuf_putc(writer->out, '\n');
    for (int i = 0; i < writer->depth; i++) strbuf_puts(writer->out, "  ");
}

/* Before any value or key: the comma and the line break its container needs. */
static void before_value(JsonWriter *writer) {
    if (writer->after_key) {
        writer->after_key = false;
        return;
    }
    if (writer->depth == 0) return;
    if (writer->counts[writer->depth - 1]++) strbuf_putc(writer->out, ',');
    newline(writer);
}

static void begin(JsonWriter *writer, char open) {
    before_value(writer);
    if (writer->depth == JSON_MAX_DEPTH) abort();   /* the writers' documents are shallow: a bug */
    strbuf_putc(writer->out, open);
    writer->counts[writer->depth++] = 0;
}

static void end(JsonWriter *writer, char close) {
    bool empty = writer->counts[--writer->depth] == 0;
    if (!empty) newline(writer);
    strbuf_putc(writer->out, close);
}

void json_begin_object(JsonWriter *writer) { begin(writer, '{'); }
void json_end_object(JsonWriter *writer) { end(writer, '}'); }
void json_begin_array(JsonWriter *writer) { begin(writer, '['); }
void json_end_array(JsonWriter *writer) { end(writer, ']'); }

/* The length of the well-formed UTF-8 sequence at text (no overlongs, no
 * surrogates, at most U+10FFFF), or 0. */
static size_t utf8_sequence(const unsigned char *text, size_t available) {
    unsigned char c = text[0];
    size_t length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    if (c < 0xc2 || c > 0xf4 || length > available) return 0;
    for (size_t i = 1; i < length; i++)
        if ((text[i] & 0xc0) != 0x80) return 0;
    if (c == 0xe0 && text[1] < 0xa0) return 0;   /* overlong */
    if (c == 0xed && text[1] >= 0xa0) return 0;  /* surrogate */
    if (c == 0xf0 && text[1] < 0x90) return 0;   /* overlong */
    if (c == 0xf4 && text[1] >= 0x90) return 0;  /* past U+10FFFF */
    return length;
}

static void put_escaped(StrBuf *out, const char *text, size_t length) {
    strbuf_putc(out, '"');
    const unsigned char *bytes = (const unsigned char *)text;
    for (size_t i = 0; i < length;) {
        unsigned char c = bytes[i];
        if (c == '"' || c == '\\') {
            strbuf_putc(out, '\\');
            strbuf_putc(out, (char)c);
        } else if (c == '\n') {
            strbuf_puts(out, "\\n");
        } else if (c == '\t') {
            strbuf_puts(out, "\\t");
        } else if (c == '\r') {
            strbuf_puts(out, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            strbuf_printf(out, "\\u%04x", c);
        } else if (c >= 0x80) {
            size_t sequence = utf8_sequence(bytes + i, length - i);
            if (sequence) strbuf_append(out, text + i, sequence);
            else strbuf_puts(out, "\\ufffd");
            i += sequence ? sequence : 1;
            continue;
        } else {
            strbuf_putc(out, (char)c);
        }
        i++;
    }
    strbuf_putc(out, '"');
}

void json_key(JsonWriter *writer, const char *key) {
    before_value(writer);
    put_escaped(writer->out, key, strlen(key));
    strbuf_puts(writer->out, ": ");
    writer->after_key = true;
}

void json_string_bytes(JsonWriter *writer, const char *text, size_t length) {
    before_value(writer);
    put_escaped(writer->out, text, length);
}

void json_string(JsonWriter *writer, const char *text) { json_string_bytes(writer, text, strlen(text)); }

void json_int(JsonWriter *writer, int64_t value) {
    before_value(writer);
    strbuf_printf(writer->out, "%" PRId64, value);
}

void json_bool(JsonWriter *writer, bool value) {
    before_value(writer);
    strbuf_puts(writer->out, value ? "true" : "false");
}

void json_null(JsonWriter *writer) {
    before_value(writer);
    strbuf_puts(writer->out, "null");
}

void json_member_string(JsonWriter *writer, const char *key, const char *text) {
    json_key(writer, key);
    json_string(writer, text);
}

void json_member_int(JsonWriter *writer, const char *key, int64_t value) {
    json_key(writer, key);
    json_int(writer, value);
}

void json_member_bool(JsonWriter *writer, const char *key, bool value) {
    json_key(writer, key);
    json_bool(writer, value);
}

void json_finish(JsonWriter *writer) { strbuf_putc(writer->out, '\n'); }
