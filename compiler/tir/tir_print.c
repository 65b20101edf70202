/* Textual form of TIR (--emit=tir): blocks with their predecessors, one
 * instruction per line as `vN: type = op args`, so the inferred type of every
 * value can be read and tested. */
#include "tir.h"

static const char *const op_names[TIR_OP_COUNT] = {
    [TIR_CONST] = "const", [TIR_PARAM] = "param", [TIR_PHI] = "phi", [TIR_UNDEF] = "undef",
    [TIR_BINARY] = "binary", [TIR_UNARY] = "unary", [TIR_NOT] = "not", [TIR_TRUTHY] = "truthy",
    [TIR_COMPARE] = "compare", [TIR_IS] = "is", [TIR_CONTAINS] = "contains", [TIR_BOOL_VALUE] = "bool_value",
    [TIR_CHECK_BOUND] = "check_bound", [TIR_LOAD_GLOBAL] = "load_global", [TIR_STORE_GLOBAL] = "store_global",
    [TIR_LOAD_DEFAULT] = "load_default", [TIR_STORE_DEFAULT] = "store_default",
    [TIR_MARK_DEFINED] = "mark_defined", [TIR_CHECK_DEFINED] = "check_defined",
    [TIR_CALL_DIRECT] = "call_direct", [TIR_CALL_BUILTIN] = "call_builtin", [TIR_CALL_METHOD] = "call_method",
    [TIR_CALL_VALUE] = "call_value", [TIR_BUILTIN_VALUE] = "builtin", [TIR_GETATTR] = "getattr",
    [TIR_GETITEM] = "getitem", [TIR_SETITEM] = "setitem", [TIR_DELITEM] = "delitem", [TIR_SLICE] = "slice",
    [TIR_BUILD_LIST] = "build_list", [TIR_BUILD_TUPLE] = "build_tuple", [TIR_BUILD_SET] = "build_set", [TIR_SET_ADD] = "set_add", [TIR_BUILD_DICT] = "build_dict",
    [TIR_LIST_APPEND] = "list_append", [TIR_LIST_EXTEND] = "list_extend", [TIR_DICT_SET] = "dict_set",
    [TIR_DICT_UPDATE] = "dict_update", [TIR_ITER] = "iter", [TIR_UNPACK] = "unpack",
    [TIR_TUPLE_ITEM] = "tuple_item", [TIR_FORMAT] = "format", [TIR_JOIN_STRS] = "join_strs",
    [TIR_RANGE_ARG] = "range_arg", [TIR_RANGE_STEP] = "range_step", [TIR_RANGE_TEST] = "range_test",
    [TIR_EXC_MATCH] = "exc_match", [TIR_EXC_FETCH] = "exc_fetch", [TIR_EXC_PUSH] = "exc_push",
    [TIR_EXC_POP] = "exc_pop", [TIR_MAKE_CELL] = "make_cell",
    [TIR_CELL_GET] = "cell_get", [TIR_CELL_SET] = "cell_set", [TIR_LOAD_CLOSURE] = "load_closure",
    [TIR_MAKE_FUNCTION] = "make_function", [TIR_MAKE_CLASS] = "make_class", [TIR_SETATTR] = "setattr",
    [TIR_DELATTR] = "delattr", [TIR_CALL_RUNTIME] = "call_runtime", [TIR_YIELD] = "yield",
    [TIR_DELEGATE] = "delegate", [TIR_DELEGATE_DONE] = "delegate_done", [TIR_DELEGATE_RESULT] = "delegate_result",
    [TIR_JUMP] = "jump",
    [TIR_BRANCH] = "branch", [TIR_RETURN] = "return", [TIR_RAISE] = "raise", [TIR_RERAISE] = "reraise",
    [TIR_PROPAGATE] = "propagate", [TIR_RESTORE] = "restore", [TIR_FOR_ITER] = "for_iter", [TIR_CHECK] = "check",
};

static const char *const compare_op_names[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};

const char *tir_op_name(TirOp op) { return op_names[op]; }

/* A list's element type, as list[float] (nested: list[list[float]]). */
static void print_list_elements(StrBuf *out, const TirProgram *program, int list, int depth) {
    if (list < 0 || depth > 4) return;
    strbuf_puts(out, "[");
    TirType element = tir_list_element_type(program, list);
    tir_type_print(out, element);
    if (element & TIR_T_LIST) print_list_elements(out, program, tir_list_element_list(program, list), depth + 1);
    int length = tir_list_fixed_length(program, list);
    if (length >= 0) strbuf_printf(out, "; %d", length);
    strbuf_puts(out, "]");
}

