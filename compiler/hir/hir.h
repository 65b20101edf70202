/* HIR: the desugared AST with every name resolved. One HirProgram per
 * compilation: the module body becomes the function "<module>", every def at
 * module level a HirFunction. Constructs the subset does not support are
 * rejected while building HIR, with a diagnostic naming the feature, so later
 * stages only see what they can compile. */
#ifndef MOLT_HIR_H
#define MOLT_HIR_H
#include <stdbool.h>
#include <stdint.h>

#include "../../include/molt/capabilities.h"
#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../frontend/ast.h"

typedef struct HirExpr HirExpr;
typedef struct HirStmt HirStmt;
typedef struct HirFunction HirFunction;
typedef struct HirClass HirClass;

typedef struct { HirStmt **items; int count; } HirStmtList;
typedef struct { HirExpr **items; int count; } HirExprList;

/* A local variable of one function (parameters first). Temporaries the
 * desugaring introduces are locals named "$tN". */
typedef struct HirLocal HirLocal;
struct HirLocal {
    const char *name;
    int index;
    bool is_parameter;
    /* Lives in a cell because a nested function uses it (or is such a use). */
    bool is_cell;
    /* A free variable: the cell at this index of the function's closure,
     * which is `captured` (a cell local or free variable) of the enclosing
     * function when the function object is made; -1 for an own local. */
    int free_index;
    HirLocal *captured;
};

/* A module-level name that some function reads or writes (so it must live in
 * a global slot); module-level names only the module body uses are locals of
 * "<module>" instead, which lets them be typed and unboxed. */
typedef struct HirGlobal {
    const char *name;
    int index;
    HirFunction *function;     /* set when the name is bound only by one def */
} HirGlobal;

typedef enum {
    HIR_CONST, HIR_LOCAL, HIR_GLOBAL, HIR_BUILTIN, HIR_BINARY, HIR_UNARY, HIR_NOT,
    HIR_COMPARE, HIR_AND, HIR_OR, HIR_IFEXP, HIR_CALL_FUNCTION, HIR_CALL_BUILTIN,
    HIR_CALL_METHOD, HIR_CALL_VALUE, HIR_GETATTR, HIR_SUBSCRIPT, HIR_SLICE, HIR_LIST,
    HIR_TUPLE, HIR_SET, HIR_DICT, HIR_LIST_COMP, HIR_SET_COMP, HIR_DICT_COMP, HIR_FSTRING, HIR_FORMAT,
    HIR_MAKE_FUNCTION, HIR_MAKE_CLASS, HIR_ASSIGN_EXPR, HIR_CALL_RUNTIME,
    HIR_MODULE, HIR_YIELD, HIR_YIELD_FROM
} HirExprKind;

/* A call's arguments: positional values, then keyword values named by
 * keyword_names; star marks a positional argument written as *iterable. */
typedef struct HirArgs {
    HirExprList positional;
    bool *star;                /* per positional, may be NULL when none starred */
    HirExprList keyword_values;
    const char **keyword_names;
} HirArgs;

typedef struct HirComprehensionLoop {
    HirStmt *target_assign;    /* assignment of each item to the loop target (value unset) */
    bool is_async;             /* `async for`: iter is molt_async_iter(...), items come from awaiting __anext__() */
    HirExpr *iter;
    HirExprList conditions;
} HirComprehensionLoop;

