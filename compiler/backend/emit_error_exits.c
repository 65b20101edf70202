/* A version's operations, with its error exits shared. Each operation that
 * can raise has an out-of-line exit that releases the references alive there
 * and unwinds: a label, a run of decrefs, a traceback entry, a return. They
 * are a third of the generated C, and most of them end alike, so they are
 * emitted as one tree: an exit sets the line and jumps to the node of its
 * sorted decrefs, each node releases one reference and continues to the node
 * of the rest, and the root records the traceback entry and returns. The
 * order in which an exit releases its references is not observable (no
 * finalizer runs user code), so any order is the same program. */
#include <stdlib.h>
#include <string.h>

#include "emit_internal.h"

typedef struct ExitNode {
    int parent;          /* -1 for the root */
    LirVar var;          /* released by this node */
} ExitNode;

typedef struct ExitTree {
    ExitNode *nodes;
    int count, capacity;
} ExitTree;

static int compare_vars(const void *a, const void *b) {
    const LirVar *x = a, *y = b;
    if (x->value != y->value) return x->value < y->value ? -1 : 1;
    if (x->temp != y->temp) return x->temp < y->temp ? -1 : 1;
    return 0;
}

static bool same_var(LirVar a, LirVar b) { return a.value == b.value && a.temp == b.temp && a.mode == b.mode; }

static int tree_node(ExitTree *tree, int parent, LirVar var) {
    /* Children of one parent are few: a linear search stays cheap. */
    for (int i = tree->count; i-- > parent + 1;)
        if (tree->nodes[i].parent == parent && same_var(tree->nodes[i].var, var)) return i;
    if (tree->count == tree->capacity) {
        tree->capacity = tree->capacity ? tree->capacity * 2 : 64;
        tree->nodes = realloc(tree->nodes, sizeof *tree->nodes * (size_t)tree->capacity);
        if (!tree->nodes) abort();
    }
    tree->nodes[tree->count] = (ExitNode){parent, var};
    return tree->count++;
}

static bool ends_flow(LirKind kind) {
    return kind == LIR_GOTO || kind == LIR_BRANCH || kind == LIR_RETURN || kind == LIR_UNWIND || kind == LIR_DEOPT;
}

/* The length of the exit starting at ops[n] (label, decrefs, unwind), or 0. */
static int exit_length(const LirOpList *list, int n) {
    if (n == 0 || list->ops[n].kind != LIR_LABEL || !ends_flow(list->ops[n - 1].kind)) return 0;
    int end = n + 1;
    while (end < list->count && list->ops[end].kind == LIR_DECREF) end++;
    return end < list->count && list->ops[end].kind == LIR_UNWIND ? end - n + 1 : 0;
}

/* `line` is a C expression; 0 means the frame already recorded the error. */
void emit_unwind(Emitter *e, const char *line) {
    bool literal = line[0] >= '0' && line[0] <= '9';
    if (literal && strcmp(line, "0") == 0) {
        /* nothing to record */
    } else if (literal) {
        P("    molt_traceback_add(molt_source_file, \"%s\", %s);\n", e->function_name, line);
    } else {
        P("    if (%s) molt_traceback_add(molt_source_file, \"%s\", %s);\n", line, e->function_name, line);
    }
    P(e->in_specialized_int_function ? "    return molt_return_special(MOLT_ERROR);\n" : "    return MOLT_ERROR;\n");
}

void emit_version(Emitter *e, const LirOpList *list) {
    int exits = 0;
    for (int n = 0; n < list->count; n++) exits += exit_length(list, n) > 0;
    if (!exits) {
        for (int n = 0; n < list->count; n++) emit_op(e, &list->ops[n]);
        return;
    }
    ExitTree tree = {0};
    tree_node(&tree, -1, (LirVar){0});   /* the root */
    P("    int molt_error_line = 0;\n");
    for (int n = 0; n < list->count;) {
        int length = exit_length(list, n);
        if (!length) {
            emit_op(e, &list->ops[n++]);
            continue;
        }
        int decrefs = length - 2;
        LirVar vars[decrefs ? decrefs : 1];
        for (int i = 0; i < decrefs; i++) vars[i] = list->ops[n + 1 + i].operands[0];
        qsort(vars, (size_t)decrefs, sizeof *vars, compare_vars);
        int node = 0;
        for (int i = 0; i < decrefs; i++) node = tree_node(&tree, node, vars[i]);
        P("L%d:;\n    molt_error_line = %d;\n    goto E%d;\n", list->ops[n].label, list->ops[n + length - 1].line, node);
        n += length;
    }
    /* Children after parents in the array: emitting from the last node down
     * lets each chain fall through to the node it continues with. */
    for (int i = tree.count; i-- > 1;) {
        P("E%d:;\n    molt_decref(", i);
        V(tree.nodes[i].var);
        P(");\n");
        if (tree.nodes[i].parent != i - 1) P("    goto E%d;\n", tree.nodes[i].parent);
    }
    P("E0:;\n");
    emit_unwind(e, "molt_error_line");
    free(tree.nodes);
}
