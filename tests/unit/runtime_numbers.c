/* Unit test of the runtime's numbers (int with bigints, bool, float): runs each
 * case of the table below and prints "case -> result". runtime_numbers.py runs
 * the same table (it reads it from this file) under CPython 3.12 to produce
 * runtime_numbers.expected. With the argument "-" the cases come from stdin,
 * one per line, for randomized comparisons against CPython.
 *
 * A case is fields separated by '|':
 *   bin|A|OP|B     A OP B for arithmetic, bitwise and comparison operators
 *   neg|A inv|A abs|A pos|A hash|A repr|A bool|A int|A float|A
 *   fmt|A|SPEC     format(A, SPEC)
 *   parseint|TEXT|BASE  int(TEXT, BASE)    parsefloat|TEXT  float(TEXT)
 *   round|A  round|A|N   divmod|A|B   powmod|A|B|M
 *   meth|A|NAME    A.NAME()            attr|A|NAME  A.NAME
 * Operands are Python expressions: literals (123, -0x1f, 1.5, -1e300,
 * float('nan'), True), **, unary -, parentheses, and * / // % + - .
 * A test that defines NUMBERS_CASE_TABLE (a header of quoted cases) and
 * includes this file runs that table instead (runtime_bigint_table.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/molt.h"
#include "objects/number.h"

static const char *const cases[] = {
#ifdef NUMBERS_CASE_TABLE
#include NUMBERS_CASE_TABLE
#else
    /* CASES BEGIN */
    "bin|1|+|2",
    "bin|2**47-1|+|1",
    "bin|-2**47|-|1",
    "bin|2**62|+|2**62",
    "bin|2**64|-|2**64",
    "bin|2**100|*|3**50",
    "bin|-2**100|*|3**50",
    "bin|3**300|*|7**250",
    "bin|12345678901234567890123456789|*|98765432109876543210",
    "bin|2**63|*|2**63",
    "bin|-2**63|*|-1",
    "bin|7|//|2",
    "bin|-7|//|2",
    "bin|7|//|-2",
    "bin|-7|//|-2",
    "bin|7|%|-2",
    "bin|-7|%|2",
    "bin|10**40|//|-7",
    "bin|-10**40|%|7",
    "bin|10**40|%|-10**20-1",
    "bin|3**200|//|7**50",
    "bin|-3**200|//|7**50",
    "bin|3**200|%|-7**50",
    "bin|2**64|//|2**32",
    "bin|1|//|0",
    "bin|2**100|%|0",
    "bin|1|/|0",
    "bin|1|/|3",
    "bin|2**63|/|3",
    "bin|10**400|/|10**399",
    "bin|1|/|10**400",
    "bin|10**400|/|1",
    "bin|-(10**30)|/|7",
    "bin|2**1023*3|/|2**2",
    "bin|0|/|-5",
    "bin|2**53+1|/|1",
    "bin|2|**|10",
    "bin|2|**|100",
    "bin|-3|**|41",
    "bin|2|**|-1",
    "bin|0|**|-1",
    "bin|10|**|-400",
    "bin|-1|**|2**100",
    "bin|7|**|0",
    "bin|1|<<|100",
    "bin|-1|<<|64",
    "bin|5|<<|-1",
    "bin|2**100|>>|98",
    "bin|-2**100|>>|99",
    "bin|-2**100-1|>>|100",
    "bin|-5|>>|1",
    "bin|-1|>>|1000",
    "bin|2**100|>>|2**70",
    "bin|-2**100|&|2**64-1",
    "bin|-2**100|||12345",
    "bin|-2**100|^|-2**64",
    "bin|2**70+5|&|-3",
    "bin|True|&|True",
    "bin|True|||False",
    "bin|True|^|True",
    "bin|True|+|True",
    "bin|True|&|3",
    "bin|0.1|+|0.2",
    "bin|1.5|*|2",
    "bin|2**100|+|0.5",
    "bin|10**400|+|0.5",
    "bin|7.5|//|2",
    "bin|-7.5|//|2",
    "bin|7.5|%|-2",
    "bin|-0.0|%|5",
    "bin|1.0|/|0",
    "bin|1.0|//|0.0",
    "bin|1.0|%|0",
    "bin|0.0|**|-1",
    "bin|10.0|**|400",
    "bin|2.0|**|0.5",
    "bin|float('inf')|*|0",
    "bin|1.5|<<|1",
    "bin|2**53+1|==|2.0**53",
    "bin|2**53+1|>|2.0**53",
    "bin|2**53|==|2.0**53",
    "bin|10**400|>|1e308",
    "bin|-10**400|<|-1e308",
    "bin|10**400|<|float('inf')",
    "bin|3|<|float('nan')",
    "bin|3|!=|float('nan')",
    "bin|float('nan')|==|float('nan')",
    "bin|2**64|<=|2**64",
    "bin|-2**64|<|2**63",
    "bin|True|==|1.0",
    "bin|2**100|==|2.0**100",
    "bin|2**100+1|>|2.0**100",
    "bin|-2**100-1|<|-2.0**100",
    "bin|5|>=|4.5",
    "neg|-2**47",
    "neg|2**100",
    "neg|True",
    "neg|-0.0",
    "inv|2**100",
    "inv|-2**100",
    "inv|True",
    "inv|1.5",
    "abs|-2**100",
    "abs|-1.5",
    "abs|False",
    "pos|True",
    "hash|-1",
    "hash|2**61-1",
    "hash|2**61",
    "hash|-2**100",
    "hash|3**100",
    "hash|1.5",
    "hash|-2.0",
    "hash|1e300",
    "hash|1e-300",
    "hash|float('inf')",
    "hash|float('-inf')",
    "hash|True",
    "hash|2.0**100",
    "repr|0.1",
    "repr|1e16",
    "repr|1e15",
    "repr|123456789012345680.0",
    "repr|1e-5",
    "repr|0.0001",
    "repr|5e-324",
    "repr|1.7976931348623157e308",
    "repr|-0.0",
    "repr|float('inf')",
    "repr|float('-inf')",
    "repr|float('nan')",
    "repr|2.5",
    "repr|1/3",
    "repr|2**200",
    "repr|-3**100",
    "repr|2**63",
    "repr|-2**63",
    "repr|False",
    "repr|10**4299",
    "repr|10**4300",
    "bool|0.0",
    "bool|2**100",
    "bool|0",
    "int|3.99",
    "int|-3.99",
    "int|1e20",
    "int|-1.5e300",
    "int|float('inf')",
    "int|float('nan')",
    "int|True",
    "float|2**100",
    "float|2**1024",
    "float|2**53+1",
    "float|2**54+3",
    "float|-3",
    "fmt|1234567|,",
    "fmt|1234567|_d",
    "fmt|-1234567|+,",
    "fmt|255|#x",
    "fmt|255|#X",
    "fmt|-255|#o",
    "fmt|255|#b",
    "fmt|255|#010_x",
    "fmt|2**100|_x",
    "fmt|1234|010,",
    "fmt|1234|0=10,",
    "fmt|-42|=8",
    "fmt|-42|*^9",
    "fmt|42|<6",
    "fmt|42| ",
    "fmt|42|05",
    "fmt|42|<05",
    "fmt|65|c",
    "fmt|8364|>4c",
    "fmt|-1|c",
    "fmt|1|+c",
    "fmt|1|#c",
    "fmt|1|.2d",
    "fmt|1|z",
    "fmt|1|,b",
    "fmt|1|_n",
    "fmt|1|,_",
    "fmt|1|abc",
    "fmt|1|s",
    "fmt|True|",
    "fmt|True|d",
    "fmt|True|s",
    "fmt|1234|n",
    "fmt|12345|e",
    "fmt|12345|.2%",
    "fmt|10**400|f",
    "fmt|10**50|d",
    "fmt|10**5000|x",
    "fmt|1.5|",
    "fmt|1e16|",
    "fmt|123.0|.3",
    "fmt|1e20|.3",
    "fmt|1.0|.0",
    "fmt|0.5|.0",
    "fmt|1234.5|,.1f",
    "fmt|12345678.0|_",
    "fmt|1.0|010.3",
    "fmt|-1.5|=+10",
    "fmt|12345.678|015,.2f",
    "fmt|float('inf')|010",
    "fmt|float('-inf')|010",
    "fmt|float('nan')|+010",
    "fmt|float('inf')|E",
    "fmt|-0.0|",
    "fmt|-0.0|z",
    "fmt|-0.0001|z.2f",
    "fmt|-0.0001|.2f",
    "fmt|1e100|f",
    "fmt|0.001|.1f",
    "fmt|1.5|#.0f",
    "fmt|1.5|#g",
    "fmt|100.0|#.3g",
    "fmt|0.0001|g",
    "fmt|0.00001|G",
    "fmt|0.5|%",
    "fmt|1.0|.3%",
    "fmt|1e16|.17",
    "fmt|123456789.125|_.2f",
    "fmt|2.5|.0f",
    "fmt|3.5|.0f",
    "fmt|0.125|.2f",
    "fmt|1.5|e",
    "fmt|1.5|.3E",
    "fmt|1e-10|g",
    "fmt|123456789.0|g",
    "fmt|1.5|d",
    "fmt|1.5|x",
    "fmt|1.5|,n",
    "fmt|1.5|^12.4",
    "fmt|3.14159|.2",
    "fmt|1e-7|",
    "fmt|1e22|",
    "fmt|1e22|f",
    "fmt|5e-324|.3g",
    "fmt|1.5|99999999999999999999",
    "parseint|42|10",
    "parseint|  -42  |10",
    "parseint|1_000_000|10",
    "parseint|1__0|10",
    "parseint|_1|10",
    "parseint|1_|10",
    "parseint|0x_1f|0",
    "parseint|0X1F|16",
    "parseint|1f|16",
    "parseint|0o17|0",
    "parseint|0b1010|0",
    "parseint|010|0",
    "parseint|00|0",
    "parseint|0_0|0",
    "parseint|z|36",
    "parseint|Z|35",
    "parseint|1|37",
    "parseint|1|1",
    "parseint||10",
    "parseint|abc|10",
    "parseint|123456789012345678901234567890|10",
    "parseint|-ffffffffffffffffffffffffffff|16",
    "parseint|+12|0",
    "parseint|- 12|10",
    "parsefloat|1.5",
    "parsefloat|  -1.5e-3  ",
    "parsefloat|1_0.5e1_0",
    "parsefloat|1__0",
    "parsefloat|_1",
    "parsefloat|1_.5",
    "parsefloat|1._5",
    "parsefloat|-iNFinity",
    "parsefloat|+inf",
    "parsefloat|nan",
    "parsefloat|-nan",
    "parsefloat|infinit",
    "parsefloat|0x1p3",
    "parsefloat|abc",
    "parsefloat|",
    "parsefloat|.5",
    "parsefloat|5.",
    "parsefloat|.",
    "parsefloat|1e",
    "parsefloat|1e400",
    "parsefloat|1e-400",
    "parsefloat|0.1e-5",
    "round|2.5",
    "round|3.5",
    "round|-2.5",
    "round|0.5",
    "round|1e300",
    "round|float('inf')",
    "round|float('nan')",
    "round|0.125|2",
    "round|0.375|2",
    "round|2.675|2",
    "round|5.0|-1",
    "round|15.0|-1",
    "round|25.0|-1",
    "round|25.4|-1",
    "round|-35.0|-1",
    "round|1234.5678|-2",
    "round|1.7976931348623157e308|-308",
    "round|0.5|-1",
    "round|123.456|400",
    "round|123.456|-400",
    "round|float('inf')|2",
    "round|1.5|1.0",
    "round|15|-1",
    "round|25|-1",
    "round|-25|-1",
    "round|-26|-1",
    "round|12345|-2",
    "round|7|2",
    "round|True",
    "round|2**100+5*10**20|-21",
    "round|3**100|-40",
    "round|5|-1000",
    "round|5|1.5",
    "divmod|7|-2",
    "divmod|-2**100|7",
    "divmod|7.5|-2",
    "divmod|1|0",
    "divmod|1.0|0",
    "powmod|3|200|1000007",
    "powmod|2**100|3**50|10**20+39",
    "powmod|-5|3|7",
    "powmod|5|3|-7",
    "powmod|3|-1|7",
    "powmod|2|-1|4",
    "powmod|5|2|0",
    "powmod|5|0|1",
    "meth|2**100|bit_length",
    "meth|-255|bit_length",
    "meth|0|bit_length",
    "meth|-2**100+1|bit_count",
    "meth|True|bit_length",
    "meth|7|is_integer",
    "meth|-7|conjugate",
    "meth|True|as_integer_ratio",
    "meth|1.5|is_integer",
    "meth|2.0|is_integer",
    "meth|float('inf')|is_integer",
    "meth|0.1|as_integer_ratio",
    "meth|-2.5|as_integer_ratio",
    "meth|1e300|as_integer_ratio",
    "meth|5e-324|as_integer_ratio",
    "meth|0.0|as_integer_ratio",
    "meth|float('inf')|as_integer_ratio",
    "meth|float('nan')|as_integer_ratio",
    "attr|True|real",
    "attr|5|imag",
    "attr|2**70|numerator",
    "attr|5|denominator",
    "attr|1.5|real",
    "attr|1.5|imag",
    /* CASES END */
