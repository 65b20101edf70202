/* The base64 module: b64encode/b64decode (altchars, validate), the
 * standard_ and urlsafe_ forms, b32encode/b32decode (casefold, map01),
 * b32hexencode/b32hexdecode, b16encode/b16decode, encodebytes/decodebytes,
 * following CPython 3.12's Lib/base64.py over the binascii kernels, with
 * its messages and binascii.Error. */
#include <stdlib.h>
#include <string.h>

#include "binascii.h"
#include "../core/args.h"
#include "../objects/bytes_internal.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"

static bool absent(MoltValue value) { return value == MOLT_ARG_MISSING || value == MOLT_NONE; }

/* _bytes_from_decode_data(s) */
static int decode_data(MoltValue value, const unsigned char **data, size_t *length, MoltValue *owned) {
    return molt_binascii_ascii_argument(value, "argument should be a bytes-like object or ASCII string, not '%s'",
                                        data, length, owned);
}

static MoltValue assertion_error_repr(MoltValue value) {
    MoltValue shown = molt_repr(value);
    if (shown == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const char *text = molt_str_utf8(shown, &length);
    molt_raise_format(&molt_type_AssertionError, "%.*s", (int)length, text);
    molt_decref(shown);
    return MOLT_ERROR;
}

/* A copy of data with each byte of `from` replaced by the same position of
 * `to` (bytes.translate(bytes.maketrans(from, to))), as a new bytes. */
static MoltValue translated(const unsigned char *data, size_t length, const char *from, const unsigned char *to,
                            size_t count) {
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < count; i++) table[(unsigned char)from[i]] = to[i];
    unsigned char *out = malloc(length ? length : 1);
    if (!out) abort();
    for (size_t i = 0; i < length; i++) out[i] = table[data[i]];
    MoltValue result = molt_bytes_from_data(out, length);
    free(out);
    return result;
}

static MoltValue translate_value(MoltValue bytes, const char *from, const unsigned char *to, size_t count) {
    size_t length;
    const unsigned char *data = molt_bytes_data(bytes, &length);
    MoltValue result = translated(data, length, from, to, count);
    molt_decref(bytes);
    return result;
}

/* ---- base64 ------------------------------------------------------------------------------ */

static MoltValue b64encode_with(MoltValue s, MoltValue altchars) {
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(s, &data, &length)) return MOLT_ERROR;
    MoltValue encoded = molt_binascii_to_base64(data, length, false);
    if (absent(altchars) || encoded == MOLT_ERROR) return encoded;
    /* assert len(altchars) == 2, repr(altchars); then bytes.maketrans wants bytes. */
    bool bytes_like = molt_is_bytes_like(altchars);
    int64_t count = bytes_like ? (int64_t)molt_bytes_object(altchars)->length
                    : molt_is_str(altchars) ? molt_str_length(altchars) : -1;
    if (count < 0) {
        molt_decref(encoded);
        return molt_raise_format(&molt_type_TypeError, "object of type '%s' has no len()", molt_type_of(altchars)->name);
    }
    if (count != 2) {
        molt_decref(encoded);
        return assertion_error_repr(altchars);
    }
    if (!bytes_like) {
        molt_decref(encoded);
        return molt_raise_format(&molt_type_TypeError, "a bytes-like object is required, not '%s'",
                                 molt_type_of(altchars)->name);
    }
    size_t alt_length;
    const unsigned char *alt = molt_bytes_data(altchars, &alt_length);
    return translate_value(encoded, "+/", alt, 2);
}

