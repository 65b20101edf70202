/* Whole-program type inference over TIR: an iterative dataflow analysis on
 * the finite lattice of tir.h, across functions (parameter types are the
 * join of every call site's arguments, call results the callee's return
 * type) and module globals, run to a fixed point. Each type it assigns is a
 * fact about every execution, so later stages may specialize on it. */
#include <stdio.h>
#include <string.h>

#include "tir.h"

TirType tir_type_join(TirType a, TirType b) {
    TirType joined = a | b;
    TirType base = joined & TIR_T_OBJECT;
    if (__builtin_popcount(base) > 4) joined = TIR_T_OBJECT | (joined & TIR_T_UNBOUND);
    return joined;
}

static const char *const type_names[] = {"int", "float", "bool", "None", "str", "list", "tuple", "dict", "range", "other", "unbound"};

void tir_type_print(StrBuf *out, TirType type) {
    if (type == 0) {
        strbuf_puts(out, "never");
        return;
    }
    if ((type & TIR_T_OBJECT) == TIR_T_OBJECT) {
        strbuf_puts(out, "object");
        if (type & TIR_T_UNBOUND) strbuf_puts(out, "|unbound");
        return;
    }
    bool first = true;
    for (int bit = 0; bit < 11; bit++) {
        if (!(type & (1u << bit))) continue;
        strbuf_printf(out, "%s%s", first ? "" : "|", type_names[bit]);
        first = false;
    }
}

/* ---- transfer functions ------------------------------------------------------ */

static bool only(TirType type, TirType allowed) { return type && (type & ~allowed) == 0; }

#define INTISH (TIR_T_INT | TIR_T_BOOL)
#define NUMERIC (TIR_T_INT | TIR_T_BOOL | TIR_T_FLOAT)

/* Result type of `a op b` for one pair of exact operand types; 0 when the
 * operation raises TypeError (it produces no value), OBJECT when unknown. */
static TirType binary_pair(AstBinOp op, TirType a, TirType b, bool exponent_nonnegative) {
    bool a_num = a & NUMERIC, b_num = b & NUMERIC;
    if (a == TIR_T_OTHER || b == TIR_T_OTHER) return TIR_T_OBJECT;
    if (a_num && b_num) {
        bool any_float = a == TIR_T_FLOAT || b == TIR_T_FLOAT;
        switch (op) {
        case BINOP_ADD: case BINOP_SUB: case BINOP_MULT: case BINOP_FLOORDIV: case BINOP_MOD:
            return any_float ? TIR_T_FLOAT : TIR_T_INT;
        case BINOP_DIV: return TIR_T_FLOAT;
        case BINOP_POW:
            /* float ** float may be complex in CPython; Molt raises there (documented). */
            if (any_float) return TIR_T_FLOAT;
            return exponent_nonnegative ? TIR_T_INT : (TIR_T_INT | TIR_T_FLOAT);
        case BINOP_LSHIFT: case BINOP_RSHIFT: return any_float ? 0 : TIR_T_INT;
        case BINOP_BITAND: case BINOP_BITOR: case BINOP_BITXOR:
            if (any_float) return 0;
            return a == TIR_T_BOOL && b == TIR_T_BOOL ? TIR_T_BOOL : TIR_T_INT;
        case BINOP_MATMULT: return 0;
        }
    }
    switch (op) {
    case BINOP_ADD:
        if (a == b && (a == TIR_T_STR || a == TIR_T_LIST || a == TIR_T_TUPLE)) return a;
        return 0;
    case BINOP_MULT:
        if ((a == TIR_T_STR || a == TIR_T_LIST || a == TIR_T_TUPLE) && (b & INTISH)) return a;
        if ((b == TIR_T_STR || b == TIR_T_LIST || b == TIR_T_TUPLE) && (a & INTISH)) return b;
        return 0;
    case BINOP_MOD:
        if (a == TIR_T_STR) return TIR_T_STR;
        return 0;
    case BINOP_BITOR:
        if (a == TIR_T_DICT && b == TIR_T_DICT) return TIR_T_DICT;
        return 0;
    default: return 0;
    }
}

