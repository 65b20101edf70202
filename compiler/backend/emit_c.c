/* LIR -> C: one translation unit per program. Each LIR operation becomes a
 * few lines of C against the runtime ABI in include/molt/; unboxed values are
 * plain int64_t/double/bool locals, so the C compiler allocates registers and
 * selects instructions, as Cranelift would have. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "emit_internal.h"
/* The backend targets the runtime ABI; the list of builtin functions is part of it. */
#include "../../include/molt/builtins.h"


static const char *const binary_op_enum[] = {
    "MOLT_OP_ADD", "MOLT_OP_SUB", "MOLT_OP_MUL", "MOLT_OP_MATMUL", "MOLT_OP_TRUEDIV", "MOLT_OP_MOD",
    "MOLT_OP_POW", "MOLT_OP_LSHIFT", "MOLT_OP_RSHIFT", "MOLT_OP_OR", "MOLT_OP_XOR", "MOLT_OP_AND",
    "MOLT_OP_FLOORDIV"};
/* AstCmpOp (== != < <= > >=) to MoltCompareOp. */
static const char *const compare_op_enum[] = {"MOLT_CMP_EQ", "MOLT_CMP_NE", "MOLT_CMP_LT", "MOLT_CMP_LE",
                                              "MOLT_CMP_GT", "MOLT_CMP_GE"};
static const int compare_op_number[] = {2, 3, 0, 1, 4, 5};
static const char *const compare_op_c[] = {"==", "!=", "<", "<=", ">", ">="};

void var_name(StrBuf *out, LirVar var) {
    if (var.value < 0) strbuf_printf(out, "t%d", var.temp);
    else strbuf_printf(out, "%c%d", var.mode == LIR_SPECIALIZED ? 's' : 'g', var.value);
}

static const char *c_type(LirRepr repr) {
    switch (repr) {
    case LIR_REPR_I64: return "int64_t";
    case LIR_REPR_F64: return "double";
    case LIR_REPR_CBOOL: return "bool";
    default: return "MoltValue";
    }
}

/* The runtime call that boxes an unboxed value of this representation. */
static const char *box_call(LirRepr repr) {
    switch (repr) {
    case LIR_REPR_I64: return "molt_int_from_i64(";
    case LIR_REPR_F64: return "molt_from_double(";
    case LIR_REPR_CBOOL: return "molt_from_bool(";
    default: return "(";
    }
}

/* Writes var as an expression of the wanted representation (numeric casts only). */
static void var_as(StrBuf *out, LirVar var, LirRepr wanted) {
    if (wanted == LIR_REPR_F64 && var.repr != LIR_REPR_F64) strbuf_puts(out, "(double)");
    else if (wanted == LIR_REPR_I64 && var.repr == LIR_REPR_CBOOL) strbuf_puts(out, "(int64_t)");
    var_name(out, var);
}


void function_c_name(StrBuf *out, const HirFunction *function) {
    if (function->is_module) {
        strbuf_puts(out, "molt_module_body");
        return;
    }
    strbuf_printf(out, "molt_fn%d_", function->index);
    for (const char *c = function->name; *c; c++)
        strbuf_putc(out, ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')) ? *c : '_');
}

/* A constant object created once at start-up; returns its C name. */
static int new_constant(Emitter *e) { return e->constant_count++; }

static void emit_boxed_constant(Emitter *e, const AstConstant *c) {
    switch (c->kind) {
    case CONST_NONE: P("MOLT_NONE"); return;
    case CONST_TRUE: P("MOLT_TRUE"); return;
    case CONST_FALSE: P("MOLT_FALSE"); return;
    case CONST_FLOAT: P("molt_from_double(%a)", c->float_value); return;
    case CONST_INT:
        if (c->fits_int64 && c->int_value >= -(INT64_C(1) << 47) && c->int_value < (INT64_C(1) << 47)) {
            P("molt_from_small_int(INT64_C(%" PRId64 "))", c->int_value);
            return;
        }
        {
            int n = new_constant(e);
            strbuf_printf(&e->constants, "static MoltValue molt_const%d;\n", n);
            strbuf_printf(&e->constant_init, "    molt_const%d = molt_int_from_literal(\"%s\");\n", n, c->int_text);
            P("molt_const%d", n);
        }
        return;
    case CONST_STR:
    case CONST_BYTES: {
        int n = new_constant(e);
        strbuf_printf(&e->constants, "static MoltValue molt_const%d;\n", n);
        strbuf_printf(&e->constant_init, "    molt_const%d = molt_%s_constant(\"", n,
                      c->kind == CONST_BYTES ? "bytes" : "str");
        strbuf_put_c_string_body(&e->constant_init, c->bytes, c->length);
        strbuf_printf(&e->constant_init, "\", %zu);\n", c->length);
        P("molt_const%d", n);
        return;
    }
    default: P("MOLT_NONE"); return;
    }
}

static int keyword_names_constant(Emitter *e, const TirInstr *instr) {
    int n = new_constant(e);
    strbuf_printf(&e->constants, "static MoltValue molt_const%d;\n", n);
    strbuf_printf(&e->constant_init, "    { static const char *const names[] = {");
    for (int i = 0; i < instr->keyword_count; i++) strbuf_printf(&e->constant_init, "%s\"%s\"", i ? ", " : "", instr->keyword_names[i]);
    strbuf_printf(&e->constant_init, "}; molt_const%d = molt_keyword_names(names, %d); }\n", n, instr->keyword_count);
    return n;
}

void error_check_value(Emitter *e, const LirOp *op) {
    if (op->error_exit < 0) return;
    P("    if (");
    V(op->dest);
    P(" == MOLT_ERROR) goto L%d;\n", op->error_exit);
}

static void emit_make_function(Emitter *e, const LirOp *op);

static void goto_error(Emitter *e, const LirOp *op) {
    if (op->error_exit >= 0) P("    goto L%d;\n", op->error_exit);
}

/* "args" array of a call: operands from `first` on. */
void emit_args_array(Emitter *e, const LirOp *op, int first) {
    int count = op->operand_count - first;
    P("        MoltValue args[%d] = {", count > 0 ? count : 1);
    for (int i = first; i < op->operand_count; i++) {
        if (i > first) P(", ");
        V(op->operands[i]);
    }
    if (count == 0) P("0");
    P("};\n");
}

bool any_star(const TirInstr *instr) {
    for (int i = 0; instr->star && i < instr->arg_count; i++)
        if (instr->star[i]) return true;
    return false;
}

static void emit_star_flags(Emitter *e, const TirInstr *instr, int first) {
    int count = instr->arg_count - first;
    P("        static const bool star[%d] = {", count > 0 ? count : 1);
    for (int i = first; i < instr->arg_count; i++) P("%s%d", i > first ? ", " : "", instr->star && instr->star[i] ? 1 : 0);
    if (count == 0) P("0");
    P("};\n");
}

/* f(**mapping): a keyword argument without a name. */
bool has_double_star(const TirInstr *instr) {
    for (int i = 0; i < instr->keyword_count; i++)
        if (!instr->keyword_names[i]) return true;
    return false;
}

/* The call statement (no error check): callable(args...) through the runtime. */
void emit_call_statement(Emitter *e, const LirOp *op, const char *callable_expression, int first) {
    const TirInstr *instr = op->instr;
    bool double_star = has_double_star(instr);
    int kw = instr->keyword_count && !double_star ? keyword_names_constant(e, instr) : -1;
    char kwnames[32];
    if (kw >= 0) snprintf(kwnames, sizeof kwnames, "molt_const%d", kw);
    else snprintf(kwnames, sizeof kwnames, "MOLT_NONE");
    P("    {\n");
    emit_args_array(e, op, first);
    int positional = op->operand_count - first - instr->keyword_count;
    if (double_star) {
        emit_star_flags(e, instr, first);
        P("        static const char *const names[%d] = {", instr->keyword_count);
        for (int i = 0; i < instr->keyword_count; i++) {
            if (i) P(", ");
            if (instr->keyword_names[i]) P("\"%s\"", instr->keyword_names[i]);
            else P("NULL");
        }
        P("};\n        ");
        V(op->dest);
        P(" = molt_call_unpacking(%s, args, star, %d, names, %d);\n", callable_expression, positional,
          instr->keyword_count);
    } else if (any_star(instr)) {
        emit_star_flags(e, instr, first);
        P("        ");
        V(op->dest);
        P(" = molt_call_starred(%s, args, star, %d, %s);\n", callable_expression, positional, kwnames);
    } else if (instr->op == TIR_CALL_BUILTIN && strcmp(callable_expression, "") == 0) {
        /* unreachable: builtins go through emit_builtin_call */
    } else {
        P("        ");
        V(op->dest);
        P(" = molt_call(%s, args, %d, %s);\n", callable_expression, positional, kwnames);
    }
    P("    }\n");
}

static void emit_call(Emitter *e, const LirOp *op, const char *callable_expression, int first) {
    emit_call_statement(e, op, callable_expression, first);
    error_check_value(e, op);
}

static bool is_builtin_function(const char *name) {
#define MOLT_BUILTIN_IS(n) if (strcmp(name, #n) == 0) return true;
    MOLT_BUILTIN_FUNCTIONS(MOLT_BUILTIN_IS)
#undef MOLT_BUILTIN_IS
    return false;
}

static bool is_exception_name(const char *name) {
#define MOLT_EXCEPTION(n, base) if (strcmp(name, #n) == 0) return true;
#include "../../include/molt/exceptions.def"
#undef MOLT_EXCEPTION
    return false;
}

static bool is_builtin_type_name(const char *name) {
#define MOLT_BUILTIN_IS(n) if (strcmp(name, #n) == 0) return true;
    MOLT_BUILTIN_TYPES(MOLT_BUILTIN_IS)
#undef MOLT_BUILTIN_IS
    return is_exception_name(name);
}

static void builtin_value_expression(StrBuf *out, const char *name) {
    if (strcmp(name, "NotImplemented") == 0 || strcmp(name, "Ellipsis") == 0) {
        strbuf_puts(out, name[0] == 'N' ? "MOLT_NOT_IMPLEMENTED" : "MOLT_ELLIPSIS");
        return;
    }
    if (hir_is_runtime_module(name)) {
        strbuf_printf(out, "MOLT_MODULE_VALUE(%s)", name);
        return;
    }
    if (is_builtin_type_name(name)) {
        strbuf_printf(out, "molt_from_ptr(&molt_type_%s)", name);
        return;
    }
    strbuf_printf(out, "MOLT_BUILTIN_VALUE(%s)", name);
}

static void emit_builtin_call(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    if (is_builtin_function(instr->name) && !any_star(instr) && !has_double_star(instr)) {
        int kw = instr->keyword_count ? keyword_names_constant(e, instr) : -1;
        P("    {\n");
        emit_args_array(e, op, 0);
        P("        ");
        V(op->dest);
        int positional = op->operand_count - instr->keyword_count;
        if (kw >= 0) P(" = molt_builtin_%s(args, %d, molt_const%d);\n", instr->name, positional, kw);
        else P(" = molt_builtin_%s(args, %d, MOLT_NONE);\n", instr->name, positional);
        P("    }\n");
        error_check_value(e, op);
        return;
    }
    StrBuf callable;
    strbuf_init(&callable);
    builtin_value_expression(&callable, instr->name);
    emit_call(e, op, callable.data, 0);
    strbuf_free(&callable);
}

/* A direct call to a compiled function: arguments in the callee's
 * representations; boxed ints that do not fit int64 enter its generic version. */
static void emit_direct_call(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    const LirFunction *callee = e->program->functions[instr->callee->index];
    StrBuf name;
    strbuf_init(&name);
    function_c_name(&name, instr->callee);
    bool needs_dispatch = false;
    for (int i = 0; i < op->operand_count; i++)
        if (callee->parameter_repr[i] != LIR_REPR_BOXED && op->operands[i].repr == LIR_REPR_BOXED) needs_dispatch = true;
    bool unboxed_result = callee->return_repr == LIR_REPR_I64;
    if (op->native) {
        /* The callee's int64 result directly; its rare special outcome is an
         * exception or an int that needs the generic version. */
        LirVar slow = {-1, op->label2, LIR_SPECIALIZED, LIR_REPR_BOXED};
        P("    ");
        V(op->dest);
        P(" = %s(", name.data);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            var_as(e->out, op->operands[i], callee->parameter_repr[i]);
        }
        P(");\n    if (molt_is_special_return(");
        V(op->dest);
        P(")) {\n        ");
        V(slow);
        P(" = molt_take_special_return();\n        if (");
        V(slow);
        P(" == MOLT_ERROR) goto L%d;\n        goto L%d;\n    }\n", op->error_exit, op->deopt_exit);
        strbuf_free(&name);
        return;
    }
    if (!needs_dispatch) {
        P("    ");
        V(op->dest);
        P(" = %s%s(", unboxed_result ? "molt_box_int_return(" : "", name.data);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            var_as(e->out, op->operands[i], callee->parameter_repr[i]);
        }
        P(unboxed_result ? "));\n" : ");\n");
    } else {
        P("    {\n        bool unboxed = true;\n");
        for (int i = 0; i < op->operand_count; i++) {
            LirRepr want = callee->parameter_repr[i];
            P("        %s a%d = 0;\n", c_type(want), i);
            if (op->operands[i].repr == LIR_REPR_BOXED && want == LIR_REPR_I64) {
                P("        if (!molt_int_to_i64(");
                V(op->operands[i]);
                P(", &a%d)) unboxed = false;\n", i);
            } else if (op->operands[i].repr == LIR_REPR_BOXED && want == LIR_REPR_F64) {
                P("        a%d = molt_as_double(", i);
                V(op->operands[i]);
                P(");\n");
            } else if (op->operands[i].repr == LIR_REPR_BOXED && want == LIR_REPR_CBOOL) {
                P("        a%d = molt_bool_value(", i);
                V(op->operands[i]);
                P(");\n");
            } else {
                P("        a%d = ", i);
                var_as(e->out, op->operands[i], want);
                P(";\n");
            }
        }
        /* Only an int argument can fail to unbox; without one the generic
         * version (which the callee may not have) is never entered. */
        bool may_fail = false;
        for (int i = 0; i < op->operand_count; i++)
            may_fail |= op->operands[i].repr == LIR_REPR_BOXED && callee->parameter_repr[i] == LIR_REPR_I64;
        P(may_fail ? "        if (unboxed) {\n" : "        (void)unboxed;\n        {\n");
        /* The callee received unboxed copies; release the boxed arguments it would have owned. */
        for (int i = 0; i < op->operand_count; i++)
            if (op->operands[i].repr == LIR_REPR_BOXED && callee->parameter_repr[i] != LIR_REPR_BOXED) {
                P("            molt_decref(");
                V(op->operands[i]);
                P(");\n");
            }
        P("            ");
        V(op->dest);
        P(" = %s%s(", unboxed_result ? "molt_box_int_return(" : "", name.data);
        for (int i = 0; i < op->operand_count; i++) P("%sa%d", i ? ", " : "", i);
        P(unboxed_result ? "));\n" : ");\n");
        if (!may_fail) {
            P("        }\n    }\n");
            strbuf_free(&name);
            error_check_value(e, op);
            return;
        }
        P("        } else {\n            MoltValue boxed[%d] = {", op->operand_count ? op->operand_count : 1);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            P("%s", box_call(op->operands[i].repr));
            V(op->operands[i]);
            P(")");
        }
        if (!op->operand_count) P("0");
        P("};\n            ");
        V(op->dest);
        /* Arguments that do not fit the specialized signature enter the generic version. */
        P(" = %s__generic(0, boxed);\n        }\n    }\n", name.data);
    }
    strbuf_free(&name);
    error_check_value(e, op);
}

