/* The frontend's whole interface: source text in, AST out. */
#ifndef MOLT_FRONTEND_PARSER_H
#define MOLT_FRONTEND_PARSER_H
#include "../common/arena.h"
#include "../common/strbuf.h"
#include "ast.h"

/* Parses a complete Python 3.12 module. On a syntax error reports one diagnostic
 * through diag_error (CPython's line, column and message) and returns NULL. */
AstModule *parse_module(Arena *arena, const SourceFile *file);

/* Prints the tree in a stable, indented, ast.dump-like form (--emit=ast). */
void ast_print_module(StrBuf *out, const AstModule *module);

#endif
