/* The struct module: pack, unpack, calcsize, iter_unpack, pack_into,
 * unpack_from, the Struct type and struct.error, with CPython 3.12's
 * results and messages. A format is parsed once into a layout (one code per
 * run of a format character: its offset, size and repeat count) as
 * CPython's prepare_s does; packing and unpacking walk the layout.
 *
 * Native mode ('@', the default) is laid out as on x86-64 Linux on every
 * target, wasm32 included (l, L, n, N and P are 8 bytes), so a program
 * prints the same everywhere; CPython's own wasm32 build would make them 4
 * bytes (docs/differences.md). Both targets are little-endian. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../objects/bytes_internal.h"
#include "../objects/class_internal.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/number.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static MoltModuleError struct_error = MOLT_MODULE_ERROR("error", "struct", &molt_type_Exception);

/* ---- formats and layouts ------------------------------------------------------- */

typedef enum Kind {
    KIND_PAD, KIND_CHAR, KIND_SIGNED, KIND_UNSIGNED, KIND_BOOL, KIND_POINTER, KIND_HALF, KIND_FLOAT, KIND_DOUBLE,
    KIND_STRING, KIND_PASCAL
} Kind;

typedef struct FormatDef {
    char format;
    Kind kind;
    unsigned char size, alignment;   /* native sizes; standard ones come from standard_size */
} FormatDef;

static const FormatDef format_defs[] = {
    {'x', KIND_PAD, 1, 1},      {'c', KIND_CHAR, 1, 1},     {'b', KIND_SIGNED, 1, 1},  {'B', KIND_UNSIGNED, 1, 1},
    {'?', KIND_BOOL, 1, 1},     {'h', KIND_SIGNED, 2, 2},   {'H', KIND_UNSIGNED, 2, 2}, {'i', KIND_SIGNED, 4, 4},
    {'I', KIND_UNSIGNED, 4, 4}, {'l', KIND_SIGNED, 8, 8},   {'L', KIND_UNSIGNED, 8, 8}, {'q', KIND_SIGNED, 8, 8},
    {'Q', KIND_UNSIGNED, 8, 8}, {'n', KIND_SIGNED, 8, 8},   {'N', KIND_UNSIGNED, 8, 8}, {'e', KIND_HALF, 2, 2},
    {'f', KIND_FLOAT, 4, 4},    {'d', KIND_DOUBLE, 8, 8},   {'s', KIND_STRING, 1, 1},  {'p', KIND_PASCAL, 1, 1},
    {'P', KIND_POINTER, 8, 8},
};

/* The size of a format character in the standard modes (= < > !), or 0
 * when the mode lacks it (n, N and P are native only). */
static size_t standard_size(char format) {
    switch (format) {
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return 0;
    default: return 1;
    }
}

/* Sizes are 64-bit on every target, so that calcsize agrees with CPython's
 * x86-64 limit (PY_SSIZE_T_MAX) on wasm32 too. */
typedef struct Code {
    const FormatDef *def;
    uint64_t offset, size, repeat;   /* size: of one item, or of the whole string for s and p */
} Code;

typedef struct Layout {
    Code *codes;
    size_t code_count;
    uint64_t size;        /* bytes */
    uint64_t item_count;  /* values packed or unpacked */
    bool native;          /* '@': native sizes and alignment */
    bool little_endian;
} Layout;

static void layout_free(Layout *layout) {
    free(layout->codes);
    layout->codes = NULL;
}

static const FormatDef *find_format(char c, bool native) {
    for (size_t i = 0; i < sizeof format_defs / sizeof format_defs[0]; i++)
        if (format_defs[i].format == c) return native || standard_size(c) ? &format_defs[i] : NULL;
    return NULL;
}

static bool is_format_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static size_t item_size(const FormatDef *def, bool native) { return native ? def->size : standard_size(def->format); }