static MoltValue b64decode_with(MoltValue s, MoltValue altchars, bool strict) {
    const unsigned char *data;
    size_t length;
    MoltValue owned, translated_input = MOLT_NONE;
    if (decode_data(s, &data, &length, &owned) < 0) return MOLT_ERROR;
    if (!absent(altchars)) {
        const unsigned char *alt;
        size_t alt_length;
        MoltValue alt_owned;
        if (decode_data(altchars, &alt, &alt_length, &alt_owned) < 0) {
            molt_decref(owned);
            return MOLT_ERROR;
        }
        if (alt_length != 2) {
            molt_decref(owned);
            molt_decref(alt_owned);
            return assertion_error_repr(altchars);
        }
        /* bytes.maketrans(altchars, b'+/'): the alternative characters become + and /. */
        char from[2] = {(char)alt[0], (char)alt[1]};
        translated_input = translated(data, length, from, (const unsigned char *)"+/", 2);
        molt_decref(alt_owned);
        data = molt_bytes_data(translated_input, &length);
    }
    MoltValue result = molt_binascii_from_base64(data, length, strict);
    molt_decref(translated_input);
    molt_decref(owned);
    return result;
}

static MoltValue base64_b64encode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "altchars", NULL};
    static const MoltArgSpec spec = {"b64encode", 1, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return b64encode_with(bound[0], bound[1]);
}

static MoltValue base64_b64decode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "altchars", "validate", NULL};
    static const MoltArgSpec spec = {"b64decode", 1, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int strict = bound[2] == MOLT_ARG_MISSING ? 0 : molt_truthy(bound[2]);
    if (strict < 0) return MOLT_ERROR;
    return b64decode_with(bound[0], bound[1], strict);
}

static MoltValue one_argument(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                              MoltValue *out) {
    static const char *const names[] = {"s", NULL};
    MoltArgSpec spec = {name, 1, 1, names, 1};
    return molt_args_parse(&spec, args, nargs, kwnames, out) < 0 ? MOLT_ERROR : MOLT_NONE;
}

static MoltValue base64_standard_b64encode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("standard_b64encode", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    return b64encode_with(s, MOLT_ARG_MISSING);
}

static MoltValue base64_standard_b64decode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("standard_b64decode", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    return b64decode_with(s, MOLT_ARG_MISSING, false);
}

static MoltValue base64_urlsafe_b64encode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("urlsafe_b64encode", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    MoltValue encoded = b64encode_with(s, MOLT_ARG_MISSING);
    return encoded == MOLT_ERROR ? MOLT_ERROR : translate_value(encoded, "+/", (const unsigned char *)"-_", 2);
}

