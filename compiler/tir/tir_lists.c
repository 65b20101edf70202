/* Element types of lists, for inference: every list value belongs to an
 * abstract list (an equivalence class of allocation sites, merged by
 * unification whenever two lists may be the same object: phis, parameters,
 * globals, returns, `+`, slices). An abstract list records the join of the
 * types of everything stored into it, and for nested lists the abstract list
 * of its elements. Reading an element of a list then has a precise type:
 * bodies[i][0] is a float.
 *
 * Soundness: a list that reaches code this analysis does not follow (stored
 * into a dict or tuple, passed to an unknown callee...) "escapes": its element
 * type becomes object, and so do the lists inside it. */
#include <stdlib.h>
#include <string.h>

#include "tir.h"

static void ensure_capacity(TirProgram *p) {
    if (p->list_count < p->list_capacity) return;
    int capacity = p->list_capacity ? p->list_capacity * 2 : 64;
    p->lists = realloc(p->lists, sizeof(TirList) * (size_t)capacity);
    if (!p->lists) abort();
    p->list_capacity = capacity;
}

bool tir_is_exact_list(const TirInstr *value) { return (value->type & TIR_T_OBJECT) == TIR_T_LIST; }

int tir_list_new(TirProgram *p) {
    ensure_capacity(p);
    int id = p->list_count++;
    TirList *list = &p->lists[id];
    list->parent = id;
    list->element_type = 0;
    list->element_list = -1;
    list->escaped = false;
    list->fixed_length = TIR_LENGTH_UNKNOWN;
    list->elements_dropped = false;
    p->lists_changed = true;
    return id;
}

int tir_list_find(const TirProgram *p, int list) {
    if (list < 0) return -1;
    while (p->lists[list].parent != list) list = p->lists[list].parent;
    return list;
}

void tir_list_escape(TirProgram *p, int list) {
    list = tir_list_find(p, list);
    if (list < 0 || p->lists[list].escaped) return;
    p->lists[list].escaped = true;
    p->lists[list].element_type = TIR_T_OBJECT;
    p->lists[list].fixed_length = TIR_LENGTH_VARIES;
    p->lists_changed = true;
    tir_list_escape(p, p->lists[list].element_list);
}

int tir_list_unify(TirProgram *p, int a, int b) {
    a = tir_list_find(p, a);
    b = tir_list_find(p, b);
    if (a < 0) return b;
    if (b < 0 || a == b) return a;
    /* Keep the older class as the root so ids stay small and stable. */
    if (b < a) {
        int t = a;
        a = b;
        b = t;
    }
    p->lists[b].parent = a;
    p->lists_changed = true;
    TirList *root = &p->lists[a], *merged = &p->lists[b];
    root->element_type = tir_type_join(root->element_type, merged->element_type);
    bool escaped = root->escaped || merged->escaped;
    root->elements_dropped |= merged->elements_dropped;
    int merged_length = merged->fixed_length;
    int inner_a = root->element_list, inner_b = merged->element_list;
    int inner = tir_list_unify(p, inner_a, inner_b);
    p->lists[a].element_list = inner;
    tir_list_length(p, a, merged_length);
    if (escaped) {
        p->lists[a].escaped = false;
        tir_list_escape(p, a);
    }
    return tir_list_find(p, a);
}

void tir_list_store(TirProgram *p, int list, TirType type, int value_list) {
    list = tir_list_find(p, list);
    if (list < 0) {
        /* Stored into a list nobody tracks: what was stored escapes. */
        tir_list_escape(p, value_list);
        return;
    }
    TirList *entry = &p->lists[list];
    TirType joined = tir_type_join(entry->element_type, type & ~TIR_T_UNBOUND);
    if (joined != entry->element_type) {
        entry->element_type = joined;
        p->lists_changed = true;
    }
    if (value_list >= 0) {
        int inner = tir_list_unify(p, p->lists[list].element_list, value_list);
        list = tir_list_find(p, list);
        if (p->lists[list].element_list != inner) {
            p->lists[list].element_list = inner;
            p->lists_changed = true;
        }
        if (p->lists[list].escaped) tir_list_escape(p, inner);
    }
}

void tir_list_length(TirProgram *p, int list, int length) {
    list = tir_list_find(p, list);
    if (list < 0 || length == TIR_LENGTH_UNKNOWN) return;
    int *current = &p->lists[list].fixed_length;
    int joined = *current == TIR_LENGTH_UNKNOWN ? length : *current == length ? length : TIR_LENGTH_VARIES;
    if (joined != *current) {
        *current = joined;
        p->lists_changed = true;
    }
}

int tir_list_fixed_length(const TirProgram *p, int list) {
    list = tir_list_find(p, list);
    return list < 0 ? TIR_LENGTH_VARIES : p->lists[list].fixed_length;
}

TirType tir_list_element_type(const TirProgram *p, int list) {
    list = tir_list_find(p, list);
    return list < 0 ? TIR_T_OBJECT : p->lists[list].element_type;
}

TirType tir_list_element_type_or_bottom(const TirProgram *p, int list) {
    return list < 0 ? 0 : tir_list_element_type(p, list);
}

int tir_list_element_list(const TirProgram *p, int list) {
    list = tir_list_find(p, list);
    return list < 0 ? -1 : p->lists[list].element_list;
}

void tir_list_drop_elements(TirProgram *p, int list) {
    list = tir_list_find(p, list);
    if (list < 0 || p->lists[list].elements_dropped) return;
    p->lists[list].elements_dropped = true;
    p->lists_changed = true;
}

bool tir_list_elements_stable(const TirProgram *p, int list) {
    list = tir_list_find(p, list);
    return list >= 0 && !p->lists[list].escaped && !p->lists[list].elements_dropped;
}
