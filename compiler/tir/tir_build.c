/* HIR -> TIR: builds each function's control-flow graph and puts it in SSA
 * form on the fly, reading and writing variables per block as in Braun et
 * al., "Simple and Efficient Construction of Static Single Assignment Form"
 * (CC 2013): phis are created lazily and completed when a block is sealed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tir.h"

typedef struct LoopContext {
    TirBlock *break_target;
    TirBlock *continue_target;
    int unwind_depth;            /* cleanup stack depth at loop entry */
    int iterator;                /* a for loop's iterator value, or -1 */
} LoopContext;

/* What leaving a region early (break/continue/return) must run first. */
typedef enum { CLEANUP_FINALLY, CLEANUP_HANDLED_EXCEPTION } CleanupKind;
typedef struct Cleanup {
    CleanupKind kind;
    const HirStmtList *finalbody;   /* FINALLY */
    TirBlock *handler;              /* the exception handler in effect outside the region */
    int handled_variable;           /* HANDLED_EXCEPTION: variable holding the exception */
} Cleanup;

typedef struct Builder {
    Arena *arena;
    TirProgram *program;
    TirFunction *function;
    TirBlock *block;                /* where instructions go; NULL after a terminator */
    TirBlock *handler;              /* innermost exception landing pad, or NULL */
    LoopContext loops[64];
    int loop_depth;
    Cleanup cleanups[64];
    int cleanup_depth;
    int handled_variable;           /* variable holding the exception an except clause handles, or -1 */
    int variable_table_size;        /* capacity of every block's definition table */
    SourceLoc loc;                  /* of the statement being built */
} Builder;

static const HirFunction *current_hir(Builder *b) { return b->function->hir; }

/* ---- blocks and instructions ------------------------------------------------ */

#define GROW(arena, array, count, capacity, Type)                                  \
    do {                                                                           \
        if ((count) == (capacity)) {                                               \
            int new_capacity = (capacity) ? (capacity) * 2 : 8;                    \
            Type *grown = ARENA_ARRAY(arena, Type, new_capacity);                  \
            if (count) memcpy(grown, (array), sizeof(Type) * (size_t)(count));     \
            (array) = grown;                                                       \
            (capacity) = new_capacity;                                             \
        }                                                                          \
    } while (0)

static TirBlock *new_block(Builder *b) {
    TirFunction *f = b->function;
    TirBlock *block = ARENA_NEW(b->arena, TirBlock);
    block->id = f->block_count;
    GROW(b->arena, f->blocks, f->block_count, f->block_capacity, TirBlock *);
    f->blocks[f->block_count++] = block;
    return block;
}

static int *block_defs(Builder *b, TirBlock *block) {
    if (!block->current_defs) {
        block->current_defs = ARENA_ARRAY(b->arena, int, b->variable_table_size);
        for (int i = 0; i < b->variable_table_size; i++) block->current_defs[i] = -1;
    }
    return block->current_defs;
}

static TirInstr *new_instr_detached(Builder *b, TirOp op, int arg_count) {
    TirFunction *f = b->function;
    TirInstr *instr = ARENA_NEW(b->arena, TirInstr);
    instr->op = op;
    instr->loc = b->loc;
    instr->arg_count = arg_count;
    instr->args = arg_count ? ARENA_ARRAY(b->arena, int, arg_count) : NULL;
    instr->id = f->value_count;
    instr->list = -1;
    instr->site = -1;
    GROW(b->arena, f->values, f->value_count, f->value_capacity, TirInstr *);
    f->values[f->value_count++] = instr;
    return instr;
}

static void block_insert(Builder *b, TirBlock *block, int position, TirInstr *instr) {
    GROW(b->arena, block->instrs, block->instr_count, block->instr_capacity, TirInstr *);
    memmove(block->instrs + position + 1, block->instrs + position,
            sizeof(TirInstr *) * (size_t)(block->instr_count - position));
    block->instrs[position] = instr;
    block->instr_count++;
    instr->block = block;
}

static void add_pred(Builder *b, TirBlock *block, TirBlock *pred) {
    GROW(b->arena, block->preds, block->pred_count, block->pred_capacity, TirBlock *);
    block->preds[block->pred_count++] = pred;
}

/* A block for code after a terminator: it has no predecessors. */
static void ensure_block(Builder *b) {
    if (!b->block) {
        b->block = new_block(b);
        b->block->sealed = true;
    }
}

static bool op_may_raise(TirOp op) {
    switch (op) {
    case TIR_CONST: case TIR_PARAM: case TIR_PHI: case TIR_UNDEF: case TIR_NOT: case TIR_IS:
    case TIR_BOOL_VALUE: case TIR_STORE_GLOBAL: case TIR_LOAD_DEFAULT: case TIR_STORE_DEFAULT:
    case TIR_MARK_DEFINED: case TIR_BUILTIN_VALUE: case TIR_TUPLE_ITEM: case TIR_RANGE_TEST:
    case TIR_EXC_FETCH: case TIR_EXC_PUSH: case TIR_EXC_POP: case TIR_CHECK_BOUND:
    case TIR_MAKE_CELL: case TIR_CELL_SET: case TIR_LOAD_CLOSURE: case TIR_MAKE_FUNCTION:
    case TIR_DELEGATE_DONE: case TIR_DELEGATE_RESULT:
        return false;
    default:
        return true;
    }
}

/* Appends an instruction to the current block. Inside a try region an
 * instruction that can raise ends its block with a CHECK whose error edge
 * leads to the landing pad. */
static TirInstr *emit(Builder *b, TirOp op, int arg_count) {
    ensure_block(b);
    TirInstr *instr = new_instr_detached(b, op, arg_count);
    block_insert(b, b->block, b->block->instr_count, instr);
    return instr;
}

static bool terminator_may_raise(TirOp op) {
    return op == TIR_RAISE || op == TIR_RERAISE || op == TIR_PROPAGATE || op == TIR_RESTORE ||
           op == TIR_FOR_ITER || op == TIR_CHECK;
}

/* Ends the current block with `instr`; a terminator that can raise gets the
 * current landing pad as its error successor. */
static void terminate(Builder *b, TirInstr *instr) {
    ensure_block(b);
    block_insert(b, b->block, b->block->instr_count, instr);
    TirBlock *from = b->block;
    if (terminator_may_raise(instr->op)) instr->handler = b->handler;
    for (int i = 0; i < 2; i++)
        if (instr->targets[i]) add_pred(b, instr->targets[i], from);
    if (instr->handler) add_pred(b, instr->handler, from);
    b->block = NULL;
}

static void finish_instr(Builder *b, TirInstr *instr) {
    instr->handler = b->handler;
    if (b->handler && op_may_raise(instr->op) && !tir_is_terminator(instr->op)) {
        TirInstr *check = new_instr_detached(b, TIR_CHECK, 1);
        check->args[0] = instr->id;
        TirBlock *ok = new_block(b);
        check->targets[0] = ok;
        terminate(b, check);
        ok->sealed = true;
        b->block = ok;
    }
}

static void jump(Builder *b, TirBlock *target) {
    if (!b->block) return;
    TirInstr *instr = new_instr_detached(b, TIR_JUMP, 0);
    instr->targets[0] = target;
    terminate(b, instr);
}

