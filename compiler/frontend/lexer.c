/* The tokenizer (see lexer.h). It runs over the whole file once, before
 * parsing, keeping CPython's indentation stack, bracket stack and a stack of
 * f-string modes so that PEP 701 f-strings nest to any depth. */
#include "lexer.h"

#include <stdio.h>
#include <string.h>

#include "../common/vec.h"

enum { MAX_INDENT_DEPTH = 100, MAX_BRACKET_DEPTH = 200, TAB_SIZE = 8 };

typedef struct Bracket {
    char open;
    SourceLoc loc;
} Bracket;

/* Inside an f-string the tokenizer is either reading literal text, reading a
 * replacement field's expression, or reading a format spec. */
typedef enum { FSTRING_MODE_LITERAL, FSTRING_MODE_EXPR, FSTRING_MODE_SPEC } FStringModeKind;

typedef struct FStringMode {
    FStringModeKind kind;
    char quote;
    int triple;
    int raw;
    int bracket_depth;         /* EXPR: bracket-stack depth just after its '{' */
    SourceLoc start;           /* of the FSTRING_START token */
} FStringMode;

typedef struct Lexer {
    Arena *arena;
    const SourceFile *file;
    const char *cursor;
    const char *end;
    int line;
    const char *line_start;
    int at_line_start;
    int line_has_tokens;
    int indents[MAX_INDENT_DEPTH];
    int alt_indents[MAX_INDENT_DEPTH];
    int indent_depth;
    Vec(Token) tokens;
    Vec(Bracket) brackets;
    Vec(FStringMode) modes;
    LexResult *result;
    int failed;
    /* Columns count code points from the line start; remembering the last
     * one computed keeps long lines linear. */
    const char *column_line_start;
    const char *column_position;
    int column_value;
} Lexer;

static int column_of(Lexer *lexer, const char *position) {
    const char *p = lexer->line_start;
    int col = 0;
    if (lexer->column_line_start == lexer->line_start && lexer->column_position <= position) {
        p = lexer->column_position;
        col = lexer->column_value;
    }
    for (; p < position; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) col++;
    lexer->column_line_start = lexer->line_start;
    lexer->column_position = position;
    lexer->column_value = col;
    return col;
}

static SourceLoc loc_of(Lexer *lexer, const char *position) {
    SourceLoc loc = {lexer->line, column_of(lexer, position)};
    return loc;
}

static void fail_at(Lexer *lexer, SourceLoc loc, const char *message) {
    if (lexer->failed) return;
    lexer->failed = 1;
    lexer->result->error_message = arena_strdup(lexer->arena, message);
    lexer->result->error_loc = loc;
}

static void push_token(Lexer *lexer, TokenKind kind, const char *start, SourceLoc loc) {
    Token token;
    token.kind = kind;
    token.text = start;
    token.length = (int)(lexer->cursor - start);
    token.loc = loc;
    token.end = loc_of(lexer, lexer->cursor);
    vec_push(&lexer->tokens, token);
    if (kind != TOKEN_INDENT && kind != TOKEN_DEDENT && kind != TOKEN_NEWLINE)
        lexer->line_has_tokens = 1;
}

static void push_synthetic(Lexer *lexer, TokenKind kind, SourceLoc loc) {
    Token token;
    token.kind = kind;
    token.text = lexer->cursor;
    token.length = 0;
    token.loc = loc;
    token.end = loc;
    vec_push(&lexer->tokens, token);
}

/* Consumes one newline ("\n", "\r\n" or "\r") and starts the next line. */
static void advance_newline(Lexer *lexer) {
    if (*lexer->cursor == '\r' && lexer->cursor[1] == '\n') lexer->cursor++;
    lexer->cursor++;
    lexer->line++;
    lexer->line_start = lexer->cursor;
}

static int is_newline(char c) { return c == '\n' || c == '\r'; }

