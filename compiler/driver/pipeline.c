/* Source files -> AST -> HIR -> TIR -> LIR -> C, one C unit per module of the
 * program (see pipeline.h and module_graph.h). */
#include "pipeline.h"

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
#include "module_graph.h"

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A printed stage of a program of several modules names each one. */
static void print_header(StrBuf *out, const ModuleGraph *graph, const ProgramModule *module) {
    if (graph->count > 1) strbuf_printf(out, "# module %s (%s)\n", module->context.name, module->file.path);
}

PipelineResult pipeline_run(const char *path, uint32_t capabilities, EmitStage stop_after, bool check_only, StrBuf *printed,
                            CUnits *units) {
    Arena arena;
    arena_init(&arena);
    ModuleGraph graph;
    PipelineResult result = PIPELINE_COMPILE_ERROR;
    if (!module_graph_load(&graph, &arena, path)) {
        if (graph.count == 0) result = PIPELINE_INPUT_ERROR;
        goto done;
    }
    if (stop_after == EMIT_AST) {
        for (int i = 0; i < graph.count; i++) {
            print_header(printed, &graph, graph.modules[i]);
            ast_print_module(printed, graph.modules[i]->ast);
        }
        result = PIPELINE_OK;
        goto done;
    }
    HirProgram **hir = ARENA_ARRAY(&arena, HirProgram *, graph.count);
    for (int i = 0; i < graph.count; i++) {
        graph.modules[i]->context.capabilities = capabilities;
        hir[i] = hir_build(&arena, graph.modules[i]->ast, &graph.modules[i]->context);
        if (!hir[i]) goto done;
    }
    hir_capability_check_program(hir, graph.count);
    if (diag_error_count()) goto done;
    if (stop_after == EMIT_HIR) {
        for (int i = 0; i < graph.count; i++) {
            print_header(printed, &graph, graph.modules[i]);
            hir_print(printed, hir[i]);
        }
        result = PIPELINE_OK;
        goto done;
    }
    /* An instance's __dict__ seen by any module takes fields away from every class. */
    bool dicts_seen = false;
    for (int i = 0; i < graph.count; i++) dicts_seen |= tir_program_sees_instance_dicts(hir[i]);
    TirProgram **tir = ARENA_ARRAY(&arena, TirProgram *, graph.count);
    for (int i = 0; i < graph.count; i++) {
        hir[i]->instance_dicts_seen = dicts_seen;
        tir[i] = tir_build(&arena, hir[i]);
        tir_infer(tir[i]);
    }
    if (diag_error_count()) goto done;
    if (stop_after == EMIT_TIR) {
        for (int i = 0; i < graph.count; i++) {
            print_header(printed, &graph, graph.modules[i]);
            tir_print(printed, tir[i]);
        }
        result = PIPELINE_OK;
        goto done;
    }
    if (check_only) {
        result = PIPELINE_OK;
        goto done;
    }
    units->count = graph.count;
    units->items = calloc((size_t)graph.count, sizeof *units->items);
    for (int i = 0; i < graph.count; i++) {
        LirProgram *lir = lir_lower(&arena, tir[i]);
        if (stop_after == EMIT_LIR) {
            print_header(printed, &graph, graph.modules[i]);
            lir_print(printed, lir);
            continue;
        }
        BackendModule module = {i, graph.count, base_name(path), capabilities};
        strbuf_init(&units->items[i]);
        backend_emit_c(&units->items[i], lir, &module);
        if (stop_after == EMIT_C) {
            if (graph.count > 1) strbuf_printf(printed, "/* ==== module %s (%s) ==== */\n", graph.modules[i]->context.name, graph.modules[i]->file.path);
            strbuf_append(printed, units->items[i].data ? units->items[i].data : "", units->items[i].length);
        }
    }
    result = PIPELINE_OK;
done:
    module_graph_free(&graph);
    arena_free(&arena);
    return result;
}

void pipeline_free_units(CUnits *units) {
    for (int i = 0; i < units->count; i++) strbuf_free(&units->items[i]);
    free(units->items);
    units->items = NULL;
    units->count = 0;
}
