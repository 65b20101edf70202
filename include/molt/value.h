/* MoltValue: the one 64-bit NaN-boxed word every Python value travels in.
 * This header is the only place that knows the bit layout.
 *
 *   any double below 0xFFF9_0000_0000_0000    a float (see "NaN payloads" below)
 *   0xFFF9_pppp_pppp_pppp                      small int, 48-bit two's complement payload
 *   0xFFFA_pppp_pppp_pppp                      pointer to a heap MoltObject
 *   0xFFFB_0000_0000_000b                      bool (b = 0 or 1)
 *   0xFFFC_0000_0000_000k                      None (k=0), NotImplemented (1), Ellipsis (2)
 *   0xFFFF_0000_0000_000k                      runtime sentinels, never Python values:
 *                                              MOLT_ERROR (k=0): an exception is set;
 *                                              MOLT_STOP (k=1): an iterator is exhausted;
 *                                              MOLT_UNBOUND (k=2): a variable not yet assigned
 *
 * NaN payloads. A NaN whose top 16 bits were 0xFFF9 or more would read as a
 * tagged value, so the runtime keeps this invariant: every NaN it holds has
 * payload bits 48-50 clear (top 16 bits 0x7FF8 or 0xFFF8). Float arithmetic
 * preserves it by itself: hardware and libm produce either the default NaN
 * (0xFFF8... on x86, 0x7FF8... on ARM and WASM) or a quieted copy of an input
 * NaN, and negation or copysign only flip the sign bit. So a double produced
 * by arithmetic is boxed with a plain bit copy (molt_from_double), which keeps
 * the NaN's sign as CPython does; only doubles built from foreign bits (bytes,
 * memory) go through molt_from_double_bits, which clears those payload bits.
 */
#ifndef MOLT_VALUE_H
#define MOLT_VALUE_H
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t MoltValue;

/* Hot helpers generated code calls on every operation: always inlined, even
 * into the very large functions the compiler generates. */
#define MOLT_INLINE static inline __attribute__((always_inline))

/* Marks a generated function so large (typically a long module body) that
 * GCC's -O2 passes (PRE, points-to analysis) would take minutes on it: it is
 * optimized at -O1 instead. Clang has no per-function level; it is cheap there. */
#if defined(__GNUC__) && !defined(__clang__)
#define MOLT_LARGE_FUNCTION __attribute__((optimize("O1")))
#else
#define MOLT_LARGE_FUNCTION
#endif

#define MOLT_TAG_SHIFT 48
#define MOLT_TAG_MASK 0xFFFF000000000000ull
#define MOLT_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define MOLT_TAG_INT 0xFFF9000000000000ull
#define MOLT_TAG_PTR 0xFFFA000000000000ull
#define MOLT_TAG_BOOL 0xFFFB000000000000ull
#define MOLT_TAG_SINGLETON 0xFFFC000000000000ull
#define MOLT_TAG_SENTINEL 0xFFFF000000000000ull

#define MOLT_FALSE (MOLT_TAG_BOOL | 0)
#define MOLT_TRUE (MOLT_TAG_BOOL | 1)
#define MOLT_NONE (MOLT_TAG_SINGLETON | 0)
#define MOLT_NOT_IMPLEMENTED (MOLT_TAG_SINGLETON | 1)
#define MOLT_ELLIPSIS (MOLT_TAG_SINGLETON | 2)
#define MOLT_ERROR (MOLT_TAG_SENTINEL | 0)
#define MOLT_STOP (MOLT_TAG_SENTINEL | 1)
#define MOLT_UNBOUND (MOLT_TAG_SENTINEL | 2)

#define MOLT_SMALL_INT_MAX ((int64_t)0x7FFFFFFFFFFF)
#define MOLT_SMALL_INT_MIN (-(int64_t)0x800000000000)

#define MOLT_FIRST_TAG MOLT_TAG_INT
#define MOLT_NAN_TAG_BITS 0x0007000000000000ull

MOLT_INLINE bool molt_is_double(MoltValue v) { return v < MOLT_FIRST_TAG; }
MOLT_INLINE bool molt_is_small_int(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_INT; }
MOLT_INLINE bool molt_is_ptr(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_PTR; }
MOLT_INLINE bool molt_is_bool(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_BOOL; }
MOLT_INLINE bool molt_is_none(MoltValue v) { return v == MOLT_NONE; }

MOLT_INLINE double molt_as_double(MoltValue v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

/* Boxes a double produced by arithmetic (see "NaN payloads" above). */
MOLT_INLINE MoltValue molt_from_double(double d) {
    MoltValue v;
    memcpy(&v, &d, sizeof v);
    return v;
}

/* Boxes a double read from foreign bits, which may be any NaN. */
MOLT_INLINE MoltValue molt_from_double_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    if (d != d) bits &= ~MOLT_NAN_TAG_BITS;
    return bits;
}

MOLT_INLINE bool molt_fits_small_int(int64_t i) {
    return i >= MOLT_SMALL_INT_MIN && i <= MOLT_SMALL_INT_MAX;
}

/* Only for values that molt_fits_small_int; use molt_int_from_i64 otherwise. */
MOLT_INLINE MoltValue molt_from_small_int(int64_t i) {
    return MOLT_TAG_INT | ((uint64_t)i & MOLT_PAYLOAD_MASK);
}

MOLT_INLINE int64_t molt_small_int_value(MoltValue v) {
    /* Sign-extend the 48-bit payload. */
    return (int64_t)((v & MOLT_PAYLOAD_MASK) << 16) >> 16;
}

MOLT_INLINE MoltValue molt_from_bool(bool b) { return MOLT_TAG_BOOL | (uint64_t)b; }
MOLT_INLINE bool molt_bool_value(MoltValue v) { return (v & 1) != 0; }

MOLT_INLINE void *molt_as_ptr(MoltValue v) {
    return (void *)(uintptr_t)(v & MOLT_PAYLOAD_MASK);
}

MOLT_INLINE MoltValue molt_from_ptr(const void *p) {
    return MOLT_TAG_PTR | ((uint64_t)(uintptr_t)p & MOLT_PAYLOAD_MASK);
}

#endif
