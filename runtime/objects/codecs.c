/* The text codecs: utf-8, ascii, latin-1, utf-16 and utf-32 (with and
 * without a byte order mark, CPython's aliases), in both directions, with the
 * error handlers strict, ignore, replace, backslashreplace, surrogateescape,
 * surrogatepass (the UTF codecs) and xmlcharrefreplace (encoding), and
 * CPython's exact Unicode error messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "exc_object.h"
#include "str_internal.h"
#include "../core/args.h"
#include "../core/buffer.h"

typedef enum Codec {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1,
    /* utf-16 and utf-32 write a byte order mark (little endian, as CPython on
     * the targets Molt has) and read one when it is there. */
    CODEC_UTF16, CODEC_UTF16_LE, CODEC_UTF16_BE, CODEC_UTF32, CODEC_UTF32_LE, CODEC_UTF32_BE
} Codec;

#define CODEC_COUNT 9

static const char *const codec_names[CODEC_COUNT] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                                     "utf-32", "utf-32-le", "utf-32-be"};

/* Bytes per code unit: 1 for the byte codecs, 2 for utf-16, 4 for utf-32. */
static size_t unit_size(Codec codec) {
    return codec >= CODEC_UTF32 ? 4 : codec >= CODEC_UTF16 ? 2 : 1;
}

static bool big_endian(Codec codec) { return codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE; }

/* Encoding names as CPython's encodings.normalize_encoding sees them:
 * lowercase, each run of other characters than letters, digits and '.'
 * between two of them turned into one '_'. */
static void normalize_encoding(const char *name, char *out, size_t size) {
    size_t length = 0;
    bool pending_separator = false;
    for (const char *c = name; *c && length + 2 < size; c++) {
        char ch = *c;
        bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (alnum || ch == '.') {
            if (pending_separator && length > 0) out[length++] = '_';
            out[length++] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
            pending_separator = false;
        } else {
            pending_separator = true;
        }
    }
    out[length] = '\0';
}

static bool name_in(const char *name, const char *const *names) {
    for (; *names; names++)
        if (strcmp(name, *names) == 0) return true;
    return false;
}

/* The codec for an encoding name (NULL: utf-8); false with LookupError. */
static bool lookup_codec(const char *encoding, Codec *codec) {
    static const char *const utf8_names[] = {"utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001", NULL};
    static const char *const ascii_names[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968",
                                              "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
                                              "iso_ir_6", "us", "us_ascii", NULL};
    static const char *const latin1_names[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                                               "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1",
                                               "latin", "latin1", NULL};
    static const char *const utf16_names[] = {"utf_16", "u16", "utf16", NULL};
    static const char *const utf16_le_names[] = {"utf_16_le", "utf_16le", "unicodelittleunmarked", NULL};
    static const char *const utf16_be_names[] = {"utf_16_be", "utf_16be", "unicodebigunmarked", NULL};
    static const char *const utf32_names[] = {"utf_32", "u32", "utf32", NULL};
    static const char *const utf32_le_names[] = {"utf_32_le", "utf_32le", NULL};
    static const char *const utf32_be_names[] = {"utf_32_be", "utf_32be", NULL};
    if (encoding == NULL) {
        *codec = CODEC_UTF8;
        return true;
    }
    char name[64];
    normalize_encoding(encoding, name, sizeof name);
    /* An alias may also be written with '_' for '.' (ansi_x3_4_1968). */
    char underscored[64];
    strcpy(underscored, name);
    for (char *c = underscored; *c; c++)
        if (*c == '.') *c = '_';
    const char *const *tables[CODEC_COUNT] = {utf8_names, ascii_names, latin1_names, utf16_names, utf16_le_names,
                                              utf16_be_names, utf32_names, utf32_le_names, utf32_be_names};
    for (int i = 0; i < CODEC_COUNT; i++) {
        if (strlen(encoding) < sizeof name && (name_in(name, tables[i]) || name_in(underscored, tables[i]))) {
            *codec = (Codec)i;
            return true;
        }
    }
    molt_raise_format(&molt_type_LookupError, "unknown encoding: %s", encoding);
    return false;
}