static TirType binary_result(AstBinOp op, bool inplace, TirType a, TirType b, bool exponent_nonnegative) {
    a &= TIR_T_OBJECT;
    b &= TIR_T_OBJECT;
    if (!a || !b) return 0;
    /* list += iterable accepts any iterable on the right. */
    if (inplace && op == BINOP_ADD && a == TIR_T_LIST) return TIR_T_LIST;
    TirType result = 0;
    for (int i = 0; i < 10; i++) {
        if (!(a & (1u << i))) continue;
        for (int j = 0; j < 10; j++) {
            if (!(b & (1u << j))) continue;
            result = tir_type_join(result, binary_pair(op, 1u << i, 1u << j, exponent_nonnegative));
        }
    }
    return result;
}

static TirType unary_result(AstUnaryOp op, TirType a) {
    a &= TIR_T_OBJECT;
    if (!a) return 0;
    if (only(a, NUMERIC)) {
        if (op == UNARY_INVERT) return a & TIR_T_FLOAT ? TIR_T_OBJECT : TIR_T_INT;
        TirType result = 0;
        if (a & INTISH) result |= TIR_T_INT;
        if (a & TIR_T_FLOAT) result |= TIR_T_FLOAT;
        return result;
    }
    return TIR_T_OBJECT;
}

static bool name_is(const char *name, const char *const *names) {
    for (int i = 0; names[i]; i++)
        if (strcmp(name, names[i]) == 0) return true;
    return false;
}

static TirType builtin_result(const TirFunction *f, const TirInstr *instr) {
    static const char *const int_results[] = {"len", "hash", "ord", "id", "int", NULL};
    static const char *const str_results[] = {"str", "repr", "ascii", "chr", "hex", "oct", "bin", "format",
                                              "input", NULL};
    static const char *const bool_results[] = {"bool", "isinstance", "issubclass", "callable", "any", "all", NULL};
    static const char *const other_results[] = {"enumerate", "zip", "map", "filter", "reversed", "iter", "type",
                                                "object", "slice", "complex", NULL};
    const char *name = instr->name;
    int positional = instr->arg_count - instr->keyword_count;
    bool starred = false;
    for (int i = 0; instr->star && i < instr->arg_count; i++) starred |= instr->star[i];
    if (name_is(name, int_results)) return TIR_T_INT;
    if (name_is(name, str_results)) return TIR_T_STR;
    if (name_is(name, bool_results)) return TIR_T_BOOL;
    if (name_is(name, other_results)) return TIR_T_OTHER;
    if (strcmp(name, "float") == 0) return TIR_T_FLOAT;
    if (strcmp(name, "print") == 0) return TIR_T_NONE;
    if (strcmp(name, "list") == 0 || strcmp(name, "sorted") == 0) return TIR_T_LIST;
    if (strcmp(name, "tuple") == 0 || strcmp(name, "divmod") == 0) return TIR_T_TUPLE;
    if (strcmp(name, "dict") == 0) return TIR_T_DICT;
    if (strcmp(name, "range") == 0) return TIR_T_RANGE;
    if (strcmp(name, "abs") == 0 && positional == 1 && !starred) {
        TirType a = f->values[instr->args[0]]->type & TIR_T_OBJECT;
        if (only(a, INTISH)) return TIR_T_INT;
        if (a == TIR_T_FLOAT) return TIR_T_FLOAT;
        return TIR_T_OBJECT;
    }
    if (strcmp(name, "round") == 0 && positional >= 1 && !starred && instr->keyword_count == 0) {
        TirType a = f->values[instr->args[0]]->type & TIR_T_OBJECT;
        if (positional == 1 && only(a, NUMERIC)) return TIR_T_INT;
        if (positional == 2 && a == TIR_T_FLOAT) return TIR_T_FLOAT;
        if (positional == 2 && only(a, INTISH)) return TIR_T_INT;
        return TIR_T_OBJECT;
    }
    if ((strcmp(name, "min") == 0 || strcmp(name, "max") == 0) && positional >= 2 && !instr->keyword_count &&
        !starred) {
        TirType result = 0;
        for (int i = 0; i < positional; i++) result = tir_type_join(result, f->values[instr->args[i]]->type & TIR_T_OBJECT);
        return result;
    }
    if (strcmp(name, "pow") == 0 && positional == 2 && !starred) {
        TirType a = f->values[instr->args[0]]->type & TIR_T_OBJECT, b = f->values[instr->args[1]]->type & TIR_T_OBJECT;
        return binary_result(BINOP_POW, false, a, b, false);
    }
    /* Exception classes called make exception instances. */
    if (name[0] >= 'A' && name[0] <= 'Z') return TIR_T_OTHER;
    return TIR_T_OBJECT;
}

