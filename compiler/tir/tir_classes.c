/* Which classes get fields and fast paths (docs/classes.md). A class statement
 * of the module body whose bases are such classes, and whose bodies leave
 * attribute access to the generic rules (no __slots__, __setattr__,
 * __getattribute__...), gets as fields the attributes its methods assign on
 * self. Generated code then guards on the exact class, reads and writes
 * fields at fixed positions and calls plain methods directly; the runtime
 * withdraws the guard when the class changes at run time. Everything here is
 * a fact about the program text; nothing is guessed about values. */
#include <string.h>

#include "tir.h"

/* ---- walking HIR ------------------------------------------------------------------- */

typedef struct Walker {
    void (*on_expr)(struct Walker *walker, const HirExpr *e);
    void (*on_target)(struct Walker *walker, const HirTarget *target);
    const HirFunction *function;
    bool found;
    /* collect_self_stores */
    Arena *arena;
    const char **names;
    int count, capacity;
} Walker;

static void walk_expr(Walker *w, const HirExpr *e);
static void walk_stmts(Walker *w, const HirStmtList *list);

static void walk_list(Walker *w, const HirExprList *list) {
    for (int i = 0; i < list->count; i++) walk_expr(w, list->items[i]);
}

static void walk_args(Walker *w, const HirArgs *args) {
    walk_list(w, &args->positional);
    walk_list(w, &args->keyword_values);
}

static void walk_target(Walker *w, const HirTarget *target) {
    if (!target) return;
    if (w->on_target) w->on_target(w, target);
    walk_expr(w, target->object);
    walk_expr(w, target->index);
    for (int i = 0; i < target->element_count; i++) walk_target(w, target->elements[i]);
}

static void walk_stmt(Walker *w, const HirStmt *s);

static void walk_expr(Walker *w, const HirExpr *e) {
    if (!e) return;
    if (w->on_expr) w->on_expr(w, e);
    switch (e->kind) {
    case HIR_CONST: case HIR_LOCAL: case HIR_GLOBAL: case HIR_BUILTIN: case HIR_MODULE: break;
    case HIR_BINARY: walk_expr(w, e->as.binary.left); walk_expr(w, e->as.binary.right); break;
    case HIR_UNARY: walk_expr(w, e->as.unary.operand); break;
    case HIR_NOT: walk_expr(w, e->as.not_.operand); break;
    case HIR_COMPARE:
        for (int i = 0; i <= e->as.compare.count; i++) walk_expr(w, e->as.compare.operands[i]);
        break;
    case HIR_AND: case HIR_OR: walk_expr(w, e->as.boolop.left); walk_expr(w, e->as.boolop.right); break;
    case HIR_IFEXP:
        walk_expr(w, e->as.ifexp.test);
        walk_expr(w, e->as.ifexp.body);
        walk_expr(w, e->as.ifexp.orelse);
        break;
    case HIR_CALL_FUNCTION:
        for (int i = 0; i < e->as.call_function.function->slot_count; i++) walk_expr(w, e->as.call_function.bound[i]);
        break;
    case HIR_CALL_BUILTIN: walk_args(w, &e->as.call_builtin.args); break;
    case HIR_CALL_METHOD: walk_expr(w, e->as.call_method.object); walk_args(w, &e->as.call_method.args); break;
    case HIR_CALL_VALUE: walk_expr(w, e->as.call_value.callee); walk_args(w, &e->as.call_value.args); break;
    case HIR_GETATTR: walk_expr(w, e->as.getattr.object); break;
    case HIR_SUBSCRIPT: walk_expr(w, e->as.subscript.object); walk_expr(w, e->as.subscript.index); break;
    case HIR_SLICE:
        walk_expr(w, e->as.slice.lower);
        walk_expr(w, e->as.slice.upper);
        walk_expr(w, e->as.slice.step);
        break;
    case HIR_LIST: case HIR_TUPLE: case HIR_SET: walk_list(w, &e->as.sequence.items); break;
    case HIR_DICT: walk_list(w, &e->as.dict.keys); walk_list(w, &e->as.dict.values); break;
    case HIR_LIST_COMP: case HIR_SET_COMP: case HIR_DICT_COMP:
        for (int i = 0; i < e->as.comp.loop_count; i++) {
            walk_stmt(w, e->as.comp.loops[i].target_assign);
            walk_expr(w, e->as.comp.loops[i].iter);
            walk_list(w, &e->as.comp.loops[i].conditions);
        }
        walk_expr(w, e->as.comp.element);
        walk_expr(w, e->as.comp.key);
        walk_expr(w, e->as.comp.value);
        break;
    case HIR_FSTRING: walk_list(w, &e->as.fstring.parts); break;
    case HIR_FORMAT: walk_expr(w, e->as.format.value); walk_expr(w, e->as.format.spec); break;
    case HIR_MAKE_FUNCTION: {
        const HirFunction *function = e->as.make_function.function;
        for (int i = 0; function->defaults && i < function->parameter_count; i++) walk_expr(w, function->defaults[i]);
        walk_expr(w, function->annotations);
        break;
    }
    case HIR_MAKE_CLASS: walk_expr(w, e->as.make_class.bases); break;
    case HIR_ASSIGN_EXPR: walk_target(w, e->as.assign_expr.target); walk_expr(w, e->as.assign_expr.value); break;
    case HIR_CALL_RUNTIME: walk_list(w, &e->as.call_runtime.args); break;
    case HIR_YIELD: walk_expr(w, e->as.yield.value); break;
    case HIR_YIELD_FROM: walk_expr(w, e->as.yield_from.iterable); break;
    }
}

