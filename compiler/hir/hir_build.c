/* AST -> HIR: decides where every name lives (function local, module global,
 * builtin), binds direct calls to their parameters, desugars assignment forms,
 * and rejects, with a diagnostic naming the feature, everything the compiler
 * cannot yet compile faithfully. */
#include <stdio.h>
#include <string.h>

#include "../../include/molt/builtins.h"
#include "../common/vec.h"
#include "hir.h"

#define MOLT_BUILTIN_NAME(name) #name,
const char *const hir_builtin_names[] = {
    MOLT_BUILTIN_FUNCTIONS(MOLT_BUILTIN_NAME)
    MOLT_BUILTIN_TYPES(MOLT_BUILTIN_NAME)
#define MOLT_EXCEPTION(name, base) #name,
#include "../../include/molt/exceptions.def"
#undef MOLT_EXCEPTION
    "NotImplemented", "Ellipsis",   /* builtin constants that are names, not keywords */
    NULL};
#undef MOLT_BUILTIN_NAME

typedef Vec(const char *) NameVec;

/* CPython 3.12's builtins that Molt does not provide: reading one is
 * rejected at compile time instead of failing with NameError at run time. */
/* The builtins that create code or reach the interpreter's own state at run
 * time: no tier accepts them, and each says why. */
typedef struct DynamicBuiltin {
    const char *name, *hint;
} DynamicBuiltin;

static const DynamicBuiltin dynamic_builtins[] = {
    {"eval", "a compiled program cannot create or inspect code at run time"},
    {"exec", "a compiled program cannot create or inspect code at run time"},
    {"compile", "a compiled program cannot create code at run time: there is no bytecode to compile to"},
    {"globals", "a compiled program keeps its names in fixed slots, not in a dictionary: use the names directly"},
    {"locals", "a compiled program keeps its variables in fixed slots, not in a dictionary: use the names directly"},
    {"__import__", "Molt resolves modules at compile time: use an import statement"},
    {"breakpoint", "a compiled program has no interpreter to stop in"},
};

static const char *dynamic_builtin_hint(const char *name) {
    for (size_t i = 0; i < sizeof dynamic_builtins / sizeof dynamic_builtins[0]; i++)
        if (strcmp(dynamic_builtins[i].name, name) == 0) return dynamic_builtins[i].hint;
    return NULL;
}

static const char *const unavailable_builtin_names[] = {
    "BlockingIOError", "BrokenPipeError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EncodingWarning", "EnvironmentError", "FileExistsError",
    "FileNotFoundError", "FloatingPointError", "FutureWarning", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "InterruptedError", "IsADirectoryError", "KeyboardInterrupt", "MemoryError",
    "ModuleNotFoundError", "NotADirectoryError", "OSError", "PendingDeprecationWarning", "PermissionError",
    "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeWarning",
    "StopAsyncIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
    "UserWarning", "Warning", "aiter", "anext", "copyright", "credits", "exit", "help",
    "license", "open", "quit", NULL};

/* What a module-level name is. */
typedef struct ModuleName {
    const char *name;
    int def_count;            /* bound by a def statement */
    int other_bindings;       /* bound by anything else */
    bool used_by_functions;   /* read, or written via `global`, inside a def */
    bool used_as_value;       /* a def's name used other than as a direct callee */
    HirFunction *function;
    HirGlobal *global;
    HirLocal *module_local;
} ModuleName;

typedef struct Rename {
    const char *name;
    HirLocal *local;
} Rename;

typedef struct Scope Scope;
struct Scope {
    HirFunction *function;
    Scope *parent;            /* the enclosing scope a nested function's free names resolve in */
    NameVec global_declared;  /* names declared `global` in this function */
    Vec(HirLocal *) locals;
    /* Comprehension variables renamed while a comprehension is being built. */
    Vec(Rename) renames;
    /* dir() calls without an argument: molt_dir_locals calls whose operands
     * are filled in once the body has found every local and free variable. */
    Vec(HirExpr *) dir_calls;
    const AstStmt *first_value_return;   /* `return x`: a SyntaxError in an async generator */
};

/* A class body being built: it runs inline in the enclosing function, and
 * the names it binds live in the namespace dict that becomes the class. */
typedef struct ClassBody {
    HirLocal *namespace;
    NameVec bound;            /* names the body binds (reads of them look in the namespace first) */
    const char *qualname;
    Vec(HirClassDef) defs;    /* the defs of the body, for HirClass */
} ClassBody;

/* A class defined so far, with the names of the methods its body defines
 * (replacing one later is rejected in Tier 0). */
typedef struct ClassMethods {
    const char *name;
    NameVec methods;          /* its own and those of the program's classes it derives from */
    NameVec lineage;          /* its name and the names of the program's classes it derives from */
} ClassMethods;

/* A module-level name bound by `import MODULE [as name]`. */
typedef struct ModuleAlias {
    const char *name, *module;
} ModuleAlias;

/* A module-level name bound only by `from MODULE import attribute [as name]`
 * of a runtime module (so it statically is that module's attribute). */
typedef struct FromImport {
    const char *name, *module, *attribute;
} FromImport;

typedef struct Builder {
    Arena *arena;
    const SourceFile *file;
    const HirModuleContext *context;
    Vec(ModuleName) module_names;
    Vec(ModuleAlias) module_aliases;
    Vec(FromImport) from_imports;
    NameVec rebound;          /* module names bound by more than one statement, or declared global in a def */
    Vec(HirFunction *) functions;
    Vec(HirGlobal *) globals;
    Scope *scope;
    int temp_counter;
    int loop_depth;
    bool in_function;
    /* Inside an except* handler (not in a def nested in it): break and
     * continue may leave only loops deeper than except_star_loop_depth. */
    bool in_except_star;
    int except_star_loop_depth;
    ClassBody *class_body;    /* set while building the statements of a class body */
    NameVec reported_builtins;   /* unavailable builtins already diagnosed */
    Vec(ClassMethods) classes;
    /* The lineages of the class statements around the point being built: the
     * classes whose attributes the code here may assign (Tier 0). */
    NameVec class_statements;
    Vec(HirClass *) class_infos;
    Vec(const AstStmt *) deferred_imports;   /* rejected at the end (hir_import_defers) */
    HirCapabilityUses capability_uses;
} Builder;

/* ---- small helpers -------------------------------------------------------- */

static bool is_builtin_name(const char *name) {
    for (int i = 0; hir_builtin_names[i]; i++)
        if (strcmp(hir_builtin_names[i], name) == 0) return true;
    return false;
}

static bool name_in(const NameVec *names, const char *name) {
    for (int i = 0; i < names->count; i++)
        if (strcmp(names->items[i], name) == 0) return true;
    return false;
}

static void name_add(NameVec *names, const char *name) {
    if (!name_in(names, name)) vec_push(names, name);
}

static ModuleName *module_name_find(Builder *b, const char *name) {
    for (int i = 0; i < b->module_names.count; i++)
        if (strcmp(b->module_names.items[i].name, name) == 0) return &b->module_names.items[i];
    return NULL;
}

static ModuleName *module_name_get(Builder *b, const char *name) {
    ModuleName *found = module_name_find(b, name);
    if (found) return found;
    ModuleName fresh = {0};
    fresh.name = name;
    vec_push(&b->module_names, fresh);
    return &vec_last(&b->module_names);
}

static void unsupported(Builder *b, SourceLoc loc, const char *feature, const char *hint) {
    diag_unsupported(b->file, loc, feature, hint);
}

static void outside_subset(Builder *b, SourceLoc loc, const char *feature, const char *hint) {
    diag_outside_subset(b->file, loc, feature, hint);
}

#define LIST_OF(arena, Type, vec) \
    ((vec).count ? memcpy(ARENA_ARRAY(arena, Type, (vec).count), (vec).items, sizeof(Type) * (size_t)(vec).count) : NULL)

/* ---- pass 1: what the module binds and what functions touch ---------------- */

static void collect_bindings(const AstStmtList *body, NameVec *bound, NameVec *defs, NameVec *globals,
                             NameVec *nonlocals);
static void collect_walrus_targets(const AstStmtList *body, NameVec *bound);

/* Names declared `global` anywhere in body, nested defs and classes included. */
static void collect_global_declarations(const AstStmtList *body, NameVec *out) {
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case STMT_GLOBAL:
            for (int n = 0; n < s->as.global.names.count; n++) name_add(out, s->as.global.names.items[n]);
            break;
        case STMT_FUNCTIONDEF: collect_global_declarations(&s->as.functiondef.body, out); break;
        case STMT_CLASSDEF: collect_global_declarations(&s->as.classdef.body, out); break;
        case STMT_FOR:
            collect_global_declarations(&s->as.for_.body, out);
            collect_global_declarations(&s->as.for_.orelse, out);
            break;
        case STMT_WHILE:
            collect_global_declarations(&s->as.while_.body, out);
            collect_global_declarations(&s->as.while_.orelse, out);
            break;
        case STMT_IF:
            collect_global_declarations(&s->as.if_.body, out);
            collect_global_declarations(&s->as.if_.orelse, out);
            break;
        case STMT_WITH: collect_global_declarations(&s->as.with.body, out); break;
        case STMT_TRY:
            collect_global_declarations(&s->as.try_.body, out);
            for (int h = 0; h < s->as.try_.handlers.count; h++)
                collect_global_declarations(&s->as.try_.handlers.items[h]->body, out);
            collect_global_declarations(&s->as.try_.orelse, out);
            collect_global_declarations(&s->as.try_.finalbody, out);
            break;
        case STMT_MATCH:
            for (int c = 0; c < s->as.match.cases.count; c++)
                collect_global_declarations(&s->as.match.cases.items[c]->body, out);
            break;
        default: break;
        }
    }
}

/* The module names that more than one top-level statement binds, or that
 * some def or class declares global: their value is not one statement's. */
static void collect_rebound(const AstStmtList *body, NameVec *rebound) {
    NameVec seen = {0};
    for (int i = 0; i < body->count; i++) {
        AstStmtList single = {(AstStmt **)&body->items[i], 1};
        NameVec bound = {0};
        collect_bindings(&single, &bound, &bound, NULL, NULL);
        collect_walrus_targets(&single, &bound);
        for (int n = 0; n < bound.count; n++) {
            if (name_in(&seen, bound.items[n])) name_add(rebound, bound.items[n]);
            else vec_push(&seen, bound.items[n]);
        }
        vec_free(&bound);
    }
    collect_global_declarations(body, rebound);
    vec_free(&seen);
}

static void collect_target_names(const AstExpr *target, NameVec *out) {
    switch (target->kind) {
    case EXPR_NAME: name_add(out, target->as.name.id); break;
    case EXPR_TUPLE:
    case EXPR_LIST:
        for (int i = 0; i < target->as.list.elts.count; i++)
            collect_target_names(target->as.list.elts.items[i], out);
        break;
    case EXPR_STARRED: collect_target_names(target->as.starred.value, out); break;
    default: break;
    }
}

/* Names a match pattern captures. */
static void collect_pattern_names(const AstPattern *pattern, NameVec *out) {
    if (!pattern) return;
    switch (pattern->kind) {
    case PATTERN_VALUE: case PATTERN_SINGLETON: break;
    case PATTERN_SEQUENCE:
        for (int i = 0; i < pattern->as.sequence.patterns.count; i++) collect_pattern_names(pattern->as.sequence.patterns.items[i], out);
        break;
    case PATTERN_MAPPING:
        for (int i = 0; i < pattern->as.mapping.patterns.count; i++) collect_pattern_names(pattern->as.mapping.patterns.items[i], out);
        if (pattern->as.mapping.rest) name_add(out, pattern->as.mapping.rest);
        break;
    case PATTERN_CLASS:
        for (int i = 0; i < pattern->as.cls.patterns.count; i++) collect_pattern_names(pattern->as.cls.patterns.items[i], out);
        for (int i = 0; i < pattern->as.cls.kwd_patterns.count; i++) collect_pattern_names(pattern->as.cls.kwd_patterns.items[i], out);
        break;
    case PATTERN_STAR: if (pattern->as.star.name) name_add(out, pattern->as.star.name); break;
    case PATTERN_AS:
        collect_pattern_names(pattern->as.as.pattern, out);
        if (pattern->as.as.name) name_add(out, pattern->as.as.name);
        break;
    case PATTERN_OR:
        for (int i = 0; i < pattern->as.or_.patterns.count; i++) collect_pattern_names(pattern->as.or_.patterns.items[i], out);
        break;
    }
}

/* Names bound by statements of one scope (not descending into nested defs). */
static void collect_bindings(const AstStmtList *body, NameVec *bound, NameVec *defs, NameVec *globals,
                             NameVec *nonlocals) {
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case STMT_FUNCTIONDEF: name_add(defs, s->as.functiondef.name); break;
        case STMT_CLASSDEF: name_add(bound, s->as.classdef.name); break;
        case STMT_ASSIGN:
            for (int t = 0; t < s->as.assign.targets.count; t++)
                collect_target_names(s->as.assign.targets.items[t], bound);
            break;
        case STMT_AUGASSIGN: collect_target_names(s->as.augassign.target, bound); break;
        case STMT_ANNASSIGN: collect_target_names(s->as.annassign.target, bound); break;
        case STMT_FOR:
            collect_target_names(s->as.for_.target, bound);
            collect_bindings(&s->as.for_.body, bound, defs, globals, nonlocals);
            collect_bindings(&s->as.for_.orelse, bound, defs, globals, nonlocals);
            break;
        case STMT_WHILE:
            collect_bindings(&s->as.while_.body, bound, defs, globals, nonlocals);
            collect_bindings(&s->as.while_.orelse, bound, defs, globals, nonlocals);
            break;
        case STMT_IF:
            collect_bindings(&s->as.if_.body, bound, defs, globals, nonlocals);
            collect_bindings(&s->as.if_.orelse, bound, defs, globals, nonlocals);
            break;
        case STMT_WITH:
            for (int w = 0; w < s->as.with.items.count; w++)
                if (s->as.with.items.items[w]->optional_vars)
                    collect_target_names(s->as.with.items.items[w]->optional_vars, bound);
            collect_bindings(&s->as.with.body, bound, defs, globals, nonlocals);
            break;
        case STMT_TRY:
            collect_bindings(&s->as.try_.body, bound, defs, globals, nonlocals);
            for (int h = 0; h < s->as.try_.handlers.count; h++) {
                const AstExceptHandler *handler = s->as.try_.handlers.items[h];
                if (handler->name) name_add(bound, handler->name);
                collect_bindings(&handler->body, bound, defs, globals, nonlocals);
            }
            collect_bindings(&s->as.try_.orelse, bound, defs, globals, nonlocals);
            collect_bindings(&s->as.try_.finalbody, bound, defs, globals, nonlocals);
            break;
        case STMT_DELETE:
            for (int t = 0; t < s->as.delete_.targets.count; t++)
                collect_target_names(s->as.delete_.targets.items[t], bound);
            break;
        case STMT_IMPORT:
            for (int a = 0; a < s->as.import.names.count; a++) {
                name_add(bound, s->as.import.names.items[a]->bound);
            }
            break;
        case STMT_IMPORTFROM:
            for (int a = 0; a < s->as.importfrom.names.count; a++) {
                name_add(bound, s->as.importfrom.names.items[a]->bound);
            }
            break;
        case STMT_GLOBAL:
            if (globals)
                for (int n = 0; n < s->as.global.names.count; n++) name_add(globals, s->as.global.names.items[n]);
            break;
        case STMT_NONLOCAL:
            if (nonlocals)
                for (int n = 0; n < s->as.global.names.count; n++) name_add(nonlocals, s->as.global.names.items[n]);
            break;
        case STMT_MATCH:
            for (int c = 0; c < s->as.match.cases.count; c++) {
                collect_pattern_names(s->as.match.cases.items[c]->pattern, bound);
                collect_bindings(&s->as.match.cases.items[c]->body, bound, defs, globals, nonlocals);
            }
            break;
        default: break;
        }
    }
}

/* Every Name read anywhere inside an expression or statement list (descending
 * into nested scopes too: a name a nested scope reads is still "used"). */
typedef struct NameUse {
    const char *name;        /* "" for a call through an expression (f()(), xs[0]()) */
    bool as_callee;
    bool deferred;           /* inside a lambda or def body: read when that function runs, from its own scope */
    bool walrus_target;      /* the target of `name := value`, which binds it */
} NameUse;
typedef Vec(NameUse) NameUseVec;

static void collect_uses_expr(const AstExpr *e, NameUseVec *out);
static void collect_uses_stmts(const AstStmtList *body, NameUseVec *out);

static void collect_uses_list(const AstExprList *list, NameUseVec *out) {
    for (int i = 0; i < list->count; i++)
        if (list->items[i]) collect_uses_expr(list->items[i], out);
}

static void collect_uses_expr(const AstExpr *e, NameUseVec *out) {
    if (!e) return;
    switch (e->kind) {
    case EXPR_NAME: {
        NameUse use = {e->as.name.id, false, false, false};
        vec_push(out, use);
        break;
    }
    case EXPR_BOOLOP: collect_uses_list(&e->as.boolop.values, out); break;
    case EXPR_NAMEDEXPR: {
        NameUse use = {e->as.namedexpr.target->as.name.id, false, false, true};
        vec_push(out, use);
        collect_uses_expr(e->as.namedexpr.value, out);
        break;
    }
    case EXPR_BINOP: collect_uses_expr(e->as.binop.left, out); collect_uses_expr(e->as.binop.right, out); break;
    case EXPR_UNARYOP: collect_uses_expr(e->as.unaryop.operand, out); break;
    case EXPR_LAMBDA: {
        collect_uses_list(&e->as.lambda.args->defaults, out);
        collect_uses_list(&e->as.lambda.args->kw_defaults, out);
        int first = out->count;
        collect_uses_expr(e->as.lambda.body, out);
        for (int i = first; i < out->count; i++) out->items[i].deferred = true;
        break;
    }
    case EXPR_IFEXP:
        collect_uses_expr(e->as.ifexp.test, out);
        collect_uses_expr(e->as.ifexp.body, out);
        collect_uses_expr(e->as.ifexp.orelse, out);
        break;
    case EXPR_DICT: collect_uses_list(&e->as.dict.keys, out); collect_uses_list(&e->as.dict.values, out); break;
    case EXPR_SET: collect_uses_list(&e->as.set.elts, out); break;
    case EXPR_GENERATOREXP: {
        /* The first iterable is evaluated where the expression is; the rest runs in its own function. */
        collect_uses_expr(e->as.comp.generators.items[0]->iter, out);
        int first = out->count;
        collect_uses_expr(e->as.comp.elt, out);
        for (int g = 0; g < e->as.comp.generators.count; g++) {
            const AstComprehension *gen = e->as.comp.generators.items[g];
            collect_uses_expr(gen->target, out);
            if (g) collect_uses_expr(gen->iter, out);
            collect_uses_list(&gen->ifs, out);
        }
        for (int i = first; i < out->count; i++) out->items[i].deferred = true;
        break;
    }
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP:
        collect_uses_expr(e->as.comp.elt, out);
        collect_uses_expr(e->as.comp.key, out);
        collect_uses_expr(e->as.comp.value, out);
        for (int g = 0; g < e->as.comp.generators.count; g++) {
            const AstComprehension *gen = e->as.comp.generators.items[g];
            collect_uses_expr(gen->target, out);
            collect_uses_expr(gen->iter, out);
            collect_uses_list(&gen->ifs, out);
        }
        break;
    case EXPR_AWAIT: collect_uses_expr(e->as.await_.value, out); break;
    case EXPR_YIELD: collect_uses_expr(e->as.yield.value, out); break;
    case EXPR_YIELDFROM: collect_uses_expr(e->as.yieldfrom.value, out); break;
    case EXPR_COMPARE: collect_uses_expr(e->as.compare.left, out); collect_uses_list(&e->as.compare.comparators, out); break;
    case EXPR_CALL:
        if (e->as.call.func->kind == EXPR_NAME) {
            NameUse use = {e->as.call.func->as.name.id, true, false, false};
            vec_push(out, use);
        } else {
            NameUse use = {"", true, false, false};
            vec_push(out, use);
            collect_uses_expr(e->as.call.func, out);
        }
        collect_uses_list(&e->as.call.args, out);
        for (int k = 0; k < e->as.call.keywords.count; k++) collect_uses_expr(e->as.call.keywords.items[k]->value, out);
        break;
    case EXPR_FORMATTEDVALUE: collect_uses_expr(e->as.formatted.value, out); collect_uses_expr(e->as.formatted.format_spec, out); break;
    case EXPR_JOINEDSTR: collect_uses_list(&e->as.joinedstr.values, out); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: collect_uses_expr(e->as.attribute.value, out); break;
    case EXPR_SUBSCRIPT: collect_uses_expr(e->as.subscript.value, out); collect_uses_expr(e->as.subscript.slice, out); break;
    case EXPR_STARRED: collect_uses_expr(e->as.starred.value, out); break;
    case EXPR_LIST: case EXPR_TUPLE: collect_uses_list(&e->as.list.elts, out); break;
    case EXPR_SLICE:
        collect_uses_expr(e->as.slice.lower, out);
        collect_uses_expr(e->as.slice.upper, out);
        collect_uses_expr(e->as.slice.step, out);
        break;
    }
}