struct HirExpr {
    HirExprKind kind;
    SourceLoc loc;
    union {
        AstConstant constant;
        HirLocal *local;
        HirGlobal *global;
        const char *builtin;                          /* name of a builtin function or type */
        struct { AstBinOp op; HirExpr *left, *right; bool inplace; } binary;   /* inplace: from op= */
        struct { AstUnaryOp op; HirExpr *operand; } unary;   /* UADD, USUB, INVERT */
        struct { HirExpr *operand; } not_;
        /* a < b < c: operands[0..count], ops[0..count-1]; each middle operand is
         * evaluated once, and evaluation stops at the first false comparison. */
        struct { int count; AstCmpOp *ops; HirExpr **operands; } compare;
        struct { HirExpr *left, *right; } boolop;     /* and / or return an operand */
        struct { HirExpr *test, *body, *orelse; } ifexp;
        /* arguments already bound to parameter slots: bound[i] is the value of
         * slot i, or NULL to use its default */
        struct { HirFunction *function; HirExpr **bound;
                 int *order; int order_count; } call_function;   /* order: source order of bound[] */
        struct { const char *name; HirArgs args; } call_builtin;
        struct { HirExpr *object; const char *name; HirArgs args; } call_method;
        struct { HirExpr *callee; HirArgs args; } call_value;
        struct { HirExpr *object; const char *name; } getattr;
        struct { HirExpr *object, *index; } subscript;
        struct { HirExpr *lower, *upper, *step; } slice;   /* NULL parts are None */
        /* items; for a list/tuple display, star[i] marks *iterable elements */
        struct { HirExprList items; bool *star; } sequence;
        struct { HirExprList keys, values; } dict;   /* NULL key: **mapping */
        /* [elt for ...] / {key: value for ...}: loops nest left to right. */
        struct { HirComprehensionLoop *loops; int loop_count; HirExpr *element, *key, *value; } comp;
        struct { HirExprList parts; } fstring;        /* each part yields a str */
        /* format(value, spec) with an optional !s/!r/!a conversion first */
        struct { HirExpr *value; int conversion; HirExpr *spec; } format;
        /* a function object: its defaults (HirFunction.defaults) are evaluated
         * and its free variables' cells taken from the enclosing function */
        struct { HirFunction *function; } make_function;
        /* the class statement once its body has filled `namespace` (a dict
         * local): a new class from `bases` (a tuple display) */
        struct { const char *qualname; HirExpr *bases; HirLocal *namespace; HirClass *info; } make_class;
        struct { struct HirTarget *target; HirExpr *value; } assign_expr;   /* name := value */
        /* a runtime function of compiled.h taking the values, returning a new
         * reference or MOLT_ERROR (desugarings such as match use these) */
        struct { const char *function; HirExprList args; } call_runtime;
        const char *module;                           /* a runtime module (include/molt/module.h) */
        /* `yield value` (value None when absent): the value sent in */
        struct { HirExpr *value; } yield;
        /* `yield from iterable`: the delegation loop is built in TIR */
        struct { HirExpr *iterable; bool await; } yield_from;   /* await: `await x`, over molt_await_iter(x) */
    } as;
};

typedef enum {
    HIR_ASSIGN, HIR_EXPR, HIR_IF, HIR_WHILE, HIR_FOR, HIR_BREAK, HIR_CONTINUE, HIR_RETURN,
    HIR_RAISE, HIR_TRY, HIR_DEF, HIR_DELETE, HIR_PASS
} HirStmtKind;

/* Where an assignment stores. */
typedef enum { HIR_TARGET_LOCAL, HIR_TARGET_GLOBAL, HIR_TARGET_SUBSCRIPT, HIR_TARGET_ATTRIBUTE, HIR_TARGET_UNPACK } HirTargetKind;
typedef struct HirTarget HirTarget;
struct HirTarget {
    HirTargetKind kind;
    SourceLoc loc;
    HirLocal *local;
    HirGlobal *global;
    HirExpr *object, *index;                   /* subscript; attribute: object */
    const char *attribute;                     /* attribute name */
    HirTarget **elements;                      /* unpack */
    int element_count;
    int star_index;                            /* unpack: index of the *name element, or -1 */
};

typedef struct HirExceptHandler {
    HirExpr *type;                             /* NULL: bare except */
    HirTarget *name;                           /* NULL without "as" */
    HirStmtList body;
    SourceLoc loc;
} HirExceptHandler;

