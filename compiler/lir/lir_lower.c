/* TIR -> LIR: chooses representations, computes liveness, and makes every
 * reference count operation, conversion, error exit and deopt exit explicit.
 *
 * Ownership rule: every boxed value holds one reference from its definition
 * to its last use (constants and builtin type objects are borrowed and never
 * released). Operations borrow their operands, except direct calls (the
 * callee owns its parameters), return and restore; phi inputs are moved.
 * A value is released right after its last use, or on the edge where it
 * stops being live.
 *
 * One exception saves a reference count pair per read in loops over lists of
 * lists: in the specialized version, an item read from a list whose elements
 * are never dropped (tir_list_elements_stable) is borrowed from that list.
 * Every use of the item then also counts as a use of the list (or of the
 * iterator holding it), which keeps the list, and so the item, alive. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lir.h"

/* ---- representations ----------------------------------------------------------- */

bool lir_is_predicate(TirOp op) {
    return op == TIR_TRUTHY || op == TIR_NOT || op == TIR_IS || op == TIR_CONTAINS || op == TIR_EXC_MATCH ||
           op == TIR_RANGE_TEST || op == TIR_DELEGATE_DONE;
}

bool lir_has_no_value(TirOp op) {
    switch (op) {
    case TIR_STORE_GLOBAL: case TIR_SETITEM: case TIR_DELITEM: case TIR_LIST_APPEND: case TIR_LIST_EXTEND:
    case TIR_SET_ADD:
    case TIR_DICT_SET: case TIR_DICT_UPDATE: case TIR_STORE_DEFAULT: case TIR_MARK_DEFINED:
    case TIR_CHECK_DEFINED: case TIR_EXC_PUSH: case TIR_EXC_POP: case TIR_CELL_SET: case TIR_SETATTR:
    case TIR_DELATTR:
        return true;
    default:
        return tir_is_terminator(op) && op != TIR_FOR_ITER;
    }
}

LirRepr lir_repr_for_type(TirType type) {
    switch (type) {
    case TIR_T_INT: return LIR_REPR_I64;
    case TIR_T_FLOAT: return LIR_REPR_F64;
    case TIR_T_BOOL: return LIR_REPR_CBOOL;
    default: return LIR_REPR_BOXED;
    }
}

static LirRepr value_repr(const TirInstr *instr, LirMode mode, bool only_tested) {
    if (lir_has_no_value(instr->op)) return LIR_REPR_NONE;
    if (lir_is_predicate(instr->op)) return LIR_REPR_CBOOL;
    /* A comparison whose result is only tested (`if a < b`) asks the runtime
     * for its truth (molt_compare_bool): no result object, and two numbers
     * compare inline, whatever the operand types. */
    if (instr->op == TIR_COMPARE && only_tested) return LIR_REPR_CBOOL;
    if (mode == LIR_GENERIC) return LIR_REPR_BOXED;
    return lir_repr_for_type(instr->type);
}

/* Per value: is every use of it a truth test (TIR_TRUTHY)? */
static bool *values_only_tested(Arena *arena, const TirFunction *f) {
    bool *tested = ARENA_ARRAY(arena, bool, f->value_count ? f->value_count : 1);
    bool *other = ARENA_ARRAY(arena, bool, f->value_count ? f->value_count : 1);
    for (int b = 0; b < f->block_count; b++)
        for (int i = 0; i < f->blocks[b]->instr_count; i++) {
            const TirInstr *instr = f->blocks[b]->instrs[i];
            for (int a = 0; a < instr->arg_count; a++) {
                int value = instr->args[a];
                if (value < 0 || value >= f->value_count) continue;
                if (instr->op == TIR_TRUTHY) tested[value] = true;
                else other[value] = true;
            }
        }
    for (int v = 0; v < f->value_count; v++) tested[v] = tested[v] && !other[v];
    return tested;
}

/* ---- bitsets for liveness --------------------------------------------------------- */

typedef uint64_t Word;

static bool bit_get(const Word *set, int i) { return (set[i >> 6] >> (i & 63)) & 1; }
static void bit_set(Word *set, int i) { set[i >> 6] |= (Word)1 << (i & 63); }
static void bit_clear(Word *set, int i) { set[i >> 6] &= ~((Word)1 << (i & 63)); }

typedef struct Lowerer {
    Arena *arena;
    const TirProgram *program;
    const TirFunction *f;
    LirFunction *out;
    int words;
    Word **live_in, **live_out;   /* per block */
    Word **live_after;            /* per value: live right after its instruction */
    LirOpList *stream;            /* the version being lowered */
    LirOpList tail;               /* its out-of-line sections, appended at the end */
    bool to_tail;
    int *resume_label;            /* per value: generic resume point, or -1 */
    LirMode mode;
} Lowerer;

static Word *new_set(Lowerer *l) { return ARENA_ARRAY(l->arena, Word, l->words); }

/* Operand uses that count for liveness (a CHECK only tests its operand on the
 * error path of the checked instruction itself). */
static int use_count(const TirInstr *instr) { return instr->op == TIR_CHECK || instr->op == TIR_PHI ? 0 : instr->arg_count; }

static int pred_index(const TirBlock *block, const TirBlock *pred) {
    for (int i = 0; i < block->pred_count; i++)
        if (block->preds[i] == pred) return i;
    return -1;
}

