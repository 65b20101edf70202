/* The abstract syntax tree: a faithful C rendering of CPython 3.12's
 * Parser/Python.asdl, so that every construct of the language has a node even
 * when later stages reject it. Nodes live in the compilation's arena. */
#ifndef MOLT_FRONTEND_AST_H
#define MOLT_FRONTEND_AST_H
#include <stddef.h>
#include <stdint.h>

#include "../common/diag.h"

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstPattern AstPattern;

/* Lists are arena arrays with a count; an empty list has items == NULL. */
typedef struct { AstExpr **items; int count; } AstExprList;
typedef struct { AstStmt **items; int count; } AstStmtList;
typedef struct { AstPattern **items; int count; } AstPatternList;
typedef struct { const char **items; int count; SourceLoc *locs; } AstNameList;

typedef enum { BOOLOP_AND, BOOLOP_OR } AstBoolOp;

typedef enum {
    BINOP_ADD, BINOP_SUB, BINOP_MULT, BINOP_MATMULT, BINOP_DIV, BINOP_MOD, BINOP_POW,
    BINOP_LSHIFT, BINOP_RSHIFT, BINOP_BITOR, BINOP_BITXOR, BINOP_BITAND, BINOP_FLOORDIV
} AstBinOp;

typedef enum { UNARY_INVERT, UNARY_NOT, UNARY_UADD, UNARY_USUB } AstUnaryOp;

typedef enum {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE, CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} AstCmpOp;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } AstContext;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_IMAG, CONST_STR, CONST_BYTES
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    /* CONST_INT: the literal with underscores removed and its base prefix kept
     * ("0x1f", "123"); fits_int64 says whether int_value holds it exactly. */
    const char *int_text;
    int fits_int64;
    int64_t int_value;
    double float_value;       /* CONST_FLOAT, and the imaginary part of CONST_IMAG */
    /* CONST_STR (UTF-8) and CONST_BYTES: the decoded value, may contain NULs. */
    const char *bytes;
    size_t length;
    /* CONST_STR written u"..." (CPython's Constant.kind == 'u'). */
    int is_unicode_prefixed;
} AstConstant;

typedef struct AstKeyword {
    const char *arg;          /* NULL for **mapping */
    AstExpr *value;
    SourceLoc loc;
} AstKeyword;
typedef struct { AstKeyword **items; int count; } AstKeywordList;

typedef struct AstComprehension {
    AstExpr *target;
    AstExpr *iter;
    AstExprList ifs;
    int is_async;
} AstComprehension;
typedef struct { AstComprehension **items; int count; } AstComprehensionList;

typedef struct AstArg {
    const char *name;
    AstExpr *annotation;      /* may be NULL */
    SourceLoc loc;
} AstArg;
typedef struct { AstArg **items; int count; } AstArgList;

typedef struct AstArguments {
    AstArgList posonlyargs;
    AstArgList args;
    AstArg *vararg;           /* may be NULL */
    AstArgList kwonlyargs;
    AstExprList kw_defaults;  /* same length as kwonlyargs; NULL entries = no default */
    AstArg *kwarg;            /* may be NULL */
    AstExprList defaults;     /* defaults of the last positional parameters */
} AstArguments;

typedef enum { EXPR_BOOLOP, EXPR_NAMEDEXPR, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA, EXPR_IFEXP,
    EXPR_DICT, EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP, EXPR_DICTCOMP, EXPR_GENERATOREXP,
    EXPR_AWAIT, EXPR_YIELD, EXPR_YIELDFROM, EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTEDVALUE,
    EXPR_JOINEDSTR, EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME,
    EXPR_LIST, EXPR_TUPLE, EXPR_SLICE
} AstExprKind;

struct AstExpr {
    AstExprKind kind;
    SourceLoc loc;            /* start of the expression */
    SourceLoc end;            /* just past its end */
    union {
        struct { AstBoolOp op; AstExprList values; } boolop;
        struct { AstExpr *target; AstExpr *value; } namedexpr;
        struct { AstExpr *left; AstBinOp op; AstExpr *right; } binop;
        struct { AstUnaryOp op; AstExpr *operand; } unaryop;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } ifexp;
        /* keys[i] == NULL means values[i] is a **mapping to unpack */
        struct { AstExprList keys; AstExprList values; } dict;
        struct { AstExprList elts; } set;
        /* listcomp, setcomp, generatorexp use elt; dictcomp uses key and value */
        struct { AstExpr *elt; AstExpr *key; AstExpr *value; AstComprehensionList generators; } comp;
        struct { AstExpr *value; } await_;
        struct { AstExpr *value; } yield;          /* value may be NULL */
        struct { AstExpr *value; } yieldfrom;
        struct { AstExpr *left; int count; AstCmpOp *ops; AstExprList comparators; } compare;
        struct { AstExpr *func; AstExprList args; AstKeywordList keywords; } call;
        /* conversion: -1 none, 's', 'r' or 'a'; format_spec is a JoinedStr or NULL.
         * f"{x=}" is represented as CPython does: a Constant "x=" followed by a
         * FormattedValue with conversion 'r' (unless a spec or conversion is given). */
        struct { AstExpr *value; int conversion; AstExpr *format_spec; } formatted;
        struct { AstExprList values; } joinedstr;   /* Constant(str) and FormattedValue parts */
        AstConstant constant;
        struct { AstExpr *value; const char *attr; AstContext ctx; } attribute;
        struct { AstExpr *value; AstExpr *slice; AstContext ctx; } subscript;
        struct { AstExpr *value; AstContext ctx; } starred;
        struct { const char *id; AstContext ctx; } name;
        struct { AstExprList elts; AstContext ctx; } list;   /* also used for tuple */
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; } slice;  /* each may be NULL */
    } as;
};