/* Names a pattern reads: value patterns, mapping keys, class names. */
static void collect_pattern_uses(const AstPattern *pattern, NameUseVec *out) {
    if (!pattern) return;
    switch (pattern->kind) {
    case PATTERN_VALUE: collect_uses_expr(pattern->as.value.value, out); break;
    case PATTERN_SINGLETON: case PATTERN_STAR: break;
    case PATTERN_SEQUENCE:
        for (int i = 0; i < pattern->as.sequence.patterns.count; i++) collect_pattern_uses(pattern->as.sequence.patterns.items[i], out);
        break;
    case PATTERN_MAPPING:
        collect_uses_list(&pattern->as.mapping.keys, out);
        for (int i = 0; i < pattern->as.mapping.patterns.count; i++) collect_pattern_uses(pattern->as.mapping.patterns.items[i], out);
        break;
    case PATTERN_CLASS:
        collect_uses_expr(pattern->as.cls.cls, out);
        for (int i = 0; i < pattern->as.cls.patterns.count; i++) collect_pattern_uses(pattern->as.cls.patterns.items[i], out);
        for (int i = 0; i < pattern->as.cls.kwd_patterns.count; i++) collect_pattern_uses(pattern->as.cls.kwd_patterns.items[i], out);
        break;
    case PATTERN_AS: collect_pattern_uses(pattern->as.as.pattern, out); break;
    case PATTERN_OR:
        for (int i = 0; i < pattern->as.or_.patterns.count; i++) collect_pattern_uses(pattern->as.or_.patterns.items[i], out);
        break;
    }
}

/* A def's annotations are evaluated where the def runs, like its defaults. */
static void collect_annotation_uses(const AstArguments *args, const AstExpr *returns, NameUseVec *out) {
    const AstArgList *groups[3] = {&args->posonlyargs, &args->args, &args->kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->count; i++) collect_uses_expr(groups[g]->items[i]->annotation, out);
    if (args->vararg) collect_uses_expr(args->vararg->annotation, out);
    if (args->kwarg) collect_uses_expr(args->kwarg->annotation, out);
    collect_uses_expr(returns, out);
}

static void collect_uses_stmts(const AstStmtList *body, NameUseVec *out) {
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case STMT_FUNCTIONDEF: {
            collect_uses_list(&s->as.functiondef.decorators, out);
            collect_uses_list(&s->as.functiondef.args->defaults, out);
            collect_uses_list(&s->as.functiondef.args->kw_defaults, out);
            collect_annotation_uses(s->as.functiondef.args, s->as.functiondef.returns, out);
            int first = out->count;
            collect_uses_stmts(&s->as.functiondef.body, out);
            for (int u = first; u < out->count; u++) out->items[u].deferred = true;
            break;
        }
        case STMT_CLASSDEF:
            collect_uses_list(&s->as.classdef.decorators, out);
            collect_uses_list(&s->as.classdef.bases, out);
            for (int k = 0; k < s->as.classdef.keywords.count; k++) collect_uses_expr(s->as.classdef.keywords.items[k]->value, out);
            collect_uses_stmts(&s->as.classdef.body, out);
            break;
        case STMT_RETURN: collect_uses_expr(s->as.return_.value, out); break;
        case STMT_DELETE: collect_uses_list(&s->as.delete_.targets, out); break;
        case STMT_ASSIGN: collect_uses_list(&s->as.assign.targets, out); collect_uses_expr(s->as.assign.value, out); break;
        case STMT_AUGASSIGN: collect_uses_expr(s->as.augassign.target, out); collect_uses_expr(s->as.augassign.value, out); break;
        case STMT_ANNASSIGN:
            collect_uses_expr(s->as.annassign.target, out);
            collect_uses_expr(s->as.annassign.value, out);
            collect_uses_expr(s->as.annassign.annotation, out);   /* evaluated in class bodies */
            break;
        case STMT_FOR:
            collect_uses_expr(s->as.for_.target, out);
            collect_uses_expr(s->as.for_.iter, out);
            collect_uses_stmts(&s->as.for_.body, out);
            collect_uses_stmts(&s->as.for_.orelse, out);
            break;
        case STMT_WHILE:
            collect_uses_expr(s->as.while_.test, out);
            collect_uses_stmts(&s->as.while_.body, out);
            collect_uses_stmts(&s->as.while_.orelse, out);
            break;
        case STMT_IF:
            collect_uses_expr(s->as.if_.test, out);
            collect_uses_stmts(&s->as.if_.body, out);
            collect_uses_stmts(&s->as.if_.orelse, out);
            break;
        case STMT_WITH:
            for (int w = 0; w < s->as.with.items.count; w++) {
                collect_uses_expr(s->as.with.items.items[w]->context_expr, out);
                collect_uses_expr(s->as.with.items.items[w]->optional_vars, out);
            }
            collect_uses_stmts(&s->as.with.body, out);
            break;
        case STMT_RAISE: collect_uses_expr(s->as.raise.exc, out); collect_uses_expr(s->as.raise.cause, out); break;
        case STMT_TRY:
            collect_uses_stmts(&s->as.try_.body, out);
            for (int h = 0; h < s->as.try_.handlers.count; h++) {
                collect_uses_expr(s->as.try_.handlers.items[h]->type, out);
                collect_uses_stmts(&s->as.try_.handlers.items[h]->body, out);
            }
            collect_uses_stmts(&s->as.try_.orelse, out);
            collect_uses_stmts(&s->as.try_.finalbody, out);
            break;
        case STMT_ASSERT: collect_uses_expr(s->as.assert_.test, out); collect_uses_expr(s->as.assert_.msg, out); break;
        case STMT_EXPR: collect_uses_expr(s->as.expr.value, out); break;
        case STMT_MATCH:
            collect_uses_expr(s->as.match.subject, out);
            for (int c = 0; c < s->as.match.cases.count; c++) {
                collect_pattern_uses(s->as.match.cases.items[c]->pattern, out);
                collect_uses_expr(s->as.match.cases.items[c]->guard, out);
                collect_uses_stmts(&s->as.match.cases.items[c]->body, out);
            }
            break;
        default: break;
        }
    }
}

/* Names bound by `name := value` in a scope's own code (comprehensions
 * included: their walrus targets bind in the scope around them). */
static void collect_walrus_targets(const AstStmtList *body, NameVec *bound) {
    NameUseVec uses = {0};
    collect_uses_stmts(body, &uses);
    for (int i = 0; i < uses.count; i++)
        if (uses.items[i].walrus_target && !uses.items[i].deferred) name_add(bound, uses.items[i].name);
    vec_free(&uses);
}

/* Function definitions of the module scope, at any depth of module-level
 * compound statements (a def under `if` at module level is still module-level). */
typedef Vec(const AstStmt *) AstStmtVec;

static void collect_module_defs(const AstStmtList *body, AstStmtVec *out) {
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case STMT_FUNCTIONDEF: vec_push(out, s); break;
        case STMT_FOR: collect_module_defs(&s->as.for_.body, out); collect_module_defs(&s->as.for_.orelse, out); break;
        case STMT_WHILE: collect_module_defs(&s->as.while_.body, out); collect_module_defs(&s->as.while_.orelse, out); break;
        case STMT_IF: collect_module_defs(&s->as.if_.body, out); collect_module_defs(&s->as.if_.orelse, out); break;
        case STMT_TRY:
            collect_module_defs(&s->as.try_.body, out);
            for (int h = 0; h < s->as.try_.handlers.count; h++) collect_module_defs(&s->as.try_.handlers.items[h]->body, out);
            collect_module_defs(&s->as.try_.orelse, out);
            collect_module_defs(&s->as.try_.finalbody, out);
            break;
        default: break;
        }
    }
}

/* ---- scopes ------------------------------------------------------------------ */

static HirLocal *scope_add_local(Builder *b, const char *name, bool is_parameter) {
    HirLocal *local = ARENA_NEW(b->arena, HirLocal);
    local->name = name;
    local->is_parameter = is_parameter;
    local->free_index = -1;
    local->index = b->scope->locals.count;
    vec_push(&b->scope->locals, local);
    return local;
}

static HirLocal *scope_find_rename(Scope *scope, const char *name) {
    for (int i = scope->renames.count - 1; i >= 0; i--)
        if (strcmp(scope->renames.items[i].name, name) == 0) return scope->renames.items[i].local;
    return NULL;
}

static HirLocal *scope_find_local(Scope *scope, const char *name) {
    HirLocal *renamed = scope_find_rename(scope, name);
    if (renamed) return renamed;
    for (int i = 0; i < scope->locals.count; i++)
        if (scope->locals.items[i]->name[0] != '$' && strcmp(scope->locals.items[i]->name, name) == 0)
            return scope->locals.items[i];
    return NULL;
}

/* A free variable: `name` bound in an enclosing function (or a comprehension
 * variable of an enclosing scope) becomes a cell there and a free variable of
 * every function in between. NULL when no enclosing function binds it. */
static HirLocal *capture(Builder *b, Scope *scope, const char *name) {
    HirFunction *function = scope->function;
    for (int i = 0; i < function->free_count; i++)
        if (strcmp(function->free_vars[i]->name, name) == 0) return function->free_vars[i];
    Scope *parent = scope->parent;
    if (!parent || name_in(&parent->global_declared, name)) return NULL;
    HirLocal *outer = NULL;
    if (parent->function->is_module) {
        outer = scope_find_rename(parent, name);
    } else {
        outer = scope_find_local(parent, name);
        if (!outer) outer = capture(b, parent, name);
    }
    if (!outer) return NULL;
    outer->is_cell = true;
    HirLocal *free = ARENA_NEW(b->arena, HirLocal);
    free->name = name;
    free->is_cell = true;
    free->captured = outer;
    free->free_index = function->free_count;
    free->index = scope->locals.count;
    vec_push(&scope->locals, free);
    HirLocal **grown = ARENA_ARRAY(b->arena, HirLocal *, function->free_count + 1);
    if (function->free_count) memcpy(grown, function->free_vars, sizeof(HirLocal *) * (size_t)function->free_count);
    grown[function->free_count++] = free;
    function->free_vars = grown;
    return free;
}

static HirLocal *new_temp(Builder *b) {
    return scope_add_local(b, arena_printf(b->arena, "$t%d", ++b->temp_counter), false);
}

static HirGlobal *global_for(Builder *b, const char *name) {
    ModuleName *module_name = module_name_get(b, name);
    if (!module_name->global) {
        HirGlobal *global = ARENA_NEW(b->arena, HirGlobal);
        global->name = name;
        global->index = b->globals.count;
        vec_push(&b->globals, global);
        module_name->global = global;
    }
    return module_name->global;
}

/* ---- expressions ----------------------------------------------------------- */

static HirExpr *new_expr(Builder *b, HirExprKind kind, SourceLoc loc) {
    HirExpr *e = ARENA_NEW(b->arena, HirExpr);
    e->kind = kind;
    e->loc = loc;
    return e;
}

static HirExpr *build_expr(Builder *b, const AstExpr *e);
static HirTarget *build_target(Builder *b, const AstExpr *target);
static HirStmtList build_body(Builder *b, const AstStmtList *body);
static HirExpr *build_nested_function(Builder *b, const char *name, const AstArguments *args,
                                      const AstExpr *returns, const AstStmtList *body,
                                      const AstExpr *lambda_body, SourceLoc loc, bool is_async);

static HirExprList build_expr_list(Builder *b, const AstExprList *list) {
    HirExprList out = {0};
    if (!list->count) return out;
    out.items = ARENA_ARRAY(b->arena, HirExpr *, list->count);
    out.count = list->count;
    for (int i = 0; i < list->count; i++) out.items[i] = build_expr(b, list->items[i]);
    return out;
}

static HirExpr *const_str(Builder *b, const char *text, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CONST, loc);
    e->as.constant.kind = CONST_STR;
    e->as.constant.bytes = text;
    e->as.constant.length = strlen(text);
    return e;
}

static HirExpr *none_const(Builder *b, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CONST, loc);
    e->as.constant.kind = CONST_NONE;
    return e;
}

static HirExpr *local_expr(Builder *b, HirLocal *local, SourceLoc loc);
static HirTarget *target_for_name(Builder *b, const char *name, SourceLoc loc);
static HirExpr *resolve_load(Builder *b, const char *name, SourceLoc loc, bool as_callee);

/* A name the class body binds, read in the class body: the namespace's entry
 * when the body has bound it by then, else the name as the enclosing scope
 * sees it (as CPython's LOAD_NAME in a class body). */
static HirExpr *class_body_load(Builder *b, const char *name, SourceLoc loc, bool as_callee) {
    ClassBody *body = b->class_body;
    b->class_body = NULL;
    HirExpr *outer = resolve_load(b, name, loc, as_callee);
    b->class_body = body;
    HirExpr *test = new_expr(b, HIR_COMPARE, loc);
    test->as.compare.count = 1;
    test->as.compare.ops = ARENA_ARRAY(b->arena, AstCmpOp, 1);
    test->as.compare.ops[0] = CMP_IN;
    test->as.compare.operands = ARENA_ARRAY(b->arena, HirExpr *, 2);
    test->as.compare.operands[0] = const_str(b, name, loc);
    test->as.compare.operands[1] = local_expr(b, body->namespace, loc);
    HirExpr *entry = new_expr(b, HIR_SUBSCRIPT, loc);
    entry->as.subscript.object = local_expr(b, body->namespace, loc);
    entry->as.subscript.index = const_str(b, name, loc);
    HirExpr *e = new_expr(b, HIR_IFEXP, loc);
    e->as.ifexp.test = test;
    e->as.ifexp.body = entry;
    e->as.ifexp.orelse = outer;
    return e;
}

/* A name in load context. */
static HirExpr *resolve_load(Builder *b, const char *name, SourceLoc loc, bool as_callee) {
    /* In a class body, comprehension variables are the comprehension's own. */
    if (b->class_body && name_in(&b->class_body->bound, name) && !scope_find_rename(b->scope, name))
        return class_body_load(b, name, loc, as_callee);
    Scope *scope = b->scope;
    if (!name_in(&scope->global_declared, name)) {
        HirLocal *local = scope_find_local(scope, name);
        if (!local) local = capture(b, scope, name);
        if (local) {
            HirExpr *e = new_expr(b, HIR_LOCAL, loc);
            e->as.local = local;
            return e;
        }
    }
    ModuleName *module_name = module_name_find(b, name);
    if (module_name && module_name->module_local && scope->function->is_module) {
        HirExpr *e = new_expr(b, HIR_LOCAL, loc);
        e->as.local = module_name->module_local;
        return e;
    }
    if (module_name && (module_name->def_count || module_name->other_bindings)) {
        if (module_name->function && !as_callee) module_name->function->is_value = true;
        HirExpr *e = new_expr(b, HIR_GLOBAL, loc);
        e->as.global = global_for(b, name);
        return e;
    }
    if (strcmp(name, "__name__") == 0) return const_str(b, b->context->name, loc);
    if (is_builtin_name(name)) {
        /* input() reads the host's stdin: a builtin gated as a module member is. */
        hir_capability_check(b->file, b->context, loc, "builtins", name, NULL, &b->capability_uses);
        HirExpr *e = new_expr(b, HIR_BUILTIN, loc);
        e->as.builtin = name;
        return e;
    }
    /* Never bound anywhere: reading it raises NameError when reached, unless
     * it is one of CPython's builtins, which Molt must not pretend is missing. */
    const char *dynamic = dynamic_builtin_hint(name);
    bool unavailable = false;
    for (int i = 0; unavailable_builtin_names[i]; i++) unavailable |= strcmp(unavailable_builtin_names[i], name) == 0;
    if ((dynamic || unavailable) && !name_in(&b->reported_builtins, name)) {
        name_add(&b->reported_builtins, name);
        char *feature = arena_printf(b->arena, "the builtin '%s'", name);
        if (dynamic) diag_never_accepted(b->file, loc, feature, dynamic);
        else unsupported(b, loc, feature, NULL);
    }
    HirExpr *e = new_expr(b, HIR_GLOBAL, loc);
    e->as.global = global_for(b, name);
    return e;
}

static HirArgs build_args(Builder *b, const AstExprList *args, const AstKeywordList *keywords) {
    HirArgs out = {0};
    if (args->count) {
        out.positional.items = ARENA_ARRAY(b->arena, HirExpr *, args->count);
        out.positional.count = args->count;
        for (int i = 0; i < args->count; i++) {
            const AstExpr *arg = args->items[i];
            if (arg->kind == EXPR_STARRED) {
                if (!out.star) out.star = ARENA_ARRAY(b->arena, bool, args->count);
                out.star[i] = true;
                arg = arg->as.starred.value;
            }
            out.positional.items[i] = build_expr(b, arg);
        }
    }
    if (keywords->count) {
        out.keyword_values.items = ARENA_ARRAY(b->arena, HirExpr *, keywords->count);
        out.keyword_names = ARENA_ARRAY(b->arena, const char *, keywords->count);
        out.keyword_values.count = keywords->count;
        for (int i = 0; i < keywords->count; i++) {
            const AstKeyword *kw = keywords->items[i];
            out.keyword_names[i] = kw->arg;   /* NULL: **mapping */
            out.keyword_values.items[i] = build_expr(b, kw->value);
        }
    }
    return out;
}

/* A call to a module-level function that fills its *args or **kwargs, or
 * unpacks arguments with * or **, is bound at run time, through the function
 * object (as CPython binds every call). */
static bool binds_at_run_time(const HirFunction *function, const AstExpr *call) {
    const AstExprList *args = &call->as.call.args;
    const AstKeywordList *keywords = &call->as.call.keywords;
    for (int i = 0; i < args->count; i++)
        if (args->items[i]->kind == EXPR_STARRED) return true;
    for (int k = 0; k < keywords->count; k++)
        if (!keywords->items[k]->arg) return true;
    if (function->has_varargs && args->count > function->parameter_count - function->keyword_only_count) return true;
    if (!function->has_varkeywords) return false;
    for (int k = 0; k < keywords->count; k++) {
        bool named = false;
        for (int p = function->positional_only_count; p < function->parameter_count; p++)
            named |= strcmp(function->locals[p]->name, keywords->items[k]->arg) == 0;
        if (!named) return true;
    }
    return false;
}

/* Can the call's arguments be bound to the parameters at compile time? When
 * they cannot, the call goes through the function object and the run-time
 * binder raises CPython's TypeError (molt_function_bind). */
static bool binds_at_compile_time(const HirFunction *function, const AstExpr *call) {
    const AstExprList *args = &call->as.call.args;
    const AstKeywordList *keywords = &call->as.call.keywords;
    int n = function->parameter_count;
    if (args->count > n - function->keyword_only_count) return false;
    bool filled[n > 0 ? n : 1];
    for (int p = 0; p < n; p++) filled[p] = p < args->count;
    for (int k = 0; k < keywords->count; k++) {
        int index = -1;
        for (int p = function->positional_only_count; p < n && index < 0; p++)
            if (strcmp(function->locals[p]->name, keywords->items[k]->arg) == 0) index = p;
        if (index < 0 || filled[index]) return false;
        filled[index] = true;
    }
    for (int p = 0; p < n; p++)
        if (!filled[p] && !function->defaults[p]) return false;
    return true;
}

/* Binds a direct call's arguments to the callee's parameters at compile time
 * (binds_at_compile_time holds). An unfilled *args or **kwargs receives an
 * empty tuple or dict. */
static HirExpr *build_direct_call(Builder *b, const AstExpr *call, HirFunction *function) {
    HirExpr *e = new_expr(b, HIR_CALL_FUNCTION, call->loc);
    e->as.call_function.function = function;
    int n = function->parameter_count;
    int slots = function->slot_count;
    HirExpr **bound = ARENA_ARRAY(b->arena, HirExpr *, slots > 0 ? slots : 1);
    e->as.call_function.bound = bound;
    int *order = ARENA_ARRAY(b->arena, int, slots > 0 ? slots : 1);
    e->as.call_function.order = order;
    const AstExprList *args = &call->as.call.args;
    const AstKeywordList *keywords = &call->as.call.keywords;
    for (int slot = n; slot < slots; slot++) {
        bool is_varargs = function->has_varargs && slot == n;
        bound[slot] = new_expr(b, is_varargs ? HIR_TUPLE : HIR_DICT, call->loc);
        order[e->as.call_function.order_count++] = slot;
    }
    for (int i = 0; i < args->count; i++) {
        bound[i] = build_expr(b, args->items[i]);
        order[e->as.call_function.order_count++] = i;
    }
    for (int k = 0; k < keywords->count; k++) {
        for (int p = function->positional_only_count; p < n; p++) {
            if (strcmp(function->locals[p]->name, keywords->items[k]->arg) != 0) continue;
            bound[p] = build_expr(b, keywords->items[k]->value);
            order[e->as.call_function.order_count++] = p;
            break;
        }
    }
    return e;
}