static TirType method_result(TirType receiver, const char *name) {
    static const char *const str_to_str[] = {"upper", "lower", "strip", "lstrip", "rstrip", "replace", "title",
        "capitalize", "swapcase", "center", "ljust", "rjust", "zfill", "join", "format", "casefold", "expandtabs",
        "removeprefix", "removesuffix", "translate", NULL};
    static const char *const str_to_list[] = {"split", "rsplit", "splitlines", NULL};
    static const char *const str_to_int[] = {"find", "rfind", "index", "rindex", "count", NULL};
    static const char *const str_to_bool[] = {"startswith", "endswith", "isalnum", "isalpha", "isascii",
        "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
        "isupper", NULL};
    static const char *const list_to_none[] = {"append", "insert", "extend", "sort", "reverse", "clear", "remove", NULL};
    receiver &= TIR_T_OBJECT;
    if (receiver == TIR_T_STR) {
        if (name_is(name, str_to_str)) return TIR_T_STR;
        if (name_is(name, str_to_list)) return TIR_T_LIST;
        if (name_is(name, str_to_int)) return TIR_T_INT;
        if (name_is(name, str_to_bool)) return TIR_T_BOOL;
        if (strcmp(name, "partition") == 0 || strcmp(name, "rpartition") == 0) return TIR_T_TUPLE;
    } else if (receiver == TIR_T_LIST) {
        if (name_is(name, list_to_none)) return TIR_T_NONE;
        if (strcmp(name, "index") == 0 || strcmp(name, "count") == 0) return TIR_T_INT;
        if (strcmp(name, "copy") == 0) return TIR_T_LIST;
    } else if (receiver == TIR_T_DICT) {
        if (strcmp(name, "copy") == 0) return TIR_T_DICT;
        if (strcmp(name, "update") == 0 || strcmp(name, "clear") == 0) return TIR_T_NONE;
        if (strcmp(name, "keys") == 0 || strcmp(name, "values") == 0 || strcmp(name, "items") == 0) return TIR_T_OTHER;
    }
    return TIR_T_OBJECT;
}

static bool constant_nonnegative_int(const TirFunction *f, int value) {
    const TirInstr *instr = f->values[value];
    return instr->op == TIR_CONST && instr->constant.kind == CONST_INT && instr->constant.fits_int64 &&
           instr->constant.int_value >= 0;
}

