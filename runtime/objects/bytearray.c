/* bytearray: a mutable byte string in a growable block. Reading behaviour is
 * shared with bytes (bytes.c, bytes_methods.c); this file owns storage
 * growth and every mutation: item and slice assignment and deletion, +=, *=,
 * append, extend, insert, pop, remove, clear, reverse and copy. */
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "slice.h"
#include "str_internal.h"
#include "tuple.h"
#include "../core/args.h"

MoltValue molt_bytearray_with_capacity(size_t capacity) {
    MoltBytes *array = malloc(sizeof *array);
    unsigned char *data = malloc(capacity + 1);
    if (array == NULL || data == NULL) {
        free(array);
        free(data);
        return molt_raise_format(&molt_type_MemoryError, "%s", "");
    }
    array->header.refcount = 1;
    array->header.type = &molt_type_bytearray;
    array->data = data;
    array->data[0] = '\0';
    array->length = 0;
    array->hash = -1;
    array->capacity = capacity + 1;
    array->exports = 0;
    return molt_from_ptr(array);
}

bool molt_bytearray_can_resize(const MoltBytes *array, int64_t length) {
    if (array->exports == 0 || length == array->length) return true;
    molt_raise_format(&molt_type_BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
}

bool molt_bytearray_reserve(MoltBytes *array, size_t length) {
    if (length + 1 <= array->capacity) return true;
    size_t capacity = array->capacity + array->capacity / 2;
    if (capacity < length + 1) capacity = length + 1;
    unsigned char *data = realloc(array->data, capacity);
    if (data == NULL) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return false;
    }
    array->data = data;
    array->capacity = capacity;
    return true;
}

static void bytearray_dealloc(MoltObject *object) {
    free(((MoltBytes *)object)->data);
    free(object);
}

static void set_length(MoltBytes *array, int64_t length) {
    array->length = length;
    array->data[length] = '\0';
}

/* Replaces data[start, start + removed) by `count` bytes of `insert` (which
 * may point into the array itself: it is copied first when it does). */
static bool splice(MoltBytes *array, int64_t start, int64_t removed, const unsigned char *insert,
                   int64_t count) {
    if (!molt_bytearray_can_resize(array, array->length - removed + count)) return false;
    unsigned char *copy = NULL;
    if (count > 0 && insert >= array->data && insert < array->data + array->capacity) {
        copy = malloc((size_t)count);
        if (copy == NULL) {
            molt_raise_format(&molt_type_MemoryError, "%s", "");
            return false;
        }
        memcpy(copy, insert, (size_t)count);
        insert = copy;
    }
    int64_t length = array->length - removed + count;
    if (!molt_bytearray_reserve(array, (size_t)length)) {
        free(copy);
        return false;
    }
    memmove(array->data + start + count, array->data + start + removed,
            (size_t)(array->length - start - removed));
    if (count > 0) memcpy(array->data + start, insert, (size_t)count);
    set_length(array, length);
    free(copy);
    return true;
}

/* An int argument that must be one byte, with CPython's two errors. */
static bool byte_value(MoltValue v, unsigned char *out) {
    int status = molt_bytes_byte_argument(v, out);
    if (status == 0) {
        molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          molt_type_of(v)->name);
    }
    return status > 0;
}

/* The bytes of the right-hand side of a slice assignment, in a temporary
 * bytearray (new reference) or MOLT_ERROR. */
