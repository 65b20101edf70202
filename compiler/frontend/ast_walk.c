/* A pre-order walk over every statement and expression of a module, for
 * passes that look at the whole tree without transforming it (the manifest's
 * language features, compiler/driver/manifest.c). Patterns of match cases are
 * not expressions and are not visited; their guards and bodies are. */
#include "ast.h"

static void walk_stmts(AstVisitor *v, const AstStmtList *list);
static void walk_expr(AstVisitor *v, const AstExpr *e);

static void walk_exprs(AstVisitor *v, const AstExprList *list) {
    for (int i = 0; i < list->count; i++) walk_expr(v, list->items[i]);
}

static void walk_arguments(AstVisitor *v, const AstArguments *args) {
    if (!args) return;
    walk_exprs(v, &args->defaults);
    walk_exprs(v, &args->kw_defaults);
}

static void walk_expr(AstVisitor *v, const AstExpr *e) {
    if (!e) return;
    v->expr(v, e);
    switch (e->kind) {
    case EXPR_BOOLOP: walk_exprs(v, &e->as.boolop.values); break;
    case EXPR_NAMEDEXPR: walk_expr(v, e->as.namedexpr.target); walk_expr(v, e->as.namedexpr.value); break;
    case EXPR_BINOP: walk_expr(v, e->as.binop.left); walk_expr(v, e->as.binop.right); break;
    case EXPR_UNARYOP: walk_expr(v, e->as.unaryop.operand); break;
    case EXPR_LAMBDA: walk_arguments(v, e->as.lambda.args); walk_expr(v, e->as.lambda.body); break;
    case EXPR_IFEXP:
        walk_expr(v, e->as.ifexp.test);
        walk_expr(v, e->as.ifexp.body);
        walk_expr(v, e->as.ifexp.orelse);
        break;
    case EXPR_DICT: walk_exprs(v, &e->as.dict.keys); walk_exprs(v, &e->as.dict.values); break;
    case EXPR_SET: walk_exprs(v, &e->as.set.elts); break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP: case EXPR_GENERATOREXP:
        for (int i = 0; i < e->as.comp.generators.count; i++) {
            const AstComprehension *loop = e->as.comp.generators.items[i];
            walk_expr(v, loop->target);
            walk_expr(v, loop->iter);
            walk_exprs(v, &loop->ifs);
        }
        walk_expr(v, e->as.comp.elt);
        walk_expr(v, e->as.comp.key);
        walk_expr(v, e->as.comp.value);
        break;
    case EXPR_AWAIT: walk_expr(v, e->as.await_.value); break;
    case EXPR_YIELD: walk_expr(v, e->as.yield.value); break;
    case EXPR_YIELDFROM: walk_expr(v, e->as.yieldfrom.value); break;
    case EXPR_COMPARE: walk_expr(v, e->as.compare.left); walk_exprs(v, &e->as.compare.comparators); break;
    case EXPR_CALL:
        walk_expr(v, e->as.call.func);
        walk_exprs(v, &e->as.call.args);
        for (int i = 0; i < e->as.call.keywords.count; i++) walk_expr(v, e->as.call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTEDVALUE: walk_expr(v, e->as.formatted.value); walk_expr(v, e->as.formatted.format_spec); break;
    case EXPR_JOINEDSTR: walk_exprs(v, &e->as.joinedstr.values); break;
    case EXPR_ATTRIBUTE: walk_expr(v, e->as.attribute.value); break;
    case EXPR_SUBSCRIPT: walk_expr(v, e->as.subscript.value); walk_expr(v, e->as.subscript.slice); break;
    case EXPR_STARRED: walk_expr(v, e->as.starred.value); break;
    case EXPR_LIST: case EXPR_TUPLE: walk_exprs(v, &e->as.list.elts); break;
    case EXPR_SLICE:
        walk_expr(v, e->as.slice.lower);
        walk_expr(v, e->as.slice.upper);
        walk_expr(v, e->as.slice.step);
        break;
    case EXPR_CONSTANT: case EXPR_NAME: break;
    }
}

static void walk_stmt(AstVisitor *v, const AstStmt *s) {
    v->stmt(v, s);
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        walk_exprs(v, &s->as.functiondef.decorators);
        walk_arguments(v, s->as.functiondef.args);
        walk_stmts(v, &s->as.functiondef.body);
        break;
    case STMT_CLASSDEF:
        walk_exprs(v, &s->as.classdef.decorators);
        walk_exprs(v, &s->as.classdef.bases);
        for (int i = 0; i < s->as.classdef.keywords.count; i++) walk_expr(v, s->as.classdef.keywords.items[i]->value);
        walk_stmts(v, &s->as.classdef.body);
        break;
    case STMT_RETURN: walk_expr(v, s->as.return_.value); break;
    case STMT_DELETE: walk_exprs(v, &s->as.delete_.targets); break;
    case STMT_ASSIGN: walk_exprs(v, &s->as.assign.targets); walk_expr(v, s->as.assign.value); break;
    case STMT_TYPEALIAS: walk_expr(v, s->as.typealias.value); break;
    case STMT_AUGASSIGN: walk_expr(v, s->as.augassign.target); walk_expr(v, s->as.augassign.value); break;
    case STMT_ANNASSIGN: walk_expr(v, s->as.annassign.target); walk_expr(v, s->as.annassign.value); break;
    case STMT_FOR:
        walk_expr(v, s->as.for_.target);
        walk_expr(v, s->as.for_.iter);
        walk_stmts(v, &s->as.for_.body);
        walk_stmts(v, &s->as.for_.orelse);
        break;
    case STMT_WHILE:
        walk_expr(v, s->as.while_.test);
        walk_stmts(v, &s->as.while_.body);
        walk_stmts(v, &s->as.while_.orelse);
        break;
    case STMT_IF:
        walk_expr(v, s->as.if_.test);
        walk_stmts(v, &s->as.if_.body);
        walk_stmts(v, &s->as.if_.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->as.with.items.count; i++) {
            walk_expr(v, s->as.with.items.items[i]->context_expr);
            walk_expr(v, s->as.with.items.items[i]->optional_vars);
        }
        walk_stmts(v, &s->as.with.body);
        break;
    case STMT_MATCH:
        walk_expr(v, s->as.match.subject);
        for (int i = 0; i < s->as.match.cases.count; i++) {
            walk_expr(v, s->as.match.cases.items[i]->guard);
            walk_stmts(v, &s->as.match.cases.items[i]->body);
        }
        break;
    case STMT_RAISE: walk_expr(v, s->as.raise.exc); walk_expr(v, s->as.raise.cause); break;
    case STMT_TRY:
        walk_stmts(v, &s->as.try_.body);
        for (int i = 0; i < s->as.try_.handlers.count; i++) {
            walk_expr(v, s->as.try_.handlers.items[i]->type);
            walk_stmts(v, &s->as.try_.handlers.items[i]->body);
        }
        walk_stmts(v, &s->as.try_.orelse);
        walk_stmts(v, &s->as.try_.finalbody);
        break;
    case STMT_ASSERT: walk_expr(v, s->as.assert_.test); walk_expr(v, s->as.assert_.msg); break;
    case STMT_EXPR: walk_expr(v, s->as.expr.value); break;
    case STMT_IMPORT: case STMT_IMPORTFROM: case STMT_GLOBAL: case STMT_NONLOCAL: case STMT_PASS: case STMT_BREAK:
    case STMT_CONTINUE: break;
    }
}

static void walk_stmts(AstVisitor *v, const AstStmtList *list) {
    for (int i = 0; i < list->count; i++) walk_stmt(v, list->items[i]);
}

void ast_walk_module(AstVisitor *visitor, const AstModule *module) { walk_stmts(visitor, &module->body); }
