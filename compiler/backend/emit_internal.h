/* What the files of the C emitter share: the emitter's state and the helpers
 * that print variables, calls and error checks (emit_c.c), used by the fast
 * paths of class instances (emit_fast_paths.c). Not part of the backend's
 * interface (backend.h). */
#ifndef MOLT_EMIT_INTERNAL_H
#define MOLT_EMIT_INTERNAL_H
#include <stdbool.h>

#include "../common/strbuf.h"
#include "../lir/lir.h"
#include "backend.h"

typedef struct Emitter {
    StrBuf *out;
    StrBuf constants;          /* static declarations of constants */
    StrBuf constant_init;      /* their creation at start-up */
    int constant_count;
    const LirProgram *program;
    const LirFunction *f;
    const char *function_name;
    bool in_specialized_int_function;   /* emitting a specialized version that returns int64 */
    BackendGuards *guards;     /* BackendModule.guards */
} Emitter;

#define P(...) strbuf_printf(e->out, __VA_ARGS__)
#define V(var) var_name(e->out, (var))

void var_name(StrBuf *out, LirVar var);
void function_c_name(StrBuf *out, const HirFunction *function);
/* `if (dest == MOLT_ERROR) goto <error exit>;` when the operation can fail. */
void error_check_value(Emitter *e, const LirOp *op);
/* "MoltValue args[] = {...}" of a call's operands from `first` on. */
void emit_args_array(Emitter *e, const LirOp *op, int first);
bool any_star(const TirInstr *instr);
bool has_double_star(const TirInstr *instr);
/* callable(args...) through the runtime, as one braced statement, no error check. */
void emit_call_statement(Emitter *e, const LirOp *op, const char *callable_expression, int first);

/* Records a guard of the operation for the manifest (when guards are recorded). */
void emit_record_guard(Emitter *e, const LirOp *op, const char *kind, const char *class_name);

/* One LIR operation as C (emit_c.c). */
void emit_op(Emitter *e, const LirOp *op);
/* emit_error_exits.c: a version's operations, its error exits shared; and the
 * end of an exit: the traceback entry for `line` (a C expression), the error return. */
void emit_version(Emitter *e, const LirOpList *list);
void emit_unwind(Emitter *e, const char *line);

/* emit_fast_paths.c: instances of classes with fast paths (tir_classes.c).
 * Each emit_fast_* prints the operation with its fast paths and returns
 * true, or prints nothing and returns false when no class offers one. */
void emit_fast_class_declarations(Emitter *e, StrBuf *out);
bool emit_fast_getattr(Emitter *e, const LirOp *op);
bool emit_fast_setattr(Emitter *e, const LirOp *op);
bool emit_fast_method_call(Emitter *e, const LirOp *op);
bool emit_fast_construction(Emitter *e, const LirOp *op);
/* After MAKE_CLASS: gives the class its fields and turns its fast paths on. */
void emit_fast_class_enable(Emitter *e, const LirOp *op);

#endif