#endif
};

/* ---- operands ---------------------------------------------------------------- */

static MoltValue parse_operand(const char *text);

/* Operands are small Python expressions: literals, A**B, -A, (A), and
 * * / // % + - over those, left to right within one precedence level. */
static MoltValue parse_atom(const char **cursor) {
    const char *start = *cursor;
    if (**cursor == '(') {
        (*cursor)++;
        int depth = 1;
        const char *inner = *cursor;
        while (depth > 0) {
            if (**cursor == '(') depth++;
            if (**cursor == ')') depth--;
            (*cursor)++;
        }
        static char buffer[65536];
        snprintf(buffer, sizeof buffer, "%.*s", (int)(*cursor - inner - 1), inner);
        return parse_operand(buffer);
    }
    if (strncmp(start, "float('", 7) == 0) {
        const char *end = strchr(start + 7, '\'');
        MoltValue text = molt_str_from_utf8(start + 7, (size_t)(end - start - 7));
        *cursor = end + 2;
        MoltValue result = molt_float_from_str(text);
        molt_decref(text);
        return result;
    }
    if (strncmp(start, "True", 4) == 0) {
        *cursor += 4;
        return MOLT_TRUE;
    }
    if (strncmp(start, "False", 5) == 0) {
        *cursor += 5;
        return MOLT_FALSE;
    }
    const char *end = start;
    bool is_float = false;
    if (start[0] == '0' && (start[1] == 'x' || start[1] == 'X')) {
        end += 2;
        while (strchr("0123456789abcdefABCDEF", *end) && *end) end++;
    } else {
        while (*end && (strchr("0123456789.", *end) ||
                        ((*end == 'e' || *end == 'E') && (is_float = true)) ||
                        ((end[-1] == 'e' || end[-1] == 'E') && (*end == '-' || *end == '+')))) {
            if (*end == '.') is_float = true;
            end++;
        }
    }
    static char buffer[65536];
    snprintf(buffer, sizeof buffer, "%.*s", (int)(end - start), start);
    *cursor = end;
    if (is_float) {
        MoltValue text = molt_str_from_utf8(buffer, strlen(buffer));
        MoltValue result = molt_float_from_str(text);
        molt_decref(text);
        return result;
    }
    return molt_int_from_literal(buffer);
}

