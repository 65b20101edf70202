/* Expressions: one function per precedence level of Python 3.12's grammar,
 * from lambda and the conditional expression down to atoms, plus the pieces
 * expressions share with statements (parameters, call arguments, targets). */
#include <string.h>

#include "parser_internal.h"

AstExpr *parser_new_expr(Parser *parser, AstExprKind kind, SourceLoc loc) {
    AstExpr *expr = ARENA_NEW(parser->arena, AstExpr);
    expr->kind = kind;
    expr->loc = loc;
    expr->end = parser->pos > 0 ? parser_previous(parser)->end : loc;
    return expr;
}

/* Unary operators, "not", lambdas and conditional expressions recurse once
 * per operator; the limit keeps pathological input from exhausting the stack. */
enum { MAX_EXPRESSION_DEPTH = 1000 };

static void enter_nested(Parser *parser) {
    if (++parser->depth > MAX_EXPRESSION_DEPTH)
        parser_fail(parser, parser_peek(parser)->loc, "too many nested expressions: source too complex to parse");
}

static AstExpr *leave_nested(Parser *parser, AstExpr *expr) {
    parser->depth--;
    return expr;
}

static AstExpr *finish(Parser *parser, AstExpr *expr) {
    expr->end = parser_previous(parser)->end;
    return expr;
}

static AstExpr *new_name(Parser *parser, Token *token, AstContext ctx) {
    AstExpr *name = parser_new_expr(parser, EXPR_NAME, token->loc);
    name->as.name.id = parser_token_string(parser, token);
    name->as.name.ctx = ctx;
    name->end = token->end;
    return name;
}

static AstExpr *new_tuple(Parser *parser, ExprVec *items, SourceLoc loc) {
    AstExpr *tuple = parser_new_expr(parser, EXPR_TUPLE, loc);
    tuple->as.list.elts = parser_expr_list(parser, items);
    tuple->as.list.ctx = CTX_LOAD;
    return finish(parser, tuple);
}

int parser_starts_expression(Parser *parser) {
    switch (parser_peek(parser)->kind) {
    case TOKEN_NAME: case TOKEN_NUMBER: case TOKEN_STRING: case TOKEN_FSTRING_START:
    case TOKEN_LPAR: case TOKEN_LSQB: case TOKEN_LBRACE: case TOKEN_MINUS: case TOKEN_PLUS:
    case TOKEN_TILDE: case TOKEN_NOT: case TOKEN_LAMBDA: case TOKEN_AWAIT: case TOKEN_TRUE:
    case TOKEN_FALSE: case TOKEN_NONE: case TOKEN_ELLIPSIS: case TOKEN_STAR:
        return 1;
    default:
        return 0;
    }
}

/* Inside brackets, an element directly followed by another expression is
 * CPython's "Perhaps you forgot a comma?" error, reported at the element. */
void parser_check_missing_comma(Parser *parser, const AstExpr *element) {
    if (!parser_starts_expression(parser) || parser_check(parser, TOKEN_STAR)) return;
    if (element->kind == EXPR_NAME && (parser_check(parser, TOKEN_STRING) || parser_check(parser, TOKEN_FSTRING_START)))
        return;
    while (element->kind == EXPR_IFEXP) element = element->as.ifexp.orelse;
    parser_fail(parser, element->loc, "invalid syntax. Perhaps you forgot a comma?");
}

/* ---- comprehensions ---------------------------------------------------- */

static int starts_comprehension(Parser *parser) {
    return parser_check(parser, TOKEN_FOR) ||
           (parser_check(parser, TOKEN_ASYNC) && parser_peek_at(parser, 1)->kind == TOKEN_FOR);
}

static AstComprehensionList parse_generators(Parser *parser) {
    Vec(AstComprehension *) generators = {0};
    while (starts_comprehension(parser)) {
        AstComprehension *generator = ARENA_NEW(parser->arena, AstComprehension);
        generator->is_async = parser_accept(parser, TOKEN_ASYNC);
        parser_expect(parser, TOKEN_FOR);
        generator->target = parse_star_targets(parser);
        parser_set_context(parser, generator->target, CTX_STORE, 0);
        parser_expect(parser, TOKEN_IN);
        generator->iter = parse_disjunction(parser);
        ExprVec ifs = {0};
        while (parser_accept(parser, TOKEN_IF)) parser_push(parser, &ifs, parse_disjunction(parser));
        generator->ifs = parser_expr_list(parser, &ifs);
        parser_push(parser, &generators, generator);
    }
    AstComprehensionList list = {NULL, generators.count};
    if (generators.count) {
        list.items = ARENA_ARRAY(parser->arena, AstComprehension *, generators.count);
        memcpy(list.items, generators.items, sizeof(AstComprehension *) * (size_t)generators.count);
    }
    return list;
}