static TirType transfer(TirProgram *program, TirFunction *f, TirInstr *instr) {
#define ARG(i) (f->values[instr->args[i]]->type)
    /* Results that depend on the container's type have none until it has one:
     * reading an element of a value not known yet must not widen to object. */
    switch (instr->op) {
    case TIR_GETITEM: case TIR_CALL_METHOD: case TIR_UNPACK:
        if (!(ARG(0) & TIR_T_OBJECT)) return 0;
        break;
    case TIR_FOR_ITER: case TIR_TUPLE_ITEM: {
        const TirInstr *source = f->values[instr->args[0]];
        if (source->arg_count && !(f->values[source->args[0]]->type & TIR_T_OBJECT)) return 0;
        break;
    }
    default: break;
    }
    switch (instr->op) {
    case TIR_CONST:
        switch (instr->constant.kind) {
        case CONST_INT: return TIR_T_INT;
        case CONST_FLOAT: return TIR_T_FLOAT;
        case CONST_TRUE: case CONST_FALSE: return TIR_T_BOOL;
        case CONST_NONE: return TIR_T_NONE;
        case CONST_STR: return TIR_T_STR;
        default: return TIR_T_OTHER;
        }
    case TIR_PARAM: return f->parameter_types[instr->index];
    case TIR_PHI: {
        TirType result = 0;
        for (int i = 0; i < instr->arg_count; i++) result = tir_type_join(result, ARG(i));
        return result;
    }
    case TIR_UNDEF: return TIR_T_UNBOUND;
    case TIR_CHECK_BOUND: return ARG(0) & ~TIR_T_UNBOUND;
    case TIR_BINARY:
        return binary_result(instr->binary_op, instr->inplace, ARG(0), ARG(1),
                             constant_nonnegative_int(f, instr->args[1]));
    case TIR_UNARY: return unary_result(instr->unary_op, ARG(0));
    case TIR_NOT: case TIR_TRUTHY: case TIR_IS: case TIR_CONTAINS: case TIR_BOOL_VALUE:
    case TIR_EXC_MATCH: case TIR_RANGE_TEST:
        return TIR_T_BOOL;
    case TIR_COMPARE:
        if ((ARG(0) | ARG(1)) & TIR_T_OTHER) return TIR_T_OBJECT;
        return TIR_T_BOOL;
    case TIR_LOAD_GLOBAL: return program->global_types[instr->global->index] & ~TIR_T_UNBOUND;
    case TIR_LOAD_DEFAULT: return program->default_types[instr->callee->index][instr->index];
    case TIR_CALL_DIRECT:
        if (instr->callee->is_generator) return TIR_T_OTHER;
        return program->functions[instr->callee->index]->return_type;
    case TIR_YIELD: case TIR_DELEGATE: case TIR_DELEGATE_RESULT: return TIR_T_OBJECT;
    case TIR_DELEGATE_DONE: return TIR_T_BOOL;
    case TIR_CALL_BUILTIN: return builtin_result(f, instr);
    case TIR_CALL_METHOD:
        if ((ARG(0) & TIR_T_OBJECT) == TIR_T_LIST && strcmp(instr->name, "pop") == 0)
            return tir_list_element_type_or_bottom(program, f->values[instr->args[0]]->list);
        return method_result(ARG(0), instr->name);
    case TIR_CALL_VALUE: case TIR_GETATTR: return TIR_T_OBJECT;
    case TIR_BUILTIN_VALUE: case TIR_SLICE: case TIR_ITER: case TIR_EXC_FETCH: return TIR_T_OTHER;
    case TIR_MAKE_CELL: case TIR_LOAD_CLOSURE: case TIR_MAKE_FUNCTION: case TIR_MAKE_CLASS: return TIR_T_OTHER;
    case TIR_CELL_GET: return TIR_T_OBJECT;   /* cells are written from other functions */
    case TIR_GETITEM: {
        TirType object = ARG(0) & TIR_T_OBJECT;
        bool slice = f->values[instr->args[1]]->op == TIR_SLICE;
        /* A list whose abstract list is not known yet has no known elements yet
         * either (every exact list gets one; see list_flow). */
        if (!slice && object == TIR_T_LIST) return tir_list_element_type_or_bottom(program, f->values[instr->args[0]]->list);
        if (object == TIR_T_STR) return TIR_T_STR;
        if (slice && (object == TIR_T_LIST || object == TIR_T_TUPLE || object == TIR_T_RANGE)) return object;
        if (!slice && object == TIR_T_RANGE) return TIR_T_INT;
        return TIR_T_OBJECT;
    }
    case TIR_BUILD_LIST: return TIR_T_LIST;
    case TIR_BUILD_TUPLE: case TIR_UNPACK: return TIR_T_TUPLE;
    case TIR_BUILD_DICT: return TIR_T_DICT;
    case TIR_BUILD_SET: return TIR_T_OTHER;
    case TIR_TUPLE_ITEM: {
        const TirInstr *unpack = f->values[instr->args[0]];
        if (unpack->star_index == instr->index) return TIR_T_LIST;
        const TirInstr *source = f->values[unpack->args[0]];
        if (tir_is_exact_list(source)) return tir_list_element_type_or_bottom(program, source->list);
        return TIR_T_OBJECT;
    }
    case TIR_FOR_ITER: {
        const TirInstr *iter = f->values[instr->args[0]];
        TirType iterable = iter->op == TIR_ITER ? f->values[iter->args[0]]->type & TIR_T_OBJECT : TIR_T_OBJECT;
        if (iterable == TIR_T_STR) return TIR_T_STR;
        if (iterable == TIR_T_RANGE) return TIR_T_INT;
        if (iterable == TIR_T_LIST && iter->op == TIR_ITER)
            return tir_list_element_type_or_bottom(program, f->values[iter->args[0]]->list);
        return TIR_T_OBJECT;
    }
    case TIR_FORMAT: case TIR_JOIN_STRS: return TIR_T_STR;
    case TIR_RANGE_ARG: case TIR_RANGE_STEP: return TIR_T_INT;
    default: return TIR_T_NONE;
    }
#undef ARG
}

