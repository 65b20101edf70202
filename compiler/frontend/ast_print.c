/* The AST printer: reproduces CPython 3.12's ast.dump(tree, indent=1)
 * without position attributes, so the parser can be checked mechanically
 * against CPython, including repr() of every constant. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "unicode_printable.h"

/* A formatted subtree and whether ast.dump considers it "simple" (a plain
 * value, an empty list or a node without fields), which decides whether
 * its parent fits on one line. */
typedef struct Dumped {
    const char *text;
    int simple;
} Dumped;

typedef struct Printer {
    Arena scratch;
} Printer;

enum { MAX_FIELDS = 8 };

typedef struct NodeFields {
    const char *names[MAX_FIELDS];
    Dumped values[MAX_FIELDS];
    int count;
} NodeFields;

static Dumped plain(const char *text) {
    Dumped dumped = {text, 1};
    return dumped;
}

static void add_field(NodeFields *fields, const char *name, Dumped value) {
    fields->names[fields->count] = name;
    fields->values[fields->count] = value;
    fields->count++;
}

static char *indentation(Printer *printer, int level) {
    char *text = arena_alloc(&printer->scratch, (size_t)level + 3);
    text[0] = '\n';
    memset(text + 1, ' ', (size_t)level);
    text[level + 1] = '\0';
    return text;
}

/* level: the level of the node's fields (one deeper than the node). */
static Dumped make_node(Printer *printer, const char *name, const NodeFields *fields, int level) {
    StrBuf out;
    strbuf_init(&out);
    int all_simple = 1;
    for (int i = 0; i < fields->count; i++) all_simple &= fields->values[i].simple;
    strbuf_puts(&out, name);
    strbuf_putc(&out, '(');
    const char *prefix = indentation(printer, level);
    int inline_form = all_simple && fields->count <= 3;
    for (int i = 0; i < fields->count; i++) {
        if (inline_form) {
            if (i) strbuf_puts(&out, ", ");
        } else {
            if (i) strbuf_putc(&out, ',');
            strbuf_puts(&out, prefix);
        }
        strbuf_printf(&out, "%s=%s", fields->names[i], fields->values[i].text);
    }
    strbuf_putc(&out, ')');
    Dumped dumped = {arena_strndup(&printer->scratch, out.data, out.length), inline_form && fields->count == 0};
    strbuf_free(&out);
    return dumped;
}

static Dumped make_leaf(const char *name_with_parens) { return plain(name_with_parens); }

/* level: the level of the list's items. */
static Dumped make_list(Printer *printer, const Dumped *items, int count, int level) {
    if (count == 0) return plain("[]");
    StrBuf out;
    strbuf_init(&out);
    const char *prefix = indentation(printer, level);
    strbuf_putc(&out, '[');
    for (int i = 0; i < count; i++) {
        if (i) strbuf_putc(&out, ',');
        strbuf_puts(&out, prefix);
        strbuf_puts(&out, items[i].text);
    }
    strbuf_putc(&out, ']');
    Dumped dumped = {arena_strndup(&printer->scratch, out.data, out.length), 0};
    strbuf_free(&out);
    return dumped;
}

/* ---- repr of constants ------------------------------------------------- */

static uint32_t decode_utf8(const unsigned char **cursor, const unsigned char *end) {
    const unsigned char *p = *cursor;
    uint32_t code = *p++;
    int extra = code >= 0xF0 ? 3 : code >= 0xE0 ? 2 : code >= 0xC0 ? 1 : 0;
    if (extra) code &= 0x3F >> extra;
    while (extra-- && p < end) code = (code << 6) | (*p++ & 0x3F);
    *cursor = p;
    return code;
}

static char choose_quote(const char *text, size_t length) {
    int has_single = memchr(text, '\'', length) != NULL;
    int has_double = memchr(text, '"', length) != NULL;
    return has_single && !has_double ? '"' : '\'';
}

