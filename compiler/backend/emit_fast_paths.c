/* Fast paths of class instances (docs/classes.md): for the classes
 * tir_classes.c found fit, attribute reads and writes become a test of the
 * object's exact class and a load or store at a fixed position, method calls
 * a direct C call, and C(args) an allocation and a direct call of __init__.
 * Every fast path falls back to the generic runtime operation when its test
 * fails, so the generic operation is still what defines the behaviour. */
#include <string.h>

#include "emit_internal.h"

/* Sites test at most this many classes before the generic operation. */
enum { MAX_FAST_CLASSES = 4 };

typedef bool (*ClassOffers)(const Emitter *e, const TirClass *class_info, const TirInstr *instr);

static int argument_count(const TirInstr *instr) { return instr->arg_count - 1; }

/* The class whose body defines the function being emitted, or NULL. */
static const TirClass *enclosing_class(const Emitter *e) {
    const TirProgram *tir = e->program->tir;
    const HirFunction *function = e->f->tir->hir;
    for (int c = 0; c < tir->class_count; c++)
        for (int d = 0; d < tir->classes[c].hir->def_count; d++)
            if (tir->classes[c].hir->defs[d].function == function) return &tir->classes[c];
    return NULL;
}

/* The classes offering a fast path for the instruction: the class of the
 * method being emitted first (self is most often its instance), then the
 * others in source order. */
static int offering_classes(const Emitter *e, const TirInstr *instr, ClassOffers offers, const TirClass **out) {
    int count = 0;
    const TirClass *own = enclosing_class(e);
    if (own && own->fast && offers(e, own, instr)) out[count++] = own;
    const TirProgram *tir = e->program->tir;
    for (int c = 0; c < tir->class_count && count < MAX_FAST_CLASSES; c++) {
        const TirClass *class_info = &tir->classes[c];
        if (class_info != own && class_info->fast && offers(e, class_info, instr)) out[count++] = class_info;
    }
    return count;
}

static bool has_field(const Emitter *e, const TirClass *class_info, const TirInstr *instr) {
    (void)e;
    return tir_class_field(class_info, instr->name) >= 0;
}

/* A direct call passes every argument boxed, as the function's own parameters are. */
static bool takes_boxed_arguments(const Emitter *e, const HirFunction *function) {
    const LirFunction *callee = e->program->functions[function->index];
    for (int i = 0; i < function->slot_count; i++)
        if (callee->parameter_repr[i] != LIR_REPR_BOXED) return false;
    return true;
}

static bool plain_call(const TirInstr *instr) { return !any_star(instr) && instr->keyword_count == 0; }

static bool has_method(const Emitter *e, const TirClass *class_info, const TirInstr *instr) {
    HirFunction *function = tir_class_method(class_info, instr->name, argument_count(instr));
    return function && takes_boxed_arguments(e, function);
}

static void class_slot(Emitter *e, const TirClass *class_info) { P("molt_class%d", class_info->hir->index); }

static void guard(Emitter *e, const LirOp *op, const TirClass *class_info) {
    emit_record_guard(e, op, "exact-class", class_info->hir->qualname);
    P("molt_is_exact_instance(");
    V(op->operands[0]);
    P(", ");
    class_slot(e, class_info);
    P(")");
}

/* dest = function(operands...), each operand a new reference (the callee owns its arguments). */
static void direct_call(Emitter *e, const LirOp *op, const HirFunction *function, const char *self) {
    StrBuf name;
    strbuf_init(&name);
    function_c_name(&name, function);
    bool boxes_result = e->program->functions[function->index]->return_repr == LIR_REPR_I64;
    if (self) P("        molt_incref(%s);\n", self);
    for (int i = self ? 1 : 0; i < op->operand_count; i++) {
        P("        molt_incref(");
        V(op->operands[i]);
        P(");\n");
    }
    P("        ");
    V(op->dest);
    if (self) P(" = molt_instance_initialized(%s, ", self);
    else P(" = ");
    P("%s%s(", boxes_result ? "molt_box_int_return(" : "", name.data);
    if (self) P("%s", self);
    for (int i = self ? 1 : 0; i < op->operand_count; i++) {
        if (i) P(", ");
        V(op->operands[i]);
    }
    P(boxes_result ? ")" : "");
    P(self ? "));\n" : ");\n");
    strbuf_free(&name);
}