/* int64 arithmetic with an exact slow path: on overflow (or a case the fast
 * path cannot decide), compute the boxed result; if it fits, continue, else
 * deoptimize carrying it. */
static void emit_slow_int(Emitter *e, const LirOp *op, const char *slow_call) {
    LirVar slow = {-1, op->label2, LIR_SPECIALIZED, LIR_REPR_BOXED};
    P("    {\n        ");
    V(slow);
    P(" = %s;\n", slow_call);
    P("        if (");
    V(slow);
    P(" == MOLT_ERROR) goto L%d;\n", op->error_exit);
    if (op->deopt_exit >= 0) {
        P("        if (!molt_int_to_i64(");
        V(slow);
        P(", &");
        V(op->dest);
        P(")) goto L%d;\n", op->deopt_exit);
        P("        molt_decref(");
        V(slow);
        P(");\n");
    }
    P("    }\n");
}

static void emit_native_binary(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    LirVar a = op->operands[0], b = op->operands[1], d = op->dest;
    StrBuf x, y;
    strbuf_init(&x);
    strbuf_init(&y);
    if (d.repr == LIR_REPR_I64 || d.repr == LIR_REPR_CBOOL) {
        var_as(&x, a, LIR_REPR_I64);
        var_as(&y, b, LIR_REPR_I64);
        char slow[256];
        snprintf(slow, sizeof slow, "molt_i64_binary_slow(%s, %s, %s)", binary_op_enum[instr->binary_op], x.data, y.data);
        const char *builtin = NULL;
        switch (instr->binary_op) {
        case BINOP_ADD: builtin = "__builtin_add_overflow"; break;
        case BINOP_SUB: builtin = "__builtin_sub_overflow"; break;
        case BINOP_MULT: builtin = "__builtin_mul_overflow"; break;
        case BINOP_FLOORDIV: builtin = "!molt_i64_floordiv"; break;
        case BINOP_MOD: builtin = "!molt_i64_mod"; break;
        case BINOP_LSHIFT: builtin = "!molt_i64_lshift"; break;
        case BINOP_RSHIFT: builtin = "!molt_i64_rshift"; break;
        case BINOP_POW: builtin = "!molt_i64_pow"; break;
        default: break;
        }
        if (builtin) {
            P("    if (%s(%s, %s, &", builtin, x.data, y.data);
            V(d);
            P(")) {\n");
            emit_slow_int(e, op, slow);
            P("    }\n");
        } else {
            const char *c_op = instr->binary_op == BINOP_BITAND ? "&" : instr->binary_op == BINOP_BITOR ? "|" : "^";
            P("    ");
            V(d);
            if (d.repr == LIR_REPR_CBOOL) P(" = (bool)(%s %s %s);\n", x.data, c_op, y.data);
            else P(" = %s %s %s;\n", x.data, c_op, y.data);
        }
    } else {
        /* double result */
        if (instr->binary_op == BINOP_DIV && a.repr != LIR_REPR_F64 && b.repr != LIR_REPR_F64) {
            var_as(&x, a, LIR_REPR_I64);
            var_as(&y, b, LIR_REPR_I64);
            P("    if (%s != 0 && %s >= -(INT64_C(1) << 53) && %s <= (INT64_C(1) << 53) && %s >= -(INT64_C(1) << 53) && %s <= (INT64_C(1) << 53)) {\n",
              y.data, x.data, x.data, y.data, y.data);
            P("        ");
            V(d);
            P(" = (double)%s / (double)%s;\n    } else {\n        MoltValue q = molt_i64_truediv_slow(%s, %s);\n", x.data, y.data, x.data, y.data);
            P("        if (q == MOLT_ERROR) goto L%d;\n        ", op->error_exit);
            V(d);
            P(" = molt_as_double(q);\n    }\n");
        } else {
            var_as(&x, a, LIR_REPR_F64);
            var_as(&y, b, LIR_REPR_F64);
            switch (instr->binary_op) {
            case BINOP_ADD: case BINOP_SUB: case BINOP_MULT: {
                const char *c_op = instr->binary_op == BINOP_ADD ? "+" : instr->binary_op == BINOP_SUB ? "-" : "*";
                P("    ");
                V(d);
                P(" = %s %s %s;\n", x.data, c_op, y.data);
                break;
            }
            case BINOP_DIV:
                P("    if (%s == 0.0) { molt_float_truediv(%s, %s); goto L%d; }\n    ", y.data, x.data, y.data, op->error_exit);
                V(d);
                P(" = %s / %s;\n", x.data, y.data);
                break;
            case BINOP_FLOORDIV:
            case BINOP_MOD: {
                const char *fast = instr->binary_op == BINOP_MOD ? "molt_f64_mod" : "molt_f64_floordiv";
                const char *raise = instr->binary_op == BINOP_MOD ? "molt_float_mod" : "molt_float_floordiv";
                P("    if (!%s(%s, %s, &", fast, x.data, y.data);
                V(d);
                P(")) { %s(%s, %s); goto L%d; }\n", raise, x.data, y.data, op->error_exit);
                break;
            }
            case BINOP_POW:
                P("    if (!molt_f64_pow(%s, %s, &", x.data, y.data);
                V(d);
                P(")) {\n        MoltValue r = molt_float_pow(%s, %s);\n        if (r == MOLT_ERROR) goto L%d;\n        ", x.data, y.data, op->error_exit);
                V(d);
                P(" = molt_as_double(r);\n    }\n");
                break;
            default: break;
            }
        }
    }
    strbuf_free(&x);
    strbuf_free(&y);
}