static int is_identifier_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static int is_identifier_char(unsigned char c) {
    return is_identifier_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static FStringMode *current_mode(Lexer *lexer) {
    return lexer->modes.count ? &vec_last(&lexer->modes) : NULL;
}

/* The line on which the tokenizer gave up, as CPython counts it in
 * "(detected at line N)": a final newline does not start a new line. */
static int detected_line(const Lexer *lexer) {
    if (lexer->cursor >= lexer->end && lexer->cursor > lexer->file->text &&
        is_newline(lexer->cursor[-1]))
        return lexer->line - 1;
    return lexer->line;
}

/* ---- indentation ------------------------------------------------------ */

/* Measures the indentation of a new logical line and emits INDENT/DEDENT.
 * Blank and comment-only lines do not count, as in CPython. */
static void lex_indentation(Lexer *lexer) {
    int col = 0, alt_col = 0;
    const char *p = lexer->cursor;
    for (;; p++) {
        if (*p == ' ') col++, alt_col++;
        else if (*p == '\t') col = (col / TAB_SIZE + 1) * TAB_SIZE, alt_col++;
        else if (*p == '\f') col = alt_col = 0;
        else break;
    }
    lexer->cursor = p;
    lexer->at_line_start = 0;
    if (*p == '#' || is_newline(*p) || p >= lexer->end) return;
    if (*p == '\\' && is_newline(p[1])) return;
    int top = lexer->indents[lexer->indent_depth];
    int alt_top = lexer->alt_indents[lexer->indent_depth];
    SourceLoc line_loc = {lexer->line, 0};
    if (col == top) {
        if (alt_col != alt_top) fail_at(lexer, line_loc, "inconsistent use of tabs and spaces in indentation");
    } else if (col > top) {
        if (lexer->indent_depth + 1 >= MAX_INDENT_DEPTH) {
            fail_at(lexer, line_loc, "too many levels of indentation");
            return;
        }
        if (alt_col <= alt_top) {
            fail_at(lexer, line_loc, "inconsistent use of tabs and spaces in indentation");
            return;
        }
        lexer->indent_depth++;
        lexer->indents[lexer->indent_depth] = col;
        lexer->alt_indents[lexer->indent_depth] = alt_col;
        /* CPython reports "unexpected indent" one column before the first token. */
        SourceLoc indent_loc = {lexer->line, column_of(lexer, p) - 1};
        push_synthetic(lexer, TOKEN_INDENT, indent_loc);
    } else {
        while (lexer->indent_depth > 0 && col < lexer->indents[lexer->indent_depth]) {
            lexer->indent_depth--;
            push_synthetic(lexer, TOKEN_DEDENT, loc_of(lexer, p));
        }
        if (col != lexer->indents[lexer->indent_depth]) {
            const char *line_end = p;
            while (line_end < lexer->end && !is_newline(*line_end)) line_end++;
            SourceLoc end_loc = {lexer->line, column_of(lexer, line_end)};
            fail_at(lexer, end_loc, "unindent does not match any outer indentation level");
            return;
        }
        if (alt_col != lexer->alt_indents[lexer->indent_depth])
            fail_at(lexer, line_loc, "inconsistent use of tabs and spaces in indentation");
    }
}

/* ---- numbers ---------------------------------------------------------- */

/* A number may be directly followed by a few keywords ("1if x else y"),
 * which CPython accepts with a warning; anything else is an error. */
static int keyword_follows(const char *p) {
    static const char *const allowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        size_t length = strlen(allowed[i]);
        if (strncmp(p, allowed[i], length) == 0 && !is_identifier_char((unsigned char)p[length]))
            return 1;
    }
    return 0;
}

/* Reads digits allowed by is_valid_digit, with single underscores between
 * them. Returns the number of digits read, or -1 after reporting an error. */