/* Parses text[0..length) as CPython's prepare_s: 0, or -1 with struct.error. */
static int layout_parse(Layout *layout, const char *text, size_t length) {
    memset(layout, 0, sizeof *layout);
    if (memchr(text, '\0', length)) {
        molt_module_error_raise(&struct_error, "embedded null character");
        return -1;
    }
    size_t start = 0;
    char order = '@';
    if (length > 0 && strchr("@=<>!", text[0])) order = text[start++];
    layout->native = order == '@';
    layout->little_endian = order == '@' || order == '=' || order == '<';
    const uint64_t limit = INT64_MAX;   /* PY_SSIZE_T_MAX on x86-64 */
    size_t capacity = 0;
    for (size_t i = start; i < length;) {
        char c = text[i++];
        if (is_format_space(c)) continue;
        uint64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = (uint64_t)(c - '0');
            while (i < length && text[i] >= '0' && text[i] <= '9') {
                uint64_t digit = (uint64_t)(text[i++] - '0');
                if (count > (limit - digit) / 10) goto too_long;
                count = count * 10 + digit;
            }
            if (i == length) {
                molt_module_error_raise(&struct_error, "repeat count given without format specifier");
                goto fail;
            }
            c = text[i++];
        }
        const FormatDef *def = find_format(c, layout->native);
        if (!def) {
            molt_module_error_raise(&struct_error, "bad char in struct format");
            goto fail;
        }
        uint64_t size = item_size(def, layout->native);
        if (layout->native && def->alignment > 1) {
            uint64_t alignment = def->alignment;
            if (layout->size > limit - (alignment - 1)) goto too_long;
            layout->size = (layout->size + alignment - 1) / alignment * alignment;
        }
        if (count > (limit - layout->size) / size) goto too_long;
        if (def->kind != KIND_PAD) {
            if (layout->code_count == capacity) {
                capacity = capacity ? capacity * 2 : 8;
                Code *grown = realloc(layout->codes, capacity * sizeof *grown);
                if (!grown) abort();
                layout->codes = grown;
            }
            bool string = def->kind == KIND_STRING || def->kind == KIND_PASCAL;
            layout->codes[layout->code_count++] =
                (Code){def, layout->size, string ? count : size, string ? 1 : count};
            layout->item_count += string ? 1 : count;
        }
        layout->size += count * size;
    }
    return 0;
too_long:
    molt_module_error_raise(&struct_error, "total struct size too long");
fail:
    layout_free(layout);
    return -1;
}

/* A format argument (str or bytes) as its ASCII bytes: 0, or -1 with
 * CPython's TypeError. *owned is a reference the caller drops (or NONE). */
static int format_text(MoltValue format, const char **text, size_t *length, MoltValue *owned) {
    *owned = MOLT_NONE;
    if (molt_is_str(format)) {
        MoltValue encoded = molt_codec_encode(format, "ascii", NULL);
        if (encoded == MOLT_ERROR) return -1;
        *owned = encoded;
        format = encoded;
    } else if (!molt_is_bytes(format)) {
        molt_raise_format(&molt_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                          molt_type_of(format)->name);
        return -1;
    }
    *text = (const char *)molt_bytes_data(format, length);
    return 0;
}

static int layout_from_format(Layout *layout, MoltValue format) {
    const char *text;
    size_t length;
    MoltValue owned;
    if (format_text(format, &text, &length, &owned) < 0) return -1;
    int status = layout_parse(layout, text, length);
    molt_decref(owned);
    return status;
}

/* ---- packing ---------------------------------------------------------------------- */

static void store_unsigned(unsigned char *out, uint64_t bits, size_t size, bool little_endian) {
    for (size_t i = 0; i < size; i++) {
        out[little_endian ? i : size - 1 - i] = (unsigned char)(bits & 0xFF);
        bits >>= 8;
    }
}

static uint64_t load_unsigned(const unsigned char *in, size_t size, bool little_endian) {
    uint64_t bits = 0;
    for (size_t i = 0; i < size; i++) bits = bits << 8 | in[little_endian ? size - 1 - i : i];
    return bits;
}

/* The int a value stands for (itself or its __index__) as a new reference;
 * struct.error "required argument is not an integer" for anything else. */
static MoltValue integer_argument(MoltValue value) {
    if (molt_is_int(value)) return molt_new_reference(value);
    MoltValue index = molt_instance_index(value);
    if (index == MOLT_NOT_IMPLEMENTED)
        return molt_module_error_raise(&struct_error, "required argument is not an integer");
    return index;
}

/* The magnitude and sign of an int when the magnitude fits in 64 bits. */
static bool int_magnitude(MoltValue value, uint64_t *magnitude, bool *negative) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(value, storage);
    if (view.length > 2) return false;
    *magnitude = 0;
    for (size_t i = view.length; i-- > 0;) *magnitude = *magnitude << MOLT_DIGIT_BITS | view.digits[i];
    *negative = view.negative;
    return true;
}

