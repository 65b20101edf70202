/* The Optimization Manifest of manifest.h. Every list comes out sorted (by
 * name, or by location) and holds nothing but facts about the program, so the
 * file is the same for the same program, whoever builds it and wherever. */
#include "manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/json.h"
#include "../hir/hir.h"
#include "inventory.h"

/* ---- tallies ------------------------------------------------------------ */

static void tally(ManifestTallies *tallies, const char *name, int module, SourceLoc loc) {
    for (int i = 0; i < tallies->count; i++)
        if (strcmp(tallies->items[i].name, name) == 0) {
            tallies->items[i].uses++;
            return;
        }
    if (tallies->count == tallies->capacity) {
        tallies->capacity = tallies->capacity ? tallies->capacity * 2 : 32;
        tallies->items = realloc(tallies->items, sizeof *tallies->items * (size_t)tallies->capacity);
        if (!tallies->items) abort();
    }
    tallies->items[tallies->count++] = (ManifestTally){strdup(name), 1, module, loc};
}

static void free_tallies(ManifestTallies *tallies) {
    for (int i = 0; i < tallies->count; i++) free((char *)tallies->items[i].name);
    free(tallies->items);
    memset(tallies, 0, sizeof *tallies);
}

static int compare_tallies(const void *a, const void *b) {
    return strcmp(((const ManifestTally *)a)->name, ((const ManifestTally *)b)->name);
}

static void sort_tallies(ManifestTallies *tallies) {
    if (tallies->count) qsort(tallies->items, (size_t)tallies->count, sizeof *tallies->items, compare_tallies);
}

/* ---- what the TIR uses of Molt's builtins and modules ---------------------- */

/* The runtime module a value is, when it is one (`import math` binds `builtin math`). */
static const char *module_of(const TirFunction *function, int value) {
    const TirInstr *instr = function->values[value];
    if (instr && instr->op == TIR_BUILTIN_VALUE && hir_is_runtime_module(instr->name)) return instr->name;
    return NULL;
}

static void collect_instr(ManifestUsage *usage, const TirFunction *function, const TirInstr *instr, int module) {
    const char *owner = NULL;
    switch (instr->op) {
    case TIR_CALL_BUILTIN: tally(&usage->builtins, instr->name, module, instr->loc); break;
    /* `for i in range(...)` runs on a counter: its one loop test stands for the call. */
    case TIR_RANGE_TEST: tally(&usage->builtins, "range", module, instr->loc); break;
    case TIR_BUILTIN_VALUE:
        if (hir_is_runtime_module(instr->name)) tally(&usage->runtime_modules, instr->name, module, instr->loc);
        else tally(&usage->builtins, instr->name, module, instr->loc);
        break;
    case TIR_GETATTR: case TIR_CALL_METHOD:
        /* math.sqrt read (from math import sqrt reads it too) or called. */
        owner = instr->arg_count ? module_of(function, instr->args[0]) : NULL;
        if (owner) {
            StrBuf name;
            strbuf_init(&name);
            strbuf_printf(&name, "%s.%s", owner, instr->name);
            tally(&usage->module_names, name.data, module, instr->loc);
            strbuf_free(&name);
        }
        break;
    default: break;
    }
}

void manifest_collect_usage(ManifestUsage *usage, TirProgram *const *tir, int count) {
    memset(usage, 0, sizeof *usage);
    for (int m = 0; m < count; m++)
        for (int f = 0; f < tir[m]->function_count; f++) {
            const TirFunction *function = tir[m]->functions[f];
            for (int b = 0; b < function->block_count; b++) {
                const TirBlock *block = function->blocks[b];
                for (int i = 0; i < block->instr_count; i++) collect_instr(usage, function, block->instrs[i], m);
            }
        }
    sort_tallies(&usage->builtins);
    sort_tallies(&usage->runtime_modules);
    sort_tallies(&usage->module_names);
}

void manifest_usage_free(ManifestUsage *usage) {
    free_tallies(&usage->builtins);
    free_tallies(&usage->runtime_modules);
    free_tallies(&usage->module_names);
}

/* ---- language features, from the AST ------------------------------------- */

typedef struct FeatureVisitor {
    AstVisitor visitor;
    ManifestTallies *features;
    int module;
} FeatureVisitor;

static void feature(AstVisitor *visitor, const char *name, SourceLoc loc) {
    FeatureVisitor *v = (FeatureVisitor *)visitor;
    tally(v->features, name, v->module, loc);
}