typedef enum ErrorHandler {
    ERRORS_STRICT, ERRORS_IGNORE, ERRORS_REPLACE, ERRORS_BACKSLASHREPLACE, ERRORS_SURROGATEESCAPE,
    ERRORS_SURROGATEPASS, ERRORS_XMLCHARREFREPLACE, ERRORS_NAMEREPLACE, ERRORS_UNKNOWN
} ErrorHandler;

static ErrorHandler lookup_error_handler(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                        "surrogatepass", "xmlcharrefreplace", "namereplace"};
    if (errors == NULL) return ERRORS_STRICT;
    for (int i = 0; i < ERRORS_UNKNOWN; i++)
        if (strcmp(errors, names[i]) == 0) return (ErrorHandler)i;
    return ERRORS_UNKNOWN;
}

/* A handler only matters once an error occurs: CPython looks it up then. */
static bool unknown_handler(const char *errors) {
    molt_raise_format(&molt_type_LookupError, "unknown error handler name '%s'", errors);
    return false;
}

bool molt_codec_arguments(const char *function, MoltValue encoding, MoltValue errors, const char **encoding_text,
                          const char **errors_text) {
    MoltValue values[2] = {encoding, errors};
    const char **texts[2] = {encoding_text, errors_text};
    static const char *const names[2] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++) {
        *texts[i] = NULL;
        if (values[i] == MOLT_ARG_MISSING) continue;
        if (!molt_is_str(values[i])) {
            molt_raise_format(&molt_type_TypeError, "%s() argument '%s' must be str, not %s", function, names[i],
                              molt_type_of(values[i])->name);
            return false;
        }
        *texts[i] = molt_str_utf8(values[i], NULL);
    }
    return true;
}

/* ---- Encoding ------------------------------------------------------------------- */

static bool encodable(Codec codec, uint32_t c) {
    switch (codec) {
    case CODEC_ASCII: return c < 0x80;
    case CODEC_LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;   /* the UTF codecs refuse lone surrogates */
    }
}

static const char *encode_reason(Codec codec) {
    switch (codec) {
    case CODEC_ASCII: return "ordinal not in range(128)";
    case CODEC_LATIN1: return "ordinal not in range(256)";
    default: return "surrogates not allowed";
    }
}

/* \xNN, \uNNNN or \UNNNNNNNN: how CPython shows a character in messages and
 * how backslashreplace writes it. */
static size_t escape_code_point(uint32_t c, char *out) {
    if (c < 0x100) return (size_t)snprintf(out, 12, "\\x%02x", c);
    if (c < 0x10000) return (size_t)snprintf(out, 12, "\\u%04x", c);
    return (size_t)snprintf(out, 12, "\\U%08x", c);
}

static MoltValue raise_encode_error(Codec codec, MoltValue str, int64_t start, int64_t end) {
    return molt_raise_unicode_error(&molt_type_UnicodeEncodeError, codec_names[codec], str, start, end,
                                    encode_reason(codec));
}

/* One code unit of utf-16 or utf-32 in the codec's byte order. */
static void encode_unit(Codec codec, uint32_t unit, MoltBuffer *out) {
    char bytes[4];
    size_t size = unit_size(codec);
    for (size_t i = 0; i < size; i++) {
        size_t shift = big_endian(codec) ? size - 1 - i : i;
        bytes[i] = (char)(unit >> (8 * shift));
    }
    molt_buffer_append(out, bytes, size);
}

/* Code point c (a surrogate too, for surrogatepass) in the codec's bytes. */
static void encode_one(Codec codec, uint32_t c, MoltBuffer *out) {
    char bytes[4];
    if (codec == CODEC_UTF8) {
        molt_buffer_append(out, bytes, molt_utf8_encode(c, bytes));
    } else if (unit_size(codec) == 2 && c >= 0x10000) {
        encode_unit(codec, 0xD800 + ((c - 0x10000) >> 10), out);
        encode_unit(codec, 0xDC00 + ((c - 0x10000) & 0x3FF), out);
    } else if (unit_size(codec) > 1) {
        encode_unit(codec, c, out);
    } else {
        bytes[0] = (char)c;
        molt_buffer_append(out, bytes, 1);
    }
}