static int pack_integer(const Code *code, const Layout *layout, unsigned char *out, MoltValue value) {
    MoltValue integer = integer_argument(value);
    if (integer == MOLT_ERROR) return -1;
    uint64_t magnitude = 0;
    bool negative = false;
    bool fits = int_magnitude(integer, &magnitude, &negative);
    molt_decref(integer);
    size_t size = code->size;
    char format = code->def->format;
    if (code->def->kind == KIND_POINTER) {
        if (!fits || (negative && magnitude > (uint64_t)1 << 63)) {
            molt_module_error_raise(&struct_error, "int too large to convert");
            return -1;
        }
    } else if (code->def->kind == KIND_SIGNED) {
        uint64_t highest = ((uint64_t)1 << (size * 8 - 1)) - 1;
        if (!fits || magnitude > highest + (negative ? 1 : 0)) {
            molt_module_error_raise(&struct_error, "'%c' format requires %lld <= number <= %lld", format,
                                    -(long long)highest - 1, (long long)highest);
            return -1;
        }
    } else {
        uint64_t highest = size == 8 ? UINT64_MAX : ((uint64_t)1 << (size * 8)) - 1;
        if (!fits || negative || magnitude > highest) {
            molt_module_error_raise(&struct_error, "'%c' format requires 0 <= number <= %llu", format,
                                    (unsigned long long)highest);
            return -1;
        }
    }
    store_unsigned(out, negative ? (uint64_t)0 - magnitude : magnitude, size, layout->little_endian);
    return 0;
}

/* float(value) as PyFloat_AsDouble, any failure becoming struct.error. */
static int float_argument(MoltValue value, double *out) {
    if (molt_is_double(value)) {
        *out = molt_as_double(value);
        return 0;
    }
    if (molt_is_int(value)) {
        if (molt_int_to_double(value, out)) return 0;
    } else {
        MoltValue converted = molt_instance_float(value);
        if (converted != MOLT_NOT_IMPLEMENTED && converted != MOLT_ERROR) {
            *out = molt_as_double(converted);
            molt_decref(converted);
            return 0;
        }
        if (converted == MOLT_NOT_IMPLEMENTED) {
            molt_module_error_raise(&struct_error, "required argument is not a float");
            return -1;
        }
    }
    molt_decref(molt_exc_fetch());
    molt_module_error_raise(&struct_error, "required argument is not a float");
    return -1;
}

static int float_too_large(char format) {
    molt_raise_format(&molt_type_OverflowError, "float too large to pack with %c format", format);
    return -1;
}

/* IEEE 754 binary16 bits of x, rounded half to even (PyFloat_Pack2). */
static int half_bits(double x, uint16_t *out) {
    unsigned sign = signbit(x) ? 1 : 0;
    unsigned exponent_bits, fraction_bits;
    if (x == 0.0) {
        exponent_bits = fraction_bits = 0;
    } else if (isinf(x)) {
        exponent_bits = 0x1F;
        fraction_bits = 0;
    } else if (isnan(x)) {
        exponent_bits = 0x1F;
        fraction_bits = 0x200;
    } else {
        int exponent;
        double fraction = frexp(fabs(x), &exponent) * 2.0;   /* in [1, 2) */
        exponent--;
        if (exponent >= 16) return float_too_large('e');
        if (exponent < -25) {
            fraction = 0.0;
            exponent = 0;
        } else if (exponent < -14) {
            fraction = ldexp(fraction, 14 + exponent);   /* subnormal */
            exponent = 0;
        } else {
            exponent += 15;
            fraction -= 1.0;
        }
        fraction *= 1024.0;
        fraction_bits = (unsigned)fraction;
        double rest = fraction - fraction_bits;
        if (rest > 0.5 || (rest == 0.5 && fraction_bits % 2 == 1)) {
            if (++fraction_bits == 1024) {
                fraction_bits = 0;
                if (++exponent == 31) return float_too_large('e');
            }
        }
        exponent_bits = (unsigned)exponent;
    }
    *out = (uint16_t)(sign << 15 | exponent_bits << 10 | fraction_bits);
    return 0;
}