static int successors(const TirBlock *block, const TirBlock **out) {
    int n = 0;
    if (!block->instr_count) return 0;
    const TirInstr *term = block->instrs[block->instr_count - 1];
    if (!tir_is_terminator(term->op)) return 0;
    for (int i = 0; i < 2; i++)
        if (term->targets[i]) out[n++] = term->targets[i];
    if (term->handler) out[n++] = term->handler;
    return n;
}

/* Marks `value` live, and what keeps it alive when it is borrowed. */
static void use_value(const Lowerer *l, Word *live, int value) {
    for (; value >= 0; value = l->out->borrowed_from[value]) bit_set(live, value);
}

static void compute_liveness(Lowerer *l) {
    const TirFunction *f = l->f;
    l->words = (f->value_count + 63) / 64;
    l->live_in = ARENA_ARRAY(l->arena, Word *, f->block_count);
    l->live_out = ARENA_ARRAY(l->arena, Word *, f->block_count);
    l->live_after = ARENA_ARRAY(l->arena, Word *, f->value_count);
    for (int b = 0; b < f->block_count; b++) {
        l->live_in[b] = new_set(l);
        l->live_out[b] = new_set(l);
    }
    Word *live = new_set(l);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int b = f->block_count - 1; b >= 0; b--) {
            const TirBlock *block = f->blocks[b];
            const TirBlock *succ[3];
            int n = successors(block, succ);
            memset(live, 0, sizeof(Word) * (size_t)l->words);
            for (int s = 0; s < n; s++) {
                const TirBlock *target = succ[s];
                for (int w = 0; w < l->words; w++) live[w] |= l->live_in[target->id][w];
                int index = pred_index(target, block);
                for (int p = 0; p < target->instr_count && target->instrs[p]->op == TIR_PHI; p++)
                    if (index >= 0 && index < target->instrs[p]->arg_count) use_value(l, live, target->instrs[p]->args[index]);
            }
            memcpy(l->live_out[b], live, sizeof(Word) * (size_t)l->words);
            for (int i = block->instr_count - 1; i >= 0; i--) {
                const TirInstr *instr = block->instrs[i];
                bit_clear(live, instr->id);
                for (int a = 0; a < use_count(instr); a++) use_value(l, live, instr->args[a]);
            }
            if (memcmp(live, l->live_in[b], sizeof(Word) * (size_t)l->words) != 0) {
                memcpy(l->live_in[b], live, sizeof(Word) * (size_t)l->words);
                changed = true;
            }
        }
    }
    /* Per instruction: what is live right after it. */
    for (int b = 0; b < f->block_count; b++) {
        const TirBlock *block = f->blocks[b];
        memcpy(live, l->live_out[b], sizeof(Word) * (size_t)l->words);
        for (int i = block->instr_count - 1; i >= 0; i--) {
            const TirInstr *instr = block->instrs[i];
            l->live_after[instr->id] = new_set(l);
            memcpy(l->live_after[instr->id], live, sizeof(Word) * (size_t)l->words);
            bit_clear(live, instr->id);
            for (int a = 0; a < use_count(instr); a++) use_value(l, live, instr->args[a]);
        }
    }
}

/* ---- emitting LIR ------------------------------------------------------------------ */

static LirOp *push(Lowerer *l, LirKind kind) {
    LirOpList *list = l->to_tail ? &l->tail : l->stream;
    LirOp **array = &list->ops;
    int *count = &list->count;
    int *capacity = &list->capacity;
    if (*count == *capacity) {
        *capacity = *capacity ? *capacity * 2 : 64;
        *array = realloc(*array, sizeof(LirOp) * (size_t)*capacity);
        if (!*array) {
            fputs("molt: out of memory\n", stderr);
            exit(3);
        }
    }
    LirOp *op = &(*array)[(*count)++];
    memset(op, 0, sizeof *op);
    op->kind = kind;
    op->error_exit = -1;
    op->deopt_exit = -1;
    op->label = -1;
    op->label2 = -1;
    return op;
}

static int new_label(Lowerer *l) { return l->out->label_count++; }

static void emit_label(Lowerer *l, int label) { push(l, LIR_LABEL)->label = label; }

static void emit_goto(Lowerer *l, int label) { push(l, LIR_GOTO)->label = label; }

static LirVar var_of(Lowerer *l, int value, LirMode mode) {
    LirVar var = {value, 0, mode, mode == LIR_SPECIALIZED ? l->out->spec_repr[value] : l->out->generic_repr[value]};
    return var;
}

static LirVar new_temp(Lowerer *l, LirRepr repr) {
    LirVar var = {-1, l->out->temp_count++, l->mode, repr};
    return var;
}

static LirVar *operands(Lowerer *l, int count) { return count ? ARENA_ARRAY(l->arena, LirVar, count) : NULL; }

static void emit_refcount(Lowerer *l, LirKind kind, LirVar var) {
    LirOp *op = push(l, kind);
    op->operands = operands(l, 1);
    op->operands[0] = var;
    op->operand_count = 1;
}

/* Values that hold a reference the function must release. */
static bool owned(Lowerer *l, int value, LirMode mode) {
    const TirInstr *instr = l->f->values[value];
    if (instr->op == TIR_CONST || instr->op == TIR_BUILTIN_VALUE || instr->op == TIR_UNDEF) return false;
    if (mode == LIR_SPECIALIZED && l->out->borrowed_from[value] >= 0) return false;
    LirRepr repr = mode == LIR_SPECIALIZED ? l->out->spec_repr[value] : l->out->generic_repr[value];
    return repr == LIR_REPR_BOXED;
}