static void branch(Builder *b, int condition, TirBlock *if_true, TirBlock *if_false) {
    TirInstr *instr = new_instr_detached(b, TIR_BRANCH, 1);
    instr->args[0] = condition;
    instr->targets[0] = if_true;
    instr->targets[1] = if_false;
    terminate(b, instr);
}

/* ---- SSA variables ----------------------------------------------------------- */

static int read_variable(Builder *b, int variable, TirBlock *block);

static void write_variable(Builder *b, int variable, TirBlock *block, int value) {
    block_defs(b, block)[variable] = value;
}

static int count_phis(const TirBlock *block) {
    int n = 0;
    while (n < block->instr_count && block->instrs[n]->op == TIR_PHI) n++;
    return n;
}

static TirInstr *new_phi(Builder *b, TirBlock *block, int variable) {
    TirInstr *phi = new_instr_detached(b, TIR_PHI, 0);
    phi->index = variable;
    block_insert(b, block, count_phis(block), phi);
    return phi;
}

static void add_phi_operands(Builder *b, TirInstr *phi, int variable) {
    TirBlock *block = phi->block;
    phi->arg_count = block->pred_count;
    phi->args = ARENA_ARRAY(b->arena, int, block->pred_count ? block->pred_count : 1);
    for (int i = 0; i < block->pred_count; i++) phi->args[i] = read_variable(b, variable, block->preds[i]);
}

static int undefined_value(Builder *b, int variable) {
    TirBlock *entry = b->function->blocks[0];
    for (int i = 0; i < entry->instr_count; i++)
        if (entry->instrs[i]->op == TIR_UNDEF && entry->instrs[i]->index == variable) return entry->instrs[i]->id;
    TirInstr *undef = new_instr_detached(b, TIR_UNDEF, 0);
    undef->index = variable;
    block_insert(b, entry, count_phis(entry), undef);
    return undef->id;
}

static int read_variable(Builder *b, int variable, TirBlock *block) {
    int *defs = block_defs(b, block);
    if (defs[variable] >= 0) return defs[variable];
    int value;
    if (!block->sealed) {
        TirInstr *phi = new_phi(b, block, variable);
        GROW(b->arena, block->incomplete_phis, block->incomplete_count, block->incomplete_capacity, TirInstr *);
        block->incomplete_phis[block->incomplete_count++] = phi;
        value = phi->id;
    } else if (block->pred_count == 0) {
        value = undefined_value(b, variable);
    } else if (block->pred_count == 1) {
        value = read_variable(b, variable, block->preds[0]);
    } else {
        TirInstr *phi = new_phi(b, block, variable);
        write_variable(b, variable, block, phi->id);
        add_phi_operands(b, phi, variable);
        value = phi->id;
    }
    write_variable(b, variable, block, value);
    return value;
}

static void seal_block(Builder *b, TirBlock *block) {
    if (block->sealed) return;
    for (int i = 0; i < block->incomplete_count; i++)
        add_phi_operands(b, block->incomplete_phis[i], block->incomplete_phis[i]->index);
    block->incomplete_count = 0;
    block->sealed = true;
}

static int new_variable(Builder *b) {
    if (b->function->variable_count >= b->variable_table_size) {
        fputs("molt: internal limit: too many temporaries in one function\n", stderr);
        exit(3);
    }
    return b->function->variable_count++;
}

/* Assigning a HIR local: a new SSA value, or a store into its cell. */
static void write_local(Builder *b, const HirLocal *local, int value) {
    ensure_block(b);
    if (!local->is_cell) {
        write_variable(b, local->index, b->block, value);
        return;
    }
    TirInstr *set = emit(b, TIR_CELL_SET, 2);
    set->args[0] = read_variable(b, local->index, b->block);
    set->args[1] = value;
}

/* Reading a HIR local: values that may not have been assigned on every path
 * are checked (UnboundLocalError / NameError). */
static int read_local(Builder *b, const HirLocal *local) {
    ensure_block(b);
    int value = read_variable(b, local->index, b->block);
    if (local->is_cell) {
        /* The variable holds the cell (made at entry); the cell checks for emptiness. */
        TirInstr *get = emit(b, TIR_CELL_GET, 1);
        get->args[0] = value;
        get->name = local->name;
        get->index = local->index;
        get->module_scope = local->free_index >= 0;
        finish_instr(b, get);
        return get->id;
    }
    TirOp op = b->function->values[value]->op;
    if (op != TIR_PHI && op != TIR_UNDEF) return value;
    TirInstr *check = emit(b, TIR_CHECK_BOUND, 1);
    check->args[0] = value;
    check->name = local->name;
    check->index = local->index;
    check->module_scope = current_hir(b)->is_module;
    check->handler = b->handler;
    return check->id;
}

/* A tuple of the locals' values as they are, unbound (MOLT_UNBOUND) or not;
 * a cell variable or free variable gives its cell (for dir()). */
static int build_unchecked_locals(Builder *b, const HirExprList *locals) {
    int *values = ARENA_ARRAY(b->arena, int, locals->count ? locals->count : 1);
    for (int i = 0; i < locals->count; i++) {
        ensure_block(b);
        values[i] = read_variable(b, locals->items[i]->as.local->index, b->block);
    }
    TirInstr *instr = emit(b, TIR_BUILD_TUPLE, locals->count);
    memcpy(instr->args, values, sizeof(int) * (size_t)locals->count);
    finish_instr(b, instr);
    return instr->id;
}

/* ---- expressions ---------------------------------------------------------------- */

static int build_expr(Builder *b, const HirExpr *e);
static void build_body(Builder *b, const HirStmtList *body);
static void build_assign(Builder *b, const HirTarget *target, int value);

static int emit_const(Builder *b, AstConstKind kind) {
    TirInstr *instr = emit(b, TIR_CONST, 0);
    instr->constant.kind = kind;
    return instr->id;
}

static int emit_int(Builder *b, int64_t value) {
    TirInstr *instr = emit(b, TIR_CONST, 0);
    instr->constant.kind = CONST_INT;
    instr->constant.fits_int64 = 1;
    instr->constant.int_value = value;
    instr->constant.int_text = arena_printf(b->arena, "%lld", (long long)value);
    return instr->id;
}

static int emit1(Builder *b, TirOp op, int arg) {
    TirInstr *instr = emit(b, op, 1);
    instr->args[0] = arg;
    finish_instr(b, instr);
    return instr->id;
}

static int truthy(Builder *b, int value) { return emit1(b, TIR_TRUTHY, value); }

/* Lowers a call's argument list: positional values (starred ones flagged),
 * then keyword values. Returns the instruction with arguments filled from
 * index `first` on. */
static TirInstr *emit_call(Builder *b, TirOp op, int first, const HirArgs *args) {
    int positional = args->positional.count, keywords = args->keyword_values.count;
    int *values = malloc(sizeof(int) * (size_t)(positional + keywords + 1));
    for (int i = 0; i < positional; i++) values[i] = build_expr(b, args->positional.items[i]);
    for (int i = 0; i < keywords; i++) values[positional + i] = build_expr(b, args->keyword_values.items[i]);
    TirInstr *instr = emit(b, op, first + positional + keywords);
    memcpy(instr->args + first, values, sizeof(int) * (size_t)(positional + keywords));
    free(values);
    instr->keyword_count = keywords;
    instr->keyword_names = args->keyword_names;
    if (args->star) {
        instr->star = ARENA_ARRAY(b->arena, bool, first + positional + keywords);
        memcpy(instr->star + first, args->star, sizeof(bool) * (size_t)positional);
    }
    return instr;
}