static double half_value(uint16_t bits) {
    unsigned exponent = bits >> 10 & 0x1F, fraction = bits & 0x3FF;
    double value;
    if (exponent == 0x1F) value = fraction ? NAN : INFINITY;
    else if (exponent == 0) value = ldexp((double)fraction, -24);
    else value = ldexp((double)(fraction + 1024), (int)exponent - 25);
    return bits & 0x8000 ? -value : value;
}

static int pack_float(const Code *code, const Layout *layout, unsigned char *out, MoltValue value) {
    double x;
    if (float_argument(value, &x) < 0) return -1;
    uint64_t bits;
    if (code->def->kind == KIND_HALF) {
        uint16_t half;
        if (half_bits(x, &half) < 0) return -1;
        bits = half;
    } else if (code->def->kind == KIND_FLOAT) {
        float narrow = (float)x;
        /* Only the standard modes check (PyFloat_Pack4); native 'f' is a C cast. */
        if (!layout->native && isinf(narrow) && isfinite(x)) return float_too_large('f');
        uint32_t narrow_bits;
        memcpy(&narrow_bits, &narrow, sizeof narrow_bits);
        bits = narrow_bits;
    } else {
        memcpy(&bits, &x, sizeof bits);
    }
    store_unsigned(out, bits, code->size, layout->little_endian);
    return 0;
}

static int pack_bytes(const Code *code, unsigned char *out, MoltValue value) {
    char format = code->def->format;
    if (format == 'c' ? !molt_is_bytes(value) : !molt_is_bytes_like(value)) {
        if (format == 'c') molt_module_error_raise(&struct_error, "char format requires a bytes object of length 1");
        else molt_module_error_raise(&struct_error, "argument for '%c' must be a bytes object", format);
        return -1;
    }
    size_t length;
    const unsigned char *data = molt_bytes_data(value, &length);
    if (format == 'c') {
        if (length != 1) {
            molt_module_error_raise(&struct_error, "char format requires a bytes object of length 1");
            return -1;
        }
        out[0] = data[0];
    } else if (format == 's') {
        memcpy(out, data, length < code->size ? length : code->size);
    } else if (code->size > 0) {   /* 'p': a length byte (at most 255), then the bytes */
        size_t stored = length < code->size - 1 ? length : code->size - 1;
        memcpy(out + 1, data, stored);
        out[0] = (unsigned char)(stored > 255 ? 255 : stored);
    }
    return 0;
}

static int pack_value(const Code *code, const Layout *layout, unsigned char *out, MoltValue value) {
    switch (code->def->kind) {
    case KIND_SIGNED: case KIND_UNSIGNED: case KIND_POINTER: return pack_integer(code, layout, out, value);
    case KIND_HALF: case KIND_FLOAT: case KIND_DOUBLE: return pack_float(code, layout, out, value);
    case KIND_CHAR: case KIND_STRING: case KIND_PASCAL: return pack_bytes(code, out, value);
    case KIND_BOOL: {
        int truth = molt_truthy(value);
        if (truth < 0) return -1;
        out[0] = (unsigned char)truth;
        return 0;
    }
    case KIND_PAD: break;
    }
    return 0;
}

/* Packs items[0..item_count) into out[0..size), zeroed first, as
 * s_pack_internal (what was packed before an error stays). 0 or -1. */
static int layout_pack(const Layout *layout, unsigned char *out, const MoltValue *items) {
    memset(out, 0, layout->size);
    size_t item = 0;
    for (size_t c = 0; c < layout->code_count; c++) {
        const Code *code = &layout->codes[c];
        for (size_t r = 0; r < code->repeat; r++)
            if (pack_value(code, layout, out + code->offset + r * code->size, items[item++]) < 0) return -1;
    }
    return 0;
}

static int check_item_count(const char *function, const Layout *layout, size_t given) {
    if (given == layout->item_count) return 0;
    molt_module_error_raise(&struct_error, "%s expected %llu items for packing (got %zu)", function,
                            (unsigned long long)layout->item_count, given);
    return -1;
}

static MoltValue layout_pack_bytes(const Layout *layout, const MoltValue *items, size_t count) {
    if (check_item_count("pack", layout, count) < 0) return MOLT_ERROR;
    if (layout->size > SIZE_MAX - 1) return molt_raise_format(&molt_type_MemoryError, "out of memory");
    unsigned char *out = malloc(layout->size ? layout->size : 1);
    if (!out) abort();
    MoltValue result = layout_pack(layout, out, items) < 0 ? MOLT_ERROR : molt_bytes_from_data(out, layout->size);
    free(out);
    return result;
}

