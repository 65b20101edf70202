/* UnicodeEncodeError and UnicodeDecodeError: made from (encoding, object,
 * start, end, reason) with CPython's argument checks, their attributes, the
 * message str() composes from them, and the raise the codecs use. */
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "exc_object.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"

static bool is_encode_error(const MoltType *type) { return molt_type_is_subtype(type, &molt_type_UnicodeEncodeError); }
static bool is_decode_error(const MoltType *type) { return molt_type_is_subtype(type, &molt_type_UnicodeDecodeError); }

bool molt_unicode_error_is_structured(const MoltType *type, MoltValue args) {
    return (is_encode_error(type) || is_decode_error(type)) && molt_tuple_length(args) == 5;
}

static int argument_must_be_str(const MoltValue *args, int index) {
    if (molt_is_str(args[index])) return 0;
    molt_raise_format(&molt_type_TypeError, "argument %d must be str, not %s", index + 1, molt_type_of(args[index])->name);
    return -1;
}

int molt_unicode_error_check_arguments(const MoltType *type, const MoltValue *args, size_t nargs) {
    if (!is_encode_error(type) && !is_decode_error(type)) return 0;
    if (nargs != 5) {
        molt_raise_format(&molt_type_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (argument_must_be_str(args, 0) < 0) return -1;
    if (is_encode_error(type)) {
        if (argument_must_be_str(args, 1) < 0) return -1;
    } else {
        const unsigned char *data;
        size_t length;
        if (!molt_bytes_argument(args[1], &data, &length)) return -1;
    }
    for (int i = 2; i < 4; i++) {
        int64_t position;
        if (molt_args_ssize(args[i], &position) < 0) return -1;
    }
    return argument_must_be_str(args, 4);
}

static int64_t position_of(MoltValue v) {
    int64_t position = 0;
    molt_args_ssize(v, &position);   /* checked when the exception was made */
    return position;
}

MoltValue molt_unicode_error_str(MoltValue self, MoltValue args) {
    const MoltValue *items = molt_tuple_items(args);
    const char *encoding = molt_str_utf8(items[0], NULL);
    const char *reason = molt_str_utf8(items[4], NULL);
    int64_t start = position_of(items[2]), end = position_of(items[3]);
    if (is_encode_error(molt_type_of(self))) {
        MoltStr *object = molt_str_object(items[1]);
        if (start >= 0 && start < object->char_length && end == start + 1) {
            MoltValue character = molt_str_substring(items[1], start, end);
            uint32_t *points = molt_str_code_points(molt_str_object(character));
            molt_decref(character);
            if (!points) return MOLT_ERROR;
            uint32_t c = points[0];
            free(points);
            const char *format = c <= 0xFF ? "'%s' codec can't encode character '\\x%02x' in position %lld: %s"
                                 : c <= 0xFFFF ? "'%s' codec can't encode character '\\u%04x' in position %lld: %s"
                                               : "'%s' codec can't encode character '\\U%08x' in position %lld: %s";
            return molt_str_from_format(format, encoding, (unsigned)c, (long long)start, reason);
        }
        return molt_str_from_format("'%s' codec can't encode characters in position %lld-%lld: %s", encoding,
                               (long long)start, (long long)end - 1, reason);
    }
    const unsigned char *data;
    size_t length;
    molt_bytes_argument(items[1], &data, &length);
    if (start >= 0 && (size_t)start < length && end == start + 1)
        return molt_str_from_format("'%s' codec can't decode byte 0x%02x in position %lld: %s", encoding, data[start],
                               (long long)start, reason);
    return molt_str_from_format("'%s' codec can't decode bytes in position %lld-%lld: %s", encoding, (long long)start,
                           (long long)end - 1, reason);
}

MoltValue molt_unicode_error_getattr(MoltValue self, MoltValue args, const char *name) {
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++) {
        if (strcmp(name, names[i]) != 0) continue;
        MoltValue value = molt_tuple_items(args)[i];
        if (i == 1 && is_decode_error(molt_type_of(self)) && !molt_is_bytes(value)) {
            const unsigned char *data;
            size_t length;
            molt_bytes_argument(value, &data, &length);
            return molt_bytes_from_data(data, length);
        }
        if (i == 2 || i == 3) return molt_int_from_i64(position_of(value));
        return molt_new_reference(value);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltValue molt_raise_unicode_error(const MoltType *type, const char *encoding, MoltValue object, int64_t start,
                                   int64_t end, const char *reason) {
    MoltValue items[5] = {molt_str_from_utf8(encoding, strlen(encoding)), molt_new_reference(object),
                          molt_int_from_i64(start), molt_int_from_i64(end), molt_str_from_utf8(reason, strlen(reason))};
    MoltValue args = molt_tuple_from_owned(items, 5);
    MoltValue exception = molt_exception_new(type, args);
    molt_decref(args);
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}