/* An error handler's ASCII replacement text, in the codec's bytes. */
static void encode_ascii(Codec codec, const char *text, size_t length, MoltBuffer *out) {
    if (unit_size(codec) == 1) {
        molt_buffer_append(out, text, length);
        return;
    }
    for (size_t i = 0; i < length; i++) encode_unit(codec, (unsigned char)text[i], out);
}

/* Applies `handler` to the unencodable characters points[start, end). */
static bool handle_encode_error(Codec codec, ErrorHandler handler, const char *errors, MoltValue str,
                                const uint32_t *points, int64_t start, int64_t end, MoltBuffer *out) {
    for (int64_t i = start; i < end; i++) {
        uint32_t c = points[i];
        char text[16];
        switch (handler) {
        case ERRORS_IGNORE: break;
        case ERRORS_REPLACE: encode_ascii(codec, "?", 1, out); break;
        case ERRORS_BACKSLASHREPLACE: encode_ascii(codec, text, escape_code_point(c, text), out); break;
        case ERRORS_XMLCHARREFREPLACE: encode_ascii(codec, text, (size_t)snprintf(text, sizeof text, "&#%u;", c), out); break;
        case ERRORS_SURROGATEESCAPE:
            /* Its single byte cannot be a whole utf-16 or utf-32 unit. */
            if (c < 0xDC80 || c > 0xDCFF || unit_size(codec) > 1) {
                raise_encode_error(codec, str, start, end);
                return false;
            }
            text[0] = (char)(c - 0xDC00);
            molt_buffer_append(out, text, 1);
            break;
        case ERRORS_SURROGATEPASS:
            if (codec == CODEC_ASCII || codec == CODEC_LATIN1 || c < 0xD800 || c > 0xDFFF) {
                raise_encode_error(codec, str, start, end);
                return false;
            }
            encode_one(codec, c, out);
            break;
        case ERRORS_UNKNOWN: return unknown_handler(errors);
        default:
            if (handler == ERRORS_NAMEREPLACE) {
                molt_raise_format(&molt_type_NotImplementedError, "the namereplace error handler is not supported");
                return false;
            }
            raise_encode_error(codec, str, start, end);
            return false;
        }
    }
    return true;
}

/* A str's generalized UTF-8 holds a surrogate only as ED A0..BF xx. */
static bool has_surrogates(const unsigned char *data, size_t length) {
    for (const unsigned char *p = data; (p = memchr(p, 0xED, length - (size_t)(p - data))) != NULL; p++)
        if (p + 1 < data + length && p[1] >= 0xA0) return true;
    return false;
}

MoltValue molt_codec_encode(MoltValue str, const char *encoding, const char *errors) {
    Codec codec;
    if (!lookup_codec(encoding, &codec)) return MOLT_ERROR;
    MoltStr *s = molt_str_object(str);
    const unsigned char *data = (const unsigned char *)s->data;
    bool byte_codec = unit_size(codec) == 1;
    if ((byte_codec && s->is_ascii) || (codec == CODEC_UTF8 && !has_surrogates(data, (size_t)s->byte_length)))
        return molt_bytes_from_data(data, (size_t)s->byte_length);
    uint32_t *points = molt_str_code_points(s);
    if (points == NULL) return MOLT_ERROR;
    ErrorHandler handler = lookup_error_handler(errors);
    MoltBuffer out;
    molt_buffer_init(&out);
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) encode_unit(codec, 0xFEFF, &out);
    bool ok = true;
    for (int64_t i = 0; ok && i < s->char_length;) {
        if (encodable(codec, points[i])) {
            encode_one(codec, points[i], &out);
            i++;
            continue;
        }
        /* utf-16 and utf-32 report each surrogate alone, the others a run. */
        int64_t end = i + 1;
        while (byte_codec && end < s->char_length && !encodable(codec, points[end])) end++;
        ok = handle_encode_error(codec, handler, errors, str, points, i, end, &out);
        i = end;
    }
    free(points);
    MoltValue result = ok ? molt_bytes_from_data(out.data, out.length) : MOLT_ERROR;
    molt_buffer_free(&out);
    return result;
}

