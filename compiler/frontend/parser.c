/* The parser's entry point and its statements: token access, syntax-error
 * reporting with CPython's messages and positions, and one function per
 * statement of Python 3.12 (expressions live in parse_expr.c). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

typedef Vec(AstStmt *) StmtVec;

/* ---- token access ------------------------------------------------------ */

Token *parser_peek(Parser *parser) { return &parser->tokens[parser->pos]; }

Token *parser_peek_at(Parser *parser, int offset) {
    int index = parser->pos + offset;
    if (index >= parser->count) index = parser->count - 1;
    return &parser->tokens[index];
}

Token *parser_previous(Parser *parser) { return &parser->tokens[parser->pos > 0 ? parser->pos - 1 : 0]; }

int parser_check(Parser *parser, TokenKind kind) { return parser_peek(parser)->kind == kind; }

int parser_check_name(Parser *parser, const char *name) {
    Token *token = parser_peek(parser);
    return token->kind == TOKEN_NAME && (size_t)token->length == strlen(name) &&
           memcmp(token->text, name, (size_t)token->length) == 0;
}

Token *parser_advance(Parser *parser) {
    Token *token = parser_peek(parser);
    /* The last token (ENDMARKER or ERROR) is never consumed. */
    if (parser->pos < parser->count - 1) parser->pos++;
    return token;
}

int parser_accept(Parser *parser, TokenKind kind) {
    if (!parser_check(parser, kind)) return 0;
    parser_advance(parser);
    return 1;
}

Token *parser_expect(Parser *parser, TokenKind kind) {
    if (!parser_check(parser, kind)) parser_fail_syntax(parser);
    return parser_advance(parser);
}

/* Identifiers are NFKC-normalized by CPython; Molt handles the common case,
 * fullwidth ASCII (U+FF01..U+FF5E, bytes EF BC 81..EF BD 9E), and keeps
 * other non-ASCII names as written. */
const char *parser_token_string(Parser *parser, const Token *token) {
    char *text = arena_strndup(parser->arena, token->text, (size_t)token->length);
    if (token->kind != TOKEN_NAME) return text;
    char *out = text;
    for (const char *p = text; *p;) {
        unsigned char lead = (unsigned char)p[0], middle = (unsigned char)p[1];
        if (lead == 0xEF && (middle == 0xBC || middle == 0xBD) && p[2]) {
            unsigned code = 0xFF00u + ((middle & 0x3u) << 6) + ((unsigned char)p[2] & 0x3Fu);
            if (code >= 0xFF01 && code <= 0xFF5E) {
                *out++ = (char)(code - 0xFEE0);
                p += 3;
                continue;
            }
        }
        *out++ = *p++;
    }
    *out = '\0';
    return text;
}

void *parser_grow_array(Parser *parser, void *items, int count, int *capacity, size_t item_size) {
    int new_capacity = *capacity ? *capacity * 2 : 4;
    void *grown = arena_alloc(parser->arena, item_size * (size_t)new_capacity);
    if (count) memcpy(grown, items, item_size * (size_t)count);
    *capacity = new_capacity;
    return grown;
}

void parser_text_append(Parser *parser, TextBuffer *buffer, const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) parser_push(parser, buffer, text[i]);
}

AstExprList parser_expr_list(Parser *parser, ExprVec *items) {
    (void)parser;
    AstExprList list = {items->count ? items->items : NULL, items->count};
    return list;
}

static AstStmtList stmt_list(Parser *parser, StmtVec *items) {
    AstStmtList list = {NULL, items->count};
    if (items->count) {
        list.items = ARENA_ARRAY(parser->arena, AstStmt *, items->count);
        memcpy(list.items, items->items, sizeof(AstStmt *) * (size_t)items->count);
    }
    return list;
}

/* ---- errors ------------------------------------------------------------ */

static _Noreturn void fail_with(Parser *parser, SourceLoc loc, const char *message, ParseErrorKind kind) {
    parser->failed = 1;
    parser->error_message = message;
    parser->error_loc = loc;
    parser->error_kind = kind;
    longjmp(*parser->bail, 1);
}

void parser_fail(Parser *parser, SourceLoc loc, const char *format, ...) {
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    fail_with(parser, loc, arena_strdup(parser->arena, message), PARSE_ERROR_SPECIFIC);
}

void parser_fail_syntax(Parser *parser) {
    Token *token = parser_peek(parser);
    if (token->kind == TOKEN_ERROR)
        fail_with(parser, parser->lex.error_loc, parser->lex.error_message, PARSE_ERROR_FINAL);
    if (token->kind == TOKEN_INDENT) fail_with(parser, token->loc, "unexpected indent", PARSE_ERROR_FINAL);
    fail_with(parser, token->loc, "invalid syntax", PARSE_ERROR_GENERIC);
}

/* Where CPython reports an error found at the end of the file: the end of
 * the file's last line (a final newline does not start another line). */