/* Is the op's result a borrowed reference (LirFunction.borrowed_from)? */
static bool result_is_borrowed(const Emitter *e, const LirOp *op) {
    return op->has_dest && op->dest.value >= 0 && op->dest.mode == LIR_SPECIALIZED &&
           e->f->borrowed_from[op->dest.value] >= 0;
}

static bool is_exact_list(const Emitter *e, int value) {
    return tir_is_exact_list(e->f->tir->values[value]);
}

/* For list[k] with a constant k on a list whose length inference fixed: the
 * normalized index when it is certainly in range, else -1. */
static int64_t proven_list_index(const Emitter *e, const TirInstr *instr) {
    const TirFunction *f = e->f->tir;
    const TirInstr *list = f->values[instr->args[0]], *index = f->values[instr->args[1]];
    if (index->op != TIR_CONST || index->constant.kind != CONST_INT || !index->constant.fits_int64) return -1;
    int length = tir_list_fixed_length(e->program->tir, list->list);
    if (length < 0) return -1;
    int64_t k = index->constant.int_value;
    if (k < 0) k += length;
    return k >= 0 && k < length ? k : -1;
}

static void emit_native(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    LirVar d = op->dest;
    switch (instr->op) {
    case TIR_CONST:
        P("    ");
        V(d);
        if (d.repr == LIR_REPR_I64) P(" = INT64_C(%" PRId64 ");\n", instr->constant.int_value);
        else if (d.repr == LIR_REPR_F64) P(" = %a;\n", instr->constant.float_value);
        else P(" = %s;\n", instr->constant.kind == CONST_TRUE ? "true" : "false");
        return;
    case TIR_PARAM:
        P("    ");
        V(d);
        if (op->dest.mode == LIR_GENERIC) P(" = state[%d];\n", instr->index);
        else P(" = p%d;\n", instr->index);
        return;
    case TIR_BINARY: emit_native_binary(e, op); return;
    case TIR_UNARY: {
        LirVar a = op->operands[0];
        if (d.repr == LIR_REPR_F64) {
            P("    ");
            V(d);
            P(" = %s", instr->unary_op == UNARY_USUB ? "-" : "");
            var_as(e->out, a, LIR_REPR_F64);
            P(";\n");
            return;
        }
        StrBuf x;
        strbuf_init(&x);
        var_as(&x, a, LIR_REPR_I64);
        if (instr->unary_op == UNARY_USUB) {
            P("    if (%s == INT64_MIN) {\n", x.data);
            char slow[128];
            snprintf(slow, sizeof slow, "molt_i64_negate_slow(%s)", x.data);
            emit_slow_int(e, op, slow);
            P("    } else {\n        ");
            V(d);
            P(" = -%s;\n    }\n", x.data);
        } else {
            P("    ");
            V(d);
            P(" = %s%s;\n", instr->unary_op == UNARY_INVERT ? "~" : "", x.data);
        }
        strbuf_free(&x);
        return;
    }
    case TIR_COMPARE: {
        LirVar a = op->operands[0], b = op->operands[1];
        int cmp = instr->compare_op;
        P("    ");
        V(d);
        if (a.repr == LIR_REPR_F64 && b.repr == LIR_REPR_F64) {
            P(" = ");
            V(a);
            P(" %s ", compare_op_c[cmp]);
            V(b);
            P(";\n");
        } else if (a.repr == LIR_REPR_F64 || b.repr == LIR_REPR_F64) {
            /* int vs float: exact, as Python compares them. */
            if (a.repr == LIR_REPR_F64) {
                /* a op b == b swapped-op a; indexed like compare_op_c, values MoltCompareOp. */
                static const int swapped[] = {2, 3, 4, 5, 0, 1};
                P(" = molt_compare_i64_f64(%d, ", swapped[cmp]);
                var_as(e->out, b, LIR_REPR_I64);
                P(", ");
                V(a);
            } else {
                P(" = molt_compare_i64_f64(%d, ", compare_op_number[cmp]);
                var_as(e->out, a, LIR_REPR_I64);
                P(", ");
                V(b);
            }
            P(");\n");
        } else {
            P(" = ");
            var_as(e->out, a, LIR_REPR_I64);
            P(" %s ", compare_op_c[cmp]);
            var_as(e->out, b, LIR_REPR_I64);
            P(";\n");
        }
        return;
    }
    case TIR_TRUTHY: {
        LirVar a = op->operands[0];
        P("    ");
        V(d);
        if (a.repr == LIR_REPR_CBOOL) P(" = ");
        else P(" = 0 != ");
        V(a);
        P(";\n");
        return;
    }
    case TIR_NOT:
        P("    ");
        V(d);
        P(" = !");
        V(op->operands[0]);
        P(";\n");
        return;
    case TIR_BOOL_VALUE:
        P("    ");
        V(d);
        P(" = ");
        V(op->operands[0]);
        P(";\n");
        return;
    case TIR_RANGE_ARG:
        P("    ");
        V(d);
        P(" = ");
        var_as(e->out, op->operands[0], LIR_REPR_I64);
        P(";\n");
        return;
    case TIR_RANGE_STEP:
        P("    if (");
        V(op->operands[0]);
        P(" == 0) { molt_raise_range_zero_step(); goto L%d; }\n    ", op->error_exit);
        V(d);
        P(" = ");
        var_as(e->out, op->operands[0], LIR_REPR_I64);
        P(";\n");
        return;
    case TIR_RANGE_TEST:
        P("    ");
        V(d);
        P(" = ");
        V(op->operands[2]);
        P(" > 0 ? ");
        V(op->operands[0]);
        P(" < ");
        V(op->operands[1]);
        P(" : ");
        V(op->operands[0]);
        P(" > ");
        V(op->operands[1]);
        P(";\n");
        return;
    case TIR_CALL_DIRECT: emit_direct_call(e, op); return;
    case TIR_SETITEM: {
        int64_t proven = proven_list_index(e, instr);
        if (proven >= 0) {
            P("    molt_list_items(");
            V(op->operands[0]);
            P(")[%lld] = %s", (long long)proven, box_call(op->operands[2].repr));
            V(op->operands[2]);
            P(");\n");
            return;
        }
        P("    if (molt_list_store_immediate(");
        V(op->operands[0]);
        P(", ");
        var_as(e->out, op->operands[1], LIR_REPR_I64);
        P(", %s", box_call(op->operands[2].repr));
        V(op->operands[2]);
        P(")) < 0) goto L%d;\n", op->error_exit);
        return;
    }
    case TIR_GETITEM: {
        int64_t proven = proven_list_index(e, instr);
        if (proven >= 0) {
            P("    ");
            V(d);
            P(d.repr == LIR_REPR_F64 ? " = molt_as_double(molt_list_item_at(" : " = molt_bool_value(molt_list_item_at(");
            V(op->operands[0]);
            P(", %lld));\n", (long long)proven);
            return;
        }
        /* Branch on the bounds check itself: an item is never MOLT_ERROR. */
        P("    {\n        int64_t index = ");
        var_as(e->out, op->operands[1], LIR_REPR_I64);
        P(";\n        if (!molt_list_normalize_index(");
        V(op->operands[0]);
        P(", &index)) { molt_list_index_error(); goto L%d; }\n        ", op->error_exit);
        V(d);
        P(d.repr == LIR_REPR_F64 ? " = molt_as_double(molt_list_item_at(" : " = molt_bool_value(molt_list_item_at(");
        V(op->operands[0]);
        P(", index));\n    }\n");
        return;
    }
    default:
        fprintf(stderr, "molt: internal error: no native form for %s\n", tir_op_name(instr->op));
        abort();
    }
}