static MoltValue parse_power(const char **cursor) {
    if (**cursor == '-') {
        (*cursor)++;
        MoltValue inner = parse_power(cursor);
        MoltValue result = molt_negative(inner);
        molt_decref(inner);
        return result;
    }
    MoltValue base = parse_atom(cursor);
    if (strncmp(*cursor, "**", 2) == 0) {
        *cursor += 2;
        MoltValue exponent = parse_power(cursor);
        MoltValue result = molt_binary_op(MOLT_OP_POW, base, exponent);
        molt_decref(base);
        molt_decref(exponent);
        return result;
    }
    return base;
}

static MoltValue parse_product(const char **cursor) {
    MoltValue left = parse_power(cursor);
    while (**cursor == '*' || **cursor == '/' || **cursor == '%') {
        MoltBinaryOp op = **cursor == '*' ? MOLT_OP_MUL : **cursor == '%' ? MOLT_OP_MOD
                        : (*cursor)[1] == '/' ? MOLT_OP_FLOORDIV : MOLT_OP_TRUEDIV;
        *cursor += op == MOLT_OP_FLOORDIV ? 2 : 1;
        MoltValue right = parse_power(cursor);
        MoltValue result = molt_binary_op(op, left, right);
        molt_decref(left);
        molt_decref(right);
        left = result;
    }
    return left;
}

