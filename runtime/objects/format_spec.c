/* The format-specification mini-language: parsing a spec with CPython's exact
 * validation and messages, padding a formatted body to a width, and the number
 * layout (sign, prefix, digit grouping, zero padding) int and float share. */
#include "format_spec.h"

#include <stdlib.h>
#include <string.h>

/* Decodes one UTF-8 code point at text[*position] (the text is valid UTF-8). */
static uint32_t format_spec_next_code_point(const char *text, size_t length, size_t *position) {
    const unsigned char *bytes = (const unsigned char *)text;
    size_t at = *position;
    uint32_t lead = bytes[at];
    size_t extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    uint32_t code_point = extra == 0 ? lead : lead & (0x3F >> extra);
    for (size_t i = 1; i <= extra && at + i < length; i++)
        code_point = (code_point << 6) | (bytes[at + i] & 0x3F);
    *position = at + 1 + extra;
    return code_point;
}

static size_t format_spec_encode_code_point(uint32_t code_point, char *out) {
    if (code_point < 0x80) {
        out[0] = (char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        out[0] = (char)(0xC0 | (code_point >> 6));
        out[1] = (char)(0x80 | (code_point & 0x3F));
        return 2;
    }
    if (code_point < 0x10000) {
        out[0] = (char)(0xE0 | (code_point >> 12));
        out[1] = (char)(0x80 | ((code_point >> 6) & 0x3F));
        out[2] = (char)(0x80 | (code_point & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (code_point >> 18));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3F));
    out[3] = (char)(0x80 | (code_point & 0x3F));
    return 4;
}

static bool format_spec_is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Reads a run of decimal digits; -1 on overflow (error raised), else the
 * number of digits read (0 when none). */
static int format_spec_read_integer(const char *text, size_t length, size_t *position,
                                    int64_t *out) {
    int64_t value = 0;
    int count = 0;
    while (*position < length && text[*position] >= '0' && text[*position] <= '9') {
        int digit = text[*position] - '0';
        if (value > (INT64_MAX - digit) / 10) {
            molt_raise_format(&molt_type_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        value = value * 10 + digit;
        (*position)++;
        count++;
    }
    *out = value;
    return count;
}

static void format_spec_invalid_grouping(char grouping, char type) {
    if (type > ' ' && type < 127)
        molt_raise_format(&molt_type_ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
    else
        molt_raise_format(&molt_type_ValueError, "Cannot specify '%c' with '\\x%x'.", grouping,
                          (unsigned)(unsigned char)type);
}

void molt_format_spec_unknown_type(char type, const char *type_name) {
    if (type > ' ' && type < 127)
        molt_raise_format(&molt_type_ValueError, "Unknown format code '%c' for object of type '%s'",
                          type, type_name);
    else
        molt_raise_format(&molt_type_ValueError,
                          "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)(unsigned char)type, type_name);
}

bool molt_format_spec_parse_for(MoltValue spec, const char *type_name, char default_type,
                                MoltFormatSpec *out) {
    size_t length;
    const char *text = molt_str_utf8(spec, &length);
    out->fill = ' ';
    out->align = 0;
    out->sign = 0;
    out->alternate = false;
    out->zero_pad = false;
    out->width = -1;
    out->grouping = 0;
    out->precision = -1;
    out->type = 0;
    out->no_negative_zero = false;

    size_t position = 0;
    bool fill_given = false;
    if (length > 0) {
        size_t after_first = 0;
        uint32_t first = format_spec_next_code_point(text, length, &after_first);
        if (after_first < length && format_spec_is_align((unsigned char)text[after_first])) {
            out->fill = first;
            out->align = text[after_first];
            fill_given = true;
            position = after_first + 1;
        } else if (format_spec_is_align(first)) {
            out->align = (char)first;
            position = 1;
        }
    }
    if (position < length && (text[position] == '+' || text[position] == '-' ||
                              text[position] == ' '))
        out->sign = text[position++];
    if (position < length && text[position] == 'z') {
        out->no_negative_zero = true;
        position++;
    }
    if (position < length && text[position] == '#') {
        out->alternate = true;
        position++;
    }
    if (!fill_given && position < length && text[position] == '0') {
        out->fill = '0';
        out->zero_pad = true;
        position++;
    }
    int consumed = format_spec_read_integer(text, length, &position, &out->width);
    if (consumed < 0) return false;
    if (consumed == 0) out->width = -1;
    if (position < length && text[position] == ',') {
        out->grouping = ',';
        position++;
    }
    if (position < length && text[position] == '_') {
        if (out->grouping) {
            molt_raise_format(&molt_type_ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        out->grouping = '_';
        position++;
    }
    if (position < length && text[position] == ',' && out->grouping == '_') {
        molt_raise_format(&molt_type_ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (position < length && text[position] == '.') {
        position++;
        consumed = format_spec_read_integer(text, length, &position, &out->precision);
        if (consumed < 0) return false;
        if (consumed == 0) {
            molt_raise_format(&molt_type_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (length - position > 1) {
        molt_raise_format(&molt_type_ValueError,
                          "Invalid format specifier '%.*s' for object of type '%s'", (int)length,
                          text, type_name);
        return false;
    }
    if (length - position == 1) out->type = text[position];

    char effective_type = out->type ? out->type : default_type;
    if (out->grouping) {
        switch (effective_type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') break;
            format_spec_invalid_grouping(out->grouping, effective_type);
            return false;
        default:
            format_spec_invalid_grouping(out->grouping, effective_type);
            return false;
        }
    }
    return true;
}

bool molt_format_spec_parse(MoltValue spec, MoltFormatSpec *out) {
    return molt_format_spec_parse_for(spec, "str", 's', out);
}

/* A growable byte buffer for building results. */
typedef struct FormatBuffer {
    char *bytes;
    size_t length;
    size_t capacity;
} FormatBuffer;

static bool format_buffer_reserve(FormatBuffer *buffer, size_t extra) {
    if (buffer->length + extra <= buffer->capacity) return true;
    size_t capacity = buffer->capacity ? buffer->capacity : 64;
    while (capacity < buffer->length + extra) capacity *= 2;
    char *bytes = realloc(buffer->bytes, capacity);
    if (!bytes) return false;
    buffer->bytes = bytes;
    buffer->capacity = capacity;
    return true;
}

static void format_buffer_append(FormatBuffer *buffer, const char *bytes, size_t length) {
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
}

/* Appends `count` copies of the fill code point (already UTF-8 encoded). */
static void format_buffer_fill(FormatBuffer *buffer, const char *fill, size_t fill_length,
                               int64_t count) {
    for (int64_t i = 0; i < count; i++) format_buffer_append(buffer, fill, fill_length);
}

static MoltValue format_buffer_finish(FormatBuffer *buffer) {
    MoltValue result = molt_str_from_utf8(buffer->bytes ? buffer->bytes : "", buffer->length);
    free(buffer->bytes);
    return result;
}

static MoltValue format_spec_no_memory(FormatBuffer *buffer) {
    free(buffer->bytes);
    return molt_raise_format(&molt_type_MemoryError, "out of memory");
}

MoltValue molt_format_spec_pad(const MoltFormatSpec *spec, const char *body, size_t body_length,
                               int64_t body_chars, char default_align) {
    int64_t padding = spec->width > body_chars ? spec->width - body_chars : 0;
    if (padding == 0) return molt_str_from_utf8(body, body_length);
    char fill[4];
    size_t fill_length = format_spec_encode_code_point(spec->fill, fill);
    char align = spec->align ? spec->align : default_align;
    int64_t left = align == '<' ? 0 : align == '^' ? padding / 2 : padding;
    FormatBuffer buffer = {0};
    if (!format_buffer_reserve(&buffer, body_length + (size_t)padding * fill_length))
        return format_spec_no_memory(&buffer);
    format_buffer_fill(&buffer, fill, fill_length, left);
    format_buffer_append(&buffer, body, body_length);
    format_buffer_fill(&buffer, fill, fill_length, padding - left);
    return format_buffer_finish(&buffer);
}

/* Writes the integer digits grouped from the right, padded with zeros to at
 * least `minimum_width` characters (CPython's zero padding counts the
 * separators it inserts). Returns the grouped length; out may be NULL. */
static size_t format_spec_group_digits(const char *digits, size_t digit_count, int64_t minimum_width,
                                       char separator, int group_size, char *out) {
    if (!separator) {
        int64_t total = (int64_t)digit_count > minimum_width ? (int64_t)digit_count : minimum_width;
        if (total < 1) total = 1;
        if (out) {
            size_t zeros = (size_t)total - digit_count;
            memset(out, '0', zeros);
            memcpy(out + zeros, digits, digit_count);
        }
        return (size_t)total;
    }
    /* First count, then write right to left. */
    size_t written = 0;
    int64_t remaining = (int64_t)digit_count;
    int64_t width_left = minimum_width;
    bool first = true;
    char *cursor = NULL;
    if (out) cursor = out + format_spec_group_digits(digits, digit_count, minimum_width, separator,
                                                     group_size, NULL);
    for (;;) {
        int64_t wanted = remaining > width_left ? remaining : width_left;
        if (wanted < 1) wanted = 1;
        int64_t group = group_size < wanted ? group_size : wanted;
        int64_t chars = remaining < group ? remaining : group;
        if (chars < 0) chars = 0;
        int64_t zeros = group - chars;
        if (!first) {
            written++;
            if (cursor) *--cursor = separator;
        }
        written += (size_t)(chars + zeros);
        if (cursor) {
            cursor -= chars;
            memcpy(cursor, digits + (remaining - chars), (size_t)chars);
            cursor -= zeros;
            memset(cursor, '0', (size_t)zeros);
        }
        first = false;
        remaining -= chars;
        width_left -= group;
        if (remaining <= 0 && width_left <= 0) break;
        width_left -= 1;
    }
    return written;
}

MoltValue molt_format_spec_layout_number(const MoltFormatSpec *spec, bool negative,
                                         const char *prefix, const char *digits,
                                         size_t digit_count, const char *remainder,
                                         size_t remainder_length) {
    char sign = 0;
    if (negative) sign = '-';
    else if (spec->sign == '+') sign = '+';
    else if (spec->sign == ' ') sign = ' ';
    size_t prefix_length = strlen(prefix);
    char align = spec->align ? spec->align : (spec->zero_pad ? '=' : '>');
    int64_t remainder_chars = 0;   /* the remainder may hold a non-ASCII character ('c') */
    for (size_t i = 0; i < remainder_length; i++)
        if (((unsigned char)remainder[i] & 0xC0) != 0x80) remainder_chars++;
    int64_t fixed = (sign ? 1 : 0) + (int64_t)prefix_length + remainder_chars;
    int64_t minimum_width = (spec->fill == '0' && align == '=') ? spec->width - fixed : 0;
    char separator = spec->grouping;
    int group_size = 3;
    if (spec->type == 'n') separator = 0;  /* the C locale has no thousands separator */
    if (separator == '_' && (spec->type == 'b' || spec->type == 'o' || spec->type == 'x' ||
                             spec->type == 'X'))
        group_size = 4;
    size_t grouped_length = digit_count == 0 ? 0
        : format_spec_group_digits(digits, digit_count, minimum_width, separator, group_size, NULL);
    int64_t padding = spec->width - (fixed + (int64_t)grouped_length);
    if (padding < 0) padding = 0;
    int64_t left = 0, middle = 0, right = 0;
    switch (align) {
    case '<': right = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    case '=': middle = padding; break;
    default: left = padding; break;
    }
    char fill[4];
    size_t fill_length = format_spec_encode_code_point(spec->fill, fill);
    FormatBuffer buffer = {0};
    if (!format_buffer_reserve(&buffer, (size_t)fixed + remainder_length + grouped_length +
                                            (size_t)padding * fill_length + 1))
        return format_spec_no_memory(&buffer);
    format_buffer_fill(&buffer, fill, fill_length, left);
    if (sign) format_buffer_append(&buffer, &sign, 1);
    format_buffer_append(&buffer, prefix, prefix_length);
    format_buffer_fill(&buffer, fill, fill_length, middle);
    if (digit_count > 0) {
        format_spec_group_digits(digits, digit_count, minimum_width, separator, group_size,
                                 buffer.bytes + buffer.length);
        buffer.length += grouped_length;
    }
    format_buffer_append(&buffer, remainder, remainder_length);
    format_buffer_fill(&buffer, fill, fill_length, right);
    return format_buffer_finish(&buffer);
}
