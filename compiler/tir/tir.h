/* TIR: typed SSA. Each function is a control-flow graph of basic blocks;
 * every instruction defines at most one value, and every value carries the
 * type whole-program inference proved for it. Exceptional control flow inside
 * try blocks is explicit (CHECK terminators with an error successor), so
 * liveness and reference counting later see every path. */
#ifndef MOLT_TIR_H
#define MOLT_TIR_H
#include <stdbool.h>
#include <stdint.h>

#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../hir/hir.h"

/* Types are sets of Python types (a finite lattice ordered by inclusion).
 * TIR_T_UNBOUND marks a variable that may be read before assignment. */
typedef uint32_t TirType;
enum {
    TIR_T_INT = 1u << 0,
    TIR_T_FLOAT = 1u << 1,
    TIR_T_BOOL = 1u << 2,
    TIR_T_NONE = 1u << 3,
    TIR_T_STR = 1u << 4,
    TIR_T_LIST = 1u << 5,
    TIR_T_TUPLE = 1u << 6,
    TIR_T_DICT = 1u << 7,
    TIR_T_RANGE = 1u << 8,
    TIR_T_OTHER = 1u << 9,     /* any other object: iterators, types, exceptions... */
    TIR_T_UNBOUND = 1u << 10,
    TIR_T_OBJECT = (1u << 10) - 1,
};

/* Joins two types; a union of more than four types widens to object. */
TirType tir_type_join(TirType a, TirType b);
/* "int", "int|float", "object"... (static storage not needed: writes to out). */
void tir_type_print(StrBuf *out, TirType type);

typedef enum TirOp {
    /* values */
    TIR_CONST, TIR_PARAM, TIR_PHI, TIR_UNDEF,
    TIR_BINARY,          /* binop; inplace flag for op= */
    TIR_UNARY,           /* unary: -, +, ~ */
    TIR_NOT,             /* C bool result from a C bool operand */
    TIR_TRUTHY,          /* bool(x) as a C bool */
    TIR_COMPARE,         /* <, <=, ==, !=, >, >= : a Python value */
    TIR_IS,              /* is / is not: C bool */
    TIR_CONTAINS,        /* in / not in: C bool */
    TIR_BOOL_VALUE,      /* C bool -> Python bool */
    TIR_CHECK_BOUND,     /* raises UnboundLocalError/NameError when the operand is unbound */
    TIR_LOAD_GLOBAL, TIR_STORE_GLOBAL,
    TIR_LOAD_DEFAULT, TIR_STORE_DEFAULT,    /* a function's default argument slots */
    TIR_MARK_DEFINED, TIR_CHECK_DEFINED,    /* a def statement has run */
    TIR_CALL_DIRECT, TIR_CALL_BUILTIN, TIR_CALL_METHOD, TIR_CALL_VALUE,
    TIR_BUILTIN_VALUE,   /* a builtin function, type or runtime module used as a value */
    TIR_GETATTR, TIR_GETITEM, TIR_SETITEM, TIR_DELITEM, TIR_SLICE,
    TIR_BUILD_LIST, TIR_BUILD_TUPLE, TIR_BUILD_SET, TIR_BUILD_DICT,
    TIR_LIST_APPEND, TIR_LIST_EXTEND, TIR_SET_ADD, TIR_DICT_SET, TIR_DICT_UPDATE,
    TIR_ITER,
    TIR_UNPACK,          /* iterable -> tuple of exactly n items (star item a list) */
    TIR_TUPLE_ITEM,      /* item i of a tuple known to have it: cannot fail */
    TIR_FORMAT,          /* format(value, spec) after an optional conversion */
    TIR_JOIN_STRS,       /* f-string concatenation */
    TIR_RANGE_ARG,       /* range() argument check: an int (bool counts), else TypeError */
    TIR_RANGE_STEP,      /* step == 0 -> ValueError; returns the step */
    TIR_RANGE_TEST,      /* counted loop test: (step > 0 ? i < stop : i > stop), C bool */
    TIR_EXC_MATCH,       /* does the current exception match the operand? C bool */
    TIR_EXC_FETCH,       /* take the current exception */
    TIR_EXC_PUSH, TIR_EXC_POP,   /* the handled-exception stack of except clauses */
    TIR_MAKE_CELL,       /* a new cell holding the operand, or empty without one */
    TIR_CELL_GET,        /* a cell's contents; raises when empty (index: the local) */
    TIR_CELL_SET,        /* cell, value */
    TIR_LOAD_CLOSURE,    /* cell `index` of the closure of the function object operand */
    TIR_MAKE_FUNCTION,   /* a function object for callee: operands are its defaults, then its cells */
    TIR_MAKE_CLASS,      /* class `name` (its qualname) from bases tuple, namespace dict */
    TIR_SETATTR,         /* object.name = value */
    TIR_DELATTR,         /* del object.name */
    TIR_CALL_RUNTIME,    /* name(operands...): a runtime function of compiled.h */
    TIR_YIELD,           /* suspends the generator with the operand; result: the value sent in */
    TIR_DELEGATE,        /* one `yield from` step: iterator, sent (MOLT_ERROR: throw) -> value to yield or the end */
    TIR_DELEGATE_DONE,   /* is the operand (a DELEGATE result) the end of the delegation? C bool */
    TIR_DELEGATE_RESULT, /* the return value of the iterator whose delegation just ended */
    /* terminators */
    TIR_JUMP, TIR_BRANCH, TIR_RETURN,
    TIR_RAISE,           /* raise operand [from operand] */
    TIR_RERAISE,         /* bare raise: operand is the handled exception or None */
    TIR_PROPAGATE,       /* the current exception continues to the handler/unwind */
    TIR_RESTORE,         /* make operand the current exception again and propagate */
    TIR_FOR_ITER,        /* defines the next item; targets: [0] got one, [1] exhausted */
    TIR_CHECK,           /* error test of operand: targets[0] when ok, else the handler */
    TIR_OP_COUNT
} TirOp;