int molt_codec_check_utf8(MoltValue str) {
    MoltStr *s = molt_str_object(str);
    if (s->is_ascii || !has_surrogates((const unsigned char *)s->data, (size_t)s->byte_length)) return 0;
    MoltValue encoded = molt_codec_encode(str, NULL, NULL);
    if (encoded == MOLT_ERROR) return -1;
    molt_decref(encoded);
    return 0;
}

/* ---- Decoding ------------------------------------------------------------------- */

static MoltValue raise_decode_error(Codec codec, const unsigned char *data, size_t length, size_t start, size_t end,
                                    const char *reason) {
    MoltValue object = molt_bytes_from_data(data, length);
    molt_raise_unicode_error(&molt_type_UnicodeDecodeError, codec_names[codec], object, (int64_t)start, (int64_t)end,
                             reason);
    molt_decref(object);
    return MOLT_ERROR;
}

/* Applies `handler` to the undecodable bytes data[start, end); decoding
 * resumes at *resume (end, unless surrogateescape stops short of it). */
static bool handle_decode_error(Codec codec, ErrorHandler handler, const char *errors, const unsigned char *data,
                                size_t length, size_t start, size_t end, const char *reason, MoltStrBuilder *out,
                                size_t *resume) {
    *resume = end;
    switch (handler) {
    case ERRORS_IGNORE: return true;
    case ERRORS_REPLACE: molt_str_builder_append_code_point(out, 0xFFFD); return true;
    case ERRORS_BACKSLASHREPLACE:
        for (size_t i = start; i < end; i++) {
            char text[8];
            molt_str_builder_append_ascii(out, text, escape_code_point(data[i], text));
        }
        return true;
    case ERRORS_SURROGATEESCAPE: {
        /* As CPython: up to four leading bytes of 0x80 and above, never ASCII. */
        size_t consumed = 0;
        while (consumed < 4 && start + consumed < end && data[start + consumed] >= 0x80) {
            molt_str_builder_append_code_point(out, 0xDC00u + data[start + consumed]);
            consumed++;
        }
        if (consumed == 0) {
            raise_decode_error(codec, data, length, start, end, reason);
            return false;
        }
        *resume = start + consumed;
        return true;
    }
    case ERRORS_UNKNOWN: return unknown_handler(errors);
    case ERRORS_XMLCHARREFREPLACE:
    case ERRORS_NAMEREPLACE:
        molt_raise_format(&molt_type_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    default:
        raise_decode_error(codec, data, length, start, end, reason);
        return false;
    }
}

/* surrogatepass lets utf-8 decode an encoded surrogate: ED A0..BF 80..BF. */
static bool is_encoded_surrogate(const unsigned char *data, size_t length, size_t position) {
    return position + 2 < length && data[position] == 0xED && data[position + 1] >= 0xA0 &&
           data[position + 1] <= 0xBF && (data[position + 2] & 0xC0) == 0x80;
}

static uint32_t decode_unit(Codec codec, const unsigned char *data, size_t position) {
    uint32_t unit = 0;
    size_t size = unit_size(codec);
    for (size_t i = 0; i < size; i++) {
        size_t shift = big_endian(codec) ? size - 1 - i : i;
        unit |= (uint32_t)data[position + i] << (8 * shift);
    }
    return unit;
}

/* The byte order a utf-16 or utf-32 input gives with its byte order mark
 * (skipped: *position moves past it); little endian without one. */
static Codec resolve_byte_order(Codec codec, const unsigned char *data, size_t length, size_t *position) {
    Codec little = codec == CODEC_UTF16 ? CODEC_UTF16_LE : CODEC_UTF32_LE;
    Codec big = codec == CODEC_UTF16 ? CODEC_UTF16_BE : CODEC_UTF32_BE;
    size_t size = unit_size(codec);
    if (length < size) return little;
    if (decode_unit(little, data, 0) == 0xFEFF) {
        *position = size;
        return little;
    }
    if (decode_unit(big, data, 0) == 0xFEFF) {
        *position = size;
        return big;
    }
    return little;
}

/* The next character of utf-16/utf-32 input at *position: true with *c set
 * and *position advanced, or false with the error's range and reason. */
static bool decode_wide_character(Codec codec, const unsigned char *data, size_t length, size_t *position,
                                  uint32_t *c, size_t *error_end, const char **reason) {
    size_t start = *position, size = unit_size(codec);
    if (length - start < size) {
        *error_end = length;
        *reason = "truncated data";
        return false;
    }
    uint32_t unit = decode_unit(codec, data, start);
    *error_end = start + size;
    if (size == 4) {
        if (unit >= 0x110000) *reason = "code point not in range(0x110000)";
        else if (unit >= 0xD800 && unit <= 0xDFFF) *reason = "code point in surrogate code point range(0xd800, 0xe000)";
        else *reason = NULL;
    } else if (unit < 0xD800 || unit > 0xDFFF) {
        *reason = NULL;
    } else if (unit >= 0xDC00) {
        *reason = "illegal encoding";
    } else if (length - (start + 2) < 2) {
        *error_end = length;
        *reason = "unexpected end of data";
    } else {
        uint32_t low = decode_unit(codec, data, start + 2);
        if (low < 0xDC00 || low > 0xDFFF) {
            *reason = "illegal UTF-16 surrogate";
            return false;
        }
        *c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        *position = start + 4;
        return true;
    }
    if (*reason) return false;
    *c = unit;
    *position = start + size;
    return true;
}

static MoltValue decode_wide(Codec codec, const unsigned char *data, size_t length, ErrorHandler handler,
                             const char *errors) {
    size_t position = 0;
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) codec = resolve_byte_order(codec, data, length, &position);
    size_t size = unit_size(codec);
    MoltStrBuilder out;
    molt_str_builder_init(&out, length / size);
    while (position < length) {
        uint32_t c;
        size_t start = position, error_end;
        const char *reason;
        if (decode_wide_character(codec, data, length, &position, &c, &error_end, &reason)) {
            molt_str_builder_append_code_point(&out, c);
            continue;
        }
        /* surrogatepass takes one surrogate unit at the start of the error. */
        if (handler == ERRORS_SURROGATEPASS && length - start >= size) {
            uint32_t unit = decode_unit(codec, data, start);
            if (unit >= 0xD800 && unit <= 0xDFFF) {
                molt_str_builder_append_code_point(&out, unit);
                position = start + size;
                continue;
            }
        }
        if (!handle_decode_error(codec, handler, errors, data, length, start, error_end, reason, &out, &position)) {
            molt_str_builder_discard(&out);
            return MOLT_ERROR;
        }
    }
    return molt_str_builder_finish(&out);
}

