/* Textual form of LIR (--emit=lir): one operation per line, variables named
 * by version and representation (s12:i64 is value 12 in the specialized
 * version as an int64, g12 its boxed generic twin, t3 a temporary). */
#include "lir.h"

static const char *const repr_names[] = {"none", "obj", "i64", "f64", "bool"};

static void print_var(StrBuf *out, LirVar var) {
    if (var.value < 0) strbuf_printf(out, "t%d", var.temp);
    else strbuf_printf(out, "%c%d", var.mode == LIR_SPECIALIZED ? 's' : 'g', var.value);
    strbuf_printf(out, ":%s", repr_names[var.repr]);
}

static void print_operands(StrBuf *out, const LirOp *op) {
    for (int i = 0; i < op->operand_count; i++) {
        strbuf_puts(out, i ? ", " : " ");
        print_var(out, op->operands[i]);
    }
}

void lir_print(StrBuf *out, const LirProgram *program) {
    for (int i = 0; i < program->function_count; i++) {
        const LirFunction *f = program->functions[i];
        strbuf_printf(out, "\nfunction %s%s\n", f->tir->hir->name,
                      f->has_generic_version ? " (specialized + generic)" : "");
        for (int version = 0; version < 2; version++) {
        if (version == LIR_GENERIC && f->has_generic_version) strbuf_puts(out, "  generic version:\n");
        for (int n = 0; n < f->versions[version].count; n++) {
            const LirOp *op = &f->versions[version].ops[n];
            if (op->kind == LIR_LABEL) {
                strbuf_printf(out, "L%d:\n", op->label);
                continue;
            }
            strbuf_puts(out, "    ");
            if (op->has_dest) {
                print_var(out, op->dest);
                strbuf_puts(out, " = ");
            }
            switch (op->kind) {
            case LIR_OP:
                strbuf_printf(out, "%s%s", tir_op_name(op->instr->op), op->native ? ".native" : "");
                print_operands(out, op);
                break;
            case LIR_BOX: strbuf_puts(out, "box"); print_operands(out, op); break;
            case LIR_UNBOX: strbuf_puts(out, op->deopt_exit >= 0 ? "unbox.guarded" : "unbox"); print_operands(out, op); break;
            case LIR_MOVE: strbuf_puts(out, "move"); print_operands(out, op); break;
            case LIR_INCREF: strbuf_puts(out, "incref"); print_operands(out, op); break;
            case LIR_DECREF: strbuf_puts(out, "decref"); print_operands(out, op); break;
            case LIR_GOTO: strbuf_printf(out, "goto L%d", op->label); break;
            case LIR_BRANCH:
                strbuf_puts(out, "branch");
                print_operands(out, op);
                strbuf_printf(out, " ? L%d : L%d", op->label, op->label2);
                break;
            case LIR_RETURN: strbuf_puts(out, "return"); print_operands(out, op); break;
            case LIR_TRACEBACK: strbuf_printf(out, "traceback line %d", op->line); break;
            case LIR_UNWIND: strbuf_printf(out, "unwind line %d", op->line); break;
            case LIR_DEOPT:
                strbuf_printf(out, "deopt to resume point %d (L%d) with", op->label, f->resume_points[op->label].label);
                print_operands(out, op);
                break;
            case LIR_LABEL: break;
            }
            if (op->error_exit >= 0) strbuf_printf(out, "  error -> L%d", op->error_exit);
            if (op->deopt_exit >= 0) strbuf_printf(out, "  deopt -> L%d", op->deopt_exit);
            if (op->kind == LIR_OP && op->instr->op == TIR_FOR_ITER) strbuf_printf(out, "  exhausted -> L%d", op->label2);
            strbuf_puts(out, "\n");
        }
        }
    }
}