struct HirStmt {
    HirStmtKind kind;
    SourceLoc loc;
    union {
        struct { HirTarget *target; HirExpr *value; } assign;
        struct { HirExpr *value; } expr;
        struct { HirExpr *test; HirStmtList body, orelse; } if_;
        struct { HirExpr *test; HirStmtList body, orelse; } while_;
        /* for target in iter: range(...) with one to three int arguments is
         * recognised here so the loop can run on an unboxed counter. */
        struct { HirTarget *target; HirExpr *iter; HirStmtList body, orelse;
                 bool is_range; HirExpr *range_args[3]; int range_arg_count; } for_;
        struct { HirExpr *value; } return_;   /* NULL: return None */
        struct { HirExpr *exception, *cause; } raise;   /* both NULL: bare raise */
        struct { HirStmtList body; HirExceptHandler **handlers; int handler_count;
                 HirStmtList orelse, finalbody; } try_;
        struct { HirFunction *function; } def;   /* evaluates defaults, marks the def as executed */
        struct { HirTarget *target; } delete_;
    } as;
};

struct HirFunction {
    const char *name;
    const char *qualname;                      /* "outer.<locals>.inner", "<lambda>" */
    SourceLoc loc;
    int index;                                 /* position in HirProgram.functions */
    bool is_module;
    /* Its def runs before any code that could call it, so calls need not
     * check that it exists yet. */
    bool always_defined;
    HirLocal **locals;
    int local_count;
    int parameter_count;                       /* named parameters (not *args / **kwargs) */
    int positional_only_count;                 /* leading parameters that are positional-only */
    int keyword_only_count;                    /* trailing parameters that are keyword-only */
    /* *args and **kwargs: parameter slots (and locals) after the named ones. */
    bool has_varargs, has_varkeywords;
    int slot_count;                            /* parameter_count + has_varargs + has_varkeywords */
    HirExpr **defaults;                        /* per parameter, NULL when it has none */
    /* __annotations__: a dict display of the parameters' and the return's
     * annotations in CPython's order, evaluated after the defaults when the
     * def runs; NULL when the def annotates nothing. */
    HirExpr *annotations;
    HirStmtList body;
    HirFunction *parent;                       /* the enclosing function; NULL at module level */
    /* A function object exists for it (a nested def, a lambda, or a module-level
     * def used as a value): calls through the object can pass anything, so its
     * parameters are typed object. */
    bool is_value;
    HirLocal **free_vars;                      /* by closure index */
    int free_count;
    HirGlobal *value_global;                   /* a module-level def used as a value: its name's slot */
    /* Its body yields: a call returns a generator object (docs/generators.md). */
    bool is_generator;
    /* An `async def`: also is_generator; a call returns a coroutine object (docs/asyncio.md). */
    bool is_coroutine;
    /* An `async def` that yields (PEP 525): a call returns an async generator. */
    bool is_async_generator;
    /* The docstring (__doc__), NULL when the body does not start with one. */
    const char *doc;
    size_t doc_length;
};

/* A def in a class body, as the class statement saw it. */
typedef struct HirClassDef {
    const char *name;
    HirFunction *function;
    bool decorated;
    const AstStmt *statement;
} HirClassDef;

/* What a class statement tells about the class it makes, for the fast paths
 * of instances (tir_classes.c): which classes it derives from, the names its
 * body binds, and its methods. */
struct HirClass {
    const char *name, *qualname;
    SourceLoc loc;
    int index;                                 /* position in HirProgram.classes */
    /* Made by a statement of the module body (run at most once per name
     * binding), not decorated, every def of its body at its top level. */
    bool module_level_only;
    /* The bases, when every base is `object` or such a class of the program. */
    bool bases_known;
    HirClass **bases;
    int base_count;
    const char **assigned;                     /* names the body binds other than by def */
    int assigned_count;
    HirClassDef *defs;                         /* every def of the body, in order */
    int def_count;
};

/* Which module of the program is being compiled, and the program's others. */
typedef struct HirModuleContext {
    const char *name;                          /* "__main__", "helpers", "pkg.sub" */
    /* The package relative imports start from ("pkg" in pkg/sub.py and in
     * pkg/__init__.py, "" in a top-level module); NULL in the main script. */
    const char *package;
    /* Imported by other modules, which may read and assign any of its
     * module-level names: all of them live in global slots. */
    bool exported;
    const char *const *user_modules;           /* dotted names, NULL-terminated */
    uint32_t capabilities;                     /* granted (include/molt/capabilities.h) */
} HirModuleContext;