static MoltValue parse_operand(const char *text) {
    const char *cursor = text;
    MoltValue left = parse_product(&cursor);
    while (*cursor == '+' || *cursor == '-') {
        MoltBinaryOp op = *cursor == '+' ? MOLT_OP_ADD : MOLT_OP_SUB;
        cursor++;
        MoltValue right = parse_product(&cursor);
        MoltValue result = molt_binary_op(op, left, right);
        molt_decref(left);
        molt_decref(right);
        left = result;
    }
    return left;
}

/* ---- running cases ------------------------------------------------------------- */

static void print_result(const char *line, MoltValue result) {
    printf("%s -> ", line);
    /* repr() itself may raise (the 4300-digit limit), as in the Python twin. */
    MoltValue repr = result == MOLT_ERROR ? MOLT_ERROR : molt_repr(result);
    size_t length;
    if (repr == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        MoltValue message = molt_str(exception);
        const char *text = molt_str_utf8(message, &length);
        printf("%s: %.*s\n", molt_type_of(exception)->name, (int)length, text);
        molt_decref(message);
        molt_decref(exception);
    } else {
        const char *text = molt_str_utf8(repr, &length);
        printf("%.*s\n", (int)length, text);
        molt_decref(repr);
    }
    if (result != MOLT_ERROR) molt_decref(result);
}