/* ---- Tier 0: what a closed-world program may not change ----------------------
 * Classes keep their type and their methods for life, modules their
 * attributes, and the names of a scope live in slots, not in a dict. Every
 * refusal goes through outside_subset (diag_outside_subset). */

/* The class the program defined (so far, the latest of that name) that the expression names. */
static ClassMethods *program_class(Builder *b, const AstExpr *e) {
    if (e->kind != EXPR_NAME) return NULL;
    for (int i = b->classes.count - 1; i >= 0; i--)
        if (strcmp(b->classes.items[i].name, e->as.name.id) == 0) return &b->classes.items[i];
    return NULL;
}

/* The module an expression names through `import MODULE [as name]`, unless a
 * function's own variable of that name hides it. */
static const char *module_alias(Builder *b, const AstExpr *e) {
    if (e->kind != EXPR_NAME) return NULL;
    if (!b->scope->function->is_module && scope_find_local(b->scope, e->as.name.id)) return NULL;
    for (int i = 0; i < b->module_aliases.count; i++)
        if (strcmp(b->module_aliases.items[i].name, e->as.name.id) == 0) return b->module_aliases.items[i].module;
    return NULL;
}

/* The builtin types whose subclasses Molt cannot make yet (bool, range,
 * slice and memoryview are no bases in CPython either: the run-time check
 * raises CPython's TypeError for them; `type` is a metaclass, whose use is
 * rejected as a class keyword, and is left to the run-time check). */ 
static const char *const unsubclassable_builtins[] = {
    "bytearray", "bytes", "complex", "float", "frozenset", "int", "set", "str", "tuple",
    "property", "staticmethod", "classmethod", "super", NULL};

/* The types of runtime modules, which no class of the program may derive from yet. */
typedef struct ModuleTypes {
    const char *module;
    const char *const names[20];
} ModuleTypes;

static const ModuleTypes unsubclassable_module_types[] = {
    {"argparse",
     {"ArgumentParser", "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
      "ArgumentDefaultsHelpFormatter", NULL}},
    {"collections", {"deque", "defaultdict", "OrderedDict", "Counter", NULL}},
    {"functools", {"partial", NULL}},
    {"contextlib", {"suppress", "nullcontext", "closing", NULL}},
    {"operator", {"itemgetter", "attrgetter", "methodcaller", NULL}},
    {"datetime", {"date", "time", "datetime", "timedelta", "tzinfo", "timezone", NULL}},
    {"itertools",
     {"accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle",
      "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap",
      "takewhile", "zip_longest", NULL}},
};

static bool is_unsubclassable_module_type(const char *module, const char *name) {
    for (size_t i = 0; i < sizeof unsubclassable_module_types / sizeof unsubclassable_module_types[0]; i++) {
        if (strcmp(unsubclassable_module_types[i].module, module) != 0) continue;
        for (const char *const *type = unsubclassable_module_types[i].names; *type; type++)
            if (strcmp(*type, name) == 0) return true;
    }
    return false;
}

/* The name ("dict", "collections.OrderedDict") of the builtin type a class
 * base statically is, when Molt cannot subclass it yet; NULL otherwise (a
 * base not known at compile time keeps the run-time check). `built` is the
 * base's HIR, which says where its name resolved. */
static const char *unsubclassable_base(Builder *b, const AstExpr *base, const HirExpr *built) {
    if (built->kind == HIR_BUILTIN) {
        for (int i = 0; unsubclassable_builtins[i]; i++)
            if (strcmp(unsubclassable_builtins[i], built->as.builtin) == 0) return built->as.builtin;
        return NULL;
    }
    if (base->kind == EXPR_ATTRIBUTE) {
        const AstExpr *object = base->as.attribute.value;
        if (b->class_body && object->kind == EXPR_NAME && name_in(&b->class_body->bound, object->as.name.id)) return NULL;
        const char *module = module_alias(b, object);
        if (module && is_unsubclassable_module_type(module, base->as.attribute.attr))
            return arena_printf(b->arena, "%s.%s", module, base->as.attribute.attr);
        return NULL;
    }
    if (base->kind != EXPR_NAME) return NULL;
    const char *name = base->as.name.id;
    ModuleName *module_name = module_name_find(b, name);
    bool module_level = (built->kind == HIR_GLOBAL && strcmp(built->as.global->name, name) == 0) ||
                        (built->kind == HIR_LOCAL && module_name && module_name->module_local == built->as.local);
    if (!module_level || name_in(&b->rebound, name)) return NULL;
    for (int i = 0; i < b->from_imports.count; i++) {
        const FromImport *imported = &b->from_imports.items[i];
        if (strcmp(imported->name, name) == 0 && is_unsubclassable_module_type(imported->module, imported->attribute))
            return arena_printf(b->arena, "%s.%s", imported->module, imported->attribute);
    }
    return NULL;
}

static bool is_str_constant(const AstExpr *e) { return e->kind == EXPR_CONSTANT && e->as.constant.kind == CONST_STR; }

/* A store to `object.attribute` (or its deletion), written as an attribute
 * target or as setattr/delattr with a constant name. Other stores (data
 * attributes of classes, attributes of instances) are ordinary. */
static void check_attribute_change(Builder *b, const AstExpr *object, const char *attribute, SourceLoc loc, bool deleting) {
    if (strcmp(attribute, "__class__") == 0) {
        outside_subset(b, loc, deleting ? "deleting '__class__'" : "assigning to '__class__'",
                       "an object's class is fixed for life in Tier 0 (Tier 1 will accept guarded class changes)");
        return;
    }
    const char *module = module_alias(b, object);
    if (module) {
        outside_subset(b, loc,
                       arena_printf(b->arena, "%s the attribute '%s' of the module '%s'", deleting ? "deleting" : "assigning to",
                                    attribute, module),
                       "a module's attributes are fixed at compile time in Tier 0: keep the value in a global of your "
                       "own (Tier 1 will accept guarded monkeypatching)");
        return;
    }
    const ClassMethods *class = program_class(b, object);
    if (!class) return;
    bool method = name_in(&class->methods, attribute);
    if (method && deleting)
        outside_subset(b, loc, arena_printf(b->arena, "deleting the method '%s' of class '%s'", attribute, class->name),
                       "a class keeps its methods for life in Tier 0: test a flag in the method instead "
                       "(Tier 1 will accept guarded monkeypatching)");
    else if (method)
        outside_subset(b, loc,
                       arena_printf(b->arena, "replacing the method '%s' of class '%s' after its definition", attribute, class->name),
                       "define the method in the class body (Tier 1 will accept guarded monkeypatching)");
    else if (!name_in(&b->class_statements, class->name))
        /* A class's own methods (and its subclasses') may keep state on it,
         * `Account.count += 1`; other code may not reshape the class. */
        outside_subset(b, loc,
                       arena_printf(b->arena, "%s the attribute '%s' of class '%s' outside the class", deleting ? "deleting" : "assigning to",
                                    attribute, class->name),
                       "assign class attributes in the class body or in its methods, or keep the value in a global "
                       "(Tier 1 will accept guarded monkeypatching)");
}

/* setattr(object, name, value) and delattr(object, name). */
static void check_setattr_call(Builder *b, const AstExpr *call, bool deleting) {
    const AstExprList *args = &call->as.call.args;
    if (args->count < 2) return;
    const AstExpr *object = args->items[0], *attribute = args->items[1];
    if (!is_str_constant(attribute)) {
        if (program_class(b, object) || module_alias(b, object))
            outside_subset(b, attribute->loc,
                           arena_printf(b->arena, "'%s' with a computed attribute name", deleting ? "delattr" : "setattr"),
                           "use a constant name, or a dict for keys chosen at run time (Tier 1 will accept guarded dynamic attributes)");
        return;
    }
    /* With a constant name it is the attribute statement spelled another way. */
    const char *name = attribute->as.constant.bytes;
    if (strlen(name) != attribute->as.constant.length) return;   /* a NUL: not a name */
    check_attribute_change(b, object, name, attribute->loc, deleting);
}

/* globals() or locals() of the builtin: the name of the one called, or NULL. */
static const char *namespace_call(Builder *b, const AstExpr *e) {
    if (e->kind != EXPR_CALL || e->as.call.func->kind != EXPR_NAME || e->as.call.args.count || e->as.call.keywords.count) return NULL;
    const char *name = e->as.call.func->as.name.id;
    if (strcmp(name, "globals") != 0 && strcmp(name, "locals") != 0) return NULL;
    if (module_name_find(b, name) || scope_find_local(b->scope, name)) return NULL;   /* the program's own */
    return name;
}

/* A write through globals() or locals(): reported once, in place of the
 * read of the builtin that the container's expression would report. */
static void check_namespace_write(Builder *b, const AstExpr *container, SourceLoc loc) {
    const char *name = namespace_call(b, container);
    if (!name || name_in(&b->reported_builtins, name)) return;
    name_add(&b->reported_builtins, name);
    if (strcmp(name, "globals") == 0)
        outside_subset(b, loc, "writing to the module's names through 'globals()'",
                       "assign the name itself ('global NAME' in a function); keep names chosen at run time as the keys "
                       "of a dict of your own");
    else
        outside_subset(b, loc, "writing to a scope's variables through 'locals()'",
                       "assign the variable itself; keep names chosen at run time as the keys of a dict of your own "
                       "(inside a function, CPython ignores such writes)");
}