/* A use of a gated member that needs its capability (the manifest lists
 * them); an unseeded use of random needs it only when nothing seeds. */
typedef struct HirCapabilityUse {
    MoltCapability capability;
    SourceLoc loc;
    bool unseeded;
    struct HirCapabilityUse *next;
} HirCapabilityUse;

/* What the capability check learned of a module (hir_capabilities.c): the
 * first use of the unseeded module-level random generator, whether the
 * module seeds it with a value (random.seed(42)), and every use that needs a
 * capability, in source order (allocated in `arena`). */
typedef struct HirCapabilityUses {
    const char *unseeded_member;               /* NULL: none */
    SourceLoc unseeded_loc;
    bool seeds_random;
    Arena *arena;
    HirCapabilityUse *first, *last;
} HirCapabilityUses;

typedef struct HirProgram {
    const SourceFile *file;
    HirCapabilityUses capability_uses;
    const HirModuleContext *context;
    HirFunction **functions;                   /* functions[0] is "<module>" */
    int function_count;
    HirGlobal **globals;
    int global_count;
    HirClass **classes;                        /* every class statement, in source order */
    int class_count;
    /* Some module of the program can see instance dicts (tir_classes.c). */
    bool instance_dicts_seen;
} HirProgram;

/* Resolves names, desugars, and checks the subset. Returns NULL after
 * reporting diagnostics when the program uses something unsupported. */
HirProgram *hir_build(Arena *arena, const AstModule *module, const HirModuleContext *context);
void hir_print(StrBuf *out, const HirProgram *program);

/* hir_import.c: is the import statement `s` one the compiler accepts (every
 * module it names is a runtime module or one of the program's)? Reports a
 * diagnostic when not. */
bool hir_import_check(const SourceFile *file, const AstStmt *s, const HirModuleContext *context);
bool hir_is_user_module(const HirModuleContext *context, const char *name);
/* Is it one of the modules the runtime implements (include/molt/module.h)? */
bool hir_is_runtime_module(const char *name);
/* The absolute name `from <level dots><module> import ...` refers to, in
 * arena memory; NULL (after a diagnostic) when it climbs out of the
 * top-level package or appears outside a package. */
const char *hir_import_absolute_name(Arena *arena, const char *package, int level, const char *module);
/* The hint for a member of a module that is outside the Tier 0 subset
 * (sys._getframe), or NULL. */
const char *hir_import_tier0_member(const char *module, const char *name);
/* Does the import name a module Molt lacks whose uses may be outside Tier 0
 * (sys._getframe(), importlib.import_module(name))? Its diagnostic then waits
 * for the end of the module, so that such a use, which names the real
 * reason, is reported first. */
bool hir_import_defers(const AstStmt *s);
/* Is `module.name` (a read of an attribute of a module bound by `import
 * module [as n]`) a name the compiler accepts? Rejects the names of the
 * module that Molt does not provide yet, as `from module import name` does. */
bool hir_import_check_attribute(const SourceFile *file, SourceLoc loc, const char *module, const char *name);

/* hir_capabilities.c: rejects a use of `module.member` (a call when `call` is
 * not NULL, else a read or an import) that needs a capability the program is
 * not granted; uses of the unseeded random generator are gathered in `uses`
 * for hir_capability_check_program, which rejects the first of them unless
 * some module of the program seeds the generator. */
void hir_capability_check(const SourceFile *file, const HirModuleContext *context, SourceLoc loc, const char *module,
                          const char *member, const AstExpr *call, HirCapabilityUses *uses);
void hir_capability_check_program(HirProgram *const *programs, int count);

/* The builtins Molt can call (functions and types), by name; NULL-terminated. */
extern const char *const hir_builtin_names[];

#endif