static bool consumes(const TirInstr *instr, int operand) {
    (void)operand;
    return instr->op == TIR_CALL_DIRECT || instr->op == TIR_RETURN || instr->op == TIR_RESTORE || instr->op == TIR_YIELD;
}

static bool is_operand(const TirInstr *instr, int value) {
    for (int a = 0; a < instr->arg_count; a++)
        if (instr->args[a] == value) return true;
    return false;
}

/* Releases the references whose last use is `instr`: its operands and what
 * keeps borrowed operands alive (see use_value), each once, except values in
 * `keep`, operands the instruction consumes, and values already in `released`
 * (which collects what this releases). */
static void release_operands(Lowerer *l, const TirInstr *instr, const Word *keep, Word *released, LirMode mode) {
    bool consumed = instr->arg_count && consumes(instr, 0);
    for (int a = 0; a < instr->arg_count; a++) {
        int v = instr->args[a];
        while (v >= 0) {
            bool skip = bit_get(released, v) || (keep && bit_get(keep, v)) || (consumed && is_operand(instr, v));
            if (!skip) {
                bit_set(released, v);
                if (owned(l, v, mode)) emit_refcount(l, LIR_DECREF, var_of(l, v, mode));
            }
            v = mode == LIR_SPECIALIZED ? l->out->borrowed_from[v] : -1;
        }
    }
}

static void emit_box(Lowerer *l, LirVar dest, LirVar src) {
    LirOp *op = push(l, LIR_BOX);
    op->dest = dest;
    op->has_dest = true;
    op->operands = operands(l, 1);
    op->operands[0] = src;
    op->operand_count = 1;
}

static void emit_move(Lowerer *l, LirVar dest, LirVar src) {
    if (dest.repr != LIR_REPR_BOXED && src.repr == LIR_REPR_BOXED) {
        /* An unchecked unbox: the type says the value has this representation. */
        LirOp *op = push(l, LIR_UNBOX);
        op->dest = dest;
        op->has_dest = true;
        op->operands = operands(l, 1);
        op->operands[0] = src;
        op->operand_count = 1;
        return;
    }
    if (dest.repr == LIR_REPR_BOXED && src.repr != LIR_REPR_BOXED) {
        emit_box(l, dest, src);
        return;
    }
    LirOp *op = push(l, LIR_MOVE);
    op->dest = dest;
    op->has_dest = true;
    op->operands = operands(l, 1);
    op->operands[0] = src;
    op->operand_count = 1;
}

static int block_label(Lowerer *l, const TirBlock *block, LirMode mode) { return l->out->block_label[mode][block->id]; }

/* Code for the edge from `from` to `to`: phi moves, the references the
 * moves need, and releasing what stops being live. `exclude` is a value not
 * defined on this edge (the instruction whose failure or exhaustion it is). */
static void emit_edge(Lowerer *l, const TirBlock *from, const TirBlock *to, int exclude, LirMode mode) {
    const TirFunction *f = l->f;
    int index = pred_index(to, from);
    int phi_count = 0;
    while (phi_count < to->instr_count && to->instrs[phi_count]->op == TIR_PHI) phi_count++;
    const Word *live_in = l->live_in[to->id];
    /* How many references each boxed input must hand over. */
    int *transfers = calloc((size_t)f->value_count, sizeof(int));
    for (int p = 0; p < phi_count; p++) {
        const TirInstr *phi = to->instrs[p];
        int input = phi->args[index];
        if (var_of(l, phi->id, mode).repr == LIR_REPR_BOXED && var_of(l, input, mode).repr == LIR_REPR_BOXED)
            transfers[input]++;
    }
    for (int v = 0; v < f->value_count; v++) {
        if (!transfers[v]) continue;
        int needs = transfers[v] + (bit_get(live_in, v) ? 1 : 0);
        int have = owned(l, v, mode) ? 1 : 0;
        for (int i = have; i < needs; i++) emit_refcount(l, LIR_INCREF, var_of(l, v, mode));
    }
    /* Release what dies on this edge, before the moves: a dying value may be
     * kept live only as the owner of a borrowed phi input (already given its
     * own reference above), and the moves may overwrite its variable. */
    const Word *live_out = l->live_out[from->id];
    for (int v = 0; v < f->value_count; v++) {
        if (v == exclude || !bit_get(live_out, v) || bit_get(live_in, v) || transfers[v]) continue;
        if (owned(l, v, mode)) emit_refcount(l, LIR_DECREF, var_of(l, v, mode));
    }
    /* Parallel moves through temporaries, so a phi input that is itself a phi
     * of this block is read before it is overwritten. */
    LirVar *temps = phi_count ? calloc((size_t)phi_count, sizeof(LirVar)) : NULL;
    for (int p = 0; p < phi_count; p++) {
        const TirInstr *phi = to->instrs[p];
        LirVar dest = var_of(l, phi->id, mode);
        temps[p] = phi_count > 1 ? new_temp(l, dest.repr) : dest;
        temps[p].mode = mode;
        emit_move(l, temps[p], var_of(l, phi->args[index], mode));
    }
    if (phi_count > 1)
        for (int p = 0; p < phi_count; p++) emit_move(l, var_of(l, to->instrs[p]->id, mode), temps[p]);
    free(temps);
    free(transfers);
    emit_goto(l, block_label(l, to, mode));
}