static int build_direct_call(Builder *b, const HirExpr *e) {
    HirFunction *callee = e->as.call_function.function;
    int n = callee->slot_count;
    int *values = ARENA_ARRAY(b->arena, int, n ? n : 1);
    for (int i = 0; i < e->as.call_function.order_count; i++) {
        int parameter = e->as.call_function.order[i];
        values[parameter] = build_expr(b, e->as.call_function.bound[parameter]);
    }
    /* A function calling itself certainly exists. */
    if (!callee->always_defined && callee != current_hir(b)) {
        TirInstr *defined = emit(b, TIR_CHECK_DEFINED, 0);
        defined->callee = callee;
        finish_instr(b, defined);
    }
    for (int i = 0; i < callee->parameter_count; i++) {
        if (!e->as.call_function.bound[i]) {
            TirInstr *load = emit(b, TIR_LOAD_DEFAULT, 0);
            load->callee = callee;
            load->index = i;
            values[i] = load->id;
        }
    }
    TirInstr *call = emit(b, TIR_CALL_DIRECT, n);
    memcpy(call->args, values, sizeof(int) * (size_t)n);
    call->callee = callee;
    finish_instr(b, call);
    return call->id;
}

/* and/or/if-else: the result is whichever operand was chosen, merged through a
 * builder variable so SSA construction places the phi. */
/* A function object for `function`: defaults[p] holds the value of each
 * default it has; its closure takes the cells its free variables capture. */
static int make_function_with(Builder *b, HirFunction *function, const int *defaults) {
    int default_count = 0;
    for (int p = 0; p < function->parameter_count; p++)
        if (function->defaults[p]) default_count++;
    TirInstr *make = emit(b, TIR_MAKE_FUNCTION, default_count + function->free_count);
    int a = 0;
    for (int p = 0; p < function->parameter_count; p++)
        if (function->defaults[p]) make->args[a++] = defaults[p];
    for (int v = 0; v < function->free_count; v++)
        make->args[a++] = read_variable(b, function->free_vars[v]->captured->index, b->block);
    make->callee = function;
    return make->id;
}

/* Stores the def's evaluated annotations (a dict, or -1 for none) as the
 * function object's __annotations__. */
static void set_annotations(Builder *b, int object, int annotations) {
    if (annotations < 0) return;
    TirInstr *set = emit(b, TIR_CALL_RUNTIME, 2);
    set->args[0] = object;
    set->args[1] = annotations;
    set->name = "molt_function_set_annotations";
    finish_instr(b, set);
}

static int make_function(Builder *b, HirFunction *function) {
    int defaults[function->parameter_count ? function->parameter_count : 1];
    for (int p = 0; p < function->parameter_count; p++)
        if (function->defaults[p]) defaults[p] = build_expr(b, function->defaults[p]);
    int annotations = function->annotations ? build_expr(b, function->annotations) : -1;
    int object = make_function_with(b, function, defaults);
    set_annotations(b, object, annotations);
    return object;
}

static int build_conditional(Builder *b, const HirExpr *e) {
    int result = new_variable(b);
    TirBlock *join = new_block(b);
    if (e->kind == HIR_IFEXP) {
        int test = truthy(b, build_expr(b, e->as.ifexp.test));
        TirBlock *then_block = new_block(b), *else_block = new_block(b);
        branch(b, test, then_block, else_block);
        seal_block(b, then_block);
        seal_block(b, else_block);
        b->block = then_block;
        int body = build_expr(b, e->as.ifexp.body);
        write_variable(b, result, b->block, body);
        jump(b, join);
        b->block = else_block;
        int orelse = build_expr(b, e->as.ifexp.orelse);
        write_variable(b, result, b->block, orelse);
        jump(b, join);
    } else {
        int left = build_expr(b, e->as.boolop.left);
        write_variable(b, result, b->block, left);
        int test = truthy(b, left);
        TirBlock *right_block = new_block(b);
        if (e->kind == HIR_AND) branch(b, test, right_block, join);
        else branch(b, test, join, right_block);
        seal_block(b, right_block);
        b->block = right_block;
        int right = build_expr(b, e->as.boolop.right);
        write_variable(b, result, b->block, right);
        jump(b, join);
    }
    seal_block(b, join);
    b->block = join;
    return read_variable(b, result, join);
}

static int compare_pair(Builder *b, AstCmpOp op, int left, int right) {
    if (op == CMP_IS || op == CMP_ISNOT || op == CMP_IN || op == CMP_NOTIN) {
        TirInstr *instr = emit(b, op == CMP_IS || op == CMP_ISNOT ? TIR_IS : TIR_CONTAINS, 2);
        instr->compare_op = op;
        instr->args[0] = left;
        instr->args[1] = right;
        finish_instr(b, instr);
        return emit1(b, TIR_BOOL_VALUE, instr->id);
    }
    TirInstr *instr = emit(b, TIR_COMPARE, 2);
    instr->compare_op = op;
    instr->args[0] = left;
    instr->args[1] = right;
    finish_instr(b, instr);
    return instr->id;
}

static int build_compare(Builder *b, const HirExpr *e) {
    int count = e->as.compare.count;
    int left = build_expr(b, e->as.compare.operands[0]);
    if (count == 1) return compare_pair(b, e->as.compare.ops[0], left, build_expr(b, e->as.compare.operands[1]));
    int result = new_variable(b);
    TirBlock *join = new_block(b);
    for (int i = 0; i < count; i++) {
        int right = build_expr(b, e->as.compare.operands[i + 1]);
        int value = compare_pair(b, e->as.compare.ops[i], left, right);
        write_variable(b, result, b->block, value);
        if (i == count - 1) break;
        int test = truthy(b, value);
        TirBlock *next = new_block(b);
        branch(b, test, next, join);
        seal_block(b, next);
        b->block = next;
        left = right;
    }
    jump(b, join);
    seal_block(b, join);
    b->block = join;
    return read_variable(b, result, join);
}

static int build_sequence(Builder *b, TirOp op, const HirExprList *items, const bool *star) {
    int *values = ARENA_ARRAY(b->arena, int, items->count ? items->count : 1);
    for (int i = 0; i < items->count; i++) values[i] = build_expr(b, items->items[i]);
    TirInstr *instr = emit(b, op, items->count);
    memcpy(instr->args, values, sizeof(int) * (size_t)items->count);
    if (star) {
        instr->star = ARENA_ARRAY(b->arena, bool, items->count);
        memcpy(instr->star, star, sizeof(bool) * (size_t)items->count);
    }
    finish_instr(b, instr);
    return instr->id;
}

