/* The binascii module: Error, hexlify/b2a_hex, unhexlify/a2b_hex,
 * b2a_base64 and a2b_base64 (with strict_mode), following CPython 3.12's
 * Modules/binascii.c step for step, messages included. */
#include <stdlib.h>
#include <string.h>

#include "binascii.h"
#include "../core/args.h"
#include "../objects/bytes_internal.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"

MoltModuleError molt_binascii_error = MOLT_MODULE_ERROR("Error", "binascii", &molt_type_ValueError);

int molt_binascii_ascii_argument(MoltValue value, const char *type_message, const unsigned char **data,
                                 size_t *length, MoltValue *owned) {
    *owned = MOLT_NONE;
    if (molt_is_str(value)) {
        const char *text = molt_str_utf8(value, length);
        for (size_t i = 0; i < *length; i++) {
            if ((unsigned char)text[i] >= 0x80) {
                molt_raise_format(&molt_type_ValueError, "string argument should contain only ASCII characters");
                return -1;
            }
        }
        *data = (const unsigned char *)text;
        return 0;
    }
    if (!molt_is_bytes_like(value)) {
        molt_raise_format(&molt_type_TypeError, type_message, molt_type_of(value)->name);
        return -1;
    }
    *data = molt_bytes_data(value, length);
    return 0;
}

static const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

MoltValue molt_binascii_to_base64(const unsigned char *data, size_t length, bool newline) {
    size_t size = (length + 2) / 3 * 4 + (newline ? 1 : 0);
    unsigned char *out = malloc(size ? size : 1), *p = out;
    if (!out) abort();
    size_t i = 0;
    for (; i + 3 <= length; i += 3) {
        unsigned value = (unsigned)data[i] << 16 | (unsigned)data[i + 1] << 8 | data[i + 2];
        for (int k = 3; k >= 0; k--) *p++ = (unsigned char)base64_alphabet[value >> (6 * k) & 0x3F];
    }
    if (i < length) {
        unsigned value = (unsigned)data[i] << 16 | (i + 1 < length ? (unsigned)data[i + 1] << 8 : 0);
        *p++ = (unsigned char)base64_alphabet[value >> 18 & 0x3F];
        *p++ = (unsigned char)base64_alphabet[value >> 12 & 0x3F];
        *p++ = i + 1 < length ? (unsigned char)base64_alphabet[value >> 6 & 0x3F] : '=';
        *p++ = '=';
    }
    if (newline) *p++ = '\n';
    MoltValue result = molt_bytes_from_data(out, (size_t)(p - out));
    free(out);
    return result;
}

static int base64_value(unsigned char c) {
    const char *found = c ? strchr(base64_alphabet, c) : NULL;
    return found ? (int)(found - base64_alphabet) : -1;
}

static MoltValue base64_fail(unsigned char *out, const char *message) {
    free(out);
    return molt_module_error_raise(&molt_binascii_error, "%s", message);
}