/* An edge as a label: the block's own label when the edge needs no code. */
static int edge_label(Lowerer *l, const TirBlock *from, const TirBlock *to, int exclude, LirMode mode) {
    bool saved = l->to_tail;
    int label = new_label(l);
    l->to_tail = true;
    emit_label(l, label);
    emit_edge(l, from, to, exclude, mode);
    l->to_tail = saved;
    return label;
}

/* Does `instr` pass on an exception this frame already recorded (a handler
 * that did not match)? CPython adds a traceback entry for the frame only
 * where an error arises in it, whether a handler of the frame catches it or
 * not, so this adds none. (Re-raises that call the runtime, a bare raise or
 * the end of a finally, are told apart there: see molt_traceback_add.) */
static bool continues_recorded_error(const TirInstr *instr) { return instr->op == TIR_PROPAGATE; }

/* Where an error raised by `instr` goes, as a label of an out-of-line exit
 * that releases what the failed instruction leaves behind. */
static int error_exit(Lowerer *l, const TirInstr *instr, const LirVar *temps, int temp_count, LirMode mode) {
    bool saved = l->to_tail;
    int label = new_label(l);
    l->to_tail = true;
    emit_label(l, label);
    for (int t = 0; t < temp_count; t++) emit_refcount(l, LIR_DECREF, temps[t]);
    const Word *after = l->live_after[instr->id];
    const TirBlock *block = instr->block;
    const TirInstr *term = block->instrs[block->instr_count - 1];
    bool to_handler = instr->handler && (term == instr || (term->op == TIR_CHECK && term->args[0] == instr->id));
    /* The operands (on the way to a handler, the edge decides about values live there). */
    Word *released = new_set(l);
    release_operands(l, instr, to_handler ? after : NULL, released, mode);
    if (to_handler) {
        if (!continues_recorded_error(instr)) {
            LirOp *traceback = push(l, LIR_TRACEBACK);
            traceback->line = instr->loc.line;
            traceback->instr = instr;
        }
        emit_edge(l, block, instr->handler, instr->id, mode);
    } else {
        for (int v = 0; v < l->f->value_count; v++)
            if (v != instr->id && bit_get(after, v) && !bit_get(released, v) && owned(l, v, mode))
                emit_refcount(l, LIR_DECREF, var_of(l, v, mode));
        LirOp *unwind = push(l, LIR_UNWIND);
        unwind->line = continues_recorded_error(instr) ? 0 : instr->loc.line;
        unwind->instr = instr;
    }
    l->to_tail = saved;
    return label;
}

/* Records a point where the generic version can be entered; returns its index. */
static int add_resume_point(Lowerer *l, int label, const int *values, int count, const bool *borrowed) {
    LirFunction *out = l->out;
    if (out->resume_count == out->resume_capacity) {
        out->resume_capacity = out->resume_capacity ? out->resume_capacity * 2 : 16;
        LirResumePoint *grown = ARENA_ARRAY(l->arena, LirResumePoint, out->resume_capacity);
        if (out->resume_count) memcpy(grown, out->resume_points, sizeof(LirResumePoint) * (size_t)out->resume_count);
        out->resume_points = grown;
    }
    LirResumePoint *point = &out->resume_points[out->resume_count];
    point->label = label;
    point->values = values;
    point->value_count = count;
    point->borrowed = borrowed;
    return out->resume_count++;
}

/* A deopt exit from the specialized version right after `instr`: the live
 * values move (boxed) into the generic version, `boxed_result` becomes the
 * instruction's generic value, and execution resumes in the generic version. */
static int deopt_exit(Lowerer *l, const TirInstr *instr, LirVar boxed_result, const LirVar *temps, int temp_count) {
    bool saved = l->to_tail;
    int label = new_label(l);
    l->to_tail = true;
    emit_label(l, label);
    for (int t = 0; t < temp_count; t++) emit_refcount(l, LIR_DECREF, temps[t]);
    const Word *after = l->live_after[instr->id];
    release_operands(l, instr, after, new_set(l), LIR_SPECIALIZED);
    /* The live values, boxed, then the instruction's own (boxed) result. */
    int count = 0;
    for (int v = 0; v < l->f->value_count; v++)
        if (v != instr->id && bit_get(after, v)) count++;
    int *values = ARENA_ARRAY(l->arena, int, count + 1);
    LirVar *handed = operands(l, count + 1);
    int n = 0;
    for (int v = 0; v < l->f->value_count; v++) {
        if (v == instr->id || !bit_get(after, v)) continue;
        LirVar spec = var_of(l, v, LIR_SPECIALIZED);
        if (spec.repr != LIR_REPR_BOXED) {
            LirVar boxed = new_temp(l, LIR_REPR_BOXED);
            emit_box(l, boxed, spec);
            spec = boxed;
        } else if (!owned(l, v, LIR_SPECIALIZED) && owned(l, v, LIR_GENERIC)) {
            emit_refcount(l, LIR_INCREF, spec);   /* a borrowed item: the generic version owns its values */
        }
        values[n] = v;
        handed[n++] = spec;
    }
    values[n] = instr->id;
    handed[n++] = boxed_result;
    if (l->resume_label[instr->id] < 0) l->resume_label[instr->id] = new_label(l);
    LirOp *deopt = push(l, LIR_DEOPT);
    deopt->label = add_resume_point(l, l->resume_label[instr->id], values, n, NULL);
    deopt->operands = handed;
    deopt->operand_count = n;
    l->to_tail = saved;
    return label;
}

/* ---- borrowed items ------------------------------------------------------------- */