static const char *repr_str(Printer *printer, const char *text, size_t length, int is_bytes) {
    StrBuf out;
    strbuf_init(&out);
    char quote = choose_quote(text, length);
    if (is_bytes) strbuf_putc(&out, 'b');
    strbuf_putc(&out, quote);
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *end = p + length;
    while (p < end) {
        const unsigned char *char_start = p;
        uint32_t code = is_bytes ? *p++ : decode_utf8(&p, end);
        if (code == (uint32_t)quote || code == '\\') {
            strbuf_putc(&out, '\\');
            strbuf_putc(&out, (char)code);
        } else if (code == '\t') strbuf_puts(&out, "\\t");
        else if (code == '\n') strbuf_puts(&out, "\\n");
        else if (code == '\r') strbuf_puts(&out, "\\r");
        else if (is_bytes ? (code < 0x20 || code >= 0x7F) : !unicode_is_printable(code)) {
            if (code < 0x100) strbuf_printf(&out, "\\x%02x", code);
            else if (code < 0x10000) strbuf_printf(&out, "\\u%04x", code);
            else strbuf_printf(&out, "\\U%08x", code);
        } else {
            strbuf_append(&out, (const char *)char_start, (size_t)(p - char_start));
        }
    }
    strbuf_putc(&out, quote);
    const char *result = arena_strndup(&printer->scratch, out.data, out.length);
    strbuf_free(&out);
    return result;
}

/* repr(float): the shortest digits that round-trip, laid out with repr's
 * rule (positional for exponents -4..15, else d.ddde+XX). complex_style
 * omits the ".0" of integral values, as repr(complex) does. */
static const char *repr_float(Printer *printer, double value, int complex_style) {
    if (isinf(value)) return value > 0 ? "inf" : "-inf";
    if (isnan(value)) return "nan";
    char buffer[64];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (strtod(buffer, NULL) == value) break;
    }
    /* buffer: [-]d[.ddd]e[+-]XX */
    const char *p = buffer;
    int negative = *p == '-';
    if (negative) p++;
    char digits[32];
    int digit_count = 0;
    for (; *p != 'e'; p++)
        if (*p != '.') digits[digit_count++] = *p;
    int exponent = atoi(p + 1);
    while (digit_count > 1 && digits[digit_count - 1] == '0') digit_count--;
    digits[digit_count] = '\0';
    StrBuf out;
    strbuf_init(&out);
    if (negative) strbuf_putc(&out, '-');
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            for (int i = 0; i <= exponent; i++) strbuf_putc(&out, i < digit_count ? digits[i] : '0');
            if (digit_count > exponent + 1) {
                strbuf_putc(&out, '.');
                strbuf_puts(&out, digits + exponent + 1);
            } else if (!complex_style) {
                strbuf_puts(&out, ".0");
            }
        } else {
            strbuf_puts(&out, "0.");
            for (int i = 0; i < -exponent - 1; i++) strbuf_putc(&out, '0');
            strbuf_puts(&out, digits);
        }
    } else {
        strbuf_putc(&out, digits[0]);
        if (digit_count > 1) {
            strbuf_putc(&out, '.');
            strbuf_puts(&out, digits + 1);
        }
        strbuf_printf(&out, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
    }
    const char *result = arena_strndup(&printer->scratch, out.data, out.length);
    strbuf_free(&out);
    return result;
}

