/* The compiler's stages in order, from a source file to C text, stopping
 * early to print a stage when asked (--emit). */
#ifndef MOLT_DRIVER_PIPELINE_H
#define MOLT_DRIVER_PIPELINE_H
#include <stdbool.h>
#include <stdint.h>

#include "../backend/backend.h"
#include "../common/strbuf.h"
#include "inventory.h"

typedef enum EmitStage { EMIT_NONE, EMIT_AST, EMIT_HIR, EMIT_TIR, EMIT_LIR, EMIT_C } EmitStage;

typedef enum PipelineResult {
    PIPELINE_OK,
    PIPELINE_COMPILE_ERROR,   /* diagnostics were printed */
    PIPELINE_INPUT_ERROR,     /* the file could not be read */
} PipelineResult;

/* What a build reports about the program besides its C, when asked: filled
 * while the compiler's stages are alive (docs/manifest.md, docs/sbom.md). */
typedef struct PipelineReports {
    bool want_manifest;
    StrBuf manifest;                /* the Optimization Manifest's JSON */
    bool want_inventory;
    InventoryFiles modules;         /* the program's modules, hashed as compiled */
    char **runtime_modules;         /* the runtime modules it uses, sorted */
    int runtime_module_count;
} PipelineReports;

void pipeline_reports_free(PipelineReports *reports);

/* Runs the stages on the program whose entry script is `path`. With
 * stop_after != EMIT_NONE the printed form of that stage goes to `printed`
 * and later stages do not run; otherwise `units` receives the C translation
 * units, the entry's first. check_only stops after verification (the
 * manifest still needs the C emitted, for its guards). reports may be NULL.
 * capabilities is the granted set (include/molt/capabilities.h). */
PipelineResult pipeline_run(const char *path, uint32_t capabilities, EmitStage stop_after, bool check_only,
                            StrBuf *printed, CUnits *units, PipelineReports *reports);
void pipeline_free_units(CUnits *units);

#endif