static MoltValue assigned_bytes(MoltValue value) {
    const MoltType *type = molt_type_of(value);
    if (molt_is_int(value) || type == &molt_type_float || molt_is_str(value)) {
        return molt_raise_format(&molt_type_TypeError,
                                 "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    MoltValue copy = molt_bytearray_with_capacity(0);
    if (copy == MOLT_ERROR) return MOLT_ERROR;
    if (molt_bytes_fill_from(copy, value, &molt_type_bytearray) < 0) {
        molt_decref(copy);
        return MOLT_ERROR;
    }
    return copy;
}

static int bytearray_setitem(MoltValue self, MoltValue key, MoltValue value) {
    MoltBytes *array = molt_bytes_object(self);
    int64_t index;
    int kind = molt_bytes_subscript(self, key, &index);
    if (kind < 0) return -1;
    if (kind == 1) {
        unsigned char byte;
        if (!byte_value(value, &byte)) return -1;
        array->data[index] = byte;
        return 0;
    }
    int64_t start, stop, step, count;
    if (molt_slice_unpack(key, array->length, &start, &stop, &step, &count) < 0) return -1;
    MoltValue source = assigned_bytes(value);
    if (source == MOLT_ERROR) return -1;
    MoltBytes *replacement = molt_bytes_object(source);
    bool ok = true;
    if (step == 1) {
        if (stop < start) stop = start;
        ok = splice(array, start, stop - start, replacement->data, replacement->length);
    } else if (replacement->length != count) {
        molt_raise_format(&molt_type_ValueError,
                          "attempt to assign bytes of size %lld to extended slice of size %lld",
                          (long long)replacement->length, (long long)count);
        ok = false;
    } else {
        for (int64_t i = 0; i < count; i++) array->data[molt_slice_index(start, step, i)] = replacement->data[i];
    }
    molt_decref(source);
    return ok ? 0 : -1;
}

static int bytearray_delitem(MoltValue self, MoltValue key) {
    MoltBytes *array = molt_bytes_object(self);
    int64_t index;
    int kind = molt_bytes_subscript(self, key, &index);
    if (kind < 0) return -1;
    if (kind == 1) return splice(array, index, 1, NULL, 0) ? 0 : -1;
    int64_t start, stop, step, count;
    if (molt_slice_unpack(key, array->length, &start, &stop, &step, &count) < 0) return -1;
    if (count <= 0) return 0;
    if (step < 0) {
        start += (count - 1) * step;
        step = -step;
    }
    if (step == 1) return splice(array, start, count, NULL, 0) ? 0 : -1;
    /* Compact the survivors over the deleted positions, left to right. */
    int64_t write = start;
    for (int64_t read = start, deleted = 0; read < array->length; read++) {
        if (deleted < count && read == start + deleted * step) {
            deleted++;
            continue;
        }
        array->data[write++] = array->data[read];
    }
    set_length(array, write);
    return 0;
}

/* += extends in place; *= repeats in place. */
static MoltValue bytearray_inplace_op(MoltBinaryOp op, MoltValue a, MoltValue b) {
    if (!molt_is_bytearray(a)) return MOLT_NOT_IMPLEMENTED;
    MoltBytes *array = molt_bytes_object(a);
    if (op == MOLT_OP_ADD) {
        if (!molt_is_bytes_like(b))
            return molt_raise_format(&molt_type_TypeError, "can't concat %s to bytearray", molt_type_of(b)->name);
        if (molt_bytes_fill_from(a, b, &molt_type_bytearray) < 0) return MOLT_ERROR;
    } else if (op == MOLT_OP_MUL) {
        int64_t count = molt_sequence_repeat_count(b);
        if (count < 0) return MOLT_ERROR;
        int64_t piece = array->length;
        /* Only whether the length changes matters here (piece * 2 stands for any other length). */
        if (!molt_bytearray_can_resize(array, count == 1 ? piece : count == 0 ? 0 : piece * 2)) return MOLT_ERROR;
        if (count == 0 || piece == 0) {
            set_length(array, 0);
        } else {
            if ((uint64_t)count > (uint64_t)INT64_MAX / 2 / (uint64_t)piece)
                return molt_raise_format(&molt_type_MemoryError, "%s", "");
            if (!molt_bytearray_reserve(array, (size_t)(piece * count))) return MOLT_ERROR;
            for (int64_t i = 1; i < count; i++) memcpy(array->data + i * piece, array->data, (size_t)piece);
            set_length(array, piece * count);
        }
    } else {
        return MOLT_NOT_IMPLEMENTED;
    }
    molt_incref(a);
    return a;
}

/* ---- Mutating methods ------------------------------------------------------- */

static MoltValue method_append(MoltBytes *array, MoltValue item) {
    unsigned char byte;
    if (!byte_value(item, &byte)) return MOLT_ERROR;
    if (!splice(array, array->length, 0, &byte, 1)) return MOLT_ERROR;
    return MOLT_NONE;
}

static MoltValue method_extend(MoltValue self, MoltValue source) {
    if (!molt_is_bytes_like(source) && molt_type_of(source)->iter == NULL)
        return molt_raise_format(&molt_type_TypeError, "can't extend bytearray with %s", molt_type_of(source)->name);
    /* Filled into a copy first, so a failure part-way leaves self unchanged. */
    MoltValue copy = molt_bytearray_with_capacity(0);
    if (copy == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (molt_bytes_fill_from(copy, source, &molt_type_bytearray) == 0 &&
        molt_bytes_fill_from(self, copy, &molt_type_bytearray) == 0)
        result = MOLT_NONE;
    molt_decref(copy);
    return result;
}

static MoltValue method_insert(MoltBytes *array, const MoltValue *args) {
    int64_t index;
    int status = molt_index_from_value(args[0], &index);
    if (status < 0) return MOLT_ERROR;
    if (status == 0)
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(args[0])->name);
    unsigned char byte;
    if (!byte_value(args[1], &byte)) return MOLT_ERROR;
    if (index < 0) {
        index += array->length;
        if (index < 0) index = 0;
    }
    if (index > array->length) index = array->length;
    if (!splice(array, index, 0, &byte, 1)) return MOLT_ERROR;
    return MOLT_NONE;
}

static MoltValue method_pop(MoltBytes *array, const MoltValue *args, size_t nargs) {
    int64_t index = -1;
    if (nargs == 1) {
        int status = molt_index_from_value(args[0], &index);
        if (status < 0) {
            molt_decref(molt_exc_fetch());
            return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (status == 0)
            return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                     molt_type_of(args[0])->name);
    }
    if (array->length == 0) return molt_raise_format(&molt_type_IndexError, "pop from empty bytearray");
    if (index < 0) index += array->length;
    if (index < 0 || index >= array->length) return molt_raise_format(&molt_type_IndexError, "pop index out of range");
    unsigned char byte = array->data[index];
    if (!splice(array, index, 1, NULL, 0)) return MOLT_ERROR;
    return molt_from_small_int(byte);
}

static MoltValue method_remove(MoltBytes *array, MoltValue item) {
    unsigned char byte;
    if (!byte_value(item, &byte)) return MOLT_ERROR;
    unsigned char *hit = array->length ? memchr(array->data, byte, (size_t)array->length) : NULL;
    if (hit == NULL) return molt_raise_format(&molt_type_ValueError, "value not found in bytearray");
    if (!splice(array, hit - array->data, 1, NULL, 0)) return MOLT_ERROR;
    return MOLT_NONE;
}

static MoltValue method_reverse(MoltBytes *array) {
    for (int64_t i = 0, j = array->length - 1; i < j; i++, j--) {
        unsigned char swap = array->data[i];
        array->data[i] = array->data[j];
        array->data[j] = swap;
    }
    return MOLT_NONE;
}

#define MUTATING_NAME(name) #name,
static const char *const mutating_names[] = {MOLT_BYTEARRAY_MUTATING_METHODS(MUTATING_NAME) NULL};
#undef MUTATING_NAME

static MoltValue bytearray_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                       MoltValue kwnames) {
    size_t which = 0;
    while (mutating_names[which] && strcmp(mutating_names[which], name) != 0) which++;
    if (mutating_names[which] == NULL) return molt_bytes_call_shared_method(self, name, args, nargs, kwnames);
    MoltBytes *array = molt_bytes_object(self);
    /* append, extend and remove take one argument; pop and insert are
     * declared with positional parameters; the rest take none. */
    bool one_argument = name[0] == 'a' || name[0] == 'e' || strcmp(name, "remove") == 0;
    bool positional = name[0] == 'p' || name[0] == 'i';
    MoltBytesArgStyle style = one_argument ? MOLT_BYTES_ARGS_ONE : positional ? MOLT_BYTES_ARGS_EXPECTED : MOLT_BYTES_ARGS_NONE;
    size_t min = one_argument ? 1 : name[0] == 'i' ? 2 : 0;
    size_t max = one_argument ? 1 : name[0] == 'i' ? 2 : name[0] == 'p' ? 1 : 0;
    if (!molt_bytes_check_args(self, name, style, nargs, kwnames, min, max)) return MOLT_ERROR;
    switch (name[0]) {
    case 'a': return method_append(array, args[0]);
    case 'e': return method_extend(self, args[0]);
    case 'i': return method_insert(array, args);
    case 'p': return method_pop(array, args, nargs);
    case 'r': return name[2] == 'm' ? method_remove(array, args[0]) : method_reverse(array);
    default:
        if (name[1] == 'o') return molt_bytes_new_of_type(&molt_type_bytearray, array->data, (size_t)array->length);
        if (!molt_bytearray_can_resize(array, 0)) return MOLT_ERROR;
        set_length(array, 0);
        return MOLT_NONE;
    }
}

static MoltValue bytearray_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    return molt_bytearray_construct(args, nargs, kwnames);
}

static int64_t bytearray_length(MoltValue self) { return molt_bytes_object(self)->length; }

MoltType molt_type_bytearray = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "bytearray",
    .base = &molt_type_object,
    .dealloc = bytearray_dealloc,
    .repr = molt_bytes_repr,
    .binary_op = molt_bytes_binary_op,
    .inplace_op = bytearray_inplace_op,
    .richcompare = molt_bytes_richcompare,
    .length = bytearray_length,
    .getitem = molt_bytes_getitem,
    .setitem = bytearray_setitem,
    .delitem = bytearray_delitem,
    .contains = molt_bytes_contains,
    .iter = molt_bytes_iter,
    .call = bytearray_call,
    .call_method = bytearray_call_method,
    .method_names = molt_bytearray_method_names,
    .class_method = molt_bytes_class_method,
};