static int build_dict(Builder *b, const HirExpr *e) {
    int count = e->as.dict.keys.count;
    int dict = -1;
    int segment_start = 0;
    /* Runs of key: value pairs are evaluated then inserted together, as
     * CPython does; a **mapping entry updates the dict built so far. */
    for (int i = 0; i <= count; i++) {
        bool at_end = i == count;
        if (!at_end && e->as.dict.keys.items[i]) continue;
        int pairs = i - segment_start;
        int *values = ARENA_ARRAY(b->arena, int, pairs * 2 + 1);
        for (int p = 0; p < pairs; p++) {
            values[p * 2] = build_expr(b, e->as.dict.keys.items[segment_start + p]);
            values[p * 2 + 1] = build_expr(b, e->as.dict.values.items[segment_start + p]);
        }
        if (dict < 0) {
            TirInstr *build = emit(b, TIR_BUILD_DICT, pairs * 2);
            memcpy(build->args, values, sizeof(int) * (size_t)(pairs * 2));
            finish_instr(b, build);
            dict = build->id;
        } else {
            for (int p = 0; p < pairs; p++) {
                TirInstr *set = emit(b, TIR_DICT_SET, 3);
                set->args[0] = dict;
                set->args[1] = values[p * 2];
                set->args[2] = values[p * 2 + 1];
                finish_instr(b, set);
            }
        }
        if (!at_end) {
            int mapping = build_expr(b, e->as.dict.values.items[i]);
            TirInstr *update = emit(b, TIR_DICT_UPDATE, 2);
            update->args[0] = dict;
            update->args[1] = mapping;
            finish_instr(b, update);
        }
        segment_start = i + 1;
    }
    return dict;
}

static int build_delegation(Builder *b, int iterator);

static void build_comprehension_loop(Builder *b, const HirExpr *e, int level, int result) {
    if (level == e->as.comp.loop_count) {
        if (e->kind != HIR_DICT_COMP) {
            int element = build_expr(b, e->as.comp.element);
            TirInstr *append = emit(b, e->kind == HIR_SET_COMP ? TIR_SET_ADD : TIR_LIST_APPEND, 2);
            append->args[0] = result;
            append->args[1] = element;
            finish_instr(b, append);
        } else {
            int key = build_expr(b, e->as.comp.key);
            int value = build_expr(b, e->as.comp.value);
            TirInstr *set = emit(b, TIR_DICT_SET, 3);
            set->args[0] = result;
            set->args[1] = key;
            set->args[2] = value;
            finish_instr(b, set);
        }
        return;
    }
    const HirComprehensionLoop *loop = &e->as.comp.loops[level];
    /* `async for` (the iterable is already molt_async_iter's): each item is
     * `await` of its __anext__(), which returns an end marker for StopAsyncIteration. */
    int iterator = loop->is_async ? build_expr(b, loop->iter) : emit1(b, TIR_ITER, build_expr(b, loop->iter));
    TirBlock *header = new_block(b), *body = new_block(b), *exit = new_block(b);
    jump(b, header);
    b->block = header;
    int item;
    if (loop->is_async) {
        TirInstr *next = emit(b, TIR_CALL_RUNTIME, 1);
        next->args[0] = iterator;
        next->name = "molt_async_comp_next";
        finish_instr(b, next);
        item = build_delegation(b, next->id);
        TirInstr *done = emit(b, TIR_CALL_RUNTIME, 1);
        done->args[0] = item;
        done->name = "molt_async_comp_done";
        finish_instr(b, done);
        branch(b, truthy(b, done->id), exit, body);
    } else {
        TirInstr *next = new_instr_detached(b, TIR_FOR_ITER, 1);
        next->args[0] = iterator;
        next->targets[0] = body;
        next->targets[1] = exit;
        terminate(b, next);
        item = next->id;
    }
    seal_block(b, body);
    b->block = body;
    b->loc = loop->target_assign->loc;
    build_assign(b, loop->target_assign->as.assign.target, item);
    for (int c = 0; c < loop->conditions.count; c++) {
        int test = truthy(b, build_expr(b, loop->conditions.items[c]));
        TirBlock *pass = new_block(b);
        branch(b, test, pass, header);
        seal_block(b, pass);
        b->block = pass;
    }
    build_comprehension_loop(b, e, level + 1, result);
    jump(b, header);
    seal_block(b, header);
    seal_block(b, exit);
    b->block = exit;
}

static int build_comprehension(Builder *b, const HirExpr *e) {
    TirOp op = e->kind == HIR_LIST_COMP ? TIR_BUILD_LIST : e->kind == HIR_SET_COMP ? TIR_BUILD_SET : TIR_BUILD_DICT;
    TirInstr *container = emit(b, op, 0);
    finish_instr(b, container);
    int result = container->id;
    build_comprehension_loop(b, e, 0, result);
    return result;
}

/* `yield from iterable` (PEP 380): a loop of delegation steps,
 *     it = iter(iterable); sent = None
 *     loop: item = delegate(it, sent); if done(item): result; else sent = yield item
 * where the yield does not raise what throw()/close() send in: it hands the
 * exception (sent == MOLT_ERROR) to the next step, which throws it into the
 * delegate (runtime molt_yield_from_step). */
static int build_yield_from(Builder *b, const HirExpr *e) {
    /* `await`: the iterable is already the awaitable's iterator (molt_await_iter). */
    int iterator = e->as.yield_from.await ? build_expr(b, e->as.yield_from.iterable)
                                          : emit1(b, TIR_ITER, build_expr(b, e->as.yield_from.iterable));
    return build_delegation(b, iterator);
}

/* The delegation loop of `yield from` over `iterator`: the delegate's return value. */
static int build_delegation(Builder *b, int iterator) {
    int sent = new_variable(b);
    write_variable(b, sent, b->block, emit_const(b, CONST_NONE));
    TirBlock *header = new_block(b), *body = new_block(b), *after = new_block(b);
    jump(b, header);
    b->block = header;
    TirInstr *step = emit(b, TIR_DELEGATE, 2);
    step->args[0] = iterator;
    step->args[1] = read_variable(b, sent, header);
    finish_instr(b, step);
    TirInstr *done = emit(b, TIR_DELEGATE_DONE, 1);
    done->args[0] = step->id;
    branch(b, done->id, after, body);
    seal_block(b, body);
    b->block = body;
    TirInstr *yield = emit(b, TIR_YIELD, 1);
    yield->args[0] = step->id;
    yield->delegating = true;
    write_variable(b, sent, b->block, yield->id);
    jump(b, header);
    seal_block(b, header);
    seal_block(b, after);
    b->block = after;
    return emit(b, TIR_DELEGATE_RESULT, 0)->id;
}

