/* Textual form of HIR (--emit=hir): one statement per line, expressions in a
 * Lisp-like prefix form that shows how every name was resolved. */
#include <string.h>

#include "hir.h"

static const char *const compare_op_names[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};

static void print_expr(StrBuf *out, const HirExpr *e);

static void print_args(StrBuf *out, const HirArgs *args) {
    for (int i = 0; i < args->positional.count; i++) {
        strbuf_puts(out, " ");
        if (args->star && args->star[i]) strbuf_puts(out, "*");
        print_expr(out, args->positional.items[i]);
    }
    for (int i = 0; i < args->keyword_values.count; i++) {
        strbuf_printf(out, " %s=", args->keyword_names[i]);
        print_expr(out, args->keyword_values.items[i]);
    }
}

static void print_constant(StrBuf *out, const AstConstant *c) {
    switch (c->kind) {
    case CONST_NONE: strbuf_puts(out, "None"); break;
    case CONST_TRUE: strbuf_puts(out, "True"); break;
    case CONST_FALSE: strbuf_puts(out, "False"); break;
    case CONST_ELLIPSIS: strbuf_puts(out, "..."); break;
    case CONST_INT: strbuf_puts(out, c->int_text); break;
    case CONST_FLOAT: strbuf_printf(out, "%.17g", c->float_value); break;
    case CONST_IMAG: strbuf_printf(out, "%.17gj", c->float_value); break;
    case CONST_STR:
    case CONST_BYTES:
        strbuf_puts(out, c->kind == CONST_BYTES ? "b\"" : "\"");
        strbuf_put_c_string_body(out, c->bytes, c->length);
        strbuf_puts(out, "\"");
        break;
    }
}

static void print_target(StrBuf *out, const HirTarget *t) {
    switch (t->kind) {
    case HIR_TARGET_LOCAL: strbuf_printf(out, "local:%s", t->local->name); break;
    case HIR_TARGET_GLOBAL: strbuf_printf(out, "global:%s", t->global->name); break;
    case HIR_TARGET_SUBSCRIPT:
        strbuf_puts(out, "(item ");
        print_expr(out, t->object);
        strbuf_puts(out, " ");
        print_expr(out, t->index);
        strbuf_puts(out, ")");
        break;
    case HIR_TARGET_ATTRIBUTE:
        strbuf_puts(out, "(attribute ");
        print_expr(out, t->object);
        strbuf_printf(out, " %s)", t->attribute);
        break;
    case HIR_TARGET_UNPACK:
        strbuf_puts(out, "(unpack");
        for (int i = 0; i < t->element_count; i++) {
            strbuf_puts(out, i == t->star_index ? " *" : " ");
            print_target(out, t->elements[i]);
        }
        strbuf_puts(out, ")");
        break;
    }
}

static void print_expr_list(StrBuf *out, const HirExprList *list, const bool *star) {
    for (int i = 0; i < list->count; i++) {
        strbuf_puts(out, " ");
        if (star && star[i]) strbuf_puts(out, "*");
        if (list->items[i]) print_expr(out, list->items[i]);
        else strbuf_puts(out, "**");
    }
}

