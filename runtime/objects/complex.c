/* Python complex: arithmetic by CPython 3.12's algorithms (Smith's division,
 * repeated squaring for small integral exponents), ==/!=, hashing, repr and
 * format() per component with the float text rules of float_repr.c, the
 * complex(real, imag) / complex("1+2j") constructor and the type object. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "molt/complex.h"
#include "class_internal.h"
#include "exc_object.h"
#include "number.h"
#include "str_internal.h"
#include "../core/args.h"
#include "../core/buffer.h"

typedef struct ComplexParts {
    double real, imag;
} ComplexParts;

MoltValue molt_complex_new(double real, double imag) {
    MoltComplex *z = malloc(sizeof *z);
    if (!z) return molt_raise_format(&molt_type_MemoryError, "out of memory");
    z->header.refcount = 1;
    z->header.type = &molt_type_complex;
    z->real = real;
    z->imag = imag;
    return molt_from_ptr(z);
}

MoltValue molt_complex_imaginary(MoltValue imag) { return molt_complex_new(0.0, molt_as_double(imag)); }

static ComplexParts complex_parts_of(MoltValue v) {
    const MoltComplex *z = molt_as_ptr(v);
    return (ComplexParts){z->real, z->imag};
}

static MoltValue complex_from_parts(ComplexParts z) { return molt_complex_new(z.real, z.imag); }

/* An operand of complex arithmetic as CPython's TO_COMPLEX takes it: 1 with
 * *out set, 0 when v is no int, bool, float or complex (the other operand
 * may handle it), -1 with OverflowError for an int too large for a float. */
static int complex_operand(MoltValue v, ComplexParts *out) {
    if (molt_is_complex(v)) {
        *out = complex_parts_of(v);
        return 1;
    }
    out->imag = 0.0;
    if (molt_is_double(v)) {
        out->real = molt_as_double(v);
        return 1;
    }
    if (!molt_is_int(v)) return 0;
    return molt_int_to_double(v, &out->real) ? 1 : -1;
}

/* ---- arithmetic kernels (CPython's _Py_c_*) ---------------------------------- */

