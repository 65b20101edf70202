/* Writing JSON text (the SBOM, the Optimization Manifest): objects, arrays and
 * scalars appended to a StrBuf, indented two spaces per level so that the
 * files are stable and read well in a diff. Strings are escaped per RFC 8259;
 * bytes that are not UTF-8 become U+FFFD, so the output is always valid JSON. */
#ifndef MOLT_COMMON_JSON_H
#define MOLT_COMMON_JSON_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

enum { JSON_MAX_DEPTH = 32 };

typedef struct JsonWriter {
    StrBuf *out;
    int depth;
    int counts[JSON_MAX_DEPTH];   /* values written so far in each open container */
    bool after_key;               /* a key was written: its value comes next, on the same line */
} JsonWriter;

void json_init(JsonWriter *writer, StrBuf *out);
void json_begin_object(JsonWriter *writer);
void json_end_object(JsonWriter *writer);
void json_begin_array(JsonWriter *writer);
void json_end_array(JsonWriter *writer);
/* The key of the next member of the current object. */
void json_key(JsonWriter *writer, const char *key);
void json_string(JsonWriter *writer, const char *text);
void json_string_bytes(JsonWriter *writer, const char *text, size_t length);
void json_int(JsonWriter *writer, int64_t value);
void json_bool(JsonWriter *writer, bool value);
void json_null(JsonWriter *writer);
/* Shorthands for `"key": value` members. */
void json_member_string(JsonWriter *writer, const char *key, const char *text);
void json_member_int(JsonWriter *writer, const char *key, int64_t value);
void json_member_bool(JsonWriter *writer, const char *key, bool value);
/* Ends the document with a newline (after the outermost value). */
void json_finish(JsonWriter *writer);

#endif