static AstExpr *new_comprehension(Parser *parser, AstExprKind kind, AstExpr *elt, SourceLoc loc) {
    AstExpr *comp = parser_new_expr(parser, kind, loc);
    comp->as.comp.elt = elt;
    comp->as.comp.generators = parse_generators(parser);
    return comp;
}

/* ---- atoms ------------------------------------------------------------- */

static AstExpr *parse_paren(Parser *parser) {
    Token *open = parser_advance(parser);
    if (parser_accept(parser, TOKEN_RPAR)) {
        ExprVec empty = {0};
        return new_tuple(parser, &empty, open->loc);
    }
    if (parser_check(parser, TOKEN_YIELD)) {
        AstExpr *yield = parse_yield_expression(parser);
        parser_expect(parser, TOKEN_RPAR);
        return yield;
    }
    AstExpr *first = parse_star_named_expression(parser);
    if (starts_comprehension(parser)) {
        AstExpr *generator = new_comprehension(parser, EXPR_GENERATOREXP, first, open->loc);
        parser_expect(parser, TOKEN_RPAR);
        return finish(parser, generator);
    }
    parser_check_missing_comma(parser, first);
    if (parser_check(parser, TOKEN_COMMA)) {
        ExprVec items = {0};
        parser_push(parser, &items, first);
        while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_RPAR)) {
            parser_push(parser, &items, parse_star_named_expression(parser));
            parser_check_missing_comma(parser, vec_last(&items));
        }
        parser_expect(parser, TOKEN_RPAR);
        AstExpr *tuple = new_tuple(parser, &items, open->loc);
        return tuple;
    }
    parser_expect(parser, TOKEN_RPAR);
    if (first->kind == EXPR_STARRED) parser_fail(parser, first->loc, "cannot use starred expression here");
    return first;
}

static AstExpr *parse_list_display(Parser *parser) {
    Token *open = parser_advance(parser);
    ExprVec items = {0};
    if (!parser_check(parser, TOKEN_RSQB)) {
        AstExpr *first = parse_star_named_expression(parser);
        if (starts_comprehension(parser)) {
            AstExpr *comp = new_comprehension(parser, EXPR_LISTCOMP, first, open->loc);
            parser_expect(parser, TOKEN_RSQB);
            return finish(parser, comp);
        }
        parser_check_missing_comma(parser, first);
        parser_push(parser, &items, first);
        while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_RSQB)) {
            parser_push(parser, &items, parse_star_named_expression(parser));
            parser_check_missing_comma(parser, vec_last(&items));
        }
    }
    parser_expect(parser, TOKEN_RSQB);
    AstExpr *list = parser_new_expr(parser, EXPR_LIST, open->loc);
    list->as.list.elts = parser_expr_list(parser, &items);
    list->as.list.ctx = CTX_LOAD;
    return list;
}

/* One "key: value" or "**mapping" entry of a dict display. */
static void parse_dict_entry(Parser *parser, ExprVec *keys, ExprVec *values) {
    if (parser_accept(parser, TOKEN_DOUBLESTAR)) {
        parser_push(parser, keys, NULL);
        parser_push(parser, values, parse_bitwise_or(parser));
        return;
    }
    AstExpr *key = parse_expression(parser);
    if (!parser_check(parser, TOKEN_COLON)) {
        if (parser_check(parser, TOKEN_COMMA) || parser_check(parser, TOKEN_RBRACE))
        {
            SourceLoc last_char = {key->end.line, key->end.col - 1};
            parser_fail(parser, last_char, "':' expected after dictionary key");
        }
        parser_fail_syntax(parser);
    }
    parser_advance(parser);
    parser_push(parser, keys, key);
    parser_push(parser, values, parse_expression(parser));
    parser_check_missing_comma(parser, vec_last(values));
}

