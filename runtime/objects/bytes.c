/* bytes: an immutable byte string stored inline after the header. Also the
 * behaviour bytearray shares with it (repr, comparison, indexing, iteration,
 * + and *, construction from ints, iterables and buffers); the methods both
 * types share live in bytes_methods.c. */
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "class_internal.h"
#include "slice.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"

static MoltBytes *bytes_allocate(size_t length) {
    MoltBytes *bytes = malloc(sizeof *bytes + length + 1);
    if (bytes == NULL) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return NULL;
    }
    bytes->header.refcount = 1;
    bytes->header.type = &molt_type_bytes;
    bytes->data = bytes->inline_data;
    bytes->length = (int64_t)length;
    bytes->hash = -1;
    bytes->capacity = 0;
    bytes->exports = 0;
    bytes->inline_data[length] = '\0';
    return bytes;
}

MoltValue molt_bytes_new_of_type(const MoltType *type, const void *data, size_t length) {
    if (type == &molt_type_bytearray) {
        MoltValue array = molt_bytearray_with_capacity(length);
        if (array == MOLT_ERROR) return MOLT_ERROR;
        MoltBytes *object = molt_bytes_object(array);
        if (length) memcpy(object->data, data, length);
        object->length = (int64_t)length;
        object->data[length] = '\0';
        return array;
    }
    MoltBytes *bytes = bytes_allocate(length);
    if (bytes == NULL) return MOLT_ERROR;
    if (length) memcpy(bytes->data, data, length);
    return molt_from_ptr(bytes);
}

MoltValue molt_bytes_from_data(const void *data, size_t length) {
    return molt_bytes_new_of_type(&molt_type_bytes, data, length);
}

/* Constants are immortal; they are also kept in a plain pointer array, as
 * str's are, so that LeakSanitizer sees them as reachable. */
static MoltBytes **constants;
static size_t constant_count, constant_capacity;

MoltValue molt_bytes_constant(const char *data, size_t length) {
    MoltValue bytes = molt_bytes_from_data(data, length);
    if (bytes == MOLT_ERROR) return bytes;
    molt_bytes_object(bytes)->header.refcount = MOLT_IMMORTAL_REFCOUNT;
    if (constant_count == constant_capacity) {
        size_t capacity = constant_capacity ? constant_capacity * 2 : 16;
        MoltBytes **grown = realloc(constants, capacity * sizeof *grown);
        if (grown == NULL) return bytes;
        constants = grown;
        constant_capacity = capacity;
    }
    constants[constant_count++] = molt_bytes_object(bytes);
    return bytes;
}

const unsigned char *molt_bytes_data(MoltValue bytes_like, size_t *length) {
    MoltBytes *bytes = molt_bytes_object(bytes_like);
    if (length != NULL) *length = (size_t)bytes->length;
    return bytes->data;
}

static void bytes_dealloc(MoltObject *object) { free(object); }

/* ---- Arguments ------------------------------------------------------------ */

bool molt_bytes_argument(MoltValue v, const unsigned char **data, size_t *length) {
    if (molt_is_memoryview(v)) return molt_memoryview_contents(v, data, length);
    if (!molt_is_bytes_like(v)) {
        molt_raise_format(&molt_type_TypeError, "a bytes-like object is required, not '%s'",
                          molt_type_of(v)->name);
        return false;
    }
    *data = molt_bytes_data(v, length);
    return true;
}

MoltValue molt_bytes_of_object(MoltValue v) {
    if (molt_is_bytes_like(v)) {
        molt_incref(v);
        return v;
    }
    if (molt_is_memoryview(v)) return molt_memoryview_to_bytes(v);
    if (!molt_is_instance(v)) return MOLT_NOT_IMPLEMENTED;
    MoltValue result = molt_instance_call_dunder(v, "__bytes__", NULL, 0);
    if (result == MOLT_ERROR || result == MOLT_NOT_IMPLEMENTED || molt_is_bytes(result)) return result;
    const char *type_name = molt_type_of(result)->name;
    molt_decref(result);
    return molt_raise_format(&molt_type_TypeError, "__bytes__ returned non-bytes (type %s)", type_name);
}