/* The boxed (runtime) form of an instruction. */
/* A generator's yield: save the live values in the frame, return the value;
 * the resume function's switch comes back to the label after it, where the
 * value sent in (or MOLT_ERROR from throw() and close()) is the result. */
static void emit_yield(Emitter *e, const LirOp *op) {
    const LirResumePoint *point = &e->f->resume_points[op->label];
    P("    {\n");
    for (int i = 0; i < point->value_count; i++) {
        LirVar var = {point->values[i], 0, LIR_GENERIC, e->f->generic_repr[point->values[i]]};
        if (point->borrowed[i]) {
            P("        molt_incref(");
            V(var);
            P(");\n");
        }
        P("        generator->frame[%d] = ", i);
        P("%s", var.repr == LIR_REPR_CBOOL ? box_call(var.repr) : "(");
        V(var);
        P(")");
        P(";\n");
    }
    P("        generator->frame_count = %d;\n        generator->resume_point = %d;\n        return ", point->value_count,
      op->label + 1);
    V(op->operands[0]);
    P(";\n    }\nL%d:;\n    ", point->label);
    V(op->dest);
    P(" = sent;\n");
    error_check_value(e, op);
}

/* Are both operands of a binary instruction known to be str? (Types are
 * facts, and classes cannot derive from str, so such values are exact str.) */
static bool both_str(const Emitter *e, const TirInstr *instr) {
    const TirFunction *f = e->f->tir;
    return instr->arg_count == 2 && f->values[instr->args[0]]->type == TIR_T_STR &&
           f->values[instr->args[1]]->type == TIR_T_STR;
}