static void walk_stmt(Walker *w, const HirStmt *s) {
    if (!s) return;
    switch (s->kind) {
    case HIR_ASSIGN: walk_target(w, s->as.assign.target); walk_expr(w, s->as.assign.value); break;
    case HIR_EXPR: walk_expr(w, s->as.expr.value); break;
    case HIR_IF: walk_expr(w, s->as.if_.test); walk_stmts(w, &s->as.if_.body); walk_stmts(w, &s->as.if_.orelse); break;
    case HIR_WHILE:
        walk_expr(w, s->as.while_.test);
        walk_stmts(w, &s->as.while_.body);
        walk_stmts(w, &s->as.while_.orelse);
        break;
    case HIR_FOR:
        walk_target(w, s->as.for_.target);
        walk_expr(w, s->as.for_.iter);
        for (int i = 0; i < s->as.for_.range_arg_count; i++) walk_expr(w, s->as.for_.range_args[i]);
        walk_stmts(w, &s->as.for_.body);
        walk_stmts(w, &s->as.for_.orelse);
        break;
    case HIR_RETURN: walk_expr(w, s->as.return_.value); break;
    case HIR_RAISE: walk_expr(w, s->as.raise.exception); walk_expr(w, s->as.raise.cause); break;
    case HIR_TRY:
        walk_stmts(w, &s->as.try_.body);
        for (int i = 0; i < s->as.try_.handler_count; i++) {
            walk_expr(w, s->as.try_.handlers[i]->type);
            walk_target(w, s->as.try_.handlers[i]->name);
            walk_stmts(w, &s->as.try_.handlers[i]->body);
        }
        walk_stmts(w, &s->as.try_.orelse);
        walk_stmts(w, &s->as.try_.finalbody);
        break;
    case HIR_DEF: {
        const HirFunction *function = s->as.def.function;
        for (int i = 0; function->defaults && i < function->parameter_count; i++) walk_expr(w, function->defaults[i]);
        walk_expr(w, function->annotations);
        break;
    }
    case HIR_DELETE: walk_target(w, s->as.delete_.target); break;
    case HIR_BREAK: case HIR_CONTINUE: case HIR_PASS: break;
    }
}

static void walk_stmts(Walker *w, const HirStmtList *list) {
    for (int i = 0; i < list->count; i++) walk_stmt(w, list->items[i]);
}

/* ---- does the program look at instance dicts? ---------------------------------------- */

static bool is_str_constant(const HirExpr *e, const char *text) {
    return e && e->kind == HIR_CONST && e->as.constant.kind == CONST_STR &&
           (!text || (e->as.constant.length == strlen(text) && memcmp(e->as.constant.bytes, text, strlen(text)) == 0));
}

static bool is_attribute_builtin(const char *name) {
    return strcmp(name, "getattr") == 0 || strcmp(name, "setattr") == 0 || strcmp(name, "delattr") == 0 ||
           strcmp(name, "hasattr") == 0;
}

/* Fields hold what the __dict__ would, and the runtime moves them into it when
 * code asks for the __dict__, but in their own order, not the order in which
 * they were assigned: so a program that can see a __dict__ gets no fields. */
