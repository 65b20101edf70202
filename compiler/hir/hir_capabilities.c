/* The compile-time half of capabilities (include/molt/capabilities.h, whose
 * table of gated members the runtime's gate reads too): a use of a gated
 * member of a runtime module that the program is not granted is rejected at
 * its site, with the pyproject.toml line that grants it in the hint. */
#include <stdio.h>
#include <string.h>

#include "../../include/molt/capabilities.h"
#include "hir.h"

/* `capabilities = ["random", "time"]`: what the program has plus `needed`,
 * in the table's order, so the hint is the whole line to write. */
static void pyproject_line(char *out, size_t size, uint32_t granted, MoltCapability needed) {
    granted |= MOLT_CAPABILITY_BIT(needed);
    size_t used = (size_t)snprintf(out, size, "capabilities = [");
    bool first = true;
    for (int c = 0; c < MOLT_CAP_COUNT && used < size; c++) {
        if (!(granted & MOLT_CAPABILITY_BIT(c))) continue;
        used += (size_t)snprintf(out + used, size - used, "%s\"%s\"", first ? "" : ", ", molt_capability_name((MoltCapability)c));
        first = false;
    }
    if (used < size) snprintf(out + used, size - used, "]");
}

static void report(const SourceFile *file, SourceLoc loc, uint32_t granted, const char *module, const char *member,
                   const MoltGatedMember *gate) {
    char line[256], hint[512];
    const char *name = molt_capability_name(gate->capability);
    pyproject_line(line, sizeof line, granted, gate->capability);
    if (gate->kind == MOLT_GATE_UNSEEDED) {
        snprintf(hint, sizeof hint,
                 "seed the generator with a constant first (random.seed(42)) for a deterministic program, or add "
                 "under [tool.molt] in pyproject.toml: %s (or build with --cap %s)", line, name);
        diag_error(file, loc, hint,
                   "'%s.%s' uses the module's generator, which nothing in the program seeds: that needs the capability "
                   "'%s'", module, member, name);
        return;
    }
    snprintf(hint, sizeof hint, "add under [tool.molt] in pyproject.toml: %s (or build with --cap %s)", line, name);
    if (gate->kind == MOLT_GATE_NO_ARGUMENT && strcmp(module, "random") == 0)
        diag_error(file, loc, hint, "'%s.%s()' without a seed seeds from the host: that needs the capability '%s'",
                   module, member, name);
    else if (gate->kind == MOLT_GATE_NO_ARGUMENT)
        diag_error(file, loc, hint, "'%s.%s()' without an argument reads the host's clock: that needs the capability "
                   "'%s'", module, member, name);
    else if (gate->kind == MOLT_GATE_ONE_ARGUMENT)
        diag_error(file, loc, hint, "'%s.%s()' without a time tuple formats the host's local time: that needs the "
                   "capability '%s'", module, member, name);
    else if (strcmp(module, "builtins") == 0)
        diag_error(file, loc, hint, "'%s' needs the capability '%s', which the program is not granted", member, name);
    else
        diag_error(file, loc, hint, "'%s.%s' needs the capability '%s', which the program is not granted", module, member,
                   name);
}

static bool is_none(const AstExpr *e) { return e->kind == EXPR_CONSTANT && e->as.constant.kind == CONST_NONE; }

/* Does the call pass a seed (a first argument, or a= / x=, that is not None)? */
static bool passes_seed(const AstExpr *call) {
    if (call->as.call.args.count) return !is_none(call->as.call.args.items[0]);
    for (int i = 0; i < call->as.call.keywords.count; i++) {
        const AstKeyword *keyword = call->as.call.keywords.items[i];
        if (keyword->arg && (strcmp(keyword->arg, "a") == 0 || strcmp(keyword->arg, "x") == 0))
            return !is_none(keyword->value);
    }
    return false;
}

static void record_use(HirCapabilityUses *uses, const MoltGatedMember *gate, SourceLoc loc) {
    HirCapabilityUse *use = ARENA_NEW(uses->arena, HirCapabilityUse);
    *use = (HirCapabilityUse){gate->capability, loc, gate->kind == MOLT_GATE_UNSEEDED, NULL};
    if (uses->last) uses->last->next = use;
    else uses->first = use;
    uses->last = use;
}

void hir_capability_check(const SourceFile *file, const HirModuleContext *context, SourceLoc loc, const char *module,
                          const char *member, const AstExpr *call, HirCapabilityUses *uses) {
    const MoltGatedMember *gate = molt_gated_member(module, member);
    if (!gate) return;
    if (gate->kind == MOLT_GATE_NO_ARGUMENT) {
        /* A value (from random import seed; random.seed passed along) may
         * seed with a constant when called: the runtime gate decides. */
        bool seeded = !call || passes_seed(call);
        if (seeded && strcmp(member, "seed") == 0) uses->seeds_random = true;
        if (!call || seeded) return;
    }
    /* strftime(format, t) formats t; a value or a call with t decides at run time. */
    if (gate->kind == MOLT_GATE_ONE_ARGUMENT &&
        (!call || call->as.call.args.count >= 2 || call->as.call.keywords.count))
        return;
    record_use(uses, gate, loc);
    if (context->capabilities & MOLT_CAPABILITY_BIT(gate->capability)) return;
    if (gate->kind == MOLT_GATE_UNSEEDED) {
        /* Decided once the whole program is seen: a seed anywhere may come first. */
        if (!uses->unseeded_member) {
            uses->unseeded_member = member;
            uses->unseeded_loc = loc;
        }
        return;
    }
    report(file, loc, context->capabilities, module, member, gate);
}

void hir_capability_check_program(HirProgram *const *programs, int count) {
    for (int i = 0; i < count; i++)
        if (programs[i]->capability_uses.seeds_random) return;
    for (int i = 0; i < count; i++) {
        const HirCapabilityUses *uses = &programs[i]->capability_uses;
        if (!uses->unseeded_member) continue;
        report(programs[i]->file, uses->unseeded_loc, programs[i]->context->capabilities, "random",
               uses->unseeded_member, molt_gated_member("random", uses->unseeded_member));
        return;
    }
}
