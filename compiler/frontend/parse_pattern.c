/* Match-statement patterns (PEP 634): literal, capture, wildcard, value,
 * group, sequence, mapping, class, star, as and or patterns. */
#include <string.h>

#include "parser_internal.h"

typedef Vec(AstPattern *) PatternVec;

static AstPattern *parse_pattern(Parser *parser);

static AstPattern *new_pattern(Parser *parser, AstPatternKind kind, SourceLoc loc) {
    AstPattern *pattern = ARENA_NEW(parser->arena, AstPattern);
    pattern->kind = kind;
    pattern->loc = loc;
    return pattern;
}

static AstPatternList pattern_list(Parser *parser, PatternVec *items) {
    AstPatternList list = {NULL, items->count};
    if (items->count) {
        list.items = ARENA_ARRAY(parser->arena, AstPattern *, items->count);
        memcpy(list.items, items->items, sizeof(AstPattern *) * (size_t)items->count);
    }
    return list;
}

static int token_is(const Token *token, const char *text) {
    return (size_t)token->length == strlen(text) && memcmp(token->text, text, (size_t)token->length) == 0;
}

/* A name or a dotted name as an expression (Name or Attribute chain). */
static AstExpr *parse_name_or_attribute(Parser *parser) {
    Token *first = parser_expect(parser, TOKEN_NAME);
    AstExpr *expr = parser_new_expr(parser, EXPR_NAME, first->loc);
    expr->as.name.id = parser_token_string(parser, first);
    expr->as.name.ctx = CTX_LOAD;
    while (parser_accept(parser, TOKEN_DOT)) {
        Token *name = parser_expect(parser, TOKEN_NAME);
        AstExpr *attribute = parser_new_expr(parser, EXPR_ATTRIBUTE, first->loc);
        attribute->as.attribute.value = expr;
        attribute->as.attribute.attr = parser_token_string(parser, name);
        attribute->as.attribute.ctx = CTX_LOAD;
        expr = attribute;
    }
    return expr;
}

/* signed_number ['+'|'-' imaginary_number], or strings: a literal value. */
static AstExpr *parse_literal_value(Parser *parser) {
    Token *start = parser_peek(parser);
    if (start->kind == TOKEN_STRING) return parse_strings(parser);
    if (start->kind == TOKEN_FSTRING_START)
        parser_fail(parser, start->loc, "patterns may only match literals and attribute lookups");
    AstExpr *number;
    if (parser_accept(parser, TOKEN_MINUS)) {
        Token *digits = parser_expect(parser, TOKEN_NUMBER);
        number = parser_new_expr(parser, EXPR_UNARYOP, start->loc);
        number->as.unaryop.op = UNARY_USUB;
        number->as.unaryop.operand = parse_number(parser, digits);
    } else {
        number = parse_number(parser, parser_expect(parser, TOKEN_NUMBER));
    }
    if (parser_check(parser, TOKEN_PLUS) || parser_check(parser, TOKEN_MINUS)) {
        AstBinOp op = parser_check(parser, TOKEN_PLUS) ? BINOP_ADD : BINOP_SUB;
        parser_advance(parser);
        Token *imaginary = parser_expect(parser, TOKEN_NUMBER);
        AstExpr *sum = parser_new_expr(parser, EXPR_BINOP, start->loc);
        sum->as.binop.left = number;
        sum->as.binop.op = op;
        sum->as.binop.right = parse_number(parser, imaginary);
        if (sum->as.binop.right->as.constant.kind != CONST_IMAG)
            parser_fail(parser, imaginary->loc, "imaginary number required in complex literal");
        return sum;
    }
    return number;
}

static AstPattern *parse_star_or_pattern(Parser *parser) {
    Token *start = parser_peek(parser);
    if (!parser_accept(parser, TOKEN_STAR)) return parse_pattern(parser);
    Token *name = parser_expect(parser, TOKEN_NAME);
    AstPattern *star = new_pattern(parser, PATTERN_STAR, start->loc);
    if (!token_is(name, "_")) star->as.star.name = parser_token_string(parser, name);
    return star;
}