/* ---- unpacking -------------------------------------------------------------------- */

static MoltValue int_from_u64(uint64_t value) {
    if (value <= INT64_MAX) return molt_int_from_i64((int64_t)value);
    MoltDigit digits[2] = {(MoltDigit)value, (MoltDigit)(value >> MOLT_DIGIT_BITS)};
    MoltBigint big = {digits, 2, false};
    return molt_int_from_bigint(&big);
}

static MoltValue unpack_value(const Code *code, const Layout *layout, const unsigned char *in) {
    size_t size = code->size;
    switch (code->def->kind) {
    case KIND_SIGNED: {
        uint64_t bits = load_unsigned(in, size, layout->little_endian);
        if (size < 8 && bits >> (size * 8 - 1)) bits |= ~(uint64_t)0 << (size * 8);
        return molt_int_from_i64((int64_t)bits);
    }
    case KIND_UNSIGNED: case KIND_POINTER: return int_from_u64(load_unsigned(in, size, layout->little_endian));
    case KIND_BOOL: return molt_from_bool(in[0] != 0);
    case KIND_HALF: return molt_from_double(half_value((uint16_t)load_unsigned(in, 2, layout->little_endian)));
    case KIND_FLOAT: {
        uint32_t bits = (uint32_t)load_unsigned(in, 4, layout->little_endian);
        float narrow;
        memcpy(&narrow, &bits, sizeof narrow);
        return molt_from_double((double)narrow);
    }
    case KIND_DOUBLE: return molt_from_double_bits(load_unsigned(in, 8, layout->little_endian));
    case KIND_CHAR: case KIND_STRING: return molt_bytes_from_data(in, size);
    case KIND_PASCAL: {
        size_t length = size ? in[0] : 0;
        if (size && length >= size) length = size - 1;
        return molt_bytes_from_data(in + 1, length);
    }
    case KIND_PAD: break;
    }
    return MOLT_NONE;
}

static MoltValue layout_unpack(const Layout *layout, const unsigned char *data) {
    MoltValue result = molt_tuple_new((int64_t)layout->item_count);
    MoltValue *items = molt_tuple_items(result);
    size_t item = 0;
    for (size_t c = 0; c < layout->code_count; c++) {
        const Code *code = &layout->codes[c];
        for (size_t r = 0; r < code->repeat; r++) {
            MoltValue value = unpack_value(code, layout, data + code->offset + r * code->size);
            if (value == MOLT_ERROR) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            items[item++] = value;
        }
    }
    return result;
}

static MoltValue layout_unpack_buffer(const Layout *layout, MoltValue buffer) {
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(buffer, &data, &length)) return MOLT_ERROR;
    if (length != layout->size)
        return molt_module_error_raise(&struct_error, "unpack requires a buffer of %llu bytes",
                                       (unsigned long long)layout->size);
    return layout_unpack(layout, data);
}

/* An offset argument as PyNumber_AsSsize_t: 0, or -1 with CPython's errors. */
static int offset_argument(MoltValue value, int64_t *offset) {
    if (value == MOLT_ARG_MISSING) {
        *offset = 0;
        return 0;
    }
    MoltValue integer = molt_is_int(value) ? molt_new_reference(value) : molt_instance_index(value);
    if (integer == MOLT_NOT_IMPLEMENTED) {
        molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          molt_type_of(value)->name);
        return -1;
    }
    if (integer == MOLT_ERROR) return -1;
    bool fits = molt_int_to_i64(integer, offset);
    molt_decref(integer);
    if (fits) return 0;
    molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

/* Checks that size bytes fit at offset in a buffer of `length` (a negative
 * offset counts from the end) and turns the offset into a position. */