/* Any-size integer literal text (with its base prefix) in decimal. */
static const char *repr_big_int(Printer *printer, const char *text) {
    int base = 10;
    if (text[0] == '0' && text[1] && strchr("xXoObB", text[1])) {
        char prefix = (char)(text[1] | 0x20);
        base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        text += 2;
    }
    size_t length = strlen(text);
    /* Little-endian limbs of 10^9; a literal of n digits needs at most n limbs. */
    uint32_t *limbs = arena_alloc(&printer->scratch, sizeof(uint32_t) * (length + 1));
    int limb_count = 0;
    for (const char *p = text; *p; p++) {
        uint64_t carry = (uint64_t)(*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
        for (int i = 0; i < limb_count; i++) {
            uint64_t value = (uint64_t)limbs[i] * (uint64_t)base + carry;
            limbs[i] = (uint32_t)(value % 1000000000u);
            carry = value / 1000000000u;
        }
        while (carry) {
            limbs[limb_count++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    StrBuf out;
    strbuf_init(&out);
    if (limb_count == 0) strbuf_putc(&out, '0');
    for (int i = limb_count - 1; i >= 0; i--)
        strbuf_printf(&out, i == limb_count - 1 ? "%u" : "%09u", limbs[i]);
    const char *result = arena_strndup(&printer->scratch, out.data, out.length);
    strbuf_free(&out);
    return result;
}

static const char *repr_constant(Printer *printer, const AstConstant *constant) {
    switch (constant->kind) {
    case CONST_NONE: return "None";
    case CONST_TRUE: return "True";
    case CONST_FALSE: return "False";
    case CONST_ELLIPSIS: return "Ellipsis";
    case CONST_INT:
        if (constant->fits_int64) return arena_printf(&printer->scratch, "%lld", (long long)constant->int_value);
        return repr_big_int(printer, constant->int_text);
    case CONST_FLOAT: return repr_float(printer, constant->float_value, 0);
    case CONST_IMAG: return arena_printf(&printer->scratch, "%sj", repr_float(printer, constant->float_value, 1));
    case CONST_STR: return repr_str(printer, constant->bytes, constant->length, 0);
    case CONST_BYTES: return repr_str(printer, constant->bytes, constant->length, 1);
    }
    return "None";
}

static Dumped dump_string(Printer *printer, const char *text) {
    return plain(repr_str(printer, text, strlen(text), 0));
}

static Dumped dump_int(Printer *printer, long long value) {
    return plain(arena_printf(&printer->scratch, "%lld", value));
}

/* ---- nodes ------------------------------------------------------------- */

static Dumped dump_expr(Printer *printer, const AstExpr *expr, int level);
static Dumped dump_stmt(Printer *printer, const AstStmt *stmt, int level);
static Dumped dump_pattern(Printer *printer, const AstPattern *pattern, int level);

static Dumped dump_optional_expr(Printer *printer, const AstExpr *expr, int level) {
    return expr ? dump_expr(printer, expr, level) : plain("None");
}

static Dumped dump_expr_list(Printer *printer, AstExprList list, int level) {
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) items[i] = dump_optional_expr(printer, list.items[i], level + 1);
    return make_list(printer, items, list.count, level + 1);
}

static Dumped dump_stmt_list(Printer *printer, AstStmtList list, int level) {
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) items[i] = dump_stmt(printer, list.items[i], level + 1);
    return make_list(printer, items, list.count, level + 1);
}

static Dumped dump_pattern_list(Printer *printer, AstPatternList list, int level) {
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) items[i] = dump_pattern(printer, list.items[i], level + 1);
    return make_list(printer, items, list.count, level + 1);
}

static Dumped dump_name_list(Printer *printer, const char *const *names, int count, int level) {
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, count + 1);
    for (int i = 0; i < count; i++) items[i] = dump_string(printer, names[i]);
    return make_list(printer, items, count, level + 1);
}

static const char *context_name(AstContext ctx) {
    return ctx == CTX_STORE ? "Store()" : ctx == CTX_DEL ? "Del()" : "Load()";
}

static const char *binop_name(AstBinOp op) {
    static const char *const names[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                        "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
    return names[op];
}

static const char *unary_name(AstUnaryOp op) {
    static const char *const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return names[op];
}

static const char *compare_name(AstCmpOp op) {
    static const char *const names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()",
                                        "Is()", "IsNot()", "In()", "NotIn()"};
    return names[op];
}

static Dumped dump_arg(Printer *printer, const AstArg *arg, int level) {
    if (!arg) return plain("None");
    NodeFields fields = {.count = 0};
    int inner = level + 1;
    add_field(&fields, "arg", dump_string(printer, arg->name));
    if (arg->annotation) add_field(&fields, "annotation", dump_expr(printer, arg->annotation, inner));
    return make_node(printer, "arg", &fields, inner);
}

static Dumped dump_arg_list(Printer *printer, AstArgList list, int level) {
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) items[i] = dump_arg(printer, list.items[i], level + 1);
    return make_list(printer, items, list.count, level + 1);
}

static Dumped dump_arguments(Printer *printer, const AstArguments *arguments, int level) {
    NodeFields fields = {.count = 0};
    int inner = level + 1;
    add_field(&fields, "posonlyargs", dump_arg_list(printer, arguments->posonlyargs, inner));
    add_field(&fields, "args", dump_arg_list(printer, arguments->args, inner));
    if (arguments->vararg) add_field(&fields, "vararg", dump_arg(printer, arguments->vararg, inner));
    add_field(&fields, "kwonlyargs", dump_arg_list(printer, arguments->kwonlyargs, inner));
    add_field(&fields, "kw_defaults", dump_expr_list(printer, arguments->kw_defaults, inner));
    if (arguments->kwarg) add_field(&fields, "kwarg", dump_arg(printer, arguments->kwarg, inner));
    add_field(&fields, "defaults", dump_expr_list(printer, arguments->defaults, inner));
    return make_node(printer, "arguments", &fields, inner);
}