/* The value keeping `instr`'s result alive when the result can be borrowed in
 * the specialized version (see the ownership rule), or -1. */
static int borrow_source(const Lowerer *l, const TirInstr *instr) {
    if (l->out->spec_repr[instr->id] != LIR_REPR_BOXED) return -1;
    const TirFunction *f = l->f;
    if (instr->op == TIR_GETITEM) {
        const TirInstr *container = f->values[instr->args[0]];
        LirRepr index = l->out->spec_repr[instr->args[1]];
        bool by_int = index == LIR_REPR_I64 || index == LIR_REPR_CBOOL;
        return by_int && tir_is_exact_list(container) && tir_list_elements_stable(l->program, container->list) ?
               container->id : -1;
    }
    if (instr->op == TIR_FOR_ITER) {
        const TirInstr *iter = f->values[instr->args[0]];
        if (iter->op != TIR_ITER) return -1;
        const TirInstr *iterable = f->values[iter->args[0]];
        return tir_is_exact_list(iterable) && tir_list_elements_stable(l->program, iterable->list) ? iter->id : -1;
    }
    return -1;
}

/* ---- instruction selection ---------------------------------------------------------- */

static bool is_unboxed_number(LirRepr repr) {
    return repr == LIR_REPR_I64 || repr == LIR_REPR_F64 || repr == LIR_REPR_CBOOL;
}

static bool is_int_like(LirRepr repr) { return repr == LIR_REPR_I64 || repr == LIR_REPR_CBOOL; }

static const TirFunction *f_of(const Lowerer *l) { return l->f; }

/* Can this instruction run natively on its operands' representations (and
 * produce its result's representation directly)? */
static bool select_native(Lowerer *l, const TirInstr *instr, LirMode mode) {
    LirRepr result = var_of(l, instr->id, mode).repr;
#define REPR(i) (var_of(l, instr->args[i], mode).repr)
    switch (instr->op) {
    case TIR_CONST:
        if (instr->constant.kind == CONST_INT) return result == LIR_REPR_I64 && instr->constant.fits_int64;
        return result != LIR_REPR_BOXED;
    case TIR_BINARY: {
        LirRepr a = REPR(0), b = REPR(1);
        if (!is_unboxed_number(a) || !is_unboxed_number(b)) return false;
        switch (instr->binary_op) {
        case BINOP_ADD: case BINOP_SUB: case BINOP_MULT: case BINOP_FLOORDIV: case BINOP_MOD:
            return result == LIR_REPR_I64 || result == LIR_REPR_F64;
        case BINOP_DIV: return result == LIR_REPR_F64;
        case BINOP_POW: return result == LIR_REPR_I64 || result == LIR_REPR_F64;
        case BINOP_LSHIFT: case BINOP_RSHIFT: return result == LIR_REPR_I64 && is_int_like(a) && is_int_like(b);
        case BINOP_BITAND: case BINOP_BITOR: case BINOP_BITXOR:
            return (result == LIR_REPR_I64 || result == LIR_REPR_CBOOL) && is_int_like(a) && is_int_like(b);
        default: return false;
        }
    }
    case TIR_UNARY: return is_unboxed_number(REPR(0)) && (result == LIR_REPR_I64 || result == LIR_REPR_F64);
    case TIR_COMPARE: return is_unboxed_number(REPR(0)) && is_unboxed_number(REPR(1)) && result == LIR_REPR_CBOOL;
    case TIR_TRUTHY: return REPR(0) != LIR_REPR_BOXED;
    case TIR_NOT: return true;
    case TIR_BOOL_VALUE: return result == LIR_REPR_CBOOL;
    case TIR_RANGE_ARG: case TIR_RANGE_STEP: return is_int_like(REPR(0)) && result == LIR_REPR_I64;
    case TIR_RANGE_TEST: return REPR(0) == LIR_REPR_I64 && REPR(1) == LIR_REPR_I64 && REPR(2) == LIR_REPR_I64;
    case TIR_PARAM: return true;
    case TIR_CALL_DIRECT: {
        /* A specialized callee returning an unboxed int, called with exactly its
         * parameter representations. */
        if (mode != LIR_SPECIALIZED || result != LIR_REPR_I64) return false;
        const TirFunction *callee = l->program->functions[instr->callee->index];
        if (callee->hir->is_module || lir_repr_for_type(callee->return_type) != LIR_REPR_I64) return false;
        for (int a = 0; a < instr->arg_count; a++) {
            LirRepr want = lir_repr_for_type(callee->parameter_types[a]);
            if (want != LIR_REPR_BOXED && REPR(a) != want) return false;
        }
        return true;
    }
    case TIR_SETITEM: {
        /* Storing a float into a list of floats: both old and new items are
         * immediates, so no reference counts change. */
        const TirInstr *container = f_of(l)->values[instr->args[0]];
        if (!tir_is_exact_list(container) || container->list < 0 || !is_int_like(REPR(1))) return false;
        TirType element = tir_list_element_type(l->program, container->list);
        LirRepr value = REPR(2);
        return (element == TIR_T_FLOAT && value == LIR_REPR_F64) || (element == TIR_T_BOOL && value == LIR_REPR_CBOOL);
    }
    case TIR_GETITEM:
        /* An element of a list of floats (or bools) is read without boxing. */
        return tir_is_exact_list(f_of(l)->values[instr->args[0]]) && is_int_like(REPR(1)) &&
               (result == LIR_REPR_F64 || result == LIR_REPR_CBOOL);
    default: return false;
    }
#undef REPR
}

