/* LIR: TIR with memory made explicit. Every value gets a machine
 * representation (unboxed int64/double/bool or a boxed MoltValue), every
 * conversion between them is an instruction (boxing, and unboxing with a
 * guard), every owned reference is released by an explicit DECREF at its last
 * use, every operation that can fail names the exit it takes, and phis become
 * moves on edges.
 *
 * A function with unboxed ints is lowered twice: the specialized version, and
 * the generic version (everything boxed) that a failed guard deoptimizes into:
 * the deopt exit boxes the live values and continues the generic version at
 * the same program point. The two versions become two C functions, so the
 * specialized one stays small enough for the C compiler to optimize well. */
#ifndef MOLT_LIR_H
#define MOLT_LIR_H
#include <stdbool.h>

#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../tir/tir.h"

typedef enum LirRepr { LIR_REPR_NONE, LIR_REPR_BOXED, LIR_REPR_I64, LIR_REPR_F64, LIR_REPR_CBOOL } LirRepr;
typedef enum LirMode { LIR_SPECIALIZED, LIR_GENERIC } LirMode;

/* A C-level variable: the value `value` in `mode`, or a temporary. */
typedef struct LirVar {
    int value;           /* TIR value id, or -1 for a temporary */
    int temp;            /* temporary number when value < 0 */
    LirMode mode;
    LirRepr repr;
} LirVar;

typedef enum LirKind {
    LIR_LABEL,           /* label: a block of a version, a resume point, or an exit */
    LIR_OP,              /* dest = instr(operands), the operation chosen for these representations;
                            a YIELD's `label` is its resume point */
    LIR_BOX,             /* dest (boxed) = box(src) */
    LIR_UNBOX,           /* dest = unbox(src boxed); a failed guard takes deopt_exit */
    LIR_MOVE,            /* dest = src (same representation): phi moves, ownership transfer */
    LIR_INCREF,
    LIR_DECREF,
    LIR_GOTO,
    LIR_BRANCH,          /* if (operands[0]) goto label else goto label2 */
    LIR_RETURN,          /* return operands[0] (boxed, owned) */
    LIR_TRACEBACK,       /* record a traceback entry for `line`: an error caught in this frame */
    LIR_UNWIND,          /* record a traceback entry for `line` (none when 0) and return MOLT_ERROR */
    LIR_DEOPT,           /* continue in the generic version at resume point `label`, handing it the operands */
} LirKind;

typedef struct LirOp {
    LirKind kind;
    const TirInstr *instr;   /* LIR_OP: the TIR instruction implemented; else context */
    LirVar dest;
    bool has_dest;
    LirVar *operands;
    int operand_count;
    int label;               /* LIR_LABEL: its id; GOTO/BRANCH: target */
    int label2;              /* BRANCH: false target; FOR_ITER: exhausted target */
    int error_exit;          /* label taken when the operation raises, or -1 */
    int deopt_exit;          /* label taken when a guard fails, or -1 */
    bool native;             /* LIR_OP: unboxed fast path (vs the boxed runtime call) */
    int line;
} LirOp;

typedef struct LirOpList {
    LirOp *ops;
    int count, capacity;
} LirOpList;

/* Where the generic version can be entered: resume point 0 is its start (the
 * arguments, boxed); every other point follows an instruction whose guard
 * failed, and receives the values live there, in this order. */
typedef struct LirResumePoint {
    int label;
    const int *values;
    int value_count;
    /* A generator's yield point (docs/generators.md): per value, whether the
     * function borrows it (a constant), so the frame takes a reference of
     * its own while suspended; NULL for a deopt resume point. */
    const bool *borrowed;
} LirResumePoint;

typedef struct LirFunction {
    const TirFunction *tir;
    LirOpList versions[2];   /* by LirMode */
    LirResumePoint *resume_points;
    int resume_count, resume_capacity;
    int label_count;
    int temp_count;
    LirRepr *spec_repr;      /* per TIR value */
    LirRepr *generic_repr;
    bool has_generic_version;
    /* parameters' representations in the specialized signature */
    LirRepr *parameter_repr;
    /* the specialized version's result: I64 (unboxed, see molt_return_special) or BOXED */
    LirRepr return_repr;
    int *block_label[2];     /* per mode, per TIR block */
    /* Per TIR value: in the specialized version, the value is a borrowed
     * reference kept alive by this other value (a list it was read from, or
     * the iterator over that list), or -1 when the value owns its reference. */
    int *borrowed_from;
} LirFunction;

typedef struct LirProgram {
    const TirProgram *tir;
    LirFunction **functions;
    int function_count;
} LirProgram;

LirProgram *lir_lower(Arena *arena, const TirProgram *program);
void lir_print(StrBuf *out, const LirProgram *program);

/* The representation of a value of `type` in the specialized version. */
LirRepr lir_repr_for_type(TirType type);
/* True for operations whose result is a C truth value in every version. */
bool lir_is_predicate(TirOp op);
/* True for operations that produce no value. */
bool lir_has_no_value(TirOp op);

#endif