static AstExpr *parse_brace_display(Parser *parser) {
    Token *open = parser_advance(parser);
    ExprVec keys = {0}, values = {0};
    if (parser_accept(parser, TOKEN_RBRACE)) {
        AstExpr *dict = parser_new_expr(parser, EXPR_DICT, open->loc);
        return dict;
    }
    if (parser_check(parser, TOKEN_DOUBLESTAR)) {
        parse_dict_entry(parser, &keys, &values);
    } else {
        AstExpr *first = parse_star_named_expression(parser);
        if (parser_accept(parser, TOKEN_COLON)) {
            AstExpr *value = parse_expression(parser);
            parser_check_missing_comma(parser, value);
            if (starts_comprehension(parser)) {
                AstExpr *comp = new_comprehension(parser, EXPR_DICTCOMP, NULL, open->loc);
                comp->as.comp.key = first;
                comp->as.comp.value = value;
                parser_expect(parser, TOKEN_RBRACE);
                return finish(parser, comp);
            }
            parser_push(parser, &keys, first);
            parser_push(parser, &values, value);
        } else {
            if (starts_comprehension(parser)) {
                AstExpr *comp = new_comprehension(parser, EXPR_SETCOMP, first, open->loc);
                parser_expect(parser, TOKEN_RBRACE);
                return finish(parser, comp);
            }
            parser_check_missing_comma(parser, first);
            ExprVec items = {0};
            parser_push(parser, &items, first);
            while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_RBRACE)) {
                parser_push(parser, &items, parse_star_named_expression(parser));
                parser_check_missing_comma(parser, vec_last(&items));
            }
            parser_expect(parser, TOKEN_RBRACE);
            AstExpr *set = parser_new_expr(parser, EXPR_SET, open->loc);
            set->as.set.elts = parser_expr_list(parser, &items);
            return set;
        }
    }
    while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_RBRACE))
        parse_dict_entry(parser, &keys, &values);
    parser_expect(parser, TOKEN_RBRACE);
    AstExpr *dict = parser_new_expr(parser, EXPR_DICT, open->loc);
    dict->as.dict.keys = parser_expr_list(parser, &keys);
    dict->as.dict.values = parser_expr_list(parser, &values);
    return dict;
}

static AstExpr *new_constant(Parser *parser, AstConstKind kind, Token *token) {
    AstExpr *constant = parser_new_expr(parser, EXPR_CONSTANT, token->loc);
    constant->as.constant.kind = kind;
    constant->end = token->end;
    return constant;
}

static AstExpr *parse_atom(Parser *parser) {
    Token *token = parser_peek(parser);
    switch (token->kind) {
    case TOKEN_NAME: parser_advance(parser); return new_name(parser, token, CTX_LOAD);
    case TOKEN_TRUE: parser_advance(parser); return new_constant(parser, CONST_TRUE, token);
    case TOKEN_FALSE: parser_advance(parser); return new_constant(parser, CONST_FALSE, token);
    case TOKEN_NONE: parser_advance(parser); return new_constant(parser, CONST_NONE, token);
    case TOKEN_ELLIPSIS: parser_advance(parser); return new_constant(parser, CONST_ELLIPSIS, token);
    case TOKEN_NUMBER: parser_advance(parser); return parse_number(parser, token);
    case TOKEN_STRING: case TOKEN_FSTRING_START: return parse_strings(parser);
    case TOKEN_LPAR: return parse_paren(parser);
    case TOKEN_LSQB: return parse_list_display(parser);
    case TOKEN_LBRACE: return parse_brace_display(parser);
    default: parser_fail_syntax(parser);
    }
}

/* ---- primaries --------------------------------------------------------- */