static ComplexParts complex_product(ComplexParts a, ComplexParts b) {
    return (ComplexParts){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Smith's algorithm: divide through by the larger component of b. Sets
 * *zero_division when b is 0. */
static ComplexParts complex_quotient(ComplexParts a, ComplexParts b, bool *zero_division) {
    double abs_real = fabs(b.real), abs_imag = fabs(b.imag);
    if (abs_real >= abs_imag) {
        if (abs_real == 0.0) {
            *zero_division = true;
            return (ComplexParts){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denominator = b.real + b.imag * ratio;
        return (ComplexParts){(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
    }
    if (abs_imag >= abs_real) {
        double ratio = b.real / b.imag;
        double denominator = b.real * ratio + b.imag;
        return (ComplexParts){(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
    }
    return (ComplexParts){NAN, NAN};   /* a component of b is a NaN */
}

/* x ** n for n >= 0 by repeated squaring, exactly CPython's c_powu. */
static ComplexParts complex_power_unsigned(ComplexParts x, long n) {
    ComplexParts result = {1.0, 0.0};
    ComplexParts power = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) result = complex_product(result, power);
        power = complex_product(power, power);
    }
    return result;
}

/* a ** b by polar form (CPython's _Py_c_pow); *domain_error for 0 to a
 * negative or complex power. */
static ComplexParts complex_power_general(ComplexParts a, ComplexParts b, bool *domain_error) {
    if (b.real == 0.0 && b.imag == 0.0) return (ComplexParts){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *domain_error = true;
        return (ComplexParts){0.0, 0.0};
    }
    double magnitude = hypot(a.real, a.imag);
    double length = pow(magnitude, b.real);
    double angle = atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
        length /= exp(angle * b.imag);
        phase += b.imag * log(magnitude);
    }
    return (ComplexParts){length * cos(phase), length * sin(phase)};
}

static MoltValue complex_power(ComplexParts a, ComplexParts b) {
    bool domain_error = false;
    ComplexParts result;
    /* A small integral exponent takes the faster, more accurate way. */
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        if (n > 0) {
            result = complex_power_unsigned(a, n);
        } else {
            ComplexParts one = {1.0, 0.0};
            result = complex_quotient(one, complex_power_unsigned(a, -n), &domain_error);
        }
    } else {
        result = complex_power_general(a, b, &domain_error);
    }
    if (domain_error)
        return molt_raise_format(&molt_type_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(result.real) || isinf(result.imag))
        return molt_raise_format(&molt_type_OverflowError, "complex exponentiation");
    return complex_from_parts(result);
}

static MoltValue complex_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (op != MOLT_OP_ADD && op != MOLT_OP_SUB && op != MOLT_OP_MUL && op != MOLT_OP_TRUEDIV && op != MOLT_OP_POW)
        return MOLT_NOT_IMPLEMENTED;
    ComplexParts x, y;
    int status = complex_operand(a, &x);
    if (status <= 0) return status < 0 ? MOLT_ERROR : MOLT_NOT_IMPLEMENTED;
    status = complex_operand(b, &y);
    if (status <= 0) return status < 0 ? MOLT_ERROR : MOLT_NOT_IMPLEMENTED;
    switch (op) {
    case MOLT_OP_ADD: return molt_complex_new(x.real + y.real, x.imag + y.imag);
    case MOLT_OP_SUB: return molt_complex_new(x.real - y.real, x.imag - y.imag);
    case MOLT_OP_MUL: return complex_from_parts(complex_product(x, y));
    case MOLT_OP_TRUEDIV: {
        bool zero_division = false;
        ComplexParts quotient = complex_quotient(x, y, &zero_division);
        if (zero_division) return molt_raise_format(&molt_type_ZeroDivisionError, "complex division by zero");
        return complex_from_parts(quotient);
    }
    default: return complex_power(x, y);
    }
}

static MoltValue complex_negative(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    return molt_complex_new(-z.real, -z.imag);
}

static MoltValue complex_positive(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    return molt_complex_new(z.real, z.imag);
}

MoltValue molt_complex_abs(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    /* C99: an infinite component makes the magnitude infinite, even beside a NaN. */
    if (isinf(z.real)) return molt_from_double(fabs(z.real));
    if (isinf(z.imag)) return molt_from_double(fabs(z.imag));
    if (isnan(z.real) || isnan(z.imag)) return molt_from_double(NAN);
    double magnitude = hypot(z.real, z.imag);
    if (isinf(magnitude)) return molt_raise_format(&molt_type_OverflowError, "absolute value too large");
    return molt_from_double(magnitude);
}

/* ---- comparison, truth, hashing ------------------------------------------------ */

/* Only == and != are defined; an int compares exactly with the real part. */
static MoltValue complex_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (op != MOLT_CMP_EQ && op != MOLT_CMP_NE) return MOLT_NOT_IMPLEMENTED;
    if (!molt_is_complex(a)) {
        MoltValue swap = a;
        a = b;
        b = swap;
    }
    ComplexParts z = complex_parts_of(a);
    bool equal;
    if (molt_is_int(b)) {
        if (z.imag != 0.0) {
            equal = false;
        } else {
            int result;
            molt_number_compare(MOLT_CMP_EQ, molt_from_double(z.real), b, &result);
            equal = result;
        }
    } else if (molt_is_double(b)) {
        equal = z.real == molt_as_double(b) && z.imag == 0.0;
    } else if (molt_is_complex(b)) {
        ComplexParts w = complex_parts_of(b);
        equal = z.real == w.real && z.imag == w.imag;
    } else {
        return MOLT_NOT_IMPLEMENTED;
    }
    return molt_from_bool(op == MOLT_CMP_EQ ? equal : !equal);
}

static int complex_truthy(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    return z.real != 0.0 || z.imag != 0.0;
}

#define COMPLEX_HASH_IMAG 1000003u

static int64_t complex_hash(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    /* Unsigned arithmetic, as CPython combines the two float hashes. */
    uint64_t combined = (uint64_t)molt_float_hash(z.real) + COMPLEX_HASH_IMAG * (uint64_t)molt_float_hash(z.imag);
    int64_t hash = (int64_t)combined;
    return hash == -1 ? -2 : hash;
}

/* ---- text ---------------------------------------------------------------------- */

static MoltValue complex_no_memory(void) { return molt_raise_format(&molt_type_MemoryError, "out of memory"); }

/* Appends one component as repr writes it ('r' rules, no ".0"), with a sign
 * always when `signed_part`. False when out of memory. */
static bool complex_append_part(MoltBuffer *buffer, double d, bool signed_part) {
    size_t length;
    char *text = molt_float_to_string(d, 'r', 0, 0, &length);
    if (!text) return false;
    if (signed_part && text[0] != '-') molt_buffer_append_cstr(buffer, "+");
    molt_buffer_append(buffer, text, length);
    free(text);
    return true;
}

/* "2j" when the real part is +0, else "(1+2j)", "(-0-0j)", "(nan+infj)". */
static MoltValue complex_repr(MoltValue self) {
    ComplexParts z = complex_parts_of(self);
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    bool skip_real = z.real == 0.0 && !signbit(z.real);
    bool ok = true;
    if (!skip_real) {
        molt_buffer_append_cstr(&buffer, "(");
        ok = complex_append_part(&buffer, z.real, false);
    }
    ok = ok && complex_append_part(&buffer, z.imag, !skip_real);
    if (!ok) {
        molt_buffer_free(&buffer);
        return complex_no_memory();
    }
    molt_buffer_append_cstr(&buffer, skip_real ? "j" : "j)");
    return molt_buffer_finish(&buffer);
}

/* format(complex, spec) as CPython's format_complex_internal: each part
 * formatted as a float without padding (the imaginary one always signed
 * unless the real part is left out), then the whole padded (default right). */
static MoltValue complex_format_parsed(ComplexParts z, const MoltFormatSpec *spec) {
    char type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        molt_format_spec_unknown_type(type, "complex");
        return MOLT_ERROR;
    }
    if (spec->fill == '0')
        return molt_raise_format(&molt_type_ValueError, "Zero padding is not allowed in complex format specifier");
    if (spec->align == '=')
        return molt_raise_format(&molt_type_ValueError,
                                 "'=' alignment flag is not allowed in complex format specifier");
    if (spec->precision > INT_MAX) return molt_raise_format(&molt_type_ValueError, "precision too big");
    unsigned flags = 0;
    if (spec->alternate) flags |= MOLT_FLOAT_ALTERNATE;
    if (spec->no_negative_zero) flags |= MOLT_FLOAT_NO_NEGATIVE_ZERO;
    int64_t precision = spec->precision;
    int64_t default_precision = 6;
    bool skip_real = false, parentheses = false;
    if (type == 0) {
        /* Like str(z) without a precision. */
        type = 'r';
        default_precision = 0;
        skip_real = z.real == 0.0 && !signbit(z.real);
        parentheses = !skip_real;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    MoltFormatSpec part = *spec;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    part.zero_pad = false;
    MoltValue real = MOLT_NONE;
    if (!skip_real) {
        real = molt_float_layout(z.real, type, precision, flags, false, &part);
        if (real == MOLT_ERROR) return MOLT_ERROR;
        part.sign = '+';
    }
    MoltValue imag = molt_float_layout(z.imag, type, precision, flags, false, &part);
    if (imag == MOLT_ERROR) {
        molt_decref(real);
        return MOLT_ERROR;
    }
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    if (parentheses) molt_buffer_append_cstr(&buffer, "(");
    if (!skip_real) molt_buffer_append_str(&buffer, real);
    molt_buffer_append_str(&buffer, imag);
    molt_buffer_append_cstr(&buffer, parentheses ? "j)" : "j");
    molt_decref(real);
    molt_decref(imag);
    MoltValue body = molt_buffer_finish(&buffer);
    if (body == MOLT_ERROR || spec->width < 0) return body;
    size_t length;
    const char *text = molt_str_utf8(body, &length);
    /* The parts are ASCII: their grouping and signs are. */
    MoltValue result = molt_format_spec_pad(spec, text, length, (int64_t)length, '>');
    molt_decref(body);
    return result;
}

static MoltValue complex_format(MoltValue self, MoltValue spec) {
    size_t spec_length;
    molt_str_utf8(spec, &spec_length);
    if (spec_length == 0) return complex_repr(self);
    MoltFormatSpec parsed;
    if (!molt_format_spec_parse_for(spec, "complex", 0, &parsed)) return MOLT_ERROR;
    return complex_format_parsed(complex_parts_of(self), &parsed);
}

/* ---- complex(str) ---------------------------------------------------------------- */

static bool complex_is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

static bool complex_is_digit(char c) { return c >= '0' && c <= '9'; }

static bool complex_matches_word(const char *text, const char *end, const char *word) {
    size_t length = strlen(word);
    if ((size_t)(end - text) < length) return false;
    for (size_t i = 0; i < length; i++)
        if ((text[i] | 0x20) != word[i]) return false;
    return true;
}

/* The longest float at the start of [text, end) as PyOS_string_to_double
 * reads it: [sign] (inf | infinity | nan | digits [. digits] [e [sign] digits]).
 * Returns the end of the float (text itself when there is none). */
static const char *complex_scan_float(const char *text, const char *end, double *out) {
    const char *cursor = text;
    bool negative = false;
    if (cursor < end && (*cursor == '+' || *cursor == '-')) negative = *cursor++ == '-';
    if (complex_matches_word(cursor, end, "infinity") || complex_matches_word(cursor, end, "inf")) {
        *out = negative ? -INFINITY : INFINITY;
        return cursor + (complex_matches_word(cursor, end, "infinity") ? 8 : 3);
    }
    if (complex_matches_word(cursor, end, "nan")) {
        *out = NAN;
        return cursor + 3;
    }
    const char *digits = cursor;
    size_t mantissa_digits = 0;
    while (cursor < end && complex_is_digit(*cursor)) cursor++, mantissa_digits++;
    if (cursor < end && *cursor == '.') {
        cursor++;
        while (cursor < end && complex_is_digit(*cursor)) cursor++, mantissa_digits++;
    }
    if (mantissa_digits == 0) return text;
    if (cursor < end && (*cursor == 'e' || *cursor == 'E')) {
        const char *exponent = cursor + 1;
        if (exponent < end && (*exponent == '+' || *exponent == '-')) exponent++;
        if (exponent < end && complex_is_digit(*exponent)) {
            while (exponent < end && complex_is_digit(*exponent)) exponent++;
            cursor = exponent;
        }
    }
    size_t length = (size_t)(cursor - digits);
    char *copy = malloc(length + 1);
    if (!copy) abort();
    memcpy(copy, digits, length);
    copy[length] = 0;
    double value = strtod(copy, NULL);
    free(copy);
    *out = negative ? -value : value;
    return cursor;
}

/* Removes underscores from text, allowed only between digits; false when
 * one is misplaced. `out` has room for length bytes. */
static bool complex_remove_underscores(const char *text, size_t length, char *out, size_t *out_length) {
    char previous = 0;
    size_t count = 0;
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (c == '_') {
            if (!complex_is_digit(previous)) return false;
        } else {
            if (previous == '_' && !complex_is_digit(c)) return false;
            out[count++] = c;
        }
        previous = c;
    }
    *out_length = count;
    return previous != '_';
}

/* The forms <float>, <float>j, <float><signed float>j, <float><sign>j,
 * <sign>j and j, in optional parentheses, with surrounding whitespace. */
static bool complex_parse(const char *s, const char *end, ComplexParts *out) {
    double x = 0.0, y = 0.0, z;
    while (s < end && complex_is_space((unsigned char)*s)) s++;
    bool bracket = s < end && *s == '(';
    if (bracket) {
        s++;
        while (s < end && complex_is_space((unsigned char)*s)) s++;
    }
    const char *after = complex_scan_float(s, end, &z);
    if (after != s) {
        s = after;
        if (s < end && (*s == '+' || *s == '-')) {
            x = z;
            after = complex_scan_float(s, end, &y);
            if (after != s) {
                s = after;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (s == end || (*s != 'j' && *s != 'J')) return false;
            s++;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (s < end && (*s == '+' || *s == '-')) {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (s == end || (*s != 'j' && *s != 'J')) return false;
        s++;
    }
    while (s < end && complex_is_space((unsigned char)*s)) s++;
    if (bracket) {
        if (s == end || *s != ')') return false;
        s++;
        while (s < end && complex_is_space((unsigned char)*s)) s++;
    }
    if (s != end) return false;
    out->real = x;
    out->imag = y;
    return true;
}

static MoltValue complex_from_str(MoltValue text) {
    size_t utf8_length, length;
    const char *utf8 = molt_str_utf8(text, &utf8_length);
    bool copied;
    const char *ascii = molt_number_ascii_text(utf8, utf8_length, &length, &copied);
    if (!ascii) return complex_no_memory();
    char *clean = malloc(length + 1);
    if (!clean) abort();
    size_t clean_length = length;
    bool ok = true;
    if (memchr(ascii, '_', length)) ok = complex_remove_underscores(ascii, length, clean, &clean_length);
    else memcpy(clean, ascii, length);
    ComplexParts z;
    bool parsed = ok && complex_parse(clean, clean + clean_length, &z);
    free(clean);
    if (copied) free((char *)ascii);
    if (parsed) return complex_from_parts(z);
    if (ok) return molt_raise_format(&molt_type_ValueError, "complex() arg is a malformed string");
    /* A misplaced underscore has CPython's underscore-stripping message. */
    MoltValue repr = molt_repr(text);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    size_t repr_length;
    const char *repr_text = molt_str_utf8(repr, &repr_length);
    molt_raise_format(&molt_type_ValueError, "could not convert string to complex: %.*s", (int)repr_length,
                      repr_text);
    molt_decref(repr);
    return MOLT_ERROR;
}

/* ---- the complex type ------------------------------------------------------------ */

/* An argument of complex(): a complex (through __complex__ for an instance
 * given as the real part, when `real`) or a float (through __float__ /
 * __index__). New reference, MOLT_ERROR, or MOLT_NOT_IMPLEMENTED (no
 * exception) when it is no number. */
static MoltValue complex_argument(MoltValue v, bool real) {
    if (molt_is_complex(v) || molt_is_double(v)) return molt_new_reference(v);
    if (molt_is_int(v)) {
        double d;
        if (!molt_int_to_double(v, &d)) return MOLT_ERROR;
        return molt_from_double(d);
    }
    if (!molt_is_instance(v)) return MOLT_NOT_IMPLEMENTED;
    if (!real) return molt_instance_float(v);
    MoltValue converted = molt_instance_call_dunder(v, "__complex__", NULL, 0);
    if (converted == MOLT_NOT_IMPLEMENTED) return molt_instance_float(v);
    if (converted == MOLT_ERROR || molt_is_complex(converted)) return converted;
    const char *type_name = molt_type_of(converted)->name;
    molt_decref(converted);
    return molt_raise_format(&molt_type_TypeError, "__complex__ returned non-complex (type %s)", type_name);
}

/* complex(real=0, imag=0), CPython's complex_new. */
static MoltValue complex_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (callable != molt_from_ptr(&molt_type_complex))
        return molt_raise_format(&molt_type_TypeError, "'complex' object is not callable");
    static const char *const names[] = {"real", "imag", NULL};
    static const MoltArgSpec spec = {"complex", 0, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue real = parsed[0] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[0];
    MoltValue imag = parsed[1];
    bool has_imag = imag != MOLT_ARG_MISSING;
    if (molt_is_complex(real) && !has_imag) return molt_new_reference(real);
    if (molt_is_str(real)) {
        if (has_imag)
            return molt_raise_format(&molt_type_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(real);
    }
    if (has_imag && molt_is_str(imag))
        return molt_raise_format(&molt_type_TypeError, "complex() second arg can't be a string");
    MoltValue real_value = complex_argument(real, true);
    if (real_value == MOLT_ERROR) return MOLT_ERROR;
    if (real_value == MOLT_NOT_IMPLEMENTED)
        return molt_raise_format(&molt_type_TypeError,
                                 "complex() first argument must be a string or a number, not '%s'",
                                 molt_type_of(real)->name);
    MoltValue imag_value = MOLT_NONE;
    if (has_imag) {
        imag_value = complex_argument(imag, false);
        if (imag_value == MOLT_ERROR || imag_value == MOLT_NOT_IMPLEMENTED) {
            molt_decref(real_value);
            if (imag_value == MOLT_ERROR) return MOLT_ERROR;
            return molt_raise_format(&molt_type_TypeError, "complex() second argument must be a number, not '%s'",
                                     molt_type_of(imag)->name);
        }
    }
    /* real + imag*1j, where either part may itself be complex. */
    ComplexParts r = {0.0, 0.0}, i = {0.0, 0.0};
    bool real_is_complex = molt_is_complex(real_value), imag_is_complex = molt_is_complex(imag_value);
    if (real_is_complex) r = complex_parts_of(real_value);
    else r.real = molt_as_double(real_value);
    if (!has_imag) i.real = r.imag;
    else if (imag_is_complex) i = complex_parts_of(imag_value);
    else i.real = molt_as_double(imag_value);
    if (imag_is_complex) r.real -= i.imag;
    if (real_is_complex && has_imag) i.real += r.imag;
    molt_decref(real_value);
    molt_decref(imag_value);
    return molt_complex_new(r.real, i.real);
}

static const char *const complex_method_names[] = {"conjugate", "__complex__", NULL};

static MoltValue complex_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    (void)args;
    if (strcmp(name, "conjugate") == 0) {
        if (molt_args_none("complex", name, nargs, kwnames) < 0) return MOLT_ERROR;
        ComplexParts z = complex_parts_of(self);
        return molt_complex_new(z.real, -z.imag);
    }
    if (strcmp(name, "__complex__") == 0) {
        if (molt_args_none("complex", name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_new_reference(self);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue complex_getattr(MoltValue self, const char *name) {
    ComplexParts z = complex_parts_of(self);
    if (strcmp(name, "real") == 0) return molt_from_double(z.real);
    if (strcmp(name, "imag") == 0) return molt_from_double(z.imag);
    return MOLT_NOT_IMPLEMENTED;
}

static void complex_dealloc(MoltObject *object) { free(object); }

MoltType molt_type_complex = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "complex",
    .base = &molt_type_object,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .binary_op = complex_binary_op,
    .unary_negative = complex_negative,
    .unary_positive = complex_positive,
    .richcompare = complex_richcompare,
    .truthy = complex_truthy,
    .call = complex_call,
    .call_method = complex_call_method,
    .getattr = complex_getattr,
    .format = complex_format,
    .method_names = complex_method_names,
};