static int place(const Layout *layout, int64_t offset, size_t length, bool packing, size_t *position) {
    int64_t buffer_length = (int64_t)length, size = (int64_t)layout->size;
    if (offset < 0) {
        if (offset + buffer_length < 0) {
            molt_module_error_raise(&struct_error, "offset %lld out of range for %lld-byte buffer", (long long)offset,
                                    (long long)buffer_length);
            return -1;
        }
        if (-offset < size) {
            if (packing) molt_module_error_raise(&struct_error, "no space to pack %lld bytes at offset %lld",
                                                 (long long)size, (long long)offset);
            else molt_module_error_raise(&struct_error, "not enough data to unpack %lld bytes at offset %lld",
                                         (long long)size, (long long)offset);
            return -1;
        }
        offset += buffer_length;
    }
    if (buffer_length - offset < size) {
        if (packing)
            molt_module_error_raise(&struct_error,
                                    "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at "
                                    "offset %lld (actual buffer size is %lld)",
                                    (unsigned long long)(size + offset), (long long)size, (long long)offset,
                                    (long long)buffer_length);
        else
            molt_module_error_raise(&struct_error,
                                    "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes "
                                    "at offset %lld (actual buffer size is %lld)",
                                    (unsigned long long)(size + offset), (long long)size, (long long)offset,
                                    (long long)buffer_length);
        return -1;
    }
    *position = (size_t)offset;
    return 0;
}

static MoltValue layout_unpack_from(const Layout *layout, MoltValue buffer, MoltValue offset_value) {
    const unsigned char *data;
    size_t length, position;
    int64_t offset;
    if (!molt_bytes_argument(buffer, &data, &length)) return MOLT_ERROR;
    if (offset_argument(offset_value, &offset) < 0) return MOLT_ERROR;
    if (place(layout, offset, length, false, &position) < 0) return MOLT_ERROR;
    return layout_unpack(layout, data + position);
}

/* pack_into(buffer, offset, *values) after the format: args[0] is the buffer. */
static MoltValue layout_pack_into(const Layout *layout, const MoltValue *args, size_t nargs) {
    if (nargs != layout->item_count + 2) {
        if (nargs == 0) return molt_module_error_raise(&struct_error, "pack_into expected buffer argument");
        if (nargs == 1) return molt_module_error_raise(&struct_error, "pack_into expected offset argument");
        if (check_item_count("pack_into", layout, nargs - 2) < 0) return MOLT_ERROR;
    }
    if (!molt_is_bytearray(args[0])) {
        return molt_raise_format(&molt_type_TypeError, "argument must be read-write bytes-like object, not %s",
                                 molt_type_of(args[0])->name);
    }
    int64_t offset;
    size_t position;
    if (offset_argument(args[1], &offset) < 0) return MOLT_ERROR;
    MoltBytes *array = molt_bytes_object(args[0]);
    if (place(layout, offset, (size_t)array->length, true, &position) < 0) return MOLT_ERROR;
    /* Packing calls no Python code that could resize the bytearray, except
     * __index__ / __float__ / __bool__ of instances: pack into a copy then. */
    unsigned char *out = malloc(layout->size ? layout->size : 1);
    if (!out) abort();
    memcpy(out, array->data + position, layout->size);
    int status = layout_pack(layout, out, args + 2);
    array = molt_bytes_object(args[0]);
    if ((size_t)array->length >= position + layout->size) memcpy(array->data + position, out, layout->size);
    free(out);
    return status < 0 ? MOLT_ERROR : MOLT_NONE;
}

/* ---- the unpack iterator ---------------------------------------------------------- */

typedef struct UnpackIterator {
    MoltObject header;
    MoltValue owner;     /* the Struct whose layout this walks */
    MoltValue buffer;    /* bytes or bytearray */
    size_t position;
} UnpackIterator;

extern MoltType molt_type_unpack_iterator;

typedef struct StructObject {
    MoltObject header;
    MoltValue format;    /* str */
    Layout layout;
} StructObject;

extern MoltType molt_type_Struct;

static MoltValue layout_iter_unpack(MoltValue owner, MoltValue buffer) {
    const Layout *layout = &((StructObject *)molt_as_ptr(owner))->layout;
    const unsigned char *data;
    size_t length;
    if (!molt_bytes_argument(buffer, &data, &length)) return MOLT_ERROR;
    if (layout->size == 0)
        return molt_module_error_raise(&struct_error, "cannot iteratively unpack with a struct of length 0");
    if (length % layout->size != 0)
        return molt_module_error_raise(&struct_error, "iterative unpacking requires a buffer of a multiple of %llu bytes",
                                       (unsigned long long)layout->size);
    UnpackIterator *iterator = molt_object_allocate(sizeof *iterator, &molt_type_unpack_iterator);
    iterator->owner = molt_new_reference(owner);
    iterator->buffer = molt_new_reference(buffer);
    iterator->position = 0;
    return molt_from_ptr(iterator);
}