static void emit_runtime(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    LirVar d = op->dest;
#define ARG(i) V(op->operands[i])
    switch (instr->op) {
    case TIR_CONST:
        P("    ");
        V(d);
        P(" = ");
        emit_boxed_constant(e, &instr->constant);
        P(";\n");
        return;
    case TIR_PARAM:
        P("    ");
        V(d);
        if (d.mode == LIR_GENERIC) P(" = state[%d];\n", instr->index);
        else P(" = p%d;\n", instr->index);
        return;
    case TIR_UNDEF: P("    "); V(d); P(" = MOLT_UNBOUND;\n"); return;
    case TIR_YIELD: emit_yield(e, op); return;
    case TIR_DELEGATE:
        P("    "); V(d); P(" = molt_yield_from_step("); ARG(0); P(", "); ARG(1); P(", &generator->delegation_result);\n");
        error_check_value(e, op);
        return;
    case TIR_DELEGATE_DONE: P("    "); V(d); P(" = "); ARG(0); P(" == MOLT_STOP;\n"); return;
    case TIR_DELEGATE_RESULT:
        P("    "); V(d); P(" = generator->delegation_result;\n    generator->delegation_result = MOLT_NONE;\n");
        return;
    case TIR_BINARY:
        P("    ");
        V(d);
        /* str + str (str has no subclasses here): the concatenation itself. */
        if (instr->binary_op == BINOP_ADD && both_str(e, instr)) P(" = molt_str_concat(");
        else P(" = molt_%s_op(%s, ", instr->inplace ? "inplace" : "binary", binary_op_enum[instr->binary_op]);
        ARG(0);
        P(", ");
        ARG(1);
        P(");\n");
        error_check_value(e, op);
        return;
    case TIR_UNARY: {
        const char *fn = instr->unary_op == UNARY_USUB ? "molt_negative" : instr->unary_op == UNARY_UADD ? "molt_positive" : "molt_invert";
        P("    ");
        V(d);
        P(" = %s(", fn);
        ARG(0);
        P(");\n");
        error_check_value(e, op);
        return;
    }
    case TIR_NOT: P("    "); V(d); P(" = !"); ARG(0); P(";\n"); return;
    case TIR_TRUTHY:
        P("    {\n        int truth = molt_truthy(");
        ARG(0);
        P(");\n        if (truth < 0) goto L%d;\n        ", op->error_exit);
        V(d);
        P(" = truth;\n    }\n");
        return;
    case TIR_COMPARE:
        if (both_str(e, instr)) {
            /* Two str compare by their text and cannot fail: no slot dispatch, no bool object. */
            P("    ");
            V(d);
            P(d.repr == LIR_REPR_CBOOL ? " = molt_str_compare_bool(%s, " : " = molt_from_bool(molt_str_compare_bool(%s, ",
              compare_op_enum[instr->compare_op]);
            ARG(0);
            P(", ");
            ARG(1);
            P(d.repr == LIR_REPR_CBOOL ? ");\n" : "));\n");
            return;
        }
        if (d.repr == LIR_REPR_CBOOL) {
            P("    {\n        int truth = molt_compare_bool(%s, ", compare_op_enum[instr->compare_op]);
            ARG(0);
            P(", ");
            ARG(1);
            P(");\n        if (truth < 0) goto L%d;\n        ", op->error_exit);
            V(d);
            P(" = truth;\n    }\n");
        } else {
            P("    ");
            V(d);
            P(" = molt_compare(%s, ", compare_op_enum[instr->compare_op]);
            ARG(0);
            P(", ");
            ARG(1);
            P(");\n");
            error_check_value(e, op);
        }
        return;
    case TIR_IS:
        P("    ");
        V(d);
        P(" = ");
        ARG(0);
        P(instr->compare_op == CMP_IS ? " == " : " != ");
        ARG(1);
        P(";\n");
        return;
    case TIR_CONTAINS:
        P("    {\n        int found = molt_contains(");
        ARG(1);
        P(", ");
        ARG(0);
        P(");\n        if (found < 0) goto L%d;\n        ", op->error_exit);
        V(d);
        P(" = %sfound;\n    }\n", instr->compare_op == CMP_NOTIN ? "!" : "");
        return;
    case TIR_BOOL_VALUE: P("    "); V(d); P(" = molt_from_bool("); ARG(0); P(");\n"); return;
    case TIR_CHECK_BOUND:
        P("    if (");
        ARG(0);
        P(" == MOLT_UNBOUND) { %s(\"%s\"); goto L%d; }\n", instr->module_scope ? "molt_raise_name_error" : "molt_raise_unbound_local",
          instr->name, op->error_exit);
        P("    ");
        V(d);
        P(" = ");
        ARG(0);
        P(";\n    molt_incref(");
        V(d);
        P(");\n");
        return;
    case TIR_LOAD_GLOBAL:
        P("    if (molt_global%d == MOLT_UNBOUND) { molt_raise_name_error(\"%s\"); goto L%d; }\n", instr->global->index,
          instr->global->name, op->error_exit);
        P("    ");
        V(d);
        P(" = molt_global%d;\n    molt_incref(", instr->global->index);
        V(d);
        P(");\n");
        return;
    case TIR_STORE_GLOBAL:
        P("    {\n        MoltValue old = molt_global%d;\n        molt_incref(", instr->global->index);
        ARG(0);
        P(");\n        molt_global%d = ", instr->global->index);
        ARG(0);
        P(";\n        molt_decref(old);\n    }\n");
        return;
    case TIR_LOAD_DEFAULT: {
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, instr->callee);
        P("    ");
        V(d);
        P(" = %s_default%d;\n    molt_incref(", name.data, instr->index);
        V(d);
        P(");\n");
        strbuf_free(&name);
        return;
    }
    case TIR_STORE_DEFAULT: {
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, instr->callee);
        P("    molt_incref(");
        ARG(0);
        P(");\n    molt_decref(%s_default%d);\n    %s_default%d = ", name.data, instr->index, name.data, instr->index);
        ARG(0);
        P(";\n");
        strbuf_free(&name);
        return;
    }
    case TIR_MARK_DEFINED: {
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, instr->callee);
        P("    %s_defined = true;\n", name.data);
        strbuf_free(&name);
        return;
    }
    case TIR_CHECK_DEFINED: {
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, instr->callee);
        P("    if (!%s_defined) { molt_raise_name_error(\"%s\"); goto L%d; }\n", name.data, instr->callee->name, op->error_exit);
        strbuf_free(&name);
        return;
    }
    case TIR_CALL_DIRECT: emit_direct_call(e, op); return;
    case TIR_CALL_BUILTIN: emit_builtin_call(e, op); return;
    case TIR_CALL_METHOD: {
        if (emit_fast_method_call(e, op)) return;
        if (any_star(instr) || has_double_star(instr)) {
            /* Unpacked arguments: call the bound method like any callable. */
            P("    {\n        MoltValue method = molt_getattr(");
            ARG(0);
            P(", \"%s\");\n        if (method == MOLT_ERROR) goto L%d;\n", instr->name, op->error_exit);
            emit_call_statement(e, op, "method", 1);
            P("        molt_decref(method);\n    }\n");
            error_check_value(e, op);
            return;
        }
        int kw = instr->keyword_count ? keyword_names_constant(e, instr) : -1;
        P("    {\n");
        emit_args_array(e, op, 1);
        int positional = op->operand_count - 1 - instr->keyword_count;
        {
            P("        ");
            V(d);
            P(" = molt_call_method(");
            ARG(0);
            P(", \"%s\", args, %d, ", instr->name, positional);
            if (kw >= 0) P("molt_const%d);\n", kw);
            else P("MOLT_NONE);\n");
        }
        P("    }\n");
        error_check_value(e, op);
        return;
    }
    case TIR_CALL_VALUE: {
        if (emit_fast_construction(e, op)) return;
        StrBuf callable;
        strbuf_init(&callable);
        var_name(&callable, op->operands[0]);
        emit_call(e, op, callable.data, 1);
        strbuf_free(&callable);
        return;
    }
    case TIR_BUILTIN_VALUE:
        P("    ");
        V(d);
        P(" = ");
        builtin_value_expression(e->out, instr->name);
        P(";\n");
        return;
    case TIR_GETATTR:
        if (emit_fast_getattr(e, op)) return;
        P("    "); V(d); P(" = molt_getattr("); ARG(0); P(", \"%s\");\n", instr->name); error_check_value(e, op); return;
    case TIR_SETATTR:
        if (emit_fast_setattr(e, op)) return;
        P("    if (molt_setattr("); ARG(0); P(", \"%s\", ", instr->name); ARG(1); P(") < 0) goto L%d;\n", op->error_exit);
        return;
    case TIR_DELATTR: P("    if (molt_delattr("); ARG(0); P(", \"%s\") < 0) goto L%d;\n", instr->name, op->error_exit); return;
    case TIR_CALL_RUNTIME:
        P("    "); V(d); P(" = %s(", instr->name);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            ARG(i);
        }
        P(");\n");
        error_check_value(e, op);
        return;
    case TIR_MAKE_CLASS:
        P("    "); V(d); P(" = molt_class_from_body(\"%s\", ", instr->name); ARG(0); P(", "); ARG(1); P(");\n");
        error_check_value(e, op);
        emit_fast_class_enable(e, op);
        return;
    case TIR_GETITEM:
        P("    ");
        V(d);
        if (op->operands[1].repr != LIR_REPR_BOXED) {
            P(result_is_borrowed(e, op) ? " = molt_list_item_borrowed(" : " = molt_list_getitem_i64(");
            ARG(0);
            P(", ");
            var_as(e->out, op->operands[1], LIR_REPR_I64);
        } else {
            P(" = molt_getitem(");
            ARG(0);
            P(", ");
            ARG(1);
        }
        P(");\n");
        error_check_value(e, op);
        return;
    case TIR_SETITEM:
        if (op->operands[1].repr != LIR_REPR_BOXED) {
            P("    if (molt_list_setitem_i64(");
            ARG(0);
            P(", ");
            var_as(e->out, op->operands[1], LIR_REPR_I64);
            P(", ");
            ARG(2);
            P(") < 0) goto L%d;\n", op->error_exit);
            return;
        }
        P("    if (molt_setitem(");
        ARG(0);
        P(", ");
        ARG(1);
        P(", ");
        ARG(2);
        P(") < 0) goto L%d;\n", op->error_exit);
        return;
    case TIR_DELITEM:
        P("    if (molt_delitem(");
        ARG(0);
        P(", ");
        ARG(1);
        P(") < 0) goto L%d;\n", op->error_exit);
        return;
    case TIR_SLICE: P("    "); V(d); P(" = molt_slice_new("); ARG(0); P(", "); ARG(1); P(", "); ARG(2); P(");\n"); error_check_value(e, op); return;
    case TIR_BUILD_LIST:
    case TIR_BUILD_TUPLE: {
        bool tuple = instr->op == TIR_BUILD_TUPLE;
        if (any_star(instr)) {
            P("    {\n");
            emit_args_array(e, op, 0);
            emit_star_flags(e, instr, 0);
            P("        ");
            V(d);
            P(" = molt_list_from_owned(NULL, 0);\n");
            P("        if (");
            V(d);
            P(" == MOLT_ERROR) goto L%d;\n", op->error_exit);
            P("        for (int i = 0; i < %d; i++) {\n", op->operand_count);
            P("            int status = star[i] ? molt_list_extend(");
            V(d);
            P(", args[i]) : molt_list_append(");
            V(d);
            P(", args[i]);\n            if (status < 0) { molt_decref(");
            V(d);
            P("); goto L%d; }\n        }\n", op->error_exit);
            if (tuple) {
                P("        MoltValue list = ");
                V(d);
                P(";\n        MoltValue one[1] = {list};\n        ");
                V(d);
                P(" = molt_call(molt_from_ptr(&molt_type_tuple), one, 1, MOLT_NONE);\n        molt_decref(list);\n");
                P("        if (");
                V(d);
                P(" == MOLT_ERROR) goto L%d;\n", op->error_exit);
            }
            P("    }\n");
            return;
        }
        P("    {\n        MoltValue items[%d] = {", op->operand_count ? op->operand_count : 1);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            ARG(i);
        }
        if (!op->operand_count) P("0");
        P("};\n");
        for (int i = 0; i < op->operand_count; i++) P("        molt_incref(items[%d]);\n", i);
        P("        ");
        V(d);
        P(" = molt_%s_from_owned(items, %d);\n    }\n", tuple ? "tuple" : "list", op->operand_count);
        error_check_value(e, op);
        return;
    }
    case TIR_BUILD_DICT:
        P("    ");
        V(d);
        P(" = molt_dict_new();\n");
        error_check_value(e, op);
        for (int i = 0; i + 1 < op->operand_count; i += 2) {
            P("    if (molt_dict_setitem(");
            V(d);
            P(", ");
            ARG(i);
            P(", ");
            ARG(i + 1);
            P(") < 0) { molt_decref(");
            V(d);
            P("); goto L%d; }\n", op->error_exit);
        }
        return;
    case TIR_SET_ADD: P("    if (molt_set_add("); ARG(0); P(", "); ARG(1); P(") < 0) goto L%d;\n", op->error_exit); return;
    case TIR_BUILD_SET: {
        /* Three or more constants: CPython builds these from a frozenset
         * constant, whose order can differ from adding the items one by one. */
        bool all_constants = op->operand_count >= 3 && !any_star(instr);
        for (int i = 0; i < instr->arg_count && all_constants; i++)
            all_constants = e->f->tir->values[instr->args[i]]->op == TIR_CONST;
        if (all_constants) {
            P("    {\n");
            emit_args_array(e, op, 0);
            P("        ");
            V(d);
            P(" = molt_set_from_constants(args, %d);\n    }\n", op->operand_count);
            error_check_value(e, op);
            return;
        }
        P("    {\n");
        emit_args_array(e, op, 0);
        P("        ");
        V(d);
        P(" = molt_set_from_owned(NULL, 0);\n        if (");
        V(d);
        P(" == MOLT_ERROR) goto L%d;\n", op->error_exit);
        if (op->operand_count) {
            emit_star_flags(e, instr, 0);
            P("        for (int i = 0; i < %d; i++) {\n", op->operand_count);
            P("            int status = 0;\n");
            P("            if (star[i]) {\n                MoltValue it = molt_iter(args[i]);\n                if (it == MOLT_ERROR) status = -1;\n");
            P("                while (status == 0) {\n                    MoltValue item = molt_iter_next(it);\n");
            P("                    if (item == MOLT_STOP) break;\n                    if (item == MOLT_ERROR) { status = -1; break; }\n");
            P("                    status = molt_set_add(");
            V(d);
            P(", item);\n                    molt_decref(item);\n                }\n                if (it != MOLT_ERROR) molt_decref(it);\n");
            P("            } else {\n                status = molt_set_add(");
            V(d);
            P(", args[i]);\n            }\n            if (status < 0) { molt_decref(");
            V(d);
            P("); goto L%d; }\n        }\n", op->error_exit);
        }
        P("    }\n");
        return;
    }
    case TIR_LIST_APPEND: P("    if (molt_list_append("); ARG(0); P(", "); ARG(1); P(") < 0) goto L%d;\n", op->error_exit); return;
    case TIR_LIST_EXTEND: P("    if (molt_list_extend("); ARG(0); P(", "); ARG(1); P(") < 0) goto L%d;\n", op->error_exit); return;
    case TIR_DICT_SET:
        P("    if (molt_dict_setitem(");
        ARG(0);
        P(", ");
        ARG(1);
        P(", ");
        ARG(2);
        P(") < 0) goto L%d;\n", op->error_exit);
        return;
    case TIR_DICT_UPDATE: P("    if (molt_dict_update("); ARG(0); P(", "); ARG(1); P(") < 0) goto L%d;\n", op->error_exit); return;
    case TIR_ITER:
        P("    ");
        V(d);
        P(is_exact_list(e, instr->args[0]) ? " = molt_list_iterator_new(" : " = molt_iter(");
        ARG(0);
        P(");\n");
        error_check_value(e, op);
        return;
    case TIR_FOR_ITER: {
        const TirInstr *iter = e->f->tir->values[instr->args[0]];
        bool over_list = iter->op == TIR_ITER && is_exact_list(e, iter->args[0]);
        P("    ");
        V(d);
        P(!over_list ? " = molt_iter_next(" :
          result_is_borrowed(e, op) ? " = molt_list_iterator_next_borrowed(" : " = molt_list_iterator_next(");
        ARG(0);
        P(");\n");
        error_check_value(e, op);
        P("    if (");
        V(d);
        P(" == MOLT_STOP) goto L%d;\n", op->label2);
        return;
    }
    case TIR_UNPACK:
        P("    ");
        V(d);
        P(" = molt_unpack_to_tuple(");
        ARG(0);
        P(", %d, %d);\n", instr->index, instr->star_index);
        error_check_value(e, op);
        return;
    case TIR_TUPLE_ITEM: P("    "); V(d); P(" = molt_tuple_getitem_i64("); ARG(0); P(", %d);\n", instr->index); return;
    case TIR_FORMAT: {
        const char *convert = instr->index == 'r' ? "molt_repr" : instr->index == 's' ? "molt_str" : instr->index == 'a' ? "molt_ascii" : NULL;
        P("    {\n        MoltValue value = ");
        ARG(0);
        P(";\n");
        if (convert) {
            P("        value = %s(value);\n        if (value == MOLT_ERROR) goto L%d;\n", convert, op->error_exit);
        }
        P("        ");
        V(d);
        if (instr->has_spec) {
            P(" = molt_format(value, ");
            ARG(1);
            P(");\n");
        } else {
            AstConstant empty = {.kind = CONST_STR, .bytes = "", .length = 0};
            P(" = molt_format(value, ");
            emit_boxed_constant(e, &empty);
            P(");\n");
        }
        if (convert) P("        molt_decref(value);\n");
        P("    }\n");
        error_check_value(e, op);
        return;
    }
    case TIR_JOIN_STRS:
        P("    {\n        MoltValue parts[%d] = {", op->operand_count ? op->operand_count : 1);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            ARG(i);
        }
        if (!op->operand_count) P("0");
        P("};\n        ");
        V(d);
        P(" = molt_str_join_parts(parts, %d);\n    }\n", op->operand_count);
        error_check_value(e, op);
        return;
    case TIR_RANGE_ARG: P("    "); V(d); P(" = molt_range_argument("); ARG(0); P(");\n"); error_check_value(e, op); return;
    case TIR_RANGE_STEP:
        P("    {\n        int zero = molt_compare_bool(MOLT_CMP_EQ, ");
        ARG(0);
        P(", molt_from_small_int(0));\n        if (zero != 0) { if (zero > 0) molt_raise_range_zero_step(); goto L%d; }\n    }\n    ", op->error_exit);
        V(d);
        P(" = ");
        ARG(0);
        P(";\n    molt_incref(");
        V(d);
        P(");\n");
        return;
    case TIR_RANGE_TEST:
        P("    {\n        int more = molt_range_continues(");
        ARG(0);
        P(", ");
        ARG(1);
        P(", ");
        ARG(2);
        P(");\n        if (more < 0) goto L%d;\n        ", op->error_exit);
        V(d);
        P(" = more;\n    }\n");
        return;
    case TIR_EXC_MATCH:
        P("    {\n        int match = molt_exc_matches(");
        ARG(0);
        P(");\n        if (match < 0) goto L%d;\n        ", op->error_exit);
        V(d);
        P(" = match;\n    }\n");
        return;
    case TIR_EXC_FETCH: P("    "); V(d); P(" = molt_exc_fetch();\n"); return;
    case TIR_MAKE_CELL:
        P("    ");
        V(d);
        P(" = molt_cell_new(");
        if (op->operand_count) ARG(0);
        else P("MOLT_UNBOUND");
        P(");\n");
        return;
    case TIR_CELL_GET:
        P("    ");
        V(d);
        P(" = molt_cell_get(");
        ARG(0);
        P(", \"%s\", %s);\n", instr->name, instr->module_scope ? "true" : "false");
        error_check_value(e, op);
        return;
    case TIR_CELL_SET: P("    molt_cell_set("); ARG(0); P(", "); ARG(1); P(");\n"); return;
    case TIR_LOAD_CLOSURE:
        P("    ");
        V(d);
        P(" = molt_function_cell(");
        ARG(0);
        P(", %d);\n    molt_incref(", instr->index);
        V(d);
        P(");\n");
        return;
    case TIR_MAKE_FUNCTION: emit_make_function(e, op); return;
    case TIR_EXC_PUSH: P("    molt_exc_push_handled("); ARG(0); P(");\n"); return;
    case TIR_EXC_POP: P("    molt_exc_pop_handled();\n"); return;
    case TIR_RAISE:
        P("    molt_raise(");
        ARG(0);
        if (instr->has_cause) {
            P(", ");
            ARG(1);
        } else {
            P(", MOLT_ERROR");
        }
        P(");\n");
        goto_error(e, op);
        return;
    case TIR_RERAISE: P("    molt_reraise("); ARG(0); P(");\n"); goto_error(e, op); return;
    case TIR_PROPAGATE: goto_error(e, op); return;
    case TIR_RESTORE: P("    molt_exc_restore_recorded("); ARG(0); P(");\n"); goto_error(e, op); return;
    default:
        fprintf(stderr, "molt: internal error: no runtime form for %s\n", tir_op_name(instr->op));
        abort();
    }