static void operator_feature(AstVisitor *visitor, const char *kind, const char *symbol, SourceLoc loc) {
    char name[64];
    snprintf(name, sizeof name, "%s %s", kind, symbol);
    feature(visitor, name, loc);
}

static void parameter_features(AstVisitor *v, const AstArguments *args, SourceLoc loc) {
    if (!args) return;
    if (args->posonlyargs.count) feature(v, "positional-only parameters", loc);
    if (args->kwonlyargs.count) feature(v, "keyword-only parameters", loc);
    if (args->vararg) feature(v, "*args parameter", loc);
    if (args->kwarg) feature(v, "**kwargs parameter", loc);
    bool defaults = args->defaults.count > 0;
    for (int i = 0; i < args->kw_defaults.count; i++) defaults |= args->kw_defaults.items[i] != NULL;
    if (defaults) feature(v, "default arguments", loc);
}

static void stmt_features(AstVisitor *v, const AstStmt *s) {
    SourceLoc loc = s->loc;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        feature(v, s->as.functiondef.is_async ? "async def" : "def", loc);
        if (s->as.functiondef.decorators.count) feature(v, "decorator", loc);
        if (s->as.functiondef.returns) feature(v, "annotation", loc);
        parameter_features(v, s->as.functiondef.args, loc);
        break;
    case STMT_CLASSDEF:
        feature(v, "class", loc);
        if (s->as.classdef.decorators.count) feature(v, "class decorator", loc);
        if (s->as.classdef.bases.count) feature(v, "class with bases", loc);
        if (s->as.classdef.keywords.count) feature(v, "class keyword (metaclass=)", loc);
        break;
    case STMT_RETURN: feature(v, "return", loc); break;
    case STMT_DELETE: feature(v, "del", loc); break;
    case STMT_ASSIGN:
        feature(v, s->as.assign.targets.count > 1 ? "chained assignment" : "assignment", loc);
        for (int i = 0; i < s->as.assign.targets.count; i++) {
            AstExprKind kind = s->as.assign.targets.items[i]->kind;
            if (kind == EXPR_TUPLE || kind == EXPR_LIST) feature(v, "unpacking assignment", loc);
        }
        break;
    case STMT_TYPEALIAS: feature(v, "type alias", loc); break;
    case STMT_AUGASSIGN: operator_feature(v, "augmented assignment", ast_binary_op_symbol(s->as.augassign.op), loc); break;
    case STMT_ANNASSIGN: feature(v, "annotated assignment", loc); break;
    case STMT_FOR:
        feature(v, s->as.for_.is_async ? "async for" : "for", loc);
        if (s->as.for_.orelse.count) feature(v, "for-else", loc);
        break;
    case STMT_WHILE:
        feature(v, "while", loc);
        if (s->as.while_.orelse.count) feature(v, "while-else", loc);
        break;
    case STMT_IF: feature(v, "if", loc); break;
    case STMT_WITH: feature(v, s->as.with.is_async ? "async with" : "with", loc); break;
    case STMT_MATCH: feature(v, "match", loc); break;
    case STMT_RAISE: feature(v, s->as.raise.cause ? "raise from" : "raise", loc); break;
    case STMT_TRY:
        feature(v, s->as.try_.is_star ? "try-except*" : "try", loc);
        if (s->as.try_.orelse.count) feature(v, "try-else", loc);
        if (s->as.try_.finalbody.count) feature(v, "finally", loc);
        break;
    case STMT_ASSERT: feature(v, "assert", loc); break;
    case STMT_IMPORT: feature(v, "import", loc); break;
    case STMT_IMPORTFROM: feature(v, s->as.importfrom.level ? "relative import" : "from-import", loc); break;
    case STMT_GLOBAL: feature(v, "global", loc); break;
    case STMT_NONLOCAL: feature(v, "nonlocal", loc); break;
    case STMT_PASS: feature(v, "pass", loc); break;
    case STMT_BREAK: feature(v, "break", loc); break;
    case STMT_CONTINUE: feature(v, "continue", loc); break;
    case STMT_EXPR: break;
    }
}

static const char *constant_feature(AstConstKind kind) {
    switch (kind) {
    case CONST_INT: return "int literal";
    case CONST_FLOAT: return "float literal";
    case CONST_IMAG: return "complex literal";
    case CONST_STR: return "str literal";
    case CONST_BYTES: return "bytes literal";
    case CONST_ELLIPSIS: return "Ellipsis";
    default: return NULL;   /* None, True, False: names more than features */
    }
}