static void unpack_iterator_dealloc(MoltObject *object) {
    UnpackIterator *iterator = (UnpackIterator *)object;
    molt_decref(iterator->owner);
    molt_decref(iterator->buffer);
    free(iterator);
}

static MoltValue unpack_iterator_iter(MoltValue self) { return molt_new_reference(self); }

/* The rest of the buffer holds this many whole items (a bytearray may have
 * shrunk since, which CPython's buffer export forbids: then it ends). */
static size_t remaining_items(const UnpackIterator *iterator) {
    const Layout *layout = &((StructObject *)molt_as_ptr(iterator->owner))->layout;
    size_t length;
    molt_bytes_data(iterator->buffer, &length);
    return length > iterator->position ? (length - iterator->position) / layout->size : 0;
}

static MoltValue unpack_iterator_next(MoltValue self) {
    UnpackIterator *iterator = molt_as_ptr(self);
    if (remaining_items(iterator) == 0) return MOLT_STOP;
    const Layout *layout = &((StructObject *)molt_as_ptr(iterator->owner))->layout;
    size_t length;
    const unsigned char *data = molt_bytes_data(iterator->buffer, &length);
    MoltValue result = layout_unpack(layout, data + iterator->position);
    iterator->position += layout->size;
    return result;
}

static const char *const unpack_iterator_method_names[] = {"__length_hint__", NULL};

static MoltValue unpack_iterator_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                             MoltValue kwnames) {
    (void)args;
    if (strcmp(name, "__length_hint__") != 0) return MOLT_NOT_IMPLEMENTED;
    if (molt_args_none("unpack_iterator", "__length_hint__", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_int_from_i64((int64_t)remaining_items(molt_as_ptr(self)));
}

MoltType molt_type_unpack_iterator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_struct.unpack_iterator",
    .module_name = "_struct",
    .base = &molt_type_object,
    .dealloc = unpack_iterator_dealloc,
    .hash = molt_object_hash_identity,
    .iter = unpack_iterator_iter,
    .iternext = unpack_iterator_next,
    .call_method = unpack_iterator_call_method,
    .method_names = unpack_iterator_method_names,
};

/* ---- Struct ----------------------------------------------------------------------- */

static MoltValue struct_new(MoltValue format) {
    Layout layout;
    if (layout_from_format(&layout, format) < 0) return MOLT_ERROR;
    MoltValue text = molt_is_str(format) ? molt_new_reference(format) : MOLT_NONE;
    if (text == MOLT_NONE) {
        size_t length;
        const unsigned char *data = molt_bytes_data(format, &length);
        text = molt_codec_decode(data, length, "latin-1", NULL);
    }
    StructObject *object = molt_object_allocate(sizeof *object, &molt_type_Struct);
    object->format = text;
    object->layout = layout;
    return molt_from_ptr(object);
}

static void struct_dealloc(MoltObject *object) {
    StructObject *s = (StructObject *)object;
    molt_decref(s->format);
    layout_free(&s->layout);
    free(s);
}

static const char *const struct_constructor_names[] = {"format", NULL};
static const MoltArgSpec struct_constructor_spec = {"Struct", 1, 1, struct_constructor_names, 1};

static MoltValue struct_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'_struct.Struct' object is not callable");
    MoltValue format;
    if (molt_args_parse(&struct_constructor_spec, args, nargs, kwnames, &format) < 0) return MOLT_ERROR;
    return struct_new(format);
}

static const char *const struct_method_names[] = {"pack", "pack_into", "unpack", "unpack_from", "iter_unpack", NULL};

static const char *const unpack_from_names[] = {"buffer", "offset", NULL};
static const MoltArgSpec struct_unpack_from_spec = {"unpack_from", 1, 2, unpack_from_names, 2};