MoltValue molt_codec_decode(const unsigned char *data, size_t length, const char *encoding, const char *errors) {
    Codec codec;
    if (!lookup_codec(encoding, &codec)) return MOLT_ERROR;
    ErrorHandler handler = lookup_error_handler(errors);
    if (unit_size(codec) > 1) return decode_wide(codec, data, length, handler, errors);
    MoltStrBuilder out;
    molt_str_builder_init(&out, length);
    for (size_t position = 0; position < length;) {
        size_t sequence = 0, error_end = position + 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_LATIN1) {
            molt_str_builder_append_code_point(&out, data[position++]);
            continue;
        }
        if (codec == CODEC_ASCII) {
            sequence = data[position] < 0x80;
        } else {
            sequence = molt_str_utf8_sequence_length(data, length, position, &error_end, &reason);
            if (sequence == 0 && handler == ERRORS_SURROGATEPASS && is_encoded_surrogate(data, length, position))
                sequence = 3;
        }
        if (sequence > 0) {
            molt_str_builder_append_utf8(&out, (const char *)data + position, sequence);
            position += sequence;
            continue;
        }
        if (!handle_decode_error(codec, handler, errors, data, length, position, error_end, reason, &out, &position)) {
            molt_str_builder_discard(&out);
            return MOLT_ERROR;
        }
    }
    return molt_str_builder_finish(&out);
}