/* Does the native form of this instruction have a guard (an int64 result that
 * may not fit, computed exactly on the boxed slow path)? */
static bool native_has_guard(const TirInstr *instr, LirRepr result) {
    if (result != LIR_REPR_I64) return false;
    switch (instr->op) {
    case TIR_BINARY: case TIR_UNARY: case TIR_CALL_DIRECT: return true;
    default: return false;
    }
}

static bool native_may_raise(const TirInstr *instr, LirRepr result) {
    switch (instr->op) {
    case TIR_BINARY:
        switch (instr->binary_op) {
        case BINOP_DIV: case BINOP_FLOORDIV: case BINOP_MOD: case BINOP_POW: case BINOP_LSHIFT: case BINOP_RSHIFT:
            return true;
        default: return result == LIR_REPR_I64;   /* the exact slow path can fail to allocate */
        }
    case TIR_UNARY: return result == LIR_REPR_I64;
    case TIR_RANGE_STEP: case TIR_GETITEM: case TIR_SETITEM: case TIR_CALL_DIRECT: return true;
    default: return false;
    }
}

static bool runtime_may_raise(const TirInstr *instr) {
    switch (instr->op) {
    case TIR_CONST: case TIR_PARAM: case TIR_NOT: case TIR_BOOL_VALUE: case TIR_IS: case TIR_BUILTIN_VALUE:
    case TIR_TUPLE_ITEM: case TIR_EXC_FETCH: case TIR_EXC_PUSH: case TIR_EXC_POP: case TIR_STORE_GLOBAL:
    case TIR_STORE_DEFAULT: case TIR_LOAD_DEFAULT: case TIR_MARK_DEFINED: case TIR_UNDEF:
    case TIR_MAKE_CELL: case TIR_CELL_SET: case TIR_LOAD_CLOSURE: case TIR_MAKE_FUNCTION:
    case TIR_DELEGATE_DONE: case TIR_DELEGATE_RESULT:
        return false;
    case TIR_YIELD: return !instr->delegating;   /* throw() and close() raise at the yield */
    default: return true;
    }
}

/* A generator's yield: the values live across it are saved in the frame and
 * loaded back when the generator resumes here. Returns the resume point. */
static int yield_resume_point(Lowerer *l, const TirInstr *instr) {
    const Word *after = l->live_after[instr->id];
    int count = 0;
    for (int v = 0; v < l->f->value_count; v++)
        if (v != instr->id && bit_get(after, v)) count++;
    int *values = ARENA_ARRAY(l->arena, int, count ? count : 1);
    bool *borrowed = ARENA_ARRAY(l->arena, bool, count ? count : 1);
    int n = 0;
    for (int v = 0; v < l->f->value_count; v++) {
        if (v == instr->id || !bit_get(after, v)) continue;
        borrowed[n] = l->out->generic_repr[v] == LIR_REPR_BOXED && !owned(l, v, LIR_GENERIC);
        values[n++] = v;
    }
    return add_resume_point(l, new_label(l), values, n, borrowed);
}

/* ---- lowering instructions ---------------------------------------------------------- */

