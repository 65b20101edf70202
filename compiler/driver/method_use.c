/* What methods of builtin types a program can name: see method_use.h. A walk
 * over every module's AST (ast_walk.c) that collects names and notices the
 * ways a name can be computed at run time. */
#include "method_use.h"

#include <stdlib.h>
#include <string.h>

#include "../hir/hir.h"

typedef struct NameVisitor {
    AstVisitor visitor;
    MethodUse *use;
    /* The function of a call whose attribute-name arguments are constants
     * (getattr(x, "name")): its own visit must not count it as dynamic. */
    const AstExpr *checked_callee;
} NameVisitor;

static void add_name(MethodUse *use, const char *name, size_t length) {
    if (use->count == use->capacity) {
        use->capacity = use->capacity ? use->capacity * 2 : 64;
        use->names = realloc(use->names, (size_t)use->capacity * sizeof *use->names);
    }
    char *copy = malloc(length + 1);
    memcpy(copy, name, length);
    copy[length] = '\0';
    use->names[use->count++] = copy;
}

static bool is_identifier_byte(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Every run of identifier characters: more names than the string can reach
 * as attributes, which only keeps more methods. */
static void add_identifiers(MethodUse *use, const char *text, size_t length) {
    size_t i = 0;
    while (i < length) {
        if (!is_identifier_byte(text[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < length && is_identifier_byte(text[i])) i++;
        add_name(use, text + start, i - start);
    }
}

static bool is_str_constant(const AstExpr *e) {
    return e && e->kind == EXPR_CONSTANT && e->as.constant.kind == CONST_STR;
}

static bool name_is(const char *name, const char *const *names) {
    for (; *names; names++)
        if (strcmp(name, *names) == 0) return true;
    return false;
}

/* Builtins whose second argument names an attribute, and operator's
 * functions whose every argument does. */
static const char *const attribute_builtins[] = {"getattr", "hasattr", "delattr", NULL};
static const char *const attribute_functions[] = {"attrgetter", "methodcaller", NULL};
/* Attributes through which any attribute can be reached by a computed name. */
static const char *const dynamic_attributes[] = {"__getattribute__", "__dict__", NULL};

static const char *callee_name(const AstExpr *callee) {
    if (callee->kind == EXPR_NAME) return callee->as.name.id;
    if (callee->kind == EXPR_ATTRIBUTE) return callee->as.attribute.attr;
    return NULL;
}

static void check_call(NameVisitor *v, const AstExpr *call) {
    const AstExpr *callee = call->as.call.func;
    const char *name = callee_name(callee);
    if (!name) return;
    const AstExprList *args = &call->as.call.args;
    if (callee->kind == EXPR_NAME && name_is(name, attribute_builtins)) {
        if (args->count >= 2 && is_str_constant(args->items[1])) v->checked_callee = callee;
    } else if (name_is(name, attribute_functions)) {
        /* methodcaller(name, *args): only the first names an attribute. */
        int names = strcmp(name, "methodcaller") == 0 ? (args->count > 0) : args->count;
        bool constant = names > 0;
        for (int i = 0; i < names; i++) constant &= is_str_constant(args->items[i]);
        if (constant) v->checked_callee = callee;
    }
}

static void visit_expr(AstVisitor *visitor, const AstExpr *e) {
    NameVisitor *v = (NameVisitor *)visitor;
    MethodUse *use = v->use;
    switch (e->kind) {
    case EXPR_CALL: check_call(v, e); break;
    case EXPR_CONSTANT:
        if (e->as.constant.kind == CONST_STR) add_identifiers(use, e->as.constant.bytes, e->as.constant.length);
        break;
    case EXPR_NAME:
        if (e != v->checked_callee && name_is(e->as.name.id, attribute_builtins)) use->dynamic = true;
        if (e != v->checked_callee && name_is(e->as.name.id, attribute_functions)) use->dynamic = true;
        break;
    case EXPR_ATTRIBUTE: {
        const char *attr = e->as.attribute.attr;
        add_name(use, attr, strlen(attr));
        if (name_is(attr, dynamic_attributes)) use->dynamic = true;
        if (e != v->checked_callee && name_is(attr, attribute_functions)) use->dynamic = true;
        /* A format string's fields read attributes ("{0.upper}"): known only when it is a constant. */
        if ((strcmp(attr, "format") == 0 || strcmp(attr, "format_map") == 0) && !is_str_constant(e->as.attribute.value))
            use->dynamic = true;
        break;
    }
    default: break;
    }
}

/* Class patterns read attributes by keyword: case str(upper=f). */
static void visit_pattern(MethodUse *use, const AstPattern *p) {
    if (!p) return;
    const AstPatternList *lists[2] = {NULL, NULL};
    switch (p->kind) {
    case PATTERN_SEQUENCE: lists[0] = &p->as.sequence.patterns; break;
    case PATTERN_MAPPING: lists[0] = &p->as.mapping.patterns; break;
    case PATTERN_CLASS:
        for (int i = 0; i < p->as.cls.kwd_attrs.count; i++)
            add_name(use, p->as.cls.kwd_attrs.items[i], strlen(p->as.cls.kwd_attrs.items[i]));
        lists[0] = &p->as.cls.patterns;
        lists[1] = &p->as.cls.kwd_patterns;
        break;
    case PATTERN_AS: visit_pattern(use, p->as.as.pattern); break;
    case PATTERN_OR: lists[0] = &p->as.or_.patterns; break;
    default: break;
    }
    for (int l = 0; l < 2; l++)
        for (int i = 0; lists[l] && i < lists[l]->count; i++) visit_pattern(use, lists[l]->items[i]);
}

static bool is_runtime_module(const char *dotted) {
    if (!dotted) return false;
    if (hir_is_runtime_module(dotted)) return true;
    char top[128];
    size_t length = strcspn(dotted, ".");
    if (length >= sizeof top) return false;
    memcpy(top, dotted, length);
    top[length] = '\0';
    return hir_is_runtime_module(top);
}

static void visit_stmt(AstVisitor *visitor, const AstStmt *s) {
    MethodUse *use = ((NameVisitor *)visitor)->use;
    if (s->kind == STMT_MATCH) {
        for (int i = 0; i < s->as.match.cases.count; i++) visit_pattern(use, s->as.match.cases.items[i]->pattern);
    } else if (s->kind == STMT_IMPORT) {
        for (int i = 0; i < s->as.import.names.count; i++)
            use->imports_runtime_module |= is_runtime_module(s->as.import.names.items[i]->name);
    } else if (s->kind == STMT_IMPORTFROM && s->as.importfrom.level == 0) {
        use->imports_runtime_module |= is_runtime_module(s->as.importfrom.module);
    }
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void method_use_collect(MethodUse *use, const ModuleGraph *graph) {
    memset(use, 0, sizeof *use);
    for (int m = 0; m < graph->count; m++) {
        NameVisitor visitor = {{visit_stmt, visit_expr}, use, NULL};
        ast_walk_module(&visitor.visitor, graph->modules[m]->ast);
    }
    if (use->count) qsort(use->names, (size_t)use->count, sizeof *use->names, compare_names);
    int kept = 0;
    for (int i = 0; i < use->count; i++) {
        if (kept && strcmp(use->names[kept - 1], use->names[i]) == 0) free((char *)use->names[i]);
        else use->names[kept++] = use->names[i];
    }
    use->count = kept;
}

static bool names_contain(const MethodUse *use, const char *name) {
    return use->count && bsearch(&name, use->names, (size_t)use->count, sizeof *use->names, compare_names);
}

/* A method is kept when the program can name it, when it is a special method
 * (the runtime looks those up by name: __format__, __repr__...), or when a
 * runtime module the program imports calls it by name. */
static bool keeps(const MethodUse *use, const char *name, bool kept_by_runtime) {
    return strncmp(name, "__", 2) == 0 || (kept_by_runtime && use->imports_runtime_module) || names_contain(use, name);
}

static const char *const str_method_names[] = {
#define MOLT_STR_METHOD(name, function, kept) #name,
#include "../../include/molt/str_methods.def"
#undef MOLT_STR_METHOD
};
static const bool str_method_kept_by_runtime[] = {
#define MOLT_STR_METHOD(name, function, kept) kept,
#include "../../include/molt/str_methods.def"
#undef MOLT_STR_METHOD
};

const BackendMethodTable *method_use_tables(MethodUse *use, int *count) {
    *count = 0;
    if (use->dynamic) return NULL;
    int total = (int)(sizeof str_method_names / sizeof str_method_names[0]);
    use->str_table.type = "str";
    use->str_table.names = malloc((size_t)total * sizeof *use->str_table.names);
    use->str_table.count = 0;
    for (int i = 0; i < total; i++)
        if (keeps(use, str_method_names[i], str_method_kept_by_runtime[i]))
            use->str_table.names[use->str_table.count++] = str_method_names[i];
    *count = 1;
    return &use->str_table;
}

void method_use_free(MethodUse *use) {
    for (int i = 0; i < use->count; i++) free((char *)use->names[i]);
    free(use->names);
    free(use->str_table.names);
    memset(use, 0, sizeof *use);
}