static int read_digits(Lexer *lexer, int base, const char *kind_name) {
    int count = 0;
    for (;;) {
        char c = *lexer->cursor;
        int valid = base == 16 ? (is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                               : (c >= '0' && c < '0' + (base > 10 ? 10 : base));
        if (valid) {
            count++;
            lexer->cursor++;
        } else if (c == '_' && count > 0) {
            lexer->cursor++;
            char next = *lexer->cursor;
            int next_valid = base == 16 ? (is_digit(next) || (next >= 'a' && next <= 'f') ||
                                           (next >= 'A' && next <= 'F'))
                                        : (next >= '0' && next < '0' + (base > 10 ? 10 : base));
            if (!next_valid) {
                char message[64];
                snprintf(message, sizeof message, "invalid %s literal", kind_name);
                fail_at(lexer, loc_of(lexer, lexer->cursor - 1), message);
                return -1;
            }
        } else {
            return count;
        }
    }
}

static void lex_number(Lexer *lexer) {
    const char *start = lexer->cursor;
    SourceLoc loc = loc_of(lexer, start);
    const char *kind_name = "decimal";
    if (*start == '0' && strchr("xXoObB", start[1]) && start[1]) {
        char prefix = (char)(start[1] | 0x20);
        int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        kind_name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        lexer->cursor += 2;
        if (*lexer->cursor == '_') lexer->cursor++;
        int digits = read_digits(lexer, base, kind_name);
        if (digits < 0) return;
        char c = *lexer->cursor;
        if (base < 10 && is_digit(c)) {
            char message[64];
            snprintf(message, sizeof message, "invalid digit '%c' in %s literal", c, kind_name);
            fail_at(lexer, loc_of(lexer, lexer->cursor), message);
            return;
        }
        if (digits == 0) {
            char message[64];
            snprintf(message, sizeof message, "invalid %s literal", kind_name);
            fail_at(lexer, loc_of(lexer, lexer->cursor - 1), message);
            return;
        }
    } else {
        int is_float = 0;
        if (*start != '.') {
            if (read_digits(lexer, 10, kind_name) < 0) return;
        }
        if (*lexer->cursor == '.') {
            is_float = 1;
            lexer->cursor++;
            if (is_digit(*lexer->cursor) && read_digits(lexer, 10, kind_name) < 0) return;
        }
        if ((*lexer->cursor == 'e' || *lexer->cursor == 'E') &&
            !(keyword_follows(lexer->cursor))) {
            const char *exponent = lexer->cursor;
            lexer->cursor++;
            if (*lexer->cursor == '+' || *lexer->cursor == '-') lexer->cursor++;
            if (!is_digit(*lexer->cursor)) {
                lexer->cursor = exponent;
                fail_at(lexer, loc_of(lexer, exponent - 1), "invalid decimal literal");
                return;
            }
            is_float = 1;
            if (read_digits(lexer, 10, kind_name) < 0) return;
        }
        if (*lexer->cursor == 'j' || *lexer->cursor == 'J') {
            lexer->cursor++;
            kind_name = "imaginary";
        } else if (!is_float && *start == '0') {
            /* "0", "00" and "0_0" are fine; "012" is not. */
            for (const char *p = start; p < lexer->cursor; p++) {
                if (*p != '0' && *p != '_') {
                    fail_at(lexer, loc, "leading zeros in decimal integer literals are not "
                                        "permitted; use an 0o prefix for octal integers");
                    return;
                }
            }
        }
    }
    if (is_identifier_char((unsigned char)*lexer->cursor) && !keyword_follows(lexer->cursor)) {
        /* CPython points at the last character that still belonged to the number. */
        char message[64];
        snprintf(message, sizeof message, "invalid %s literal", kind_name);
        fail_at(lexer, loc_of(lexer, lexer->cursor - 1), message);
        return;
    }
    push_token(lexer, TOKEN_NUMBER, start, loc);
}

/* ---- strings ---------------------------------------------------------- */

static void fail_unterminated(Lexer *lexer, SourceLoc loc, int triple, int is_fstring) {
    char message[128];
    snprintf(message, sizeof message, "unterminated %s%s literal (detected at line %d)",
             triple ? "triple-quoted " : "", is_fstring ? "f-string" : "string",
             detected_line(lexer));
    fail_at(lexer, loc, message);
}

/* If the text at the cursor is a string prefix followed by a quote, returns
 * the prefix length (0 for no prefix), else -1. */
static int string_prefix_length(const char *p) {
    int length = 0;
    int has_r = 0, has_b = 0, has_u = 0, has_f = 0;
    while (length < 3) {
        char c = (char)(p[length] | 0x20);
        if (c == 'r' && !has_r) has_r = 1;
        else if (c == 'b' && !has_b) has_b = 1;
        else if (c == 'u' && !has_u) has_u = 1;
        else if (c == 'f' && !has_f) has_f = 1;
        else break;
        length++;
    }
    if (p[length] != '\'' && p[length] != '"') return -1;
    if (has_u && length > 1) return -1;
    if (has_b && has_f) return -1;
    if (length > 2) return -1;
    return length;
}

static void lex_plain_string(Lexer *lexer, const char *start, int prefix_length) {
    SourceLoc loc = loc_of(lexer, start);
    lexer->cursor = start + prefix_length;
    char quote = *lexer->cursor;
    int triple = lexer->cursor[1] == quote && lexer->cursor[2] == quote;
    lexer->cursor += triple ? 3 : 1;
    for (;;) {
        char c = *lexer->cursor;
        if (lexer->cursor >= lexer->end || (!triple && is_newline(c))) {
            FStringMode *mode = current_mode(lexer);
            if (mode && mode->kind == FSTRING_MODE_EXPR && !triple) {
                fail_at(lexer, loc, "f-string: expecting '}'");
                return;
            }
            fail_unterminated(lexer, loc, triple, 0);
            return;
        }
        if (c == '\\') {
            lexer->cursor++;
            if (is_newline(*lexer->cursor)) advance_newline(lexer);
            else if (lexer->cursor < lexer->end) lexer->cursor++;
            continue;
        }
        if (c == quote && (!triple || (lexer->cursor[1] == quote && lexer->cursor[2] == quote))) {
            lexer->cursor += triple ? 3 : 1;
            break;
        }
        if (is_newline(c)) advance_newline(lexer);
        else lexer->cursor++;
    }
    push_token(lexer, TOKEN_STRING, start, loc);
}

static void begin_fstring(Lexer *lexer, const char *start, int prefix_length) {
    SourceLoc loc = loc_of(lexer, start);
    int raw = 0;
    for (int i = 0; i < prefix_length; i++)
        if ((start[i] | 0x20) == 'r') raw = 1;
    lexer->cursor = start + prefix_length;
    char quote = *lexer->cursor;
    int triple = lexer->cursor[1] == quote && lexer->cursor[2] == quote;
    lexer->cursor += triple ? 3 : 1;
    push_token(lexer, TOKEN_FSTRING_START, start, loc);
    FStringMode mode = {FSTRING_MODE_LITERAL, quote, triple, raw, 0, loc};
    vec_push(&lexer->modes, mode);
}

static void push_bracket(Lexer *lexer, char open, SourceLoc loc) {
    if (lexer->brackets.count >= MAX_BRACKET_DEPTH) {
        fail_at(lexer, loc, "too many nested parentheses");
        return;
    }
    Bracket bracket = {open, loc};
    vec_push(&lexer->brackets, bracket);
}

/* Reads the literal text of an f-string (or of a format spec) up to the next
 * replacement field or the closing quote. */
static void lex_fstring_literal(Lexer *lexer) {
    FStringMode *mode = current_mode(lexer);
    const char *start = lexer->cursor;
    SourceLoc loc = loc_of(lexer, start);
    int in_spec = mode->kind == FSTRING_MODE_SPEC;
    for (;;) {
        char c = *lexer->cursor;
        /* A format spec may span lines even in a single-quoted f-string. */
        if (lexer->cursor >= lexer->end || (!mode->triple && !in_spec && is_newline(c))) {
            if (in_spec) fail_at(lexer, loc_of(lexer, lexer->cursor), "f-string: expecting '}'");
            else fail_unterminated(lexer, mode->start, mode->triple, 1);
            return;
        }
        if (c == mode->quote &&
            (!mode->triple || (lexer->cursor[1] == c && lexer->cursor[2] == c))) {
            if (in_spec) {
                fail_at(lexer, loc_of(lexer, lexer->cursor), "f-string: expecting '}', or format specs");
                return;
            }
            if (lexer->cursor > start) push_token(lexer, TOKEN_FSTRING_MIDDLE, start, loc);
            const char *end_start = lexer->cursor;
            SourceLoc end_loc = loc_of(lexer, end_start);
            lexer->cursor += mode->triple ? 3 : 1;
            lexer->modes.count--;
            push_token(lexer, TOKEN_FSTRING_END, end_start, end_loc);
            return;
        }
        if (c == '\\') {
            char next = lexer->cursor[1];
            if (next == '{' || next == '}') {
                lexer->cursor++;
            } else if (!mode->raw && next == 'N' && lexer->cursor[2] == '{') {
                lexer->cursor += 3;
                while (lexer->cursor < lexer->end && *lexer->cursor != '}' &&
                       *lexer->cursor != mode->quote && !is_newline(*lexer->cursor))
                    lexer->cursor++;
                if (*lexer->cursor == '}') lexer->cursor++;
            } else if (is_newline(next)) {
                lexer->cursor++;
                advance_newline(lexer);
            } else {
                lexer->cursor += lexer->cursor + 1 < lexer->end ? 2 : 1;
            }
            continue;
        }
        if (c == '{') {
            if (!in_spec && lexer->cursor[1] == '{') {
                lexer->cursor += 2;
                continue;
            }
            if (lexer->cursor > start) push_token(lexer, TOKEN_FSTRING_MIDDLE, start, loc);
            const char *brace = lexer->cursor;
            SourceLoc brace_loc = loc_of(lexer, brace);
            lexer->cursor++;
            push_token(lexer, TOKEN_LBRACE, brace, brace_loc);
            push_bracket(lexer, '{', brace_loc);
            FStringMode expr = *mode;
            expr.kind = FSTRING_MODE_EXPR;
            expr.bracket_depth = lexer->brackets.count;
            vec_push(&lexer->modes, expr);
            return;
        }
        if (c == '}') {
            if (!in_spec) {
                if (lexer->cursor[1] == '}') {
                    lexer->cursor += 2;
                    continue;
                }
                fail_at(lexer, loc_of(lexer, lexer->cursor), "f-string: single '}' is not allowed");
                return;
            }
            if (lexer->cursor > start) push_token(lexer, TOKEN_FSTRING_MIDDLE, start, loc);
            const char *brace = lexer->cursor;
            SourceLoc brace_loc = loc_of(lexer, brace);
            lexer->cursor++;
            push_token(lexer, TOKEN_RBRACE, brace, brace_loc);
            lexer->brackets.count--;
            lexer->modes.count--;
            return;
        }
        if (is_newline(c)) advance_newline(lexer);
        else lexer->cursor++;
    }
}

/* ---- operators -------------------------------------------------------- */

typedef struct OperatorSpelling {
    const char *text;
    TokenKind kind;
} OperatorSpelling;

/* Longest spellings first so that the first match is the longest one. */
static const OperatorSpelling operators[] = {
    {"**=", TOKEN_DOUBLESTAREQUAL}, {"//=", TOKEN_DOUBLESLASHEQUAL}, {">>=", TOKEN_RIGHTSHIFTEQUAL},
    {"<<=", TOKEN_LEFTSHIFTEQUAL}, {"...", TOKEN_ELLIPSIS}, {"!=", TOKEN_NOTEQUAL},
    {"%=", TOKEN_PERCENTEQUAL}, {"&=", TOKEN_AMPEREQUAL}, {"**", TOKEN_DOUBLESTAR},
    {"*=", TOKEN_STAREQUAL}, {"+=", TOKEN_PLUSEQUAL}, {"-=", TOKEN_MINEQUAL},
    {"->", TOKEN_RARROW}, {"//", TOKEN_DOUBLESLASH}, {"/=", TOKEN_SLASHEQUAL},
    {":=", TOKEN_COLONEQUAL}, {"<<", TOKEN_LEFTSHIFT}, {"<=", TOKEN_LESSEQUAL},
    {"==", TOKEN_EQEQUAL}, {">=", TOKEN_GREATEREQUAL}, {">>", TOKEN_RIGHTSHIFT},
    {"@=", TOKEN_ATEQUAL}, {"^=", TOKEN_CIRCUMFLEXEQUAL}, {"|=", TOKEN_VBAREQUAL},
    {"<>", TOKEN_ERROR}, {"!", TOKEN_EXCLAMATION}, {"%", TOKEN_PERCENT}, {"&", TOKEN_AMPER},
    {"(", TOKEN_LPAR}, {")", TOKEN_RPAR}, {"*", TOKEN_STAR}, {"+", TOKEN_PLUS},
    {",", TOKEN_COMMA}, {"-", TOKEN_MINUS}, {".", TOKEN_DOT}, {"/", TOKEN_SLASH},
    {":", TOKEN_COLON}, {";", TOKEN_SEMI}, {"<", TOKEN_LESS}, {"=", TOKEN_EQUAL},
    {">", TOKEN_GREATER}, {"@", TOKEN_AT}, {"[", TOKEN_LSQB}, {"]", TOKEN_RSQB},
    {"^", TOKEN_CIRCUMFLEX}, {"{", TOKEN_LBRACE}, {"|", TOKEN_VBAR}, {"}", TOKEN_RBRACE},
    {"~", TOKEN_TILDE},
};

static const char *const keyword_spellings[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
};

static TokenKind classify_name(const char *text, int length) {
    if (length < 2 || length > 8) return TOKEN_NAME;
    for (size_t i = 0; i < sizeof keyword_spellings / sizeof keyword_spellings[0]; i++) {
        if ((int)strlen(keyword_spellings[i]) == length &&
            memcmp(keyword_spellings[i], text, (size_t)length) == 0)
            return (TokenKind)(TOKEN_FALSE + (int)i);
    }
    return TOKEN_NAME;
}

static void lex_close_bracket(Lexer *lexer, const char *start, TokenKind kind) {
    SourceLoc loc = loc_of(lexer, start);
    char close = *start;
    char expected_open = close == ')' ? '(' : close == ']' ? '[' : '{';
    if (lexer->brackets.count == 0) {
        char message[64];
        snprintf(message, sizeof message, "unmatched '%c'", close);
        fail_at(lexer, loc, message);
        return;
    }
    Bracket open = vec_last(&lexer->brackets);
    FStringMode *field = current_mode(lexer);
    if (open.open != expected_open && field && field->kind == FSTRING_MODE_EXPR &&
        lexer->brackets.count == field->bracket_depth) {
        char message[64];
        snprintf(message, sizeof message, "f-string: unmatched '%c'", close);
        fail_at(lexer, loc, message);
        return;
    }
    if (open.open != expected_open) {
        char message[128];
        if (open.loc.line != loc.line)
            snprintf(message, sizeof message,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     close, open.open, open.loc.line);
        else
            snprintf(message, sizeof message,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", close,
                     open.open);
        fail_at(lexer, loc, message);
        return;
    }
    FStringMode *mode = current_mode(lexer);
    lexer->brackets.count--;
    lexer->cursor = start + 1;
    push_token(lexer, kind, start, loc);
    if (mode && mode->kind == FSTRING_MODE_EXPR && lexer->brackets.count + 1 == mode->bracket_depth)
        lexer->modes.count--;
}

static void lex_operator(Lexer *lexer) {
    const char *start = lexer->cursor;
    SourceLoc loc = loc_of(lexer, start);
    FStringMode *mode = current_mode(lexer);
    int at_field_level = mode && mode->kind == FSTRING_MODE_EXPR &&
                         lexer->brackets.count == mode->bracket_depth;
    if (at_field_level && *start == ':') {
        lexer->cursor++;
        push_token(lexer, TOKEN_COLON, start, loc);
        mode->kind = FSTRING_MODE_SPEC;
        return;
    }
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t length = strlen(operators[i].text);
        if (strncmp(start, operators[i].text, length) != 0) continue;
        TokenKind kind = operators[i].kind;
        if (kind == TOKEN_ERROR) continue;
        if (kind == TOKEN_RPAR || kind == TOKEN_RSQB || kind == TOKEN_RBRACE) {
            lex_close_bracket(lexer, start, kind);
            return;
        }
        lexer->cursor = start + length;
        if (kind == TOKEN_LPAR || kind == TOKEN_LSQB || kind == TOKEN_LBRACE)
            push_bracket(lexer, *start, loc);
        push_token(lexer, kind, start, loc);
        return;
    }
    fail_at(lexer, loc, "invalid syntax");
}