static MoltValue base64_urlsafe_b64decode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s, owned;
    if (one_argument("urlsafe_b64decode", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (decode_data(s, &data, &length, &owned) < 0) return MOLT_ERROR;
    MoltValue standard = translated(data, length, "-_", (const unsigned char *)"+/", 2);
    molt_decref(owned);
    MoltValue result = b64decode_with(standard, MOLT_ARG_MISSING, false);
    molt_decref(standard);
    return result;
}

/* encodebytes/decodebytes: _input_type_check's message, lines of 57 bytes. */
static bool input_type_check(MoltValue s) {
    if (molt_is_bytes_like(s)) return true;
    molt_raise_format(&molt_type_TypeError, "expected bytes-like object, not %s", molt_type_of(s)->name);
    return false;
}

static MoltValue base64_encodebytes(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("encodebytes", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    if (!input_type_check(s)) return MOLT_ERROR;
    size_t length;
    const unsigned char *data = molt_bytes_data(s, &length);
    MoltValue pieces = molt_list_new(0);
    for (size_t i = 0; i < length; i += 57) {
        MoltValue line = molt_binascii_to_base64(data + i, length - i < 57 ? length - i : 57, true);
        molt_list_append(pieces, line);
        molt_decref(line);
        data = molt_bytes_data(s, &length);
    }
    MoltValue empty = molt_bytes_from_data("", 0);
    MoltValue result = molt_call_method(empty, "join", &pieces, 1, MOLT_NONE);
    molt_decref(empty);
    molt_decref(pieces);
    return result;
}

static MoltValue base64_decodebytes(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("decodebytes", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    if (!input_type_check(s)) return MOLT_ERROR;
    size_t length;
    const unsigned char *data = molt_bytes_data(s, &length);
    return molt_binascii_from_base64(data, length, false);
}

/* ---- base32 ------------------------------------------------------------------------------ */

static const char base32_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
static const char base32_hex_alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

static MoltValue b32encode_with(const char *alphabet, const MoltValue *args, size_t nargs, MoltValue kwnames,
                                const char *name) {
    MoltValue s;
    if (one_argument(name, args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    if (!molt_is_bytes_like(s))
        return molt_raise_format(&molt_type_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                                 molt_type_of(s)->name);
    size_t length;
    const unsigned char *data = molt_bytes_data(s, &length);
    size_t quanta = (length + 4) / 5;
    unsigned char *out = malloc(quanta * 8 + 1);
    if (!out) abort();
    for (size_t q = 0; q < quanta; q++) {
        uint64_t acc = 0;
        for (size_t i = 0; i < 5; i++) acc = acc << 8 | (q * 5 + i < length ? data[q * 5 + i] : 0);
        for (int k = 0; k < 8; k++) out[q * 8 + (size_t)k] = (unsigned char)alphabet[acc >> (35 - 5 * k) & 0x1F];
    }
    static const int pad_for_leftover[5] = {0, 6, 4, 3, 1};
    int pads = pad_for_leftover[length % 5];
    for (int i = 0; i < pads; i++) out[quanta * 8 - 1 - (size_t)i] = '=';
    MoltValue result = molt_bytes_from_data(out, quanta * 8);
    free(out);
    return result;
}

static MoltValue base32_error(const char *message) { return molt_module_error_raise(&molt_binascii_error, "%s", message); }

static MoltValue b32decode_with(const char *alphabet, MoltValue s_value, MoltValue casefold_value, MoltValue map01) {
    const unsigned char *input;
    size_t length;
    MoltValue owned;
    if (decode_data(s_value, &input, &length, &owned) < 0) return MOLT_ERROR;
    if (length % 8) {
        molt_decref(owned);
        return base32_error("Incorrect padding");
    }
    unsigned char *s = malloc(length ? length : 1);
    if (!s) abort();
    memcpy(s, input, length);
    molt_decref(owned);
    MoltValue result = MOLT_ERROR;
    unsigned char *decoded = NULL;
    if (!absent(map01)) {
        const unsigned char *map;
        size_t map_length;
        MoltValue map_owned;
        if (decode_data(map01, &map, &map_length, &map_owned) < 0) goto done;
        if (map_length != 1) {
            molt_decref(map_owned);
            assertion_error_repr(map01);
            goto done;
        }
        for (size_t i = 0; i < length; i++) s[i] = s[i] == '0' ? 'O' : s[i] == '1' ? map[0] : s[i];
        molt_decref(map_owned);
    }
    int casefold = absent(casefold_value) ? 0 : molt_truthy(casefold_value);
    if (casefold < 0) goto done;
    if (casefold)
        for (size_t i = 0; i < length; i++)
            if (s[i] >= 'a' && s[i] <= 'z') s[i] = (unsigned char)(s[i] - 'a' + 'A');
    size_t stripped = length;
    while (stripped > 0 && s[stripped - 1] == '=') stripped--;
    size_t pad_count = length - stripped;
    decoded = malloc(length / 8 * 5 + 5);
    if (!decoded) abort();
    size_t out = 0;
    uint64_t acc = 0;
    for (size_t i = 0; i < stripped; i += 8) {
        acc = 0;
        for (size_t k = i; k < i + 8 && k < stripped; k++) {
            const char *found = s[k] ? strchr(alphabet, s[k]) : NULL;
            if (!found) {
                base32_error("Non-base32 digit found");
                goto done;
            }
            acc = acc << 5 | (uint64_t)(found - alphabet);
        }
        /* acc.to_bytes(5): a short last quantum's value fits in 5 bytes too. */
        for (int b = 4; b >= 0; b--) decoded[out++] = (unsigned char)(acc >> (8 * b));
    }
    if (pad_count != 0 && pad_count != 1 && pad_count != 3 && pad_count != 4 && pad_count != 6) {
        base32_error("Incorrect padding");
        goto done;
    }
    if (pad_count && out) {
        acc <<= 5 * pad_count;
        size_t leftover = (43 - 5 * pad_count) / 8;
        out -= 5;
        for (size_t b = 0; b < leftover; b++) decoded[out + b] = (unsigned char)(acc >> (8 * (4 - b)));
        out += leftover;
    }
    result = molt_bytes_from_data(decoded, out);
done:
    free(decoded);
    free(s);
    return result;
}

static MoltValue base64_b32encode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return b32encode_with(base32_alphabet, args, nargs, kwnames, "b32encode");
}

static MoltValue base64_b32hexencode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return b32encode_with(base32_hex_alphabet, args, nargs, kwnames, "b32hexencode");
}

static MoltValue base64_b32decode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "casefold", "map01", NULL};
    static const MoltArgSpec spec = {"b32decode", 1, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return b32decode_with(base32_alphabet, bound[0], bound[1], bound[2]);
}

static MoltValue base64_b32hexdecode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "casefold", NULL};
    static const MoltArgSpec spec = {"b32hexdecode", 1, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    return b32decode_with(base32_hex_alphabet, bound[0], bound[1], MOLT_ARG_MISSING);
}

/* ---- base16 ------------------------------------------------------------------------------ */

static MoltValue base64_b16encode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue s;
    if (one_argument("b16encode", args, nargs, kwnames, &s) == MOLT_ERROR) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(s, &data, &length)) return MOLT_ERROR;
    static const char digits[] = "0123456789ABCDEF";
    char *out = malloc(2 * length + 1);
    if (!out) abort();
    for (size_t i = 0; i < length; i++) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 0xF];
    }
    MoltValue result = molt_bytes_from_data(out, 2 * length);
    free(out);
    return result;
}