static void expr_features(AstVisitor *v, const AstExpr *e) {
    SourceLoc loc = e->loc;
    const char *constant = NULL;
    switch (e->kind) {
    case EXPR_BOOLOP: feature(v, e->as.boolop.op == BOOLOP_AND ? "and" : "or", loc); break;
    case EXPR_NAMEDEXPR: feature(v, "assignment expression (:=)", loc); break;
    case EXPR_BINOP: operator_feature(v, "operator", ast_binary_op_symbol(e->as.binop.op), loc); break;
    case EXPR_UNARYOP: operator_feature(v, "operator", ast_unary_op_symbol(e->as.unaryop.op), loc); break;
    case EXPR_LAMBDA: feature(v, "lambda", loc); parameter_features(v, e->as.lambda.args, loc); break;
    case EXPR_IFEXP: feature(v, "conditional expression", loc); break;
    case EXPR_DICT: feature(v, "dict display", loc); break;
    case EXPR_SET: feature(v, "set display", loc); break;
    case EXPR_LISTCOMP: feature(v, "list comprehension", loc); break;
    case EXPR_SETCOMP: feature(v, "set comprehension", loc); break;
    case EXPR_DICTCOMP: feature(v, "dict comprehension", loc); break;
    case EXPR_GENERATOREXP: feature(v, "generator expression", loc); break;
    case EXPR_AWAIT: feature(v, "await", loc); break;
    case EXPR_YIELD: feature(v, "yield", loc); break;
    case EXPR_YIELDFROM: feature(v, "yield from", loc); break;
    case EXPR_COMPARE: feature(v, e->as.compare.count > 1 ? "chained comparison" : "comparison", loc); break;
    case EXPR_CALL:
        feature(v, "call", loc);
        for (int i = 0; i < e->as.call.args.count; i++)
            if (e->as.call.args.items[i]->kind == EXPR_STARRED) feature(v, "call with *iterable", loc);
        for (int i = 0; i < e->as.call.keywords.count; i++)
            feature(v, e->as.call.keywords.items[i]->arg ? "keyword argument" : "call with **mapping", loc);
        break;
    case EXPR_JOINEDSTR: feature(v, "f-string", loc); break;
    case EXPR_CONSTANT:
        constant = constant_feature(e->as.constant.kind);
        if (constant) feature(v, constant, loc);
        break;
    case EXPR_ATTRIBUTE: feature(v, "attribute", loc); break;
    case EXPR_SUBSCRIPT: feature(v, "subscript", loc); break;
    case EXPR_STARRED: feature(v, "starred expression", loc); break;
    case EXPR_LIST: feature(v, "list display", loc); break;
    case EXPR_TUPLE: feature(v, "tuple display", loc); break;
    case EXPR_SLICE: feature(v, "slice", loc); break;
    case EXPR_FORMATTEDVALUE: case EXPR_NAME: break;
    }
}

/* ---- writing ------------------------------------------------------------- */

/* "app.py:3:9": where, as the manifest writes every location. */
static void location_text(StrBuf *text, const ManifestProgram *program, int module, SourceLoc loc) {
    strbuf_init(text);
    strbuf_printf(text, "%s:%d:%d", program->graph->modules[module]->relative_path, loc.line, loc.col + 1);
}

static void write_location(JsonWriter *json, const ManifestProgram *program, int module, SourceLoc loc) {
    StrBuf text;
    location_text(&text, program, module, loc);
    json_member_string(json, "location", text.data);
    strbuf_free(&text);
}

static void write_tallies(JsonWriter *json, const ManifestProgram *program, const char *key, const ManifestTallies *tallies) {
    json_key(json, key);
    json_begin_array(json);
    for (int i = 0; i < tallies->count; i++) {
        json_begin_object(json);
        json_member_string(json, "name", tallies->items[i].name);
        json_member_int(json, "uses", tallies->items[i].uses);
        write_location(json, program, tallies->items[i].module, tallies->items[i].first);
        json_end_object(json);
    }
    json_end_array(json);
}

static void write_modules(JsonWriter *json, const ModuleGraph *graph) {
    InventoryFiles modules = {0};
    inventory_add_modules(&modules, graph);
    json_key(json, "modules");
    json_begin_array(json);
    for (int i = 0; i < modules.count; i++) {
        json_begin_object(json);
        json_member_string(json, "name", modules.items[i].module);
        json_member_string(json, "path", modules.items[i].name);
        json_member_string(json, "sha256", modules.items[i].sha256);
        json_end_object(json);
    }
    json_end_array(json);
    inventory_files_free(&modules);
}