#undef ARG
}

void backend_guards_free(BackendGuards *guards) {
    free(guards->items);
    memset(guards, 0, sizeof *guards);
}

void emit_record_guard(Emitter *e, const LirOp *op, const char *kind, const char *class_name) {
    BackendGuards *guards = e->guards;
    if (!guards || !op->instr) return;
    if (guards->count == guards->capacity) {
        guards->capacity = guards->capacity ? guards->capacity * 2 : 32;
        guards->items = realloc(guards->items, sizeof *guards->items * (size_t)guards->capacity);
        if (!guards->items) abort();
    }
    const TirInstr *instr = op->instr;
    const char *name = instr->name ? instr->name : "";
    if (instr->op == TIR_BINARY) name = ast_binary_op_symbol(instr->binary_op);
    else if (instr->op == TIR_UNARY) name = ast_unary_op_symbol(instr->unary_op);
    else if (instr->op == TIR_CALL_DIRECT && instr->callee) name = instr->callee->qualname;
    const HirFunction *function = e->f->tir->hir;
    const char *qualname = function->is_module || !function->qualname ? "<module>" : function->qualname;
    guards->items[guards->count++] = (BackendGuard){kind, qualname, instr->loc, tir_op_name(instr->op), name ? name : "",
                                                    class_name};
}

void emit_op(Emitter *e, const LirOp *op) {
    /* A guard whose failure deoptimizes: an int64 result that may not fit, or
     * a boxed value that must be a small int to continue unboxed. */
    if (op->deopt_exit >= 0 && (op->kind == LIR_OP || op->kind == LIR_UNBOX))
        emit_record_guard(e, op, op->kind == LIR_OP ? "int-overflow" : "int-unbox", NULL);
    switch (op->kind) {
    case LIR_LABEL: P("L%d:;\n", op->label); return;
    case LIR_OP:
        if (op->native) emit_native(e, op);
        else emit_runtime(e, op);
        return;
    case LIR_BOX:
        P("    ");
        V(op->dest);
        P(" = %s", box_call(op->operands[0].repr));
        V(op->operands[0]);
        P(");\n");
        return;
    case LIR_UNBOX:
        switch (op->dest.repr) {
        case LIR_REPR_I64:
            /* Small ints inline; never take the variable's address, so it can
             * stay in a register. */
            P("    if (molt_is_small_int(");
            V(op->operands[0]);
            P(")) ");
            V(op->dest);
            P(" = molt_small_int_value(");
            V(op->operands[0]);
            P(");\n    else {\n        int64_t wide = 0;\n        if (!molt_int_to_i64_slow(");
            V(op->operands[0]);
            if (op->deopt_exit >= 0) P(", &wide)) goto L%d;\n        ", op->deopt_exit);
            else P(", &wide)) {}\n        ");
            V(op->dest);
            P(" = wide;\n    }\n");
            return;
        case LIR_REPR_F64:
            P("    ");
            V(op->dest);
            P(" = molt_as_double(");
            V(op->operands[0]);
            P(");\n");
            return;
        default:
            P("    ");
            V(op->dest);
            P(" = molt_bool_value(");
            V(op->operands[0]);
            P(");\n");
            return;
        }
    case LIR_MOVE:
        P("    ");
        V(op->dest);
        P(" = ");
        V(op->operands[0]);
        P(";\n");
        return;
    case LIR_INCREF:
    case LIR_DECREF:
        P("    molt_%s(", op->kind == LIR_INCREF ? "incref" : "decref");
        V(op->operands[0]);
        P(");\n");
        return;
    case LIR_GOTO: P("    goto L%d;\n", op->label); return;
    case LIR_BRANCH:
        P("    if (");
        V(op->operands[0]);
        P(") goto L%d; else goto L%d;\n", op->label, op->label2);
        return;
    case LIR_RETURN:
        if (e->in_specialized_int_function && op->operands[0].repr == LIR_REPR_BOXED) {
            P("    return molt_return_boxed_int(");
            V(op->operands[0]);
            P(");\n");
            return;
        }
        P("    return ");
        V(op->operands[0]);
        P(";\n");
        return;
    case LIR_TRACEBACK:
        P("    molt_traceback_add(molt_source_file, \"%s\", %d);\n", e->function_name, op->line);
        return;
    case LIR_UNWIND: {
        char line[16];
        snprintf(line, sizeof line, "%d", op->line);
        emit_unwind(e, line);
        return;
    }
    case LIR_DEOPT: {
        P("    {\n        MoltValue state[%d] = {", op->operand_count);
        for (int i = 0; i < op->operand_count; i++) {
            if (i) P(", ");
            V(op->operands[i]);
        }
        P("};\n        return %s", e->f->return_repr == LIR_REPR_I64 ? "molt_return_boxed_int(" : "(");
        function_c_name(e->out, e->f->tir->hir);
        P("__generic(%d, state));\n    }\n", op->label + 1);
        return;
    }
    }
}