static MoltValue base64_b16decode(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "casefold", NULL};
    static const MoltArgSpec spec = {"b16decode", 1, 2, names, 2};
    MoltValue bound[2], owned;
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    const unsigned char *data;
    size_t length;
    if (decode_data(bound[0], &data, &length, &owned) < 0) return MOLT_ERROR;
    int casefold = absent(bound[1]) ? 0 : molt_truthy(bound[1]);
    MoltValue result = MOLT_ERROR;
    if (casefold >= 0) {
        size_t i = 0;
        for (; i < length; i++) {
            unsigned char c = data[i];
            if (casefold && c >= 'a' && c <= 'f') continue;
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) break;
        }
        result = i < length ? base32_error("Non-base16 digit found") : molt_binascii_from_hex(data, length);
    }
    molt_decref(owned);
    return result;
}

static struct MoltBuiltinFunctionObject base64_functions[] = {
    MOLT_MODULE_FUNCTION("b64encode", base64_b64encode),
    MOLT_MODULE_FUNCTION("b64decode", base64_b64decode),
    MOLT_MODULE_FUNCTION("standard_b64encode", base64_standard_b64encode),
    MOLT_MODULE_FUNCTION("standard_b64decode", base64_standard_b64decode),
    MOLT_MODULE_FUNCTION("urlsafe_b64encode", base64_urlsafe_b64encode),
    MOLT_MODULE_FUNCTION("urlsafe_b64decode", base64_urlsafe_b64decode),
    MOLT_MODULE_FUNCTION("b32encode", base64_b32encode),
    MOLT_MODULE_FUNCTION("b32decode", base64_b32decode),
    MOLT_MODULE_FUNCTION("b32hexencode", base64_b32hexencode),
    MOLT_MODULE_FUNCTION("b32hexdecode", base64_b32hexdecode),
    MOLT_MODULE_FUNCTION("b16encode", base64_b16encode),
    MOLT_MODULE_FUNCTION("b16decode", base64_b16decode),
    MOLT_MODULE_FUNCTION("encodebytes", base64_encodebytes),
    MOLT_MODULE_FUNCTION("decodebytes", base64_decodebytes),
};

static const MoltModuleAttribute base64_attributes[] = {{NULL, NULL}};

struct MoltModule molt_module_base64 = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "base64", base64_functions,
                                        sizeof base64_functions / sizeof base64_functions[0], base64_attributes, 0};