MoltValue molt_binascii_from_base64(const unsigned char *data, size_t length, bool strict) {
    unsigned char *out = malloc(length / 4 * 3 + 3), *p = out;
    if (!out) abort();
    if (strict && length > 0 && data[0] == '=') return base64_fail(out, "Leading padding not allowed");
    int quad_position = 0, pads = 0;
    bool padding_started = false;
    unsigned leftover = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char c = data[i];
        if (c == '=') {
            padding_started = true;
            if (strict && quad_position == 0) return base64_fail(out, "Excess padding not allowed");
            if (quad_position >= 2 && quad_position + ++pads >= 4) {
                /* A complete pad sequence ends the data. */
                if (strict && i + 1 < length) return base64_fail(out, "Excess data after padding");
                goto done;
            }
            continue;
        }
        int value = base64_value(c);
        if (value < 0) {
            if (strict) return base64_fail(out, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return base64_fail(out, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad_position) {
        case 0: leftover = (unsigned)value; break;
        case 1: *p++ = (unsigned char)(leftover << 2 | (unsigned)value >> 4); leftover = (unsigned)value & 0x0F; break;
        case 2: *p++ = (unsigned char)(leftover << 4 | (unsigned)value >> 2); leftover = (unsigned)value & 0x03; break;
        default: *p++ = (unsigned char)(leftover << 6 | (unsigned)value); leftover = 0; break;
        }
        quad_position = (quad_position + 1) % 4;
    }
    if (quad_position == 1) {
        size_t characters = (size_t)(p - out) / 3 * 4 + 1;
        free(out);
        return molt_module_error_raise(&molt_binascii_error,
                                       "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 "
                                       "more than a multiple of 4",
                                       characters);
    }
    if (quad_position != 0) return base64_fail(out, "Incorrect padding");
done:;
    MoltValue result = molt_bytes_from_data(out, (size_t)(p - out));
    free(out);
    return result;
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

MoltValue molt_binascii_from_hex(const unsigned char *data, size_t length) {
    if (length % 2) return molt_module_error_raise(&molt_binascii_error, "Odd-length string");
    unsigned char *out = malloc(length / 2 + 1);
    if (!out) abort();
    for (size_t i = 0; i < length; i += 2) {
        int high = hex_value(data[i]), low = hex_value(data[i + 1]);
        if (high < 0 || low < 0) {
            free(out);
            return molt_module_error_raise(&molt_binascii_error, "Non-hexadecimal digit found");
        }
        out[i / 2] = (unsigned char)(high << 4 | low);
    }
    MoltValue result = molt_bytes_from_data(out, length / 2);
    free(out);
    return result;
}

/* ---- the module functions ------------------------------------------------------------- */

static const char ascii_type_message[] = "argument should be bytes, buffer or ASCII string, not '%s'";

/* hexlify(data, sep=<unrepresentable>, bytes_per_sep=1): bytes.hex(...) as bytes. */
static MoltValue hexlify_named(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    MoltArgSpec spec = {name, 1, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(bound[0], &data, &length)) return MOLT_ERROR;
    MoltValue as_bytes = molt_bytes_from_data(data, length);
    size_t extra = bound[2] != MOLT_ARG_MISSING ? 2 : bound[1] != MOLT_ARG_MISSING ? 1 : 0;
    MoltValue text = molt_call_method(as_bytes, "hex", bound + 1, extra, MOLT_NONE);
    molt_decref(as_bytes);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    size_t text_length;
    const char *utf8 = molt_str_utf8(text, &text_length);
    MoltValue result = molt_bytes_from_data(utf8, text_length);
    molt_decref(text);
    return result;
}

static MoltValue binascii_hexlify(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return hexlify_named("hexlify", args, nargs, kwnames);
}
static MoltValue binascii_b2a_hex(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return hexlify_named("b2a_hex", args, nargs, kwnames);
}

static MoltValue unhexlify_named(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"hexstr", NULL};
    MoltArgSpec spec = {name, 1, 1, names, 1};
    MoltValue bound[1], owned;
    const unsigned char *data;
    size_t length;
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    if (molt_binascii_ascii_argument(bound[0], ascii_type_message, &data, &length, &owned) < 0) return MOLT_ERROR;
    MoltValue result = molt_binascii_from_hex(data, length);
    molt_decref(owned);
    return result;
}

static MoltValue binascii_unhexlify(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return unhexlify_named("unhexlify", args, nargs, kwnames);
}
static MoltValue binascii_a2b_hex(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return unhexlify_named("a2b_hex", args, nargs, kwnames);
}

static MoltValue binascii_b2a_base64(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "newline", NULL};
    static const MoltArgSpec spec = {"b2a_base64", 1, 1, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(bound[0], &data, &length)) return MOLT_ERROR;
    int newline = bound[1] == MOLT_ARG_MISSING ? 1 : molt_truthy(bound[1]);
    if (newline < 0) return MOLT_ERROR;
    return molt_binascii_to_base64(data, length, newline);
}

static MoltValue binascii_a2b_base64(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {NULL, "strict_mode", NULL};
    static const MoltArgSpec spec = {"a2b_base64", 1, 1, names, 2};
    MoltValue bound[2], owned;
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int strict = bound[1] == MOLT_ARG_MISSING ? 0 : molt_truthy(bound[1]);
    if (strict < 0) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (molt_binascii_ascii_argument(bound[0], ascii_type_message, &data, &length, &owned) < 0) return MOLT_ERROR;
    MoltValue result = molt_binascii_from_base64(data, length, strict);
    molt_decref(owned);
    return result;
}

static MoltValue make_error(void) { return molt_module_error_attribute(&molt_binascii_error); }

static const MoltModuleAttribute binascii_attributes[] = {{"Error", make_error}};

static struct MoltBuiltinFunctionObject binascii_functions[] = {
    MOLT_MODULE_FUNCTION("hexlify", binascii_hexlify),       MOLT_MODULE_FUNCTION("b2a_hex", binascii_b2a_hex),
    MOLT_MODULE_FUNCTION("unhexlify", binascii_unhexlify),   MOLT_MODULE_FUNCTION("a2b_hex", binascii_a2b_hex),
    MOLT_MODULE_FUNCTION("b2a_base64", binascii_b2a_base64), MOLT_MODULE_FUNCTION("a2b_base64", binascii_a2b_base64),
};

struct MoltModule molt_module_binascii = MOLT_MODULE("binascii", binascii_functions, binascii_attributes);
