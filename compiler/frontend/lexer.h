/* The tokenizer: turns a UTF-8 source file into the token array the parser
 * reads, with CPython 3.12's INDENT/DEDENT rules, implicit line joining and the
 * PEP 701 f-string token split (FSTRING_START / MIDDLE / END). */
#ifndef MOLT_FRONTEND_LEXER_H
#define MOLT_FRONTEND_LEXER_H
#include "../common/arena.h"
#include "../common/diag.h"

typedef enum {
    TOKEN_ENDMARKER, TOKEN_NAME, TOKEN_NUMBER, TOKEN_STRING, TOKEN_NEWLINE, TOKEN_INDENT,
    TOKEN_DEDENT, TOKEN_FSTRING_START, TOKEN_FSTRING_MIDDLE, TOKEN_FSTRING_END,
    /* The tokenizer stopped here; the error message is in LexResult. */
    TOKEN_ERROR,
    /* operators */
    TOKEN_LPAR, TOKEN_RPAR, TOKEN_LSQB, TOKEN_RSQB, TOKEN_LBRACE, TOKEN_RBRACE, TOKEN_COLON,
    TOKEN_COMMA, TOKEN_SEMI, TOKEN_PLUS, TOKEN_MINUS, TOKEN_STAR, TOKEN_SLASH, TOKEN_VBAR,
    TOKEN_AMPER, TOKEN_LESS, TOKEN_GREATER, TOKEN_EQUAL, TOKEN_DOT, TOKEN_PERCENT,
    TOKEN_EQEQUAL, TOKEN_NOTEQUAL, TOKEN_LESSEQUAL, TOKEN_GREATEREQUAL, TOKEN_TILDE,
    TOKEN_CIRCUMFLEX, TOKEN_LEFTSHIFT, TOKEN_RIGHTSHIFT, TOKEN_DOUBLESTAR, TOKEN_PLUSEQUAL,
    TOKEN_MINEQUAL, TOKEN_STAREQUAL, TOKEN_SLASHEQUAL, TOKEN_PERCENTEQUAL, TOKEN_AMPEREQUAL,
    TOKEN_VBAREQUAL, TOKEN_CIRCUMFLEXEQUAL, TOKEN_LEFTSHIFTEQUAL, TOKEN_RIGHTSHIFTEQUAL,
    TOKEN_DOUBLESTAREQUAL, TOKEN_DOUBLESLASH, TOKEN_DOUBLESLASHEQUAL, TOKEN_AT, TOKEN_ATEQUAL,
    TOKEN_RARROW, TOKEN_ELLIPSIS, TOKEN_COLONEQUAL, TOKEN_EXCLAMATION,
    /* hard keywords (soft keywords match/case/type/_ stay TOKEN_NAME) */
    TOKEN_FALSE, TOKEN_NONE, TOKEN_TRUE, TOKEN_AND, TOKEN_AS, TOKEN_ASSERT, TOKEN_ASYNC,
    TOKEN_AWAIT, TOKEN_BREAK, TOKEN_CLASS, TOKEN_CONTINUE, TOKEN_DEF, TOKEN_DEL, TOKEN_ELIF,
    TOKEN_ELSE, TOKEN_EXCEPT, TOKEN_FINALLY, TOKEN_FOR, TOKEN_FROM, TOKEN_GLOBAL, TOKEN_IF,
    TOKEN_IMPORT, TOKEN_IN, TOKEN_IS, TOKEN_LAMBDA, TOKEN_NONLOCAL, TOKEN_NOT, TOKEN_OR,
    TOKEN_PASS, TOKEN_RAISE, TOKEN_RETURN, TOKEN_TRY, TOKEN_WHILE, TOKEN_WITH, TOKEN_YIELD
} TokenKind;

typedef struct Token {
    TokenKind kind;
    const char *text;      /* points into the source (or "" for synthetic tokens) */
    int length;            /* bytes */
    SourceLoc loc;         /* start */
    SourceLoc end;         /* just past the end */
} Token;

typedef struct LexResult {
    Token *tokens;         /* arena array ending in TOKEN_ENDMARKER or TOKEN_ERROR */
    int count;
    /* Set when the last token is TOKEN_ERROR. */
    const char *error_message;
    SourceLoc error_loc;
    /* An error CPython raises as IndentationError/TabError or from the tokenizer
     * proper always wins; "'(' was never closed" only explains an error at EOF. */
    int error_is_unclosed_bracket;
} LexResult;

void lex_source(Arena *arena, const SourceFile *file, LexResult *result);

#endif