/* Effects of an instruction on program-level facts; true when one changed. */
static bool propagate_effects(TirProgram *program, TirFunction *f, TirInstr *instr) {
    TirType joined;
    switch (instr->op) {
    case TIR_CALL_DIRECT: {
        TirFunction *callee = program->functions[instr->callee->index];
        bool changed = false;
        for (int i = 0; i < instr->arg_count; i++) {
            joined = tir_type_join(callee->parameter_types[i], f->values[instr->args[i]]->type & ~TIR_T_UNBOUND);
            if (joined != callee->parameter_types[i]) {
                callee->parameter_types[i] = joined;
                changed = true;
            }
        }
        return changed;
    }
    case TIR_STORE_GLOBAL:
        joined = tir_type_join(program->global_types[instr->global->index], f->values[instr->args[0]]->type);
        if (joined == program->global_types[instr->global->index]) return false;
        program->global_types[instr->global->index] = joined;
        return true;
    case TIR_STORE_DEFAULT: {
        TirType *slot = &program->default_types[instr->callee->index][instr->index];
        joined = tir_type_join(*slot, f->values[instr->args[0]]->type);
        if (joined == *slot) return false;
        *slot = joined;
        return true;
    }
    case TIR_RETURN:
        /* A generator's return value travels in StopIteration: its calls return generators. */
        joined = tir_type_join(f->return_type, f->hir->is_generator ? TIR_T_OTHER : f->values[instr->args[0]]->type);
        if (joined == f->return_type) return false;
        f->return_type = joined;
        return true;
    default: return false;
    }
}

/* ---- list element flow (tir_lists.c) ------------------------------------------- */

static void join_list(TirProgram *program, TirInstr *instr, int list) {
    if (list >= 0) instr->list = tir_list_unify(program, instr->list, list);
}

static void escape_arguments(TirProgram *program, const TirFunction *f, const TirInstr *instr) {
    for (int a = 0; a < instr->arg_count; a++) tir_list_escape(program, f->values[instr->args[a]]->list);
}

/* The elements of list `list` become reachable through untracked values. */
static void expose_elements(TirProgram *program, int list) {
    tir_list_escape(program, tir_list_element_list(program, list));
}

static void store_elements_of(TirProgram *program, int into, const TirInstr *source) {
    if (tir_is_exact_list(source) && source->list >= 0) {
        tir_list_store(program, into, tir_list_element_type(program, source->list),
                       tir_list_element_list(program, source->list));
    } else {
        tir_list_store(program, into, TIR_T_OBJECT, -1);
        tir_list_escape(program, source->list);
    }
}

static bool name_in_list(const char *name, const char *const *names) {
    for (int i = 0; names[i]; i++)
        if (strcmp(name, names[i]) == 0) return true;
    return false;
}

/* Operations whose list comes from another value (which will provide it). */
static bool propagates_list(TirOp op) {
    switch (op) {
    case TIR_PHI: case TIR_PARAM: case TIR_CHECK_BOUND: case TIR_CALL_DIRECT: case TIR_LOAD_GLOBAL:
    case TIR_LOAD_DEFAULT: case TIR_GETITEM: case TIR_FOR_ITER: case TIR_TUPLE_ITEM: case TIR_BINARY:
        return true;
    default:
        return false;
    }
}

static void list_flow_of(TirProgram *program, TirFunction *f, TirInstr *instr);

static void list_flow(TirProgram *program, TirFunction *f, TirInstr *instr) {
    list_flow_of(program, f, instr);
    /* A list from somewhere the analysis does not follow (str.split(), ...):
     * its own abstract list, escaped, so its elements are object. */
    if (tir_is_exact_list(instr) && instr->list < 0 && !propagates_list(instr->op)) {
        instr->list = tir_list_new(program);
        tir_list_escape(program, instr->list);
    }
}

