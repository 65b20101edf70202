/* printf-style formatting: `format % args` with tuple, single or mapping
 * arguments, %(name)s keys, flags "-+ #0", widths and precisions (also '*').
 * Numbers come from int.c/float.c's formatters; padding rules are printf's.
 * bytes % args runs the same engine over the format's bytes read as latin-1
 * (each byte one code point below 256, so widths, precisions and error
 * indexes count bytes) and encodes the result back: only the conversions
 * that differ (%s/%b, %c, the messages) look at the mode. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "str_internal.h"
#include "tuple.h"

/* As in CPython, a `%(key)` replaces the arguments by the one value it names:
 * the conversion after it consumes that value, and a later plain `%s` finds
 * none left ("%(a)s %s" % {"a": 1} is "not enough arguments"). */
typedef struct PercentArgs {
    const MoltValue *items;
    int64_t count;
    int64_t next;
    MoltValue mapping;      /* MOLT_ERROR when args is not a mapping */
    MoltValue key_value;    /* the value of the last %(key), owned; MOLT_ERROR if none */
    bool bytes_mode;        /* formatting bytes: the text is the format's bytes as latin-1 */
} PercentArgs;

typedef struct Conversion {
    bool left, plus, space, alternate, zero;
    int64_t width;          /* -1 when absent */
    int64_t precision;      /* -1 when absent */
    char type;
} Conversion;

/* The next positional argument (borrowed), or MOLT_ERROR with TypeError. */
static MoltValue next_argument(PercentArgs *args) {
    if (args->next >= args->count) {
        return molt_raise_format(&molt_type_TypeError, "not enough arguments for format string");
    }
    return args->items[args->next++];
}

static MoltValue ascii_str(const char *text) { return molt_str_from_utf8(text, strlen(text)); }

/* Pads text to conversion->width with spaces (left or right). */
static void append_padded(MoltStrBuilder *out, MoltValue text, const Conversion *conversion) {
    int64_t length = molt_str_length(text);
    int64_t padding = conversion->width > length ? conversion->width - length : 0;
    if (!conversion->left) molt_str_builder_append_repeated(out, ' ', padding);
    molt_str_builder_append_str(out, text);
    if (conversion->left) molt_str_builder_append_repeated(out, ' ', padding);
}

/* %d %i %u %o %x %X: printf's layout of sign, '#' prefix, precision zeros and width. */
static bool format_integer(MoltStrBuilder *out, MoltValue value, const Conversion *conversion) {
    char type = conversion->type;
    MoltValue number;
    if (molt_is_int(value)) {
        number = value;
        molt_incref(number);
    } else if ((type == 'd' || type == 'i' || type == 'u') &&
               molt_type_of(value) == &molt_type_float) {
        number = molt_call(molt_from_ptr(&molt_type_int), &value, 1, MOLT_NONE);
        if (number == MOLT_ERROR) return false;
    } else if (type == 'd' || type == 'i' || type == 'u') {
        molt_raise_format(&molt_type_TypeError, "%%%c format: a real number is required, not %s",
                          type, molt_str_type_name_of(value));
        return false;
    } else {
        molt_raise_format(&molt_type_TypeError, "%%%c format: an integer is required, not %s",
                          type, molt_str_type_name_of(value));
        return false;
    }
    char spec_text[2] = {type == 'i' || type == 'u' ? 'd' : type, '\0'};
    MoltValue spec = ascii_str(spec_text);
    MoltValue text = spec == MOLT_ERROR ? MOLT_ERROR : molt_int_format(number, spec);
    molt_decref(spec);
    molt_decref(number);
    if (text == MOLT_ERROR) return false;
    size_t length;
    const char *digits = molt_str_utf8(text, &length);
    bool negative = length > 0 && digits[0] == '-';
    if (negative) {
        digits++;
        length--;
    }
    const char *sign = negative ? "-" : conversion->plus ? "+" : conversion->space ? " " : "";
    const char *prefix = "";
    if (conversion->alternate) prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
    int64_t zeros = conversion->precision > (int64_t)length ? conversion->precision - (int64_t)length : 0;
    int64_t body = (int64_t)(strlen(sign) + strlen(prefix) + length) + zeros;
    int64_t padding = conversion->width > body ? conversion->width - body : 0;
    if (!conversion->left && !conversion->zero) molt_str_builder_append_repeated(out, ' ', padding);
    molt_str_builder_append_ascii(out, sign, strlen(sign));
    molt_str_builder_append_ascii(out, prefix, strlen(prefix));
    if (!conversion->left && conversion->zero) zeros += padding;
    molt_str_builder_append_repeated(out, '0', zeros);
    molt_str_builder_append_ascii(out, digits, length);
    if (conversion->left) molt_str_builder_append_repeated(out, ' ', padding);
    molt_decref(text);
    return true;
}