/* Builtins and the names of runtime modules, each module with the names of it used. */
static void write_usage(JsonWriter *json, const ManifestProgram *program, const ManifestUsage *usage) {
    write_tallies(json, program, "builtins", &usage->builtins);
    json_key(json, "stdlib");
    json_begin_array(json);
    for (int m = 0; m < usage->runtime_modules.count; m++) {
        const char *module = usage->runtime_modules.items[m].name;
        size_t length = strlen(module);
        json_begin_object(json);
        json_member_string(json, "module", module);
        json_key(json, "names");
        json_begin_array(json);
        for (int i = 0; i < usage->module_names.count; i++) {
            const ManifestTally *name = &usage->module_names.items[i];
            if (strncmp(name->name, module, length) != 0 || name->name[length] != '.') continue;
            json_begin_object(json);
            json_member_string(json, "name", name->name + length + 1);
            json_member_int(json, "uses", name->uses);
            write_location(json, program, name->module, name->first);
            json_end_object(json);
        }
        json_end_array(json);
        json_end_object(json);
    }
    json_end_array(json);
}

static bool is_method(const HirProgram *hir, const HirFunction *function) {
    for (int c = 0; c < hir->class_count; c++)
        for (int d = 0; d < hir->classes[c]->def_count; d++)
            if (hir->classes[c]->defs[d].function == function) return true;
    return false;
}

static const char *function_kind(const HirProgram *hir, const HirFunction *function) {
    if (function->is_module) return "module";
    if (strcmp(function->name, "<lambda>") == 0) return "lambda";
    if (function->name[0] == '<') return "comprehension";
    if (function->is_generator) return "generator";
    return is_method(hir, function) ? "method" : "function";
}

static const char *parameter_kind(const HirFunction *function, int slot) {
    if (slot < function->positional_only_count) return "positional-only";
    if (slot < function->parameter_count - function->keyword_only_count) return "positional";
    if (slot < function->parameter_count) return "keyword-only";
    if (function->has_varargs && slot == function->parameter_count) return "*args";
    return "**kwargs";
}

static void member_type(JsonWriter *json, const char *key, TirType type) {
    StrBuf text;
    strbuf_init(&text);
    tir_type_print(&text, type);
    json_member_string(json, key, text.data);
    strbuf_free(&text);
}

static void write_function(JsonWriter *json, const ManifestProgram *program, int module, const TirFunction *function) {
    const HirProgram *hir = program->tir[module]->hir;
    const HirFunction *source = function->hir;
    json_begin_object(json);
    json_member_string(json, "name", source->is_module ? "<module>" : source->qualname);
    json_member_string(json, "module", program->graph->modules[module]->context.name);
    /* The module body starts at the file's start. */
    write_location(json, program, module, source->is_module ? (SourceLoc){1, 0} : source->loc);
    json_member_string(json, "kind", function_kind(hir, source));
    /* Every function is compiled at Tier 0 until Tier 1 (--tier 1) exists. */
    json_member_int(json, "tier", 0);
    json_key(json, "signature");
    json_begin_object(json);
    json_key(json, "parameters");
    json_begin_array(json);
    for (int p = 0; p < source->slot_count; p++) {
        json_begin_object(json);
        json_member_string(json, "name", source->locals[p]->name);
        json_member_string(json, "kind", parameter_kind(source, p));
        member_type(json, "type", function->parameter_types[p]);
        json_end_object(json);
    }
    json_end_array(json);
    member_type(json, "returns", function->return_type);
    json_end_object(json);
    /* Unboxed ints: a specialized version, and the generic one its guards deoptimize into. */
    json_member_bool(json, "genericVersion", function->has_int_guards);
    json_end_object(json);
}

typedef struct PlacedGuard {
    const BackendGuard *guard;
    int module;
} PlacedGuard;