static bool is_mutating_dict_method(const char *name) {
    static const char *const names[] = {"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__", "__ior__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

/* The runtime module's attribute an expression statically is: `m.C` of an
 * imported module, or a name bound only by `from m import C` at module level
 * (so that `datetime.now()` is known to be datetime.datetime.now). */
static bool module_attribute_of(Builder *b, const AstExpr *e, const char **module, const char **attribute) {
    if (e->kind == EXPR_ATTRIBUTE) {
        *module = module_alias(b, e->as.attribute.value);
        *attribute = e->as.attribute.attr;
        return *module != NULL;
    }
    if (e->kind != EXPR_NAME || name_in(&b->rebound, e->as.name.id)) return false;
    if (!b->scope->function->is_module && scope_find_local(b->scope, e->as.name.id)) return false;
    for (int i = 0; i < b->from_imports.count; i++) {
        const FromImport *imported = &b->from_imports.items[i];
        if (strcmp(imported->name, e->as.name.id) != 0) continue;
        *module = imported->module;
        *attribute = imported->attribute;
        return true;
    }
    return false;
}

/* A gated member of a runtime module's class (datetime.date.today): the
 * table names it "date.today". */
static void check_class_member(Builder *b, const AstExpr *attribute, const AstExpr *call) {
    const char *module, *class_name;
    if (!module_attribute_of(b, attribute->as.attribute.value, &module, &class_name)) return;
    const char *member = arena_printf(b->arena, "%s.%s", class_name, attribute->as.attribute.attr);
    hir_capability_check(b->file, b->context, attribute->loc, module, member, call, &b->capability_uses);
}

/* module.member where the member is outside Tier 0 whatever Molt provides of
 * the module (sys._getframe), and importlib.import_module(computed name). */
static void check_module_member(Builder *b, const AstExpr *attribute, const AstExpr *call) {
    const char *module = module_alias(b, attribute->as.attribute.value);
    if (!module) {
        check_class_member(b, attribute, call);
        return;
    }
    const char *member = attribute->as.attribute.attr;
    const char *hint = hir_import_tier0_member(module, member);
    if (hint) {
        outside_subset(b, attribute->loc, arena_printf(b->arena, "'%s.%s'", module, member), hint);
        return;
    }
    if (!hir_import_check_attribute(b->file, attribute->loc, module, member)) return;
    hir_capability_check(b->file, b->context, attribute->loc, module, member, call, &b->capability_uses);
    if (call && strcmp(module, "importlib") == 0 && strcmp(member, "import_module") == 0 &&
        (!call->as.call.args.count || !is_str_constant(call->as.call.args.items[0]))) {
        const AstExpr *where = call->as.call.args.count ? call->as.call.args.items[0] : call;
        outside_subset(b, where->loc, "'importlib.import_module' with a computed module name",
                       "a closed-world program names every module it may load at compile time: import each one "
                       "with an import statement and choose among them with a dict");
    }
}

/* Zero-argument super() in a method means super(__class__, first argument),
 * where __class__ is the class whose body defines the method. Elsewhere it
 * stays argument-less and fails at run time as in CPython. */
static void bind_super_arguments(Builder *b, HirArgs *args, SourceLoc loc) {
    Scope *scope = b->scope;
    HirFunction *function = scope->function;
    if (function->is_module || function->slot_count == 0) return;
    HirLocal *class_local = scope_find_local(scope, "__class__");
    if (!class_local) class_local = capture(b, scope, "__class__");
    if (!class_local) return;
    args->positional.count = 2;
    args->positional.items = ARENA_ARRAY(b->arena, HirExpr *, 2);
    args->positional.items[0] = local_expr(b, class_local, loc);
    args->positional.items[1] = local_expr(b, function->locals[0], loc);
}

/* dir() without an argument lists the bound names of the current scope. In a
 * function these are its locals and free variables (molt_dir_locals, whose
 * operands finish_dir_calls fills in); the module's and a class body's
 * namespaces hold names Molt does not have (__builtins__, __loader__,
 * __qualname__...), and a comprehension is a scope of its own in Molt but
 * not in CPython 3.12, so those are rejected. */
static HirExpr *call_runtime(Builder *b, const char *function, HirExpr **args, int count, SourceLoc loc);

static HirExpr *build_dir_call(Builder *b, const AstExpr *e) {
    if (!b->in_function || b->class_body || b->scope->renames.count ||
        strcmp(b->scope->function->name, "<genexpr>") == 0) {
        const char *where = b->class_body ? "in a class body" : !b->in_function ? "at module level" : "in a comprehension";
        unsupported(b, e->loc, arena_printf(b->arena, "dir() without an argument %s", where),
                    "call dir() without an argument inside a function, or pass the object to list: dir(obj)");
        return new_expr(b, HIR_CONST, e->loc);
    }
    HirExpr *args[2] = {NULL, NULL};
    HirExpr *call = call_runtime(b, "molt_dir_locals", args, 2, e->loc);
    vec_push(&b->scope->dir_calls, call);
    return call;
}

/* The names and values of every local (temporaries aside) of the scope,
 * for its dir() calls; the values are read without a check for being bound. */
static void finish_dir_calls(Builder *b, Scope *scope) {
    for (int c = 0; c < scope->dir_calls.count; c++) {
        HirExpr *call = scope->dir_calls.items[c];
        HirExpr *names = new_expr(b, HIR_TUPLE, call->loc), *values = new_expr(b, HIR_TUPLE, call->loc);
        int count = 0;
        names->as.sequence.items.items = ARENA_ARRAY(b->arena, HirExpr *, scope->locals.count + 1);
        values->as.sequence.items.items = ARENA_ARRAY(b->arena, HirExpr *, scope->locals.count + 1);
        for (int i = 0; i < scope->locals.count; i++) {
            HirLocal *local = scope->locals.items[i];
            if (local->name[0] == '$') continue;
            names->as.sequence.items.items[count] = const_str(b, local->name, call->loc);
            values->as.sequence.items.items[count++] = local_expr(b, local, call->loc);
        }
        names->as.sequence.items.count = values->as.sequence.items.count = count;
        call->as.call_runtime.args.items[0] = names;
        call->as.call_runtime.args.items[1] = values;
    }
}

/* dir(obj) lists what CPython lists for the program's classes and their
 * instances; for a builtin type, a module or a builtin value (whose dunder
 * lists Molt does not reproduce) it is rejected when the argument shows it. */
static void check_dir_argument(Builder *b, const AstExpr *call, const HirArgs *args, SourceLoc loc) {
    if (args->positional.count != 1 || args->keyword_values.count) return;
    const HirExpr *argument = args->positional.items[0];
    const char *what = NULL;
    if (call->as.call.args.count == 1 && module_alias(b, call->as.call.args.items[0])) what = "a module";
    else switch (argument->kind) {
    case HIR_MODULE: what = "a module"; break;
    case HIR_BUILTIN: what = "a builtin"; break;
    case HIR_CONST: case HIR_LIST: case HIR_TUPLE: case HIR_SET: case HIR_DICT: case HIR_LIST_COMP:
    case HIR_SET_COMP: case HIR_DICT_COMP: case HIR_FSTRING: what = "a builtin type's value"; break;
    default: return;
    }
    unsupported(b, loc, arena_printf(b->arena, "dir() of %s", what),
                "dir() lists the attributes of the program's classes and their instances");
}

static HirExpr *build_call(Builder *b, const AstExpr *e) {
    const AstExpr *func = e->as.call.func;
    if (func->kind == EXPR_NAME && strcmp(func->as.name.id, "dir") == 0 && !e->as.call.args.count &&
        !e->as.call.keywords.count && resolve_load(b, "dir", func->loc, true)->kind == HIR_BUILTIN)
        return build_dir_call(b, e);
    if (func->kind == EXPR_NAME) {
        const char *name = func->as.name.id;
        HirExpr *callee = resolve_load(b, name, func->loc, true);
        if (callee->kind == HIR_GLOBAL) {
            ModuleName *module_name = module_name_find(b, name);
            if (module_name && module_name->function) {
                if (!binds_at_run_time(module_name->function, e) && binds_at_compile_time(module_name->function, e))
                    return build_direct_call(b, e, module_name->function);
                module_name->function->is_value = true;
            }
        }
        if (callee->kind == HIR_BUILTIN) {
            if (strcmp(name, "setattr") == 0 || strcmp(name, "delattr") == 0)
                check_setattr_call(b, e, strcmp(name, "delattr") == 0);
            HirExpr *call = new_expr(b, HIR_CALL_BUILTIN, e->loc);
            call->as.call_builtin.name = name;
            call->as.call_builtin.args = build_args(b, &e->as.call.args, &e->as.call.keywords);
            if (strcmp(name, "super") == 0 && !e->as.call.args.count && !e->as.call.keywords.count)
                bind_super_arguments(b, &call->as.call_builtin.args, e->loc);
            if (strcmp(name, "dir") == 0) check_dir_argument(b, e, &call->as.call_builtin.args, e->loc);
            return call;
        }
        HirExpr *call = new_expr(b, HIR_CALL_VALUE, e->loc);
        call->as.call_value.callee = callee;
        call->as.call_value.args = build_args(b, &e->as.call.args, &e->as.call.keywords);
        return call;
    }
    if (func->kind == EXPR_ATTRIBUTE) {
        check_module_member(b, func, e);
        if (is_mutating_dict_method(func->as.attribute.attr)) check_namespace_write(b, func->as.attribute.value, func->loc);
        HirExpr *call = new_expr(b, HIR_CALL_METHOD, e->loc);
        call->as.call_method.object = build_expr(b, func->as.attribute.value);
        call->as.call_method.name = func->as.attribute.attr;
        call->as.call_method.args = build_args(b, &e->as.call.args, &e->as.call.keywords);
        return call;
    }
    HirExpr *call = new_expr(b, HIR_CALL_VALUE, e->loc);
    call->as.call_value.callee = build_expr(b, func);
    call->as.call_value.args = build_args(b, &e->as.call.args, &e->as.call.keywords);
    return call;
}

static HirExpr *build_sequence(Builder *b, HirExprKind kind, const AstExprList *elts, SourceLoc loc) {
    HirExpr *e = new_expr(b, kind, loc);
    e->as.sequence.items.count = elts->count;
    if (elts->count) e->as.sequence.items.items = ARENA_ARRAY(b->arena, HirExpr *, elts->count);
    for (int i = 0; i < elts->count; i++) {
        const AstExpr *item = elts->items[i];
        if (item->kind == EXPR_STARRED) {
            if (!e->as.sequence.star) e->as.sequence.star = ARENA_ARRAY(b->arena, bool, elts->count);
            e->as.sequence.star[i] = true;
            item = item->as.starred.value;
        }
        e->as.sequence.items.items[i] = build_expr(b, item);
    }
    return e;
}

/* Comprehension variables live in their own scope: they become fresh locals
 * of the enclosing function, visible only inside the comprehension. */
static void rename_comprehension_targets(Builder *b, const AstExpr *target) {
    NameVec names = {0};
    collect_target_names(target, &names);
    for (int i = 0; i < names.count; i++) {
        HirLocal *local = scope_add_local(b, arena_printf(b->arena, "$%s%d", names.items[i], ++b->temp_counter), false);
        Rename rename = {names.items[i], local};
        vec_push(&b->scope->renames, rename);
    }
    vec_free(&names);
}

static HirExpr *build_comprehension(Builder *b, const AstExpr *e) {
    HirExpr *out = new_expr(b, e->kind == EXPR_DICTCOMP ? HIR_DICT_COMP : e->kind == EXPR_SETCOMP ? HIR_SET_COMP : HIR_LIST_COMP,
                            e->loc);
    const AstComprehensionList *generators = &e->as.comp.generators;
    int saved_renames = b->scope->renames.count;
    out->as.comp.loop_count = generators->count;
    out->as.comp.loops = ARENA_ARRAY(b->arena, HirComprehensionLoop, generators->count);
    for (int g = 0; g < generators->count; g++) {
        const AstComprehension *gen = generators->items[g];
        HirComprehensionLoop *loop = &out->as.comp.loops[g];
        /* The iterable is evaluated before the loop's own variables exist. */
        loop->iter = build_expr(b, gen->iter);
        if (gen->is_async) {
            if (!b->in_function || b->class_body || !b->scope->function->is_coroutine)
                diag_error(b->file, e->loc, NULL, "asynchronous comprehension outside of an asynchronous function");
            loop->is_async = true;
            loop->iter = call_runtime(b, "molt_async_iter", &loop->iter, 1, gen->iter->loc);
        }
        rename_comprehension_targets(b, gen->target);
        HirStmt *assign = ARENA_NEW(b->arena, HirStmt);
        assign->kind = HIR_ASSIGN;
        assign->loc = gen->target->loc;
        assign->as.assign.target = build_target(b, gen->target);
        loop->target_assign = assign;
        loop->conditions = build_expr_list(b, &gen->ifs);
    }
    if (e->kind == EXPR_DICTCOMP) {
        out->as.comp.key = build_expr(b, e->as.comp.key);
        out->as.comp.value = build_expr(b, e->as.comp.value);
    } else {
        out->as.comp.element = build_expr(b, e->as.comp.elt);
    }
    b->scope->renames.count = saved_renames;
    return out;
}

static HirExpr *build_fstring_part(Builder *b, const AstExpr *part) {
    if (part->kind == EXPR_CONSTANT) return build_expr(b, part);
    HirExpr *format = new_expr(b, HIR_FORMAT, part->loc);
    format->as.format.value = build_expr(b, part->as.formatted.value);
    format->as.format.conversion = part->as.formatted.conversion;
    format->as.format.spec = part->as.formatted.format_spec ? build_expr(b, part->as.formatted.format_spec) : NULL;
    return format;
}

/* ---- generators ------------------------------------------------------------ */

static HirExpr *call_runtime(Builder *b, const char *function, HirExpr **args, int count, SourceLoc loc);

static bool check_yield_allowed(Builder *b, SourceLoc loc, const char *what) {
    if (!b->in_function || b->class_body) {
        diag_error(b->file, loc, NULL, "'%s' outside function", what);
        return false;
    }
    if (b->scope->renames.count) {
        diag_error(b->file, loc, NULL, "'%s' inside list comprehension", what);
        return false;
    }
    if (b->scope->function->is_coroutine) {
        if (strcmp(what, "yield from") == 0) {
            diag_error(b->file, loc, NULL, "'yield from' inside async function");
            return false;
        }
        b->scope->function->is_async_generator = true;   /* PEP 525 */
    }
    b->scope->function->is_generator = true;
    return true;
}

/* `await x` in an async def: a `yield from` over molt_await_iter(x) (x itself for
 * a coroutine, x.__await__() otherwise), as CPython's GET_AWAITABLE. */
/* await value: yield from over molt_await_iter(value) (CPython's GET_AWAITABLE). */
static HirExpr *await_expr(Builder *b, HirExpr *value, SourceLoc loc) {
    HirExpr *out = new_expr(b, HIR_YIELD_FROM, loc);
    out->as.yield_from.iterable = call_runtime(b, "molt_await_iter", &value, 1, loc);
    out->as.yield_from.await = true;
    return out;
}

static HirExpr *build_await(Builder *b, const AstExpr *e) {
    if (!b->in_function || b->class_body) {
        diag_error(b->file, e->loc, NULL, "'await' outside function");
        return new_expr(b, HIR_CONST, e->loc);
    }
    if (strcmp(b->scope->function->name, "<genexpr>") == 0 && !b->scope->function->is_coroutine) {
        unsupported(b, e->loc, "'await' in a generator expression without 'async for'", NULL);
        return new_expr(b, HIR_CONST, e->loc);
    }
    if (!b->scope->function->is_coroutine) {
        diag_error(b->file, e->loc, NULL, "'await' outside async function");
        return new_expr(b, HIR_CONST, e->loc);
    }
    return await_expr(b, build_expr(b, e->as.await_.value), e->loc);
}

static HirExpr *yield_expr(Builder *b, HirExpr *value, SourceLoc loc) {
    HirExpr *out = new_expr(b, HIR_YIELD, loc);
    out->as.yield.value = value;
    return out;
}

/* yield / yield from: the function becomes a generator. */
static HirExpr *build_yield(Builder *b, const AstExpr *e) {
    bool from = e->kind == EXPR_YIELDFROM;
    if (!check_yield_allowed(b, e->loc, from ? "yield from" : "yield")) return new_expr(b, HIR_CONST, e->loc);
    if (!from) {
        HirExpr *value = e->as.yield.value ? build_expr(b, e->as.yield.value) : new_expr(b, HIR_CONST, e->loc);
        /* An async generator's yield is told apart from its awaits' by a wrapper. */
        if (b->scope->function->is_async_generator) value = call_runtime(b, "molt_async_gen_wrap", &value, 1, e->loc);
        return yield_expr(b, value, e->loc);
    }
    HirExpr *out = new_expr(b, HIR_YIELD_FROM, e->loc);
    out->as.yield_from.iterable = build_expr(b, e->as.yieldfrom.value);
    return out;
}

static AstExpr *ast_name(Builder *b, const char *id, SourceLoc loc) {
    AstExpr *name = ARENA_NEW(b->arena, AstExpr);
    name->kind = EXPR_NAME;
    name->loc = loc;
    name->as.name.id = id;
    name->as.name.ctx = CTX_LOAD;
    return name;
}

static AstStmtList ast_single(Builder *b, AstStmt *s) {
    AstStmtList list;
    list.items = ARENA_ARRAY(b->arena, AstStmt *, 1);
    list.items[0] = s;
    list.count = 1;
    return list;
}

/* (elt for t in it if c ...)  ->  def <genexpr>(.0): for t in .0: if c: yield elt
 * called with iter(it): the outermost iterable is evaluated eagerly, the rest lazily. */
static HirExpr *build_generator_expression(Builder *b, const AstExpr *e) {
    const AstComprehensionList *generators = &e->as.comp.generators;
    bool is_async = false;   /* an `async for` makes it an async generator expression */
    if (b->scope && b->scope->renames.count == 0 && !b->in_function && b->class_body) {
        unsupported(b, e->loc, "generator expressions in a class body", NULL);
        return new_expr(b, HIR_CONST, e->loc);
    }
    AstStmt *inner = ARENA_NEW(b->arena, AstStmt);
    inner->kind = STMT_EXPR;
    inner->loc = e->loc;
    AstExpr *yield = ARENA_NEW(b->arena, AstExpr);
    yield->kind = EXPR_YIELD;
    yield->loc = e->as.comp.elt->loc;
    yield->as.yield.value = e->as.comp.elt;
    inner->as.expr.value = yield;
    for (int g = generators->count - 1; g >= 0; g--) {
        const AstComprehension *gen = generators->items[g];
        for (int c = gen->ifs.count - 1; c >= 0; c--) {
            AstStmt *test = ARENA_NEW(b->arena, AstStmt);
            test->kind = STMT_IF;
            test->loc = gen->ifs.items[c]->loc;
            test->as.if_.test = gen->ifs.items[c];
            test->as.if_.body = ast_single(b, inner);
            inner = test;
        }
        AstStmt *loop = ARENA_NEW(b->arena, AstStmt);
        loop->kind = STMT_FOR;
        loop->loc = gen->iter->loc;
        loop->as.for_.is_async = gen->is_async;
        if (gen->is_async) is_async = true;
        loop->as.for_.target = gen->target;
        loop->as.for_.iter = g == 0 ? ast_name(b, ".0", e->loc) : gen->iter;
        loop->as.for_.body = ast_single(b, inner);
        inner = loop;
    }
    AstStmtList *body = ARENA_NEW(b->arena, AstStmtList);
    *body = ast_single(b, inner);
    AstArguments *args = ARENA_NEW(b->arena, AstArguments);
    args->args.items = ARENA_ARRAY(b->arena, AstArg *, 1);
    args->args.items[0] = ARENA_NEW(b->arena, AstArg);
    args->args.items[0]->name = ".0";
    args->args.items[0]->loc = e->loc;
    args->args.count = 1;
    HirExpr *iterable = build_expr(b, generators->items[0]->iter);
    if (is_async && (!b->in_function || b->class_body || !b->scope->function->is_coroutine)) {
        diag_error(b->file, e->loc, NULL, "asynchronous comprehension outside of an asynchronous function");
        return new_expr(b, HIR_CONST, e->loc);
    }
    HirExpr *make = build_nested_function(b, "<genexpr>", args, NULL, body, NULL, e->loc, is_async);
    if (generators->items[0]->is_async) {
        /* The first iterable's __aiter__() is taken where the expression is, as GET_AITER. */
        HirExpr *call = new_expr(b, HIR_CALL_VALUE, e->loc);
        call->as.call_value.callee = make;
        call->as.call_value.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
        call->as.call_value.args.positional.items[0] = call_runtime(b, "molt_async_iter", &iterable, 1, e->loc);
        call->as.call_value.args.positional.count = 1;
        return call;
    }
    HirExpr *iterator = new_expr(b, HIR_CALL_BUILTIN, e->loc);
    iterator->as.call_builtin.name = "iter";
    iterator->as.call_builtin.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
    iterator->as.call_builtin.args.positional.items[0] = iterable;
    iterator->as.call_builtin.args.positional.count = 1;
    HirExpr *call = new_expr(b, HIR_CALL_VALUE, e->loc);
    call->as.call_value.callee = make;
    call->as.call_value.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
    call->as.call_value.args.positional.items[0] = iterator;
    call->as.call_value.args.positional.count = 1;
    return call;
}

static HirExpr *build_expr(Builder *b, const AstExpr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT: {
        if (e->as.constant.kind == CONST_IMAG) {
            /* 2.5j is complex(0.0, 2.5), made by the runtime. */
            HirExpr *imag = new_expr(b, HIR_CONST, e->loc);
            imag->as.constant = e->as.constant;
            imag->as.constant.kind = CONST_FLOAT;
            return call_runtime(b, "molt_complex_imaginary", &imag, 1, e->loc);
        }
        if (e->as.constant.kind == CONST_ELLIPSIS) {
            HirExpr *ellipsis = new_expr(b, HIR_BUILTIN, e->loc);
            ellipsis->as.builtin = "Ellipsis";
            return ellipsis;
        }
        HirExpr *out = new_expr(b, HIR_CONST, e->loc);
        out->as.constant = e->as.constant;
        return out;
    }
    case EXPR_NAME: return resolve_load(b, e->as.name.id, e->loc, false);
    case EXPR_BINOP: {
        if (e->as.binop.op == BINOP_MATMULT) unsupported(b, e->loc, "the '@' operator", NULL);
        HirExpr *out = new_expr(b, HIR_BINARY, e->loc);
        out->as.binary.op = e->as.binop.op;
        out->as.binary.left = build_expr(b, e->as.binop.left);
        out->as.binary.right = build_expr(b, e->as.binop.right);
        return out;
    }
    case EXPR_UNARYOP: {
        if (e->as.unaryop.op == UNARY_NOT) {
            HirExpr *out = new_expr(b, HIR_NOT, e->loc);
            out->as.not_.operand = build_expr(b, e->as.unaryop.operand);
            return out;
        }
        /* -1 and -2.5 are constants, as CPython folds them (this decides, for
         * one, how a set display of constants is built). */
        const AstExpr *operand = e->as.unaryop.operand;
        if ((e->as.unaryop.op == UNARY_USUB || e->as.unaryop.op == UNARY_UADD) && operand->kind == EXPR_CONSTANT &&
            ((operand->as.constant.kind == CONST_INT && operand->as.constant.fits_int64) ||
             operand->as.constant.kind == CONST_FLOAT)) {
            HirExpr *folded = new_expr(b, HIR_CONST, e->loc);
            folded->as.constant = operand->as.constant;
            if (e->as.unaryop.op == UNARY_USUB) {
                if (folded->as.constant.kind == CONST_FLOAT) {
                    folded->as.constant.float_value = -folded->as.constant.float_value;
                } else {
                    folded->as.constant.int_value = -folded->as.constant.int_value;
                    folded->as.constant.int_text = arena_printf(b->arena, "%lld", (long long)folded->as.constant.int_value);
                }
            }
            return folded;
        }
        HirExpr *out = new_expr(b, HIR_UNARY, e->loc);
        out->as.unary.op = e->as.unaryop.op;
        out->as.unary.operand = build_expr(b, operand);
        return out;
    }
    case EXPR_BOOLOP: {
        /* a and b and c  ==  a and (b and c) */
        const AstExprList *values = &e->as.boolop.values;
        HirExpr *result = build_expr(b, values->items[values->count - 1]);
        for (int i = values->count - 2; i >= 0; i--) {
            HirExpr *node = new_expr(b, e->as.boolop.op == BOOLOP_AND ? HIR_AND : HIR_OR, values->items[i]->loc);
            node->as.boolop.left = build_expr(b, values->items[i]);
            node->as.boolop.right = result;
            result = node;
        }
        result->loc = e->loc;
        return result;
    }
    case EXPR_COMPARE: {
        HirExpr *out = new_expr(b, HIR_COMPARE, e->loc);
        int count = e->as.compare.count;
        out->as.compare.count = count;
        out->as.compare.ops = e->as.compare.ops;
        out->as.compare.operands = ARENA_ARRAY(b->arena, HirExpr *, count + 1);
        out->as.compare.operands[0] = build_expr(b, e->as.compare.left);
        for (int i = 0; i < count; i++) out->as.compare.operands[i + 1] = build_expr(b, e->as.compare.comparators.items[i]);
        return out;
    }
    case EXPR_IFEXP: {
        HirExpr *out = new_expr(b, HIR_IFEXP, e->loc);
        out->as.ifexp.test = build_expr(b, e->as.ifexp.test);
        out->as.ifexp.body = build_expr(b, e->as.ifexp.body);
        out->as.ifexp.orelse = build_expr(b, e->as.ifexp.orelse);
        return out;
    }
    case EXPR_CALL: return build_call(b, e);
    case EXPR_ATTRIBUTE: {
        check_module_member(b, e, NULL);
        HirExpr *out = new_expr(b, HIR_GETATTR, e->loc);
        out->as.getattr.object = build_expr(b, e->as.attribute.value);
        out->as.getattr.name = e->as.attribute.attr;
        return out;
    }
    case EXPR_SUBSCRIPT: {
        HirExpr *out = new_expr(b, HIR_SUBSCRIPT, e->loc);
        out->as.subscript.object = build_expr(b, e->as.subscript.value);
        out->as.subscript.index = build_expr(b, e->as.subscript.slice);
        return out;
    }
    case EXPR_SLICE: {
        HirExpr *out = new_expr(b, HIR_SLICE, e->loc);
        out->as.slice.lower = e->as.slice.lower ? build_expr(b, e->as.slice.lower) : NULL;
        out->as.slice.upper = e->as.slice.upper ? build_expr(b, e->as.slice.upper) : NULL;
        out->as.slice.step = e->as.slice.step ? build_expr(b, e->as.slice.step) : NULL;
        return out;
    }
    case EXPR_LIST: return build_sequence(b, HIR_LIST, &e->as.list.elts, e->loc);
    case EXPR_TUPLE: return build_sequence(b, HIR_TUPLE, &e->as.list.elts, e->loc);
    case EXPR_SET: return build_sequence(b, HIR_SET, &e->as.set.elts, e->loc);
    case EXPR_DICT: {
        HirExpr *out = new_expr(b, HIR_DICT, e->loc);
        int count = e->as.dict.values.count;
        out->as.dict.keys.count = out->as.dict.values.count = count;
        if (count) {
            out->as.dict.keys.items = ARENA_ARRAY(b->arena, HirExpr *, count);
            out->as.dict.values.items = ARENA_ARRAY(b->arena, HirExpr *, count);
        }
        for (int i = 0; i < count; i++) {
            const AstExpr *key = e->as.dict.keys.items ? e->as.dict.keys.items[i] : NULL;
            out->as.dict.keys.items[i] = key ? build_expr(b, key) : NULL;
            out->as.dict.values.items[i] = build_expr(b, e->as.dict.values.items[i]);
        }
        return out;
    }
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP: return build_comprehension(b, e);
    case EXPR_JOINEDSTR: {
        HirExpr *out = new_expr(b, HIR_FSTRING, e->loc);
        out->as.fstring.parts.count = e->as.joinedstr.values.count;
        if (out->as.fstring.parts.count)
            out->as.fstring.parts.items = ARENA_ARRAY(b->arena, HirExpr *, out->as.fstring.parts.count);
        for (int i = 0; i < e->as.joinedstr.values.count; i++)
            out->as.fstring.parts.items[i] = build_fstring_part(b, e->as.joinedstr.values.items[i]);
        return out;
    }
    case EXPR_FORMATTEDVALUE: {
        HirExpr *out = new_expr(b, HIR_FSTRING, e->loc);
        out->as.fstring.parts.count = 1;
        out->as.fstring.parts.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
        out->as.fstring.parts.items[0] = build_fstring_part(b, e);
        return out;
    }
    case EXPR_GENERATOREXP: return build_generator_expression(b, e);
    case EXPR_LAMBDA: return build_nested_function(b, "<lambda>", e->as.lambda.args, NULL, NULL, e->as.lambda.body, e->loc, false);
    case EXPR_NAMEDEXPR: {
        HirExpr *out = new_expr(b, HIR_ASSIGN_EXPR, e->loc);
        out->as.assign_expr.value = build_expr(b, e->as.namedexpr.value);
        out->as.assign_expr.target = target_for_name(b, e->as.namedexpr.target->as.name.id, e->as.namedexpr.target->loc);
        return out;
    }
    case EXPR_AWAIT: return build_await(b, e);
    case EXPR_YIELD:
    case EXPR_YIELDFROM: return build_yield(b, e);
    case EXPR_STARRED: unsupported(b, e->loc, "a starred expression here", NULL); break;
    }
    return new_expr(b, HIR_CONST, e->loc);
}

/* ---- assignment targets ------------------------------------------------------ */

static HirTarget *target_for_name(Builder *b, const char *name, SourceLoc loc) {
    HirTarget *target = ARENA_NEW(b->arena, HirTarget);
    target->loc = loc;
    if (b->class_body && !scope_find_rename(b->scope, name)) {
        target->kind = HIR_TARGET_SUBSCRIPT;
        target->object = local_expr(b, b->class_body->namespace, loc);
        target->index = const_str(b, name, loc);
        return target;
    }
    Scope *scope = b->scope;
    if (!name_in(&scope->global_declared, name)) {
        HirLocal *local = scope_find_local(scope, name);
        if (!local && !scope->function->is_module) local = capture(b, scope, name);
        if (local) {
            target->kind = HIR_TARGET_LOCAL;
            target->local = local;
            return target;
        }
        ModuleName *module_name = module_name_find(b, name);
        if (scope->function->is_module && module_name && module_name->module_local) {
            target->kind = HIR_TARGET_LOCAL;
            target->local = module_name->module_local;
            return target;
        }
    }
    target->kind = HIR_TARGET_GLOBAL;
    target->global = global_for(b, name);
    return target;
}

/* Builds an assignment (or, deleting, a del) target. */
static HirTarget *build_target_for(Builder *b, const AstExpr *e, bool deleting) {
    switch (e->kind) {
    case EXPR_NAME: return target_for_name(b, e->as.name.id, e->loc);
    case EXPR_SUBSCRIPT: {
        check_namespace_write(b, e->as.subscript.value, e->loc);
        HirTarget *target = ARENA_NEW(b->arena, HirTarget);
        target->kind = HIR_TARGET_SUBSCRIPT;
        target->loc = e->loc;
        target->object = build_expr(b, e->as.subscript.value);
        target->index = build_expr(b, e->as.subscript.slice);
        return target;
    }
    case EXPR_TUPLE:
    case EXPR_LIST: {
        HirTarget *target = ARENA_NEW(b->arena, HirTarget);
        target->kind = HIR_TARGET_UNPACK;
        target->loc = e->loc;
        target->star_index = -1;
        int count = e->as.list.elts.count;
        target->element_count = count;
        target->elements = ARENA_ARRAY(b->arena, HirTarget *, count ? count : 1);
        for (int i = 0; i < count; i++) {
            const AstExpr *element = e->as.list.elts.items[i];
            if (element->kind == EXPR_STARRED) {
                if (target->star_index >= 0) {
                    diag_error(b->file, element->loc, NULL, "multiple starred expressions in assignment");
                }
                target->star_index = i;
                element = element->as.starred.value;
            }
            target->elements[i] = build_target_for(b, element, deleting);
        }
        return target;
    }
    case EXPR_ATTRIBUTE: {
        check_attribute_change(b, e->as.attribute.value, e->as.attribute.attr, e->loc, deleting);
        HirTarget *target = ARENA_NEW(b->arena, HirTarget);
        target->kind = HIR_TARGET_ATTRIBUTE;
        target->loc = e->loc;
        target->object = build_expr(b, e->as.attribute.value);
        target->attribute = e->as.attribute.attr;
        return target;
    }
    default: diag_error(b->file, e->loc, NULL, "cannot assign to this expression"); break;
    }
    HirTarget *target = ARENA_NEW(b->arena, HirTarget);
    target->kind = HIR_TARGET_LOCAL;
    target->local = new_temp(b);
    return target;
}

static HirTarget *build_target(Builder *b, const AstExpr *e) { return build_target_for(b, e, false); }

/* ---- statements ---------------------------------------------------------------- */

static HirStmt *new_stmt(Builder *b, HirStmtKind kind, SourceLoc loc) {
    HirStmt *s = ARENA_NEW(b->arena, HirStmt);
    s->kind = kind;
    s->loc = loc;
    return s;
}

typedef Vec(HirStmt *) HirStmtVec;

static HirStmt *assign_stmt(Builder *b, HirTarget *target, HirExpr *value, SourceLoc loc) {
    HirStmt *s = new_stmt(b, HIR_ASSIGN, loc);
    s->as.assign.target = target;
    s->as.assign.value = value;
    return s;
}

static HirExpr *local_expr(Builder *b, HirLocal *local, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_LOCAL, loc);
    e->as.local = local;
    return e;
}