static void find_dict_use(Walker *w, const HirExpr *e) {
    switch (e->kind) {
    case HIR_GETATTR: if (strcmp(e->as.getattr.name, "__dict__") == 0) w->found = true; break;
    case HIR_CALL_METHOD: if (strcmp(e->as.call_method.name, "__dict__") == 0) w->found = true; break;
    case HIR_BUILTIN:
        if (strcmp(e->as.builtin, "vars") == 0 || is_attribute_builtin(e->as.builtin)) w->found = true;
        break;
    case HIR_CALL_BUILTIN: {
        const char *name = e->as.call_builtin.name;
        const HirArgs *args = &e->as.call_builtin.args;
        if (strcmp(name, "vars") == 0) w->found = true;
        if (is_attribute_builtin(name) &&
            (args->positional.count < 2 || args->star || !is_str_constant(args->positional.items[1], NULL) ||
             is_str_constant(args->positional.items[1], "__dict__")))
            w->found = true;
        break;
    }
    default: break;
    }
}

static void find_dict_store(Walker *w, const HirTarget *target) {
    if (target->kind == HIR_TARGET_ATTRIBUTE && strcmp(target->attribute, "__dict__") == 0) w->found = true;
}

bool tir_program_sees_instance_dicts(const HirProgram *program) {
    Walker w = {.on_expr = find_dict_use, .on_target = find_dict_store};
    for (int i = 0; i < program->function_count && !w.found; i++) walk_stmts(&w, &program->functions[i]->body);
    return w.found;
}

/* ---- the attributes methods assign on self ---------------------------------------------- */