static void print_expr(StrBuf *out, const HirExpr *e) {
    switch (e->kind) {
    case HIR_CONST: print_constant(out, &e->as.constant); return;
    case HIR_LOCAL:
        strbuf_printf(out, "%s:%s", e->as.local->free_index >= 0 ? "free" : e->as.local->is_cell ? "cell" : "local",
                      e->as.local->name);
        return;
    case HIR_MAKE_FUNCTION: strbuf_printf(out, "(function %s)", e->as.make_function.function->qualname); return;
    case HIR_CALL_RUNTIME:
        strbuf_printf(out, "(call-runtime %s", e->as.call_runtime.function);
        print_expr_list(out, &e->as.call_runtime.args, NULL);
        strbuf_puts(out, ")");
        return;
    case HIR_ASSIGN_EXPR:
        strbuf_puts(out, "(:= ");
        print_target(out, e->as.assign_expr.target);
        strbuf_puts(out, " ");
        print_expr(out, e->as.assign_expr.value);
        strbuf_puts(out, ")");
        return;
    case HIR_YIELD:
        strbuf_puts(out, "(yield ");
        print_expr(out, e->as.yield.value);
        strbuf_puts(out, ")");
        return;
    case HIR_YIELD_FROM:
        strbuf_puts(out, "(yield-from ");
        print_expr(out, e->as.yield_from.iterable);
        strbuf_puts(out, ")");
        return;
    case HIR_MAKE_CLASS:
        strbuf_printf(out, "(class %s ", e->as.make_class.qualname);
        print_expr(out, e->as.make_class.bases);
        strbuf_printf(out, " local:%s)", e->as.make_class.namespace->name);
        return;
    case HIR_GLOBAL: strbuf_printf(out, "global:%s", e->as.global->name); return;
    case HIR_BUILTIN: strbuf_printf(out, "builtin:%s", e->as.builtin); return;
    case HIR_MODULE: strbuf_printf(out, "module:%s", e->as.module); return;
    case HIR_BINARY:
        strbuf_printf(out, "(%s%s ", ast_binary_op_symbol(e->as.binary.op), e->as.binary.inplace ? "=" : "");
        print_expr(out, e->as.binary.left);
        strbuf_puts(out, " ");
        print_expr(out, e->as.binary.right);
        break;
    case HIR_UNARY:
        strbuf_printf(out, "(%s ", ast_unary_op_symbol(e->as.unary.op));
        print_expr(out, e->as.unary.operand);
        break;
    case HIR_NOT:
        strbuf_puts(out, "(not ");
        print_expr(out, e->as.not_.operand);
        break;
    case HIR_COMPARE:
        strbuf_puts(out, "(compare ");
        print_expr(out, e->as.compare.operands[0]);
        for (int i = 0; i < e->as.compare.count; i++) {
            strbuf_printf(out, " %s ", compare_op_names[e->as.compare.ops[i]]);
            print_expr(out, e->as.compare.operands[i + 1]);
        }
        break;
    case HIR_AND:
    case HIR_OR:
        strbuf_puts(out, e->kind == HIR_AND ? "(and " : "(or ");
        print_expr(out, e->as.boolop.left);
        strbuf_puts(out, " ");
        print_expr(out, e->as.boolop.right);
        break;
    case HIR_IFEXP:
        strbuf_puts(out, "(if ");
        print_expr(out, e->as.ifexp.test);
        strbuf_puts(out, " ");
        print_expr(out, e->as.ifexp.body);
        strbuf_puts(out, " ");
        print_expr(out, e->as.ifexp.orelse);
        break;
    case HIR_CALL_FUNCTION: {
        const HirFunction *f = e->as.call_function.function;
        strbuf_printf(out, "(call-direct %s", f->name);
        for (int i = 0; i < f->slot_count; i++) {
            strbuf_printf(out, " %s=", f->locals[i]->name);
            if (e->as.call_function.bound[i]) print_expr(out, e->as.call_function.bound[i]);
            else strbuf_puts(out, "<default>");
        }
        break;
    }
    case HIR_CALL_BUILTIN:
        strbuf_printf(out, "(call-builtin %s", e->as.call_builtin.name);
        print_args(out, &e->as.call_builtin.args);
        break;
    case HIR_CALL_METHOD:
        strbuf_printf(out, "(call-method .%s ", e->as.call_method.name);
        print_expr(out, e->as.call_method.object);
        print_args(out, &e->as.call_method.args);
        break;
    case HIR_CALL_VALUE:
        strbuf_puts(out, "(call ");
        print_expr(out, e->as.call_value.callee);
        print_args(out, &e->as.call_value.args);
        break;
    case HIR_GETATTR:
        strbuf_printf(out, "(getattr .%s ", e->as.getattr.name);
        print_expr(out, e->as.getattr.object);
        break;
    case HIR_SUBSCRIPT:
        strbuf_puts(out, "(item ");
        print_expr(out, e->as.subscript.object);
        strbuf_puts(out, " ");
        print_expr(out, e->as.subscript.index);
        break;
    case HIR_SLICE: {
        strbuf_puts(out, "(slice");
        const HirExpr *parts[3] = {e->as.slice.lower, e->as.slice.upper, e->as.slice.step};
        for (int i = 0; i < 3; i++) {
            strbuf_puts(out, " ");
            if (parts[i]) print_expr(out, parts[i]);
            else strbuf_puts(out, "None");
        }
        break;
    }
    case HIR_LIST:
    case HIR_TUPLE:
    case HIR_SET:
        strbuf_puts(out, e->kind == HIR_LIST ? "(list" : e->kind == HIR_SET ? "(set" : "(tuple");
        print_expr_list(out, &e->as.sequence.items, e->as.sequence.star);
        break;
    case HIR_DICT:
        strbuf_puts(out, "(dict");
        for (int i = 0; i < e->as.dict.keys.count; i++) {
            strbuf_puts(out, " ");
            if (e->as.dict.keys.items[i]) print_expr(out, e->as.dict.keys.items[i]);
            else strbuf_puts(out, "**");
            strbuf_puts(out, ":");
            print_expr(out, e->as.dict.values.items[i]);
        }
        break;
    case HIR_LIST_COMP:
    case HIR_SET_COMP:
    case HIR_DICT_COMP:
        strbuf_puts(out, e->kind == HIR_LIST_COMP ? "(list-comp " : e->kind == HIR_SET_COMP ? "(set-comp " : "(dict-comp ");
        if (e->kind != HIR_DICT_COMP) {
            print_expr(out, e->as.comp.element);
        } else {
            print_expr(out, e->as.comp.key);
            strbuf_puts(out, ":");
            print_expr(out, e->as.comp.value);
        }
        for (int i = 0; i < e->as.comp.loop_count; i++) {
            const HirComprehensionLoop *loop = &e->as.comp.loops[i];
            strbuf_puts(out, " for ");
            print_target(out, loop->target_assign->as.assign.target);
            strbuf_puts(out, " in ");
            print_expr(out, loop->iter);
            for (int c = 0; c < loop->conditions.count; c++) {
                strbuf_puts(out, " if ");
                print_expr(out, loop->conditions.items[c]);
            }
        }
        break;
    case HIR_FSTRING:
        strbuf_puts(out, "(fstring");
        print_expr_list(out, &e->as.fstring.parts, NULL);
        break;
    case HIR_FORMAT:
        strbuf_puts(out, "(format ");
        print_expr(out, e->as.format.value);
        if (e->as.format.conversion > 0) strbuf_printf(out, " !%c", e->as.format.conversion);
        if (e->as.format.spec) {
            strbuf_puts(out, " ");
            print_expr(out, e->as.format.spec);
        }
        break;
    }
    strbuf_puts(out, ")");
}

