/* Source file -> AST -> HIR -> TIR -> LIR -> C (see pipeline.h). */
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../backend/backend.h"
#include "../common/arena.h"
#include "../common/diag.h"
#include "../frontend/parser.h"
#include "../hir/hir.h"
#include "../lir/lir.h"
#include "../tir/tir.h"

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    StrBuf buf;
    strbuf_init(&buf);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0) strbuf_append(&buf, chunk, got);
    fclose(file);
    if (!buf.data) strbuf_append(&buf, "", 0);
    *length = buf.length;
    return buf.data;
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

PipelineResult pipeline_run(const char *path, EmitStage stop_after, bool check_only, StrBuf *out) {
    size_t length = 0;
    char *text = read_file(path, &length);
    if (!text) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", path, strerror(errno));
        return PIPELINE_INPUT_ERROR;
    }
    SourceFile file = {path, text, length};
    Arena arena;
    arena_init(&arena);
    PipelineResult result = PIPELINE_COMPILE_ERROR;

    AstModule *module = parse_module(&arena, &file);
    if (!module || diag_error_count()) goto done;
    if (stop_after == EMIT_AST) {
        ast_print_module(out, module);
        result = PIPELINE_OK;
        goto done;
    }
    HirProgram *hir = hir_build(&arena, module);
    if (!hir || diag_error_count()) goto done;
    if (stop_after == EMIT_HIR) {
        hir_print(out, hir);
        result = PIPELINE_OK;
        goto done;
    }
    TirProgram *tir = tir_build(&arena, hir);
    tir_infer(tir);
    if (diag_error_count()) goto done;
    if (stop_after == EMIT_TIR) {
        tir_print(out, tir);
        result = PIPELINE_OK;
        goto done;
    }
    if (check_only) {
        result = PIPELINE_OK;
        goto done;
    }
    LirProgram *lir = lir_lower(&arena, tir);
    if (stop_after == EMIT_LIR) {
        lir_print(out, lir);
        result = PIPELINE_OK;
        goto done;
    }
    backend_emit_c(out, lir, base_name(path));
    result = PIPELINE_OK;
done:
    arena_free(&arena);
    free(text);
    return result;
}