static HirTarget *local_target(Builder *b, HirLocal *local, SourceLoc loc) {
    HirTarget *t = ARENA_NEW(b->arena, HirTarget);
    t->kind = HIR_TARGET_LOCAL;
    t->loc = loc;
    t->local = local;
    return t;
}

/* `current op= value` of an augmented assignment statement. */
static HirExpr *augmented_value(Builder *b, const AstStmt *s, HirExpr *current, HirExpr *value) {
    HirExpr *binary = new_expr(b, HIR_BINARY, s->loc);
    binary->as.binary.op = s->as.augassign.op;
    binary->as.binary.left = current;
    binary->as.binary.right = value;
    binary->as.binary.inplace = true;
    return binary;
}

static void build_augassign(Builder *b, const AstStmt *s, HirStmtVec *out) {
    const AstExpr *target = s->as.augassign.target;
    if (s->as.augassign.op == BINOP_MATMULT) unsupported(b, s->loc, "the '@=' operator", NULL);
    HirExpr *value = build_expr(b, s->as.augassign.value);
    if (target->kind == EXPR_NAME) {
        HirTarget *store = target_for_name(b, target->as.name.id, target->loc);
        HirExpr *current = resolve_load(b, target->as.name.id, target->loc, false);
        HirExpr *binary = augmented_value(b, s, current, value);
        vec_push(out, assign_stmt(b, store, binary, s->loc));
        return;
    }
    if (target->kind == EXPR_SUBSCRIPT) {
        /* a[i] op= v  ->  $o = a; $i = i; $o[$i] = $o[$i] op v */
        check_namespace_write(b, target->as.subscript.value, target->loc);
        HirLocal *object = new_temp(b), *index = new_temp(b);
        vec_push(out, assign_stmt(b, local_target(b, object, s->loc), build_expr(b, target->as.subscript.value), s->loc));
        vec_push(out, assign_stmt(b, local_target(b, index, s->loc), build_expr(b, target->as.subscript.slice), s->loc));
        HirExpr *load = new_expr(b, HIR_SUBSCRIPT, target->loc);
        load->as.subscript.object = local_expr(b, object, s->loc);
        load->as.subscript.index = local_expr(b, index, s->loc);
        HirExpr *binary = augmented_value(b, s, load, value);
        HirTarget *store = ARENA_NEW(b->arena, HirTarget);
        store->kind = HIR_TARGET_SUBSCRIPT;
        store->loc = target->loc;
        store->object = local_expr(b, object, s->loc);
        store->index = local_expr(b, index, s->loc);
        vec_push(out, assign_stmt(b, store, binary, s->loc));
        return;
    }
    if (target->kind == EXPR_ATTRIBUTE) {
        /* o.a op= v  ->  $o = o; $o.a = $o.a op v */
        check_attribute_change(b, target->as.attribute.value, target->as.attribute.attr, target->loc, false);
        HirLocal *object = new_temp(b);
        vec_push(out, assign_stmt(b, local_target(b, object, s->loc), build_expr(b, target->as.attribute.value), s->loc));
        HirExpr *load = new_expr(b, HIR_GETATTR, target->loc);
        load->as.getattr.object = local_expr(b, object, s->loc);
        load->as.getattr.name = target->as.attribute.attr;
        HirExpr *binary = augmented_value(b, s, load, value);
        HirTarget *store = ARENA_NEW(b->arena, HirTarget);
        store->kind = HIR_TARGET_ATTRIBUTE;
        store->loc = target->loc;
        store->object = local_expr(b, object, s->loc);
        store->attribute = target->as.attribute.attr;
        vec_push(out, assign_stmt(b, store, binary, s->loc));
        return;
    }
    build_target(b, target);   /* reports the unsupported target */
}

static bool is_range_call(Builder *b, const AstExpr *iter) {
    if (iter->kind != EXPR_CALL || iter->as.call.func->kind != EXPR_NAME) return false;
    if (iter->as.call.keywords.count || iter->as.call.args.count < 1 || iter->as.call.args.count > 3) return false;
    for (int i = 0; i < iter->as.call.args.count; i++)
        if (iter->as.call.args.items[i]->kind == EXPR_STARRED) return false;
    HirExpr *callee = resolve_load(b, iter->as.call.func->as.name.id, iter->loc, true);
    return callee->kind == HIR_BUILTIN && strcmp(callee->as.builtin, "range") == 0;
}

static void build_stmt(Builder *b, const AstStmt *s, HirStmtVec *out);

static HirStmtList stmt_list(Builder *b, HirStmtVec *vec) {
    HirStmtList list = {LIST_OF(b->arena, HirStmt *, *vec), vec->count};
    vec_free(vec);
    return list;
}

static HirStmtList build_body(Builder *b, const AstStmtList *body) {
    HirStmtVec out = {0};
    for (int i = 0; i < body->count; i++) build_stmt(b, body->items[i], &out);
    return stmt_list(b, &out);
}

/* A function with its parameters (their locals come first, in order). */
static HirFunction *new_function(Builder *b, const char *name, const AstArguments *args, SourceLoc loc) {
    HirFunction *function = ARENA_NEW(b->arena, HirFunction);
    function->name = name;
    function->qualname = name;
    function->loc = loc;
    function->index = b->functions.count;
    function->positional_only_count = args->posonlyargs.count;
    function->keyword_only_count = args->kwonlyargs.count;
    function->parameter_count = args->posonlyargs.count + args->args.count + args->kwonlyargs.count;
    function->has_varargs = args->vararg != NULL;
    function->has_varkeywords = args->kwarg != NULL;
    function->slot_count = function->parameter_count + function->has_varargs + function->has_varkeywords;
    function->defaults = ARENA_ARRAY(b->arena, HirExpr *, function->parameter_count ? function->parameter_count : 1);
    function->locals = ARENA_ARRAY(b->arena, HirLocal *, function->slot_count ? function->slot_count : 1);
    const AstArgList *groups[3] = {&args->posonlyargs, &args->args, &args->kwonlyargs};
    const char *names[function->slot_count ? function->slot_count : 1];
    int p = 0;
    for (int g = 0; g < 3; g++)
        for (int a = 0; a < groups[g]->count; a++) names[p++] = groups[g]->items[a]->name;
    if (args->vararg) names[p++] = args->vararg->name;
    if (args->kwarg) names[p++] = args->kwarg->name;
    for (p = 0; p < function->slot_count; p++) {
        HirLocal *parameter = ARENA_NEW(b->arena, HirLocal);
        parameter->name = names[p];
        parameter->index = p;
        parameter->is_parameter = true;
        parameter->free_index = -1;
        function->locals[p] = parameter;
    }
    function->local_count = function->slot_count;
    vec_push(&b->functions, function);
    return function;
}

static bool check_def(Builder *b, const AstStmt *def) {
    if (def->as.functiondef.type_params.count) {
        unsupported(b, def->loc, "type parameters", NULL);
        return false;
    }
    return true;
}

/* A decorated module-level def binds its name to whatever the decorators
 * return, so it is an ordinary module binding, not a direct-call target. */
static bool is_decorated(const AstStmt *def) { return def->as.functiondef.decorators.count > 0; }

/* Decorator expressions are evaluated, top to bottom, before the function or
 * class they decorate is made; each is kept in a temporary. */
static HirLocal **evaluate_decorators(Builder *b, const AstExprList *decorators, HirStmtVec *out) {
    if (!decorators->count) return NULL;
    HirLocal **values = ARENA_ARRAY(b->arena, HirLocal *, decorators->count);
    for (int i = 0; i < decorators->count; i++) {
        values[i] = new_temp(b);
        const AstExpr *decorator = decorators->items[i];
        vec_push(out, assign_stmt(b, local_target(b, values[i], decorator->loc), build_expr(b, decorator), decorator->loc));
    }
    return values;
}

/* Applies the decorators bottom to top: @a @b def f -> a(b(f)). */
static HirExpr *apply_decorators(Builder *b, HirLocal **values, const AstExprList *decorators, HirExpr *decorated) {
    for (int i = decorators->count - 1; i >= 0; i--) {
        HirExpr *call = new_expr(b, HIR_CALL_VALUE, decorators->items[i]->loc);
        call->as.call_value.callee = local_expr(b, values[i], decorators->items[i]->loc);
        call->as.call_value.args.positional.count = 1;
        call->as.call_value.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
        call->as.call_value.args.positional.items[0] = decorated;
        decorated = call;
    }
    return decorated;
}

/* Default values are evaluated in the scope around the def, when it runs. */
static void build_defaults(Builder *b, HirFunction *function, const AstArguments *args) {
    int positional = args->posonlyargs.count + args->args.count;
    for (int i = 0; i < args->defaults.count; i++)
        function->defaults[positional - args->defaults.count + i] = build_expr(b, args->defaults.items[i]);
    for (int i = 0; i < args->kwonlyargs.count; i++)
        if (args->kw_defaults.items && args->kw_defaults.items[i])
            function->defaults[positional + i] = build_expr(b, args->kw_defaults.items[i]);
}

/* The annotations of a def, evaluated in the scope around it after its
 * defaults, in CPython 3.12's order: the ordinary parameters, then the
 * positional-only ones, *args, the keyword-only ones, **kwargs, the return. */
static void build_annotations(Builder *b, HirFunction *function, const AstArguments *args, const AstExpr *returns,
                              SourceLoc loc) {
    const AstArg *annotated[function->slot_count + 1];
    int count = 0;
    const AstArgList *groups[2] = {&args->args, &args->posonlyargs};
    for (int g = 0; g < 2; g++)
        for (int i = 0; i < groups[g]->count; i++)
            if (groups[g]->items[i]->annotation) annotated[count++] = groups[g]->items[i];
    if (args->vararg && args->vararg->annotation) annotated[count++] = args->vararg;
    for (int i = 0; i < args->kwonlyargs.count; i++)
        if (args->kwonlyargs.items[i]->annotation) annotated[count++] = args->kwonlyargs.items[i];
    if (args->kwarg && args->kwarg->annotation) annotated[count++] = args->kwarg;
    int total = count + (returns != NULL);
    if (!total) return;
    HirExpr *dict = new_expr(b, HIR_DICT, loc);
    dict->as.dict.keys.count = dict->as.dict.values.count = total;
    dict->as.dict.keys.items = ARENA_ARRAY(b->arena, HirExpr *, total);
    dict->as.dict.values.items = ARENA_ARRAY(b->arena, HirExpr *, total);
    for (int i = 0; i < count; i++) {
        dict->as.dict.keys.items[i] = const_str(b, annotated[i]->name, annotated[i]->loc);
        dict->as.dict.values.items[i] = build_expr(b, annotated[i]->annotation);
    }
    if (returns) {
        dict->as.dict.keys.items[count] = const_str(b, "return", returns->loc);
        dict->as.dict.values.items[count] = build_expr(b, returns);
    }
    function->annotations = dict;
}

static void build_function_body(Builder *b, HirFunction *function, const AstStmtList *body,
                                const AstExpr *lambda_body, Scope *parent);

/* A def inside a function, or a lambda anywhere: built now, in the scope it
 * is nested in, and made into a function object where it appears. */
static HirExpr *build_nested_function(Builder *b, const char *name, const AstArguments *args,
                                      const AstExpr *returns, const AstStmtList *body,
                                      const AstExpr *lambda_body, SourceLoc loc, bool is_async) {
    HirFunction *function = new_function(b, name, args, loc);
    function->is_coroutine = function->is_generator = is_async;
    HirFunction *parent = b->scope->function;
    function->parent = parent;
    function->is_value = true;
    if (b->class_body) function->qualname = arena_printf(b->arena, "%s.%s", b->class_body->qualname, name);
    else if (!parent->is_module) function->qualname = arena_printf(b->arena, "%s.<locals>.%s", parent->qualname, name);
    build_defaults(b, function, args);
    build_annotations(b, function, args, returns, loc);
    Scope *saved_scope = b->scope;
    bool saved_in_function = b->in_function;
    int saved_temps = b->temp_counter, saved_loops = b->loop_depth;
    bool saved_in_except_star = b->in_except_star;
    b->in_except_star = false;
    ClassBody *saved_class_body = b->class_body;
    b->class_body = NULL;   /* a function body does not see the class namespace */
    build_function_body(b, function, body, lambda_body, saved_scope);
    b->scope = saved_scope;
    b->in_except_star = saved_in_except_star;
    b->in_function = saved_in_function;
    b->temp_counter = saved_temps;
    b->loop_depth = saved_loops;
    b->class_body = saved_class_body;
    HirExpr *make = new_expr(b, HIR_MAKE_FUNCTION, loc);
    make->as.make_function.function = function;
    return make;
}

static void build_function_def(Builder *b, const AstStmt *s, HirStmtVec *out) {
    if (b->in_function || b->class_body || is_decorated(s)) {
        if (!check_def(b, s)) return;
        const AstExprList *decorators = &s->as.functiondef.decorators;
        HirLocal **decorator_values = evaluate_decorators(b, decorators, out);
        HirExpr *make = build_nested_function(b, s->as.functiondef.name, s->as.functiondef.args,
                                              s->as.functiondef.returns, &s->as.functiondef.body, NULL, s->loc,
                                              s->as.functiondef.is_async);
        if (b->class_body && make->kind == HIR_MAKE_FUNCTION) {
            HirClassDef def = {s->as.functiondef.name, make->as.make_function.function, decorators->count > 0, s};
            vec_push(&b->class_body->defs, def);
        }
        make = apply_decorators(b, decorator_values, decorators, make);
        vec_push(out, assign_stmt(b, target_for_name(b, s->as.functiondef.name, s->loc), make, s->loc));
        return;
    }
    ModuleName *module_name = module_name_find(b, s->as.functiondef.name);
    HirFunction *function = module_name ? module_name->function : NULL;
    if (!function) return;   /* rejected while collecting the module's functions */
    HirStmt *def = new_stmt(b, HIR_DEF, s->loc);
    def->as.def.function = function;
    build_defaults(b, function, s->as.functiondef.args);
    build_annotations(b, function, s->as.functiondef.args, s->as.functiondef.returns, s->loc);
    vec_push(out, def);
}