static bool name_listed(const char *const *names, int count, const char *name) {
    for (int i = 0; i < count; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

static void add_name(Walker *w, const char *name) {
    if (name_listed(w->names, w->count, name)) return;
    if (w->count == w->capacity) {
        int capacity = w->capacity ? w->capacity * 2 : 8;
        const char **names = ARENA_ARRAY(w->arena, const char *, capacity);
        if (w->count) memcpy(names, w->names, sizeof *names * (size_t)w->count);
        w->names = names;
        w->capacity = capacity;
    }
    w->names[w->count++] = name;
}

static void collect_self_store(Walker *w, const HirTarget *target) {
    const HirLocal *self = w->function->locals[0];
    if (target->kind == HIR_TARGET_ATTRIBUTE && target->object->kind == HIR_LOCAL && target->object->as.local == self)
        add_name(w, target->attribute);
}

/* An undecorated def of a class body with a first parameter: a method whose
 * first parameter is the instance. */
static bool is_instance_method(const HirClassDef *def) {
    const HirFunction *function = def->function;
    return !def->decorated && function->parameter_count > 0 && !function->locals[0]->is_cell;
}

/* ---- per class ---------------------------------------------------------------------------- */

static bool binds(const HirClass *class_info, const char *name) {
    if (name_listed(class_info->assigned, class_info->assigned_count, name)) return true;
    for (int i = 0; i < class_info->def_count; i++)
        if (strcmp(class_info->defs[i].name, name) == 0) return true;
    return false;
}

static bool is_dunder(const char *name) {
    size_t length = strlen(name);
    return length > 4 && name[0] == '_' && name[1] == '_' && name[length - 1] == '_' && name[length - 2] == '_';
}

/* Names whose presence in a class body takes attribute access away from the
 * generic rules the fast paths implement. */
static const char *const attribute_hooks[] = {"__slots__", "__getattribute__", "__setattr__", "__delattr__",
                                              "__dict__", "__class__", NULL};

/* C3 linearization over the program's classes; false when inconsistent. */
static bool linearize(Arena *arena, TirClass *classes, TirClass *class_info) {
    const HirClass *hir = class_info->hir;
    int total = 1;
    for (int i = 0; i < hir->base_count; i++) total += classes[hir->bases[i]->index].mro_length;
    /* The lists to merge: each base's MRO, then the bases in order. */
    int list_count = hir->base_count + 1;
    const HirClass **lists[list_count];
    int lengths[list_count], starts[list_count];
    for (int i = 0; i < hir->base_count; i++) {
        const TirClass *base = &classes[hir->bases[i]->index];
        lists[i] = base->mro;
        lengths[i] = base->mro_length;
        starts[i] = 0;
    }
    lists[hir->base_count] = (const HirClass **)hir->bases;
    lengths[hir->base_count] = hir->base_count;
    starts[hir->base_count] = 0;
    const HirClass **mro = ARENA_ARRAY(arena, const HirClass *, total);
    int length = 0;
    mro[length++] = hir;
    for (;;) {
        const HirClass *next = NULL;
        bool remaining = false;
        for (int i = 0; i < list_count && !next; i++) {
            if (starts[i] >= lengths[i]) continue;
            remaining = true;
            const HirClass *candidate = lists[i][starts[i]];
            bool in_tail = false;
            for (int j = 0; j < list_count && !in_tail; j++)
                for (int k = starts[j] + 1; k < lengths[j]; k++)
                    if (lists[j][k] == candidate) in_tail = true;
            if (!in_tail) next = candidate;
        }
        if (!remaining) break;
        if (!next) return false;
        mro[length++] = next;
        for (int i = 0; i < list_count; i++)
            if (starts[i] < lengths[i] && lists[i][starts[i]] == next) starts[i]++;
    }
    class_info->mro = mro;
    class_info->mro_length = length;
    return true;
}

static bool has_hooks(const TirClass *class_info) {
    for (int m = 0; m < class_info->mro_length; m++)
        for (int h = 0; attribute_hooks[h]; h++)
            if (binds(class_info->mro[m], attribute_hooks[h])) return true;
    return false;
}

static void choose_fields(Arena *arena, TirClass *class_info) {
    Walker w = {.on_target = collect_self_store, .arena = arena};
    /* Base-most class first: the order instances usually assign them in. */
    for (int m = class_info->mro_length; m-- > 0;) {
        const HirClass *owner = class_info->mro[m];
        for (int d = 0; d < owner->def_count; d++) {
            if (!is_instance_method(&owner->defs[d])) continue;
            w.function = owner->defs[d].function;
            walk_stmts(&w, &w.function->body);
        }
    }
    class_info->fields = ARENA_ARRAY(arena, const char *, w.count ? w.count : 1);
    for (int i = 0; i < w.count; i++) {
        const char *name = w.names[i];
        /* A class attribute of the same name may be a descriptor: leave it to the dict. */
        bool bound_by_a_class = false;
        for (int m = 0; m < class_info->mro_length; m++) bound_by_a_class |= binds(class_info->mro[m], name);
        if (!bound_by_a_class && !is_dunder(name)) class_info->fields[class_info->field_count++] = name;
    }
}

void tir_classes_analyze(Arena *arena, TirProgram *program) {
    const HirProgram *hir = program->hir;
    program->class_count = hir->class_count;
    program->classes = ARENA_ARRAY(arena, TirClass, hir->class_count ? hir->class_count : 1);
    bool dicts_seen = hir->instance_dicts_seen || tir_program_sees_instance_dicts(hir);
    for (int i = 0; i < hir->class_count; i++) {
        TirClass *class_info = &program->classes[i];
        memset(class_info, 0, sizeof *class_info);
        class_info->hir = hir->classes[i];
        const HirClass *c = class_info->hir;
        bool bases_fast = c->bases_known;
        for (int b = 0; b < c->base_count; b++) bases_fast &= program->classes[c->bases[b]->index].fast;
        if (!c->module_level_only || !bases_fast || dicts_seen || !linearize(arena, program->classes, class_info))
            continue;
        if (has_hooks(class_info)) continue;
        class_info->fast = true;
        choose_fields(arena, class_info);
    }
}

int tir_class_field(const TirClass *class_info, const char *name) {
    for (int i = 0; i < class_info->field_count; i++)
        if (strcmp(class_info->fields[i], name) == 0) return i;
    return -1;
}

/* The def that `name` means on the class (through the MRO), when a single
 * undecorated def binds it in the first class body that binds it. */
static HirFunction *resolve_def(const TirClass *class_info, const char *name, bool *found) {
    *found = false;
    for (int m = 0; m < class_info->mro_length; m++) {
        const HirClass *owner = class_info->mro[m];
        if (!binds(owner, name)) continue;
        *found = true;
        if (name_listed(owner->assigned, owner->assigned_count, name)) return NULL;
        HirFunction *function = NULL;
        for (int d = 0; d < owner->def_count; d++) {
            if (strcmp(owner->defs[d].name, name) != 0) continue;
            if (function || owner->defs[d].decorated) return NULL;
            function = owner->defs[d].function;
        }
        return function;
    }
    return NULL;
}

static bool directly_callable(const HirFunction *function, int argument_count) {
    return !function->is_generator && function->free_count == 0 && !function->has_varargs &&
           !function->has_varkeywords && function->keyword_only_count == 0 &&
           function->parameter_count == argument_count + 1;
}

HirFunction *tir_class_method(const TirClass *class_info, const char *name, int argument_count) {
    if (!class_info->fast || tir_class_field(class_info, name) >= 0) return NULL;
    bool found;
    HirFunction *function = resolve_def(class_info, name, &found);
    return function && directly_callable(function, argument_count) ? function : NULL;
}

bool tir_class_plain_construction(const TirClass *class_info, int argument_count, HirFunction **init) {
    bool found;
    *init = NULL;
    if (!class_info->fast) return false;
    resolve_def(class_info, "__new__", &found);
    if (found) return false;
    *init = resolve_def(class_info, "__init__", &found);
    if (!found) return argument_count == 0;
    return *init && directly_callable(*init, argument_count);
}