/* %e %E %f %F %g %G: delegated to format(float, spec) with an equivalent spec. */
static bool format_float(MoltStrBuilder *out, MoltValue value, const Conversion *conversion, bool bytes_mode) {
    double number;
    if (molt_type_of(value) == &molt_type_float) {
        number = molt_as_double(value);
    } else if (molt_is_int(value)) {
        if (!molt_int_to_double(value, &number)) return false;
    } else {
        molt_raise_format(&molt_type_TypeError, bytes_mode ? "float argument required, not %s" : "must be real number, not %s",
                          molt_str_type_name_of(value));
        return false;
    }
    char spec_text[64];
    int64_t precision = conversion->precision < 0 ? 6 : conversion->precision;
    snprintf(spec_text, sizeof spec_text, "%s%s%s%s%lld.%lld%c", conversion->left ? "<" : "",
             conversion->plus ? "+" : conversion->space ? " " : "", conversion->alternate ? "#" : "",
             conversion->zero && !conversion->left ? "0" : "",
             (long long)(conversion->width > 0 ? conversion->width : 0), (long long)precision,
             conversion->type);
    MoltValue spec = ascii_str(spec_text);
    if (spec == MOLT_ERROR) return false;
    MoltValue text = molt_float_format(number, spec);
    molt_decref(spec);
    if (text == MOLT_ERROR) return false;
    molt_str_builder_append_str(out, text);
    molt_decref(text);
    return true;
}

/* %c of bytes: an int below 256 or a bytes-like object of one byte. */
static bool format_byte(MoltStrBuilder *out, MoltValue value, const Conversion *conversion) {
    uint32_t byte;
    if (molt_is_bytes_like(value) && molt_bytes_object(value)->length == 1) {
        byte = molt_bytes_object(value)->data[0];
    } else if (molt_is_int(value)) {
        int64_t number;
        if (!molt_int_to_i64(value, &number) || number < 0 || number > 255) {
            molt_raise_format(&molt_type_OverflowError, "%%c arg not in range(256)");
            return false;
        }
        byte = (uint32_t)number;
    } else {
        molt_raise_format(&molt_type_TypeError, "%%c requires an integer in range(256) or a single byte");
        return false;
    }
    MoltValue text = molt_str_from_code_point(byte);
    if (text == MOLT_ERROR) return false;
    append_padded(out, text, conversion);
    molt_decref(text);
    return true;
}