static MoltValue binary_case(MoltValue a, const char *op, MoltValue b) {
    static const struct { const char *symbol; MoltBinaryOp op; } binary[] = {
        {"+", MOLT_OP_ADD}, {"-", MOLT_OP_SUB}, {"*", MOLT_OP_MUL}, {"/", MOLT_OP_TRUEDIV},
        {"//", MOLT_OP_FLOORDIV}, {"%", MOLT_OP_MOD}, {"**", MOLT_OP_POW}, {"<<", MOLT_OP_LSHIFT},
        {">>", MOLT_OP_RSHIFT}, {"&", MOLT_OP_AND}, {"|", MOLT_OP_OR}, {"^", MOLT_OP_XOR},
    };
    static const struct { const char *symbol; MoltCompareOp op; } compare[] = {
        {"<", MOLT_CMP_LT}, {"<=", MOLT_CMP_LE}, {"==", MOLT_CMP_EQ},
        {"!=", MOLT_CMP_NE}, {">", MOLT_CMP_GT}, {">=", MOLT_CMP_GE},
    };
    for (size_t i = 0; i < sizeof binary / sizeof binary[0]; i++)
        if (strcmp(op, binary[i].symbol) == 0) return molt_binary_op(binary[i].op, a, b);
    for (size_t i = 0; i < sizeof compare / sizeof compare[0]; i++) {
        if (strcmp(op, compare[i].symbol) == 0) {
            int result;
            if (!molt_number_compare(compare[i].op, a, b, &result)) return MOLT_ERROR;
            return molt_from_bool(result);
        }
    }
    return molt_raise_format(&molt_type_ValueError, "unknown operator %s", op);
}

static MoltValue pair(MoltValue first, MoltValue second) {
    MoltValue items[2] = {first, second};
    return molt_tuple_from_owned(items, 2);
}

