/* memoryview: a one-dimensional view of the bytes of a bytes or bytearray
 * object, with the one-byte formats 'B' (unsigned), 'b' (signed) and 'c'
 * (bytes of length 1). A view is a start, a step and a length over its base,
 * so slices (also with steps) share the base's memory; the data is looked up
 * through the base on every access, since a bytearray's block may move. While
 * a view of a bytearray is alive or unreleased, the bytearray cannot change
 * its size (BufferError, as CPython's buffer exports). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_internal.h"
#include "list.h"
#include "slice.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../core/args.h"
#include "../core/buffer.h"

typedef struct MoltMemoryView {
    MoltObject header;
    MoltValue base;         /* the bytes or bytearray viewed (owned); MOLT_NONE once released */
    int64_t start, step, length;   /* in bytes: item i is base->data[start + i * step] */
    char format;            /* 'B', 'b' or 'c' */
} MoltMemoryView;

static MoltMemoryView *view_of(MoltValue v) { return (MoltMemoryView *)molt_as_ptr(v); }

bool molt_is_memoryview(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_memoryview;
}

static MoltValue raise_released(void) {
    return molt_raise_format(&molt_type_ValueError, "operation forbidden on released memoryview object");
}

/* The view's bytes (item 0 first), or NULL with ValueError once released. */
static unsigned char *view_data(MoltMemoryView *view) {
    if (view->base == MOLT_NONE) {
        raise_released();
        return NULL;
    }
    return molt_bytes_object(view->base)->data + view->start;
}