static void list_flow_of(TirProgram *program, TirFunction *f, TirInstr *instr) {
#define ARGV(i) (f->values[instr->args[i]])
    static const char *const reading_builtins[] = {"len", "print", "str", "repr", "ascii", "isinstance", "bool", "id",
                                                   "type", "format", "hash", "any", "all", NULL};
    static const char *const element_builtins[] = {"sum", "min", "max", "tuple", "enumerate", "zip", "reversed", "iter",
                                                   "map", "filter", "dict", "set", NULL};
    switch (instr->op) {
    case TIR_PHI:
        for (int a = 0; a < instr->arg_count; a++) join_list(program, instr, ARGV(a)->list);
        return;
    case TIR_CHECK_BOUND: join_list(program, instr, ARGV(0)->list); return;
    case TIR_PARAM:
        if (f->parameter_lists[instr->index] >= 0) join_list(program, instr, f->parameter_lists[instr->index]);
        return;
    case TIR_CALL_DIRECT: {
        TirFunction *callee = program->functions[instr->callee->index];
        for (int a = 0; a < instr->arg_count; a++)
            if (ARGV(a)->list >= 0) callee->parameter_lists[a] = tir_list_unify(program, callee->parameter_lists[a], ARGV(a)->list);
        join_list(program, instr, callee->return_list);
        return;
    }
    case TIR_RETURN: f->return_list = tir_list_unify(program, f->return_list, ARGV(0)->list); return;
    case TIR_LOAD_GLOBAL: join_list(program, instr, program->global_lists[instr->global->index]); return;
    case TIR_STORE_GLOBAL:
        /* Other modules can reach an imported module's globals. */
        if (program->hir->context->exported) tir_list_escape(program, ARGV(0)->list);
        program->global_lists[instr->global->index] = tir_list_unify(program, program->global_lists[instr->global->index], ARGV(0)->list);
        return;
    case TIR_LOAD_DEFAULT: join_list(program, instr, program->default_lists[instr->callee->index][instr->index]); return;
    case TIR_STORE_DEFAULT: {
        int *slot = &program->default_lists[instr->callee->index][instr->index];
        *slot = tir_list_unify(program, *slot, ARGV(0)->list);
        return;
    }
    case TIR_BUILD_LIST: {
        if (instr->site < 0) instr->site = tir_list_new(program);
        join_list(program, instr, instr->site);
        bool starred = false;
        for (int a = 0; a < instr->arg_count; a++) {
            if (instr->star && instr->star[a]) {
                store_elements_of(program, instr->site, ARGV(a));
                starred = true;
            } else {
                tir_list_store(program, instr->site, ARGV(a)->type, ARGV(a)->list);
            }
        }
        tir_list_length(program, instr->site, starred ? TIR_LENGTH_VARIES : instr->arg_count);
        return;
    }
    case TIR_LIST_APPEND:
        tir_list_store(program, ARGV(0)->list, ARGV(1)->type, ARGV(1)->list);
        tir_list_length(program, ARGV(0)->list, TIR_LENGTH_VARIES);
        return;
    case TIR_SETITEM: {
        const TirInstr *container = ARGV(0), *value = ARGV(2);
        tir_list_drop_elements(program, container->list);
        if (!tir_is_exact_list(container)) tir_list_escape(program, value->list);
        if (container->list < 0) {
            tir_list_escape(program, value->list);
        } else if (ARGV(1)->op == TIR_SLICE) {
            store_elements_of(program, container->list, value);
            tir_list_length(program, container->list, TIR_LENGTH_VARIES);
        } else {
            tir_list_store(program, container->list, value->type, value->list);
        }
        return;
    }
    case TIR_DELITEM:
        tir_list_length(program, ARGV(0)->list, TIR_LENGTH_VARIES);
        tir_list_drop_elements(program, ARGV(0)->list);
        return;
    case TIR_GETITEM: {
        const TirInstr *container = ARGV(0);
        if (container->list < 0) return;
        if (ARGV(1)->op == TIR_SLICE) {
            join_list(program, instr, container->list);
            tir_list_length(program, container->list, TIR_LENGTH_VARIES);
        }
        else if (tir_is_exact_list(container)) join_list(program, instr, tir_list_element_list(program, container->list));
        else expose_elements(program, container->list);
        return;
    }
    case TIR_FOR_ITER: {
        const TirInstr *iter = ARGV(0);
        if (iter->op != TIR_ITER) return;
        const TirInstr *iterable = f->values[iter->args[0]];
        if (iterable->list < 0) return;
        if (tir_is_exact_list(iterable)) join_list(program, instr, tir_list_element_list(program, iterable->list));
        else expose_elements(program, iterable->list);
        return;
    }
    case TIR_UNPACK:
        if (ARGV(0)->list >= 0 && !tir_is_exact_list(ARGV(0))) expose_elements(program, ARGV(0)->list);
        return;
    case TIR_TUPLE_ITEM: {
        const TirInstr *unpack = ARGV(0);
        const TirInstr *source = f->values[unpack->args[0]];
        if (!tir_is_exact_list(source) || source->list < 0) return;
        if (unpack->star_index == instr->index) join_list(program, instr, source->list);
        else join_list(program, instr, tir_list_element_list(program, source->list));
        return;
    }
    case TIR_CALL_METHOD: {
        const TirInstr *receiver = ARGV(0);
        const char *name = instr->name;
        if (receiver->list >= 0 && tir_is_exact_list(receiver)) {
            int list = receiver->list;
            bool keeps_length = strcmp(name, "index") == 0 || strcmp(name, "count") == 0 ||
                                strcmp(name, "reverse") == 0 || strcmp(name, "sort") == 0 || strcmp(name, "copy") == 0;
            if (!keeps_length) tir_list_length(program, list, TIR_LENGTH_VARIES);
            if (strcmp(name, "pop") == 0 || strcmp(name, "remove") == 0 || strcmp(name, "clear") == 0)
                tir_list_drop_elements(program, list);
            if (strcmp(name, "append") == 0 && instr->arg_count == 2) {
                tir_list_store(program, list, ARGV(1)->type, ARGV(1)->list);
            } else if (strcmp(name, "insert") == 0 && instr->arg_count == 3) {
                tir_list_store(program, list, ARGV(2)->type, ARGV(2)->list);
            } else if (strcmp(name, "extend") == 0 && instr->arg_count == 2) {
                store_elements_of(program, list, ARGV(1));
            } else if (strcmp(name, "pop") == 0) {
                join_list(program, instr, tir_list_element_list(program, list));
            } else if (strcmp(name, "copy") == 0) {
                join_list(program, instr, list);   /* same length as the original, at first */
                tir_list_length(program, list, TIR_LENGTH_VARIES);
            } else if (strcmp(name, "index") == 0 || strcmp(name, "count") == 0 || strcmp(name, "remove") == 0 ||
                       strcmp(name, "reverse") == 0 || strcmp(name, "clear") == 0 ||
                       (strcmp(name, "sort") == 0 && instr->keyword_count == 0)) {
                /* reads or reorders; nothing new is stored */
            } else {
                escape_arguments(program, f, instr);
            }
            return;
        }
        if ((receiver->type & TIR_T_OBJECT) == TIR_T_STR && strcmp(name, "join") == 0) return;
        escape_arguments(program, f, instr);
        return;
    }
    case TIR_CALL_BUILTIN: {
        if (name_in_list(instr->name, reading_builtins)) return;
        if ((strcmp(instr->name, "sorted") == 0 || strcmp(instr->name, "list") == 0) && instr->keyword_count == 0 &&
            instr->arg_count == 1) {
            if (instr->site < 0) instr->site = tir_list_new(program);
            join_list(program, instr, instr->site);
            tir_list_length(program, instr->site, TIR_LENGTH_VARIES);
            store_elements_of(program, instr->site, ARGV(0));
            return;
        }
        if (strcmp(instr->name, "list") == 0 && instr->arg_count == 0) {
            if (instr->site < 0) instr->site = tir_list_new(program);
            join_list(program, instr, instr->site);
            tir_list_length(program, instr->site, TIR_LENGTH_VARIES);
            return;
        }
        if (name_in_list(instr->name, element_builtins)) {
            for (int a = 0; a < instr->arg_count; a++) expose_elements(program, ARGV(a)->list);
            return;
        }
        escape_arguments(program, f, instr);
        return;
    }
    case TIR_BINARY: {
        const TirInstr *left = ARGV(0), *right = ARGV(1);
        if (left->list < 0 && right->list < 0) return;
        if (instr->binary_op == BINOP_ADD && instr->inplace && tir_is_exact_list(left) && left->list >= 0) {
            store_elements_of(program, left->list, right);
            join_list(program, instr, left->list);
            tir_list_length(program, left->list, TIR_LENGTH_VARIES);
        } else if (instr->binary_op == BINOP_ADD && tir_is_exact_list(left) && tir_is_exact_list(right)) {
            join_list(program, instr, left->list);
            join_list(program, instr, right->list);
            tir_list_length(program, instr->list, TIR_LENGTH_VARIES);
        } else if (instr->binary_op == BINOP_MULT && (tir_is_exact_list(left) || tir_is_exact_list(right))) {
            join_list(program, instr, tir_is_exact_list(left) ? left->list : right->list);
            tir_list_length(program, instr->list, TIR_LENGTH_VARIES);
            if (instr->inplace) tir_list_drop_elements(program, instr->list);   /* x *= 0 empties x */
        } else {
            escape_arguments(program, f, instr);
        }
        return;
    }
    case TIR_COMPARE: case TIR_CONTAINS: case TIR_IS: case TIR_TRUTHY: case TIR_FORMAT: case TIR_JOIN_STRS:
    case TIR_ITER: case TIR_SLICE: case TIR_NOT: case TIR_BOOL_VALUE: case TIR_BRANCH:
    case TIR_JUMP: case TIR_CHECK: case TIR_RANGE_TEST: case TIR_CONST: case TIR_UNDEF:
        return;
    default: escape_arguments(program, f, instr); return;
    }
#undef ARGV
}

