/* The Optimization Manifest, app.molt-manifest.json (docs/manifest.md): the
 * program's Minimal Python Subset as the compiler saw it — the language
 * features, builtins and standard-library names it uses, each function's tier
 * and inferred signature, every guard the generated code makes, and the
 * capabilities it needs. Written by `molt check` and `molt build --manifest`. */
#ifndef MOLT_DRIVER_MANIFEST_H
#define MOLT_DRIVER_MANIFEST_H

#include "../backend/backend.h"
#include "../common/strbuf.h"
#include "../tir/tir.h"
#include "module_graph.h"

/* How often one name is used, and where first. */
typedef struct ManifestTally {
    const char *name;
    int uses;
    int module;        /* index in the module graph of the first use */
    SourceLoc first;
} ManifestTally;

typedef struct ManifestTallies {
    ManifestTally *items;
    int count, capacity;
} ManifestTallies;

/* What the program's TIR uses of what Molt provides. */
typedef struct ManifestUsage {
    ManifestTallies builtins;          /* "len", "ValueError" */
    ManifestTallies runtime_modules;   /* "math" */
    ManifestTallies module_names;      /* "math.sqrt" */
} ManifestUsage;

void manifest_collect_usage(ManifestUsage *usage, TirProgram *const *tir, int count);
void manifest_usage_free(ManifestUsage *usage);

typedef struct ManifestProgram {
    const ModuleGraph *graph;
    TirProgram *const *tir;            /* per module of the graph */
    const BackendGuards *guards;       /* per module: what the emitter recorded */
    const char *molt_version;
} ManifestProgram;

/* The manifest's JSON text. */
void manifest_write(StrBuf *out, const ManifestProgram *program);

#endif