void parse_call_arguments(Parser *parser, AstExpr *call, int allow_generator) {
    ExprVec args = {0};
    Vec(AstKeyword *) keywords = {0};
    int seen_mapping_unpack = 0;
    while (!parser_check(parser, TOKEN_RPAR)) {
        Token *start = parser_peek(parser);
        if (parser_accept(parser, TOKEN_STAR)) {
            AstExpr *starred = parser_new_expr(parser, EXPR_STARRED, start->loc);
            starred->as.starred.value = parse_expression(parser);
            starred->as.starred.ctx = CTX_LOAD;
            parser_push(parser, &args, finish(parser, starred));
        } else if (parser_accept(parser, TOKEN_DOUBLESTAR)) {
            AstKeyword *keyword = ARENA_NEW(parser->arena, AstKeyword);
            keyword->loc = start->loc;
            keyword->value = parse_expression(parser);
            parser_push(parser, &keywords, keyword);
            seen_mapping_unpack = 1;
        } else if (start->kind == TOKEN_NAME && parser_peek_at(parser, 1)->kind == TOKEN_EQUAL) {
            parser_advance(parser);
            parser_advance(parser);
            AstKeyword *keyword = ARENA_NEW(parser->arena, AstKeyword);
            keyword->loc = start->loc;
            keyword->arg = parser_token_string(parser, start);
            keyword->value = parse_expression(parser);
            parser_check_missing_comma(parser, keyword->value);
            parser_push(parser, &keywords, keyword);
        } else {
            AstExpr *value = parse_named_expression(parser);
            parser_check_missing_comma(parser, value);
            if (starts_comprehension(parser)) {
                if (!allow_generator) parser_fail_syntax(parser);
                value = finish(parser, new_comprehension(parser, EXPR_GENERATOREXP, value, start->loc));
                if (args.count || keywords.count || parser_check(parser, TOKEN_COMMA)) {
                    if (!(parser_check(parser, TOKEN_COMMA) && parser_peek_at(parser, 1)->kind == TOKEN_RPAR &&
                          !args.count && !keywords.count))
                        parser_fail(parser, value->loc, "Generator expression must be parenthesized");
                }
            }
            if (parser_check(parser, TOKEN_EQUAL))
                parser_fail(parser, value->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
            if (keywords.count)
                parser_fail(parser, parser_peek(parser)->loc, seen_mapping_unpack
                                                    ? "positional argument follows keyword argument unpacking"
                                                    : "positional argument follows keyword argument");
            parser_push(parser, &args, value);
        }
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    parser_expect(parser, TOKEN_RPAR);
    call->as.call.args = parser_expr_list(parser, &args);
    call->as.call.keywords.count = keywords.count;
    if (keywords.count) {
        call->as.call.keywords.items = ARENA_ARRAY(parser->arena, AstKeyword *, keywords.count);
        memcpy(call->as.call.keywords.items, keywords.items, sizeof(AstKeyword *) * (size_t)keywords.count);
    }
}

static AstExpr *parse_slice_item(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *lower = NULL;
    if (!parser_check(parser, TOKEN_COLON)) {
        if (parser_check(parser, TOKEN_STAR)) {
            parser_advance(parser);
            AstExpr *starred = parser_new_expr(parser, EXPR_STARRED, start->loc);
            starred->as.starred.value = parse_bitwise_or(parser);
            starred->as.starred.ctx = CTX_LOAD;
            return finish(parser, starred);
        }
        lower = parse_named_expression(parser);
        parser_check_missing_comma(parser, lower);
        if (!parser_check(parser, TOKEN_COLON)) return lower;
    }
    parser_expect(parser, TOKEN_COLON);
    AstExpr *slice = parser_new_expr(parser, EXPR_SLICE, start->loc);
    slice->as.slice.lower = lower;
    if (!parser_check(parser, TOKEN_COLON) && !parser_check(parser, TOKEN_RSQB) &&
        !parser_check(parser, TOKEN_COMMA))
        slice->as.slice.upper = parse_expression(parser);
    if (parser_accept(parser, TOKEN_COLON) && !parser_check(parser, TOKEN_RSQB) &&
        !parser_check(parser, TOKEN_COMMA))
        slice->as.slice.step = parse_expression(parser);
    return finish(parser, slice);
}

static AstExpr *parse_slices(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *first = parse_slice_item(parser);
    ExprVec items = {0};
    parser_push(parser, &items, first);
    /* x[*a] subscripts with the one-element tuple (*a,). */
    if (!parser_check(parser, TOKEN_COMMA)) {
        if (first->kind == EXPR_STARRED) return new_tuple(parser, &items, start->loc);
        return first;
    }
    while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_RSQB))
        parser_push(parser, &items, parse_slice_item(parser));
    return new_tuple(parser, &items, start->loc);
}

AstExpr *parse_primary(Parser *parser) {
    AstExpr *expr = parse_atom(parser);
    for (;;) {
        Token *token = parser_peek(parser);
        if (token->kind == TOKEN_DOT) {
            parser_advance(parser);
            Token *name = parser_expect(parser, TOKEN_NAME);
            AstExpr *attribute = parser_new_expr(parser, EXPR_ATTRIBUTE, expr->loc);
            attribute->as.attribute.value = expr;
            attribute->as.attribute.attr = parser_token_string(parser, name);
            attribute->as.attribute.ctx = CTX_LOAD;
            expr = attribute;
        } else if (token->kind == TOKEN_LPAR) {
            parser_advance(parser);
            AstExpr *call = parser_new_expr(parser, EXPR_CALL, expr->loc);
            call->as.call.func = expr;
            parse_call_arguments(parser, call, 1);
            expr = finish(parser, call);
        } else if (token->kind == TOKEN_LSQB) {
            parser_advance(parser);
            AstExpr *subscript = parser_new_expr(parser, EXPR_SUBSCRIPT, expr->loc);
            subscript->as.subscript.value = expr;
            subscript->as.subscript.slice = parse_slices(parser);
            subscript->as.subscript.ctx = CTX_LOAD;
            parser_expect(parser, TOKEN_RSQB);
            expr = finish(parser, subscript);
        } else {
            return expr;
        }
    }
}