static bool format_char(MoltStrBuilder *out, MoltValue value, const Conversion *conversion) {
    MoltValue text;
    if (molt_is_str(value) && molt_str_length(value) == 1) {
        text = value;
        molt_incref(text);
    } else if (molt_is_int(value)) {
        int64_t code_point;
        if (!molt_int_to_i64(value, &code_point) || code_point < 0 || code_point > 0x10FFFF) {
            molt_raise_format(&molt_type_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        text = molt_str_from_code_point((uint32_t)code_point);
    } else {
        molt_raise_format(&molt_type_TypeError, "%%c requires int or char");
        return false;
    }
    if (text == MOLT_ERROR) return false;
    append_padded(out, text, conversion);
    molt_decref(text);
    return true;
}

/* %s and %b of bytes: the bytes of a bytes-like object or of __bytes__, as latin-1 text. */
static MoltValue bytes_conversion_text(MoltValue value) {
    MoltValue bytes = molt_bytes_of_object(value);
    if (bytes == MOLT_NOT_IMPLEMENTED) {
        return molt_raise_format(&molt_type_TypeError,
                                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                 molt_str_type_name_of(value));
    }
    if (bytes == MOLT_ERROR) return MOLT_ERROR;
    size_t length;
    const unsigned char *data = molt_bytes_data(bytes, &length);
    MoltValue text = molt_codec_decode(data, length, "latin-1", NULL);
    molt_decref(bytes);
    return text;
}

static bool format_text_conversion(MoltStrBuilder *out, MoltValue value, const Conversion *conversion,
                                   bool bytes_mode) {
    /* bytes' %r is an alias of %a: the text must be ASCII to become bytes. */
    MoltValue text = conversion->type == 's' && bytes_mode  ? bytes_conversion_text(value)
                     : conversion->type == 'b'              ? bytes_conversion_text(value)
                     : conversion->type == 's'              ? molt_str(value)
                     : conversion->type == 'r' && !bytes_mode ? molt_repr(value)
                                                            : molt_ascii(value);
    if (text == MOLT_ERROR) return false;
    if (conversion->precision >= 0 && conversion->precision < molt_str_length(text)) {
        MoltValue shorter = molt_str_substring(text, 0, conversion->precision);
        molt_decref(text);
        if (shorter == MOLT_ERROR) return false;
        text = shorter;
    }
    append_padded(out, text, conversion);
    molt_decref(text);
    return true;
}

/* A '*' width or precision taken from the arguments. */
static bool star_argument(PercentArgs *args, int64_t *out) {
    MoltValue value = next_argument(args);
    if (value == MOLT_ERROR) return false;
    if (!molt_is_int(value)) {
        molt_raise_format(&molt_type_TypeError, "* wants int");
        return false;
    }
    if (!molt_int_to_i64(value, out)) {
        molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

static int64_t parse_number(const char *text, size_t length, size_t *position) {
    int64_t value = 0;
    while (*position < length && text[*position] >= '0' && text[*position] <= '9') {
        if (value < ((int64_t)1 << 40)) value = value * 10 + (text[*position] - '0');
        (*position)++;
    }
    return value;
}

static MoltValue percent_format(MoltValue format, MoltValue arguments, bool bytes_mode) {
    PercentArgs args = {NULL, 0, 0, MOLT_ERROR, MOLT_ERROR, bytes_mode};
    if (molt_is_tuple(arguments)) {
        args.items = molt_tuple_items(arguments);
        args.count = molt_tuple_length(arguments);
    } else {
        args.items = &arguments;
        args.count = 1;
        /* As CPython: anything subscriptable other than str (and, for bytes,
         * bytes and bytearray) is a mapping. */
        if (!molt_is_str(arguments) && molt_type_of(arguments)->getitem != NULL &&
            !(bytes_mode && molt_is_bytes_like(arguments)))
            args.mapping = arguments;
    }
    size_t length;
    const char *text = molt_str_utf8(format, &length);
    MoltStrBuilder out;
    molt_str_builder_init(&out, length + 16);
    size_t position = 0;
    while (position < length) {
        const char *percent = memchr(text + position, '%', length - position);
        size_t literal_end = percent != NULL ? (size_t)(percent - text) : length;
        molt_str_builder_append_utf8(&out, text + position, literal_end - position);
        if (percent == NULL) break;
        position = literal_end + 1;
        if (position < length && text[position] == '%') {
            molt_str_builder_append_ascii(&out, "%", 1);
            position++;
            continue;
        }
        Conversion conversion = {false, false, false, false, false, -1, -1, 0};
        if (position < length && text[position] == '(') {
            if (args.mapping == MOLT_ERROR) {
                molt_raise_format(&molt_type_TypeError, "format requires a mapping");
                goto fail;
            }
            size_t key_start = ++position;
            int nesting = 1;
            while (position < length) {
                if (text[position] == '(') nesting++;
                if (text[position] == ')' && --nesting == 0) break;
                position++;
            }
            if (position >= length) {
                molt_raise_format(&molt_type_ValueError, "incomplete format key");
                goto fail;
            }
            MoltValue key = molt_str_from_utf8(text + key_start, position - key_start);
            if (key != MOLT_ERROR && bytes_mode) {
                MoltValue bytes_key = molt_codec_encode(key, "latin-1", NULL);
                molt_decref(key);
                key = bytes_key;
            }
            if (key == MOLT_ERROR) goto fail;
            position++;
            MoltValue key_value = molt_getitem(args.mapping, key);
            molt_decref(key);
            if (key_value == MOLT_ERROR) goto fail;
            if (args.key_value != MOLT_ERROR) molt_decref(args.key_value);
            args.key_value = key_value;
            args.items = &args.key_value;
            args.count = 1;
            args.next = 0;
        }
        for (; position < length; position++) {
            char flag = text[position];
            if (flag == '-') conversion.left = true;
            else if (flag == '+') conversion.plus = true;
            else if (flag == ' ') conversion.space = true;
            else if (flag == '#') conversion.alternate = true;
            else if (flag == '0') conversion.zero = true;
            else break;
        }
        if (position < length && text[position] == '*') {
            position++;
            if (!star_argument(&args, &conversion.width)) goto fail;
            if (conversion.width < 0) {
                conversion.left = true;
                conversion.width = -conversion.width;
            }
        } else if (position < length && text[position] >= '0' && text[position] <= '9') {
            conversion.width = parse_number(text, length, &position);
        }
        if (position < length && text[position] == '.') {
            position++;
            if (position < length && text[position] == '*') {
                position++;
                if (!star_argument(&args, &conversion.precision)) goto fail;
                if (conversion.precision < 0) conversion.precision = 0;
            } else {
                conversion.precision = parse_number(text, length, &position);
            }
        }
        while (position < length && (text[position] == 'h' || text[position] == 'l' || text[position] == 'L')) {
            position++;
        }
        if (position >= length) {
            molt_raise_format(&molt_type_ValueError, "incomplete format");
            goto fail;
        }
        const char *type_cursor = text + position;
        uint32_t type = molt_utf8_decode(&type_cursor);
        size_t type_index = position;
        position = (size_t)(type_cursor - text);
        /* The argument is taken before the conversion is checked, so "%5%" % ()
         * complains about arguments and "%5%" % (1,) about the '%'. */
        MoltValue value = next_argument(&args);
        if (value == MOLT_ERROR) goto fail;
        conversion.type = (char)type;
        bool ok;
        switch (type) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            ok = format_integer(&out, value, &conversion);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            ok = format_float(&out, value, &conversion, bytes_mode);
            break;
        case 'c':
            ok = bytes_mode ? format_byte(&out, value, &conversion) : format_char(&out, value, &conversion);
            break;
        case 'b':
            if (!bytes_mode) goto unsupported;
            ok = format_text_conversion(&out, value, &conversion, bytes_mode);
            break;
        case 's': case 'r': case 'a': ok = format_text_conversion(&out, value, &conversion, bytes_mode); break;
        default:
        unsupported: {
            /* CPython counts the index in code points. */
            int64_t index = 0;
            for (size_t i = 0; i < type_index; i++) index += !molt_utf8_is_continuation(text[i]);
            molt_raise_format(&molt_type_ValueError,
                              "unsupported format character '%c' (0x%x) at index %lld",
                              type >= 31 && type <= 126 ? (char)type : '?', (unsigned)type,
                              (long long)index);
            ok = false;
        }
        }
        if (!ok) goto fail;
        continue;
    fail:
        if (args.key_value != MOLT_ERROR) molt_decref(args.key_value);
        molt_str_builder_discard(&out);
        return MOLT_ERROR;
    }
    if (args.key_value != MOLT_ERROR) molt_decref(args.key_value);
    if (args.next < args.count && args.mapping == MOLT_ERROR) {
        molt_str_builder_discard(&out);
        return molt_raise_format(&molt_type_TypeError, "not all arguments converted during %s formatting",
                                 bytes_mode ? "bytes" : "string");
    }
    return molt_str_builder_finish(&out);
}

MoltValue molt_str_percent(MoltValue format, MoltValue arguments) { return percent_format(format, arguments, false); }

MoltValue molt_bytes_percent(MoltValue format, MoltValue arguments) {
    size_t length;
    const unsigned char *data = molt_bytes_data(format, &length);
    MoltValue text = molt_codec_decode(data, length, "latin-1", NULL);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    MoltValue formatted = percent_format(text, arguments, true);
    molt_decref(text);
    if (formatted == MOLT_ERROR) return MOLT_ERROR;
    MoltValue bytes = molt_codec_encode(formatted, "latin-1", NULL);
    molt_decref(formatted);
    if (bytes == MOLT_ERROR || molt_is_bytes(format)) return bytes;
    MoltValue array = molt_bytes_new_of_type(&molt_type_bytearray, molt_bytes_data(bytes, NULL),
                                             (size_t)molt_bytes_object(bytes)->length);
    molt_decref(bytes);
    return array;
}