static SourceLoc end_of_file_anchor(Parser *parser) {
    int index = parser->pos;
    while (index < parser->count && parser->tokens[index].kind == TOKEN_DEDENT) index++;
    if (index >= parser->count || parser->tokens[index].kind != TOKEN_ENDMARKER) return parser_peek(parser)->loc;
    const char *text = parser->file->text;
    size_t end = parser->file->length;
    if (end > 0 && text[end - 1] == '\n') end--;
    if (end > 0 && text[end - 1] == '\r') end--;
    SourceLoc loc = {1, 0};
    const char *line_start = text;
    for (size_t i = 0; i < end; i++) {
        if (text[i] == '\n') {
            loc.line++;
            line_start = text + i + 1;
        }
    }
    for (const char *p = line_start; p < text + end; p++)
        if (((unsigned char)*p & 0xC0) != 0x80 && *p != '\r') loc.col++;
    return loc;
}

/* "expected ':'" is CPython's message only when the line ends instead. */
static void expect_colon(Parser *parser) {
    if (parser_accept(parser, TOKEN_COLON)) return;
    if (parser_check(parser, TOKEN_NEWLINE)) parser_fail(parser, parser_peek(parser)->loc, "expected ':'");
    parser_fail_syntax(parser);
}

/* ---- blocks ------------------------------------------------------------ */

static void parse_statement(Parser *parser, StmtVec *out);
static void parse_simple_statements(Parser *parser, StmtVec *out);

AstStmtList parse_block(Parser *parser, const char *construct, int construct_line) {
    StmtVec body = {0};
    if (parser_accept(parser, TOKEN_NEWLINE)) {
        if (!parser_check(parser, TOKEN_INDENT)) {
            if (parser_check(parser, TOKEN_ERROR)) parser_fail_syntax(parser);
            parser_fail(parser, end_of_file_anchor(parser), "expected an indented block after %s on line %d",
                        construct, construct_line);
        }
        parser_advance(parser);
        while (!parser_accept(parser, TOKEN_DEDENT)) {
            if (parser_check(parser, TOKEN_ENDMARKER)) break;
            parse_statement(parser, &body);
        }
    } else {
        parse_simple_statements(parser, &body);
    }
    return stmt_list(parser, &body);
}

static AstStmt *new_stmt(Parser *parser, AstStmtKind kind, SourceLoc loc) {
    AstStmt *stmt = ARENA_NEW(parser->arena, AstStmt);
    stmt->kind = kind;
    stmt->loc = loc;
    return stmt;
}

/* ---- simple statements -------------------------------------------------- */

static AstExpr *parse_assignment_value(Parser *parser) {
    if (parser_check(parser, TOKEN_YIELD)) return parse_yield_expression(parser);
    return parse_star_expressions(parser);
}

static int augmented_operator(TokenKind kind, AstBinOp *op) {
    switch (kind) {
    case TOKEN_PLUSEQUAL: *op = BINOP_ADD; return 1;
    case TOKEN_MINEQUAL: *op = BINOP_SUB; return 1;
    case TOKEN_STAREQUAL: *op = BINOP_MULT; return 1;
    case TOKEN_ATEQUAL: *op = BINOP_MATMULT; return 1;
    case TOKEN_SLASHEQUAL: *op = BINOP_DIV; return 1;
    case TOKEN_PERCENTEQUAL: *op = BINOP_MOD; return 1;
    case TOKEN_AMPEREQUAL: *op = BINOP_BITAND; return 1;
    case TOKEN_VBAREQUAL: *op = BINOP_BITOR; return 1;
    case TOKEN_CIRCUMFLEXEQUAL: *op = BINOP_BITXOR; return 1;
    case TOKEN_LEFTSHIFTEQUAL: *op = BINOP_LSHIFT; return 1;
    case TOKEN_RIGHTSHIFTEQUAL: *op = BINOP_RSHIFT; return 1;
    case TOKEN_DOUBLESTAREQUAL: *op = BINOP_POW; return 1;
    case TOKEN_DOUBLESLASHEQUAL: *op = BINOP_FLOORDIV; return 1;
    default: return 0;
    }
}

/* Python 2's "print x" gets CPython's dedicated message. */
static void check_legacy_print(Parser *parser) {
    if (!parser_check_name(parser, "print") && !parser_check_name(parser, "exec")) return;
    switch (parser_peek_at(parser, 1)->kind) {
    case TOKEN_NAME: case TOKEN_NUMBER: case TOKEN_STRING: case TOKEN_FSTRING_START: case TOKEN_LBRACE:
    case TOKEN_TRUE: case TOKEN_FALSE: case TOKEN_NONE: case TOKEN_LAMBDA: case TOKEN_TILDE:
        break;
    default:
        return;
    }
    Token *name = parser_peek(parser);
    parser_fail(parser, name->loc, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                name->length, name->text, name->length, name->text);
}