static Dumped dump_keywords(Printer *printer, AstKeywordList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        NodeFields fields = {.count = 0};
        if (list.items[i]->arg) add_field(&fields, "arg", dump_string(printer, list.items[i]->arg));
        add_field(&fields, "value", dump_expr(printer, list.items[i]->value, item_level + 1));
        items[i] = make_node(printer, "keyword", &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_generators(Printer *printer, AstComprehensionList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        const AstComprehension *generator = list.items[i];
        NodeFields fields = {.count = 0};
        int inner = item_level + 1;
        add_field(&fields, "target", dump_expr(printer, generator->target, inner));
        add_field(&fields, "iter", dump_expr(printer, generator->iter, inner));
        add_field(&fields, "ifs", dump_expr_list(printer, generator->ifs, inner));
        add_field(&fields, "is_async", dump_int(printer, generator->is_async));
        items[i] = make_node(printer, "comprehension", &fields, inner);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_type_params(Printer *printer, AstTypeParamList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        const AstTypeParam *param = list.items[i];
        NodeFields fields = {.count = 0};
        add_field(&fields, "name", dump_string(printer, param->name));
        if (param->bound) add_field(&fields, "bound", dump_expr(printer, param->bound, item_level + 1));
        const char *name = param->kind == TYPE_PARAM_TYPEVAR ? "TypeVar"
                           : param->kind == TYPE_PARAM_PARAMSPEC ? "ParamSpec" : "TypeVarTuple";
        items[i] = make_node(printer, name, &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_expr(Printer *printer, const AstExpr *expr, int level) {
    NodeFields fields = {.count = 0};
    int inner = level + 1;
    const char *name = "?";
    switch (expr->kind) {
    case EXPR_BOOLOP:
        name = "BoolOp";
        add_field(&fields, "op", make_leaf(expr->as.boolop.op == BOOLOP_AND ? "And()" : "Or()"));
        add_field(&fields, "values", dump_expr_list(printer, expr->as.boolop.values, inner));
        break;
    case EXPR_NAMEDEXPR:
        name = "NamedExpr";
        add_field(&fields, "target", dump_expr(printer, expr->as.namedexpr.target, inner));
        add_field(&fields, "value", dump_expr(printer, expr->as.namedexpr.value, inner));
        break;
    case EXPR_BINOP:
        name = "BinOp";
        add_field(&fields, "left", dump_expr(printer, expr->as.binop.left, inner));
        add_field(&fields, "op", make_leaf(binop_name(expr->as.binop.op)));
        add_field(&fields, "right", dump_expr(printer, expr->as.binop.right, inner));
        break;
    case EXPR_UNARYOP:
        name = "UnaryOp";
        add_field(&fields, "op", make_leaf(unary_name(expr->as.unaryop.op)));
        add_field(&fields, "operand", dump_expr(printer, expr->as.unaryop.operand, inner));
        break;
    case EXPR_LAMBDA:
        name = "Lambda";
        add_field(&fields, "args", dump_arguments(printer, expr->as.lambda.args, inner));
        add_field(&fields, "body", dump_expr(printer, expr->as.lambda.body, inner));
        break;
    case EXPR_IFEXP:
        name = "IfExp";
        add_field(&fields, "test", dump_expr(printer, expr->as.ifexp.test, inner));
        add_field(&fields, "body", dump_expr(printer, expr->as.ifexp.body, inner));
        add_field(&fields, "orelse", dump_expr(printer, expr->as.ifexp.orelse, inner));
        break;
    case EXPR_DICT:
        name = "Dict";
        add_field(&fields, "keys", dump_expr_list(printer, expr->as.dict.keys, inner));
        add_field(&fields, "values", dump_expr_list(printer, expr->as.dict.values, inner));
        break;
    case EXPR_SET:
        name = "Set";
        add_field(&fields, "elts", dump_expr_list(printer, expr->as.set.elts, inner));
        break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_GENERATOREXP:
        name = expr->kind == EXPR_LISTCOMP ? "ListComp" : expr->kind == EXPR_SETCOMP ? "SetComp" : "GeneratorExp";
        add_field(&fields, "elt", dump_expr(printer, expr->as.comp.elt, inner));
        add_field(&fields, "generators", dump_generators(printer, expr->as.comp.generators, inner));
        break;
    case EXPR_DICTCOMP:
        name = "DictComp";
        add_field(&fields, "key", dump_expr(printer, expr->as.comp.key, inner));
        add_field(&fields, "value", dump_expr(printer, expr->as.comp.value, inner));
        add_field(&fields, "generators", dump_generators(printer, expr->as.comp.generators, inner));
        break;
    case EXPR_AWAIT:
        name = "Await";
        add_field(&fields, "value", dump_expr(printer, expr->as.await_.value, inner));
        break;
    case EXPR_YIELD:
        name = "Yield";
        if (expr->as.yield.value) add_field(&fields, "value", dump_expr(printer, expr->as.yield.value, inner));
        break;
    case EXPR_YIELDFROM:
        name = "YieldFrom";
        add_field(&fields, "value", dump_expr(printer, expr->as.yieldfrom.value, inner));
        break;
    case EXPR_COMPARE: {
        name = "Compare";
        add_field(&fields, "left", dump_expr(printer, expr->as.compare.left, inner));
        Dumped *ops = ARENA_ARRAY(&printer->scratch, Dumped, expr->as.compare.count + 1);
        for (int i = 0; i < expr->as.compare.count; i++) ops[i] = make_leaf(compare_name(expr->as.compare.ops[i]));
        add_field(&fields, "ops", make_list(printer, ops, expr->as.compare.count, inner + 1));
        add_field(&fields, "comparators", dump_expr_list(printer, expr->as.compare.comparators, inner));
        break;
    }
    case EXPR_CALL:
        name = "Call";
        add_field(&fields, "func", dump_expr(printer, expr->as.call.func, inner));
        add_field(&fields, "args", dump_expr_list(printer, expr->as.call.args, inner));
        add_field(&fields, "keywords", dump_keywords(printer, expr->as.call.keywords, inner));
        break;
    case EXPR_FORMATTEDVALUE:
        name = "FormattedValue";
        add_field(&fields, "value", dump_expr(printer, expr->as.formatted.value, inner));
        add_field(&fields, "conversion", dump_int(printer, expr->as.formatted.conversion));
        if (expr->as.formatted.format_spec)
            add_field(&fields, "format_spec", dump_expr(printer, expr->as.formatted.format_spec, inner));
        break;
    case EXPR_JOINEDSTR:
        name = "JoinedStr";
        add_field(&fields, "values", dump_expr_list(printer, expr->as.joinedstr.values, inner));
        break;
    case EXPR_CONSTANT:
        name = "Constant";
        add_field(&fields, "value", plain(repr_constant(printer, &expr->as.constant)));
        if (expr->as.constant.is_unicode_prefixed) add_field(&fields, "kind", plain("'u'"));
        break;
    case EXPR_ATTRIBUTE:
        name = "Attribute";
        add_field(&fields, "value", dump_expr(printer, expr->as.attribute.value, inner));
        add_field(&fields, "attr", dump_string(printer, expr->as.attribute.attr));
        add_field(&fields, "ctx", make_leaf(context_name(expr->as.attribute.ctx)));
        break;
    case EXPR_SUBSCRIPT:
        name = "Subscript";
        add_field(&fields, "value", dump_expr(printer, expr->as.subscript.value, inner));
        add_field(&fields, "slice", dump_expr(printer, expr->as.subscript.slice, inner));
        add_field(&fields, "ctx", make_leaf(context_name(expr->as.subscript.ctx)));
        break;
    case EXPR_STARRED:
        name = "Starred";
        add_field(&fields, "value", dump_expr(printer, expr->as.starred.value, inner));
        add_field(&fields, "ctx", make_leaf(context_name(expr->as.starred.ctx)));
        break;
    case EXPR_NAME:
        name = "Name";
        add_field(&fields, "id", dump_string(printer, expr->as.name.id));
        add_field(&fields, "ctx", make_leaf(context_name(expr->as.name.ctx)));
        break;
    case EXPR_LIST: case EXPR_TUPLE:
        name = expr->kind == EXPR_LIST ? "List" : "Tuple";
        add_field(&fields, "elts", dump_expr_list(printer, expr->as.list.elts, inner));
        add_field(&fields, "ctx", make_leaf(context_name(expr->as.list.ctx)));
        break;
    case EXPR_SLICE:
        name = "Slice";
        if (expr->as.slice.lower) add_field(&fields, "lower", dump_expr(printer, expr->as.slice.lower, inner));
        if (expr->as.slice.upper) add_field(&fields, "upper", dump_expr(printer, expr->as.slice.upper, inner));
        if (expr->as.slice.step) add_field(&fields, "step", dump_expr(printer, expr->as.slice.step, inner));
        break;
    }
    return make_node(printer, name, &fields, inner);
}

static Dumped dump_pattern(Printer *printer, const AstPattern *pattern, int level) {
    NodeFields fields = {.count = 0};
    int inner = level + 1;
    const char *name = "?";
    switch (pattern->kind) {
    case PATTERN_VALUE:
        name = "MatchValue";
        add_field(&fields, "value", dump_expr(printer, pattern->as.value.value, inner));
        break;
    case PATTERN_SINGLETON: {
        name = "MatchSingleton";
        AstConstant constant;
        memset(&constant, 0, sizeof constant);
        constant.kind = pattern->as.singleton.value;
        add_field(&fields, "value", plain(repr_constant(printer, &constant)));
        break;
    }
    case PATTERN_SEQUENCE:
        name = "MatchSequence";
        add_field(&fields, "patterns", dump_pattern_list(printer, pattern->as.sequence.patterns, inner));
        break;
    case PATTERN_MAPPING:
        name = "MatchMapping";
        add_field(&fields, "keys", dump_expr_list(printer, pattern->as.mapping.keys, inner));
        add_field(&fields, "patterns", dump_pattern_list(printer, pattern->as.mapping.patterns, inner));
        if (pattern->as.mapping.rest) add_field(&fields, "rest", dump_string(printer, pattern->as.mapping.rest));
        break;
    case PATTERN_CLASS:
        name = "MatchClass";
        add_field(&fields, "cls", dump_expr(printer, pattern->as.cls.cls, inner));
        add_field(&fields, "patterns", dump_pattern_list(printer, pattern->as.cls.patterns, inner));
        add_field(&fields, "kwd_attrs",
                  dump_name_list(printer, pattern->as.cls.kwd_attrs.items, pattern->as.cls.kwd_attrs.count, inner));
        add_field(&fields, "kwd_patterns", dump_pattern_list(printer, pattern->as.cls.kwd_patterns, inner));
        break;
    case PATTERN_STAR:
        name = "MatchStar";
        if (pattern->as.star.name) add_field(&fields, "name", dump_string(printer, pattern->as.star.name));
        break;
    case PATTERN_AS:
        name = "MatchAs";
        if (pattern->as.as.pattern) add_field(&fields, "pattern", dump_pattern(printer, pattern->as.as.pattern, inner));
        if (pattern->as.as.name) add_field(&fields, "name", dump_string(printer, pattern->as.as.name));
        break;
    case PATTERN_OR:
        name = "MatchOr";
        add_field(&fields, "patterns", dump_pattern_list(printer, pattern->as.or_.patterns, inner));
        break;
    }
    return make_node(printer, name, &fields, inner);
}

static Dumped dump_aliases(Printer *printer, AstAliasList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        NodeFields fields = {.count = 0};
        add_field(&fields, "name", dump_string(printer, list.items[i]->name));
        if (list.items[i]->asname) add_field(&fields, "asname", dump_string(printer, list.items[i]->asname));
        items[i] = make_node(printer, "alias", &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_with_items(Printer *printer, AstWithItemList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        NodeFields fields = {.count = 0};
        add_field(&fields, "context_expr", dump_expr(printer, list.items[i]->context_expr, item_level + 1));
        if (list.items[i]->optional_vars)
            add_field(&fields, "optional_vars", dump_expr(printer, list.items[i]->optional_vars, item_level + 1));
        items[i] = make_node(printer, "withitem", &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_handlers(Printer *printer, AstExceptHandlerList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        const AstExceptHandler *handler = list.items[i];
        NodeFields fields = {.count = 0};
        if (handler->type) add_field(&fields, "type", dump_expr(printer, handler->type, item_level + 1));
        if (handler->name) add_field(&fields, "name", dump_string(printer, handler->name));
        add_field(&fields, "body", dump_stmt_list(printer, handler->body, item_level + 1));
        items[i] = make_node(printer, "ExceptHandler", &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_cases(Printer *printer, AstMatchCaseList list, int level) {
    int item_level = level + 1;
    Dumped *items = ARENA_ARRAY(&printer->scratch, Dumped, list.count + 1);
    for (int i = 0; i < list.count; i++) {
        const AstMatchCase *match_case = list.items[i];
        NodeFields fields = {.count = 0};
        add_field(&fields, "pattern", dump_pattern(printer, match_case->pattern, item_level + 1));
        if (match_case->guard) add_field(&fields, "guard", dump_expr(printer, match_case->guard, item_level + 1));
        add_field(&fields, "body", dump_stmt_list(printer, match_case->body, item_level + 1));
        items[i] = make_node(printer, "match_case", &fields, item_level + 1);
    }
    return make_list(printer, items, list.count, item_level);
}

static Dumped dump_stmt(Printer *printer, const AstStmt *stmt, int level) {
    NodeFields fields = {.count = 0};
    int inner = level + 1;
    const char *name = "?";
    switch (stmt->kind) {
    case STMT_FUNCTIONDEF:
        name = stmt->as.functiondef.is_async ? "AsyncFunctionDef" : "FunctionDef";
        add_field(&fields, "name", dump_string(printer, stmt->as.functiondef.name));
        add_field(&fields, "args", dump_arguments(printer, stmt->as.functiondef.args, inner));
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.functiondef.body, inner));
        add_field(&fields, "decorator_list", dump_expr_list(printer, stmt->as.functiondef.decorators, inner));
        if (stmt->as.functiondef.returns)
            add_field(&fields, "returns", dump_expr(printer, stmt->as.functiondef.returns, inner));
        add_field(&fields, "type_params", dump_type_params(printer, stmt->as.functiondef.type_params, inner));
        break;
    case STMT_CLASSDEF:
        name = "ClassDef";
        add_field(&fields, "name", dump_string(printer, stmt->as.classdef.name));
        add_field(&fields, "bases", dump_expr_list(printer, stmt->as.classdef.bases, inner));
        add_field(&fields, "keywords", dump_keywords(printer, stmt->as.classdef.keywords, inner));
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.classdef.body, inner));
        add_field(&fields, "decorator_list", dump_expr_list(printer, stmt->as.classdef.decorators, inner));
        add_field(&fields, "type_params", dump_type_params(printer, stmt->as.classdef.type_params, inner));
        break;
    case STMT_RETURN:
        name = "Return";
        if (stmt->as.return_.value) add_field(&fields, "value", dump_expr(printer, stmt->as.return_.value, inner));
        break;
    case STMT_DELETE:
        name = "Delete";
        add_field(&fields, "targets", dump_expr_list(printer, stmt->as.delete_.targets, inner));
        break;
    case STMT_ASSIGN:
        name = "Assign";
        add_field(&fields, "targets", dump_expr_list(printer, stmt->as.assign.targets, inner));
        add_field(&fields, "value", dump_expr(printer, stmt->as.assign.value, inner));
        break;
    case STMT_TYPEALIAS:
        name = "TypeAlias";
        add_field(&fields, "name", dump_expr(printer, stmt->as.typealias.name, inner));
        add_field(&fields, "type_params", dump_type_params(printer, stmt->as.typealias.type_params, inner));
        add_field(&fields, "value", dump_expr(printer, stmt->as.typealias.value, inner));
        break;
    case STMT_AUGASSIGN:
        name = "AugAssign";
        add_field(&fields, "target", dump_expr(printer, stmt->as.augassign.target, inner));
        add_field(&fields, "op", make_leaf(binop_name(stmt->as.augassign.op)));
        add_field(&fields, "value", dump_expr(printer, stmt->as.augassign.value, inner));
        break;
    case STMT_ANNASSIGN:
        name = "AnnAssign";
        add_field(&fields, "target", dump_expr(printer, stmt->as.annassign.target, inner));
        add_field(&fields, "annotation", dump_expr(printer, stmt->as.annassign.annotation, inner));
        if (stmt->as.annassign.value) add_field(&fields, "value", dump_expr(printer, stmt->as.annassign.value, inner));
        add_field(&fields, "simple", dump_int(printer, stmt->as.annassign.simple));
        break;
    case STMT_FOR:
        name = stmt->as.for_.is_async ? "AsyncFor" : "For";
        add_field(&fields, "target", dump_expr(printer, stmt->as.for_.target, inner));
        add_field(&fields, "iter", dump_expr(printer, stmt->as.for_.iter, inner));
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.for_.body, inner));
        add_field(&fields, "orelse", dump_stmt_list(printer, stmt->as.for_.orelse, inner));
        break;
    case STMT_WHILE: case STMT_IF:
        name = stmt->kind == STMT_WHILE ? "While" : "If";
        add_field(&fields, "test", dump_expr(printer, stmt->as.if_.test, inner));
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.if_.body, inner));
        add_field(&fields, "orelse", dump_stmt_list(printer, stmt->as.if_.orelse, inner));
        break;
    case STMT_WITH:
        name = stmt->as.with.is_async ? "AsyncWith" : "With";
        add_field(&fields, "items", dump_with_items(printer, stmt->as.with.items, inner));
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.with.body, inner));
        break;
    case STMT_MATCH:
        name = "Match";
        add_field(&fields, "subject", dump_expr(printer, stmt->as.match.subject, inner));
        add_field(&fields, "cases", dump_cases(printer, stmt->as.match.cases, inner));
        break;
    case STMT_RAISE:
        name = "Raise";
        if (stmt->as.raise.exc) add_field(&fields, "exc", dump_expr(printer, stmt->as.raise.exc, inner));
        if (stmt->as.raise.cause) add_field(&fields, "cause", dump_expr(printer, stmt->as.raise.cause, inner));
        break;
    case STMT_TRY:
        name = stmt->as.try_.is_star ? "TryStar" : "Try";
        add_field(&fields, "body", dump_stmt_list(printer, stmt->as.try_.body, inner));
        add_field(&fields, "handlers", dump_handlers(printer, stmt->as.try_.handlers, inner));
        add_field(&fields, "orelse", dump_stmt_list(printer, stmt->as.try_.orelse, inner));
        add_field(&fields, "finalbody", dump_stmt_list(printer, stmt->as.try_.finalbody, inner));
        break;
    case STMT_ASSERT:
        name = "Assert";
        add_field(&fields, "test", dump_expr(printer, stmt->as.assert_.test, inner));
        if (stmt->as.assert_.msg) add_field(&fields, "msg", dump_expr(printer, stmt->as.assert_.msg, inner));
        break;
    case STMT_IMPORT:
        name = "Import";
        add_field(&fields, "names", dump_aliases(printer, stmt->as.import.names, inner));
        break;
    case STMT_IMPORTFROM:
        name = "ImportFrom";
        if (stmt->as.importfrom.module) add_field(&fields, "module", dump_string(printer, stmt->as.importfrom.module));
        add_field(&fields, "names", dump_aliases(printer, stmt->as.importfrom.names, inner));
        add_field(&fields, "level", dump_int(printer, stmt->as.importfrom.level));
        break;
    case STMT_GLOBAL: case STMT_NONLOCAL:
        name = stmt->kind == STMT_GLOBAL ? "Global" : "Nonlocal";
        add_field(&fields, "names",
                  dump_name_list(printer, stmt->as.global.names.items, stmt->as.global.names.count, inner));
        break;
    case STMT_EXPR:
        name = "Expr";
        add_field(&fields, "value", dump_expr(printer, stmt->as.expr.value, inner));
        break;
    case STMT_PASS: name = "Pass"; break;
    case STMT_BREAK: name = "Break"; break;
    case STMT_CONTINUE: name = "Continue"; break;
    }
    return make_node(printer, name, &fields, inner);
}

const char *ast_binary_op_symbol(AstBinOp op) {
    static const char *const symbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
    return symbols[op];
}

const char *ast_unary_op_symbol(AstUnaryOp op) {
    static const char *const symbols[] = {"~", "not", "+", "-"};
    return symbols[op];
}

void ast_print_module(StrBuf *out, const AstModule *module) {
    Printer printer;
    arena_init(&printer.scratch);
    NodeFields fields = {.count = 0};
    add_field(&fields, "body", dump_stmt_list(&printer, module->body, 1));
    add_field(&fields, "type_ignores", plain("[]"));
    Dumped dumped = make_node(&printer, "Module", &fields, 1);
    strbuf_puts(out, dumped.text);
    strbuf_putc(out, '\n');
    arena_free(&printer.scratch);
}