/* ---- driver ----------------------------------------------------------- */

static int lex_one(Lexer *lexer) {
    FStringMode *mode = current_mode(lexer);
    if (mode && mode->kind != FSTRING_MODE_EXPR) {
        lex_fstring_literal(lexer);
        return 1;
    }
    if (lexer->at_line_start && lexer->brackets.count == 0) {
        lex_indentation(lexer);
        if (lexer->failed) return 0;
    }
    for (;;) {
        char c = *lexer->cursor;
        if (c == ' ' || c == '\t' || c == '\f') {
            lexer->cursor++;
        } else if (c == '#') {
            while (lexer->cursor < lexer->end && !is_newline(*lexer->cursor)) lexer->cursor++;
        } else if (c == '\\' && is_newline(lexer->cursor[1])) {
            lexer->cursor++;
            advance_newline(lexer);
            if (lexer->cursor >= lexer->end) {
                fail_at(lexer, loc_of(lexer, lexer->cursor), "unexpected EOF while parsing");
                return 0;
            }
        } else {
            break;
        }
    }
    const char *start = lexer->cursor;
    unsigned char c = (unsigned char)*start;
    if (start >= lexer->end) {
        if (lexer->brackets.count > 0) {
            Bracket open = vec_last(&lexer->brackets);
            char message[64];
            snprintf(message, sizeof message, "'%c' was never closed", open.open);
            fail_at(lexer, open.loc, message);
            lexer->result->error_is_unclosed_bracket = 1;
            return 0;
        }
        if (lexer->line_has_tokens) {
            push_synthetic(lexer, TOKEN_NEWLINE, loc_of(lexer, start));
            lexer->line_has_tokens = 0;
        }
        SourceLoc end_loc = loc_of(lexer, start);
        while (lexer->indent_depth > 0) {
            lexer->indent_depth--;
            push_synthetic(lexer, TOKEN_DEDENT, end_loc);
        }
        push_synthetic(lexer, TOKEN_ENDMARKER, end_loc);
        return 0;
    }
    if (is_newline((char)c)) {
        /* Blank lines and newlines inside brackets produce no token. */
        if (lexer->brackets.count == 0 && lexer->line_has_tokens) {
            push_synthetic(lexer, TOKEN_NEWLINE, loc_of(lexer, start));
            lexer->line_has_tokens = 0;
        }
        advance_newline(lexer);
        if (lexer->brackets.count == 0) lexer->at_line_start = 1;
        return 1;
    }
    if (is_identifier_start(c)) {
        int prefix_length = string_prefix_length(start);
        if (prefix_length >= 0) {
            int is_fstring = 0;
            for (int i = 0; i < prefix_length; i++)
                if ((start[i] | 0x20) == 'f') is_fstring = 1;
            if (is_fstring) begin_fstring(lexer, start, prefix_length);
            else lex_plain_string(lexer, start, prefix_length);
            return !lexer->failed;
        }
        const char *p = start;
        while (is_identifier_char((unsigned char)*p)) p++;
        lexer->cursor = p;
        push_token(lexer, classify_name(start, (int)(p - start)), start, loc_of(lexer, start));
        return 1;
    }
    if (c == '\'' || c == '"') {
        lex_plain_string(lexer, start, 0);
        return !lexer->failed;
    }
    if (is_digit((char)c) || (c == '.' && is_digit(start[1]))) {
        lex_number(lexer);
        return !lexer->failed;
    }
    if (c == '\\') {
        fail_at(lexer, loc_of(lexer, start + 1), "unexpected character after line continuation character");
        return 0;
    }
    lex_operator(lexer);
    return !lexer->failed;
}