static AstStmt *parse_expression_statement(Parser *parser) {
    check_legacy_print(parser);
    Token *start = parser_peek(parser);
    AstExpr *first = parse_assignment_value(parser);
    AstBinOp op;
    if (parser_accept(parser, TOKEN_COLON)) {
        if (first->kind == EXPR_TUPLE)
            parser_fail(parser, first->loc, "only single target (not tuple) can be annotated");
        if (first->kind == EXPR_LIST)
            parser_fail(parser, first->loc, "only single target (not list) can be annotated");
        if (first->kind != EXPR_NAME && first->kind != EXPR_ATTRIBUTE && first->kind != EXPR_SUBSCRIPT)
            parser_fail(parser, first->loc, "illegal target for annotation");
        parser_set_context(parser, first, CTX_STORE, 0);
        AstStmt *stmt = new_stmt(parser, STMT_ANNASSIGN, start->loc);
        stmt->as.annassign.target = first;
        stmt->as.annassign.annotation = parse_expression(parser);
        if (parser_accept(parser, TOKEN_EQUAL)) stmt->as.annassign.value = parse_assignment_value(parser);
        stmt->as.annassign.simple = first->kind == EXPR_NAME && start->kind != TOKEN_LPAR;
        return stmt;
    }
    if (augmented_operator(parser_peek(parser)->kind, &op)) {
        if (first->kind != EXPR_NAME && first->kind != EXPR_ATTRIBUTE && first->kind != EXPR_SUBSCRIPT)
            parser_fail(parser, first->loc, "'%s' is an illegal expression for augmented assignment",
                        parser_describe_expression(first));
        parser_advance(parser);
        parser_set_context(parser, first, CTX_STORE, 0);
        AstStmt *stmt = new_stmt(parser, STMT_AUGASSIGN, start->loc);
        stmt->as.augassign.target = first;
        stmt->as.augassign.op = op;
        stmt->as.augassign.value = parse_assignment_value(parser);
        return stmt;
    }
    if (parser_check(parser, TOKEN_EQUAL)) {
        ExprVec targets = {0};
        Vec(int) is_bare_yield = {0};
        parser_push(parser, &targets, first);
        parser_push(parser, &is_bare_yield, start->kind == TOKEN_YIELD);
        parser->assignment_end = parser_previous(parser)->end;
        AstExpr *value = NULL;
        while (parser_accept(parser, TOKEN_EQUAL)) {
            int value_is_bare_yield = parser_check(parser, TOKEN_YIELD);
            value = parse_assignment_value(parser);
            if (parser_check(parser, TOKEN_EQUAL)) {
                parser_push(parser, &targets, value);
                parser_push(parser, &is_bare_yield, value_is_bare_yield);
            }
        }
        for (int i = 0; i < targets.count; i++) {
            if (is_bare_yield.items[i])
                parser_fail(parser, targets.items[i]->loc, "assignment to yield expression not possible");
            parser_set_context(parser, targets.items[i], CTX_STORE, targets.count == 1 ? 1 : 2);
        }
        AstStmt *stmt = new_stmt(parser, STMT_ASSIGN, start->loc);
        stmt->as.assign.targets = parser_expr_list(parser, &targets);
        stmt->as.assign.value = value;
        return stmt;
    }
    AstStmt *stmt = new_stmt(parser, STMT_EXPR, start->loc);
    stmt->as.expr.value = first;
    return stmt;
}

static const char *parse_dotted_name(Parser *parser) {
    Token *first = parser_expect(parser, TOKEN_NAME);
    if (!parser_check(parser, TOKEN_DOT)) return parser_token_string(parser, first);
    TextBuffer name = {0};
    parser_text_append(parser, &name, first->text, (size_t)first->length);
    while (parser_accept(parser, TOKEN_DOT)) {
        Token *part = parser_expect(parser, TOKEN_NAME);
        parser_text_append(parser, &name, ".", 1);
        parser_text_append(parser, &name, part->text, (size_t)part->length);
    }
    return arena_strndup(parser->arena, name.items, (size_t)name.count);
}

typedef Vec(AstAlias *) AliasVec;

static AstAliasList alias_list(Parser *parser, AliasVec *items) {
    AstAliasList list = {NULL, items->count};
    if (items->count) {
        list.items = ARENA_ARRAY(parser->arena, AstAlias *, items->count);
        memcpy(list.items, items->items, sizeof(AstAlias *) * (size_t)items->count);
    }
    return list;
}

static AstAlias *parse_alias(Parser *parser, int dotted) {
    AstAlias *alias = ARENA_NEW(parser->arena, AstAlias);
    alias->loc = parser_peek(parser)->loc;
    alias->name = dotted ? parse_dotted_name(parser) : parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
    if (parser_accept(parser, TOKEN_AS))
        alias->asname = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
    alias->bound = alias->asname ? alias->asname : alias->name;
    const char *dot = alias->name ? strchr(alias->name, '.') : NULL;
    if (!alias->asname && dot) alias->bound = arena_strndup(parser->arena, alias->name, (size_t)(dot - alias->name));
    return alias;
}

static AstStmt *parse_import(Parser *parser) {
    Token *start = parser_advance(parser);
    AliasVec names = {0};
    do parser_push(parser, &names, parse_alias(parser, 1));
    while (parser_accept(parser, TOKEN_COMMA));
    AstStmt *stmt = new_stmt(parser, STMT_IMPORT, start->loc);
    stmt->as.import.names = alias_list(parser, &names);
    return stmt;
}

