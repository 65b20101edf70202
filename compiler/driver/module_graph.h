/* The program's modules: the entry script and every module of its own that
 * it imports, directly or through other modules, found as CPython's path
 * finder finds them in the script's directory (sys.path[0]): pkg/__init__.py
 * for a package, else NAME.py. */
#ifndef MOLT_DRIVER_MODULE_GRAPH_H
#define MOLT_DRIVER_MODULE_GRAPH_H
#include <stdbool.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../frontend/ast.h"
#include "../hir/hir.h"

typedef struct ProgramModule {
    SourceFile file;           /* file.path as found: the entry's path as given, joined with the module's */
    const char *relative_path; /* the same from the entry script's directory (helper.py, pkg/__init__.py):
                                  what the binary and the build's records name, whatever the build's directory */
    AstModule *ast;
    HirModuleContext context;
    bool is_package;
} ProgramModule;

typedef struct ModuleGraph {
    ProgramModule **modules;   /* in discovery order, which fixes the output's layout */
    int count, capacity;
    const char **names;        /* the imported modules' dotted names, NULL-terminated */
} ModuleGraph;

/* Reads and parses the entry script and everything it imports. False after
 * a diagnostic (a file that cannot be read, a syntax error). */
bool module_graph_load(ModuleGraph *graph, Arena *arena, const char *entry_path);
void module_graph_free(ModuleGraph *graph);

#endif