void lex_source(Arena *arena, const SourceFile *file, LexResult *result) {
    Lexer lexer;
    memset(&lexer, 0, sizeof lexer);
    memset(result, 0, sizeof *result);
    lexer.arena = arena;
    lexer.file = file;
    lexer.cursor = file->text;
    lexer.end = file->text + file->length;
    if (file->length >= 3 && memcmp(file->text, "\xEF\xBB\xBF", 3) == 0) lexer.cursor += 3;
    lexer.line = 1;
    lexer.line_start = lexer.cursor;
    lexer.at_line_start = 1;
    lexer.result = result;
    while (lex_one(&lexer) && !lexer.failed) {
    }
    if (lexer.failed) {
        Token token;
        token.kind = TOKEN_ERROR;
        token.text = lexer.cursor;
        token.length = 0;
        token.loc = result->error_loc;
        token.end = result->error_loc;
        vec_push(&lexer.tokens, token);
    }
    result->count = lexer.tokens.count;
    result->tokens = ARENA_ARRAY(arena, Token, lexer.tokens.count);
    memcpy(result->tokens, lexer.tokens.items, sizeof(Token) * (size_t)lexer.tokens.count);
    vec_free(&lexer.tokens);
    vec_free(&lexer.brackets);
    vec_free(&lexer.modes);
}