static void lower_instr(Lowerer *l, const TirInstr *instr, LirMode mode) {
    const TirFunction *f = l->f;
    const Word *after = l->live_after[instr->id];
    bool native = select_native(l, instr, mode);
    LirVar dest = var_of(l, instr->id, mode);
    bool has_value = dest.repr != LIR_REPR_NONE;

    LirVar *ops = operands(l, instr->arg_count);
    LirVar temps[64];
    int temp_count = 0;
    for (int a = 0; a < instr->arg_count; a++) {
        LirVar var = var_of(l, instr->args[a], mode);
        /* A direct call passes arguments in the callee's parameter representations. */
        bool direct_unboxed = instr->op == TIR_CALL_DIRECT &&
                              lir_repr_for_type(l->program->functions[instr->callee->index]->parameter_types[a]) != LIR_REPR_BOXED;
        /* list[i] with an int64 index goes straight to the list. */
        bool list_index = (instr->op == TIR_GETITEM || instr->op == TIR_SETITEM) && a == 1 &&
                          tir_is_exact_list(f->values[instr->args[0]]) &&
                          (var.repr == LIR_REPR_I64 || var.repr == LIR_REPR_CBOOL);
        bool needs_boxed = instr->op == TIR_CALL_DIRECT ? !direct_unboxed && var.repr != LIR_REPR_BOXED :
                           !native && !list_index && var.repr != LIR_REPR_BOXED &&
                           !(var.repr == LIR_REPR_CBOOL && (instr->op == TIR_BRANCH || instr->op == TIR_NOT ||
                                                            instr->op == TIR_BOOL_VALUE || instr->op == TIR_TRUTHY));
        if (needs_boxed) {
            LirVar temp = new_temp(l, LIR_REPR_BOXED);
            emit_box(l, temp, var);
            var = temp;
            if (!consumes(instr, a) && temp_count < 64) temps[temp_count++] = temp;
        } else if (consumes(instr, a) && var.repr == LIR_REPR_BOXED) {
            /* The instruction takes a reference: give it one unless this use is the last. */
            bool duplicate = false;
            for (int b = 0; b < a; b++) duplicate |= instr->args[b] == instr->args[a];
            if (!owned(l, instr->args[a], mode) || bit_get(after, instr->args[a]) || duplicate)
                emit_refcount(l, LIR_INCREF, var);
        }
        ops[a] = var;
    }

    /* The result: natively in the value's representation, or boxed from the
     * runtime and then unboxed (with a guard for ints). */
    LirRepr produced = native ? dest.repr : (lir_is_predicate(instr->op) ? LIR_REPR_CBOOL : LIR_REPR_BOXED);
    if (!has_value) produced = LIR_REPR_NONE;
    if (instr->op == TIR_COMPARE && !native && dest.repr == LIR_REPR_CBOOL) produced = LIR_REPR_CBOOL;
    LirVar result = dest;
    bool unbox_after = has_value && produced != dest.repr;
    if (unbox_after) result = new_temp(l, produced);

    LirOp *op = push(l, LIR_OP);
    op->instr = instr;
    op->native = native;
    op->operands = ops;
    op->operand_count = instr->arg_count;
    op->line = instr->loc.line;
    if (has_value) {
        op->dest = result;
        op->has_dest = true;
    }
    /* Exits go to the out-of-line tail, so `op` stays valid. */
    bool may_raise = native ? native_may_raise(instr, dest.repr) : runtime_may_raise(instr);
    if (may_raise) op->error_exit = error_exit(l, instr, temps, temp_count, mode);
    if (instr->op == TIR_YIELD) op->label = yield_resume_point(l, instr);
    if (native && mode == LIR_SPECIALIZED && native_has_guard(instr, dest.repr)) {
        /* The exact boxed result of the slow path: the deopt exit carries it
         * into the generic version when it does not fit in int64. */
        LirVar slow = new_temp(l, LIR_REPR_BOXED);
        op->deopt_exit = deopt_exit(l, instr, slow, temps, temp_count);
        op->label2 = slow.temp;
    }

    if (instr->op == TIR_FOR_ITER) return;   /* the terminator lowering finishes it */

    if (unbox_after) {
        LirOp *unbox = push(l, LIR_UNBOX);
        unbox->dest = dest;
        unbox->has_dest = true;
        unbox->operands = operands(l, 1);
        unbox->operands[0] = result;
        unbox->operand_count = 1;
        if (mode == LIR_SPECIALIZED && dest.repr == LIR_REPR_I64) {
            int index = l->stream->count - 1;
            int exit = deopt_exit(l, instr, result, temps, temp_count);
            l->stream->ops[index].deopt_exit = exit;
        }
    }
    for (int t = 0; t < temp_count; t++) emit_refcount(l, LIR_DECREF, temps[t]);
    release_operands(l, instr, after, new_set(l), mode);
    if (mode == LIR_GENERIC && l->resume_label[instr->id] >= 0) emit_label(l, l->resume_label[instr->id]);
    if (unbox_after && result.repr == LIR_REPR_BOXED) emit_refcount(l, LIR_DECREF, result);
    if (has_value && !bit_get(after, instr->id) && owned(l, instr->id, mode))
        emit_refcount(l, LIR_DECREF, dest);
}

static void lower_terminator(Lowerer *l, const TirInstr *term, LirMode mode) {
    const TirBlock *block = term->block;
    switch (term->op) {
    case TIR_JUMP: emit_edge(l, block, term->targets[0], -1, mode); return;
    case TIR_CHECK: emit_edge(l, block, term->targets[0], -1, mode); return;
    case TIR_BRANCH: {
        LirOp *branch = push(l, LIR_BRANCH);
        int index = l->stream->count - 1;
        branch->operands = operands(l, 1);
        branch->operands[0] = var_of(l, term->args[0], mode);
        branch->operand_count = 1;
        int if_true = edge_label(l, block, term->targets[0], -1, mode);
        int if_false = edge_label(l, block, term->targets[1], -1, mode);
        LirOp *op = &l->stream->ops[index];
        op->label = if_true;
        op->label2 = if_false;
        return;
    }
    case TIR_RETURN: {
        LirVar value = var_of(l, term->args[0], mode);
        bool unboxed_int = mode == LIR_SPECIALIZED && l->out->return_repr == LIR_REPR_I64 && value.repr == LIR_REPR_I64;
        if (unboxed_int) {
        } else if (value.repr != LIR_REPR_BOXED) {
            LirVar temp = new_temp(l, LIR_REPR_BOXED);
            emit_box(l, temp, value);
            value = temp;
        } else if (!owned(l, term->args[0], mode)) {
            emit_refcount(l, LIR_INCREF, value);
        }
        release_operands(l, term, l->live_after[term->id], new_set(l), mode);   /* a borrowed result's owner */
        LirOp *ret = push(l, LIR_RETURN);
        ret->operands = operands(l, 1);
        ret->operands[0] = value;
        ret->operand_count = 1;
        return;
    }
    case TIR_FOR_ITER: {
        lower_instr(l, term, mode);
        int index = l->stream->count - 1;
        /* An iterator the loop body never comes back for (it always breaks)
         * dies here, on both edges: CPython drops it then, which finalizes a
         * generator. */
        int iterator = term->args[0];
        bool iterator_dies = !bit_get(l->live_out[block->id], iterator) && owned(l, iterator, mode);
        bool saved = l->to_tail;
        int exhausted = new_label(l);
        l->to_tail = true;
        emit_label(l, exhausted);
        if (iterator_dies) emit_refcount(l, LIR_DECREF, var_of(l, iterator, mode));
        emit_edge(l, block, term->targets[1], term->id, mode);
        l->to_tail = saved;
        if (iterator_dies) emit_refcount(l, LIR_DECREF, var_of(l, iterator, mode));
        l->stream->ops[index].label2 = exhausted;
        LirVar dest = var_of(l, term->id, mode);
        if (dest.repr != LIR_REPR_BOXED) {
            /* The op produced a boxed temporary; unbox it into the item. */
            LirVar boxed = l->stream->ops[index].dest;
            LirOp *unbox = push(l, LIR_UNBOX);
            unbox->dest = dest;
            unbox->has_dest = true;
            unbox->operands = operands(l, 1);
            unbox->operands[0] = boxed;
            unbox->operand_count = 1;
            if (mode == LIR_SPECIALIZED && dest.repr == LIR_REPR_I64) {
                int unbox_index = l->stream->count - 1;
                int exit = deopt_exit(l, term, boxed, NULL, 0);
                l->stream->ops[unbox_index].deopt_exit = exit;
            }
            emit_refcount(l, LIR_DECREF, boxed);
        }
        if (mode == LIR_GENERIC && l->resume_label[term->id] >= 0) emit_label(l, l->resume_label[term->id]);
        /* An item nothing reads (for _ in ...) dies at once. */
        if (!bit_get(l->live_out[block->id], term->id) && owned(l, term->id, mode)) emit_refcount(l, LIR_DECREF, dest);
        emit_edge(l, block, term->targets[0], -1, mode);
        return;
    }
    case TIR_RAISE: case TIR_RERAISE: case TIR_PROPAGATE: case TIR_RESTORE:
        lower_instr(l, term, mode);
        return;
    default: return;
    }
}