/* Does a class body annotate a name anywhere in its own statements? */
static bool has_annotations(const AstStmtList *body) {
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case STMT_ANNASSIGN: if (s->as.annassign.simple) return true; break;
        case STMT_IF: if (has_annotations(&s->as.if_.body) || has_annotations(&s->as.if_.orelse)) return true; break;
        case STMT_FOR: if (has_annotations(&s->as.for_.body) || has_annotations(&s->as.for_.orelse)) return true; break;
        case STMT_WHILE: if (has_annotations(&s->as.while_.body) || has_annotations(&s->as.while_.orelse)) return true; break;
        case STMT_WITH: if (has_annotations(&s->as.with.body)) return true; break;
        case STMT_TRY:
            if (has_annotations(&s->as.try_.body) || has_annotations(&s->as.try_.orelse) || has_annotations(&s->as.try_.finalbody)) return true;
            for (int h = 0; h < s->as.try_.handlers.count; h++)
                if (has_annotations(&s->as.try_.handlers.items[h]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* The HirClass of a class statement whose body has been built. */
static HirClass *describe_class(Builder *b, const AstStmt *s, const char *qualname, const NameVec *assigned,
                                const ClassBody *body) {
    HirClass *info = ARENA_NEW(b->arena, HirClass);
    info->name = s->as.classdef.name;
    info->qualname = qualname;
    info->loc = s->loc;
    info->index = b->class_infos.count;
    info->module_level_only = !b->in_function && !b->class_body && !s->as.classdef.decorators.count;
    /* A def inside an if or a loop of the body may not run. */
    for (int d = 0; d < body->defs.count; d++) {
        bool top_level = false;
        for (int i = 0; i < s->as.classdef.body.count; i++) top_level |= s->as.classdef.body.items[i] == body->defs.items[d].statement;
        if (!top_level) info->module_level_only = false;
    }
    const AstExprList *bases = &s->as.classdef.bases;
    info->bases = ARENA_ARRAY(b->arena, HirClass *, bases->count ? bases->count : 1);
    info->bases_known = true;
    for (int i = 0; i < bases->count; i++) {
        const AstExpr *base = bases->items[i];
        HirClass *found = NULL;
        for (int c = b->class_infos.count; base->kind == EXPR_NAME && c-- > 0;)
            if (b->class_infos.items[c]->module_level_only && strcmp(b->class_infos.items[c]->name, base->as.name.id) == 0) {
                found = b->class_infos.items[c];
                break;
            }
        if (found) info->bases[info->base_count++] = found;
        else if (base->kind != EXPR_NAME || strcmp(base->as.name.id, "object") != 0 || module_name_find(b, "object"))
            info->bases_known = false;
    }
    info->assigned = ARENA_ARRAY(b->arena, const char *, assigned->count ? assigned->count : 1);
    info->assigned_count = assigned->count;
    for (int i = 0; i < assigned->count; i++) info->assigned[i] = assigned->items[i];
    info->defs = LIST_OF(b->arena, HirClassDef, body->defs);
    info->def_count = body->defs.count;
    vec_push(&b->class_infos, info);
    return info;
}

/* class C(bases): body  ->  the bases, then the body run inline into a new
 * namespace dict, then the class made from them (and its __class__ cell
 * filled for zero-argument super()), then decorators, then the binding. */

/* The one metaclass the subset accepts is abc's, named as ABCMeta or
 * abc.ABCMeta (the runtime checks that the name is bound to it). */
static bool names_abcmeta(const AstExpr *e) {
    if (e->kind == EXPR_NAME) return strcmp(e->as.name.id, "ABCMeta") == 0;
    return e->kind == EXPR_ATTRIBUTE && strcmp(e->as.attribute.attr, "ABCMeta") == 0 &&
           e->as.attribute.value->kind == EXPR_NAME && strcmp(e->as.attribute.value->as.name.id, "abc") == 0;
}

static void build_class(Builder *b, const AstStmt *s, HirStmtVec *out) {
    const char *name = s->as.classdef.name;
    const AstKeywordList *keywords = &s->as.classdef.keywords;
    /* metaclass= names ABCMeta or nothing; the other keywords go to __init_subclass__ (or TypedDict's total=). */
    const AstKeyword *metaclass_keyword = NULL;
    for (int k = 0; k < keywords->count; k++)
        if (keywords->items[k]->arg && strcmp(keywords->items[k]->arg, "metaclass") == 0) metaclass_keyword = keywords->items[k];
    if (metaclass_keyword && !names_abcmeta(metaclass_keyword->value)) {
        outside_subset(b, metaclass_keyword->value->loc, "metaclasses (metaclass=...)",
                    "metaclasses are dynamic and not part of the Tier 0 subset; only metaclass=ABCMeta is accepted "
                    "(__init_subclass__ and class keywords are: class C(Base, flag=True))");
        return;
    }
    if (s->as.classdef.type_params.count) {
        unsupported(b, s->loc, "type parameters", NULL);
        return;
    }
    const AstExprList *decorators = &s->as.classdef.decorators;
    /* The runtime's dataclass makes no __slots__ classes yet: reject slots= here rather than fail at run time. */
    for (int i = 0; i < decorators->count; i++) {
        const AstExpr *decorator = decorators->items[i];
        if (decorator->kind != EXPR_CALL) continue;
        const AstExpr *callee = decorator->as.call.func;
        const char *called = callee->kind == EXPR_NAME ? callee->as.name.id
                             : callee->kind == EXPR_ATTRIBUTE ? callee->as.attribute.attr : "";
        if (strcmp(called, "dataclass") != 0) continue;
        const AstKeywordList *options = &decorator->as.call.keywords;
        for (int k = 0; k < options->count; k++) {
            const AstKeyword *option = options->items[k];
            if (!option->arg || (strcmp(option->arg, "slots") != 0 && strcmp(option->arg, "weakref_slot") != 0)) continue;
            const AstExpr *value = option->value;
            if (value->kind == EXPR_CONSTANT && value->as.constant.kind == CONST_FALSE) continue;
            unsupported(b, option->loc, "dataclass(slots=True) and dataclass(weakref_slot=True)",
                        "leave out slots=: the class keeps a __dict__, which prints the same");
            return;
        }
    }
    HirLocal **decorator_values = evaluate_decorators(b, decorators, out);
    HirLocal *bases = new_temp(b);
    HirExpr *base_values = build_sequence(b, HIR_TUPLE, &s->as.classdef.bases, s->loc);
    for (int i = 0; i < s->as.classdef.bases.count; i++) {
        const AstExpr *base = s->as.classdef.bases.items[i];
        if (base->kind == EXPR_STARRED) continue;
        const char *builtin = unsubclassable_base(b, base, base_values->as.sequence.items.items[i]);
        if (!builtin) continue;
        unsupported(b, base->loc, arena_printf(b->arena, "subclassing the builtin type '%s'", builtin),
                    arena_printf(b->arena,
                                 "subclassing the builtin type '%s' is not supported by Molt yet: keep one in an "
                                 "attribute of a class of your own instead",
                                 builtin));
        return;
    }
    vec_push(out, assign_stmt(b, local_target(b, bases, s->loc), base_values, s->loc));
    HirLocal *metaclass = NULL, *class_keywords = NULL;
    if (metaclass_keyword) {
        const AstExpr *value = metaclass_keyword->value;
        metaclass = new_temp(b);
        vec_push(out, assign_stmt(b, local_target(b, metaclass, value->loc), build_expr(b, value), value->loc));
    }
    if (keywords->count > (metaclass_keyword != NULL)) {
        /* The other keywords, in order, as a dict ({**mapping} for class C(**options)). */
        int count = keywords->count - (metaclass_keyword != NULL);
        HirExpr *dict = new_expr(b, HIR_DICT, s->loc);
        dict->as.dict.keys.count = dict->as.dict.values.count = count;
        dict->as.dict.keys.items = ARENA_ARRAY(b->arena, HirExpr *, count);
        dict->as.dict.values.items = ARENA_ARRAY(b->arena, HirExpr *, count);
        int n = 0;
        for (int k = 0; k < keywords->count; k++) {
            const AstKeyword *keyword = keywords->items[k];
            if (keyword == metaclass_keyword) continue;
            dict->as.dict.keys.items[n] = keyword->arg ? const_str(b, keyword->arg, keyword->loc) : NULL;
            dict->as.dict.values.items[n++] = build_expr(b, keyword->value);
        }
        class_keywords = new_temp(b);
        vec_push(out, assign_stmt(b, local_target(b, class_keywords, s->loc), dict, s->loc));
    }
    ClassBody body = {0};
    body.namespace = new_temp(b);
    if (b->class_body) body.qualname = arena_printf(b->arena, "%s.%s", b->class_body->qualname, name);
    else if (!b->scope->function->is_module) body.qualname = arena_printf(b->arena, "%s.<locals>.%s", b->scope->function->qualname, name);
    else body.qualname = name;
    vec_push(out, assign_stmt(b, local_target(b, body.namespace, s->loc), new_expr(b, HIR_DICT, s->loc), s->loc));
    collect_bindings(&s->as.classdef.body, &body.bound, &body.bound, NULL, NULL);
    collect_walrus_targets(&s->as.classdef.body, &body.bound);
    /* Methods find the class being defined as their free variable __class__. */
    HirLocal *class_cell = new_temp(b);
    Rename rename = {"__class__", class_cell};
    vec_push(&b->scope->renames, rename);
    ClassBody *saved = b->class_body;
    b->class_body = &body;
    NameVec lineage = {0};
    name_add(&lineage, name);
    for (int i = 0; i < s->as.classdef.bases.count; i++) {
        const ClassMethods *base = program_class(b, s->as.classdef.bases.items[i]);
        for (int n = 0; base && n < base->lineage.count; n++) name_add(&lineage, base->lineage.items[n]);
    }
    int outer_statements = b->class_statements.count;
    for (int n = 0; n < lineage.count; n++) vec_push(&b->class_statements, lineage.items[n]);
    /* The body's first binding, as CPython compiles it: __module__ = __name__. */
    vec_push(out, assign_stmt(b, target_for_name(b, "__module__", s->loc), const_str(b, b->context->name, s->loc), s->loc));
    const AstStmtList *statements = &s->as.classdef.body;
    if (statements->count && statements->items[0]->kind == STMT_EXPR &&
        statements->items[0]->as.expr.value->kind == EXPR_CONSTANT &&
        statements->items[0]->as.expr.value->as.constant.kind == CONST_STR) {
        const AstExpr *doc = statements->items[0]->as.expr.value;
        vec_push(out, assign_stmt(b, target_for_name(b, "__doc__", doc->loc), build_expr(b, doc), doc->loc));
    }
    if (has_annotations(statements))
        vec_push(out, assign_stmt(b, target_for_name(b, "__annotations__", s->loc), new_expr(b, HIR_DICT, s->loc), s->loc));
    for (int i = 0; i < statements->count; i++) build_stmt(b, statements->items[i], out);
    b->class_body = saved;
    b->class_statements.count = outer_statements;
    b->scope->renames.count--;
    vec_free(&body.bound);
    ClassMethods defined = {name, {0}, lineage};
    vec_push(&b->classes, defined);
    NameVec assigned = {0};
    collect_bindings(&s->as.classdef.body, &assigned, &vec_last(&b->classes).methods, NULL, NULL);
    for (int i = 0; i < s->as.classdef.bases.count; i++) {
        b->classes.count--;   /* a base named like the class is an earlier class */
        const ClassMethods *base = program_class(b, s->as.classdef.bases.items[i]);
        b->classes.count++;
        for (int m = 0; base && m < base->methods.count; m++) name_add(&vec_last(&b->classes).methods, base->methods.items[m]);
    }
    HirClass *info = describe_class(b, s, body.qualname, &assigned, &body);
    vec_free(&assigned);
    vec_free(&body.defs);
    HirExpr *make;
    if (metaclass || class_keywords) {
        /* No fast paths: calling the class must reach ABCMeta's abstract check,
         * and __init_subclass__ may change the class. */
        info->bases_known = false;
        HirExpr *args[5] = {const_str(b, body.qualname, s->loc), local_expr(b, bases, s->loc),
                            local_expr(b, body.namespace, s->loc),
                            metaclass ? local_expr(b, metaclass, s->loc) : none_const(b, s->loc),
                            class_keywords ? local_expr(b, class_keywords, s->loc) : none_const(b, s->loc)};
        make = call_runtime(b, "molt_class_from_body_with_keywords", args, 5, s->loc);
    } else {
        make = new_expr(b, HIR_MAKE_CLASS, s->loc);
        make->as.make_class.info = info;
        make->as.make_class.qualname = body.qualname;
        make->as.make_class.bases = local_expr(b, bases, s->loc);
        make->as.make_class.namespace = body.namespace;
    }
    HirLocal *made = new_temp(b);
    vec_push(out, assign_stmt(b, local_target(b, made, s->loc), make, s->loc));
    if (class_cell->is_cell)
        vec_push(out, assign_stmt(b, local_target(b, class_cell, s->loc), local_expr(b, made, s->loc), s->loc));
    HirExpr *value = apply_decorators(b, decorator_values, decorators, local_expr(b, made, s->loc));
    vec_push(out, assign_stmt(b, target_for_name(b, name, s->loc), value, s->loc));
}

static HirExpr *call_local(Builder *b, HirLocal *callee, HirExpr **args, int count, SourceLoc loc) {
    HirExpr *call = new_expr(b, HIR_CALL_VALUE, loc);
    call->as.call_value.callee = local_expr(b, callee, loc);
    call->as.call_value.args.positional.count = count;
    call->as.call_value.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, count);
    memcpy(call->as.call_value.args.positional.items, args, sizeof(HirExpr *) * (size_t)count);
    return call;
}

static HirExpr *bool_const(Builder *b, bool value, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CONST, loc);
    e->as.constant.kind = value ? CONST_TRUE : CONST_FALSE;
    return e;
}

static HirStmt *if_stmt(Builder *b, HirExpr *test, HirStmt *then, SourceLoc loc) {
    HirStmt *stmt = new_stmt(b, HIR_IF, loc);
    stmt->as.if_.test = test;
    stmt->as.if_.body.count = 1;
    stmt->as.if_.body.items = ARENA_ARRAY(b->arena, HirStmt *, 1);
    stmt->as.if_.body.items[0] = then;
    return stmt;
}

static HirExpr *not_expr(Builder *b, HirExpr *operand, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_NOT, loc);
    e->as.not_.operand = operand;
    return e;
}

static HirExpr *compare_expr(Builder *b, HirExpr *left, AstCmpOp op, HirExpr *right, SourceLoc loc);
static HirExpr *int_const(Builder *b, int64_t value, SourceLoc loc);
static HirExpr *subscript_expr(Builder *b, HirExpr *object, HirExpr *index, SourceLoc loc);

/* with m as t: body (item `index` on; later items nest inside), as PEP 343:
 *   $exit = <m's __exit__>; $value = m.__enter__(); $hit = False
 *   try: t = $value; body
 *   except BaseException as $e:
 *       $hit = True
 *       if not $exit(type($e), $e, None): raise
 *   finally:
 *       if not $hit: $exit(None, None, None)
 * The traceback argument is None: Molt has no traceback objects. `async with`
 * (PEP 492) is the same with __aenter__/__aexit__ and each of the three calls awaited. */
static void build_with(Builder *b, const AstStmt *s, int index, HirStmtVec *out) {
    const AstWithItem *item = s->as.with.items.items[index];
    SourceLoc loc = item->context_expr->loc;
    HirLocal *manager = new_temp(b), *exit = new_temp(b), *value = new_temp(b), *hit = new_temp(b);
    HirLocal *caught = new_temp(b);
    vec_push(out, assign_stmt(b, local_target(b, manager, loc), build_expr(b, item->context_expr), loc));
    HirExpr *manager_value = local_expr(b, manager, loc);
    bool is_async = s->as.with.is_async;
    vec_push(out, assign_stmt(b, local_target(b, exit, loc),
                              call_runtime(b, is_async ? "molt_async_context_exit" : "molt_context_exit",
                                           &manager_value, 1, loc),
                              loc));
    HirExpr *enter = new_expr(b, HIR_CALL_METHOD, loc);
    enter->as.call_method.object = local_expr(b, manager, loc);
    enter->as.call_method.name = is_async ? "__aenter__" : "__enter__";
    if (is_async) enter = await_expr(b, enter, loc);
    vec_push(out, assign_stmt(b, local_target(b, value, loc), enter, loc));
    vec_push(out, assign_stmt(b, local_target(b, hit, loc), bool_const(b, false, loc), loc));

    HirStmt *try_ = new_stmt(b, HIR_TRY, s->loc);
    HirStmtVec body = {0};
    if (item->optional_vars)
        vec_push(&body, assign_stmt(b, build_target(b, item->optional_vars), local_expr(b, value, loc), loc));
    if (index + 1 < s->as.with.items.count) {
        build_with(b, s, index + 1, &body);
    } else {
        for (int i = 0; i < s->as.with.body.count; i++) build_stmt(b, s->as.with.body.items[i], &body);
    }
    try_->as.try_.body = stmt_list(b, &body);

    HirExceptHandler *handler = ARENA_NEW(b->arena, HirExceptHandler);
    handler->loc = loc;
    handler->type = new_expr(b, HIR_BUILTIN, loc);
    handler->type->as.builtin = "BaseException";
    handler->name = local_target(b, caught, loc);
    HirStmtVec handler_body = {0};
    vec_push(&handler_body, assign_stmt(b, local_target(b, hit, loc), bool_const(b, true, loc), loc));
    HirExpr *type_of = new_expr(b, HIR_CALL_BUILTIN, loc);
    type_of->as.call_builtin.name = "type";
    type_of->as.call_builtin.args.positional.count = 1;
    type_of->as.call_builtin.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
    type_of->as.call_builtin.args.positional.items[0] = local_expr(b, caught, loc);
    HirExpr *exit_args[3] = {type_of, local_expr(b, caught, loc), new_expr(b, HIR_CONST, loc)};
    HirStmt *reraise = new_stmt(b, HIR_RAISE, loc);
    HirExpr *exited = call_local(b, exit, exit_args, 3, loc);
    if (is_async) exited = await_expr(b, exited, loc);
    vec_push(&handler_body, if_stmt(b, not_expr(b, exited, loc), reraise, loc));
    handler->body = stmt_list(b, &handler_body);
    try_->as.try_.handler_count = 1;
    try_->as.try_.handlers = ARENA_ARRAY(b->arena, HirExceptHandler *, 1);
    try_->as.try_.handlers[0] = handler;

    HirExpr *none_args[3] = {new_expr(b, HIR_CONST, loc), new_expr(b, HIR_CONST, loc), new_expr(b, HIR_CONST, loc)};
    HirStmt *normal_exit = new_stmt(b, HIR_EXPR, loc);
    normal_exit->as.expr.value = call_local(b, exit, none_args, 3, loc);
    if (is_async) normal_exit->as.expr.value = await_expr(b, normal_exit->as.expr.value, loc);
    HirStmtVec finally_body = {0};
    vec_push(&finally_body, if_stmt(b, not_expr(b, local_expr(b, hit, loc), loc), normal_exit, loc));
    try_->as.try_.finalbody = stmt_list(b, &finally_body);
    vec_push(out, try_);
}

/* async for t in x: body / else: orelse (PEP 492):
 *   $it = molt_async_iter(x); $exhausted = False
 *   while True:
 *       try: $value = await molt_async_next($it)
 *       except StopAsyncIteration: $exhausted = True; break
 *       t = $value; body
 *   if $exhausted: orelse */
static void build_async_for(Builder *b, const AstStmt *s, HirStmtVec *out) {
    SourceLoc loc = s->loc;
    HirLocal *iterator = new_temp(b), *exhausted = new_temp(b), *value = new_temp(b);
    HirExpr *iterable = build_expr(b, s->as.for_.iter);
    vec_push(out, assign_stmt(b, local_target(b, iterator, loc), call_runtime(b, "molt_async_iter", &iterable, 1, loc), loc));
    vec_push(out, assign_stmt(b, local_target(b, exhausted, loc), bool_const(b, false, loc), loc));

    HirStmtVec attempt = {0};
    HirExpr *iterator_value = local_expr(b, iterator, loc);
    HirExpr *next = await_expr(b, call_runtime(b, "molt_async_next", &iterator_value, 1, loc), loc);
    vec_push(&attempt, assign_stmt(b, local_target(b, value, loc), next, loc));
    HirStmt *try_ = new_stmt(b, HIR_TRY, loc);
    try_->as.try_.body = stmt_list(b, &attempt);
    HirExceptHandler *handler = ARENA_NEW(b->arena, HirExceptHandler);
    handler->loc = loc;
    handler->type = new_expr(b, HIR_BUILTIN, loc);
    handler->type->as.builtin = "StopAsyncIteration";
    HirStmtVec stop = {0};
    vec_push(&stop, assign_stmt(b, local_target(b, exhausted, loc), bool_const(b, true, loc), loc));
    vec_push(&stop, new_stmt(b, HIR_BREAK, loc));
    handler->body = stmt_list(b, &stop);
    try_->as.try_.handler_count = 1;
    try_->as.try_.handlers = ARENA_ARRAY(b->arena, HirExceptHandler *, 1);
    try_->as.try_.handlers[0] = handler;

    HirStmtVec body = {0};
    vec_push(&body, try_);
    vec_push(&body, assign_stmt(b, build_target(b, s->as.for_.target), local_expr(b, value, loc), loc));
    b->loop_depth++;
    for (int i = 0; i < s->as.for_.body.count; i++) build_stmt(b, s->as.for_.body.items[i], &body);
    b->loop_depth--;
    HirStmt *loop = new_stmt(b, HIR_WHILE, loc);
    loop->as.while_.test = bool_const(b, true, loc);
    loop->as.while_.body = stmt_list(b, &body);
    vec_push(out, loop);
    if (s->as.for_.orelse.count) {
        HirStmt *orelse = new_stmt(b, HIR_IF, loc);
        orelse->as.if_.test = local_expr(b, exhausted, loc);
        orelse->as.if_.body = build_body(b, &s->as.for_.orelse);
        vec_push(out, orelse);
    }
}

/* ---- try/except* -------------------------------------------------------------------- */

static HirExceptHandler *catch_all_handler(Builder *b, HirTarget *name, HirStmtList body, SourceLoc loc) {
    HirExceptHandler *handler = ARENA_NEW(b->arena, HirExceptHandler);
    handler->loc = loc;
    handler->type = new_expr(b, HIR_BUILTIN, loc);
    handler->type->as.builtin = "BaseException";
    handler->name = name;
    handler->body = body;
    return handler;
}

static HirStmt *try_stmt(Builder *b, HirStmtList body, HirExceptHandler *handler, SourceLoc loc) {
    HirStmt *stmt = new_stmt(b, HIR_TRY, loc);
    stmt->as.try_.body = body;
    stmt->as.try_.handler_count = 1;
    stmt->as.try_.handlers = ARENA_ARRAY(b->arena, HirExceptHandler *, 1);
    stmt->as.try_.handlers[0] = handler;
    return stmt;
}

static HirStmt *expr_stmt(Builder *b, HirExpr *value, SourceLoc loc) {
    HirStmt *stmt = new_stmt(b, HIR_EXPR, loc);
    stmt->as.expr.value = value;
    return stmt;
}

static HirStmtList single_stmt(Builder *b, HirStmt *statement);

/* One except* clause: split the clause's part off $rest and, when there is
 * one, run the handler with it as the exception being handled; whatever the
 * handler raises is collected in $raised:
 *   $pair = molt_except_star_match($rest, T); $match = $pair[0]; $rest = $pair[1]
 *   if $match is not None:
 *       try:
 *           try: molt_except_star_enter($match)
 *           except BaseException as name: body
 *       except BaseException as $r: $raised.append($r) */
static void build_except_star_clause(Builder *b, const AstExceptHandler *handler, HirLocal *rest, HirLocal *raised,
                                     HirStmtVec *out) {
    SourceLoc loc = handler->loc;
    HirLocal *pair = new_temp(b), *match = new_temp(b), *caught = new_temp(b);
    HirExpr *match_args[2] = {local_expr(b, rest, loc), build_expr(b, handler->type)};
    vec_push(out, assign_stmt(b, local_target(b, pair, loc), call_runtime(b, "molt_except_star_match", match_args, 2, loc), loc));
    vec_push(out, assign_stmt(b, local_target(b, match, loc), subscript_expr(b, local_expr(b, pair, loc), int_const(b, 0, loc), loc), loc));
    vec_push(out, assign_stmt(b, local_target(b, rest, loc), subscript_expr(b, local_expr(b, pair, loc), int_const(b, 1, loc), loc), loc));

    HirExpr *match_value = local_expr(b, match, loc);
    HirStmt *enter = expr_stmt(b, call_runtime(b, "molt_except_star_enter", &match_value, 1, loc), loc);
    bool saved_in_except_star = b->in_except_star;
    int saved_loop_depth = b->except_star_loop_depth;
    b->in_except_star = true;
    b->except_star_loop_depth = b->loop_depth;
    HirTarget *name = handler->name ? target_for_name(b, handler->name, loc) : NULL;
    HirStmtList body = build_body(b, &handler->body);
    b->in_except_star = saved_in_except_star;
    b->except_star_loop_depth = saved_loop_depth;
    HirStmt *run = try_stmt(b, single_stmt(b, enter), catch_all_handler(b, name, body, loc), loc);

    HirExpr *append = new_expr(b, HIR_CALL_METHOD, loc);
    append->as.call_method.object = local_expr(b, raised, loc);
    append->as.call_method.name = "append";
    append->as.call_method.args.positional.count = 1;
    append->as.call_method.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
    append->as.call_method.args.positional.items[0] = local_expr(b, caught, loc);
    HirStmt *collect = try_stmt(b, single_stmt(b, run),
                                catch_all_handler(b, local_target(b, caught, loc), single_stmt(b, expr_stmt(b, append, loc)), loc),
                                loc);
    HirExpr *matched = compare_expr(b, local_expr(b, match, loc), CMP_ISNOT, new_expr(b, HIR_CONST, loc), loc);
    vec_push(out, if_stmt(b, matched, collect, loc));
}