static int build_expr(Builder *b, const HirExpr *e) {
    ensure_block(b);
    SourceLoc saved = b->loc;
    b->loc = e->loc;
    int result = -1;
    switch (e->kind) {
    case HIR_CONST: {
        TirInstr *instr = emit(b, TIR_CONST, 0);
        instr->constant = e->as.constant;
        result = instr->id;
        break;
    }
    case HIR_LOCAL: result = read_local(b, e->as.local); break;
    case HIR_GLOBAL: {
        TirInstr *instr = emit(b, TIR_LOAD_GLOBAL, 0);
        instr->global = e->as.global;
        instr->name = e->as.global->name;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_BUILTIN: {
        TirInstr *instr = emit(b, TIR_BUILTIN_VALUE, 0);
        instr->name = e->as.builtin;
        result = instr->id;
        break;
    }
    case HIR_MODULE: {
        /* A runtime module is an immortal static object, as builtins are. */
        TirInstr *instr = emit(b, TIR_BUILTIN_VALUE, 0);
        instr->name = e->as.module;
        result = instr->id;
        break;
    }
    case HIR_BINARY: {
        int left = build_expr(b, e->as.binary.left);
        int right = build_expr(b, e->as.binary.right);
        TirInstr *instr = emit(b, TIR_BINARY, 2);
        instr->binary_op = e->as.binary.op;
        instr->inplace = e->as.binary.inplace;
        instr->args[0] = left;
        instr->args[1] = right;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_UNARY: {
        int operand = build_expr(b, e->as.unary.operand);
        TirInstr *instr = emit(b, TIR_UNARY, 1);
        instr->unary_op = e->as.unary.op;
        instr->args[0] = operand;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_NOT: {
        int test = truthy(b, build_expr(b, e->as.not_.operand));
        result = emit1(b, TIR_BOOL_VALUE, emit1(b, TIR_NOT, test));
        break;
    }
    case HIR_COMPARE: result = build_compare(b, e); break;
    case HIR_AND:
    case HIR_OR:
    case HIR_IFEXP: result = build_conditional(b, e); break;
    case HIR_CALL_FUNCTION: result = build_direct_call(b, e); break;
    case HIR_CALL_BUILTIN: {
        TirInstr *instr = emit_call(b, TIR_CALL_BUILTIN, 0, &e->as.call_builtin.args);
        instr->name = e->as.call_builtin.name;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_CALL_METHOD: {
        int object = build_expr(b, e->as.call_method.object);
        TirInstr *instr = emit_call(b, TIR_CALL_METHOD, 1, &e->as.call_method.args);
        instr->args[0] = object;
        instr->name = e->as.call_method.name;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_CALL_VALUE: {
        int callee = build_expr(b, e->as.call_value.callee);
        TirInstr *instr = emit_call(b, TIR_CALL_VALUE, 1, &e->as.call_value.args);
        instr->args[0] = callee;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_GETATTR: {
        int object = build_expr(b, e->as.getattr.object);
        TirInstr *instr = emit(b, TIR_GETATTR, 1);
        instr->args[0] = object;
        instr->name = e->as.getattr.name;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_SUBSCRIPT: {
        int object = build_expr(b, e->as.subscript.object);
        int index = build_expr(b, e->as.subscript.index);
        TirInstr *instr = emit(b, TIR_GETITEM, 2);
        instr->args[0] = object;
        instr->args[1] = index;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_SLICE: {
        const HirExpr *parts[3] = {e->as.slice.lower, e->as.slice.upper, e->as.slice.step};
        int values[3];
        for (int i = 0; i < 3; i++) values[i] = parts[i] ? build_expr(b, parts[i]) : emit_const(b, CONST_NONE);
        TirInstr *instr = emit(b, TIR_SLICE, 3);
        memcpy(instr->args, values, sizeof values);
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_LIST: result = build_sequence(b, TIR_BUILD_LIST, &e->as.sequence.items, e->as.sequence.star); break;
    case HIR_TUPLE: result = build_sequence(b, TIR_BUILD_TUPLE, &e->as.sequence.items, e->as.sequence.star); break;
    case HIR_SET: result = build_sequence(b, TIR_BUILD_SET, &e->as.sequence.items, e->as.sequence.star); break;
    case HIR_DICT: result = build_dict(b, e); break;
    case HIR_LIST_COMP:
    case HIR_SET_COMP:
    case HIR_DICT_COMP: result = build_comprehension(b, e); break;
    case HIR_MAKE_FUNCTION: result = make_function(b, e->as.make_function.function); break;
    case HIR_CALL_RUNTIME: {
        int count = e->as.call_runtime.args.count;
        int values[count > 0 ? count : 1];
        bool dir_locals = strcmp(e->as.call_runtime.function, "molt_dir_locals") == 0;
        for (int i = 0; i < count; i++)
            values[i] = dir_locals && i == 1 ? build_unchecked_locals(b, &e->as.call_runtime.args.items[i]->as.sequence.items)
                                             : build_expr(b, e->as.call_runtime.args.items[i]);
        TirInstr *instr = emit(b, TIR_CALL_RUNTIME, count);
        for (int i = 0; i < count; i++) instr->args[i] = values[i];
        instr->name = e->as.call_runtime.function;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_ASSIGN_EXPR:
        result = build_expr(b, e->as.assign_expr.value);
        build_assign(b, e->as.assign_expr.target, result);
        break;
    case HIR_YIELD: {
        int value = build_expr(b, e->as.yield.value);
        result = emit1(b, TIR_YIELD, value);
        break;
    }
    case HIR_YIELD_FROM: result = build_yield_from(b, e); break;
    case HIR_MAKE_CLASS: {
        int bases = build_expr(b, e->as.make_class.bases);
        int namespace = read_local(b, e->as.make_class.namespace);
        TirInstr *instr = emit(b, TIR_MAKE_CLASS, 2);
        instr->args[0] = bases;
        instr->args[1] = namespace;
        instr->name = e->as.make_class.qualname;
        instr->class_info = e->as.make_class.info;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    case HIR_FSTRING: {
        if (e->as.fstring.parts.count == 1 && e->as.fstring.parts.items[0]->kind == HIR_CONST) {
            result = build_expr(b, e->as.fstring.parts.items[0]);
            break;
        }
        result = build_sequence(b, TIR_JOIN_STRS, &e->as.fstring.parts, NULL);
        break;
    }
    case HIR_FORMAT: {
        int value = build_expr(b, e->as.format.value);
        int spec = e->as.format.spec ? build_expr(b, e->as.format.spec) : -1;
        TirInstr *instr = emit(b, TIR_FORMAT, spec >= 0 ? 2 : 1);
        instr->args[0] = value;
        if (spec >= 0) instr->args[1] = spec;
        instr->has_spec = spec >= 0;
        instr->index = e->as.format.conversion;
        finish_instr(b, instr);
        result = instr->id;
        break;
    }
    }
    b->loc = saved;
    return result;
}

/* ---- statements ------------------------------------------------------------------ */

static void build_assign(Builder *b, const HirTarget *target, int value) {
    ensure_block(b);
    switch (target->kind) {
    case HIR_TARGET_LOCAL: write_local(b, target->local, value); return;
    case HIR_TARGET_GLOBAL: {
        TirInstr *store = emit(b, TIR_STORE_GLOBAL, 1);
        store->args[0] = value;
        store->global = target->global;
        store->name = target->global->name;
        return;
    }
    case HIR_TARGET_SUBSCRIPT: {
        int object = build_expr(b, target->object);
        int index = build_expr(b, target->index);
        TirInstr *set = emit(b, TIR_SETITEM, 3);
        set->args[0] = object;
        set->args[1] = index;
        set->args[2] = value;
        finish_instr(b, set);
        return;
    }
    case HIR_TARGET_ATTRIBUTE: {
        int object = build_expr(b, target->object);
        TirInstr *set = emit(b, TIR_SETATTR, 2);
        set->args[0] = object;
        set->args[1] = value;
        set->name = target->attribute;
        finish_instr(b, set);
        return;
    }
    case HIR_TARGET_UNPACK: {
        TirInstr *unpack = emit(b, TIR_UNPACK, 1);
        unpack->args[0] = value;
        unpack->index = target->element_count;
        unpack->star_index = target->star_index;
        finish_instr(b, unpack);
        for (int i = 0; i < target->element_count; i++) {
            TirInstr *item = emit(b, TIR_TUPLE_ITEM, 1);
            item->args[0] = unpack->id;
            item->index = i;
            build_assign(b, target->elements[i], item->id);
        }
        return;
    }
    }
}

/* x, y = a, b with a display of the same length and no stars: evaluate the
 * right side left to right, then assign, with no tuple in between. */
static bool build_parallel_assign(Builder *b, const HirStmt *s) {
    const HirTarget *target = s->as.assign.target;
    const HirExpr *value = s->as.assign.value;
    if (target->kind != HIR_TARGET_UNPACK || target->star_index >= 0) return false;
    if (value->kind != HIR_TUPLE && value->kind != HIR_LIST) return false;
    if (value->as.sequence.star || value->as.sequence.items.count != target->element_count) return false;
    int count = target->element_count;
    int *values = ARENA_ARRAY(b->arena, int, count ? count : 1);
    for (int i = 0; i < count; i++) values[i] = build_expr(b, value->as.sequence.items.items[i]);
    for (int i = 0; i < count; i++) build_assign(b, target->elements[i], values[i]);
    return true;
}

/* Runs the cleanups between the current point and cleanup depth `depth`
 * (innermost first) before control leaves by break, continue or return. */
static void run_cleanups_to(Builder *b, int depth) {
    TirBlock *saved_handler = b->handler;
    int saved_depth = b->cleanup_depth;
    for (int i = b->cleanup_depth - 1; i >= depth && b->block; i--) {
        Cleanup cleanup = b->cleanups[i];
        b->handler = cleanup.handler;
        b->cleanup_depth = i;
        if (cleanup.kind == CLEANUP_FINALLY) {
            build_body(b, cleanup.finalbody);
        } else {
            TirInstr *pop = emit(b, TIR_EXC_POP, 0);
            (void)pop;
        }
    }
    b->cleanup_depth = saved_depth;
    b->handler = saved_handler;
}

static void build_if(Builder *b, const HirStmt *s) {
    int test = truthy(b, build_expr(b, s->as.if_.test));
    TirBlock *then_block = new_block(b), *else_block = new_block(b), *join = new_block(b);
    branch(b, test, then_block, else_block);
    seal_block(b, then_block);
    seal_block(b, else_block);
    b->block = then_block;
    build_body(b, &s->as.if_.body);
    jump(b, join);
    b->block = else_block;
    build_body(b, &s->as.if_.orelse);
    jump(b, join);
    seal_block(b, join);
    b->block = join;
    if (join->pred_count == 0) b->block = NULL;
}

static void push_loop(Builder *b, TirBlock *break_target, TirBlock *continue_target) {
    LoopContext *loop = &b->loops[b->loop_depth++];
    loop->break_target = break_target;
    loop->continue_target = continue_target;
    loop->unwind_depth = b->cleanup_depth;
    loop->iterator = -1;
}

static void build_while(Builder *b, const HirStmt *s) {
    TirBlock *header = new_block(b), *body = new_block(b), *orelse = new_block(b), *after = new_block(b);
    jump(b, header);
    b->block = header;
    b->loc = s->loc;
    int test = truthy(b, build_expr(b, s->as.while_.test));
    branch(b, test, body, orelse);
    seal_block(b, body);
    b->block = body;
    push_loop(b, after, header);
    build_body(b, &s->as.while_.body);
    b->loop_depth--;
    jump(b, header);
    seal_block(b, header);
    seal_block(b, orelse);
    b->block = orelse;
    build_body(b, &s->as.while_.orelse);
    jump(b, after);
    seal_block(b, after);
    b->block = after->pred_count ? after : NULL;
}

static void build_for(Builder *b, const HirStmt *s) {
    TirBlock *header = new_block(b), *body = new_block(b), *orelse = new_block(b), *after = new_block(b);
    TirBlock *latch = header;
    int counter = -1, stop = -1, step = -1, iterator = -1;
    if (s->as.for_.is_range) {
        int args[3] = {-1, -1, -1};
        for (int i = 0; i < s->as.for_.range_arg_count; i++)
            args[i] = emit1(b, TIR_RANGE_ARG, build_expr(b, s->as.for_.range_args[i]));
        int start;
        if (s->as.for_.range_arg_count == 1) {
            start = emit_int(b, 0);
            stop = args[0];
            step = emit_int(b, 1);
        } else {
            start = args[0];
            stop = args[1];
            step = s->as.for_.range_arg_count == 3 ? emit1(b, TIR_RANGE_STEP, args[2]) : emit_int(b, 1);
        }
        counter = new_variable(b);
        write_variable(b, counter, b->block, start);
        latch = new_block(b);
    } else {
        iterator = emit1(b, TIR_ITER, build_expr(b, s->as.for_.iter));
    }
    jump(b, header);
    b->block = header;
    int item;
    if (s->as.for_.is_range) {
        item = read_variable(b, counter, header);
        TirInstr *test = emit(b, TIR_RANGE_TEST, 3);
        test->args[0] = item;
        test->args[1] = stop;
        test->args[2] = step;
        branch(b, test->id, body, orelse);
    } else {
        TirInstr *next = new_instr_detached(b, TIR_FOR_ITER, 1);
        next->args[0] = iterator;
        next->targets[0] = body;
        next->targets[1] = orelse;
        terminate(b, next);
        item = next->id;
    }
    seal_block(b, body);
    b->block = body;
    build_assign(b, s->as.for_.target, item);
    push_loop(b, after, latch);
    b->loops[b->loop_depth - 1].iterator = iterator;
    build_body(b, &s->as.for_.body);
    b->loop_depth--;
    jump(b, latch);
    if (s->as.for_.is_range) {
        seal_block(b, latch);
        b->block = latch;
        if (latch->pred_count) {
            int current = read_variable(b, counter, latch);
            TirInstr *add = emit(b, TIR_BINARY, 2);
            add->binary_op = BINOP_ADD;
            add->args[0] = current;
            add->args[1] = step;
            finish_instr(b, add);
            write_variable(b, counter, b->block, add->id);
            jump(b, header);
        } else {
            b->block = NULL;
        }
    }
    seal_block(b, header);
    seal_block(b, orelse);
    b->block = orelse;
    build_body(b, &s->as.for_.orelse);
    jump(b, after);
    seal_block(b, after);
    b->block = after->pred_count ? after : NULL;
}

static void emit_return(Builder *b, int value) {
    TirInstr *ret = new_instr_detached(b, TIR_RETURN, 1);
    ret->args[0] = value;
    terminate(b, ret);
}

static void build_try(Builder *b, const HirStmt *s) {
    bool has_finally = s->as.try_.finalbody.count > 0;
    bool has_handlers = s->as.try_.handler_count > 0;
    TirBlock *outer_handler = b->handler;
    TirBlock *finally_landing = NULL;
    TirBlock *after = new_block(b);
    if (has_finally) {
        finally_landing = new_block(b);
        Cleanup *cleanup = &b->cleanups[b->cleanup_depth++];
        cleanup->kind = CLEANUP_FINALLY;
        cleanup->finalbody = &s->as.try_.finalbody;
        cleanup->handler = outer_handler;
        b->handler = finally_landing;
    }
    TirBlock *handler_region = b->handler;   /* handlers and else run under the finally's landing pad */
    TirBlock *landing = NULL;
    TirBlock *normal_exit = new_block(b);
    if (has_handlers) {
        landing = new_block(b);
        b->handler = landing;
    }
    ensure_block(b);
    build_body(b, &s->as.try_.body);
    b->handler = handler_region;
    /* else: runs when the body finished normally, outside the except clauses. */
    if (b->block) build_body(b, &s->as.try_.orelse);
    jump(b, normal_exit);

    /* Handlers of a body that cannot raise are unreachable: not built. */
    if (has_handlers) seal_block(b, landing);
    if (has_handlers && landing->pred_count) {
        b->block = landing;
        b->loc = s->loc;
        for (int h = 0; h < s->as.try_.handler_count && b->block; h++) {
            const HirExceptHandler *handler = s->as.try_.handlers[h];
            b->loc = handler->loc;
            TirBlock *clause = new_block(b);
            if (handler->type) {
                int type = build_expr(b, handler->type);
                TirInstr *match = emit(b, TIR_EXC_MATCH, 1);
                match->args[0] = type;
                finish_instr(b, match);
                TirBlock *next = new_block(b);
                branch(b, match->id, clause, next);
                seal_block(b, next);
                seal_block(b, clause);
                b->block = clause;
                int exception = emit(b, TIR_EXC_FETCH, 0)->id;
                TirInstr *push = emit(b, TIR_EXC_PUSH, 1);
                push->args[0] = exception;
                int saved_handled = b->handled_variable;
                int variable = new_variable(b);
                write_variable(b, variable, b->block, exception);
                b->handled_variable = variable;
                /* An exception escaping the clause must first pop the handled one. */
                TirBlock *clause_landing = new_block(b);
                Cleanup *cleanup = &b->cleanups[b->cleanup_depth++];
                cleanup->kind = CLEANUP_HANDLED_EXCEPTION;
                cleanup->handler = handler_region;
                cleanup->handled_variable = variable;
                b->handler = clause_landing;
                if (handler->name) build_assign(b, handler->name, exception);
                build_body(b, &handler->body);
                b->handler = handler_region;
                b->cleanup_depth--;
                if (b->block) {
                    emit(b, TIR_EXC_POP, 0);
                    if (handler->name && handler->name->kind == HIR_TARGET_LOCAL)
                        write_local(b, handler->name->local, undefined_value(b, handler->name->local->index));
                    jump(b, normal_exit);
                }
                seal_block(b, clause_landing);
                if (clause_landing->pred_count) {
                    b->block = clause_landing;
                    emit(b, TIR_EXC_POP, 0);
                    TirInstr *propagate = new_instr_detached(b, TIR_PROPAGATE, 0);
                    terminate(b, propagate);
                }
                b->handled_variable = saved_handled;
                b->block = next;
            } else {
                jump(b, clause);
                seal_block(b, clause);
                b->block = clause;
                int exception = emit(b, TIR_EXC_FETCH, 0)->id;
                TirInstr *push = emit(b, TIR_EXC_PUSH, 1);
                push->args[0] = exception;
                int saved_handled = b->handled_variable;
                int variable = new_variable(b);
                write_variable(b, variable, b->block, exception);
                b->handled_variable = variable;
                TirBlock *clause_landing = new_block(b);
                Cleanup *cleanup = &b->cleanups[b->cleanup_depth++];
                cleanup->kind = CLEANUP_HANDLED_EXCEPTION;
                cleanup->handler = handler_region;
                cleanup->handled_variable = variable;
                b->handler = clause_landing;
                build_body(b, &handler->body);
                b->handler = handler_region;
                b->cleanup_depth--;
                if (b->block) {
                    emit(b, TIR_EXC_POP, 0);
                    jump(b, normal_exit);
                }
                seal_block(b, clause_landing);
                if (clause_landing->pred_count) {
                    b->block = clause_landing;
                    emit(b, TIR_EXC_POP, 0);
                    TirInstr *propagate = new_instr_detached(b, TIR_PROPAGATE, 0);
                    terminate(b, propagate);
                }
                b->handled_variable = saved_handled;
                b->block = NULL;
            }
        }
        if (b->block) {
            /* No clause matched: the exception continues outward. */
            TirInstr *propagate = new_instr_detached(b, TIR_PROPAGATE, 0);
            terminate(b, propagate);
        }
    }

    seal_block(b, normal_exit);
    b->block = normal_exit->pred_count ? normal_exit : NULL;
    if (has_finally) {
        b->cleanup_depth--;
        b->handler = outer_handler;
        /* Normal completion runs the finally body and continues. */
        if (b->block) build_body(b, &s->as.try_.finalbody);
        jump(b, after);
        /* Exceptional completion runs it and re-raises. */
        seal_block(b, finally_landing);
        if (finally_landing->pred_count) {
            b->block = finally_landing;
            int exception = emit(b, TIR_EXC_FETCH, 0)->id;
            build_body(b, &s->as.try_.finalbody);
            if (b->block) {
                TirInstr *restore = new_instr_detached(b, TIR_RESTORE, 1);
                restore->args[0] = exception;
                terminate(b, restore);
            }
        }
    } else {
        jump(b, after);
    }
    seal_block(b, after);
    b->block = after->pred_count ? after : NULL;
}

static void build_stmt(Builder *b, const HirStmt *s) {
    b->loc = s->loc;
    if (!b->block) ensure_block(b);   /* unreachable code still gets compiled (and dropped) */
    switch (s->kind) {
    case HIR_ASSIGN:
        if (!build_parallel_assign(b, s)) build_assign(b, s->as.assign.target, build_expr(b, s->as.assign.value));
        return;
    case HIR_EXPR: build_expr(b, s->as.expr.value); return;
    case HIR_IF: build_if(b, s); return;
    case HIR_WHILE: build_while(b, s); return;
    case HIR_FOR: build_for(b, s); return;
    case HIR_BREAK:
    case HIR_CONTINUE: {
        LoopContext *loop = &b->loops[b->loop_depth - 1];
        if (s->kind == HIR_BREAK && loop->iterator >= 0) {
            /* A use that keeps the iterator alive up to the break: CPython
             * releases it when the loop is left, which finalizes a generator. */
            TirInstr *use = emit(b, TIR_IS, 2);
            use->args[0] = use->args[1] = loop->iterator;
        }
        run_cleanups_to(b, loop->unwind_depth);
        jump(b, s->kind == HIR_BREAK ? loop->break_target : loop->continue_target);
        return;
    }
    case HIR_RETURN: {
        int value = s->as.return_.value ? build_expr(b, s->as.return_.value) : emit_const(b, CONST_NONE);
        run_cleanups_to(b, 0);
        if (b->block) emit_return(b, value);
        return;
    }
    case HIR_RAISE: {
        if (!s->as.raise.exception) {
            int handled = b->handled_variable >= 0 ? read_variable(b, b->handled_variable, b->block)
                                                   : emit_const(b, CONST_NONE);
            TirInstr *reraise = new_instr_detached(b, TIR_RERAISE, 1);
            reraise->args[0] = handled;
            terminate(b, reraise);
            return;
        }
        int exception = build_expr(b, s->as.raise.exception);
        int cause = s->as.raise.cause ? build_expr(b, s->as.raise.cause) : -1;
        TirInstr *raise = new_instr_detached(b, TIR_RAISE, cause >= 0 ? 2 : 1);
        raise->args[0] = exception;
        if (cause >= 0) raise->args[1] = cause;
        raise->has_cause = cause >= 0;
        terminate(b, raise);
        return;
    }
    case HIR_TRY: build_try(b, s); return;
    case HIR_DEF: {
        /* A module-level def: direct calls read the defaults from its slots;
         * when the function is also used as a value, its object holds them too. */
        HirFunction *function = s->as.def.function;
        int defaults[function->parameter_count ? function->parameter_count : 1];
        for (int i = 0; i < function->parameter_count; i++) {
            if (!function->defaults[i]) continue;
            defaults[i] = build_expr(b, function->defaults[i]);
            TirInstr *store = emit(b, TIR_STORE_DEFAULT, 1);
            store->args[0] = defaults[i];
            store->callee = function;
            store->index = i;
        }
        /* evaluated for their effects (a NameError) even when no object keeps them */
        int annotations = function->annotations ? build_expr(b, function->annotations) : -1;
        if (function->is_value) {
            int object = make_function_with(b, function, defaults);
            set_annotations(b, object, annotations);
            TirInstr *store = emit(b, TIR_STORE_GLOBAL, 1);
            store->args[0] = object;
            store->global = function->value_global;
            store->name = function->name;
        }
        TirInstr *mark = emit(b, TIR_MARK_DEFINED, 0);
        mark->callee = function;
        return;
    }
    case HIR_DELETE: {
        const HirTarget *target = s->as.delete_.target;
        int object = build_expr(b, target->object);
        if (target->kind == HIR_TARGET_ATTRIBUTE) {
            TirInstr *del = emit(b, TIR_DELATTR, 1);
            del->args[0] = object;
            del->name = target->attribute;
            finish_instr(b, del);
            return;
        }
        int index = build_expr(b, target->index);
        TirInstr *del = emit(b, TIR_DELITEM, 2);
        del->args[0] = object;
        del->args[1] = index;
        finish_instr(b, del);
        return;
    }
    case HIR_PASS: return;
    }
}

static void build_body(Builder *b, const HirStmtList *body) {
    for (int i = 0; i < body->count; i++) {
        if (!b->block) {
            /* Code after return/break/raise is unreachable; it is not compiled. */
            return;
        }
        build_stmt(b, body->items[i]);
    }
}

static TirFunction *build_function(Builder *b, HirFunction *hir) {
    TirFunction *f = ARENA_NEW(b->arena, TirFunction);
    f->hir = hir;
    f->variable_count = hir->local_count;
    f->parameter_types = ARENA_ARRAY(b->arena, TirType, hir->slot_count + 1);   /* + the hidden self */
    f->parameter_lists = ARENA_ARRAY(b->arena, int, hir->slot_count + 1);
    for (int i = 0; i <= hir->slot_count; i++) f->parameter_lists[i] = -1;
    f->return_list = -1;
    b->function = f;
    b->handler = NULL;
    b->loop_depth = 0;
    b->cleanup_depth = 0;
    b->handled_variable = -1;
    b->loc = hir->loc;
    /* Builder temporaries (merge points of and/or, loop counters) are added on
     * demand; a generous fixed table keeps definition lookups O(1). */
    b->variable_table_size = hir->local_count + 4096;
    TirBlock *entry = new_block(b);
    entry->sealed = true;
    b->block = entry;
    for (int i = 0; i < hir->slot_count; i++) {
        TirInstr *param = emit(b, TIR_PARAM, 0);
        param->index = i;
        write_variable(b, i, entry, param->id);
        /* Callers through the object pass anything; a generator's frame holds boxed values. */
        if (hir->is_value || hir->is_generator) f->parameter_types[i] = TIR_T_OBJECT;
    }
    /* Cells: the function's own captured variables (a parameter's starts
     * with the argument), and its free variables from its closure, reached
     * through a hidden last parameter, the function object itself. */
    int self = -1;
    if (hir->free_count) {
        TirInstr *param = emit(b, TIR_PARAM, 0);
        param->index = hir->slot_count;
        f->parameter_types[hir->slot_count] = TIR_T_OTHER;
        self = param->id;
    }
    for (int i = 0; i < hir->local_count; i++) {
        const HirLocal *local = hir->locals[i];
        if (!local->is_cell) continue;
        TirInstr *cell;
        if (local->free_index >= 0) {
            cell = emit(b, TIR_LOAD_CLOSURE, 1);
            cell->args[0] = self;
            cell->index = local->free_index;
        } else if (local->is_parameter) {
            cell = emit(b, TIR_MAKE_CELL, 1);
            cell->args[0] = read_variable(b, i, entry);
        } else {
            cell = emit(b, TIR_MAKE_CELL, 0);
        }
        write_variable(b, i, entry, cell->id);
    }
    build_body(b, &hir->body);
    if (b->block) emit_return(b, emit_const(b, CONST_NONE));
    return f;
}

TirProgram *tir_build(Arena *arena, const HirProgram *program) {
    TirProgram *out = ARENA_NEW(arena, TirProgram);
    out->hir = program;
    out->function_count = program->function_count;
    out->functions = ARENA_ARRAY(arena, TirFunction *, program->function_count);
    out->global_types = ARENA_ARRAY(arena, TirType, program->global_count ? program->global_count : 1);
    out->default_types = ARENA_ARRAY(arena, TirType *, program->function_count);
    out->global_lists = ARENA_ARRAY(arena, int, program->global_count ? program->global_count : 1);
    for (int i = 0; i < program->global_count; i++) out->global_lists[i] = -1;
    /* Other modules may store anything in an imported module's globals. */
    if (program->context->exported)
        for (int i = 0; i < program->global_count; i++) out->global_types[i] = TIR_T_OBJECT;
    out->default_lists = ARENA_ARRAY(arena, int *, program->function_count);
    Builder b = {0};
    b.arena = arena;
    b.program = out;
    for (int i = 0; i < program->function_count; i++) {
        HirFunction *hir = program->functions[i];
        out->default_types[i] = ARENA_ARRAY(arena, TirType, hir->parameter_count ? hir->parameter_count : 1);
        out->default_lists[i] = ARENA_ARRAY(arena, int, hir->parameter_count ? hir->parameter_count : 1);
        for (int p = 0; p < hir->parameter_count; p++) out->default_lists[i][p] = -1;
        out->functions[i] = build_function(&b, hir);
        tir_remove_trivial_phis(out->functions[i]);
    }
    tir_classes_analyze(arena, out);
    return out;
}

bool tir_is_terminator(TirOp op) {
    switch (op) {
    case TIR_JUMP: case TIR_BRANCH: case TIR_RETURN: case TIR_RAISE: case TIR_RERAISE:
    case TIR_PROPAGATE: case TIR_RESTORE: case TIR_FOR_ITER: case TIR_CHECK:
        return true;
    default:
        return false;
    }
}