static void indent(StrBuf *out, int depth) {
    for (int i = 0; i < depth; i++) strbuf_puts(out, "  ");
}

static void print_body(StrBuf *out, const HirStmtList *body, int depth);

static void print_stmt(StrBuf *out, const HirStmt *s, int depth) {
    indent(out, depth);
    strbuf_printf(out, "%d: ", s->loc.line);
    switch (s->kind) {
    case HIR_ASSIGN:
        print_target(out, s->as.assign.target);
        strbuf_puts(out, " = ");
        print_expr(out, s->as.assign.value);
        strbuf_puts(out, "\n");
        return;
    case HIR_EXPR:
        print_expr(out, s->as.expr.value);
        strbuf_puts(out, "\n");
        return;
    case HIR_IF:
        strbuf_puts(out, "if ");
        print_expr(out, s->as.if_.test);
        strbuf_puts(out, "\n");
        print_body(out, &s->as.if_.body, depth + 1);
        if (s->as.if_.orelse.count) {
            indent(out, depth);
            strbuf_puts(out, "else\n");
            print_body(out, &s->as.if_.orelse, depth + 1);
        }
        return;
    case HIR_WHILE:
        strbuf_puts(out, "while ");
        print_expr(out, s->as.while_.test);
        strbuf_puts(out, "\n");
        print_body(out, &s->as.while_.body, depth + 1);
        if (s->as.while_.orelse.count) {
            indent(out, depth);
            strbuf_puts(out, "else\n");
            print_body(out, &s->as.while_.orelse, depth + 1);
        }
        return;
    case HIR_FOR:
        strbuf_puts(out, "for ");
        print_target(out, s->as.for_.target);
        if (s->as.for_.is_range) {
            strbuf_puts(out, " in counted-range");
            for (int i = 0; i < s->as.for_.range_arg_count; i++) {
                strbuf_puts(out, " ");
                print_expr(out, s->as.for_.range_args[i]);
            }
        } else {
            strbuf_puts(out, " in ");
            print_expr(out, s->as.for_.iter);
        }
        strbuf_puts(out, "\n");
        print_body(out, &s->as.for_.body, depth + 1);
        if (s->as.for_.orelse.count) {
            indent(out, depth);
            strbuf_puts(out, "else\n");
            print_body(out, &s->as.for_.orelse, depth + 1);
        }
        return;
    case HIR_BREAK: strbuf_puts(out, "break\n"); return;
    case HIR_CONTINUE: strbuf_puts(out, "continue\n"); return;
    case HIR_PASS: strbuf_puts(out, "pass\n"); return;
    case HIR_RETURN:
        strbuf_puts(out, "return ");
        if (s->as.return_.value) print_expr(out, s->as.return_.value);
        else strbuf_puts(out, "None");
        strbuf_puts(out, "\n");
        return;
    case HIR_RAISE:
        strbuf_puts(out, "raise");
        if (s->as.raise.exception) {
            strbuf_puts(out, " ");
            print_expr(out, s->as.raise.exception);
        }
        if (s->as.raise.cause) {
            strbuf_puts(out, " from ");
            print_expr(out, s->as.raise.cause);
        }
        strbuf_puts(out, "\n");
        return;
    case HIR_TRY:
        strbuf_puts(out, "try\n");
        print_body(out, &s->as.try_.body, depth + 1);
        for (int h = 0; h < s->as.try_.handler_count; h++) {
            const HirExceptHandler *handler = s->as.try_.handlers[h];
            indent(out, depth);
            strbuf_puts(out, "except");
            if (handler->type) {
                strbuf_puts(out, " ");
                print_expr(out, handler->type);
            }
            if (handler->name) {
                strbuf_puts(out, " as ");
                print_target(out, handler->name);
            }
            strbuf_puts(out, "\n");
            print_body(out, &handler->body, depth + 1);
        }
        if (s->as.try_.orelse.count) {
            indent(out, depth);
            strbuf_puts(out, "else\n");
            print_body(out, &s->as.try_.orelse, depth + 1);
        }
        if (s->as.try_.finalbody.count) {
            indent(out, depth);
            strbuf_puts(out, "finally\n");
            print_body(out, &s->as.try_.finalbody, depth + 1);
        }
        return;
    case HIR_DEF: strbuf_printf(out, "def %s\n", s->as.def.function->name); return;
    case HIR_DELETE:
        strbuf_puts(out, "del ");
        print_target(out, s->as.delete_.target);
        strbuf_puts(out, "\n");
        return;
    }
}