static MoltValue run_case(char **fields, int count) {
    const char *kind = fields[0];
    if (strcmp(kind, "parseint") == 0) {
        MoltValue text = molt_str_from_utf8(fields[1], strlen(fields[1]));
        MoltValue result = molt_int_from_str(text, atoi(fields[2]));
        molt_decref(text);
        return result;
    }
    if (strcmp(kind, "parsefloat") == 0) {
        MoltValue text = molt_str_from_utf8(fields[1], count > 1 ? strlen(fields[1]) : 0);
        MoltValue result = molt_float_from_str(text);
        molt_decref(text);
        return result;
    }
    MoltValue a = parse_operand(fields[1]);
    if (a == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (strcmp(kind, "bin") == 0) {
        /* The operator may itself be "|": then it spans two empty fields. */
        const char *op = fields[2];
        const char *right = fields[3];
        if (op[0] == 0) {
            op = "|";
            right = fields[4];
        }
        MoltValue b = parse_operand(right);
        result = b == MOLT_ERROR ? MOLT_ERROR : binary_case(a, op, b);
        molt_decref(b);
    } else if (strcmp(kind, "neg") == 0) {
        result = molt_number_negative(a);
    } else if (strcmp(kind, "inv") == 0) {
        result = molt_invert(a);
    } else if (strcmp(kind, "abs") == 0) {
        result = molt_number_abs(a);
    } else if (strcmp(kind, "pos") == 0) {
        result = molt_number_positive(a);
    } else if (strcmp(kind, "hash") == 0) {
        result = molt_int_from_i64(molt_number_hash(a));
    } else if (strcmp(kind, "repr") == 0) {
        result = molt_number_str(a);
    } else if (strcmp(kind, "bool") == 0) {
        result = molt_from_bool(molt_number_truthy(a));
    } else if (strcmp(kind, "int") == 0) {
        result = molt_call(molt_from_ptr(&molt_type_int), &a, 1, MOLT_NONE);
    } else if (strcmp(kind, "float") == 0) {
        result = molt_call(molt_from_ptr(&molt_type_float), &a, 1, MOLT_NONE);
    } else if (strcmp(kind, "fmt") == 0) {
        const char *spec_text = count > 2 ? fields[2] : "";
        MoltValue spec = molt_str_from_utf8(spec_text, strlen(spec_text));
        result = molt_is_double(a) ? molt_float_format(molt_as_double(a), spec) : molt_int_format(a, spec);
        molt_decref(spec);
    } else if (strcmp(kind, "round") == 0) {
        MoltValue places = count > 2 ? parse_operand(fields[2]) : MOLT_NONE;
        if (molt_is_double(a)) result = molt_float_round(molt_as_double(a), places);
        else result = molt_int_round(a, places);
        molt_decref(places);
    } else if (strcmp(kind, "divmod") == 0) {
        MoltValue b = parse_operand(fields[2]);
        if (molt_is_double(a) || molt_is_double(b)) {
            double x, y, quotient, remainder;
            x = molt_is_double(a) ? molt_as_double(a) : (double)molt_small_int_value(a);
            y = molt_is_double(b) ? molt_as_double(b) : (double)molt_small_int_value(b);
            if (molt_float_divmod(x, y, &quotient, &remainder))
                result = pair(molt_from_double(quotient), molt_from_double(remainder));
        } else {
            MoltValue quotient, remainder;
            if (molt_int_divmod(a, b, &quotient, &remainder)) result = pair(quotient, remainder);
        }
        molt_decref(b);
    } else if (strcmp(kind, "meth") == 0) {
        result = molt_call_method(a, fields[2], NULL, 0, MOLT_NONE);
    } else if (strcmp(kind, "attr") == 0) {
        result = molt_getattr(a, fields[2]);
    } else if (strcmp(kind, "powmod") == 0) {
        MoltValue b = parse_operand(fields[2]), m = parse_operand(fields[3]);
        result = molt_int_pow_mod(a, b, m);
        molt_decref(b);
        molt_decref(m);
    } else {
        result = molt_raise_format(&molt_type_ValueError, "unknown case kind %s", kind);
    }
    molt_decref(a);
    return result;
}

static void run_line(const char *line) {
    static char copy[65536];
    snprintf(copy, sizeof copy, "%s", line);
    char *fields[8] = {0};
    int count = 0;
    char *cursor = copy;
    fields[count++] = cursor;
    while ((cursor = strchr(cursor, '|')) && count < 8) {
        *cursor++ = 0;
        fields[count++] = cursor;
    }
    for (int i = count; i < 8; i++) fields[i] = "";
    print_result(line, run_case(fields, count));
    fflush(stdout);   /* a crash report then follows the last good case */
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_numbers");
    if (argc > 1 && strcmp(argv[1], "-") == 0) {
        static char line[65536];
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\n")] = 0;
            if (line[0]) run_line(line);
        }
    } else {
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) run_line(cases[i]);
    }
    fflush(stdout);
    return 0;
}