int molt_bytes_byte_argument(MoltValue v, unsigned char *out) {
    if (!molt_is_int(v)) return 0;
    int64_t value;
    if (!molt_int_to_i64(v, &value) || value < 0 || value > 255) {
        molt_raise_format(&molt_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)value;
    return 1;
}

static bool bytearray_append_byte(MoltValue out, unsigned char byte) {
    MoltBytes *array = molt_bytes_object(out);
    if (!molt_bytearray_reserve(array, (size_t)array->length + 1)) return false;
    array->data[array->length++] = byte;
    array->data[array->length] = '\0';
    return true;
}

int molt_bytes_fill_from(MoltValue out, MoltValue source, const MoltType *target) {
    MoltBytes *array = molt_bytes_object(out);
    if (molt_is_memoryview(source)) {
        MoltValue copy = molt_memoryview_to_bytes(source);
        if (copy == MOLT_ERROR) return -1;
        int status = molt_bytes_fill_from(out, copy, target);
        molt_decref(copy);
        return status;
    }
    if (molt_is_bytes_like(source)) {
        size_t length = (size_t)molt_bytes_object(source)->length;
        if (length > 0 && !molt_bytearray_can_resize(array, array->length + (int64_t)length)) return -1;
        if (!molt_bytearray_reserve(array, (size_t)array->length + length)) return -1;
        /* Read only now: growing may have moved the data when source is out itself. */
        memmove(array->data + array->length, molt_bytes_object(source)->data, length);
        array->length += (int64_t)length;
        array->data[array->length] = '\0';
        return 0;
    }
    const MoltType *type = molt_type_of(source);
    if (type->iter == NULL) {
        molt_raise_format(&molt_type_TypeError, "cannot convert '%s' object to %s", type->name, target->name);
        return -1;
    }
    MoltValue iterator = molt_iter(source);
    if (iterator == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue item = molt_iter_next(iterator);
        if (item == MOLT_STOP) break;
        if (item == MOLT_ERROR) goto fail;
        unsigned char byte;
        int status = molt_bytes_byte_argument(item, &byte);
        if (status == 0) {
            molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                              molt_type_of(item)->name);
        } else if (status < 0 && target == &molt_type_bytes) {
            /* bytes() words the range error in the plural. */
            molt_decref(molt_exc_fetch());
            molt_raise_format(&molt_type_ValueError, "bytes must be in range(0, 256)");
        }
        molt_decref(item);
        if (status <= 0) goto fail;
        if (!bytearray_append_byte(out, byte)) goto fail;
    }
    molt_decref(iterator);
    return 0;
fail:
    molt_decref(iterator);
    return -1;
}

/* bytes(source, encoding, errors) and bytearray(...): the object to build is
 * made empty by the caller (`out`, a bytearray) and filled here. */