static void print_body(StrBuf *out, const HirStmtList *body, int depth) {
    for (int i = 0; i < body->count; i++) print_stmt(out, body->items[i], depth);
}

void hir_print(StrBuf *out, const HirProgram *program) {
    for (int g = 0; g < program->global_count; g++) strbuf_printf(out, "global %s\n", program->globals[g]->name);
    for (int f = 0; f < program->function_count; f++) {
        const HirFunction *function = program->functions[f];
        strbuf_printf(out, "\n%s %s(", function->is_generator ? "generator" : "function",
                      function->qualname ? function->qualname : function->name);
        for (int p = 0; p < function->parameter_count; p++) {
            strbuf_printf(out, "%s%s", p ? ", " : "", function->locals[p]->name);
            if (function->defaults[p]) {
                strbuf_puts(out, "=");
                print_expr(out, function->defaults[p]);
            }
        }
        strbuf_puts(out, ")\n  locals:");
        for (int l = function->parameter_count; l < function->local_count; l++)
            strbuf_printf(out, " %s", function->locals[l]->name);
        bool any_cell = false;
        for (int l = 0; l < function->local_count; l++) {
            if (!function->locals[l]->is_cell || function->locals[l]->free_index >= 0) continue;
            strbuf_printf(out, "%s%s", any_cell ? " " : "\n  cells: ", function->locals[l]->name);
            any_cell = true;
        }
        if (function->free_count) strbuf_puts(out, "\n  free:");
        for (int v = 0; v < function->free_count; v++) strbuf_printf(out, " %s", function->free_vars[v]->name);
        strbuf_puts(out, "\n");
        print_body(out, &function->body, 1);
    }
}