/* ---- operators --------------------------------------------------------- */

static AstExpr *parse_factor(Parser *parser);

static AstExpr *parse_power(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *base;
    if (parser_accept(parser, TOKEN_AWAIT)) {
        base = parser_new_expr(parser, EXPR_AWAIT, start->loc);
        base->as.await_.value = parse_primary(parser);
        finish(parser, base);
    } else {
        base = parse_primary(parser);
    }
    if (!parser_accept(parser, TOKEN_DOUBLESTAR)) return base;
    AstExpr *power = parser_new_expr(parser, EXPR_BINOP, start->loc);
    power->as.binop.left = base;
    power->as.binop.op = BINOP_POW;
    power->as.binop.right = parse_factor(parser);   /* right-associative, binds unary on its right */
    return finish(parser, power);
}

static AstExpr *parse_factor(Parser *parser) {
    Token *start = parser_peek(parser);
    AstUnaryOp op;
    switch (start->kind) {
    case TOKEN_PLUS: op = UNARY_UADD; break;
    case TOKEN_MINUS: op = UNARY_USUB; break;
    case TOKEN_TILDE: op = UNARY_INVERT; break;
    default: return parse_power(parser);
    }
    parser_advance(parser);
    enter_nested(parser);
    AstExpr *unary = parser_new_expr(parser, EXPR_UNARYOP, start->loc);
    unary->as.unaryop.op = op;
    unary->as.unaryop.operand = parse_factor(parser);
    return leave_nested(parser, finish(parser, unary));
}

enum { BINARY_LEVEL_COUNT = 6 };

/* Binary operator levels from loosest (|) to tightest (* / // % @). */
static int binary_level(TokenKind kind, AstBinOp *op) {
    switch (kind) {
    case TOKEN_VBAR: *op = BINOP_BITOR; return 0;
    case TOKEN_CIRCUMFLEX: *op = BINOP_BITXOR; return 1;
    case TOKEN_AMPER: *op = BINOP_BITAND; return 2;
    case TOKEN_LEFTSHIFT: *op = BINOP_LSHIFT; return 3;
    case TOKEN_RIGHTSHIFT: *op = BINOP_RSHIFT; return 3;
    case TOKEN_PLUS: *op = BINOP_ADD; return 4;
    case TOKEN_MINUS: *op = BINOP_SUB; return 4;
    case TOKEN_STAR: *op = BINOP_MULT; return 5;
    case TOKEN_SLASH: *op = BINOP_DIV; return 5;
    case TOKEN_DOUBLESLASH: *op = BINOP_FLOORDIV; return 5;
    case TOKEN_PERCENT: *op = BINOP_MOD; return 5;
    case TOKEN_AT: *op = BINOP_MATMULT; return 5;
    default: return -1;
    }
}

static AstExpr *parse_binary(Parser *parser, int level) {
    if (level == BINARY_LEVEL_COUNT) return parse_factor(parser);
    AstExpr *left = parse_binary(parser, level + 1);
    for (;;) {
        AstBinOp op = BINOP_ADD;
        if (binary_level(parser_peek(parser)->kind, &op) != level) return left;
        parser_advance(parser);
        AstExpr *binary = parser_new_expr(parser, EXPR_BINOP, left->loc);
        binary->as.binop.left = left;
        binary->as.binop.op = op;
        binary->as.binop.right = parse_binary(parser, level + 1);
        left = finish(parser, binary);
    }
}

AstExpr *parse_bitwise_or(Parser *parser) { return parse_binary(parser, 0); }

/* Returns 1 and the operator if a comparison operator starts here. */
static int accept_comparison_operator(Parser *parser, AstCmpOp *op) {
    switch (parser_peek(parser)->kind) {
    case TOKEN_EQEQUAL: *op = CMP_EQ; break;
    case TOKEN_NOTEQUAL: *op = CMP_NOTEQ; break;
    case TOKEN_LESS: *op = CMP_LT; break;
    case TOKEN_LESSEQUAL: *op = CMP_LTE; break;
    case TOKEN_GREATER: *op = CMP_GT; break;
    case TOKEN_GREATEREQUAL: *op = CMP_GTE; break;
    case TOKEN_IN: *op = CMP_IN; break;
    case TOKEN_IS:
        parser_advance(parser);
        *op = parser_accept(parser, TOKEN_NOT) ? CMP_ISNOT : CMP_IS;
        return 1;
    case TOKEN_NOT:
        if (parser_peek_at(parser, 1)->kind != TOKEN_IN) return 0;
        parser_advance(parser);
        *op = CMP_NOTIN;
        break;
    default: return 0;
    }
    parser_advance(parser);
    return 1;
}

