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
#include "manifest.h"
#include "method_use.h"
#include "module_graph.h"
#include "version.h"

/* A printed stage of a program of several modules names each one. */
static void print_header(StrBuf *out, const ModuleGraph *graph, const ProgramModule *module) {
    if (graph->count > 1) strbuf_printf(out, "# module %s (%s)\n", module->context.name, module->file.path);
}

/* The reports of a program that compiled, with its stages still alive. */
static void fill_reports(PipelineReports *reports, const ModuleGraph *graph, TirProgram *const *tir,
                         const BackendGuards *guards) {
    if (reports->want_manifest) {
        ManifestProgram program = {graph, tir, guards, MOLT_VERSION};
        strbuf_init(&reports->manifest);
        manifest_write(&reports->manifest, &program);
    }
    if (reports->want_inventory) {
        inventory_add_modules(&reports->modules, graph);
        ManifestUsage usage;
        manifest_collect_usage(&usage, tir, graph->count);
        reports->runtime_module_count = usage.runtime_modules.count;
        reports->runtime_modules = calloc((size_t)usage.runtime_modules.count + 1, sizeof *reports->runtime_modules);
        for (int i = 0; i < usage.runtime_modules.count; i++)
            reports->runtime_modules[i] = strdup(usage.runtime_modules.items[i].name);
        manifest_usage_free(&usage);
    }
}

void pipeline_reports_free(PipelineReports *reports) {
    strbuf_free(&reports->manifest);
    inventory_files_free(&reports->modules);
    for (int i = 0; i < reports->runtime_module_count; i++) free(reports->runtime_modules[i]);
    free(reports->runtime_modules);
    reports->runtime_modules = NULL;
    reports->runtime_module_count = 0;
}

PipelineResult pipeline_run(const char *path, uint32_t capabilities, EmitStage stop_after, bool check_only,
                            StrBuf *printed, CUnits *units, PipelineReports *reports) {
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
    bool manifest = reports && reports->want_manifest;
    if (check_only && !manifest) {
        result = PIPELINE_OK;
        goto done;
    }
    BackendGuards *guards = manifest ? calloc((size_t)graph.count, sizeof *guards) : NULL;
    MethodUse method_use;
    method_use_collect(&method_use, &graph);
    int method_table_count;
    const BackendMethodTable *method_tables = method_use_tables(&method_use, &method_table_count);
    units->count = graph.count;
    units->items = calloc((size_t)graph.count, sizeof *units->items);
    for (int i = 0; i < graph.count; i++) {
        LirProgram *lir = lir_lower(&arena, tir[i]);
        if (stop_after == EMIT_LIR) {
            print_header(printed, &graph, graph.modules[i]);
            lir_print(printed, lir);
            continue;
        }
        BackendModule module = {i, graph.count, graph.modules[0]->relative_path, graph.modules[i]->relative_path,
                                guards ? &guards[i] : NULL, capabilities,
                                i == 0 ? method_tables : NULL, i == 0 ? method_table_count : 0};
        strbuf_init(&units->items[i]);
        backend_emit_c(&units->items[i], lir, &module);
        if (stop_after == EMIT_C) {
            if (graph.count > 1) strbuf_printf(printed, "/* ==== module %s (%s) ==== */\n", graph.modules[i]->context.name, graph.modules[i]->file.path);
            strbuf_append(printed, units->items[i].data ? units->items[i].data : "", units->items[i].length);
        }
    }
    method_use_free(&method_use);
    if (reports && stop_after == EMIT_NONE) fill_reports(reports, &graph, tir, guards);
    for (int i = 0; guards && i < graph.count; i++) backend_guards_free(&guards[i]);
    free(guards);
    if (check_only) pipeline_free_units(units);
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