static MoltValue struct_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    const Layout *layout = &((StructObject *)molt_as_ptr(self))->layout;
    if (strcmp(name, "pack") == 0) {
        if (molt_args_no_keywords("Struct.pack", kwnames) < 0) return MOLT_ERROR;
        return layout_pack_bytes(layout, args, nargs);
    }
    if (strcmp(name, "pack_into") == 0) {
        if (molt_args_no_keywords("Struct.pack_into", kwnames) < 0) return MOLT_ERROR;
        return layout_pack_into(layout, args, nargs);
    }
    if (strcmp(name, "unpack") == 0) {
        if (molt_args_exactly_one("Struct.unpack", nargs, kwnames) < 0) return MOLT_ERROR;
        return layout_unpack_buffer(layout, args[0]);
    }
    if (strcmp(name, "unpack_from") == 0) {
        MoltValue bound[2];
        if (molt_args_parse(&struct_unpack_from_spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
        return layout_unpack_from(layout, bound[0], bound[1]);
    }
    if (strcmp(name, "iter_unpack") == 0) {
        if (molt_args_exactly_one("Struct.iter_unpack", nargs, kwnames) < 0) return MOLT_ERROR;
        return layout_iter_unpack(self, args[0]);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue struct_getattr(MoltValue self, const char *name) {
    StructObject *s = molt_as_ptr(self);
    if (strcmp(name, "format") == 0) return molt_new_reference(s->format);
    if (strcmp(name, "size") == 0) return molt_int_from_i64((int64_t)s->layout.size);
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_Struct = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_struct.Struct",
    .module_name = "_struct",
    .base = &molt_type_object,
    .dealloc = struct_dealloc,
    .hash = molt_object_hash_identity,
    .call = struct_call,
    .call_method = struct_call_method,
    .getattr = struct_getattr,
    .method_names = struct_method_names,
};

/* ---- the module functions: each makes a Struct of its format --------------------- */

/* A Struct for a module function's format argument (args[0]), after the
 * argument count was checked. */
static MoltValue struct_of(const MoltValue *args) { return struct_new(args[0]); }

static MoltValue with_struct(MoltValue s, MoltValue result) {
    molt_decref(s);
    return result;
}

static MoltValue struct_pack(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("_struct.pack", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "missing format argument");
    MoltValue s = struct_of(args);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, layout_pack_bytes(&((StructObject *)molt_as_ptr(s))->layout, args + 1, nargs - 1));
}

static MoltValue struct_pack_into(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("_struct.pack_into", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_raise_format(&molt_type_TypeError, "missing format argument");
    MoltValue s = struct_of(args);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, layout_pack_into(&((StructObject *)molt_as_ptr(s))->layout, args + 1, nargs - 1));
}

static MoltValue struct_unpack(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("_struct.unpack", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("unpack", nargs, 2, 2) < 0) return MOLT_ERROR;
    MoltValue s = struct_of(args);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, layout_unpack_buffer(&((StructObject *)molt_as_ptr(s))->layout, args[1]));
}

static const char *const module_unpack_from_names[] = {NULL, "buffer", "offset", NULL};
static const MoltArgSpec module_unpack_from_spec = {"unpack_from", 2, 3, module_unpack_from_names, 3};

static MoltValue struct_unpack_from(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[3];
    if (molt_args_parse(&module_unpack_from_spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue s = struct_of(bound);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, layout_unpack_from(&((StructObject *)molt_as_ptr(s))->layout, bound[1], bound[2]));
}

static MoltValue struct_iter_unpack(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("_struct.iter_unpack", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("iter_unpack", nargs, 2, 2) < 0) return MOLT_ERROR;
    MoltValue s = struct_of(args);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, layout_iter_unpack(s, args[1]));
}

static MoltValue struct_calcsize(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("_struct.calcsize", nargs, kwnames) < 0) return MOLT_ERROR;
    MoltValue s = struct_of(args);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    return with_struct(s, molt_int_from_i64((int64_t)((StructObject *)molt_as_ptr(s))->layout.size));
}

static MoltValue make_error(void) { return molt_module_error_attribute(&struct_error); }
static MoltValue make_struct_type(void) { return molt_from_type(&molt_type_Struct); }

static const MoltModuleAttribute struct_attributes[] = {
    {"error", make_error},
    {"Struct", make_struct_type},
};

static struct MoltBuiltinFunctionObject struct_functions[] = {
    MOLT_MODULE_FUNCTION("pack", struct_pack),
    MOLT_MODULE_FUNCTION("pack_into", struct_pack_into),
    MOLT_MODULE_FUNCTION("unpack", struct_unpack),
    MOLT_MODULE_FUNCTION("unpack_from", struct_unpack_from),
    MOLT_MODULE_FUNCTION("iter_unpack", struct_iter_unpack),
    MOLT_MODULE_FUNCTION("calcsize", struct_calcsize),
};

struct MoltModule molt_module_struct = MOLT_MODULE("struct", struct_functions, struct_attributes);
