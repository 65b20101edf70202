/* State and helpers shared by the parser's files (statements in parser.c,
 * expressions in parse_expr.c, patterns in parse_pattern.c, literals in
 * parse_literal.c). Not part of the frontend's interface: only parser.h is. */
#ifndef MOLT_FRONTEND_PARSER_INTERNAL_H
#define MOLT_FRONTEND_PARSER_INTERNAL_H
#include <setjmp.h>

#include "../common/vec.h"
#include "lexer.h"
#include "parser.h"

/* How a parser error ranks against a tokenizer error elsewhere in the file
 * (CPython tokenizes the rest of the source after most parser errors). */
typedef enum {
    PARSE_ERROR_SPECIFIC,      /* a dedicated message */
    PARSE_ERROR_GENERIC,       /* plain "invalid syntax" */
    PARSE_ERROR_FINAL,         /* "unexpected indent", or the tokenizer's own error */
} ParseErrorKind;

typedef struct Parser {
    Arena *arena;
    const SourceFile *file;
    LexResult lex;
    Token *tokens;
    int count;
    int pos;
    /* A syntax error unwinds the recursive descent to the nearest recovery
     * point (the top level, or a speculative parse) with longjmp. */
    jmp_buf *bail;
    int failed;
    const char *error_message;
    SourceLoc error_loc;
    ParseErrorKind error_kind; /* decides whether a tokenizer error overrides it */
    SourceLoc assignment_end;  /* end of the token before a statement's single '=' */
    int depth;                 /* recursion depth of unary/lambda/conditional chains */
} Parser;

/* ---- token access (parser.c) ---- */
Token *parser_peek(Parser *parser);
Token *parser_peek_at(Parser *parser, int offset);
Token *parser_previous(Parser *parser);
int parser_check(Parser *parser, TokenKind kind);
int parser_check_name(Parser *parser, const char *name);
int parser_accept(Parser *parser, TokenKind kind);
Token *parser_advance(Parser *parser);
Token *parser_expect(Parser *parser, TokenKind kind);
const char *parser_token_string(Parser *parser, const Token *token);

/* ---- errors (parser.c) ---- */
_Noreturn void parser_fail(Parser *parser, SourceLoc loc, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* "invalid syntax" at the current token (or the tokenizer's error there). */
_Noreturn void parser_fail_syntax(Parser *parser);

/* ---- growable arrays ----
 * Their storage comes from the arena: a syntax error unwinds with longjmp,
 * so nothing the parser holds may need freeing. */
void *parser_grow_array(Parser *parser, void *items, int count, int *capacity, size_t item_size);
#define parser_push(parser, vec, value)                                                         \
    do {                                                                                        \
        if ((vec)->count == (vec)->capacity)                                                    \
            (vec)->items = parser_grow_array((parser), (vec)->items, (vec)->count,              \
                                             &(vec)->capacity, sizeof(*(vec)->items));          \
        (vec)->items[(vec)->count++] = (value);                                                 \
    } while (0)

typedef Vec(AstExpr *) ExprVec;
AstExprList parser_expr_list(Parser *parser, ExprVec *items);

/* Decoded text under construction (string literals, dotted names). */
typedef Vec(char) TextBuffer;
void parser_text_append(Parser *parser, TextBuffer *buffer, const char *text, size_t length);

/* ---- expressions (parse_expr.c) ---- */
AstExpr *parser_new_expr(Parser *parser, AstExprKind kind, SourceLoc loc);
AstExpr *parse_expression(Parser *parser);                 /* expression */
AstExpr *parse_named_expression(Parser *parser);
AstExpr *parse_star_expressions(Parser *parser);            /* tuple when commas */
AstExpr *parse_star_named_expression(Parser *parser);
AstExpr *parse_disjunction(Parser *parser);
AstExpr *parse_bitwise_or(Parser *parser);
AstExpr *parse_yield_expression(Parser *parser);
AstExpr *parse_star_targets(Parser *parser);                /* for-loop and comprehension targets */
AstExpr *parse_primary(Parser *parser);
AstArguments *parse_parameters(Parser *parser, TokenKind closing, int allow_annotations);
/* After '(' through ')'; a bare generator argument is not allowed in class bases. */
void parse_call_arguments(Parser *parser, AstExpr *call, int allow_generator);
int parser_starts_expression(Parser *parser);
void parser_check_missing_comma(Parser *parser, const AstExpr *element);
/* Sets CTX_STORE / CTX_DEL through a target, reporting CPython's errors. */
void parser_set_context(Parser *parser, AstExpr *target, AstContext ctx, int is_assignment);
const char *parser_describe_expression(const AstExpr *expr);

/* ---- literals (parse_literal.c) ---- */
AstExpr *parse_number(Parser *parser, Token *token);
AstExpr *parse_strings(Parser *parser);                     /* adjacent literals, incl. f-strings */

/* ---- patterns (parse_pattern.c) ---- */
AstPattern *parse_match_patterns(Parser *parser);            /* case <patterns> */

/* ---- statements (parser.c) ---- */
AstStmtList parse_block(Parser *parser, const char *construct, int construct_line);

#endif