static AstExpr *parse_comparison(Parser *parser) {
    AstExpr *left = parse_bitwise_or(parser);
    AstCmpOp op;
    if (!accept_comparison_operator(parser, &op)) return left;
    Vec(AstCmpOp) ops = {0};
    ExprVec comparators = {0};
    do {
        parser_push(parser, &ops, op);
        parser_push(parser, &comparators, parse_bitwise_or(parser));
    } while (accept_comparison_operator(parser, &op));
    AstExpr *compare = parser_new_expr(parser, EXPR_COMPARE, left->loc);
    compare->as.compare.left = left;
    compare->as.compare.count = ops.count;
    compare->as.compare.ops = ARENA_ARRAY(parser->arena, AstCmpOp, ops.count);
    memcpy(compare->as.compare.ops, ops.items, sizeof(AstCmpOp) * (size_t)ops.count);
    compare->as.compare.comparators = parser_expr_list(parser, &comparators);
    return compare;
}

static AstExpr *parse_inversion(Parser *parser) {
    Token *start = parser_peek(parser);
    if (!parser_accept(parser, TOKEN_NOT)) return parse_comparison(parser);
    enter_nested(parser);
    AstExpr *unary = parser_new_expr(parser, EXPR_UNARYOP, start->loc);
    unary->as.unaryop.op = UNARY_NOT;
    unary->as.unaryop.operand = parse_inversion(parser);
    return leave_nested(parser, finish(parser, unary));
}

static AstExpr *parse_bool_chain(Parser *parser, TokenKind keyword) {
    AstExpr *first = keyword == TOKEN_OR ? parse_bool_chain(parser, TOKEN_AND) : parse_inversion(parser);
    if (!parser_check(parser, keyword)) return first;
    ExprVec values = {0};
    parser_push(parser, &values, first);
    while (parser_accept(parser, keyword))
        parser_push(parser, &values, keyword == TOKEN_OR ? parse_bool_chain(parser, TOKEN_AND) : parse_inversion(parser));
    AstExpr *boolop = parser_new_expr(parser, EXPR_BOOLOP, first->loc);
    boolop->as.boolop.op = keyword == TOKEN_OR ? BOOLOP_OR : BOOLOP_AND;
    boolop->as.boolop.values = parser_expr_list(parser, &values);
    return boolop;
}

AstExpr *parse_disjunction(Parser *parser) { return parse_bool_chain(parser, TOKEN_OR); }

static AstExpr *parse_lambda(Parser *parser) {
    Token *start = parser_advance(parser);
    AstExpr *lambda = parser_new_expr(parser, EXPR_LAMBDA, start->loc);
    lambda->as.lambda.args = parse_parameters(parser, TOKEN_COLON, 0);
    parser_expect(parser, TOKEN_COLON);
    lambda->as.lambda.body = parse_expression(parser);
    return finish(parser, lambda);
}

AstExpr *parse_expression(Parser *parser) {
    enter_nested(parser);
    if (parser_check(parser, TOKEN_LAMBDA)) return leave_nested(parser, parse_lambda(parser));
    AstExpr *body = parse_disjunction(parser);
    if (!parser_accept(parser, TOKEN_IF)) return leave_nested(parser, body);
    AstExpr *ifexp = parser_new_expr(parser, EXPR_IFEXP, body->loc);
    ifexp->as.ifexp.body = body;
    ifexp->as.ifexp.test = parse_disjunction(parser);
    if (!parser_accept(parser, TOKEN_ELSE))
        parser_fail(parser, ifexp->loc, "expected 'else' after 'if' expression");
    ifexp->as.ifexp.orelse = parse_expression(parser);
    return leave_nested(parser, finish(parser, ifexp));
}