/* try: body / except* T as name: handler ... / else / finally, as CPython 3.12:
 *   try: body
 *   except BaseException as $exc:
 *       $rest = $exc; $raised = []
 *       <each clause, see build_except_star_clause>
 *       molt_except_star_finish($exc, $raised, $rest)   # raises what is left
 *   else: ... finally: ...
 * The clauses see the part of the exception no earlier clause took; what
 * they raise and what none handled leave the statement as one group. */
static void build_try_star(Builder *b, const AstStmt *s, HirStmtVec *out) {
    SourceLoc loc = s->loc;
    HirLocal *exception = new_temp(b), *rest = new_temp(b), *raised = new_temp(b);
    HirStmtVec handler_body = {0};
    vec_push(&handler_body, assign_stmt(b, local_target(b, rest, loc), local_expr(b, exception, loc), loc));
    vec_push(&handler_body, assign_stmt(b, local_target(b, raised, loc), new_expr(b, HIR_LIST, loc), loc));
    for (int h = 0; h < s->as.try_.handlers.count; h++)
        build_except_star_clause(b, s->as.try_.handlers.items[h], rest, raised, &handler_body);
    HirExpr *finish_args[3] = {local_expr(b, exception, loc), local_expr(b, raised, loc), local_expr(b, rest, loc)};
    vec_push(&handler_body, expr_stmt(b, call_runtime(b, "molt_except_star_finish", finish_args, 3, loc), loc));

    HirStmt *stmt = try_stmt(b, build_body(b, &s->as.try_.body),
                             catch_all_handler(b, local_target(b, exception, loc), stmt_list(b, &handler_body), loc), loc);
    stmt->as.try_.orelse = build_body(b, &s->as.try_.orelse);
    stmt->as.try_.finalbody = build_body(b, &s->as.try_.finalbody);
    vec_push(out, stmt);
}

/* ---- match ------------------------------------------------------------------------- */

/* A pattern compiles to steps: conditions that must hold, and statements
 * (temporaries for parts of the subject, captures) between them. Folding the
 * steps from the last one nests each rest under its condition. Captures go to
 * temporaries first and are bound to their names only once the whole pattern
 * has matched, as CPython does. */
typedef struct MatchStep {
    HirExpr *condition;          /* NULL: a statement step */
    HirStmt *statement;
} MatchStep;
typedef Vec(MatchStep) MatchSteps;
typedef struct MatchCapture {
    const char *name;
    HirLocal *temp;
} MatchCapture;
typedef Vec(MatchCapture) MatchCaptures;

static void match_condition(MatchSteps *steps, HirExpr *condition) {
    MatchStep step = {condition, NULL};
    vec_push(steps, step);
}

static void match_statement(MatchSteps *steps, HirStmt *statement) {
    MatchStep step = {NULL, statement};
    vec_push(steps, step);
}

/* A temporary holding `value`, computed as a step. */
static HirLocal *match_temp(Builder *b, MatchSteps *steps, HirExpr *value) {
    HirLocal *temp = new_temp(b);
    match_statement(steps, assign_stmt(b, local_target(b, temp, value->loc), value, value->loc));
    return temp;
}

static HirLocal *capture_temp(Builder *b, MatchCaptures *captures, const char *name) {
    for (int i = 0; i < captures->count; i++)
        if (strcmp(captures->items[i].name, name) == 0) return captures->items[i].temp;
    MatchCapture capture = {name, new_temp(b)};
    vec_push(captures, capture);
    return capture.temp;
}

static HirExpr *compare_expr(Builder *b, HirExpr *left, AstCmpOp op, HirExpr *right, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_COMPARE, loc);
    e->as.compare.count = 1;
    e->as.compare.ops = ARENA_ARRAY(b->arena, AstCmpOp, 1);
    e->as.compare.ops[0] = op;
    e->as.compare.operands = ARENA_ARRAY(b->arena, HirExpr *, 2);
    e->as.compare.operands[0] = left;
    e->as.compare.operands[1] = right;
    return e;
}

static HirExpr *int_const(Builder *b, int64_t value, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CONST, loc);
    e->as.constant.kind = CONST_INT;
    e->as.constant.fits_int64 = 1;
    e->as.constant.int_value = value;
    e->as.constant.int_text = arena_printf(b->arena, "%lld", (long long)value);
    return e;
}

static HirExpr *call_runtime(Builder *b, const char *function, HirExpr **args, int count, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CALL_RUNTIME, loc);
    e->as.call_runtime.function = function;
    e->as.call_runtime.args.count = count;
    e->as.call_runtime.args.items = ARENA_ARRAY(b->arena, HirExpr *, count);
    memcpy(e->as.call_runtime.args.items, args, sizeof(HirExpr *) * (size_t)count);
    return e;
}

static HirExpr *builtin_call1(Builder *b, const char *name, HirExpr *arg, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_CALL_BUILTIN, loc);
    e->as.call_builtin.name = name;
    e->as.call_builtin.args.positional.count = 1;
    e->as.call_builtin.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
    e->as.call_builtin.args.positional.items[0] = arg;
    return e;
}

static HirExpr *subscript_expr(Builder *b, HirExpr *object, HirExpr *index, SourceLoc loc) {
    HirExpr *e = new_expr(b, HIR_SUBSCRIPT, loc);
    e->as.subscript.object = object;
    e->as.subscript.index = index;
    return e;
}

static HirStmtList fold_steps(Builder *b, const MatchSteps *steps, HirStmtList success) {
    HirStmtList list = success;
    for (int i = steps->count - 1; i >= 0; i--) {
        const MatchStep *step = &steps->items[i];
        if (step->condition) {
            HirStmt *test = new_stmt(b, HIR_IF, step->condition->loc);
            test->as.if_.test = step->condition;
            test->as.if_.body = list;
            list.items = ARENA_ARRAY(b->arena, HirStmt *, 1);
            list.items[0] = test;
            list.count = 1;
        } else {
            HirStmt **items = ARENA_ARRAY(b->arena, HirStmt *, list.count + 1);
            items[0] = step->statement;
            if (list.count) memcpy(items + 1, list.items, sizeof(HirStmt *) * (size_t)list.count);
            list.items = items;
            list.count++;
        }
    }
    return list;
}

static HirStmtList single_stmt(Builder *b, HirStmt *statement) {
    HirStmtList list = {ARENA_ARRAY(b->arena, HirStmt *, 1), 1};
    list.items[0] = statement;
    return list;
}

static void match_pattern(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                          MatchCaptures *captures);

static void match_sequence(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                           MatchCaptures *captures) {
    SourceLoc loc = pattern->loc;
    const AstPatternList *items = &pattern->as.sequence.patterns;
    int star = -1;
    for (int i = 0; i < items->count; i++)
        if (items->items[i]->kind == PATTERN_STAR) star = i;
    HirExpr *subject_expr = local_expr(b, subject, loc);
    match_condition(steps, call_runtime(b, "molt_match_is_sequence", &subject_expr, 1, loc));
    HirLocal *length = match_temp(b, steps, builtin_call1(b, "len", local_expr(b, subject, loc), loc));
    int fixed = star >= 0 ? items->count - 1 : items->count;
    match_condition(steps, compare_expr(b, local_expr(b, length, loc), star >= 0 ? CMP_GTE : CMP_EQ, int_const(b, fixed, loc), loc));
    for (int i = 0; i < items->count; i++) {
        const AstPattern *item = items->items[i];
        if (i == star) {
            if (!item->as.star.name) continue;
            /* the middle items, as a list */
            HirExpr *slice = new_expr(b, HIR_SLICE, item->loc);
            slice->as.slice.lower = int_const(b, i, item->loc);
            HirExpr *upper = new_expr(b, HIR_BINARY, item->loc);
            upper->as.binary.op = BINOP_SUB;
            upper->as.binary.left = local_expr(b, length, item->loc);
            upper->as.binary.right = int_const(b, items->count - 1 - i, item->loc);
            slice->as.slice.upper = upper;
            HirExpr *middle = builtin_call1(b, "list", subscript_expr(b, local_expr(b, subject, loc), slice, item->loc), item->loc);
            HirLocal *capture = capture_temp(b, captures, item->as.star.name);
            match_statement(steps, assign_stmt(b, local_target(b, capture, item->loc), middle, item->loc));
            continue;
        }
        if (item->kind == PATTERN_AS && !item->as.as.pattern && !item->as.as.name) continue;   /* _ */
        int index = star >= 0 && i > star ? i - items->count : i;
        HirLocal *element = match_temp(b, steps, subscript_expr(b, local_expr(b, subject, loc), int_const(b, index, item->loc), item->loc));
        match_pattern(b, item, element, steps, captures);
    }
}

static void match_mapping(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                          MatchCaptures *captures) {
    SourceLoc loc = pattern->loc;
    HirExpr *subject_expr = local_expr(b, subject, loc);
    match_condition(steps, call_runtime(b, "molt_match_is_mapping", &subject_expr, 1, loc));
    int count = pattern->as.mapping.keys.count;
    HirLocal **keys = ARENA_ARRAY(b->arena, HirLocal *, count ? count : 1);
    for (int i = 0; i < count; i++) {
        const AstExpr *key = pattern->as.mapping.keys.items[i];
        keys[i] = match_temp(b, steps, build_expr(b, key));
        match_condition(steps, compare_expr(b, local_expr(b, keys[i], key->loc), CMP_IN, local_expr(b, subject, loc), key->loc));
        HirLocal *value = match_temp(b, steps, subscript_expr(b, local_expr(b, subject, loc), local_expr(b, keys[i], key->loc), key->loc));
        match_pattern(b, pattern->as.mapping.patterns.items[i], value, steps, captures);
    }
    if (pattern->as.mapping.rest) {
        HirLocal *rest = capture_temp(b, captures, pattern->as.mapping.rest);
        match_statement(steps, assign_stmt(b, local_target(b, rest, loc), builtin_call1(b, "dict", local_expr(b, subject, loc), loc), loc));
        for (int i = 0; i < count; i++) {
            HirStmt *del = new_stmt(b, HIR_DELETE, loc);
            HirTarget *target = ARENA_NEW(b->arena, HirTarget);
            target->kind = HIR_TARGET_SUBSCRIPT;
            target->loc = loc;
            target->object = local_expr(b, rest, loc);
            target->index = local_expr(b, keys[i], loc);
            del->as.delete_.target = target;
            match_statement(steps, del);
        }
    }
}

/* C(p1, p2, k=p3): molt_match_class checks the class, and gives the values the
 * sub-patterns match (positional ones through __match_args__) as a tuple, or
 * None when the subject is not an instance or lacks an attribute. */
static void match_class(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                        MatchCaptures *captures) {
    SourceLoc loc = pattern->loc;
    int positional = pattern->as.cls.patterns.count;
    int keywords = pattern->as.cls.kwd_attrs.count;
    HirExpr *names = new_expr(b, HIR_TUPLE, loc);
    names->as.sequence.items.count = keywords;
    names->as.sequence.items.items = ARENA_ARRAY(b->arena, HirExpr *, keywords ? keywords : 1);
    for (int i = 0; i < keywords; i++) names->as.sequence.items.items[i] = const_str(b, pattern->as.cls.kwd_attrs.items[i], loc);
    HirExpr *args[4] = {local_expr(b, subject, loc), build_expr(b, pattern->as.cls.cls), int_const(b, positional, loc), names};
    HirLocal *values = match_temp(b, steps, call_runtime(b, "molt_match_class", args, 4, loc));
    HirExpr *none = new_expr(b, HIR_CONST, loc);
    match_condition(steps, compare_expr(b, local_expr(b, values, loc), CMP_ISNOT, none, loc));
    for (int i = 0; i < positional + keywords; i++) {
        const AstPattern *item = i < positional ? pattern->as.cls.patterns.items[i] : pattern->as.cls.kwd_patterns.items[i - positional];
        if (item->kind == PATTERN_AS && !item->as.as.pattern && !item->as.as.name) continue;
        HirLocal *value = match_temp(b, steps, subscript_expr(b, local_expr(b, values, loc), int_const(b, i, loc), item->loc));
        match_pattern(b, item, value, steps, captures);
    }
}

/* p1 | p2: each alternative sets $ok when it matches; later ones run only
 * while $ok is still false. */
static void match_or(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                     MatchCaptures *captures) {
    SourceLoc loc = pattern->loc;
    HirLocal *ok = new_temp(b);
    match_statement(steps, assign_stmt(b, local_target(b, ok, loc), bool_const(b, false, loc), loc));
    for (int i = 0; i < pattern->as.or_.patterns.count; i++) {
        MatchSteps alternative = {0};
        match_pattern(b, pattern->as.or_.patterns.items[i], subject, &alternative, captures);
        HirStmtList body = fold_steps(b, &alternative, single_stmt(b, assign_stmt(b, local_target(b, ok, loc), bool_const(b, true, loc), loc)));
        vec_free(&alternative);
        if (i == 0) {
            for (int s = 0; s < body.count; s++) match_statement(steps, body.items[s]);
            continue;
        }
        HirStmt *test = new_stmt(b, HIR_IF, loc);
        test->as.if_.test = not_expr(b, local_expr(b, ok, loc), loc);
        test->as.if_.body = body;
        match_statement(steps, test);
    }
    match_condition(steps, local_expr(b, ok, loc));
}

static void match_pattern(Builder *b, const AstPattern *pattern, HirLocal *subject, MatchSteps *steps,
                          MatchCaptures *captures) {
    SourceLoc loc = pattern->loc;
    switch (pattern->kind) {
    case PATTERN_VALUE:
        match_condition(steps, compare_expr(b, local_expr(b, subject, loc), CMP_EQ, build_expr(b, pattern->as.value.value), loc));
        return;
    case PATTERN_SINGLETON: {
        HirExpr *constant = new_expr(b, HIR_CONST, loc);
        constant->as.constant.kind = pattern->as.singleton.value;
        match_condition(steps, compare_expr(b, local_expr(b, subject, loc), CMP_IS, constant, loc));
        return;
    }
    case PATTERN_SEQUENCE: match_sequence(b, pattern, subject, steps, captures); return;
    case PATTERN_MAPPING: match_mapping(b, pattern, subject, steps, captures); return;
    case PATTERN_CLASS: match_class(b, pattern, subject, steps, captures); return;
    case PATTERN_STAR: return;   /* handled by the sequence */
    case PATTERN_AS:
        if (pattern->as.as.pattern) match_pattern(b, pattern->as.as.pattern, subject, steps, captures);
        if (pattern->as.as.name) {
            HirLocal *capture = capture_temp(b, captures, pattern->as.as.name);
            match_statement(steps, assign_stmt(b, local_target(b, capture, loc), local_expr(b, subject, loc), loc));
        }
        return;
    case PATTERN_OR: match_or(b, pattern, subject, steps, captures); return;
    }
}

static bool is_irrefutable(const AstPattern *pattern) {
    if (pattern->kind == PATTERN_AS) return !pattern->as.as.pattern || is_irrefutable(pattern->as.as.pattern);
    if (pattern->kind == PATTERN_OR) {
        for (int i = 0; i < pattern->as.or_.patterns.count; i++)
            if (is_irrefutable(pattern->as.or_.patterns.items[i])) return true;
    }
    return false;
}

/* match subject: case p if guard: body ...  ->
 *   $s = subject; $done = False
 *   <steps of p>: captured names bound; if guard: $done = True; body
 *   if not $done: <next case> ... */
static void build_match(Builder *b, const AstStmt *s, HirStmtVec *out) {
    const AstMatchCaseList *cases = &s->as.match.cases;
    SourceLoc loc = s->loc;
    HirLocal *subject = new_temp(b), *done = new_temp(b);
    vec_push(out, assign_stmt(b, local_target(b, subject, loc), build_expr(b, s->as.match.subject), loc));
    vec_push(out, assign_stmt(b, local_target(b, done, loc), bool_const(b, false, loc), loc));
    for (int c = 0; c < cases->count; c++) {
        const AstMatchCase *match_case = cases->items[c];
        if (c + 1 < cases->count && !match_case->guard && is_irrefutable(match_case->pattern)) {
            const AstPattern *p = match_case->pattern;
            while (p->kind == PATTERN_AS && p->as.as.pattern) p = p->as.as.pattern;
            if (p->kind == PATTERN_AS && p->as.as.name)
                diag_error(b->file, p->loc, NULL, "name capture '%s' makes remaining patterns unreachable", p->as.as.name);
            else
                diag_error(b->file, p->loc, NULL, "wildcard makes remaining patterns unreachable");
        }
        MatchSteps steps = {0};
        MatchCaptures captures = {0};
        match_pattern(b, match_case->pattern, subject, &steps, &captures);
        HirStmtVec success = {0};
        for (int i = 0; i < captures.count; i++) {
            const MatchCapture *capture = &captures.items[i];
            vec_push(&success, assign_stmt(b, target_for_name(b, capture->name, match_case->pattern->loc),
                                           local_expr(b, capture->temp, match_case->pattern->loc), match_case->pattern->loc));
        }
        HirStmtVec body = {0};
        vec_push(&body, assign_stmt(b, local_target(b, done, loc), bool_const(b, true, loc), loc));
        for (int i = 0; i < match_case->body.count; i++) build_stmt(b, match_case->body.items[i], &body);
        if (match_case->guard) {
            HirStmt *guarded = new_stmt(b, HIR_IF, match_case->guard->loc);
            guarded->as.if_.test = build_expr(b, match_case->guard);
            guarded->as.if_.body = stmt_list(b, &body);
            vec_push(&success, guarded);
        } else {
            for (int i = 0; i < body.count; i++) vec_push(&success, body.items[i]);
            vec_free(&body);
        }
        HirStmtList folded = fold_steps(b, &steps, stmt_list(b, &success));
        vec_free(&steps);
        vec_free(&captures);
        if (c == 0) {
            for (int i = 0; i < folded.count; i++) vec_push(out, folded.items[i]);
            continue;
        }
        HirStmt *next = new_stmt(b, HIR_IF, match_case->pattern->loc);
        next->as.if_.test = not_expr(b, local_expr(b, done, loc), loc);
        next->as.if_.body = folded;
        vec_push(out, next);
    }
}

/* The module object of a runtime module, or the program's own module
 * `dotted` imported (run if it has not run yet): its top package when
 * `top` (import a.b binds a). */
static HirExpr *module_value(Builder *b, const char *dotted, bool top, SourceLoc loc) {
    if (!hir_is_user_module(b->context, dotted)) {
        HirExpr *value = new_expr(b, HIR_MODULE, loc);
        value->as.module = dotted;
        return value;
    }
    HirExpr *args[2] = {const_str(b, dotted, loc), bool_const(b, top, loc)};
    return call_runtime(b, "molt_import_module", args, 2, loc);
}

/* `import m [as n]` binds the module m; `from m import x [as y]` binds m.x,
 * read once, when the statement runs (as CPython does); for the program's
 * own modules x may also be a submodule (from pkg import sub). */
static void build_import(Builder *b, const AstStmt *s, HirStmtVec *out) {
    /* Attributes of the modules Molt provides are fixed; the program's own are globals. */
    if (s->kind == STMT_IMPORT && b->scope->function->is_module && !b->class_body) {
        for (int i = 0; i < s->as.import.names.count; i++) {
            const AstAlias *alias = s->as.import.names.items[i];
            if (hir_is_user_module(b->context, alias->name) || hir_is_user_module(b->context, alias->bound)) continue;
            ModuleAlias bound = {alias->bound, alias->name};
            vec_push(&b->module_aliases, bound);
        }
    }
    if (hir_import_defers(s)) {
        vec_push(&b->deferred_imports, s);
        return;
    }
    if (!hir_import_check(b->file, s, b->context)) return;
    bool from = s->kind == STMT_IMPORTFROM;
    for (int i = 0; from && s->as.importfrom.level == 0 && i < s->as.importfrom.names.count; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        if (!hir_is_user_module(b->context, s->as.importfrom.module))
            hir_capability_check(b->file, b->context, alias->loc, s->as.importfrom.module, alias->name, NULL,
                                 &b->capability_uses);
    }
    const AstAliasList *names = from ? &s->as.importfrom.names : &s->as.import.names;
    const char *from_module = NULL;
    if (from)
        from_module =
            hir_import_absolute_name(b->arena, b->context->package, s->as.importfrom.level, s->as.importfrom.module);
    for (int i = 0; i < names->count; i++) {
        const AstAlias *alias = names->items[i];
        HirExpr *value;
        if (!from) {
            value = module_value(b, alias->name, !alias->asname, alias->loc);
        } else if (hir_is_user_module(b->context, from_module)) {
            HirExpr *args[2] = {module_value(b, from_module, false, alias->loc), const_str(b, alias->name, alias->loc)};
            value = call_runtime(b, "molt_import_from", args, 2, alias->loc);
        } else {
            value = new_expr(b, HIR_GETATTR, alias->loc);
            value->as.getattr.object = module_value(b, from_module, false, alias->loc);
            value->as.getattr.name = alias->name;
            if (b->scope->function->is_module && !b->class_body && !name_in(&b->rebound, alias->bound)) {
                FromImport bound = {alias->bound, from_module, alias->name};
                vec_push(&b->from_imports, bound);
            }
        }
        vec_push(out, assign_stmt(b, target_for_name(b, alias->bound, alias->loc), value, s->loc));
    }
}