typedef enum {
    PATTERN_VALUE, PATTERN_SINGLETON, PATTERN_SEQUENCE, PATTERN_MAPPING, PATTERN_CLASS,
    PATTERN_STAR, PATTERN_AS, PATTERN_OR
} AstPatternKind;

struct AstPattern {
    AstPatternKind kind;
    SourceLoc loc;
    union {
        struct { AstExpr *value; } value;
        struct { AstConstKind value; } singleton;   /* CONST_NONE, CONST_TRUE, CONST_FALSE */
        struct { AstPatternList patterns; } sequence;
        struct { AstExprList keys; AstPatternList patterns; const char *rest; } mapping;
        struct { AstExpr *cls; AstPatternList patterns; AstNameList kwd_attrs;
                 AstPatternList kwd_patterns; } cls;
        struct { const char *name; } star;          /* name NULL for *_ */
        struct { AstPattern *pattern; const char *name; } as;  /* both may be NULL (wildcard) */
        struct { AstPatternList patterns; } or_;
    } as;
};

typedef struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard;           /* may be NULL */
    AstStmtList body;
} AstMatchCase;
typedef struct { AstMatchCase **items; int count; } AstMatchCaseList;

typedef struct AstExceptHandler {
    AstExpr *type;            /* NULL for a bare except */
    const char *name;         /* NULL without "as" */
    AstStmtList body;
    SourceLoc loc;
} AstExceptHandler;
typedef struct { AstExceptHandler **items; int count; } AstExceptHandlerList;

typedef struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars;   /* may be NULL */
} AstWithItem;
typedef struct { AstWithItem **items; int count; } AstWithItemList;

typedef struct AstAlias {
    const char *name;         /* dotted name, or "*" */
    const char *asname;       /* may be NULL */
    const char *bound;        /* the name the import binds: asname, else name's first part */
    SourceLoc loc;
} AstAlias;
typedef struct { AstAlias **items; int count; } AstAliasList;

typedef enum { TYPE_PARAM_TYPEVAR, TYPE_PARAM_PARAMSPEC, TYPE_PARAM_TYPEVARTUPLE } AstTypeParamKind;
typedef struct AstTypeParam {
    AstTypeParamKind kind;
    const char *name;
    AstExpr *bound;           /* TypeVar only, may be NULL */
    SourceLoc loc;
} AstTypeParam;
typedef struct { AstTypeParam **items; int count; } AstTypeParamList;

typedef enum {
    STMT_FUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN, STMT_TYPEALIAS,
    STMT_AUGASSIGN, STMT_ANNASSIGN, STMT_FOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_MATCH,
    STMT_RAISE, STMT_TRY, STMT_ASSERT, STMT_IMPORT, STMT_IMPORTFROM, STMT_GLOBAL,
    STMT_NONLOCAL, STMT_EXPR, STMT_PASS, STMT_BREAK, STMT_CONTINUE
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    SourceLoc loc;
    union {
        struct { const char *name; AstArguments *args; AstStmtList body; AstExprList decorators;
                 AstExpr *returns; AstTypeParamList type_params; int is_async; } functiondef;
        struct { const char *name; AstTypeParamList type_params; AstExprList bases;
                 AstKeywordList keywords; AstStmtList body; AstExprList decorators; } classdef;
        struct { AstExpr *value; } return_;         /* value may be NULL */
        struct { AstExprList targets; } delete_;
        struct { AstExprList targets; AstExpr *value; } assign;   /* a = b = value */
        struct { AstExpr *name; AstTypeParamList type_params; AstExpr *value; } typealias;
        struct { AstExpr *target; AstBinOp op; AstExpr *value; } augassign;
        struct { AstExpr *target; AstExpr *annotation; AstExpr *value; int simple; } annassign;
        struct { AstExpr *target; AstExpr *iter; AstStmtList body; AstStmtList orelse;
                 int is_async; } for_;
        struct { AstExpr *test; AstStmtList body; AstStmtList orelse; } while_;
        struct { AstExpr *test; AstStmtList body; AstStmtList orelse; } if_;
        struct { AstWithItemList items; AstStmtList body; int is_async; } with;
        struct { AstExpr *subject; AstMatchCaseList cases; } match;
        struct { AstExpr *exc; AstExpr *cause; } raise;           /* both may be NULL */
        struct { AstStmtList body; AstExceptHandlerList handlers; AstStmtList orelse;
                 AstStmtList finalbody; int is_star; } try_;
        struct { AstExpr *test; AstExpr *msg; } assert_;
        struct { AstAliasList names; } import;
        struct { const char *module; AstAliasList names; int level; } importfrom;
        struct { AstNameList names; } global;                     /* also nonlocal */
        struct { AstExpr *value; } expr;
    } as;
};

typedef struct AstModule {
    AstStmtList body;
    const SourceFile *file;
} AstModule;

/* The operators as Python writes them ("+", "//", "~"), for the printed IRs
 * and the manifest (ast_print.c). */
const char *ast_binary_op_symbol(AstBinOp op);
const char *ast_unary_op_symbol(AstUnaryOp op);

/* Calls stmt for every statement and expr for every expression of the module,
 * each before its children (ast_walk.c). Embed the visitor in a larger struct
 * to carry state. */
typedef struct AstVisitor AstVisitor;
struct AstVisitor {
    void (*stmt)(AstVisitor *visitor, const AstStmt *s);
    void (*expr)(AstVisitor *visitor, const AstExpr *e);
};
void ast_walk_module(AstVisitor *visitor, const AstModule *module);

#endif