AstExpr *parse_named_expression(Parser *parser) {
    Token *start = parser_peek(parser);
    if (start->kind == TOKEN_NAME && parser_peek_at(parser, 1)->kind == TOKEN_COLONEQUAL) {
        parser_advance(parser);
        parser_advance(parser);
        AstExpr *named = parser_new_expr(parser, EXPR_NAMEDEXPR, start->loc);
        named->as.namedexpr.target = new_name(parser, start, CTX_STORE);
        named->as.namedexpr.value = parse_expression(parser);
        return finish(parser, named);
    }
    AstExpr *expr = parse_expression(parser);
    if (parser_check(parser, TOKEN_COLONEQUAL))
        parser_fail(parser, expr->loc, "cannot use assignment expressions with %s",
                    parser_describe_expression(expr));
    return expr;
}

AstExpr *parse_star_named_expression(Parser *parser) {
    Token *start = parser_peek(parser);
    if (!parser_accept(parser, TOKEN_STAR)) return parse_named_expression(parser);
    AstExpr *starred = parser_new_expr(parser, EXPR_STARRED, start->loc);
    starred->as.starred.value = parse_bitwise_or(parser);
    starred->as.starred.ctx = CTX_LOAD;
    return finish(parser, starred);
}

static AstExpr *parse_star_expression(Parser *parser) {
    Token *start = parser_peek(parser);
    if (!parser_accept(parser, TOKEN_STAR)) return parse_expression(parser);
    AstExpr *starred = parser_new_expr(parser, EXPR_STARRED, start->loc);
    starred->as.starred.value = parse_bitwise_or(parser);
    starred->as.starred.ctx = CTX_LOAD;
    return finish(parser, starred);
}

/* Tokens after which a trailing comma ends an expression list. */
static int ends_expression_list(Parser *parser) {
    return !parser_starts_expression(parser) && !parser_check(parser, TOKEN_YIELD);
}

AstExpr *parse_star_expressions(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *first = parse_star_expression(parser);
    if (!parser_check(parser, TOKEN_COMMA)) return first;
    ExprVec items = {0};
    parser_push(parser, &items, first);
    while (parser_accept(parser, TOKEN_COMMA) && !ends_expression_list(parser))
        parser_push(parser, &items, parse_star_expression(parser));
    return new_tuple(parser, &items, start->loc);
}

static AstExpr *parse_star_target(Parser *parser) {
    Token *start = parser_peek(parser);
    if (!parser_accept(parser, TOKEN_STAR)) return parse_bitwise_or(parser);
    AstExpr *starred = parser_new_expr(parser, EXPR_STARRED, start->loc);
    starred->as.starred.value = parse_bitwise_or(parser);
    starred->as.starred.ctx = CTX_LOAD;
    return finish(parser, starred);
}

AstExpr *parse_star_targets(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *first = parse_star_target(parser);
    if (!parser_check(parser, TOKEN_COMMA)) return first;
    ExprVec items = {0};
    parser_push(parser, &items, first);
    while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_IN) &&
           !parser_check(parser, TOKEN_EQUAL) && parser_starts_expression(parser))
        parser_push(parser, &items, parse_star_target(parser));
    return new_tuple(parser, &items, start->loc);
}

AstExpr *parse_yield_expression(Parser *parser) {
    Token *start = parser_expect(parser, TOKEN_YIELD);
    if (parser_accept(parser, TOKEN_FROM)) {
        AstExpr *yield_from = parser_new_expr(parser, EXPR_YIELDFROM, start->loc);
        yield_from->as.yieldfrom.value = parse_expression(parser);
        return finish(parser, yield_from);
    }
    AstExpr *yield = parser_new_expr(parser, EXPR_YIELD, start->loc);
    if (parser_starts_expression(parser)) yield->as.yield.value = parse_star_expressions(parser);
    return finish(parser, yield);
}

/* ---- parameters -------------------------------------------------------- */

typedef Vec(AstArg *) ArgVec;

static AstArgList arg_list(Parser *parser, ArgVec *items) {
    AstArgList list = {NULL, items->count};
    if (items->count) {
        list.items = ARENA_ARRAY(parser->arena, AstArg *, items->count);
        memcpy(list.items, items->items, sizeof(AstArg *) * (size_t)items->count);
    }
    return list;
}

static AstArg *parse_parameter(Parser *parser, int allow_annotations, int allow_star_annotation) {
    Token *name = parser_expect(parser, TOKEN_NAME);
    AstArg *arg = ARENA_NEW(parser->arena, AstArg);
    arg->name = parser_token_string(parser, name);
    arg->loc = name->loc;
    if (allow_annotations && parser_accept(parser, TOKEN_COLON))
        arg->annotation = allow_star_annotation ? parse_star_expression(parser) : parse_expression(parser);
    return arg;
}

