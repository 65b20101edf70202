/* The layout shared by bytes and bytearray and the helpers bytes.c,
 * bytearray.c, bytes_methods.c and codecs.c share. Private to those files:
 * everything else goes through include/molt/bytes.h. */
#ifndef MOLT_BYTES_INTERNAL_H
#define MOLT_BYTES_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"

/* One layout for both types, so every read-only method serves both: bytes
 * keep their contents inline (data == inline_data), a bytearray in a
 * separate growable block (data may move when it grows). Contents are
 * followed by a NUL byte that is not part of the value. */
typedef struct MoltBytes {
    MoltObject header;
    unsigned char *data;
    int64_t length;
    int64_t hash;           /* bytes only: -1 until computed */
    size_t capacity;        /* bytearray only: bytes allocated at data, NUL included */
    int64_t exports;        /* bytearray only: memoryviews holding it, which forbid resizing */
    unsigned char inline_data[];
} MoltBytes;

static inline MoltBytes *molt_bytes_object(MoltValue v) { return (MoltBytes *)molt_as_ptr(v); }

static inline bool molt_is_bytes(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_bytes;
}
static inline bool molt_is_bytearray(MoltValue v) {
    return molt_is_ptr(v) && ((MoltObject *)molt_as_ptr(v))->type == &molt_type_bytearray;
}
/* bytes or bytearray: what CPython calls a bytes-like object here. */
static inline bool molt_is_bytes_like(MoltValue v) { return molt_is_bytes(v) || molt_is_bytearray(v); }

/* memoryview.c: is v a memoryview? Its bytes where a bytes-like argument is
 * expected: false with ValueError once released, BufferError when it is not
 * contiguous. Its bytes copied into a new bytes object. */
bool molt_is_memoryview(MoltValue v);
bool molt_memoryview_contents(MoltValue v, const unsigned char **data, size_t *length);
MoltValue molt_memoryview_to_bytes(MoltValue v);
/* false with BufferError when a bytearray viewed by a memoryview would change
 * its length to `length` (CPython's "Existing exports of data"). */
bool molt_bytearray_can_resize(const MoltBytes *array, int64_t length);

/* A new bytes or bytearray (by `type`) holding a copy of data[0..length). */
MoltValue molt_bytes_new_of_type(const MoltType *type, const void *data, size_t length);
/* A new bytearray with room for `capacity` bytes and length 0. */
MoltValue molt_bytearray_with_capacity(size_t capacity);
/* Makes room for `length` bytes in a bytearray; false (MemoryError) on failure. */
bool molt_bytearray_reserve(MoltBytes *array, size_t length);

/* The bytes of any bytes-like argument (bytes, bytearray, a memoryview);
 * false with TypeError "a bytes-like object is required, not 'str'" otherwise. */
bool molt_bytes_argument(MoltValue v, const unsigned char **data, size_t *length);
/* What %b and bytes() see in v: a new reference to v for bytes and bytearray,
 * the result of v.__bytes__() (checked to be bytes), MOLT_NOT_IMPLEMENTED
 * (no exception) for anything else, MOLT_ERROR. */
MoltValue molt_bytes_of_object(MoltValue v);
/* bytes % args and bytearray % args (str_percent.c). */
MoltValue molt_bytes_percent(MoltValue format, MoltValue args);
/* A byte value given as an int: 1, 0 when v is not an int (no exception),
 * -1 with ValueError("byte must be in range(0, 256)"). */
int molt_bytes_byte_argument(MoltValue v, unsigned char *out);
/* Appends the contents of bytes(x) / bytearray(x) (target says which, for
 * the messages) for x a bytes-like object or an iterable of ints to the
 * bytearray `out`. 0 or -1 with CPython's messages. */
int molt_bytes_fill_from(MoltValue out, MoltValue source, const MoltType *target);
/* bytearray(source, encoding, errors): construction shared with bytes(). */
MoltValue molt_bytearray_construct(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* codecs.c: the encoding and errors arguments of encode/decode/bytes()/str()
 * (MOLT_ARG_MISSING when absent) as C strings (NULL when absent); false with
 * TypeError "decode() argument 'encoding' must be str, not int". */
bool molt_codec_arguments(const char *function, MoltValue encoding, MoltValue errors, const char **encoding_text,
                          const char **errors_text);

/* repr(bytes) and repr(bytearray): b'..' with CPython's quote choice. */
MoltValue molt_bytes_repr(MoltValue self);
/* Lexicographic comparison shared by both types (either side may be either). */
MoltValue molt_bytes_richcompare(MoltValue a, MoltValue b, MoltCompareOp op);
/* `item in self`: an int byte value or a bytes-like subsequence. */
int molt_bytes_contains(MoltValue self, MoltValue item);
/* Classifies a subscript of self: 1 for an int, normalized into *index
 * (IndexError when out of range), 0 for a slice, -1 with TypeError ("byte
 * indices must be integers or slices, not str") or IndexError. */
int molt_bytes_subscript(MoltValue self, MoltValue key, int64_t *index);
/* self[index] (an int) or self[slice] (same type as self). */
MoltValue molt_bytes_getitem(MoltValue self, MoltValue key);
MoltValue molt_bytes_iter(MoltValue self);
/* a + b of two bytes-like values (result has a's type), self * n. */
MoltValue molt_bytes_binary_op(MoltBinaryOp op, MoltValue a, MoltValue b);

/* The ways CPython 3.12 declares these methods, each with its own wording:
 * "bytes.lower() takes no arguments (1 given)", "bytes.join() takes exactly
 * one argument (0 given)", "center expected at least 1 argument, got 0",
 * "find() takes at least 1 argument (0 given)". False with TypeError. */
typedef enum MoltBytesArgStyle {
    MOLT_BYTES_ARGS_NONE, MOLT_BYTES_ARGS_ONE, MOLT_BYTES_ARGS_EXPECTED, MOLT_BYTES_ARGS_TAKES
} MoltBytesArgStyle;
bool molt_bytes_check_args(MoltValue self, const char *name, MoltBytesArgStyle style, size_t nargs,
                           MoltValue kwnames, size_t min, size_t max);

/* bytes_methods.c: the methods shared by bytes and bytearray (find, split,
 * upper, decode, hex...), and the class methods fromhex and maketrans. */
MoltValue molt_bytes_call_shared_method(MoltValue self, const char *name, const MoltValue *args,
                                        size_t nargs, MoltValue kwnames);
MoltValue molt_bytes_class_method(const MoltType *type, const char *name, const MoltValue *args,
                                  size_t nargs, MoltValue kwnames);
/* The methods of both types (read-only), then the ones only bytearray has. */
#define MOLT_BYTES_SHARED_METHODS(X) \
    X(capitalize) X(center) X(count) X(decode) X(endswith) X(expandtabs) X(find) X(fromhex) \
    X(hex) X(index) X(isalnum) X(isalpha) X(isascii) X(isdigit) X(islower) X(isspace) \
    X(istitle) X(isupper) X(join) X(ljust) X(lower) X(lstrip) X(maketrans) X(partition) \
    X(removeprefix) X(removesuffix) X(replace) X(rfind) X(rindex) X(rjust) X(rpartition) \
    X(rsplit) X(rstrip) X(split) X(splitlines) X(startswith) X(strip) X(swapcase) X(title) \
    X(translate) X(upper) X(zfill)
#define MOLT_BYTEARRAY_MUTATING_METHODS(X) \
    X(append) X(clear) X(copy) X(extend) X(insert) X(pop) X(remove) X(reverse)
extern const char *const molt_bytes_method_names[];
extern const char *const molt_bytearray_method_names[];

#endif
