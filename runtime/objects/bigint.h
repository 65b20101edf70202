/* Arbitrary-precision integer kernels on digit arrays, apart from the Python
 * int object that uses them (as MicroPython's mpz.c under objint_mpz.c).
 * Numbers are sign-magnitude with 32-bit digits, little-endian, never with
 * leading zero digits; zero has length 0 and is never negative. 32-bit digits
 * with 64-bit intermediates keep every kernel simple and fast on 64-bit and
 * wasm32 targets alike.
 *
 * Outputs are written into caller-provided digit arrays whose required
 * capacity each function documents, so the int object can allocate its
 * storage once, in one block. Outputs never alias inputs unless stated. */
#ifndef MOLT_BIGINT_H
#define MOLT_BIGINT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t MoltDigit;
#define MOLT_DIGIT_BITS 32

typedef struct MoltBigint {
    MoltDigit *digits;
    size_t length;
    bool negative;
} MoltBigint;

/* A view of an int64 in a caller-provided 2-digit array. */
MoltBigint molt_bigint_from_i64(int64_t value, MoltDigit storage[2]);
/* False when the value does not fit in int64_t. */
bool molt_bigint_to_i64(const MoltBigint *a, int64_t *out);
/* Strips leading zero digits and clears the sign of zero. */
void molt_bigint_normalize(MoltBigint *a);

int molt_bigint_compare(const MoltBigint *a, const MoltBigint *b);          /* -1, 0, 1 */
int molt_bigint_compare_magnitude(const MoltBigint *a, const MoltBigint *b);
size_t molt_bigint_bit_length(const MoltBigint *a);

/* out capacity: max(a.length, b.length) + 1. out may alias a or b. */
void molt_bigint_add(MoltBigint *out, const MoltBigint *a, const MoltBigint *b);
void molt_bigint_sub(MoltBigint *out, const MoltBigint *a, const MoltBigint *b);
/* out capacity: a.length + b.length. Karatsuba above a size threshold.
 * False when scratch memory could not be allocated. */
bool molt_bigint_mul(MoltBigint *out, const MoltBigint *a, const MoltBigint *b);
/* Floor division and modulo (Python semantics) by a non-zero b. quotient
 * capacity: a.length + 2 (may be NULL); remainder capacity: b.length + 1
 * (may be NULL). False on allocation failure. */
bool molt_bigint_divmod(MoltBigint *quotient, MoltBigint *remainder, const MoltBigint *a,
                        const MoltBigint *b);

/* out capacity: a.length + bits / 32 + 1. */
void molt_bigint_shift_left(MoltBigint *out, const MoltBigint *a, size_t bits);
/* Floor semantics (rounds toward negative infinity). out capacity: a.length + 1. */
void molt_bigint_shift_right(MoltBigint *out, const MoltBigint *a, size_t bits);

typedef enum MoltBigintBitwise { MOLT_BIGINT_AND, MOLT_BIGINT_OR, MOLT_BIGINT_XOR } MoltBigintBitwise;
/* Two's complement semantics for negatives. out capacity: max(lengths) + 1. */
void molt_bigint_bitwise(MoltBigint *out, MoltBigintBitwise op, const MoltBigint *a,
                         const MoltBigint *b);

/* a ** exponent. out capacity: molt_bigint_pow_capacity(a, exponent), which
 * is 0 when the size overflows. False on allocation failure. */
size_t molt_bigint_pow_capacity(const MoltBigint *a, uint64_t exponent);
bool molt_bigint_pow(MoltBigint *out, const MoltBigint *a, uint64_t exponent);
/* base ** exponent mod modulus for exponent >= 0 and modulus > 0; the result
 * lies in [0, modulus). out capacity: modulus.length + 1. */
bool molt_bigint_pow_mod(MoltBigint *out, const MoltBigint *base, const MoltBigint *exponent,
                         const MoltBigint *modulus);

/* Correctly rounded (round-half-even) conversion; false on overflow. */
bool molt_bigint_to_double(const MoltBigint *a, double *out);
/* The integer value of a finite double with no fractional part. out
 * capacity: molt_bigint_from_double_capacity(value). */
size_t molt_bigint_from_double_capacity(double value);
void molt_bigint_from_double(MoltBigint *out, double value);

/* Decimal text ("-123"), malloc'd and NUL-terminated; NULL when out of memory. */
char *molt_bigint_to_decimal(const MoltBigint *a, size_t *length);
/* Text in base 2, 8 or 16 (lowercase or uppercase), without prefix or sign. */
char *molt_bigint_to_power_of_two_base(const MoltBigint *a, int base, bool uppercase,
                                       size_t *length);
/* From digit values (most significant first, each < base, 2 <= base <= 36).
 * out capacity: molt_bigint_from_digits_capacity(count, base). */
size_t molt_bigint_from_digits_capacity(size_t count, int base);
void molt_bigint_from_digits(MoltBigint *out, const uint8_t *values, size_t count, int base);

#endif
