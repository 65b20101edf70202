/* Finding the program's own modules (see module_graph.h). Only the import
 * statements are looked at, wherever they are (in functions, under if or
 * try): the closed world is every module the program could import. A name
 * that is not found is left for hir_import.c to report where it is imported. */
#include "module_graph.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../common/strbuf.h"
#include "../frontend/parser.h"

static bool is_file(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode);
}

typedef struct Loader {
    ModuleGraph *graph;
    Arena *arena;
    const char *root;   /* the entry script's directory, "" for the current one */
} Loader;

static ProgramModule *find_module(const ModuleGraph *graph, const char *name) {
    for (int i = 1; i < graph->count; i++)
        if (strcmp(graph->modules[i]->context.name, name) == 0) return graph->modules[i];
    return NULL;
}

static ProgramModule *add_module(Loader *loader, const char *name, const char *path, char *text, size_t length,
                                 bool is_package) {
    ModuleGraph *graph = loader->graph;
    if (graph->count == graph->capacity) {
        graph->capacity = graph->capacity ? graph->capacity * 2 : 8;
        graph->modules = realloc(graph->modules, sizeof *graph->modules * (size_t)graph->capacity);
        if (!graph->modules) abort();
    }
    ProgramModule *module = ARENA_NEW(loader->arena, ProgramModule);
    module->file = (SourceFile){path, text, length};
    size_t root = strlen(loader->root);
    module->relative_path = strncmp(path, loader->root, root) == 0 ? path + root : path;
    module->is_package = is_package;
    module->context.name = name;
    /* pkg/__init__.py and pkg/sub.py import relative to pkg; a top-level module to nothing. */
    const char *dot = strrchr(name, '.');
    module->context.package = is_package ? name : dot ? arena_strndup(loader->arena, name, (size_t)(dot - name)) : "";
    module->context.exported = true;
    graph->modules[graph->count++] = module;
    return module;
}

/* The module `name` (dotted) of the program, loaded when its file exists and
 * its parent is one of the program's packages. NULL when it is not one. */
static ProgramModule *load_module(Loader *loader, const char *name) {
    ProgramModule *known = find_module(loader->graph, name);
    if (known) return known;
    const char *dot = strrchr(name, '.');
    if (!dot && hir_is_runtime_module(name)) return NULL;
    if (dot) {
        ProgramModule *parent = load_module(loader, arena_strndup(loader->arena, name, (size_t)(dot - name)));
        if (!parent || !parent->is_package) return NULL;
    }
    StrBuf relative;
    strbuf_init(&relative);
    strbuf_puts(&relative, loader->root);
    for (const char *c = name; *c; c++) strbuf_append(&relative, *c == '.' ? "/" : c, 1);
    size_t stem = relative.length;
    bool is_package = false;
    strbuf_puts(&relative, "/__init__.py");
    if (is_file(relative.data)) {
        is_package = true;
    } else {
        relative.length = stem;
        relative.data[stem] = '\0';
        strbuf_puts(&relative, ".py");
        if (!is_file(relative.data)) {
            strbuf_free(&relative);
            return NULL;
        }
    }
    size_t length = 0;
    char *text = strbuf_read_file(relative.data, &length);
    const char *path = arena_strndup(loader->arena, relative.data, relative.length);
    strbuf_free(&relative);
    if (!text) return NULL;
    return add_module(loader, name, path, text, length, is_package);
}

/* A file of the program named like a module Molt provides would be imported
 * by CPython instead of the standard one (for most modules), or ignored (for
 * the few built into the interpreter): Molt refuses to guess which. */
static void check_shadowing(Loader *loader, const ProgramModule *module, SourceLoc loc, const char *name) {
    const char *dot = strchr(name, '.');
    char *top = arena_strndup(loader->arena, name, dot ? (size_t)(dot - name) : strlen(name));
    if (!hir_is_runtime_module(top)) return;
    const char *module_file = arena_printf(loader->arena, "%s%s.py", loader->root, top);
    const char *package_file = arena_printf(loader->arena, "%s%s/__init__.py", loader->root, top);
    if (!is_file(module_file) && !is_file(package_file)) return;
    diag_error(&module->file, loc, "rename the program's file so that it does not hide the standard module",
               "'%s' names both the standard module and the program's %s", top,
               is_file(module_file) ? module_file : package_file);
}

