/* Literals: number tokens to AstConstant, string tokens decoded (escapes,
 * raw and bytes prefixes), adjacent literals concatenated, and PEP 701
 * f-strings assembled into JoinedStr/FormattedValue exactly as CPython does. */
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

/* ---- numbers ----------------------------------------------------------- */

AstExpr *parse_number(Parser *parser, Token *token) {
    char *clean = ARENA_ARRAY(parser->arena, char, token->length + 1);
    int length = 0;
    for (int i = 0; i < token->length; i++)
        if (token->text[i] != '_') clean[length++] = token->text[i];
    clean[length] = '\0';
    AstExpr *constant = parser_new_expr(parser, EXPR_CONSTANT, token->loc);
    constant->end = token->end;
    AstConstant *value = &constant->as.constant;
    int is_based = length > 1 && clean[0] == '0' && strchr("xXoObB", clean[1]);
    if (!is_based && (clean[length - 1] == 'j' || clean[length - 1] == 'J')) {
        clean[length - 1] = '\0';
        value->kind = CONST_IMAG;
        value->float_value = strtod(clean, NULL);
        return constant;
    }
    if (!is_based && (strchr(clean, '.') || strchr(clean, 'e') || strchr(clean, 'E'))) {
        value->kind = CONST_FLOAT;
        value->float_value = strtod(clean, NULL);
        return constant;
    }
    value->kind = CONST_INT;
    value->int_text = clean;
    int base = 10;
    const char *digits = clean;
    if (is_based) {
        char prefix = (char)(clean[1] | 0x20);
        base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        digits = clean + 2;
    }
    uint64_t magnitude = 0;
    int overflow = 0;
    for (const char *p = digits; *p; p++) {
        int digit = *p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10;
        if (magnitude > (UINT64_MAX - (uint64_t)digit) / (uint64_t)base) {
            overflow = 1;
            break;
        }
        magnitude = magnitude * (uint64_t)base + (uint64_t)digit;
    }
    value->fits_int64 = !overflow && magnitude <= (uint64_t)INT64_MAX;
    value->int_value = value->fits_int64 ? (int64_t)magnitude : 0;
    return constant;
}

/* ---- escape decoding --------------------------------------------------- */