bool emit_fast_getattr(Emitter *e, const LirOp *op) {
    const TirClass *classes[MAX_FAST_CLASSES];
    int count = offering_classes(e, op->instr, has_field, classes);
    if (!count) return false;
    P("    ");
    for (int c = 0; c < count; c++) {
        P("if (");
        guard(e, op, classes[c]);
        P(" && (");
        V(op->dest);
        P(" = molt_instance_fields(");
        V(op->operands[0]);
        P(")[%d]) != MOLT_UNBOUND) molt_incref(", tir_class_field(classes[c], op->instr->name));
        V(op->dest);
        P(");\n    else ");
    }
    V(op->dest);
    P(" = molt_getattr(");
    V(op->operands[0]);
    P(", \"%s\");\n", op->instr->name);
    error_check_value(e, op);
    return true;
}

bool emit_fast_setattr(Emitter *e, const LirOp *op) {
    const TirClass *classes[MAX_FAST_CLASSES];
    int count = offering_classes(e, op->instr, has_field, classes);
    if (!count) return false;
    P("    ");
    for (int c = 0; c < count; c++) {
        /* Only while no attribute lives in the __dict__ can the field be the place. */
        P("if (");
        guard(e, op, classes[c]);
        P(" && molt_instance_fields_only(");
        V(op->operands[0]);
        P(")) {\n        MoltValue *field = &molt_instance_fields(");
        V(op->operands[0]);
        P(")[%d], old = *field;\n        molt_incref(", tir_class_field(classes[c], op->instr->name));
        V(op->operands[1]);
        P(");\n        *field = ");
        V(op->operands[1]);
        P(";\n        molt_decref(old);\n    } else ");
    }
    P("if (molt_setattr(");
    V(op->operands[0]);
    P(", \"%s\", ", op->instr->name);
    V(op->operands[1]);
    P(") < 0) goto L%d;\n", op->error_exit);
    return true;
}

/* The class a callee value most likely is: the class statement itself, or the
 * module name it binds (the guard compares the value, so a wrong guess only
 * costs the fast path). */
static const TirClass *called_class(const Emitter *e, const TirInstr *instr) {
    const TirProgram *tir = e->program->tir;
    const TirInstr *callee = e->f->tir->values[instr->args[0]];
    while (callee->op == TIR_CHECK_BOUND) callee = e->f->tir->values[callee->args[0]];
    if (callee->op == TIR_MAKE_CLASS && callee->class_info) return &tir->classes[callee->class_info->index];
    if (callee->op != TIR_LOAD_GLOBAL) return NULL;
    for (int c = tir->class_count; c-- > 0;)
        if (tir->classes[c].hir->module_level_only && strcmp(tir->classes[c].hir->name, callee->global->name) == 0)
            return &tir->classes[c];
    return NULL;
}

/* K.m(obj, args) with K a class offering m: the def itself, called directly. */
static bool emit_fast_class_method_call(Emitter *e, const LirOp *op) {
    const TirClass *class_info = called_class(e, op->instr);
    if (!class_info || argument_count(op->instr) < 1) return false;
    /* Through the class, m is the plain function: the arguments bind to its
     * parameters in order, the first one included. */
    HirFunction *function = tir_class_method(class_info, op->instr->name, argument_count(op->instr) - 1);
    if (!function || !takes_boxed_arguments(e, function)) return false;
    P("    if (");
    class_slot(e, class_info);
    P(" && ");
    V(op->operands[0]);
    P(" == molt_from_ptr(");
    class_slot(e, class_info);
    P(")) {\n");
    LirOp shifted = *op;
    shifted.operands = op->operands + 1;
    shifted.operand_count = op->operand_count - 1;
    direct_call(e, &shifted, function, NULL);
    P("    } else {\n");
    emit_args_array(e, op, 1);
    P("        ");
    V(op->dest);
    P(" = molt_call_method(");
    V(op->operands[0]);
    P(", \"%s\", args, %d, MOLT_NONE);\n    }\n", op->instr->name, argument_count(op->instr));
    error_check_value(e, op);
    return true;
}

