/* Removes trivial phis: a phi whose inputs are all one value (or itself)
 * is that value. SSA construction on the fly leaves many of them at loop
 * headers for variables the loop never assigns; each one would otherwise be
 * a copy (and a reference-count transfer) on every iteration. */
#include <stdlib.h>
#include <string.h>

#include "tir.h"

static int resolve(int *replacement, int value) {
    while (replacement[value] >= 0) value = replacement[value];
    return value;
}

void tir_remove_trivial_phis(TirFunction *f) {
    int *replacement = malloc(sizeof(int) * (size_t)(f->value_count ? f->value_count : 1));
    for (int v = 0; v < f->value_count; v++) replacement[v] = -1;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int b = 0; b < f->block_count; b++) {
            TirBlock *block = f->blocks[b];
            for (int i = 0; i < block->instr_count && block->instrs[i]->op == TIR_PHI; i++) {
                TirInstr *phi = block->instrs[i];
                if (replacement[phi->id] >= 0) continue;
                int same = -1;
                bool trivial = true;
                for (int a = 0; a < phi->arg_count; a++) {
                    int input = resolve(replacement, phi->args[a]);
                    if (input == phi->id || input == same) continue;
                    if (same >= 0) {
                        trivial = false;
                        break;
                    }
                    same = input;
                }
                if (trivial && same >= 0) {
                    replacement[phi->id] = same;
                    changed = true;
                }
            }
        }
    }
    for (int b = 0; b < f->block_count; b++) {
        TirBlock *block = f->blocks[b];
        int kept = 0;
        for (int i = 0; i < block->instr_count; i++) {
            TirInstr *instr = block->instrs[i];
            if (instr->op == TIR_PHI && replacement[instr->id] >= 0) {
                instr->block = NULL;
                continue;
            }
            for (int a = 0; a < instr->arg_count; a++) instr->args[a] = resolve(replacement, instr->args[a]);
            block->instrs[kept++] = instr;
        }
        block->instr_count = kept;
    }
    free(replacement);
}