static void print_instr(StrBuf *out, const TirProgram *program, const TirInstr *instr) {
    strbuf_puts(out, "    ");
    if (!tir_is_terminator(instr->op) || instr->op == TIR_FOR_ITER) {
        strbuf_printf(out, "v%d: ", instr->id);
        tir_type_print(out, instr->type);
        if (instr->type & TIR_T_LIST) print_list_elements(out, program, instr->list, 0);
        strbuf_puts(out, " = ");
    }
    strbuf_puts(out, op_names[instr->op]);
    switch (instr->op) {
    case TIR_CONST:
        switch (instr->constant.kind) {
        case CONST_INT: strbuf_printf(out, " %s", instr->constant.int_text); break;
        case CONST_FLOAT: strbuf_printf(out, " %.17g", instr->constant.float_value); break;
        case CONST_STR:
        case CONST_BYTES:
            strbuf_puts(out, instr->constant.kind == CONST_BYTES ? " b\"" : " \"");
            strbuf_put_c_string_body(out, instr->constant.bytes, instr->constant.length);
            strbuf_puts(out, "\"");
            break;
        case CONST_TRUE: strbuf_puts(out, " True"); break;
        case CONST_FALSE: strbuf_puts(out, " False"); break;
        case CONST_NONE: strbuf_puts(out, " None"); break;
        default: break;
        }
        break;
    case TIR_PARAM: strbuf_printf(out, " %d", instr->index); break;
    case TIR_BINARY: strbuf_printf(out, " %s%s", ast_binary_op_symbol(instr->binary_op), instr->inplace ? "=" : ""); break;
    case TIR_UNARY: strbuf_printf(out, " %s", ast_unary_op_symbol(instr->unary_op)); break;
    case TIR_COMPARE: case TIR_IS: case TIR_CONTAINS: strbuf_printf(out, " %s", compare_op_names[instr->compare_op]); break;
    case TIR_CALL_DIRECT: case TIR_LOAD_DEFAULT: case TIR_STORE_DEFAULT: case TIR_MARK_DEFINED:
    case TIR_CHECK_DEFINED:
        strbuf_printf(out, " %s", instr->callee->name);
        if (instr->op == TIR_LOAD_DEFAULT || instr->op == TIR_STORE_DEFAULT) strbuf_printf(out, "[%d]", instr->index);
        break;
    case TIR_UNPACK: strbuf_printf(out, " %d star=%d", instr->index, instr->star_index); break;
    case TIR_TUPLE_ITEM: strbuf_printf(out, " [%d]", instr->index); break;
    case TIR_FORMAT:
        if (instr->index > 0) strbuf_printf(out, " !%c", instr->index);
        break;
    default:
        if (instr->name) strbuf_printf(out, " %s", instr->name);
        break;
    }
    for (int i = 0; i < instr->arg_count; i++) {
        strbuf_printf(out, "%s", i ? ", " : " ");
        if (instr->star && instr->star[i]) strbuf_puts(out, "*");
        int keyword = i - (instr->arg_count - instr->keyword_count);
        if (instr->keyword_count && keyword >= 0) strbuf_printf(out, "%s=", instr->keyword_names[keyword]);
        strbuf_printf(out, "v%d", instr->args[i]);
        if (instr->op == TIR_PHI) strbuf_printf(out, " (b%d)", instr->block->preds[i]->id);
    }
    for (int i = 0; i < 2; i++)
        if (instr->targets[i]) strbuf_printf(out, " -> b%d", instr->targets[i]->id);
    if (instr->handler && tir_is_terminator(instr->op)) strbuf_printf(out, " except -> b%d", instr->handler->id);
    strbuf_puts(out, "\n");
}

void tir_print(StrBuf *out, const TirProgram *program) {
    for (int g = 0; g < program->hir->global_count; g++) {
        strbuf_printf(out, "global %s: ", program->hir->globals[g]->name);
        tir_type_print(out, program->global_types[g] & ~TIR_T_UNBOUND);
        strbuf_puts(out, "\n");
    }
    for (int i = 0; i < program->function_count; i++) {
        const TirFunction *f = program->functions[i];
        strbuf_printf(out, "\nfunction %s(", f->hir->name);
        for (int p = 0; p < f->hir->slot_count; p++) {
            strbuf_printf(out, "%s%s: ", p ? ", " : "", f->hir->locals[p]->name);
            tir_type_print(out, f->parameter_types[p]);
        }
        strbuf_puts(out, ") -> ");
        tir_type_print(out, f->return_type);
        strbuf_puts(out, "\n");
        for (int b = 0; b < f->block_count; b++) {
            const TirBlock *block = f->blocks[b];
            if (!block->instr_count) continue;
            strbuf_printf(out, "  b%d:", block->id);
            if (block->pred_count) {
                strbuf_puts(out, " preds");
                for (int p = 0; p < block->pred_count; p++) strbuf_printf(out, " b%d", block->preds[p]->id);
            }
            strbuf_puts(out, "\n");
            for (int n = 0; n < block->instr_count; n++) print_instr(out, program, block->instrs[n]);
        }
    }
}