bool emit_fast_method_call(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    if (!plain_call(instr)) return false;
    if (emit_fast_class_method_call(e, op)) return true;
    const TirClass *classes[MAX_FAST_CLASSES];
    int count = offering_classes(e, instr, has_method, classes);
    if (!count) return false;
    for (int c = 0; c < count; c++) {
        /* An attribute in the __dict__ could shadow the method. */
        P(c ? "    } else if (" : "    if (");
        guard(e, op, classes[c]);
        P(" && molt_instance_fields_only(");
        V(op->operands[0]);
        P(")) {\n");
        direct_call(e, op, tir_class_method(classes[c], instr->name, argument_count(instr)), NULL);
    }
    P("    } else {\n");
    emit_args_array(e, op, 1);
    P("        ");
    V(op->dest);
    P(" = molt_call_method(");
    V(op->operands[0]);
    P(", \"%s\", args, %d, MOLT_NONE);\n    }\n", instr->name, argument_count(instr));
    error_check_value(e, op);
    return true;
}

bool emit_fast_construction(Emitter *e, const LirOp *op) {
    const TirInstr *instr = op->instr;
    if (!plain_call(instr)) return false;
    const TirClass *class_info = called_class(e, instr);
    HirFunction *init;
    if (!class_info || !tir_class_plain_construction(class_info, argument_count(instr), &init)) return false;
    if (init && !takes_boxed_arguments(e, init)) return false;
    P("    if (");
    class_slot(e, class_info);
    P(" && ");
    V(op->operands[0]);
    P(" == molt_from_ptr(");
    class_slot(e, class_info);
    P(")) {\n        MoltValue self = molt_instance_new_fields(");
    class_slot(e, class_info);
    P(");\n");
    if (init) {
        direct_call(e, op, init, "self");
    } else {
        P("        ");
        V(op->dest);
        P(" = self;\n");
    }
    P("    } else\n");
    StrBuf callable;
    strbuf_init(&callable);
    var_name(&callable, op->operands[0]);
    emit_call_statement(e, op, callable.data, 1);
    strbuf_free(&callable);
    error_check_value(e, op);
    return true;
}

void emit_fast_class_enable(Emitter *e, const LirOp *op) {
    const HirClass *hir = op->instr->class_info;
    if (!hir || !e->program->tir->classes[hir->index].fast) return;
    P("    {\n        static const MoltType **const bases[] = {");
    for (int b = 0; b < hir->base_count; b++) P("%s&molt_class%d", b ? ", " : "", hir->bases[b]->index);
    if (!hir->base_count) P("NULL");
    P("};\n        const MoltType *base_types[%d];\n", hir->base_count ? hir->base_count : 1);
    P("        for (size_t i = 0; i < %d; i++) base_types[i] = *bases[i];\n", hir->base_count);
    P("        molt_class_enable_fast_paths(");
    V(op->dest);
    P(", molt_class%d_fields, %d, &molt_class%d, base_types, %d);\n    }\n", hir->index,
      e->program->tir->classes[hir->index].field_count, hir->index, hir->base_count);
}

void emit_fast_class_declarations(Emitter *e, StrBuf *out) {
    const TirProgram *tir = e->program->tir;
    for (int c = 0; c < tir->class_count; c++) {
        const TirClass *class_info = &tir->classes[c];
        if (!class_info->fast) continue;
        strbuf_printf(out, "static const MoltType *molt_class%d;  /* %s: its fast paths, while set */\n", c,
                      class_info->hir->qualname);
        strbuf_printf(out, "static const char *const molt_class%d_fields[] = {", c);
        for (int f = 0; f < class_info->field_count; f++) strbuf_printf(out, "\"%s\", ", class_info->fields[f]);
        strbuf_puts(out, "NULL};\n");
    }
}