static void find_imports(Loader *loader, const ProgramModule *module, const AstStmtList *body);

static void find_imports_in(Loader *loader, const ProgramModule *module, const AstStmt *s) {
    switch (s->kind) {
    case STMT_IMPORT:
        for (int i = 0; i < s->as.import.names.count; i++) {
            const AstAlias *alias = s->as.import.names.items[i];
            check_shadowing(loader, module, alias->loc, alias->name);
            load_module(loader, alias->name);
        }
        break;
    case STMT_IMPORTFROM: {
        const char *from = hir_import_absolute_name(loader->arena, module->context.package, s->as.importfrom.level,
                                                    s->as.importfrom.module);
        if (!from) break;
        if (s->as.importfrom.level == 0) check_shadowing(loader, module, s->loc, from);
        ProgramModule *package = load_module(loader, from);
        if (!package || !package->is_package) break;
        /* from pkg import sub: a submodule when pkg has such a file. */
        for (int i = 0; i < s->as.importfrom.names.count; i++) {
            const char *name = s->as.importfrom.names.items[i]->name;
            if (strcmp(name, "*") == 0) continue;
            load_module(loader, arena_printf(loader->arena, "%s.%s", from, name));
        }
        break;
    }
    case STMT_FUNCTIONDEF: find_imports(loader, module, &s->as.functiondef.body); break;
    case STMT_CLASSDEF: find_imports(loader, module, &s->as.classdef.body); break;
    case STMT_FOR:
        find_imports(loader, module, &s->as.for_.body);
        find_imports(loader, module, &s->as.for_.orelse);
        break;
    case STMT_WHILE:
        find_imports(loader, module, &s->as.while_.body);
        find_imports(loader, module, &s->as.while_.orelse);
        break;
    case STMT_IF:
        find_imports(loader, module, &s->as.if_.body);
        find_imports(loader, module, &s->as.if_.orelse);
        break;
    case STMT_WITH: find_imports(loader, module, &s->as.with.body); break;
    case STMT_MATCH:
        for (int i = 0; i < s->as.match.cases.count; i++) find_imports(loader, module, &s->as.match.cases.items[i]->body);
        break;
    case STMT_TRY:
        find_imports(loader, module, &s->as.try_.body);
        for (int i = 0; i < s->as.try_.handlers.count; i++) find_imports(loader, module, &s->as.try_.handlers.items[i]->body);
        find_imports(loader, module, &s->as.try_.orelse);
        find_imports(loader, module, &s->as.try_.finalbody);
        break;
    default: break;
    }
}

static void find_imports(Loader *loader, const ProgramModule *module, const AstStmtList *body) {
    for (int i = 0; i < body->count; i++) find_imports_in(loader, module, body->items[i]);
}

bool module_graph_load(ModuleGraph *graph, Arena *arena, const char *entry_path) {
    memset(graph, 0, sizeof *graph);
    size_t length = 0;
    char *text = strbuf_read_file(entry_path, &length);
    if (!text) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", entry_path, strerror(errno));
        return false;
    }
    const char *slash = strrchr(entry_path, '/');
    Loader loader = {graph, arena, slash ? arena_strndup(arena, entry_path, (size_t)(slash - entry_path + 1)) : ""};
    ProgramModule *entry = add_module(&loader, "__main__", entry_path, text, length, false);
    entry->context.package = NULL;
    entry->context.exported = false;
    bool ok = true;
    /* Parsing a module may find more: the list grows while it is walked. */
    for (int i = 0; i < graph->count; i++) {
        ProgramModule *module = graph->modules[i];
        module->ast = parse_module(arena, &module->file);
        if (!module->ast || diag_error_count()) {
            ok = false;
            continue;
        }
        find_imports(&loader, module, &module->ast->body);
    }
    if (diag_error_count()) ok = false;
    graph->names = ARENA_ARRAY(arena, const char *, graph->count);
    for (int i = 1; i < graph->count; i++) graph->names[i - 1] = graph->modules[i]->context.name;
    graph->names[graph->count - 1] = NULL;
    for (int i = 0; i < graph->count; i++) graph->modules[i]->context.user_modules = graph->names;
    return ok;
}

void module_graph_free(ModuleGraph *graph) {
    for (int i = 0; i < graph->count; i++) free((char *)graph->modules[i]->file.text);
    free(graph->modules);
    memset(graph, 0, sizeof *graph);
}