static AstStmt *parse_from_import(Parser *parser) {
    Token *start = parser_advance(parser);
    AstStmt *stmt = new_stmt(parser, STMT_IMPORTFROM, start->loc);
    for (;;) {
        if (parser_accept(parser, TOKEN_DOT)) stmt->as.importfrom.level += 1;
        else if (parser_accept(parser, TOKEN_ELLIPSIS)) stmt->as.importfrom.level += 3;
        else break;
    }
    if (!parser_check(parser, TOKEN_IMPORT) || stmt->as.importfrom.level == 0)
        stmt->as.importfrom.module = parse_dotted_name(parser);
    parser_expect(parser, TOKEN_IMPORT);
    AliasVec names = {0};
    Token *star = parser_peek(parser);
    if (parser_accept(parser, TOKEN_STAR)) {
        AstAlias *alias = ARENA_NEW(parser->arena, AstAlias);
        alias->name = alias->bound = "*";
        alias->loc = star->loc;
        parser_push(parser, &names, alias);
    } else if (parser_accept(parser, TOKEN_LPAR)) {
        do {
            if (parser_check(parser, TOKEN_RPAR) && names.count) break;
            parser_push(parser, &names, parse_alias(parser, 0));
        } while (parser_accept(parser, TOKEN_COMMA));
        parser_expect(parser, TOKEN_RPAR);
    } else {
        do parser_push(parser, &names, parse_alias(parser, 0));
        while (parser_accept(parser, TOKEN_COMMA));
        if (parser_check(parser, TOKEN_NEWLINE) && parser_previous(parser)->kind == TOKEN_COMMA)
            parser_fail(parser, parser_previous(parser)->loc,
                        "trailing comma not allowed without surrounding parentheses");
    }
    stmt->as.importfrom.names = alias_list(parser, &names);
    return stmt;
}

static AstStmt *parse_global(Parser *parser, AstStmtKind kind) {
    Token *start = parser_advance(parser);
    Vec(const char *) names = {0};
    Vec(SourceLoc) locs = {0};
    do {
        Token *name = parser_expect(parser, TOKEN_NAME);
        parser_push(parser, &names, parser_token_string(parser, name));
        parser_push(parser, &locs, name->loc);
    } while (parser_accept(parser, TOKEN_COMMA));
    AstStmt *stmt = new_stmt(parser, kind, start->loc);
    AstNameList *list = &stmt->as.global.names;
    list->count = names.count;
    list->items = ARENA_ARRAY(parser->arena, const char *, names.count);
    list->locs = ARENA_ARRAY(parser->arena, SourceLoc, names.count);
    memcpy(list->items, names.items, sizeof(const char *) * (size_t)names.count);
    memcpy(list->locs, locs.items, sizeof(SourceLoc) * (size_t)names.count);
    return stmt;
}

static AstStmt *parse_delete(Parser *parser) {
    Token *start = parser_advance(parser);
    ExprVec targets = {0};
    do {
        if (!parser_starts_expression(parser) && targets.count) break;
        AstExpr *target = parse_bitwise_or(parser);
        parser_set_context(parser, target, CTX_DEL, 0);
        parser_push(parser, &targets, target);
    } while (parser_accept(parser, TOKEN_COMMA));
    AstStmt *stmt = new_stmt(parser, STMT_DELETE, start->loc);
    stmt->as.delete_.targets = parser_expr_list(parser, &targets);
    return stmt;
}

static AstTypeParamList parse_type_params(Parser *parser, int in_def) {
    AstTypeParamList list = {NULL, 0};
    if (!parser_check(parser, TOKEN_LSQB)) return list;
    if (parser_peek_at(parser, 1)->kind == TOKEN_RSQB) {
        if (in_def) parser_fail(parser, parser_peek(parser)->loc, "expected '('");
        parser_advance(parser);
        parser_fail_syntax(parser);
    }
    parser_advance(parser);
    Vec(AstTypeParam *) params = {0};
    while (!parser_check(parser, TOKEN_RSQB)) {
        AstTypeParam *param = ARENA_NEW(parser->arena, AstTypeParam);
        param->loc = parser_peek(parser)->loc;
        if (parser_accept(parser, TOKEN_STAR)) param->kind = TYPE_PARAM_TYPEVARTUPLE;
        else if (parser_accept(parser, TOKEN_DOUBLESTAR)) param->kind = TYPE_PARAM_PARAMSPEC;
        else param->kind = TYPE_PARAM_TYPEVAR;
        param->name = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
        if (param->kind == TYPE_PARAM_TYPEVAR && parser_accept(parser, TOKEN_COLON))
            param->bound = parse_expression(parser);
        parser_push(parser, &params, param);
        if (!parser_accept(parser, TOKEN_COMMA)) break;
    }
    parser_expect(parser, TOKEN_RSQB);
    list.count = params.count;
    list.items = ARENA_ARRAY(parser->arena, AstTypeParam *, params.count);
    memcpy(list.items, params.items, sizeof(AstTypeParam *) * (size_t)params.count);
    return list;
}

