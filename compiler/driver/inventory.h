/* What a build is made from, found and hashed in one place for molt.lock
 * (lockfile.c) and the SBOM (sbom.c): the program's modules, the files of
 * Molt's tree, and the tools (the C compiler, the linker) with their identity. */
#ifndef MOLT_DRIVER_INVENTORY_H
#define MOLT_DRIVER_INVENTORY_H
#include <limits.h>
#include <stdbool.h>

#include "module_graph.h"

typedef struct InventoryFile {
    char *name;           /* the module's path from the entry's directory, or the file's from Molt's root */
    char *module;         /* the module's dotted name ("__main__" for the entry); NULL for a tree file */
    char sha256[65];
} InventoryFile;

typedef struct InventoryFiles {
    InventoryFile *items;
    int count, capacity;
} InventoryFiles;

void inventory_files_free(InventoryFiles *files);
/* The program's modules in the graph's order, each hashed as the compiler read it. */
void inventory_add_modules(InventoryFiles *files, const ModuleGraph *graph);
/* Every regular file of root/directory/ and of its subdirectories `depth`
 * levels down, sorted by name. False after a message. */
bool inventory_add_tree(InventoryFiles *files, const char *root, const char *directory, int depth);
/* One file by its path, named `name`. False after a message. */
bool inventory_add_file(InventoryFiles *files, const char *name, const char *path);

typedef struct InventoryTool {
    char path[PATH_MAX];  /* the executable, found in PATH, symlinks resolved */
    char version[512];    /* the first line it prints for --version */
    char sha256[65];      /* of the executable */
} InventoryTool;

/* Identifies `program` (a name looked up in PATH, or a path); `what` names it
 * in messages ("C compiler", "linker"), `hint` says how to get it. False after a message. */
bool inventory_tool(const char *program, const char *what, const char *hint, InventoryTool *tool);

#endif
