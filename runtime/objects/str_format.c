/* str.format() (replacement fields, conversions, nested specs, {{ }}) and
 * format(str, spec) (the format mini-language applied to text). */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "format_spec.h"
#include "str_internal.h"
#include "tuple.h"

MoltValue molt_str_format_spec(MoltValue self, MoltValue spec_value) {
    if (molt_str_object(spec_value)->byte_length == 0) {
        molt_incref(self);
        return self;
    }
    MoltFormatSpec spec;
    if (!molt_format_spec_parse(spec_value, &spec)) return MOLT_ERROR;
    if (spec.type != 0 && spec.type != 's') {
        return molt_raise_format(&molt_type_ValueError,
                                 "Unknown format code '%c' for object of type 'str'", spec.type);
    }
    if (spec.sign != 0) {
        return molt_raise_format(&molt_type_ValueError, "%s not allowed in string format specifier",
                                 spec.sign == ' ' ? "Space" : "Sign");
    }
    if (spec.no_negative_zero) {
        return molt_raise_format(&molt_type_ValueError,
                                 "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate) {
        return molt_raise_format(&molt_type_ValueError,
                                 "Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align == '=') {
        return molt_raise_format(&molt_type_ValueError,
                                 "'=' alignment not allowed in string format specifier");
    }
    if (spec.grouping != 0) {
        return molt_raise_format(&molt_type_ValueError, "Cannot specify '%c' with 's'.", spec.grouping);
    }
    /* A '0' before the width pads text with zeros but, since Python 3.10, no
     * longer changes its default (left) alignment. */
    if (spec.zero_pad && spec.fill == ' ') spec.fill = '0';
    MoltStr *s = molt_str_object(self);
    int64_t chars = s->char_length;
    size_t bytes = (size_t)s->byte_length;
    if (spec.precision >= 0 && spec.precision < chars) {
        chars = spec.precision;
        bytes = molt_str_byte_offset(s, chars);
    }
    return molt_format_spec_pad(&spec, s->data, bytes, chars, '<');
}

/* ---- str.format ------------------------------------------------------------------ */

typedef struct FormatState {
    const MoltValue *args;
    size_t nargs;
    MoltValue kwnames;
    const MoltValue *kwvalues;
    MoltValue mapping;      /* format_map's argument, else MOLT_ERROR */
    int64_t next_auto;      /* next automatic field number; -1 once manual numbering is used */
    bool used_auto;
} FormatState;

static MoltValue format_text(FormatState *state, const char *text, size_t length, int depth);

static bool all_digits(const char *text, size_t length) {
    if (length == 0) return false;
    for (size_t i = 0; i < length; i++) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
}

static int64_t parse_decimal(const char *text, size_t length) {
    int64_t value = 0;
    for (size_t i = 0; i < length && value < ((int64_t)1 << 56); i++) value = value * 10 + (text[i] - '0');
    return value;
}

static MoltValue keyword_argument(FormatState *state, const char *name, size_t length) {
    if (state->mapping != MOLT_ERROR) {
        MoltValue key = molt_str_from_utf8(name, length);
        if (key == MOLT_ERROR) return MOLT_ERROR;
        MoltValue value = molt_getitem(state->mapping, key);
        molt_decref(key);
        return value;
    }
    size_t count = molt_args_keyword_count(state->kwnames);
    for (size_t i = 0; i < count; i++) {
        const char *keyword = molt_args_keyword_name(state->kwnames, i);
        if (strlen(keyword) == length && memcmp(keyword, name, length) == 0) {
            molt_incref(state->kwvalues[i]);
            return state->kwvalues[i];
        }
    }
    return molt_raise_format(&molt_type_KeyError, "%.*s", (int)length, name);
}

/* Resolves "arg_name(.attr|[index])*" to a new reference. */
static MoltValue resolve_field(FormatState *state, const char *name, size_t length) {
    size_t first_end = 0;
    while (first_end < length && name[first_end] != '.' && name[first_end] != '[') first_end++;
    MoltValue value;
    if (state->mapping != MOLT_ERROR && (first_end == 0 || all_digits(name, first_end))) {
        return molt_raise_format(&molt_type_ValueError, "Format string contains positional fields");
    }
    if (first_end == 0) {
        if (state->next_auto < 0) {
            return molt_raise_format(&molt_type_ValueError,
                                     "cannot switch from manual field specification to automatic "
                                     "field numbering");
        }
        state->used_auto = true;
        int64_t index = state->next_auto++;
        if ((size_t)index >= state->nargs) {
            return molt_raise_format(&molt_type_IndexError,
                                     "Replacement index %lld out of range for positional args tuple",
                                     (long long)index);
        }
        value = state->args[index];
        molt_incref(value);
    } else if (all_digits(name, first_end)) {
        if (state->used_auto) {
            return molt_raise_format(&molt_type_ValueError,
                                     "cannot switch from automatic field numbering to manual field "
                                     "specification");
        }
        state->next_auto = -1;
        int64_t index = parse_decimal(name, first_end);
        if ((size_t)index >= state->nargs) {
            return molt_raise_format(&molt_type_IndexError,
                                     "Replacement index %lld out of range for positional args tuple",
                                     (long long)index);
        }
        value = state->args[index];
        molt_incref(value);
    } else {
        value = keyword_argument(state, name, first_end);
        if (value == MOLT_ERROR) return MOLT_ERROR;
    }
    size_t position = first_end;
    while (position < length) {
        MoltValue next;
        if (name[position] == '.') {
            size_t start = ++position;
            while (position < length && name[position] != '.' && name[position] != '[') position++;
            if (position == start) {
                molt_decref(value);
                return molt_raise_format(&molt_type_ValueError, "Empty attribute in format string");
            }
            char *attribute = malloc(position - start + 1);
            if (attribute == NULL) {
                molt_decref(value);
                return molt_raise_format(&molt_type_MemoryError, "%s", "");
            }
            memcpy(attribute, name + start, position - start);
            attribute[position - start] = '\0';
            next = molt_getattr(value, attribute);
            free(attribute);
        } else {
            size_t start = ++position;
            while (position < length && name[position] != ']') position++;
            if (position >= length) {
                molt_decref(value);
                return molt_raise_format(&molt_type_ValueError, "Missing ']' in format string");
            }
            if (position == start) {
                molt_decref(value);
                return molt_raise_format(&molt_type_ValueError, "Empty attribute in format string");
            }
            MoltValue key = all_digits(name + start, position - start)
                                ? molt_int_from_i64(parse_decimal(name + start, position - start))
                                : molt_str_from_utf8(name + start, position - start);
            position++;
            if (key == MOLT_ERROR) {
                molt_decref(value);
                return MOLT_ERROR;
            }
            next = molt_getitem(value, key);
            molt_decref(key);
            if (position < length && name[position] != '.' && name[position] != '[') {
                molt_decref(value);
                molt_decref(next);
                return molt_raise_format(&molt_type_ValueError,
                                         "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        molt_decref(value);
        if (next == MOLT_ERROR) return MOLT_ERROR;
        value = next;
    }
    return value;
}

/* One replacement field, split as CPython's parser does: the name runs to the
 * first '!', ':' or '}' outside [brackets]; the spec runs to the '}' that
 * balances the field's '{'. */
typedef struct FormatField {
    const char *name;
    size_t name_length;
    uint32_t conversion;    /* a code point; 0 when absent */
    const char *spec;
    size_t spec_length;
    bool spec_has_fields;   /* the spec holds nested {} to expand first */
} FormatField;

/* Parses the field starting after its '{' at text[*position]; leaves *position
 * after the closing '}'. False with ValueError on malformed input. */
static bool parse_field(const char *text, size_t length, size_t *position, FormatField *field) {
    size_t cursor = *position;
    char terminator = 0;
    field->name = text + cursor;
    field->conversion = 0;
    field->spec = text + cursor;
    field->spec_length = 0;
    field->spec_has_fields = false;
    while (cursor < length) {
        char c = text[cursor++];
        if (c == '{') {
            molt_raise_format(&molt_type_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (cursor < length && text[cursor] != ']') cursor++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            terminator = c;
            break;
        }
    }
    field->name_length = (size_t)(text + cursor - field->name) - (terminator != 0);
    if (terminator == '}') {
        *position = cursor;
        return true;
    }
    if (terminator == 0) {
        molt_raise_format(&molt_type_ValueError, "expected '}' before end of string");
        return false;
    }
    if (terminator == '!') {
        if (cursor >= length) {
            molt_raise_format(&molt_type_ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        const char *conversion_cursor = text + cursor;
        field->conversion = molt_utf8_decode(&conversion_cursor);
        cursor = (size_t)(conversion_cursor - text);
        if (cursor < length) {
            char after = text[cursor++];
            if (after == '}') {
                *position = cursor;
                return true;
            }
            if (after != ':') {
                molt_raise_format(&molt_type_ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
    }
    field->spec = text + cursor;
    int nesting = 1;
    while (cursor < length) {
        char c = text[cursor++];
        if (c == '{') {
            field->spec_has_fields = true;
            nesting++;
        } else if (c == '}' && --nesting == 0) {
            field->spec_length = (size_t)(text + cursor - 1 - field->spec);
            *position = cursor;
            return true;
        }
    }
    molt_raise_format(&molt_type_ValueError, "unmatched '{' in format spec");
    return false;
}

/* Formats one parsed field; `depth` counts the nested spec expansions left. */
static MoltValue format_field(FormatState *state, const FormatField *field, int depth) {
    MoltValue value = resolve_field(state, field->name, field->name_length);
    if (value == MOLT_ERROR) return MOLT_ERROR;
    if (field->conversion != 0) {
        MoltValue converted;
        switch (field->conversion) {
        case 'r': converted = molt_repr(value); break;
        case 's': converted = molt_str(value); break;
        case 'a': converted = molt_ascii(value); break;
        default:
            molt_decref(value);
            if (field->conversion > 32 && field->conversion < 127) {
                return molt_raise_format(&molt_type_ValueError, "Unknown conversion specifier %c",
                                         (char)field->conversion);
            }
            return molt_raise_format(&molt_type_ValueError, "Unknown conversion specifier \\x%x",
                                     (unsigned)field->conversion);
        }
        molt_decref(value);
        if (converted == MOLT_ERROR) return MOLT_ERROR;
        value = converted;
    }
    MoltValue spec;
    if (field->spec_has_fields) {
        spec = format_text(state, field->spec, field->spec_length, depth - 1);
    } else {
        spec = molt_str_from_utf8(field->spec, field->spec_length);
    }
    if (spec == MOLT_ERROR) {
        molt_decref(value);
        return MOLT_ERROR;
    }
    MoltValue result = molt_format(value, spec);
    molt_decref(value);
    molt_decref(spec);
    return result;
}

/* Expands format text; `depth` is 2 for the whole string and drops by one for
 * each nested spec, as in CPython ("{:{:{}}}" is too deep). */
static MoltValue format_text(FormatState *state, const char *text, size_t length, int depth) {
    if (depth <= 0) return molt_raise_format(&molt_type_ValueError, "Max string recursion exceeded");
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, length + 16);
    size_t position = 0;
    while (position < length) {
        size_t literal = position;
        while (position < length && text[position] != '{' && text[position] != '}') position++;
        molt_str_builder_append_utf8(&builder, text + literal, position - literal);
        if (position >= length) break;
        char brace = text[position++];
        if (position < length && text[position] == brace) {
            molt_str_builder_append_ascii(&builder, &brace, 1);
            position++;
            continue;
        }
        if (brace == '}') {
            molt_str_builder_discard(&builder);
            return molt_raise_format(&molt_type_ValueError, "Single '}' encountered in format string");
        }
        if (position >= length) {
            molt_str_builder_discard(&builder);
            return molt_raise_format(&molt_type_ValueError, "Single '{' encountered in format string");
        }
        FormatField field;
        MoltValue piece = parse_field(text, length, &position, &field) ? format_field(state, &field, depth)
                                                                        : MOLT_ERROR;
        if (piece == MOLT_ERROR) {
            molt_str_builder_discard(&builder);
            return MOLT_ERROR;
        }
        if (!molt_is_str(piece)) {
            molt_decref(piece);
            molt_str_builder_discard(&builder);
            return molt_raise_format(&molt_type_TypeError, "__format__ must return a str");
        }
        molt_str_builder_append_str(&builder, piece);
        molt_decref(piece);
    }
    return molt_str_builder_finish(&builder);
}

MoltValue molt_str_format_method(MoltValue self, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    FormatState state = {args, nargs, kwnames, args + nargs, MOLT_ERROR, 0, false};
    MoltStr *s = molt_str_object(self);
    return format_text(&state, s->data, (size_t)s->byte_length, 2);
}

MoltValue molt_str_format_map(MoltValue self, MoltValue mapping) {
    FormatState state = {NULL, 0, MOLT_NONE, NULL, mapping, 0, false};
    MoltStr *s = molt_str_object(self);
    return format_text(&state, s->data, (size_t)s->byte_length, 2);
}