static int is_type_alias_start(Parser *parser) {
    if (!parser_check_name(parser, "type") || parser_peek_at(parser, 1)->kind != TOKEN_NAME) return 0;
    TokenKind after = parser_peek_at(parser, 2)->kind;
    return after == TOKEN_EQUAL || after == TOKEN_LSQB;
}

static AstStmt *parse_type_alias(Parser *parser) {
    Token *start = parser_advance(parser);
    Token *name = parser_advance(parser);
    AstStmt *stmt = new_stmt(parser, STMT_TYPEALIAS, start->loc);
    AstExpr *target = parser_new_expr(parser, EXPR_NAME, name->loc);
    target->as.name.id = parser_token_string(parser, name);
    target->as.name.ctx = CTX_STORE;
    stmt->as.typealias.name = target;
    stmt->as.typealias.type_params = parse_type_params(parser, 0);
    parser_expect(parser, TOKEN_EQUAL);
    stmt->as.typealias.value = parse_expression(parser);
    return stmt;
}

static AstStmt *parse_simple_statement(Parser *parser) {
    Token *start = parser_peek(parser);
    AstStmt *stmt;
    switch (start->kind) {
    case TOKEN_PASS: parser_advance(parser); return new_stmt(parser, STMT_PASS, start->loc);
    case TOKEN_BREAK: parser_advance(parser); return new_stmt(parser, STMT_BREAK, start->loc);
    case TOKEN_CONTINUE: parser_advance(parser); return new_stmt(parser, STMT_CONTINUE, start->loc);
    case TOKEN_RETURN:
        parser_advance(parser);
        stmt = new_stmt(parser, STMT_RETURN, start->loc);
        if (parser_starts_expression(parser)) stmt->as.return_.value = parse_star_expressions(parser);
        return stmt;
    case TOKEN_RAISE:
        parser_advance(parser);
        stmt = new_stmt(parser, STMT_RAISE, start->loc);
        if (parser_starts_expression(parser)) {
            stmt->as.raise.exc = parse_expression(parser);
            if (parser_accept(parser, TOKEN_FROM)) stmt->as.raise.cause = parse_expression(parser);
        }
        return stmt;
    case TOKEN_GLOBAL: return parse_global(parser, STMT_GLOBAL);
    case TOKEN_NONLOCAL: return parse_global(parser, STMT_NONLOCAL);
    case TOKEN_DEL: return parse_delete(parser);
    case TOKEN_ASSERT:
        parser_advance(parser);
        stmt = new_stmt(parser, STMT_ASSERT, start->loc);
        stmt->as.assert_.test = parse_expression(parser);
        if (parser_accept(parser, TOKEN_COMMA)) stmt->as.assert_.msg = parse_expression(parser);
        return stmt;
    case TOKEN_IMPORT: return parse_import(parser);
    case TOKEN_FROM: return parse_from_import(parser);
    default:
        if (is_type_alias_start(parser)) return parse_type_alias(parser);
        if (!parser_starts_expression(parser) && !parser_check(parser, TOKEN_YIELD)) parser_fail_syntax(parser);
        return parse_expression_statement(parser);
    }
}

static void parse_simple_statements(Parser *parser, StmtVec *out) {
    for (;;) {
        parser_push(parser, out, parse_simple_statement(parser));
        if (!parser_accept(parser, TOKEN_SEMI)) break;
        if (parser_check(parser, TOKEN_NEWLINE)) break;
    }
    parser_expect(parser, TOKEN_NEWLINE);
}

/* ---- compound statements ----------------------------------------------- */

static AstStmt *parse_if(Parser *parser, const char *keyword) {
    Token *start = parser_advance(parser);
    AstStmt *stmt = new_stmt(parser, STMT_IF, start->loc);
    stmt->as.if_.test = parse_named_expression(parser);
    expect_colon(parser);
    char construct[32];
    snprintf(construct, sizeof construct, "'%s' statement", keyword);
    stmt->as.if_.body = parse_block(parser, construct, start->loc.line);
    if (parser_check(parser, TOKEN_ELIF)) {
        AstStmt *elif = parse_if(parser, "elif");
        stmt->as.if_.orelse.items = ARENA_ARRAY(parser->arena, AstStmt *, 1);
        stmt->as.if_.orelse.items[0] = elif;
        stmt->as.if_.orelse.count = 1;
    } else if (parser_check(parser, TOKEN_ELSE)) {
        Token *else_token = parser_advance(parser);
        expect_colon(parser);
        stmt->as.if_.orelse = parse_block(parser, "'else' statement", else_token->loc.line);
    }
    return stmt;
}

static AstStmtList parse_optional_else(Parser *parser) {
    AstStmtList empty = {NULL, 0};
    if (!parser_check(parser, TOKEN_ELSE)) return empty;
    Token *else_token = parser_advance(parser);
    expect_colon(parser);
    return parse_block(parser, "'else' statement", else_token->loc.line);
}