AstArguments *parse_parameters(Parser *parser, TokenKind closing, int allow_annotations) {
    AstArguments *arguments = ARENA_NEW(parser->arena, AstArguments);
    ArgVec positional = {0}, keyword_only = {0};
    ExprVec defaults = {0}, keyword_defaults = {0};
    int seen_slash = 0, seen_star = 0;
    while (!parser_check(parser, closing)) {
        Token *token = parser_peek(parser);
        if (arguments->kwarg) parser_fail(parser, token->loc, "arguments cannot follow var-keyword argument");
        if (parser_accept(parser, TOKEN_SLASH)) {
            if (seen_slash) parser_fail(parser, token->loc, "/ may appear only once");
            if (seen_star) parser_fail(parser, token->loc, "/ must be ahead of *");
            if (!positional.count) parser_fail(parser, token->loc, "at least one argument must precede /");
            seen_slash = 1;
            arguments->posonlyargs = arg_list(parser, &positional);
            positional.items = NULL;
            positional.count = positional.capacity = 0;
        } else if (parser_accept(parser, TOKEN_STAR)) {
            if (seen_star) parser_fail(parser, token->loc, "* argument may appear only once");
            seen_star = 1;
            if (parser_check(parser, TOKEN_COMMA)) {
                if (parser_peek_at(parser, 1)->kind == closing)
                    parser_fail(parser, token->loc, "named arguments must follow bare *");
            } else if (parser_check(parser, closing)) {
                parser_fail(parser, token->loc, "named arguments must follow bare *");
            } else {
                arguments->vararg = parse_parameter(parser, allow_annotations, 1);
            }
        } else if (parser_accept(parser, TOKEN_DOUBLESTAR)) {
            arguments->kwarg = parse_parameter(parser, allow_annotations, 0);
        } else {
            AstArg *arg = parse_parameter(parser, allow_annotations, 0);
            AstExpr *default_value = NULL;
            if (parser_accept(parser, TOKEN_EQUAL)) default_value = parse_expression(parser);
            if (seen_star) {
                parser_push(parser, &keyword_only, arg);
                parser_push(parser, &keyword_defaults, default_value);
            } else {
                if (default_value) parser_push(parser, &defaults, default_value);
                else if (defaults.count)
                    parser_fail(parser, arg->loc, "parameter without a default follows parameter with a default");
                parser_push(parser, &positional, arg);
            }
        }
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    arguments->args = arg_list(parser, &positional);
    arguments->kwonlyargs = arg_list(parser, &keyword_only);
    arguments->defaults = parser_expr_list(parser, &defaults);
    arguments->kw_defaults = parser_expr_list(parser, &keyword_defaults);
    return arguments;
}

/* ---- targets ----------------------------------------------------------- */

const char *parser_describe_expression(const AstExpr *expr) {
    switch (expr->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENERATOREXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELDFROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (expr->as.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    case EXPR_SLICE: return "slice";
    }
    return "expression";
}

/* is_assignment: 1 for the target of a single "target = value", 2 for other
 * assignment targets, 0 otherwise. */
void parser_set_context(Parser *parser, AstExpr *target, AstContext ctx, int is_assignment) {
    switch (target->kind) {
    case EXPR_NAME: target->as.name.ctx = ctx; return;
    case EXPR_ATTRIBUTE: target->as.attribute.ctx = ctx; return;
    case EXPR_SUBSCRIPT: target->as.subscript.ctx = ctx; return;
    case EXPR_STARRED:
        if (ctx == CTX_DEL) parser_fail(parser, target->loc, "cannot delete starred");
        target->as.starred.ctx = ctx;
        parser_set_context(parser, target->as.starred.value, ctx, is_assignment);
        return;
    case EXPR_LIST:
    case EXPR_TUPLE:
        target->as.list.ctx = ctx;
        for (int i = 0; i < target->as.list.elts.count; i++)
            parser_set_context(parser, target->as.list.elts.items[i], ctx, is_assignment);
        return;
    default: break;
    }
    const char *description = parser_describe_expression(target);
    if (ctx == CTX_DEL) parser_fail(parser, target->loc, "cannot delete %s", description);
    int is_named_constant = target->kind == EXPR_CONSTANT && target->as.constant.kind <= CONST_FALSE;
    /* CPython suggests '==' only when the bad target directly precedes the
     * statement's single '=' (its "a = b" expression rule matched). */
    if (is_assignment == 1 && !is_named_constant && target->end.line == parser->assignment_end.line &&
        target->end.col == parser->assignment_end.col)
        parser_fail(parser, target->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    description);
    parser_fail(parser, target->loc, "cannot assign to %s", description);
}