static bool infer_function(TirProgram *program, TirFunction *f) {
    bool program_changed = false;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int b = 0; b < f->block_count; b++) {
            TirBlock *block = f->blocks[b];
            for (int i = 0; i < block->instr_count; i++) {
                TirInstr *instr = block->instrs[i];
                TirType type = tir_type_join(instr->type, transfer(program, f, instr));
                if (type != instr->type) {
                    instr->type = type;
                    changed = true;
                }
                if (propagate_effects(program, f, instr)) program_changed = true;
                list_flow(program, f, instr);
                if (program->lists_changed) {
                    program->lists_changed = false;
                    changed = true;
                    program_changed = true;
                }
            }
        }
    }
    return program_changed;
}

/* Replaces every use of value `from` with `to`. */
static void replace_uses(TirFunction *f, int from, int to) {
    for (int v = 0; v < f->value_count; v++) {
        TirInstr *instr = f->values[v];
        for (int a = 0; a < instr->arg_count; a++)
            if (instr->args[a] == from) instr->args[a] = to;
    }
}

static void remove_instr(TirInstr *instr) {
    TirBlock *block = instr->block;
    for (int i = 0; i < block->instr_count; i++) {
        if (block->instrs[i] != instr) continue;
        memmove(block->instrs + i, block->instrs + i + 1, sizeof(TirInstr *) * (size_t)(block->instr_count - i - 1));
        block->instr_count--;
        return;
    }
}