static AstStmt *parse_while(Parser *parser) {
    Token *start = parser_advance(parser);
    AstStmt *stmt = new_stmt(parser, STMT_WHILE, start->loc);
    stmt->as.while_.test = parse_named_expression(parser);
    expect_colon(parser);
    stmt->as.while_.body = parse_block(parser, "'while' statement", start->loc.line);
    stmt->as.while_.orelse = parse_optional_else(parser);
    return stmt;
}

static AstStmt *parse_for(Parser *parser, Token *start, int is_async) {
    parser_expect(parser, TOKEN_FOR);
    AstStmt *stmt = new_stmt(parser, STMT_FOR, start->loc);
    stmt->as.for_.is_async = is_async;
    stmt->as.for_.target = parse_star_targets(parser);
    parser_set_context(parser, stmt->as.for_.target, CTX_STORE, 0);
    parser_expect(parser, TOKEN_IN);
    stmt->as.for_.iter = parse_star_expressions(parser);
    expect_colon(parser);
    stmt->as.for_.body = parse_block(parser, "'for' statement", start->loc.line);
    stmt->as.for_.orelse = parse_optional_else(parser);
    return stmt;
}

static AstWithItem *parse_with_item(Parser *parser) {
    AstWithItem *item = ARENA_NEW(parser->arena, AstWithItem);
    item->context_expr = parse_expression(parser);
    if (parser_accept(parser, TOKEN_AS)) {
        item->optional_vars = parse_bitwise_or(parser);
        parser_set_context(parser, item->optional_vars, CTX_STORE, 0);
    }
    return item;
}

typedef Vec(AstWithItem *) WithItemVec;

/* "with (a as b, c as d):" — tried first; on failure the parenthesis is an
 * ordinary expression such as a tuple or a parenthesized call. */
static int try_parenthesized_with_items(Parser *parser, WithItemVec *items) {
    jmp_buf here;
    jmp_buf *outer = parser->bail;
    volatile int saved_pos = parser->pos;
    volatile int saved_depth = parser->depth;
    parser->bail = &here;
    if (setjmp(here)) {
        parser->bail = outer;
        parser->pos = saved_pos;
        parser->depth = saved_depth;
        parser->failed = 0;
        items->count = 0;
        return 0;
    }
    parser_expect(parser, TOKEN_LPAR);
    do {
        if (parser_check(parser, TOKEN_RPAR) && items->count) break;
        parser_push(parser, items, parse_with_item(parser));
    } while (parser_accept(parser, TOKEN_COMMA));
    parser_expect(parser, TOKEN_RPAR);
    if (!parser_check(parser, TOKEN_COLON)) parser_fail_syntax(parser);
    parser->bail = outer;
    return 1;
}

static AstStmt *parse_with(Parser *parser, Token *start, int is_async) {
    parser_expect(parser, TOKEN_WITH);
    AstStmt *stmt = new_stmt(parser, STMT_WITH, start->loc);
    stmt->as.with.is_async = is_async;
    WithItemVec items = {0};
    if (!parser_check(parser, TOKEN_LPAR) || !try_parenthesized_with_items(parser, &items)) {
        do parser_push(parser, &items, parse_with_item(parser));
        while (parser_accept(parser, TOKEN_COMMA));
    }
    expect_colon(parser);
    stmt->as.with.items.count = items.count;
    stmt->as.with.items.items = ARENA_ARRAY(parser->arena, AstWithItem *, items.count);
    memcpy(stmt->as.with.items.items, items.items, sizeof(AstWithItem *) * (size_t)items.count);
    stmt->as.with.body = parse_block(parser, "'with' statement", start->loc.line);
    return stmt;
}

static AstStmt *parse_try(Parser *parser) {
    Token *start = parser_advance(parser);
    AstStmt *stmt = new_stmt(parser, STMT_TRY, start->loc);
    expect_colon(parser);
    stmt->as.try_.body = parse_block(parser, "'try' statement", start->loc.line);
    Vec(AstExceptHandler *) handlers = {0};
    while (parser_check(parser, TOKEN_EXCEPT)) {
        Token *except = parser_advance(parser);
        int is_star = parser_accept(parser, TOKEN_STAR);
        if (handlers.count && is_star != stmt->as.try_.is_star)
            parser_fail(parser, except->loc, "cannot have both 'except' and 'except*' on the same 'try'");
        stmt->as.try_.is_star = is_star;
        AstExceptHandler *handler = ARENA_NEW(parser->arena, AstExceptHandler);
        handler->loc = except->loc;
        if (!parser_check(parser, TOKEN_COLON)) {
            handler->type = parse_expression(parser);
            if (parser_check(parser, TOKEN_COMMA))
                parser_fail(parser, handler->type->loc, "multiple exception types must be parenthesized");
            if (parser_accept(parser, TOKEN_AS))
                handler->name = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
        } else if (is_star) {
            parser_fail(parser, parser_peek(parser)->loc, "expected one or more exception types");
        }
        expect_colon(parser);
        handler->body = parse_block(parser, is_star ? "'except*' statement" : "'except' statement",
                                    except->loc.line);
        parser_push(parser, &handlers, handler);
    }
    stmt->as.try_.handlers.count = handlers.count;
    if (handlers.count) {
        stmt->as.try_.handlers.items = ARENA_ARRAY(parser->arena, AstExceptHandler *, handlers.count);
        memcpy(stmt->as.try_.handlers.items, handlers.items, sizeof(AstExceptHandler *) * (size_t)handlers.count);
    }
    if (stmt->as.try_.handlers.count) stmt->as.try_.orelse = parse_optional_else(parser);
    if (parser_check(parser, TOKEN_FINALLY)) {
        Token *finally = parser_advance(parser);
        expect_colon(parser);
        stmt->as.try_.finalbody = parse_block(parser, "'finally' statement", finally->loc.line);
    }
    if (!stmt->as.try_.handlers.count && !stmt->as.try_.finalbody.count)
        parser_fail(parser, end_of_file_anchor(parser), "expected 'except' or 'finally' block");
    return stmt;
}