static void lower_version(Lowerer *l, LirMode mode) {
    const TirFunction *f = l->f;
    l->mode = mode;
    l->stream = &l->out->versions[mode];
    l->tail.count = 0;
    l->to_tail = false;
    for (int b = 0; b < f->block_count; b++) {
        const TirBlock *block = f->blocks[b];
        if (!block->instr_count) continue;
        if (b != 0 && block->pred_count == 0) continue;   /* unreachable */
        emit_label(l, block_label(l, block, mode));
        for (int i = 0; i < block->instr_count; i++) {
            const TirInstr *instr = block->instrs[i];
            if (instr->op == TIR_PHI) continue;
            if (tir_is_terminator(instr->op)) lower_terminator(l, instr, mode);
            else lower_instr(l, instr, mode);
        }
    }
    for (int i = 0; i < l->tail.count; i++) *push(l, LIR_LABEL) = l->tail.ops[i];
}

static LirFunction *lower_function(Lowerer *l, const TirFunction *f) {
    LirFunction *out = ARENA_NEW(l->arena, LirFunction);
    out->tir = f;
    l->f = f;
    l->out = out;
    l->tail.ops = NULL;
    l->tail.count = l->tail.capacity = 0;
    l->to_tail = false;
    out->spec_repr = ARENA_ARRAY(l->arena, LirRepr, f->value_count ? f->value_count : 1);
    out->generic_repr = ARENA_ARRAY(l->arena, LirRepr, f->value_count ? f->value_count : 1);
    l->resume_label = ARENA_ARRAY(l->arena, int, f->value_count ? f->value_count : 1);
    const bool *only_tested = values_only_tested(l->arena, f);
    for (int v = 0; v < f->value_count; v++) {
        out->spec_repr[v] = value_repr(f->values[v], LIR_SPECIALIZED, only_tested[v]);
        out->generic_repr[v] = value_repr(f->values[v], LIR_GENERIC, only_tested[v]);
        l->resume_label[v] = -1;
    }
    out->borrowed_from = ARENA_ARRAY(l->arena, int, f->value_count ? f->value_count : 1);
    for (int v = 0; v < f->value_count; v++) out->borrowed_from[v] = borrow_source(l, f->values[v]);
    int parameters = f->hir->slot_count;
    out->parameter_repr = ARENA_ARRAY(l->arena, LirRepr, parameters ? parameters : 1);
    /* A generator has only the generic version: its body is the resume function. */
    bool generator = f->hir->is_generator;
    for (int p = 0; p < parameters; p++)
        out->parameter_repr[p] = generator ? LIR_REPR_BOXED : lir_repr_for_type(f->parameter_types[p]);
    out->has_generic_version = f->has_int_guards || generator;
    out->return_repr = !f->hir->is_module && !generator && lir_repr_for_type(f->return_type) == LIR_REPR_I64 ? LIR_REPR_I64 : LIR_REPR_BOXED;
    for (int mode = 0; mode < 2; mode++) {
        out->block_label[mode] = ARENA_ARRAY(l->arena, int, f->block_count ? f->block_count : 1);
        for (int b = 0; b < f->block_count; b++) out->block_label[mode][b] = out->label_count++;
    }
    compute_liveness(l);
    if (!generator) lower_version(l, LIR_SPECIALIZED);
    if (out->has_generic_version) lower_version(l, LIR_GENERIC);
    free(l->tail.ops);
    return out;
}

LirProgram *lir_lower(Arena *arena, const TirProgram *program) {
    LirProgram *out = ARENA_NEW(arena, LirProgram);
    out->tir = program;
    out->function_count = program->function_count;
    out->functions = ARENA_ARRAY(arena, LirFunction *, program->function_count);
    Lowerer l = {0};
    l.arena = arena;
    l.program = program;
    for (int i = 0; i < program->function_count; i++) out->functions[i] = lower_function(&l, program->functions[i]);
    return out;
}