/* Items of a sequence pattern up to the closing token. */
static AstPatternList parse_sequence_items(Parser *parser, TokenKind closing) {
    PatternVec items = {0};
    while (!parser_check(parser, closing)) {
        parser_push(parser, &items, parse_star_or_pattern(parser));
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    parser_expect(parser, closing);
    return pattern_list(parser, &items);
}

static AstPattern *parse_class_pattern(Parser *parser, AstExpr *cls, SourceLoc loc) {
    parser_expect(parser, TOKEN_LPAR);
    AstPattern *pattern = new_pattern(parser, PATTERN_CLASS, loc);
    pattern->as.cls.cls = cls;
    PatternVec positional = {0}, keyword_patterns = {0};
    Vec(const char *) names = {0};
    while (!parser_check(parser, TOKEN_RPAR)) {
        Token *token = parser_peek(parser);
        if (token->kind == TOKEN_NAME && parser_peek_at(parser, 1)->kind == TOKEN_EQUAL) {
            parser_advance(parser);
            parser_advance(parser);
            parser_push(parser, &names, parser_token_string(parser, token));
            parser_push(parser, &keyword_patterns, parse_pattern(parser));
        } else {
            AstPattern *item = parse_pattern(parser);
            if (names.count) parser_fail(parser, item->loc, "positional patterns follow keyword patterns");
            parser_push(parser, &positional, item);
        }
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    parser_expect(parser, TOKEN_RPAR);
    pattern->as.cls.patterns = pattern_list(parser, &positional);
    pattern->as.cls.kwd_patterns = pattern_list(parser, &keyword_patterns);
    pattern->as.cls.kwd_attrs.count = names.count;
    if (names.count) {
        pattern->as.cls.kwd_attrs.items = ARENA_ARRAY(parser->arena, const char *, names.count);
        memcpy(pattern->as.cls.kwd_attrs.items, names.items, sizeof(const char *) * (size_t)names.count);
    }
    return pattern;
}

static AstPattern *parse_mapping_pattern(Parser *parser) {
    Token *open = parser_advance(parser);
    AstPattern *pattern = new_pattern(parser, PATTERN_MAPPING, open->loc);
    ExprVec keys = {0};
    PatternVec values = {0};
    while (!parser_check(parser, TOKEN_RBRACE)) {
        if (parser_accept(parser, TOKEN_DOUBLESTAR)) {
            pattern->as.mapping.rest = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
            parser_accept(parser, TOKEN_COMMA);
            break;
        }
        Token *key_token = parser_peek(parser);
        AstExpr *key;
        if (key_token->kind == TOKEN_NAME) {
            key = parse_name_or_attribute(parser);
            if (key->kind == EXPR_NAME) parser_fail_syntax(parser);
        } else if (key_token->kind == TOKEN_NONE || key_token->kind == TOKEN_TRUE ||
                   key_token->kind == TOKEN_FALSE) {
            parser_advance(parser);
            key = parser_new_expr(parser, EXPR_CONSTANT, key_token->loc);
            key->as.constant.kind = key_token->kind == TOKEN_NONE ? CONST_NONE
                                    : key_token->kind == TOKEN_TRUE ? CONST_TRUE : CONST_FALSE;
        } else {
            key = parse_literal_value(parser);
        }
        parser_expect(parser, TOKEN_COLON);
        parser_push(parser, &keys, key);
        parser_push(parser, &values, parse_pattern(parser));
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    parser_expect(parser, TOKEN_RBRACE);
    pattern->as.mapping.keys = parser_expr_list(parser, &keys);
    pattern->as.mapping.patterns = pattern_list(parser, &values);
    return pattern;
}

static AstPattern *parse_closed_pattern(Parser *parser) {
    Token *start = parser_peek(parser);
    switch (start->kind) {
    case TOKEN_NONE: case TOKEN_TRUE: case TOKEN_FALSE: {
        parser_advance(parser);
        AstPattern *singleton = new_pattern(parser, PATTERN_SINGLETON, start->loc);
        singleton->as.singleton.value = start->kind == TOKEN_NONE ? CONST_NONE
                                        : start->kind == TOKEN_TRUE ? CONST_TRUE : CONST_FALSE;
        return singleton;
    }
    case TOKEN_NUMBER: case TOKEN_MINUS: case TOKEN_STRING: case TOKEN_FSTRING_START: {
        AstPattern *value = new_pattern(parser, PATTERN_VALUE, start->loc);
        value->as.value.value = parse_literal_value(parser);
        return value;
    }
    case TOKEN_NAME: {
        TokenKind next = parser_peek_at(parser, 1)->kind;
        if (next != TOKEN_DOT && next != TOKEN_LPAR) {
            parser_advance(parser);
            AstPattern *capture = new_pattern(parser, PATTERN_AS, start->loc);
            if (!token_is(start, "_")) capture->as.as.name = parser_token_string(parser, start);
            return capture;
        }
        AstExpr *name = parse_name_or_attribute(parser);
        if (parser_check(parser, TOKEN_LPAR)) return parse_class_pattern(parser, name, start->loc);
        AstPattern *value = new_pattern(parser, PATTERN_VALUE, start->loc);
        value->as.value.value = name;
        return value;
    }
    case TOKEN_LPAR: {
        parser_advance(parser);
        if (parser_accept(parser, TOKEN_RPAR)) return new_pattern(parser, PATTERN_SEQUENCE, start->loc);
        AstPattern *first = parse_star_or_pattern(parser);
        if (parser_accept(parser, TOKEN_RPAR)) {
            if (first->kind != PATTERN_STAR) return first;
            PatternVec items = {0};
            parser_push(parser, &items, first);
            AstPattern *sequence = new_pattern(parser, PATTERN_SEQUENCE, start->loc);
            sequence->as.sequence.patterns = pattern_list(parser, &items);
            return sequence;
        }
        parser_expect(parser, TOKEN_COMMA);
        AstPatternList rest = parse_sequence_items(parser, TOKEN_RPAR);
        AstPattern *sequence = new_pattern(parser, PATTERN_SEQUENCE, start->loc);
        sequence->as.sequence.patterns.count = rest.count + 1;
        sequence->as.sequence.patterns.items = ARENA_ARRAY(parser->arena, AstPattern *, rest.count + 1);
        sequence->as.sequence.patterns.items[0] = first;
        for (int i = 0; i < rest.count; i++) sequence->as.sequence.patterns.items[i + 1] = rest.items[i];
        return sequence;
    }
    case TOKEN_LSQB: {
        parser_advance(parser);
        AstPattern *sequence = new_pattern(parser, PATTERN_SEQUENCE, start->loc);
        sequence->as.sequence.patterns = parse_sequence_items(parser, TOKEN_RSQB);
        return sequence;
    }
    case TOKEN_LBRACE: return parse_mapping_pattern(parser);
    default: parser_fail_syntax(parser);
    }
}

static AstPattern *parse_or_pattern(Parser *parser) {
    AstPattern *first = parse_closed_pattern(parser);
    if (!parser_check(parser, TOKEN_VBAR)) return first;
    PatternVec alternatives = {0};
    parser_push(parser, &alternatives, first);
    while (parser_accept(parser, TOKEN_VBAR)) parser_push(parser, &alternatives, parse_closed_pattern(parser));
    AstPattern *either = new_pattern(parser, PATTERN_OR, first->loc);
    either->as.or_.patterns = pattern_list(parser, &alternatives);
    return either;
}

static AstPattern *parse_pattern(Parser *parser) {
    AstPattern *pattern = parse_or_pattern(parser);
    if (!parser_accept(parser, TOKEN_AS)) return pattern;
    Token *name = parser_peek(parser);
    if (name->kind != TOKEN_NAME) parser_fail_syntax(parser);
    if (token_is(name, "_")) parser_fail(parser, name->loc, "cannot use '_' as a target");
    parser_advance(parser);
    AstPattern *as = new_pattern(parser, PATTERN_AS, pattern->loc);
    as->as.as.pattern = pattern;
    as->as.as.name = parser_token_string(parser, name);
    return as;
}

AstPattern *parse_match_patterns(Parser *parser) {
    Token *start = parser_peek(parser);
    AstPattern *first = parse_star_or_pattern(parser);
    if (!parser_check(parser, TOKEN_COMMA)) {
        if (first->kind == PATTERN_STAR) {
            PatternVec items = {0};
            parser_push(parser, &items, first);
            AstPattern *sequence = new_pattern(parser, PATTERN_SEQUENCE, start->loc);
            sequence->as.sequence.patterns = pattern_list(parser, &items);
            return sequence;
        }
        return first;
    }
    PatternVec items = {0};
    parser_push(parser, &items, first);
    while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_COLON) && !parser_check(parser, TOKEN_IF))
        parser_push(parser, &items, parse_star_or_pattern(parser));
    AstPattern *sequence = new_pattern(parser, PATTERN_SEQUENCE, start->loc);
    sequence->as.sequence.patterns = pattern_list(parser, &items);
    return sequence;
}