typedef struct TirBlock TirBlock;
typedef struct TirFunction TirFunction;

typedef struct TirInstr {
    TirOp op;
    int id;                  /* the value it defines (index in TirFunction.values) */
    TirType type;
    SourceLoc loc;
    int *args;               /* operand value ids */
    int arg_count;
    TirBlock *block;
    TirBlock *targets[2];    /* successors of a terminator */
    /* Where an exception raised here goes: the landing pad of the innermost
     * try, or NULL to leave the function. */
    TirBlock *handler;
    /* operation details */
    AstConstant constant;            /* CONST */
    int index;                       /* PARAM, TUPLE_ITEM, LOAD/STORE_DEFAULT, UNPACK count,
                                        FORMAT conversion, local of a PHI/UNDEF/CHECK_BOUND */
    int star_index;                  /* UNPACK */
    AstBinOp binary_op;              /* BINARY */
    bool inplace;                    /* BINARY */
    AstUnaryOp unary_op;             /* UNARY */
    AstCmpOp compare_op;             /* COMPARE, IS, CONTAINS */
    const char *name;                /* method/attribute/builtin/global name, error text */
    const char **keyword_names;      /* calls: names of the trailing keyword arguments */
    int keyword_count;
    bool *star;                      /* calls, BUILD_LIST/TUPLE: starred operands */
    bool has_spec;                   /* FORMAT: second operand is the spec */
    bool has_cause;                  /* RAISE */
    HirFunction *callee;             /* CALL_DIRECT, LOAD/STORE_DEFAULT, MARK/CHECK_DEFINED */
    const HirClass *class_info;      /* MAKE_CLASS */
    HirGlobal *global;               /* LOAD/STORE_GLOBAL */
    bool module_scope;               /* CHECK_BOUND: NameError instead of UnboundLocalError;
                                        CELL_GET: a free variable (NameError) */
    int list;                        /* abstract list of a list-typed value (tir_lists.c), or -1 */
    int site;                        /* BUILD_LIST and friends: the abstract list allocated here */
    bool delegating;                 /* YIELD of `yield from`: an exception sent in goes to the next DELEGATE */
} TirInstr;

struct TirBlock {
    int id;
    TirInstr **instrs;       /* phis first, terminator last */
    int instr_count, instr_capacity;
    TirBlock **preds;
    int pred_count, pred_capacity;
    bool sealed;
    int *current_defs;       /* per variable: value id or -1 (SSA construction) */
    TirInstr **incomplete_phis;
    int incomplete_count, incomplete_capacity;
};

struct TirFunction {
    HirFunction *hir;
    TirBlock **blocks;
    int block_count, block_capacity;
    TirInstr **values;       /* by value id */
    int value_count, value_capacity;
    int variable_count;      /* HIR locals plus builder temporaries */
    TirType *parameter_types;
    TirType return_type;
    int *parameter_lists;    /* abstract list per parameter */
    int return_list;
    bool has_int_guards;     /* some value is unboxed int64: a generic version is needed */
};