static void build_stmt(Builder *b, const AstStmt *s, HirStmtVec *out) {
    switch (s->kind) {
    case STMT_EXPR: {
        HirStmt *stmt = new_stmt(b, HIR_EXPR, s->loc);
        stmt->as.expr.value = build_expr(b, s->as.expr.value);
        vec_push(out, stmt);
        return;
    }
    case STMT_ASSIGN: {
        HirExpr *value = build_expr(b, s->as.assign.value);
        if (s->as.assign.targets.count == 1) {
            vec_push(out, assign_stmt(b, build_target(b, s->as.assign.targets.items[0]), value, s->loc));
            return;
        }
        /* a = b = v: evaluate once, assign left to right. */
        HirLocal *temp = new_temp(b);
        vec_push(out, assign_stmt(b, local_target(b, temp, s->loc), value, s->loc));
        for (int i = 0; i < s->as.assign.targets.count; i++)
            vec_push(out, assign_stmt(b, build_target(b, s->as.assign.targets.items[i]), local_expr(b, temp, s->loc), s->loc));
        return;
    }
    case STMT_AUGASSIGN: build_augassign(b, s, out); return;
    case STMT_ANNASSIGN:
        if (s->as.annassign.value)
            vec_push(out, assign_stmt(b, build_target(b, s->as.annassign.target), build_expr(b, s->as.annassign.value), s->loc));
        if (b->class_body && s->as.annassign.simple && s->as.annassign.target->kind == EXPR_NAME) {
            /* __annotations__[name] = annotation, evaluated as CPython does in class bodies */
            HirTarget *entry = ARENA_NEW(b->arena, HirTarget);
            entry->kind = HIR_TARGET_SUBSCRIPT;
            entry->loc = s->loc;
            entry->object = subscript_expr(b, local_expr(b, b->class_body->namespace, s->loc), const_str(b, "__annotations__", s->loc), s->loc);
            entry->index = const_str(b, s->as.annassign.target->as.name.id, s->loc);
            vec_push(out, assign_stmt(b, entry, build_expr(b, s->as.annassign.annotation), s->loc));
        }
        return;
    case STMT_IF: {
        HirStmt *stmt = new_stmt(b, HIR_IF, s->loc);
        stmt->as.if_.test = build_expr(b, s->as.if_.test);
        stmt->as.if_.body = build_body(b, &s->as.if_.body);
        stmt->as.if_.orelse = build_body(b, &s->as.if_.orelse);
        vec_push(out, stmt);
        return;
    }
    case STMT_WHILE: {
        HirStmt *stmt = new_stmt(b, HIR_WHILE, s->loc);
        stmt->as.while_.test = build_expr(b, s->as.while_.test);
        b->loop_depth++;
        stmt->as.while_.body = build_body(b, &s->as.while_.body);
        b->loop_depth--;
        stmt->as.while_.orelse = build_body(b, &s->as.while_.orelse);
        vec_push(out, stmt);
        return;
    }
    case STMT_FOR: {
        if (s->as.for_.is_async) {
            if (!b->in_function || b->class_body || !b->scope->function->is_coroutine)
                diag_error(b->file, s->loc, NULL, "'async for' outside async function");
            else
                build_async_for(b, s, out);
            return;
        }
        HirStmt *stmt = new_stmt(b, HIR_FOR, s->loc);
        const AstExpr *iter = s->as.for_.iter;
        if (is_range_call(b, iter)) {
            stmt->as.for_.is_range = true;
            stmt->as.for_.range_arg_count = iter->as.call.args.count;
            for (int i = 0; i < iter->as.call.args.count; i++)
                stmt->as.for_.range_args[i] = build_expr(b, iter->as.call.args.items[i]);
        } else {
            stmt->as.for_.iter = build_expr(b, iter);
        }
        stmt->as.for_.target = build_target(b, s->as.for_.target);
        b->loop_depth++;
        stmt->as.for_.body = build_body(b, &s->as.for_.body);
        b->loop_depth--;
        stmt->as.for_.orelse = build_body(b, &s->as.for_.orelse);
        vec_push(out, stmt);
        return;
    }
    case STMT_BREAK:
    case STMT_CONTINUE:
        if (!b->loop_depth) {
            diag_error(b->file, s->loc, NULL, s->kind == STMT_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
            return;
        }
        if (b->in_except_star && b->loop_depth == b->except_star_loop_depth) {
            diag_error(b->file, s->loc, NULL, "'break', 'continue' and 'return' cannot appear in an except* block");
            return;
        }
        vec_push(out, new_stmt(b, s->kind == STMT_BREAK ? HIR_BREAK : HIR_CONTINUE, s->loc));
        return;
    case STMT_RETURN: {
        if (!b->in_function) {
            diag_error(b->file, s->loc, NULL, "'return' outside function");
            return;
        }
        if (b->in_except_star) {
            diag_error(b->file, s->loc, NULL, "'break', 'continue' and 'return' cannot appear in an except* block");
            return;
        }
        HirStmt *stmt = new_stmt(b, HIR_RETURN, s->loc);
        stmt->as.return_.value = s->as.return_.value ? build_expr(b, s->as.return_.value) : NULL;
        if (s->as.return_.value && !b->scope->first_value_return) b->scope->first_value_return = s;
        vec_push(out, stmt);
        return;
    }
    case STMT_RAISE: {
        HirStmt *stmt = new_stmt(b, HIR_RAISE, s->loc);
        stmt->as.raise.exception = s->as.raise.exc ? build_expr(b, s->as.raise.exc) : NULL;
        stmt->as.raise.cause = s->as.raise.cause ? build_expr(b, s->as.raise.cause) : NULL;
        vec_push(out, stmt);
        return;
    }
    case STMT_TRY: {
        if (s->as.try_.is_star) {
            build_try_star(b, s, out);
            return;
        }
        HirStmt *stmt = new_stmt(b, HIR_TRY, s->loc);
        stmt->as.try_.body = build_body(b, &s->as.try_.body);
        int count = s->as.try_.handlers.count;
        stmt->as.try_.handler_count = count;
        stmt->as.try_.handlers = ARENA_ARRAY(b->arena, HirExceptHandler *, count ? count : 1);
        for (int h = 0; h < count; h++) {
            const AstExceptHandler *handler = s->as.try_.handlers.items[h];
            HirExceptHandler *out_handler = ARENA_NEW(b->arena, HirExceptHandler);
            out_handler->loc = handler->loc;
            out_handler->type = handler->type ? build_expr(b, handler->type) : NULL;
            out_handler->name = handler->name ? target_for_name(b, handler->name, handler->loc) : NULL;
            out_handler->body = build_body(b, &handler->body);
            stmt->as.try_.handlers[h] = out_handler;
        }
        stmt->as.try_.orelse = build_body(b, &s->as.try_.orelse);
        stmt->as.try_.finalbody = build_body(b, &s->as.try_.finalbody);
        vec_push(out, stmt);
        return;
    }
    case STMT_ASSERT: {
        /* assert t, m  ->  if not t: raise AssertionError(m) */
        HirStmt *stmt = new_stmt(b, HIR_IF, s->loc);
        HirExpr *test = new_expr(b, HIR_NOT, s->loc);
        test->as.not_.operand = build_expr(b, s->as.assert_.test);
        stmt->as.if_.test = test;
        HirStmt *raise = new_stmt(b, HIR_RAISE, s->loc);
        HirExpr *exception = new_expr(b, HIR_CALL_BUILTIN, s->loc);
        exception->as.call_builtin.name = "AssertionError";
        if (s->as.assert_.msg) {
            exception->as.call_builtin.args.positional.count = 1;
            exception->as.call_builtin.args.positional.items = ARENA_ARRAY(b->arena, HirExpr *, 1);
            exception->as.call_builtin.args.positional.items[0] = build_expr(b, s->as.assert_.msg);
        }
        raise->as.raise.exception = exception;
        stmt->as.if_.body.count = 1;
        stmt->as.if_.body.items = ARENA_ARRAY(b->arena, HirStmt *, 1);
        stmt->as.if_.body.items[0] = raise;
        vec_push(out, stmt);
        return;
    }
    case STMT_DELETE:
        for (int i = 0; i < s->as.delete_.targets.count; i++) {
            const AstExpr *target = s->as.delete_.targets.items[i];
            if (target->kind != EXPR_SUBSCRIPT && target->kind != EXPR_ATTRIBUTE) {
                unsupported(b, target->loc, "'del' of a name", "only 'del container[key]' and 'del object.attribute' are supported so far");
                continue;
            }
            HirStmt *stmt = new_stmt(b, HIR_DELETE, s->loc);
            stmt->as.delete_.target = build_target_for(b, target, true);
            vec_push(out, stmt);
        }
        return;
    case STMT_PASS: return;
    case STMT_GLOBAL: return;   /* applied when the scope was set up */
    case STMT_FUNCTIONDEF:
        build_function_def(b, s, out);
        return;
    case STMT_CLASSDEF: build_class(b, s, out); return;
    case STMT_WITH:
        if (s->as.with.is_async && (!b->in_function || b->class_body || !b->scope->function->is_coroutine)) {
            diag_error(b->file, s->loc, NULL, "'async with' outside async function");
            return;
        }
        build_with(b, s, 0, out);
        return;
    case STMT_MATCH: build_match(b, s, out); return;
    case STMT_IMPORT:
    case STMT_IMPORTFROM: build_import(b, s, out); return;
    case STMT_NONLOCAL:
        /* The names were captured when the function's scope was set up. */
        for (int n = 0; n < s->as.global.names.count; n++) {
            const char *name = s->as.global.names.items[n];
            HirLocal *local = b->scope->function->is_module ? NULL : scope_find_local(b->scope, name);
            if (b->scope->function->is_module)
                diag_error(b->file, s->loc, NULL, "nonlocal declaration not allowed at module level");
            else if (!local || local->free_index < 0)
                diag_error(b->file, s->loc, NULL, "no binding for nonlocal '%s' found", name);
        }
        return;
    case STMT_TYPEALIAS: unsupported(b, s->loc, "'type' aliases", NULL); return;
    }
}

/* ---- functions and the module ---------------------------------------------------- */

/* Builds a function's body (a def's statements, or a lambda's expression)
 * in a new scope nested in `parent` (NULL for module-level defs). */
static void build_function_body(Builder *b, HirFunction *function, const AstStmtList *body,
                                const AstExpr *lambda_body, Scope *parent) {
    Scope scope = {0};
    scope.function = function;
    scope.parent = parent;
    if (body && body->count && body->items[0]->kind == STMT_EXPR && body->items[0]->as.expr.value->kind == EXPR_CONSTANT &&
        body->items[0]->as.expr.value->as.constant.kind == CONST_STR) {
        function->doc = body->items[0]->as.expr.value->as.constant.bytes;
        function->doc_length = body->items[0]->as.expr.value->as.constant.length;
    }
    b->scope = &scope;
    b->in_function = true;
    b->temp_counter = 0;
    b->loop_depth = 0;
    NameVec bound = {0}, defs = {0}, globals = {0}, nonlocals = {0};
    if (body) collect_bindings(body, &bound, &defs, &globals, &nonlocals);
    if (body) collect_walrus_targets(body, &bound);
    for (int i = 0; i < globals.count; i++) name_add(&scope.global_declared, globals.items[i]);
    /* Parameters were created with the function (calls bind to them by name). */
    for (int i = 0; i < function->slot_count; i++) vec_push(&scope.locals, function->locals[i]);
    for (int i = 0; i < nonlocals.count; i++) capture(b, &scope, nonlocals.items[i]);   /* checked at the statement */
    for (int i = 0; i < bound.count; i++)
        if (!name_in(&scope.global_declared, bound.items[i]) && !scope_find_local(&scope, bound.items[i]))
            scope_add_local(b, bound.items[i], false);
    for (int i = 0; i < defs.count; i++)
        if (!name_in(&scope.global_declared, defs.items[i]) && !scope_find_local(&scope, defs.items[i]))
            scope_add_local(b, defs.items[i], false);
    if (body) {
        function->body = build_body(b, body);
    } else {
        HirStmt *ret = new_stmt(b, HIR_RETURN, lambda_body->loc);
        ret->as.return_.value = build_expr(b, lambda_body);
        function->body.items = ARENA_ARRAY(b->arena, HirStmt *, 1);
        function->body.items[0] = ret;
        function->body.count = 1;
    }
    finish_dir_calls(b, &scope);
    if (function->is_async_generator && scope.first_value_return)
        diag_error(b->file, scope.first_value_return->loc, NULL, "'return' with value in async generator");
    function->locals = LIST_OF(b->arena, HirLocal *, scope.locals);
    function->local_count = scope.locals.count;
    vec_free(&bound);
    vec_free(&defs);
    vec_free(&globals);
    vec_free(&nonlocals);
    vec_free(&scope.global_declared);
    vec_free(&scope.locals);
    vec_free(&scope.renames);
    vec_free(&scope.dir_calls);
    b->scope = NULL;
    b->in_function = false;
}

HirProgram *hir_build(Arena *arena, const AstModule *module, const HirModuleContext *context) {
    Builder b = {0};
    b.arena = arena;
    b.capability_uses.arena = arena;
    b.file = module->file;
    b.context = context;
    int errors_before = diag_error_count();

    HirFunction *module_function = ARENA_NEW(arena, HirFunction);
    module_function->name = "<module>";
    module_function->is_module = true;
    vec_push(&b.functions, module_function);

    /* What the module binds. */
    NameVec bound = {0}, defs = {0};
    collect_bindings(&module->body, &bound, &defs, NULL, NULL);
    collect_walrus_targets(&module->body, &bound);
    for (int i = 0; i < bound.count; i++) module_name_get(&b, bound.items[i])->other_bindings++;
    collect_rebound(&module->body, &b.rebound);
    AstStmtVec def_stmts = {0};
    collect_module_defs(&module->body, &def_stmts);
    for (int i = 0; i < def_stmts.count; i++) {
        ModuleName *module_name = module_name_get(&b, def_stmts.items[i]->as.functiondef.name);
        if (is_decorated(def_stmts.items[i])) module_name->other_bindings++;
        else module_name->def_count++;
    }

    /* Functions: a name bound by exactly one def and nothing else is a direct-call target. */
    for (int i = 0; i < def_stmts.count; i++) {
        const AstStmt *def = def_stmts.items[i];
        if (is_decorated(def)) continue;
        ModuleName *module_name = module_name_get(&b, def->as.functiondef.name);
        if (module_name->def_count != 1 || module_name->other_bindings) {
            unsupported(&b, def->loc, "rebinding a function's name",
                        "give each function its own name and do not assign to it");
            continue;
        }
        if (!check_def(&b, def)) continue;
        module_name->function = new_function(&b, def->as.functiondef.name, def->as.functiondef.args, def->loc);
        module_name->function->is_coroutine = module_name->function->is_generator = def->as.functiondef.is_async;
    }

    /* Which module names functions touch: those need global slots. */
    for (int i = 0; i < def_stmts.count; i++) {
        const AstStmt *def = def_stmts.items[i];
        NameUseVec uses = {0};
        collect_uses_stmts(&def->as.functiondef.body, &uses);
        NameVec inner_bound = {0}, inner_defs = {0}, inner_globals = {0};
        collect_bindings(&def->as.functiondef.body, &inner_bound, &inner_defs, &inner_globals, NULL);
        for (int u = 0; u < uses.count; u++) {
            ModuleName *module_name = module_name_find(&b, uses.items[u].name);
            if (module_name) module_name->used_by_functions = true;
        }
        for (int g = 0; g < inner_globals.count; g++) module_name_get(&b, inner_globals.items[g])->used_by_functions = true;
        vec_free(&uses);
        vec_free(&inner_bound);
        vec_free(&inner_defs);
        vec_free(&inner_globals);
    }

    /* Lambdas and methods in module-level code read module names when they run. */
    NameUseVec module_uses = {0};
    collect_uses_stmts(&module->body, &module_uses);
    for (int u = 0; u < module_uses.count; u++) {
        ModuleName *module_name = module_uses.items[u].deferred ? module_name_find(&b, module_uses.items[u].name) : NULL;
        if (module_name) module_name->used_by_functions = true;
    }
    vec_free(&module_uses);

    /* Defs at the top of the module, before any statement that could call a
     * user function (directly, through a value, or by handing a function to
     * other code), always run before their first call. */
    bool seen_call = false;
    for (int i = 0; i < module->body.count && !seen_call; i++) {
        const AstStmt *s = module->body.items[i];
        NameUseVec uses = {0};
        if (s->kind == STMT_CLASSDEF) break;   /* from here on, operations on instances can run user code */
        if (s->kind == STMT_FUNCTIONDEF && !is_decorated(s)) {
            ModuleName *module_name = module_name_find(&b, s->as.functiondef.name);
            if (module_name && module_name->function) module_name->function->always_defined = true;
            collect_uses_list(&s->as.functiondef.args->defaults, &uses);
            collect_uses_list(&s->as.functiondef.args->kw_defaults, &uses);
        } else {
            AstStmtList single = {(AstStmt **)&module->body.items[i], 1};
            collect_uses_stmts(&single, &uses);
        }
        for (int u = 0; u < uses.count; u++) {
            const ModuleName *used = module_name_find(&b, uses.items[u].name);
            if (uses.items[u].as_callee ? !is_builtin_name(uses.items[u].name) : used && used->function)
                seen_call = true;
        }
        /* Calls through attributes or other expressions cannot reach user code yet. */
        vec_free(&uses);
    }

    /* Other modules may read, call and assign any name of an imported module. */
    if (context->exported) {
        for (int i = 0; i < b.module_names.count; i++) {
            ModuleName *module_name = &b.module_names.items[i];
            module_name->used_by_functions = true;
            if (module_name->function) module_name->function->is_value = true;
        }
    }

    /* Module-only names become locals of <module>. */
    Scope module_scope = {0};
    module_scope.function = module_function;
    b.scope = &module_scope;
    for (int i = 0; i < b.module_names.count; i++) {
        ModuleName *module_name = &b.module_names.items[i];
        if (!module_name->used_by_functions && !module_name->function && module_name->other_bindings)
            module_name->module_local = scope_add_local(&b, module_name->name, false);
    }
    module_function->body = build_body(&b, &module->body);
    module_function->locals = LIST_OF(arena, HirLocal *, module_scope.locals);
    module_function->local_count = module_scope.locals.count;
    b.scope = NULL;
    vec_free(&module_scope.locals);
    vec_free(&module_scope.renames);
    vec_free(&module_scope.global_declared);

    for (int i = 0; i < def_stmts.count; i++) {
        const AstStmt *def = def_stmts.items[i];
        ModuleName *module_name = module_name_find(&b, def->as.functiondef.name);
        if (module_name && module_name->function)
            build_function_body(&b, module_name->function, &def->as.functiondef.body, NULL, NULL);
    }
    for (int i = 0; i < b.deferred_imports.count; i++) hir_import_check(b.file, b.deferred_imports.items[i], context);

    HirProgram *program = ARENA_NEW(arena, HirProgram);
    program->file = module->file;
    program->context = context;
    program->capability_uses = b.capability_uses;
    program->functions = LIST_OF(arena, HirFunction *, b.functions);
    program->function_count = b.functions.count;
    program->classes = LIST_OF(arena, HirClass *, b.class_infos);
    program->class_count = b.class_infos.count;
    for (int i = 0; i < b.module_names.count && context->exported; i++) global_for(&b, b.module_names.items[i].name);
    program->globals = LIST_OF(arena, HirGlobal *, b.globals);
    program->global_count = b.globals.count;
    for (int i = 0; i < b.module_names.count; i++) {
        ModuleName *module_name = &b.module_names.items[i];
        if (!module_name->global) continue;
        module_name->global->function = module_name->function;
        if (module_name->function && module_name->function->is_value) module_name->function->value_global = module_name->global;
    }
    vec_free(&b.functions);
    vec_free(&b.globals);
    vec_free(&b.module_names);
    vec_free(&b.reported_builtins);
    for (int i = 0; i < b.classes.count; i++) {
        vec_free(&b.classes.items[i].methods);
        vec_free(&b.classes.items[i].lineage);
    }
    vec_free(&b.classes);
    vec_free(&b.class_statements);
    vec_free(&b.class_infos);
    vec_free(&b.module_aliases);
    vec_free(&b.from_imports);
    vec_free(&b.rebound);
    vec_free(&b.deferred_imports);
    vec_free(&bound);
    vec_free(&defs);
    vec_free(&def_stmts);
    return diag_error_count() > errors_before ? NULL : program;
}
