/* The JSON writer (compiler/common/json.c): layout, commas, empty containers,
 * and string escapes, including bytes that are not UTF-8. */
#include <stdio.h>
#include <string.h>

#include "../../compiler/common/json.h"

static int failures;

static void expect_text(const char *what, const StrBuf *got, const char *expected) {
    if (got->length == strlen(expected) && memcmp(got->data, expected, got->length) == 0) return;
    printf("%s:\n  expected: %s\n  got:      %.*s\n", what, expected, (int)got->length, got->data);
    failures++;
}

static void expect_string(const char *text, size_t length, const char *expected) {
    StrBuf out;
    strbuf_init(&out);
    JsonWriter writer;
    json_init(&writer, &out);
    json_string_bytes(&writer, text, length);
    expect_text(text, &out, expected);
    strbuf_free(&out);
}

int main(void) {
    StrBuf out;
    strbuf_init(&out);
    JsonWriter writer;
    json_init(&writer, &out);
    json_begin_object(&writer);
    json_member_string(&writer, "name", "app");
    json_member_int(&writer, "count", -42);
    json_member_bool(&writer, "ok", true);
    json_key(&writer, "none");
    json_null(&writer);
    json_key(&writer, "empty");
    json_begin_array(&writer);
    json_end_array(&writer);
    json_key(&writer, "items");
    json_begin_array(&writer);
    json_int(&writer, 1);
    json_begin_object(&writer);
    json_end_object(&writer);
    json_begin_object(&writer);
    json_member_string(&writer, "k", "v");
    json_end_object(&writer);
    json_end_array(&writer);
    json_end_object(&writer);
    json_finish(&writer);
    expect_text("document", &out,
                "{\n  \"name\": \"app\",\n  \"count\": -42,\n  \"ok\": true,\n  \"none\": null,\n  \"empty\": [],\n"
                "  \"items\": [\n    1,\n    {},\n    {\n      \"k\": \"v\"\n    }\n  ]\n}\n");
    strbuf_free(&out);

    expect_string("a\"b\\c/d", 7, "\"a\\\"b\\\\c/d\"");
    expect_string("\n\t\r\x01\x1f\x7f", 6, "\"\\n\\t\\r\\u0001\\u001f\\u007f\"");
    expect_string("nul\0x", 5, "\"nul\\u0000x\"");
    expect_string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\x8d", 14, "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\x8d\"");
    /* Not UTF-8: a lone continuation byte, a truncated sequence, an overlong
     * encoding, a surrogate, a code point past U+10FFFF. */
    expect_string("\x80", 1, "\"\\ufffd\"");
    expect_string("\xe2\x82", 2, "\"\\ufffd\\ufffd\"");
    expect_string("\xc0\xaf", 2, "\"\\ufffd\\ufffd\"");
    expect_string("\xed\xa0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\"");
    expect_string("\xf4\x90\x80\x80", 4, "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    return failures ? 1 : 0;
}