/* Bound checks on values proven bound disappear. A check that may fail inside
 * a try block is rejected: its exception would need an edge to the handler. */
static void simplify_bound_checks(const TirProgram *program, TirFunction *f) {
    for (int v = 0; v < f->value_count; v++) {
        TirInstr *instr = f->values[v];
        if (instr->op != TIR_CHECK_BOUND || !instr->block) continue;
        TirType operand = f->values[instr->args[0]]->type;
        if (!(operand & TIR_T_UNBOUND)) {
            replace_uses(f, instr->id, instr->args[0]);
            remove_instr(instr);
            instr->block = NULL;
        } else if (instr->handler) {
            diag_unsupported(program->hir->file, instr->loc, "reading a possibly unassigned variable inside 'try'",
                             "assign the variable before the try statement");
        }
    }
}

void tir_infer(TirProgram *program) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < program->function_count; i++)
            if (infer_function(program, program->functions[i])) changed = true;
    }
    for (int i = 0; i < program->function_count; i++) {
        TirFunction *f = program->functions[i];
        simplify_bound_checks(program, f);
        for (int v = 0; v < f->value_count; v++) {
            const TirInstr *instr = f->values[v];
            if (instr->block && (instr->type & TIR_T_OBJECT) == TIR_T_INT) f->has_int_guards = true;
        }
    }
}