static AstStmt *parse_function(Parser *parser, Token *start, int is_async, AstExprList decorators) {
    parser_expect(parser, TOKEN_DEF);
    AstStmt *stmt = new_stmt(parser, STMT_FUNCTIONDEF, start->loc);
    stmt->as.functiondef.is_async = is_async;
    stmt->as.functiondef.decorators = decorators;
    stmt->as.functiondef.name = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
    stmt->as.functiondef.type_params = parse_type_params(parser, 1);
    parser_expect(parser, TOKEN_LPAR);
    stmt->as.functiondef.args = parse_parameters(parser, TOKEN_RPAR, 1);
    parser_expect(parser, TOKEN_RPAR);
    if (parser_accept(parser, TOKEN_RARROW)) stmt->as.functiondef.returns = parse_expression(parser);
    expect_colon(parser);
    stmt->as.functiondef.body = parse_block(parser, "function definition", start->loc.line);
    return stmt;
}

static AstStmt *parse_class(Parser *parser, Token *start, AstExprList decorators) {
    parser_expect(parser, TOKEN_CLASS);
    AstStmt *stmt = new_stmt(parser, STMT_CLASSDEF, start->loc);
    stmt->as.classdef.decorators = decorators;
    stmt->as.classdef.name = parser_token_string(parser, parser_expect(parser, TOKEN_NAME));
    stmt->as.classdef.type_params = parse_type_params(parser, 0);
    if (parser_accept(parser, TOKEN_LPAR)) {
        AstExpr call;
        memset(&call, 0, sizeof call);
        parse_call_arguments(parser, &call, 0);
        stmt->as.classdef.bases = call.as.call.args;
        stmt->as.classdef.keywords = call.as.call.keywords;
    }
    expect_colon(parser);
    stmt->as.classdef.body = parse_block(parser, "class definition", start->loc.line);
    return stmt;
}

static AstStmt *parse_decorated(Parser *parser) {
    ExprVec decorators = {0};
    while (parser_accept(parser, TOKEN_AT)) {
        parser_push(parser, &decorators, parse_named_expression(parser));
        parser_expect(parser, TOKEN_NEWLINE);
    }
    AstExprList list = parser_expr_list(parser, &decorators);
    Token *start = parser_peek(parser);
    if (start->kind == TOKEN_CLASS) return parse_class(parser, start, list);
    if (start->kind == TOKEN_ASYNC) {
        parser_advance(parser);
        return parse_function(parser, start, 1, list);
    }
    return parse_function(parser, start, 0, list);
}

/* ---- match ------------------------------------------------------------- */

static AstExpr *parse_match_subject(Parser *parser) {
    Token *start = parser_peek(parser);
    AstExpr *first = parse_star_named_expression(parser);
    if (!parser_check(parser, TOKEN_COMMA)) {
        if (first->kind == EXPR_STARRED) parser_fail_syntax(parser);
        return first;
    }
    ExprVec items = {0};
    parser_push(parser, &items, first);
    while (parser_accept(parser, TOKEN_COMMA) && !parser_check(parser, TOKEN_COLON))
        parser_push(parser, &items, parse_star_named_expression(parser));
    AstExpr *tuple = parser_new_expr(parser, EXPR_TUPLE, start->loc);
    tuple->as.list.elts = parser_expr_list(parser, &items);
    tuple->as.list.ctx = CTX_LOAD;
    return tuple;
}

/* "match" is a soft keyword: it starts a match statement only when
 * "match <subject>:" followed by a newline parses. */
static AstExpr *try_match_header(Parser *parser) {
    jmp_buf here;
    jmp_buf *outer = parser->bail;
    volatile int saved_pos = parser->pos;
    volatile int saved_depth = parser->depth;
    parser->bail = &here;
    if (setjmp(here)) {
        parser->bail = outer;
        parser->pos = saved_pos;
        parser->depth = saved_depth;
        parser->failed = 0;
        return NULL;
    }
    parser_advance(parser);
    AstExpr *subject = parse_match_subject(parser);
    parser_expect(parser, TOKEN_COLON);
    if (!parser_check(parser, TOKEN_NEWLINE)) parser_fail_syntax(parser);
    parser->bail = outer;
    return subject;
}