static int compare_text(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

static int compare_guards(const void *left, const void *right) {
    const PlacedGuard *a = left, *b = right;
    if (a->module != b->module) return a->module - b->module;
    if (a->guard->loc.line != b->guard->loc.line) return a->guard->loc.line - b->guard->loc.line;
    if (a->guard->loc.col != b->guard->loc.col) return a->guard->loc.col - b->guard->loc.col;
    int order = strcmp(a->guard->kind, b->guard->kind);
    if (!order) order = strcmp(a->guard->operation, b->guard->operation);
    if (!order) order = strcmp(a->guard->name, b->guard->name);
    if (!order) order = compare_text(a->guard->class_name, b->guard->class_name);
    if (!order) order = strcmp(a->guard->function, b->guard->function);
    return order;
}

/* Each guard once per place: a function's specialized and generic versions
 * both test the class of an instance at the same attribute read. */
static void write_guards(JsonWriter *json, const ManifestProgram *program) {
    int total = 0;
    for (int m = 0; m < program->graph->count; m++) total += program->guards[m].count;
    PlacedGuard *placed = calloc((size_t)total + 1, sizeof *placed);
    int count = 0;
    for (int m = 0; m < program->graph->count; m++)
        for (int i = 0; i < program->guards[m].count; i++) placed[count++] = (PlacedGuard){&program->guards[m].items[i], m};
    qsort(placed, (size_t)count, sizeof *placed, compare_guards);
    json_key(json, "guards");
    json_begin_array(json);
    for (int i = 0; i < count; i++) {
        if (i && compare_guards(&placed[i - 1], &placed[i]) == 0) continue;
        const BackendGuard *guard = placed[i].guard;
        bool class_test = guard->class_name != NULL;
        json_begin_object(json);
        json_member_string(json, "kind", guard->kind);
        json_member_string(json, "function", guard->function);
        write_location(json, program, placed[i].module, guard->loc);
        json_member_string(json, "operation", guard->operation);
        if (guard->name[0]) json_member_string(json, "name", guard->name);
        if (class_test) json_member_string(json, "class", guard->class_name);
        json_member_string(json, "onFailure", class_test ? "generic-operation" : "deoptimize");
        json_end_object(json);
    }
    json_end_array(json);
    free(placed);
}

/* The capabilities the program needs and where (docs/manifest.md): every use
 * the compile-time check saw of a gated member (hir_capabilities.c), in the
 * capabilities' table order, each use in module and source order. A use of
 * the unseeded random generator needs `random` only when nothing seeds it. */
static void write_capabilities(JsonWriter *json, const ManifestProgram *program) {
    int modules = program->graph->count;
    bool seeded = false;
    for (int m = 0; m < modules; m++) seeded |= program->tir[m]->hir->capability_uses.seeds_random;
    json_key(json, "capabilities");
    json_begin_array(json);
    for (int capability = 0; capability < MOLT_CAP_COUNT; capability++) {
        bool opened = false;
        for (int m = 0; m < modules; m++) {
            for (const HirCapabilityUse *use = program->tir[m]->hir->capability_uses.first; use; use = use->next) {
                if ((int)use->capability != capability || (use->unseeded && seeded)) continue;
                if (!opened) {
                    json_begin_object(json);
                    json_member_string(json, "name", molt_capability_name((MoltCapability)capability));
                    json_key(json, "uses");
                    json_begin_array(json);
                    opened = true;
                }
                StrBuf text;
                location_text(&text, program, m, use->loc);
                json_string(json, text.data);
                strbuf_free(&text);
            }
        }
        if (opened) {
            json_end_array(json);
            json_end_object(json);
        }
    }
    json_end_array(json);
}

void manifest_write(StrBuf *out, const ManifestProgram *program) {
    const ModuleGraph *graph = program->graph;
    ManifestTallies features = {0};
    for (int m = 0; m < graph->count; m++) {
        FeatureVisitor visitor = {{stmt_features, expr_features}, &features, m};
        ast_walk_module(&visitor.visitor, graph->modules[m]->ast);
    }
    sort_tallies(&features);
    ManifestUsage usage;
    manifest_collect_usage(&usage, program->tir, graph->count);

    JsonWriter json;
    json_init(&json, out);
    json_begin_object(&json);
    json_member_string(&json, "manifestVersion", "1");
    json_member_string(&json, "molt", program->molt_version);
    json_member_string(&json, "program", graph->modules[0]->relative_path);
    json_member_int(&json, "tier", 0);
    write_modules(&json, graph);
    write_tallies(&json, program, "features", &features);
    write_usage(&json, program, &usage);
    json_key(&json, "functions");
    json_begin_array(&json);
    for (int m = 0; m < graph->count; m++)
        for (int f = 0; f < program->tir[m]->function_count; f++) write_function(&json, program, m, program->tir[m]->functions[f]);
    json_end_array(&json);
    write_guards(&json, program);
    write_capabilities(&json, program);
    json_end_object(&json);
    json_finish(&json);
    free_tallies(&features);
    manifest_usage_free(&usage);
}