/* Above this many LIR operations (both versions), a function is compiled at
 * -O1 (MOLT_LARGE_FUNCTION): the C compiler's time grows faster than linearly
 * with function size, and such functions are straight-line module code. */
#define LARGE_FUNCTION_OPS 6000

static bool is_large(const LirFunction *f) {
    return f->versions[LIR_SPECIALIZED].count + f->versions[LIR_GENERIC].count > LARGE_FUNCTION_OPS;
}

static void emit_signature(Emitter *e, const LirFunction *f) {
    const HirFunction *hir = f->tir->hir;
    if (is_large(f)) P("MOLT_LARGE_FUNCTION ");
    P(f->return_repr == LIR_REPR_I64 ? "static int64_t " : "static MoltValue ");
    function_c_name(e->out, hir);
    if (hir->is_module) {
        P("(void)");
        return;
    }
    P("(");
    for (int i = 0; i < hir->slot_count; i++) P("%s%s p%d", i ? ", " : "", c_type(f->parameter_repr[i]), i);
    /* A closure's body reaches its cells through its function object. */
    if (hir->free_count) P("%sMoltValue p%d", hir->slot_count ? ", " : "", hir->slot_count);
    if (!hir->slot_count && !hir->free_count) P("void");
    P(")");
}

/* A function used as a value has a static MoltCode (its signature, for
 * binding calls made through the object) and an entry that binds a call's
 * arguments and calls the function's C body. */
static void emit_code_object(Emitter *e, const LirFunction *f) {
    const HirFunction *hir = f->tir->hir;
    StrBuf name;
    strbuf_init(&name);
    function_c_name(&name, hir);
    P("static const char *const %s_names[] = {", name.data);
    for (int i = 0; i < hir->slot_count; i++) P("\"%s\", ", hir->locals[i]->name);
    P("NULL};\nstatic MoltValue %s_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);\n",
      name.data);
    P("static const MoltCode %s_code = {\"", name.data);
    strbuf_put_c_string_body(e->out, hir->name, strlen(hir->name));
    P("\", \"");
    strbuf_put_c_string_body(e->out, hir->qualname, strlen(hir->qualname));
    P("\", %s_names, %d, %d, %d, %s, %s, %s_entry, ", name.data, hir->parameter_count,
      hir->positional_only_count, hir->keyword_only_count, hir->has_varargs ? "true" : "false",
      hir->has_varkeywords ? "true" : "false", name.data);
    if (hir->doc) {
        P("\"");
        strbuf_put_c_string_body(e->out, hir->doc, hir->doc_length);
        P("\", %zu, MOLT_MODULE_NAME};\n", hir->doc_length);
    } else {
        P("NULL, 0, MOLT_MODULE_NAME};\n");
    }
    P("static MoltValue %s_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {\n", name.data);
    P("    MoltValue bound[%d];\n", hir->slot_count ? hir->slot_count : 1);
    P("    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;\n");
    /* The body owns its parameters, the hidden function object included. */
    P(hir->free_count ? "    molt_incref(self);\n" : "    (void)self;\n");
    P("    return %s%s(", f->return_repr == LIR_REPR_I64 ? "molt_box_int_return(" : "", name.data);
    for (int i = 0; i < hir->slot_count; i++) P("%sbound[%d]", i ? ", " : "", i);
    if (hir->free_count) P("%sself", hir->slot_count ? ", " : "");
    P(")%s;\n}\n\n", f->return_repr == LIR_REPR_I64 ? ")" : "");
    strbuf_free(&name);
}

static void emit_make_function(Emitter *e, const LirOp *op) {
    const HirFunction *callee = op->instr->callee;
    StrBuf name;
    strbuf_init(&name);
    function_c_name(&name, callee);
    P("    {\n        MoltValue defaults[%d] = {", callee->parameter_count ? callee->parameter_count : 1);
    int a = 0;
    for (int p = 0; p < callee->parameter_count; p++) {
        if (p) P(", ");
        if (callee->defaults[p]) V(op->operands[a++]);
        else P("MOLT_UNBOUND");
    }
    if (!callee->parameter_count) P("MOLT_UNBOUND");
    P("};\n        MoltValue cells[%d] = {", callee->free_count ? callee->free_count : 1);
    for (int c = 0; c < callee->free_count; c++) {
        if (c) P(", ");
        V(op->operands[a++]);
    }
    if (!callee->free_count) P("MOLT_UNBOUND");
    P("};\n        ");
    V(op->dest);
    P(" = molt_function_new(&%s_code, defaults, cells, %d);\n    }\n", name.data, callee->free_count);
    strbuf_free(&name);
}

static void emit_generic_signature(Emitter *e, const LirFunction *f) {
    if (is_large(f)) P("MOLT_LARGE_FUNCTION ");
    P("static MoltValue ");
    function_c_name(e->out, f->tir->hir);
    P(f->tir->hir->is_generator ? "__generic(MoltGenerator *generator, MoltValue sent)"
                                : "__generic(int resume, const MoltValue *state)");
}

/* Declarations of one version's variables: its values and its temporaries. */
static void emit_declarations(Emitter *e, const LirFunction *f, LirMode mode) {
    const TirFunction *tir = f->tir;
    const LirRepr *reprs = mode == LIR_SPECIALIZED ? f->spec_repr : f->generic_repr;
    for (int v = 0; v < tir->value_count; v++)
        if (tir->values[v]->block && reprs[v] != LIR_REPR_NONE)
            P("    %s %c%d = 0;\n", c_type(reprs[v]), mode == LIR_SPECIALIZED ? 's' : 'g', v);
    const LirOpList *list = &f->versions[mode];
    LirRepr *temp_repr = calloc((size_t)f->temp_count + 1, sizeof(LirRepr));
    for (int n = 0; n < list->count; n++) {
        const LirOp *op = &list->ops[n];
        if (op->has_dest && op->dest.value < 0) temp_repr[op->dest.temp] = op->dest.repr;
        for (int i = 0; i < op->operand_count; i++)
            if (op->operands[i].value < 0) temp_repr[op->operands[i].temp] = op->operands[i].repr;
        if (op->kind == LIR_OP && op->deopt_exit >= 0 && op->native) temp_repr[op->label2] = LIR_REPR_BOXED;
    }
    for (int t = 0; t < f->temp_count; t++)
        if (temp_repr[t] != LIR_REPR_NONE) P("    %s t%d = 0;\n", c_type(temp_repr[t]), t);
    free(temp_repr);
}

/* The generic version's entry: resume point 0 is the start, every other one
 * loads the values saved for it from `state` (a deopt exit's array, or a
 * generator's frame, where constants hold a reference of their own). */
static void emit_resume_switch(Emitter *e, const LirFunction *f) {
    P("    switch (resume) {\n    case 0: goto L%d;\n", f->block_label[LIR_GENERIC][0]);
    for (int r = 0; r < f->resume_count; r++) {
        const LirResumePoint *point = &f->resume_points[r];
        P("    case %d:\n", r + 1);
        for (int i = 0; i < point->value_count; i++) {
            int v = point->values[i];
            if (f->generic_repr[v] == LIR_REPR_CBOOL) P("        g%d = molt_bool_value(state[%d]);\n", v, i);
            else P("        g%d = state[%d];\n", v, i);
            if (point->borrowed && point->borrowed[i]) P("        molt_decref(g%d);\n", v);
        }
        P("        goto L%d;\n", point->label);
    }
    P("    }\n");
}

/* The values a generator's frame holds at most: its arguments, or the
 * values live across any one yield. */
static int generator_frame_size(const LirFunction *f) {
    const HirFunction *hir = f->tir->hir;
    int size = hir->slot_count + (hir->free_count ? 1 : 0);
    for (int r = 0; r < f->resume_count; r++)
        if (f->resume_points[r].value_count > size) size = f->resume_points[r].value_count;
    return size;
}

/* A generator function: calling it makes a generator whose frame holds the
 * arguments; its body is the resume function (the generic version), which
 * starts with a switch to where the generator was suspended. */
static void emit_generator(Emitter *e, const LirFunction *f) {
    const HirFunction *hir = f->tir->hir;
    StrBuf name;
    strbuf_init(&name);
    function_c_name(&name, hir);
    P("static const MoltGeneratorCode %s_generator = {\"", name.data);
    strbuf_put_c_string_body(e->out, hir->name, strlen(hir->name));
    P("\", \"");
    strbuf_put_c_string_body(e->out, hir->qualname, strlen(hir->qualname));
    P("\", %s__generic, %d, %s, %s};\n\n", name.data, generator_frame_size(f), hir->is_coroutine ? "true" : "false",
      hir->is_async_generator ? "true" : "false");
    emit_signature(e, f);
    int count = hir->slot_count + (hir->free_count ? 1 : 0);
    P(" {\n    MoltValue args[%d] = {", count ? count : 1);
    for (int i = 0; i < count; i++) P("%sp%d", i ? ", " : "", i);
    if (!count) P("0");
    P("};\n    return molt_generator_new(&%s_generator, args, %d);\n}\n\n", name.data, count);
    strbuf_free(&name);

    emit_generic_signature(e, f);
    P(" {\n");
    emit_declarations(e, f, LIR_GENERIC);
    P("    const MoltValue *state = generator->frame;\n    int resume = generator->resume_point;\n");
    P("    generator->resume_point = -1;\n    (void)sent;\n    (void)state;\n");
    emit_resume_switch(e, f);
    const LirOpList *generic = &f->versions[LIR_GENERIC];
    for (int n = 0; n < generic->count; n++) emit_op(e, &generic->ops[n]);
    P("}\n\n");
}