static AstStmt *parse_match(Parser *parser, Token *start, AstExpr *subject) {
    AstStmt *stmt = new_stmt(parser, STMT_MATCH, start->loc);
    stmt->as.match.subject = subject;
    parser_expect(parser, TOKEN_NEWLINE);
    if (!parser_check(parser, TOKEN_INDENT))
        parser_fail(parser, parser_peek(parser)->loc, "expected an indented block after 'match' statement on line %d",
                    start->loc.line);
    parser_advance(parser);
    Vec(AstMatchCase *) cases = {0};
    while (!parser_accept(parser, TOKEN_DEDENT)) {
        if (!parser_check_name(parser, "case")) parser_fail_syntax(parser);
        Token *case_token = parser_advance(parser);
        AstMatchCase *match_case = ARENA_NEW(parser->arena, AstMatchCase);
        match_case->pattern = parse_match_patterns(parser);
        if (parser_accept(parser, TOKEN_IF)) match_case->guard = parse_named_expression(parser);
        expect_colon(parser);
        match_case->body = parse_block(parser, "'case' statement", case_token->loc.line);
        parser_push(parser, &cases, match_case);
    }
    stmt->as.match.cases.count = cases.count;
    stmt->as.match.cases.items = ARENA_ARRAY(parser->arena, AstMatchCase *, cases.count);
    memcpy(stmt->as.match.cases.items, cases.items, sizeof(AstMatchCase *) * (size_t)cases.count);
    return stmt;
}

/* ---- statements -------------------------------------------------------- */

static void parse_statement(Parser *parser, StmtVec *out) {
    Token *start = parser_peek(parser);
    AstExprList no_decorators = {NULL, 0};
    switch (start->kind) {
    case TOKEN_IF: parser_push(parser, out, parse_if(parser, "if")); return;
    case TOKEN_WHILE: parser_push(parser, out, parse_while(parser)); return;
    case TOKEN_FOR: parser_push(parser, out, parse_for(parser, start, 0)); return;
    case TOKEN_WITH: parser_push(parser, out, parse_with(parser, start, 0)); return;
    case TOKEN_TRY: parser_push(parser, out, parse_try(parser)); return;
    case TOKEN_DEF: parser_push(parser, out, parse_function(parser, start, 0, no_decorators)); return;
    case TOKEN_CLASS: parser_push(parser, out, parse_class(parser, start, no_decorators)); return;
    case TOKEN_AT: parser_push(parser, out, parse_decorated(parser)); return;
    case TOKEN_ASYNC: {
        TokenKind next = parser_peek_at(parser, 1)->kind;
        parser_advance(parser);
        if (next == TOKEN_DEF) parser_push(parser, out, parse_function(parser, start, 1, no_decorators));
        else if (next == TOKEN_FOR) parser_push(parser, out, parse_for(parser, start, 1));
        else if (next == TOKEN_WITH) parser_push(parser, out, parse_with(parser, start, 1));
        else parser_fail_syntax(parser);
        return;
    }
    case TOKEN_NAME:
        if (parser_check_name(parser, "match")) {
            AstExpr *subject = try_match_header(parser);
            if (subject) {
                parser_push(parser, out, parse_match(parser, start, subject));
                return;
            }
        }
        break;
    default: break;
    }
    parse_simple_statements(parser, out);
}

/* CPython tokenizes the rest of the file after a parser error, and a
 * tokenizer error found there replaces it. An unclosed bracket replaces
 * errors on later lines, and dedicated messages on its own line (whose
 * rules looked ahead to the end of the file). */
static void report_error(Parser *parser) {
    SourceLoc loc = parser->error_loc;
    const char *message = parser->error_message;
    int lexer_error_wins = 0;
    if (parser->lex.error_message && parser->error_kind != PARSE_ERROR_FINAL) {
        if (!parser->lex.error_is_unclosed_bracket)
            lexer_error_wins = 1;
        else
            lexer_error_wins = loc.line > parser->lex.error_loc.line ||
                               (parser->error_kind == PARSE_ERROR_SPECIFIC && loc.line == parser->lex.error_loc.line);
    }
    if (lexer_error_wins) {
        loc = parser->lex.error_loc;
        message = parser->lex.error_message;
    }
    diag_error(parser->file, loc, NULL, "%s", message);
}

AstModule *parse_module(Arena *arena, const SourceFile *file) {
    Parser parser;
    memset(&parser, 0, sizeof parser);
    parser.arena = arena;
    parser.file = file;
    lex_source(arena, file, &parser.lex);
    parser.tokens = parser.lex.tokens;
    parser.count = parser.lex.count;
    jmp_buf top;
    parser.bail = &top;
    AstModule *module = ARENA_NEW(arena, AstModule);
    module->file = file;
    if (setjmp(top)) {
        report_error(&parser);
        return NULL;
    }
    StmtVec body = {0};
    while (!parser_check(&parser, TOKEN_ENDMARKER)) {
        if (parser_check(&parser, TOKEN_ERROR) || parser_check(&parser, TOKEN_DEDENT)) {
            parser_fail_syntax(&parser);
        }
        parse_statement(&parser, &body);
    }
    module->body = stmt_list(&parser, &body);
    return module;
}