static void put_code_point(Parser *parser, TextBuffer *out, uint32_t code) {
    char bytes[4];
    if (code < 0x80) {
        parser_push(parser, out, (char)code);
        return;
    }
    if (code < 0x800) {
        bytes[0] = (char)(0xC0 | (code >> 6));
        bytes[1] = (char)(0x80 | (code & 0x3F));
        parser_text_append(parser, out, bytes, 2);
    } else if (code < 0x10000) {
        /* Lone surrogates from "\ud800" are kept in the same 3-byte form. */
        bytes[0] = (char)(0xE0 | (code >> 12));
        bytes[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (code & 0x3F));
        parser_text_append(parser, out, bytes, 3);
    } else {
        bytes[0] = (char)(0xF0 | (code >> 18));
        bytes[1] = (char)(0x80 | ((code >> 12) & 0x3F));
        bytes[2] = (char)(0x80 | ((code >> 6) & 0x3F));
        bytes[3] = (char)(0x80 | (code & 0x3F));
        parser_text_append(parser, out, bytes, 4);
    }
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

/* Decodes the body of a literal into out. collapse_braces turns "{{"/"}}"
 * into single braces (f-string literal text). */
static void decode_body(Parser *parser, Token *token, const char *text, size_t length, int raw,
                        int is_bytes, int collapse_braces, TextBuffer *out) {
    const char *end = text + length;
    const char *p = text;
    while (p < end) {
        char c = *p;
        if (collapse_braces && (c == '{' || c == '}') && p + 1 < end && p[1] == c) {
            parser_push(parser, out, c);
            p += 2;
            continue;
        }
        if (is_bytes && (unsigned char)c >= 0x80)
            parser_fail(parser, token->loc, "bytes can only contain ASCII literal characters");
        if (c == '\r') {
            /* Newlines inside literals are normalized to "\n". */
            parser_push(parser, out, '\n');
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || raw || p + 1 >= end) {
            parser_push(parser, out, c);
            p++;
            continue;
        }
        char escape = p[1];
        p += 2;
        switch (escape) {
        case '\n': break;
        case '\r': if (p < end && *p == '\n') p++; break;
        case '\\': parser_push(parser, out, '\\'); break;
        case '\'': parser_push(parser, out, '\''); break;
        case '"': parser_push(parser, out, '"'); break;
        case 'a': parser_push(parser, out, '\a'); break;
        case 'b': parser_push(parser, out, '\b'); break;
        case 'f': parser_push(parser, out, '\f'); break;
        case 'n': parser_push(parser, out, '\n'); break;
        case 'r': parser_push(parser, out, '\r'); break;
        case 't': parser_push(parser, out, '\t'); break;
        case 'v': parser_push(parser, out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t code = (uint32_t)(escape - '0');
            for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++) code = code * 8 + (uint32_t)(*p++ - '0');
            if (is_bytes) parser_push(parser, out, (char)(code & 0xFF));
            else put_code_point(parser, out, code);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
            if (is_bytes && escape != 'x') {
                parser_push(parser, out, '\\');
                parser_push(parser, out, escape);
                break;
            }
            uint32_t code = 0;
            for (int i = 0; i < digits; i++) {
                int digit = p + i < end ? hex_value(p[i]) : -1;
                if (digit < 0) {
                    /* CPython counts positions in bytes of the literal's body. */
                    int position = (int)(p - 2 - text);
                    if (is_bytes)
                        parser_fail(parser, token->loc, "(value error) invalid \\x escape at position %d", position);
                    parser_fail(parser, token->loc,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                                "truncated %s escape",
                                position, position + 1 + i,
                                escape == 'x' ? "\\xXX" : escape == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                }
                code = code * 16 + (uint32_t)digit;
            }
            p += digits;
            if (code > 0x10FFFF) {
                int position = (int)(p - digits - 2 - text);
                parser_fail(parser, token->loc,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                            "illegal Unicode character", position, position + 1 + digits);
            }
            if (is_bytes) parser_push(parser, out, (char)code);
            else put_code_point(parser, out, code);
            break;
        }
        case 'N':
            if (!is_bytes)
                parser_fail(parser, token->loc, "\\N{...} escapes are not supported by Molt; "
                                                "write the character itself or use \\u");
            /* fallthrough */
        default:
            /* Unknown escapes keep their backslash (CPython warns). */
            parser_push(parser, out, '\\');
            p--;
            break;
        }
    }
}

/* ---- concatenation ----------------------------------------------------- */

/* The parts of a JoinedStr under construction: constants are merged as they
 * arrive and empty ones dropped, as CPython's concatenation does. */
typedef struct PartBuilder {
    ExprVec parts;
    TextBuffer pending;
    int has_pending;
    int pending_is_unicode;    /* the merged text began with a u"..." literal */
    SourceLoc pending_loc;
} PartBuilder;

static void add_text(Parser *parser, PartBuilder *builder, const TextBuffer *text, SourceLoc loc,
                     int is_unicode) {
    if (!builder->has_pending) {
        builder->has_pending = 1;
        builder->pending_is_unicode = is_unicode;
        builder->pending_loc = loc;
    }
    parser_text_append(parser, &builder->pending, text->items, (size_t)text->count);
}

static AstExpr *new_string_constant(Parser *parser, const char *text, size_t length, SourceLoc loc) {
    AstExpr *constant = parser_new_expr(parser, EXPR_CONSTANT, loc);
    constant->as.constant.kind = CONST_STR;
    constant->as.constant.bytes = arena_strndup(parser->arena, text ? text : "", length);
    constant->as.constant.length = length;
    return constant;
}

static void flush_text(Parser *parser, PartBuilder *builder) {
    if (builder->has_pending && builder->pending.count > 0) {
        AstExpr *constant = new_string_constant(parser, builder->pending.items, (size_t)builder->pending.count,
                                                builder->pending_loc);
        constant->as.constant.is_unicode_prefixed = builder->pending_is_unicode;
        parser_push(parser, &builder->parts, constant);
    }
    builder->has_pending = 0;
    builder->pending.count = 0;
}

static void add_value(Parser *parser, PartBuilder *builder, AstExpr *value) {
    flush_text(parser, builder);
    parser_push(parser, &builder->parts, value);
}

static AstExpr *finish_joined(Parser *parser, PartBuilder *builder, SourceLoc loc) {
    flush_text(parser, builder);
    AstExpr *joined = parser_new_expr(parser, EXPR_JOINEDSTR, loc);
    joined->as.joinedstr.values = parser_expr_list(parser, &builder->parts);
    return joined;
}

/* ---- f-strings --------------------------------------------------------- */

static void parse_fstring_parts(Parser *parser, PartBuilder *builder, int raw, int in_spec);

/* One replacement field, from '{' through '}'. */
static void parse_replacement_field(Parser *parser, PartBuilder *builder, int raw) {
    Token *open = parser_expect(parser, TOKEN_LBRACE);
    AstExpr *value;
    Token *first = parser_peek(parser);
    if (first->kind == TOKEN_RBRACE || first->kind == TOKEN_EXCLAMATION || first->kind == TOKEN_COLON ||
        first->kind == TOKEN_EQUAL)
        parser_fail(parser, first->loc, "f-string: valid expression required before '%c'", first->text[0]);
    if (first->kind == TOKEN_LAMBDA)
        parser_fail(parser, first->loc, "f-string: lambda expressions are not allowed without parentheses");
    if (parser_check(parser, TOKEN_YIELD)) value = parse_yield_expression(parser);
    else value = parse_star_expressions(parser);
    parser_check_missing_comma(parser, value);
    AstExpr *formatted = parser_new_expr(parser, EXPR_FORMATTEDVALUE, value->loc);
    formatted->as.formatted.value = value;
    formatted->as.formatted.conversion = -1;
    int self_documenting = 0;
    if (parser_check(parser, TOKEN_EQUAL)) {
        Token *equal = parser_advance(parser);
        const char *text_start = open->text + 1;
        const char *text_end = equal->text + 1;
        /* CPython keeps the whitespace after '=' too, up to the next token. */
        Token *next = parser_peek(parser);
        if (next->kind == TOKEN_EXCLAMATION || next->kind == TOKEN_COLON || next->kind == TOKEN_RBRACE)
            text_end = next->text;
        TextBuffer debug_text = {0};
        decode_body(parser, open, text_start, (size_t)(text_end - text_start), 1, 0, 0, &debug_text);
        add_text(parser, builder, &debug_text, open->loc, 0);
        self_documenting = 1;
    }
    if (parser_accept(parser, TOKEN_EXCLAMATION)) {
        Token *conversion = parser_peek(parser);
        if (conversion->kind == TOKEN_ERROR) parser_fail_syntax(parser);
        if (conversion->kind != TOKEN_NAME || conversion->length != 1 ||
            !strchr("sra", conversion->text[0]) || conversion->loc.col != parser_previous(parser)->end.col) {
            if (conversion->kind == TOKEN_NAME)
                parser_fail(parser, conversion->loc,
                            "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                            conversion->length, conversion->text);
            parser_fail(parser, conversion->loc, "f-string: missing conversion character");
        }
        parser_advance(parser);
        formatted->as.formatted.conversion = conversion->text[0];
    }
    if (parser_accept(parser, TOKEN_COLON)) {
        PartBuilder spec = {0};
        SourceLoc spec_loc = parser_peek(parser)->loc;
        parse_fstring_parts(parser, &spec, raw, 1);
        formatted->as.formatted.format_spec = finish_joined(parser, &spec, spec_loc);
    }
    if (!parser_check(parser, TOKEN_RBRACE)) {
        if (parser_check(parser, TOKEN_ERROR)) parser_fail_syntax(parser);
        parser_fail(parser, parser_peek(parser)->loc, "f-string: expecting '}'");
    }
    parser_advance(parser);
    if (self_documenting && formatted->as.formatted.conversion == -1 && !formatted->as.formatted.format_spec)
        formatted->as.formatted.conversion = 'r';
    add_value(parser, builder, formatted);
}

/* Literal text and replacement fields up to FSTRING_END (or, in a format
 * spec, up to the closing '}', which is left for the caller). */
static void parse_fstring_parts(Parser *parser, PartBuilder *builder, int raw, int in_spec) {
    for (;;) {
        Token *token = parser_peek(parser);
        if (token->kind == TOKEN_FSTRING_MIDDLE) {
            parser_advance(parser);
            TextBuffer text = {0};
            decode_body(parser, token, token->text, (size_t)token->length, raw, 0, !in_spec, &text);
            add_text(parser, builder, &text, token->loc, 0);
        } else if (token->kind == TOKEN_LBRACE) {
            parse_replacement_field(parser, builder, raw);
        } else if (in_spec && token->kind == TOKEN_RBRACE) {
            /* CPython ends a spec whose last part is a replacement field
             * with an empty string constant. */
            if (!builder->has_pending && builder->parts.count &&
                vec_last(&builder->parts)->kind == EXPR_FORMATTEDVALUE)
                parser_push(parser, &builder->parts, new_string_constant(parser, "", 0, token->loc));
            return;
        } else if (!in_spec && token->kind == TOKEN_FSTRING_END) {
            parser_advance(parser);
            return;
        } else {
            parser_fail_syntax(parser);
        }
    }
}

/* ---- strings ----------------------------------------------------------- */

typedef struct StringPrefix {
    int raw, is_bytes, is_unicode, is_format;
    int length;
} StringPrefix;

static StringPrefix read_prefix(const Token *token) {
    StringPrefix prefix = {0, 0, 0, 0, 0};
    while (token->text[prefix.length] != '\'' && token->text[prefix.length] != '"') {
        switch (token->text[prefix.length] | 0x20) {
        case 'r': prefix.raw = 1; break;
        case 'b': prefix.is_bytes = 1; break;
        /* Only a lowercase u gives CPython's Constant.kind == 'u'. */
        case 'u': prefix.is_unicode = token->text[prefix.length] == 'u'; break;
        case 'f': prefix.is_format = 1; break;
        default: break;
        }
        prefix.length++;
    }
    return prefix;
}

AstExpr *parse_strings(Parser *parser) {
    Token *first = parser_peek(parser);
    PartBuilder builder = {0};
    int saw_bytes = 0, saw_text = 0, saw_fstring = 0;
    for (;;) {
        Token *token = parser_peek(parser);
        if (token->kind != TOKEN_STRING && token->kind != TOKEN_FSTRING_START) break;
        parser_advance(parser);
        StringPrefix prefix = read_prefix(token);
        if (prefix.is_bytes) saw_bytes = 1;
        else saw_text = 1;

        if (token->kind == TOKEN_FSTRING_START) {
            saw_fstring = 1;
            /* Text before the first part starts at the literal for locations. */
            parse_fstring_parts(parser, &builder, prefix.raw, 0);
            continue;
        }
        const char *body = token->text + prefix.length;
        size_t body_length = (size_t)token->length - (size_t)prefix.length;
        size_t quote_length = (body_length >= 6 && body[0] == body[1] && body[1] == body[2]) ? 3 : 1;
        TextBuffer text = {0};
        decode_body(parser, token, body + quote_length, body_length - 2 * quote_length, prefix.raw,
                    prefix.is_bytes, 0, &text);
        add_text(parser, &builder, &text, token->loc, prefix.is_unicode);
    }
    if (saw_bytes && saw_text)
        parser_fail(parser, parser_previous(parser)->end, "cannot mix bytes and nonbytes literals");
    if (saw_fstring) return finish_joined(parser, &builder, first->loc);
    AstExpr *constant = new_string_constant(parser, builder.pending.items, (size_t)builder.pending.count, first->loc);
    if (saw_bytes) constant->as.constant.kind = CONST_BYTES;
    constant->as.constant.is_unicode_prefixed = builder.pending_is_unicode;
    return constant;
}