static void emit_function(Emitter *e, const LirFunction *f) {
    e->f = f;
    e->function_name = f->tir->hir->name;
    if (f->tir->hir->is_generator) {
        emit_generator(e, f);
        return;
    }
    emit_signature(e, f);
    P(" {\n");
    emit_declarations(e, f, LIR_SPECIALIZED);
    const LirOpList *spec = &f->versions[LIR_SPECIALIZED];
    e->in_specialized_int_function = f->return_repr == LIR_REPR_I64;
    emit_version(e, spec);
    e->in_specialized_int_function = false;
    P("}\n\n");
    if (!f->has_generic_version) return;

    /* The generic version: entered at its start with boxed arguments, or at a
     * resume point by a deopt exit of the specialized version. */
    emit_generic_signature(e, f);
    P(" {\n");
    emit_declarations(e, f, LIR_GENERIC);
    emit_resume_switch(e, f);
    emit_version(e, &f->versions[LIR_GENERIC]);
    P("}\n\n");
}

/* What CPython releases at interpreter shutdown: the module's globals (in
 * reverse order of definition), then the function defaults and constants, so
 * that nothing the program allocated is still referenced at exit. */
static void emit_module_teardown(Emitter *e, StrBuf *out) {
    const HirProgram *hir = e->program->tir->hir;
    strbuf_puts(out, "static void molt_module_teardown(void) {\n");
    for (int g = hir->global_count; g-- > 0;)
        strbuf_printf(out, "    if (molt_global%d != MOLT_UNBOUND) molt_decref(molt_global%d);\n    molt_global%d = MOLT_UNBOUND;\n", g, g, g);
    for (int i = e->program->function_count; i-- > 0;) {
        const HirFunction *function = hir->functions[i];
        if (function->is_module) continue;
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, function);
        for (int p = function->parameter_count; p-- > 0;)
            if (function->defaults[p]) strbuf_printf(out, "    molt_decref(%s_default%d);\n    %s_default%d = MOLT_NONE;\n", name.data, p, name.data, p);
        strbuf_free(&name);
    }
    for (int n = e->constant_count; n-- > 0;) strbuf_printf(out, "    molt_decref(molt_const%d);\n", n);
    strbuf_puts(out, "}\n\n");
}

static void put_c_string(StrBuf *out, const char *text) {
    strbuf_puts(out, "\"");
    strbuf_put_c_string_body(out, text, strlen(text));
    strbuf_puts(out, "\"");
}

/* The builtin types' method tables of the program (include/molt/methods.h):
 * only the methods it can name, so that the linker drops the others. */
static void emit_method_tables(StrBuf *out, const BackendModule *module) {
    for (int t = 0; t < module->method_table_count; t++) {
        const BackendMethodTable *table = &module->method_tables[t];
        if (table->count) {
            strbuf_printf(out, "static const MoltMethodEntry *const molt_%s_method_entries[] = {", table->type);
            for (int i = 0; i < table->count; i++)
                strbuf_printf(out, "%s&molt_%s_method_%s", i ? ", " : "", table->type, table->names[i]);
            strbuf_puts(out, "};\n");
        }
        strbuf_printf(out, "const MoltMethodTable molt_%s_methods = {%d, %s%s%s};\n", table->type, table->count,
                      table->count ? "molt_" : "NULL", table->count ? table->type : "", table->count ? "_method_entries" : "");
    }
    if (module->method_table_count) strbuf_puts(out, "\n");
}

/* The entry unit: the table of the program's other modules, then the script. */
static void emit_main(StrBuf *out, const BackendModule *module) {
    emit_method_tables(out, module);
    if (module->module_count > 1) {
        for (int i = 1; i < module->module_count; i++) strbuf_printf(out, "extern MoltUserModule molt_program_module%d;\n", i);
        strbuf_puts(out, "static MoltUserModule *const molt_program_modules[] = {");
        for (int i = 1; i < module->module_count; i++) strbuf_printf(out, "%s&molt_program_module%d", i > 1 ? ", " : "", i);
        strbuf_puts(out, "};\n\n");
    }
    strbuf_puts(out, "int main(int argc, char **argv) {\n    molt_runtime_init(argc, argv, ");
    put_c_string(out, module->script_name);
    strbuf_puts(out, ");\n");
    strbuf_printf(out, "    molt_capabilities_grant(0x%xu);\n", (unsigned)module->capabilities);
    if (module->module_count > 1)
        strbuf_printf(out, "    molt_user_modules_register(molt_program_modules, %d);\n", module->module_count - 1);
    strbuf_puts(out, "    molt_init_constants();\n    int status = molt_runtime_finish(molt_module_body());\n"
                     "    molt_module_teardown();\n    molt_runtime_release();\n    return status;\n}\n");
}

/* An imported module's unit: its module object, which names every global
 * slot (other modules reach them through it) and runs the body on import. */
static void emit_module_object(StrBuf *out, const HirProgram *hir, const BackendModule *module) {
    if (hir->global_count) {
        strbuf_puts(out, "static const MoltModuleGlobal molt_module_globals[] = {\n");
        for (int g = 0; g < hir->global_count; g++) {
            strbuf_puts(out, "    {");
            put_c_string(out, hir->globals[g]->name);
            strbuf_printf(out, ", &molt_global%d, %s},\n", g, hir->globals[g]->function ? "true" : "false");
        }
        strbuf_puts(out, "};\n");
    }
    strbuf_printf(out, "MoltUserModule molt_program_module%d = {MOLT_USER_MODULE_HEADER, ", module->index);
    put_c_string(out, hir->context->name);
    strbuf_puts(out, ", ");
    put_c_string(out, module->source_name);
    strbuf_printf(out, ", %s, %d, molt_init_constants, molt_module_body, molt_module_teardown};\n",
                  hir->global_count ? "molt_module_globals" : "NULL", hir->global_count);
}

void backend_emit_c(StrBuf *out, const LirProgram *program, const BackendModule *module) {
    Emitter emitter = {0};
    Emitter *e = &emitter;
    StrBuf body;
    strbuf_init(&body);
    e->out = &body;
    e->program = program;
    e->guards = module->guards;
    strbuf_init(&e->constants);
    strbuf_init(&e->constant_init);
    for (int i = 0; i < program->function_count; i++) emit_function(e, program->functions[i]);

    strbuf_puts(out, "/* Generated by Molt. */\n#include <stdbool.h>\n#include <stdint.h>\n#include \"molt/molt.h\"\n\n");
    const HirProgram *hir = program->tir->hir;
    /* Traceback entries name the module's file (the entry script's is the runtime's). */
    strbuf_puts(out, "static const char *const molt_source_file = ");
    if (module->index == 0) strbuf_puts(out, "NULL");
    else put_c_string(out, module->source_name);
    /* __module__ of the module's functions. */
    strbuf_puts(out, ";\n#define MOLT_MODULE_NAME ");
    if (module->index == 0) strbuf_puts(out, "NULL");
    else put_c_string(out, hir->context->name);
    strbuf_puts(out, "\n");
    for (int g = 0; g < hir->global_count; g++) strbuf_printf(out, "static MoltValue molt_global%d = MOLT_UNBOUND;  /* %s */\n", g, hir->globals[g]->name);
    for (int i = 0; i < program->function_count; i++) {
        const HirFunction *function = hir->functions[i];
        if (function->is_module) continue;
        StrBuf name;
        strbuf_init(&name);
        function_c_name(&name, function);
        strbuf_printf(out, "static bool %s_defined;\n", name.data);
        for (int p = 0; p < function->parameter_count; p++)
            if (function->defaults[p]) strbuf_printf(out, "static MoltValue %s_default%d = MOLT_NONE;\n", name.data, p);
        strbuf_free(&name);
    }
    strbuf_append(out, e->constants.data ? e->constants.data : "", e->constants.length);
    emit_fast_class_declarations(e, out);
    /* prototypes */
    StrBuf *saved = e->out;
    e->out = out;
    for (int i = 0; i < program->function_count; i++) {
        emit_signature(e, program->functions[i]);
        strbuf_puts(out, ";\n");
        if (program->functions[i]->has_generic_version) {
            emit_generic_signature(e, program->functions[i]);
            strbuf_puts(out, ";\n");
        }
    }
    for (int i = 0; i < program->function_count; i++)
        if (hir->functions[i]->is_value) emit_code_object(e, program->functions[i]);
    e->out = saved;
    strbuf_puts(out, "\n");
    strbuf_append(out, body.data ? body.data : "", body.length);
    strbuf_puts(out, "static void molt_init_constants(void) {\n");
    strbuf_append(out, e->constant_init.data ? e->constant_init.data : "", e->constant_init.length);
    strbuf_puts(out, "}\n\n");
    emit_module_teardown(e, out);
    if (module->index == 0) emit_main(out, module);
    else emit_module_object(out, hir, module);
    strbuf_free(&body);
    strbuf_free(&e->constants);
    strbuf_free(&e->constant_init);
}