static int bytes_construct(MoltValue out, const MoltType *target, const MoltValue *args, size_t nargs,
                           MoltValue kwnames) {
    const char *type_name = target->name;
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    MoltArgSpec spec = {type_name, 0, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return -1;
    MoltValue source = bound[0];
    bool has_encoding = bound[1] != MOLT_ARG_MISSING || bound[2] != MOLT_ARG_MISSING;
    if (source != MOLT_ARG_MISSING && molt_is_str(source)) {
        if (!has_encoding) {
            molt_raise_format(&molt_type_TypeError, "string argument without an encoding");
            return -1;
        }
        const char *encoding, *errors;
        if (!molt_codec_arguments(type_name, bound[1], bound[2], &encoding, &errors)) return -1;
        MoltValue encoded = molt_codec_encode(source, encoding, errors);
        if (encoded == MOLT_ERROR) return -1;
        int status = molt_bytes_fill_from(out, encoded, target);
        molt_decref(encoded);
        return status;
    }
    if (has_encoding) {
        molt_raise_format(&molt_type_TypeError, "%s",
                          bound[1] != MOLT_ARG_MISSING ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return -1;
    }
    if (source == MOLT_ARG_MISSING) return 0;
    if (target == &molt_type_bytes && !molt_is_bytes_like(source)) {
        /* bytes() asks __bytes__ first; bytearray() does not. */
        MoltValue converted = molt_bytes_of_object(source);
        if (converted == MOLT_ERROR) return -1;
        if (converted != MOLT_NOT_IMPLEMENTED) {
            int status = molt_bytes_fill_from(out, converted, target);
            molt_decref(converted);
            return status;
        }
    }
    if (molt_is_int(source)) {
        int64_t count;
        if (!molt_int_to_i64(source, &count)) {
            molt_raise_format(&molt_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (count < 0) {
            molt_raise_format(&molt_type_ValueError, "negative count");
            return -1;
        }
        MoltBytes *array = molt_bytes_object(out);
        if (!molt_bytearray_reserve(array, (size_t)count)) return -1;
        memset(array->data, 0, (size_t)count + 1);
        array->length = count;
        return 0;
    }
    return molt_bytes_fill_from(out, source, target);
}

/* bytes(...) is built in a temporary bytearray, then copied once. */
static MoltValue bytes_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    if (nargs == 1 && molt_is_bytes(args[0]) && molt_is_none(kwnames)) {
        molt_incref(args[0]);
        return args[0];
    }
    MoltValue buffer = molt_bytearray_with_capacity(0);
    if (buffer == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (bytes_construct(buffer, &molt_type_bytes, args, nargs, kwnames) == 0) {
        MoltBytes *array = molt_bytes_object(buffer);
        result = molt_bytes_from_data(array->data, (size_t)array->length);
    }
    molt_decref(buffer);
    return result;
}

MoltValue molt_bytearray_construct(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue array = molt_bytearray_with_capacity(0);
    if (array == MOLT_ERROR) return MOLT_ERROR;
    if (bytes_construct(array, &molt_type_bytearray, args, nargs, kwnames) < 0) {
        molt_decref(array);
        return MOLT_ERROR;
    }
    return array;
}

/* ---- Hash and repr ------------------------------------------------------- */

/* Equal to the hash of the str with the same (ASCII) characters, as in CPython. */
static int64_t bytes_hash(MoltValue self) {
    MoltBytes *bytes = molt_bytes_object(self);
    if (bytes->hash == -1) bytes->hash = molt_str_hash_data(bytes->data, (size_t)bytes->length);
    return bytes->hash;
}

MoltValue molt_bytes_repr(MoltValue self) {
    MoltBytes *bytes = molt_bytes_object(self);
    bool is_array = molt_is_bytearray(self);
    bool has_single = memchr(bytes->data, '\'', (size_t)bytes->length) != NULL;
    bool has_double = memchr(bytes->data, '"', (size_t)bytes->length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    MoltBuffer buffer;
    molt_buffer_init(&buffer);
    if (is_array) molt_buffer_append_cstr(&buffer, "bytearray(");
    molt_buffer_append(&buffer, "b", 1);
    molt_buffer_append(&buffer, &quote, 1);
    for (int64_t i = 0; i < bytes->length; i++) {
        unsigned char c = bytes->data[i];
        char escape[4] = {'\\', (char)c, 0, 0};
        size_t length = 2;
        if (c == '\t' || c == '\n' || c == '\r') {
            escape[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            escape[1] = 'x';
            escape[2] = hex[c >> 4];
            escape[3] = hex[c & 0xF];
            length = 4;
        } else if (c != (unsigned char)quote && c != '\\' && !(is_array && c == '\'')) {
            escape[0] = (char)c;
            length = 1;
        }
        molt_buffer_append(&buffer, escape, length);
    }
    molt_buffer_append(&buffer, &quote, 1);
    if (is_array) molt_buffer_append(&buffer, ")", 1);
    return molt_buffer_finish(&buffer);
}

/* ---- Comparison and containment ---------------------------------------- */

MoltValue molt_bytes_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (!molt_is_bytes_like(a) || !molt_is_bytes_like(b)) return MOLT_NOT_IMPLEMENTED;
    MoltBytes *x = molt_bytes_object(a);
    MoltBytes *y = molt_bytes_object(b);
    if ((op == MOLT_CMP_EQ || op == MOLT_CMP_NE) && x->length != y->length)
        return molt_from_bool(op == MOLT_CMP_NE);
    size_t common = (size_t)(x->length < y->length ? x->length : y->length);
    int order = common ? memcmp(x->data, y->data, common) : 0;
    if (order == 0) order = (x->length > y->length) - (x->length < y->length);
    switch (op) {
    case MOLT_CMP_LT: return molt_from_bool(order < 0);
    case MOLT_CMP_LE: return molt_from_bool(order <= 0);
    case MOLT_CMP_EQ: return molt_from_bool(order == 0);
    case MOLT_CMP_NE: return molt_from_bool(order != 0);
    case MOLT_CMP_GT: return molt_from_bool(order > 0);
    default: return molt_from_bool(order >= 0);
    }
}

int molt_bytes_contains(MoltValue self, MoltValue item) {
    MoltBytes *bytes = molt_bytes_object(self);
    unsigned char byte;
    int status = molt_bytes_byte_argument(item, &byte);
    if (status < 0) return -1;
    if (status > 0) return bytes->length > 0 && memchr(bytes->data, byte, (size_t)bytes->length) != NULL;
    const unsigned char *needle;
    size_t needle_length;
    if (!molt_bytes_argument(item, &needle, &needle_length)) return -1;
    return molt_str_find_bytes((const char *)bytes->data, (size_t)bytes->length, (const char *)needle,
                               needle_length) >= 0;
}

static int bytes_truthy(MoltValue self) { return molt_bytes_object(self)->length != 0; }
static int64_t bytes_length(MoltValue self) { return molt_bytes_object(self)->length; }

/* ---- Indexing and iteration -------------------------------------------- */

int molt_bytes_subscript(MoltValue self, MoltValue key, int64_t *index) {
    bool is_array = molt_is_bytearray(self);
    if (molt_is_int(key)) {
        int64_t length = molt_bytes_object(self)->length;
        if (molt_index_from_value(key, index) < 0) return -1;
        if (*index < 0) *index += length;
        if (*index < 0 || *index >= length) {
            molt_raise_format(&molt_type_IndexError, "%sindex out of range", is_array ? "bytearray " : "");
            return -1;
        }
        return 1;
    }
    if (molt_is_slice(key)) return 0;
    molt_raise_format(&molt_type_TypeError, "%s indices must be integers or slices, not %s",
                      is_array ? "bytearray" : "byte", molt_type_of(key)->name);
    return -1;
}

MoltValue molt_bytes_getitem(MoltValue self, MoltValue key) {
    MoltBytes *bytes = molt_bytes_object(self);
    int64_t index;
    int kind = molt_bytes_subscript(self, key, &index);
    if (kind < 0) return MOLT_ERROR;
    if (kind == 1) return molt_from_small_int(bytes->data[index]);
    int64_t start, stop, step, count;
    if (molt_slice_unpack(key, bytes->length, &start, &stop, &step, &count) < 0) return MOLT_ERROR;
    if (step == 1 || count <= 0)
        return molt_bytes_new_of_type(bytes->header.type, bytes->data + start, count > 0 ? (size_t)count : 0);
    unsigned char *picked = malloc((size_t)count);
    if (picked == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    for (int64_t i = 0; i < count; i++) picked[i] = bytes->data[molt_slice_index(start, step, i)];
    MoltValue result = molt_bytes_new_of_type(bytes->header.type, picked, (size_t)count);
    free(picked);
    return result;
}

typedef struct BytesIterator {
    MoltObject header;
    MoltValue bytes;        /* MOLT_NONE once exhausted */
    int64_t index;
} BytesIterator;

static void bytes_iterator_dealloc(MoltObject *object) {
    molt_decref(((BytesIterator *)object)->bytes);
    free(object);
}

/* Reads the length on every step: a bytearray may change while iterated. */
static MoltValue bytes_iterator_next(MoltValue self) {
    BytesIterator *iterator = molt_as_ptr(self);
    if (iterator->bytes == MOLT_NONE) return MOLT_STOP;
    MoltBytes *bytes = molt_bytes_object(iterator->bytes);
    if (iterator->index >= bytes->length) {
        molt_decref(iterator->bytes);
        iterator->bytes = MOLT_NONE;
        return MOLT_STOP;
    }
    return molt_from_small_int(bytes->data[iterator->index++]);
}

static MoltValue bytes_iterator_iter(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltType bytes_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "bytes_iterator",
    .base = &molt_type_object,
    .dealloc = bytes_iterator_dealloc,
    .iter = bytes_iterator_iter,
    .iternext = bytes_iterator_next,
};

static MoltType bytearray_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "bytearray_iterator",
    .base = &molt_type_object,
    .dealloc = bytes_iterator_dealloc,
    .iter = bytes_iterator_iter,
    .iternext = bytes_iterator_next,
};

MoltValue molt_bytes_iter(MoltValue self) {
    BytesIterator *iterator = malloc(sizeof *iterator);
    if (iterator == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    iterator->header.refcount = 1;
    iterator->header.type = molt_is_bytearray(self) ? &bytearray_iterator_type : &bytes_iterator_type;
    molt_incref(self);
    iterator->bytes = self;
    iterator->index = 0;
    return molt_from_ptr(iterator);
}

/* ---- Operators ----------------------------------------------------------- */

static MoltValue bytes_repeat(MoltValue self, MoltValue count_value) {
    int64_t count = molt_sequence_repeat_count(count_value);
    if (count < 0) return MOLT_ERROR;
    MoltBytes *bytes = molt_bytes_object(self);
    if (count == 1 && molt_is_bytes(self)) {
        molt_incref(self);
        return self;
    }
    size_t piece = (size_t)bytes->length;
    if (piece && (uint64_t)count > (uint64_t)INT64_MAX / 2 / piece)
        return molt_raise_format(&molt_type_MemoryError, "%s", "");
    size_t total = piece * (size_t)count;
    MoltValue result;
    if (molt_is_bytes(self)) {
        MoltBytes *fresh = bytes_allocate(total);
        result = fresh ? molt_from_ptr(fresh) : MOLT_ERROR;
    } else {
        result = molt_bytearray_with_capacity(total);
    }
    if (result == MOLT_ERROR || total == 0) return result;
    MoltBytes *out = molt_bytes_object(result);
    /* Doubling copies: log(count) memcpy calls. */
    memcpy(out->data, bytes->data, piece);
    for (size_t done = piece; done < total;) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(out->data + done, out->data, chunk);
        done += chunk;
    }
    out->length = (int64_t)total;
    out->data[total] = '\0';
    return result;
}

MoltValue molt_bytes_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    bool a_is_bytes = molt_is_bytes_like(a);
    if (op == MOLT_OP_ADD) {
        if (!a_is_bytes) return MOLT_NOT_IMPLEMENTED;
        if (!molt_is_bytes_like(b))
            return molt_raise_format(&molt_type_TypeError, "can't concat %s to %s", molt_type_of(b)->name,
                                     molt_type_of(a)->name);
        MoltBytes *x = molt_bytes_object(a), *y = molt_bytes_object(b);
        if (molt_is_bytes(a) && y->length == 0) {
            molt_incref(a);
            return a;
        }
        MoltValue result = molt_bytes_new_of_type(x->header.type, x->data, (size_t)x->length);
        if (result == MOLT_ERROR) return MOLT_ERROR;
        if (molt_is_bytearray(result)) {
            if (molt_bytes_fill_from(result, b, &molt_type_bytearray) < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
            return result;
        }
        molt_decref(result);
        MoltBytes *joined = bytes_allocate((size_t)(x->length + y->length));
        if (joined == NULL) return MOLT_ERROR;
        memcpy(joined->data, x->data, (size_t)x->length);
        memcpy(joined->data + x->length, y->data, (size_t)y->length);
        return molt_from_ptr(joined);
    }
    if (op == MOLT_OP_MOD) return a_is_bytes ? molt_bytes_percent(a, b) : MOLT_NOT_IMPLEMENTED;
    if (op == MOLT_OP_MUL) {
        MoltValue sequence = a_is_bytes ? a : b;
        MoltValue count = a_is_bytes ? b : a;
        if (!molt_is_bytes_like(sequence)) return MOLT_NOT_IMPLEMENTED;
        if (!molt_is_int(count) && !a_is_bytes) return MOLT_NOT_IMPLEMENTED;
        return bytes_repeat(sequence, count);
    }
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_bytes = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "bytes",
    .base = &molt_type_object,
    .dealloc = bytes_dealloc,
    .repr = molt_bytes_repr,
    .hash = bytes_hash,
    .binary_op = molt_bytes_binary_op,
    .richcompare = molt_bytes_richcompare,
    .truthy = bytes_truthy,
    .length = bytes_length,
    .getitem = molt_bytes_getitem,
    .contains = molt_bytes_contains,
    .iter = molt_bytes_iter,
    .call = bytes_call,
    .call_method = molt_bytes_call_shared_method,
    .method_names = molt_bytes_method_names,
    .class_method = molt_bytes_class_method,
};