/* An abstract list: a class of list objects that may be the same (tir_lists.c). */
typedef struct TirList {
    int parent;              /* union-find */
    TirType element_type;
    int element_list;        /* abstract list of list elements, or -1 */
    bool escaped;
    /* Every list of the class always has this many items (created by displays
     * of that length, never resized), or TIR_LENGTH_UNKNOWN / TIR_LENGTH_VARIES. */
    int fixed_length;
    /* Some operation may release a reference to an element while the list
     * lives (item assignment, del, pop, remove, clear, `*=`). When it cannot,
     * an element read from the list stays alive as long as the list does. */
    bool elements_dropped;
} TirList;

enum { TIR_LENGTH_UNKNOWN = -1, TIR_LENGTH_VARIES = -2 };

/* What the fast paths of a class's instances may rely on (tir_classes.c):
 * generated code tests that an object is an instance of exactly this class
 * (the runtime withdraws the test when the class changes), then reads its
 * fields at fixed positions and calls its methods directly. */
typedef struct TirClass {
    const HirClass *hir;
    bool fast;
    const HirClass **mro;            /* C3 over the program's classes, the class first */
    int mro_length;
    const char **fields;             /* the attributes its instances keep at fixed positions */
    int field_count;
} TirClass;

typedef struct TirProgram {
    const HirProgram *hir;
    TirFunction **functions; /* same order as HirProgram.functions */
    int function_count;
    TirType *global_types;   /* per HirGlobal */
    TirType **default_types; /* per function, per parameter */
    int *global_lists;       /* abstract list per global */
    int **default_lists;
    TirList *lists;
    int list_count, list_capacity;
    bool lists_changed;
    TirClass *classes;       /* per HirClass */
    int class_count;
} TirProgram;

/* True when the value is certainly a list (not list-or-something-else). */
bool tir_is_exact_list(const TirInstr *value);
int tir_list_new(TirProgram *program);
int tir_list_find(const TirProgram *program, int list);
int tir_list_unify(TirProgram *program, int a, int b);
void tir_list_escape(TirProgram *program, int list);
/* Records that a value of `type` (itself in abstract list value_list, or -1) is stored into `list`. */
void tir_list_store(TirProgram *program, int list, TirType type, int value_list);
TirType tir_list_element_type(const TirProgram *program, int list);
/* The same, but nothing (bottom) for a list whose abstract list is not known yet. */
TirType tir_list_element_type_or_bottom(const TirProgram *program, int list);
/* Records a list of `length` items created in the class, or (TIR_LENGTH_VARIES) a resize. */
void tir_list_length(TirProgram *program, int list, int length);
/* The class's fixed length, or a negative TIR_LENGTH_* value. */
int tir_list_fixed_length(const TirProgram *program, int list);
int tir_list_element_list(const TirProgram *program, int list);
void tir_list_drop_elements(TirProgram *program, int list);
/* True when every list of the class keeps each element it holds until the
 * list itself dies: tracked, not escaped, nothing ever dropped. */
bool tir_list_elements_stable(const TirProgram *program, int list);

TirProgram *tir_build(Arena *arena, const HirProgram *program);
/* Decides which classes get fields and fast paths (tir_classes.c). */
void tir_classes_analyze(Arena *arena, TirProgram *program);
/* The index of field `name` of the class, or -1. */
int tir_class_field(const TirClass *class_info, const char *name);
/* The function obj.name(arguments) runs, with `argument_count` positional
 * arguments besides self, on an exact instance of the class, when a direct
 * C call can make it (a plain def of the class or a base: no closure, not a
 * generator, exactly that many positional parameters); else NULL. */
HirFunction *tir_class_method(const TirClass *class_info, const char *name, int argument_count);
/* C(arguments) made by allocating and calling *init directly: true when the
 * class defines no __new__ and its __init__ (NULL: object's) takes them. */
bool tir_class_plain_construction(const TirClass *class_info, int argument_count, HirFunction **init);
/* Drops phis whose inputs are all the same value (tir_simplify.c). */
void tir_remove_trivial_phis(TirFunction *function);
/* Whole-program type inference to a fixed point (tir_infer.c). */
void tir_infer(TirProgram *program);
void tir_print(StrBuf *out, const TirProgram *program);

bool tir_is_terminator(TirOp op);
const char *tir_op_name(TirOp op);

/* Does some code of the module read or write an instance's __dict__ (or
 * attributes by computed name)? Then no class gets fields (tir_classes.c). */
bool tir_program_sees_instance_dicts(const HirProgram *program);

#endif