static MoltValue view_new(MoltValue base, int64_t start, int64_t step, int64_t length, char format) {
    MoltMemoryView *view = malloc(sizeof *view);
    if (view == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    view->header.refcount = 1;
    view->header.type = &molt_type_memoryview;
    molt_incref(base);
    view->base = base;
    view->start = start;
    view->step = step;
    view->length = length;
    view->format = format;
    if (molt_is_bytearray(base)) molt_bytes_object(base)->exports++;
    return molt_from_ptr(view);
}

static void view_release(MoltMemoryView *view) {
    MoltValue base = view->base;
    if (base == MOLT_NONE) return;
    view->base = MOLT_NONE;
    if (molt_is_bytearray(base)) molt_bytes_object(base)->exports--;
    molt_decref(base);
}

static void memoryview_dealloc(MoltObject *object) {
    view_release((MoltMemoryView *)object);
    free(object);
}

/* ---- Arguments: a view where a bytes-like object is expected ----------------- */

bool molt_memoryview_contents(MoltValue v, const unsigned char **data, size_t *length) {
    MoltMemoryView *view = view_of(v);
    unsigned char *bytes = view_data(view);
    if (bytes == NULL) return false;
    if (view->step != 1 && view->length > 1) {
        molt_raise_format(&molt_type_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    *data = bytes;
    *length = (size_t)view->length;
    return true;
}

/* The view's bytes as a new bytes object (tobytes(), bytes(view)). */
MoltValue molt_memoryview_to_bytes(MoltValue v) {
    MoltMemoryView *view = view_of(v);
    unsigned char *bytes = view_data(view);
    if (bytes == NULL) return MOLT_ERROR;
    if (view->step == 1) return molt_bytes_from_data(bytes, (size_t)view->length);
    unsigned char *copy = malloc((size_t)view->length + 1);
    if (copy == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    for (int64_t i = 0; i < view->length; i++) copy[i] = bytes[i * view->step];
    MoltValue result = molt_bytes_from_data(copy, (size_t)view->length);
    free(copy);
    return result;
}

/* ---- Construction ------------------------------------------------------------ */

static MoltValue memoryview_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'memoryview' object is not callable");
    static const char *const names[] = {"object", NULL};
    MoltArgSpec spec = {"memoryview", 1, 1, names, 1};
    MoltValue bound[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue source = bound[0];
    if (molt_is_memoryview(source)) {
        MoltMemoryView *view = view_of(source);
        if (view->base == MOLT_NONE) return raise_released();
        return view_new(view->base, view->start, view->step, view->length, view->format);
    }
    if (!molt_is_bytes_like(source))
        return molt_raise_format(&molt_type_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                                 molt_type_of(source)->name);
    return view_new(source, 0, 1, molt_bytes_object(source)->length, 'B');
}

/* ---- Items -------------------------------------------------------------------- */

static MoltValue item_value(const MoltMemoryView *view, unsigned char byte) {
    if (view->format == 'c') return molt_bytes_from_data(&byte, 1);
    return molt_from_small_int(view->format == 'b' ? (signed char)byte : byte);
}

/* The byte that stores `value` under the view's format; false with CPython's errors. */
static bool item_byte(const MoltMemoryView *view, MoltValue value, unsigned char *out) {
    char format = view->format;
    if (format == 'c') {
        if (!molt_is_bytes_like(value)) goto wrong_type;
        if (molt_bytes_object(value)->length != 1) goto wrong_value;
        *out = molt_bytes_object(value)->data[0];
        return true;
    }
    if (!molt_is_int(value)) goto wrong_type;
    int64_t number;
    if (!molt_int_to_i64(value, &number)) goto wrong_value;
    if (format == 'B' ? number < 0 || number > 255 : number < -128 || number > 127) goto wrong_value;
    *out = (unsigned char)number;
    return true;
wrong_type:
    molt_raise_format(&molt_type_TypeError, "memoryview: invalid type for format '%c'", format);
    return false;
wrong_value:
    molt_raise_format(&molt_type_ValueError, "memoryview: invalid value for format '%c'", format);
    return false;
}

/* An index key normalized into *index: 1; 0 for a slice; -1 with an error. */
static int view_subscript(const MoltMemoryView *view, MoltValue key, int64_t *index) {
    if (molt_is_slice(key)) return 0;
    int status = molt_is_int(key) ? molt_index_from_value(key, index) : 0;
    if (status < 0) return -1;
    if (status == 0) {
        molt_raise_format(&molt_type_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    if (*index < 0) *index += view->length;
    if (*index < 0 || *index >= view->length) {
        molt_raise_format(&molt_type_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return 1;
}

static MoltValue memoryview_getitem(MoltValue self, MoltValue key) {
    MoltMemoryView *view = view_of(self);
    unsigned char *data = view_data(view);
    if (data == NULL) return MOLT_ERROR;
    int64_t index;
    int kind = view_subscript(view, key, &index);
    if (kind < 0) return MOLT_ERROR;
    if (kind == 1) return item_value(view, data[index * view->step]);
    int64_t start, stop, step, length;
    if (molt_slice_unpack(key, view->length, &start, &stop, &step, &length) < 0) return MOLT_ERROR;
    return view_new(view->base, view->start + start * view->step, view->step * step, length, view->format);
}

static int memoryview_setitem(MoltValue self, MoltValue key, MoltValue value) {
    MoltMemoryView *view = view_of(self);
    unsigned char *data = view_data(view);
    if (data == NULL) return -1;
    if (molt_is_bytes(view->base)) {
        molt_raise_format(&molt_type_TypeError, "cannot modify read-only memory");
        return -1;
    }
    int64_t index;
    int kind = view_subscript(view, key, &index);
    if (kind < 0) return -1;
    if (kind == 1) {
        unsigned char byte;
        if (!item_byte(view, value, &byte)) return -1;
        data[index * view->step] = byte;
        return 0;
    }
    int64_t start, stop, step, length;
    if (molt_slice_unpack(key, view->length, &start, &stop, &step, &length) < 0) return -1;
    const unsigned char *source;
    size_t source_length;
    if (molt_is_memoryview(value) ? !molt_memoryview_contents(value, &source, &source_length)
                                  : !molt_bytes_argument(value, &source, &source_length))
        return -1;
    if ((int64_t)source_length != length) {
        molt_raise_format(&molt_type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* memmove semantics for overlapping views of one bytearray: copy first. */
    unsigned char *copy = malloc(source_length + 1);
    if (copy == NULL) {
        molt_raise_format(&molt_type_MemoryError, "%s", "");
        return -1;
    }
    memcpy(copy, source, source_length);
    for (int64_t i = 0; i < length; i++) data[(start + i * step) * view->step] = copy[i];
    free(copy);
    return 0;
}

static int memoryview_delitem(MoltValue self, MoltValue key) {
    (void)self;
    (void)key;
    molt_raise_format(&molt_type_TypeError, "cannot delete memory");
    return -1;
}

static int64_t memoryview_length(MoltValue self) {
    MoltMemoryView *view = view_of(self);
    if (view->base == MOLT_NONE) {
        raise_released();
        return -1;
    }
    return view->length;
}

/* ---- Comparison, hash, repr ------------------------------------------------------ */

/* Equality item by item, as CPython unpacks both sides by their formats
 * (a bytes or bytearray compares as a 'B' view). */
static MoltValue memoryview_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if (op != MOLT_CMP_EQ && op != MOLT_CMP_NE) return MOLT_NOT_IMPLEMENTED;
    if (!molt_is_memoryview(a)) {
        MoltValue swap = a;
        a = b;
        b = swap;
    }
    MoltMemoryView *x = view_of(a);
    MoltMemoryView other = {{0, NULL}, MOLT_NONE, 0, 1, 0, 'B'};
    MoltMemoryView *y = &other;
    if (molt_is_memoryview(b)) {
        y = view_of(b);
    } else if (molt_is_bytes_like(b)) {
        other.base = b;
        other.length = molt_bytes_object(b)->length;
    } else {
        return MOLT_NOT_IMPLEMENTED;
    }
    /* A released view equals only itself. */
    if (x->base == MOLT_NONE || y->base == MOLT_NONE) return molt_from_bool((a == b) == (op == MOLT_CMP_EQ));
    bool equal = x->length == y->length;
    const unsigned char *p = molt_bytes_object(x->base)->data + x->start;
    const unsigned char *q = molt_bytes_object(y->base)->data + y->start;
    for (int64_t i = 0; equal && i < x->length; i++) {
        unsigned char left = p[i * x->step], right = q[i * y->step];
        if ((x->format == 'c') != (y->format == 'c')) {
            equal = false;   /* bytes never equal ints */
        } else if (x->format == y->format || x->format == 'c') {
            equal = left == right;
        } else {
            /* 'b' against 'B': equal values only below 128. */
            equal = left == right && left < 128;
        }
    }
    return molt_from_bool(equal == (op == MOLT_CMP_EQ));
}

static int64_t memoryview_hash(MoltValue self) {
    MoltMemoryView *view = view_of(self);
    if (view->base == MOLT_NONE) {
        raise_released();
        return -1;
    }
    if (molt_is_bytearray(view->base)) {
        molt_raise_format(&molt_type_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    MoltValue bytes = molt_memoryview_to_bytes(self);
    if (bytes == MOLT_ERROR) return -1;
    int64_t hash = molt_hash(bytes);
    molt_decref(bytes);
    return hash;
}

static MoltValue memoryview_repr(MoltValue self) {
    char text[64];
    snprintf(text, sizeof text, "<%smemory at %p>", view_of(self)->base == MOLT_NONE ? "released " : "",
             molt_as_ptr(self));
    return molt_str_from_utf8(text, strlen(text));
}

/* ---- Iteration: by index over the live view ---------------------------------------- */

typedef struct MoltMemoryViewIterator {
    MoltObject header;
    MoltValue view;
    int64_t index;
} MoltMemoryViewIterator;

static void iterator_dealloc(MoltObject *object) {
    molt_decref(((MoltMemoryViewIterator *)object)->view);
    free(object);
}

static MoltValue iterator_next(MoltValue self) {
    MoltMemoryViewIterator *iterator = molt_as_ptr(self);
    MoltMemoryView *view = view_of(iterator->view);
    unsigned char *data = view_data(view);
    if (data == NULL) return MOLT_ERROR;
    if (iterator->index >= view->length) return MOLT_STOP;
    return item_value(view, data[iterator->index++ * view->step]);
}

static MoltValue iterator_iter(MoltValue self) {
    molt_incref(self);
    return self;
}

static MoltType memoryview_iterator_type = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "memory_iterator",
    .base = &molt_type_object,
    .dealloc = iterator_dealloc,
    .hash = molt_object_hash_identity,
    .iter = iterator_iter,
    .iternext = iterator_next,
};

static MoltValue memoryview_iter(MoltValue self) {
    if (view_of(self)->base == MOLT_NONE) return raise_released();
    MoltMemoryViewIterator *iterator = malloc(sizeof *iterator);
    if (iterator == NULL) return molt_raise_format(&molt_type_MemoryError, "%s", "");
    iterator->header.refcount = 1;
    iterator->header.type = &memoryview_iterator_type;
    molt_incref(self);
    iterator->view = self;
    iterator->index = 0;
    return molt_from_ptr(iterator);
}

static int memoryview_contains(MoltValue self, MoltValue item) {
    MoltMemoryView *view = view_of(self);
    unsigned char *data = view_data(view);
    if (data == NULL) return -1;
    for (int64_t i = 0; i < view->length; i++) {
        MoltValue value = item_value(view, data[i * view->step]);
        if (value == MOLT_ERROR) return -1;
        int equal = molt_equal(value, item);
        molt_decref(value);
        if (equal != 0) return equal;
    }
    return 0;
}

/* ---- Attributes and methods --------------------------------------------------------- */

static MoltValue memoryview_getattr(MoltValue self, const char *name) {
    MoltMemoryView *view = view_of(self);
    static const char *const attributes[] = {"format", "itemsize", "readonly", "nbytes", "ndim", "shape",
                                             "strides", "obj", "contiguous", "c_contiguous", "f_contiguous", NULL};
    size_t which = 0;
    while (attributes[which] && strcmp(attributes[which], name) != 0) which++;
    if (attributes[which] == NULL) return MOLT_NOT_IMPLEMENTED;
    if (view->base == MOLT_NONE) return raise_released();
    bool contiguous = view->step == 1 || view->length <= 1;
    switch (which) {
    case 0: return molt_str_from_utf8(&view->format, 1);
    case 1: return molt_from_small_int(1);
    case 2: return molt_from_bool(molt_is_bytes(view->base));
    case 3: return molt_int_from_i64(view->length);
    case 4: return molt_from_small_int(1);
    case 5: {
        MoltValue length = molt_int_from_i64(view->length);
        return molt_tuple_from_owned(&length, 1);
    }
    case 6: {
        MoltValue step = molt_int_from_i64(view->step);
        return molt_tuple_from_owned(&step, 1);
    }
    case 7: molt_incref(view->base); return view->base;
    default: return molt_from_bool(contiguous);
    }
}

static MoltValue method_tolist(MoltMemoryView *view) {
    unsigned char *data = view_data(view);
    if (data == NULL) return MOLT_ERROR;
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return MOLT_ERROR;
    for (int64_t i = 0; i < view->length; i++) {
        MoltValue item = item_value(view, data[i * view->step]);
        if (item == MOLT_ERROR || molt_list_append(list, item) < 0) {
            if (item != MOLT_ERROR) molt_decref(item);
            molt_decref(list);
            return MOLT_ERROR;
        }
        molt_decref(item);
    }
    return list;
}

static MoltValue method_cast(MoltMemoryView *view, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    MoltArgSpec spec = {"cast", 1, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    if (view_data(view) == NULL) return MOLT_ERROR;
    if (!molt_is_str(bound[0]))
        return molt_raise_format(&molt_type_TypeError, "memoryview.cast(): argument 'format' must be str, not %s",
                                 molt_type_of(bound[0])->name);
    if (view->step != 1 && view->length > 1)
        return molt_raise_format(&molt_type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    size_t length;
    const char *format = molt_str_utf8(bound[0], &length);
    if (length == 2 && format[0] == '@') {
        format++;
        length--;
    }
    bool one_byte = length == 1 && (format[0] == 'B' || format[0] == 'b' || format[0] == 'c');
    if (!one_byte)
        return molt_raise_format(&molt_type_ValueError, "memoryview: destination format must be a native single "
                                 "character format prefixed with an optional '@'");
    return view_new(view->base, view->start, 1, view->length, format[0]);
}

static MoltValue memoryview_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                        MoltValue kwnames) {
    MoltMemoryView *view = view_of(self);
    if (strcmp(name, "cast") == 0) return method_cast(view, args, nargs, kwnames);
    bool exit = strcmp(name, "__exit__") == 0;
    bool known = exit || strcmp(name, "tobytes") == 0 || strcmp(name, "tolist") == 0 || strcmp(name, "release") == 0 ||
                 strcmp(name, "hex") == 0 || strcmp(name, "__enter__") == 0;
    if (!known) return MOLT_NOT_IMPLEMENTED;
    if (exit ? molt_args_no_keywords(name, kwnames) < 0 : molt_args_none("memoryview", name, nargs, kwnames) < 0)
        return MOLT_ERROR;
    if (strcmp(name, "release") == 0 || exit) {
        view_release(view);
        return MOLT_NONE;
    }
    if (view_data(view) == NULL) return MOLT_ERROR;
    if (strcmp(name, "__enter__") == 0) {
        molt_incref(self);
        return self;
    }
    if (strcmp(name, "tolist") == 0) return method_tolist(view);
    MoltValue bytes = molt_memoryview_to_bytes(self);
    if (bytes == MOLT_ERROR || strcmp(name, "tobytes") == 0) return bytes;
    MoltValue hex = molt_call_method(bytes, "hex", NULL, 0, MOLT_NONE);
    molt_decref(bytes);
    return hex;
}

static const char *const memoryview_method_names[] = {"cast", "hex", "release", "tobytes", "tolist",
                                                      "__enter__", "__exit__", NULL};

MoltType molt_type_memoryview = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "memoryview",
    .base = &molt_type_object,
    .dealloc = memoryview_dealloc,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .length = memoryview_length,
    .getitem = memoryview_getitem,
    .setitem = memoryview_setitem,
    .delitem = memoryview_delitem,
    .contains = memoryview_contains,
    .iter = memoryview_iter,
    .call = memoryview_call,
    .call_method = memoryview_call_method,
    .getattr = memoryview_getattr,
    .method_names = memoryview_method_names,
};
