/* Arbitrary-precision integer kernels: sign-magnitude arithmetic on 32-bit
 * digit arrays (add, sub, Karatsuba multiplication, Knuth division, shifts,
 * two's complement bitwise operations, powers) and conversions to and from
 * machine integers, doubles and text. No Python objects here. */
#include "bigint.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Below this many digits schoolbook multiplication beats Karatsuba. */
#define BIGINT_KARATSUBA_THRESHOLD 40
/* Scratch up to this many digits lives on the stack rather than the heap. */
#define BIGINT_LOCAL_DIGITS 128

static size_t bigint_trim(const MoltDigit *digits, size_t length) {
    while (length > 0 && digits[length - 1] == 0) length--;
    return length;
}

void molt_bigint_normalize(MoltBigint *a) {
    a->length = bigint_trim(a->digits, a->length);
    if (a->length == 0) a->negative = false;
}

MoltBigint molt_bigint_from_i64(int64_t value, MoltDigit storage[2]) {
    MoltBigint result;
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    storage[0] = (MoltDigit)magnitude;
    storage[1] = (MoltDigit)(magnitude >> 32);
    result.digits = storage;
    result.length = 2;
    result.negative = value < 0;
    molt_bigint_normalize(&result);
    return result;
}

bool molt_bigint_to_i64(const MoltBigint *a, int64_t *out) {
    if (a->length > 2) return false;
    uint64_t magnitude = 0;
    if (a->length > 0) magnitude = a->digits[0];
    if (a->length > 1) magnitude |= (uint64_t)a->digits[1] << 32;
    if (a->negative) {
        if (magnitude > (uint64_t)INT64_MAX + 1) return false;
        *out = magnitude == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)magnitude;
    } else {
        if (magnitude > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)magnitude;
    }
    return true;
}

/* ---- magnitude kernels ------------------------------------------------ */

static int magnitude_compare(const MoltDigit *a, size_t a_length, const MoltDigit *b,
                             size_t b_length) {
    if (a_length != b_length) return a_length < b_length ? -1 : 1;
    for (size_t i = a_length; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* out = a + b with a_length >= b_length; out has a_length + 1 digits of room
 * and may alias a or b. Returns the trimmed length. */
static size_t magnitude_add(MoltDigit *out, const MoltDigit *a, size_t a_length, const MoltDigit *b,
                            size_t b_length) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < b_length; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (MoltDigit)carry;
        carry >>= 32;
    }
    for (; i < a_length; i++) {
        carry += a[i];
        out[i] = (MoltDigit)carry;
        carry >>= 32;
    }
    out[i] = (MoltDigit)carry;
    return bigint_trim(out, a_length + 1);
}

/* out = a - b with a >= b; out may alias a or b. Returns the trimmed length. */
static size_t magnitude_sub(MoltDigit *out, const MoltDigit *a, size_t a_length, const MoltDigit *b,
                            size_t b_length) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < b_length; i++) {
        int64_t difference = (int64_t)a[i] - b[i] + borrow;
        out[i] = (MoltDigit)difference;
        borrow = difference < 0 ? -1 : 0;
    }
    for (; i < a_length; i++) {
        int64_t difference = (int64_t)a[i] + borrow;
        out[i] = (MoltDigit)difference;
        borrow = difference < 0 ? -1 : 0;
    }
    return bigint_trim(out, a_length);
}

/* digits += 1 in place; there must be room for one more digit. Returns the new length. */
static size_t magnitude_increment(MoltDigit *digits, size_t length) {
    for (size_t i = 0; i < length; i++)
        if (++digits[i] != 0) return length;
    digits[length] = 1;
    return length + 1;
}

/* Adds b into out (in place), propagating the carry as far as needed. */
static void magnitude_add_into(MoltDigit *out, size_t out_length, const MoltDigit *b,
                               size_t b_length) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < b_length; i++) {
        carry += (uint64_t)out[i] + b[i];
        out[i] = (MoltDigit)carry;
        carry >>= 32;
    }
    for (; carry && i < out_length; i++) {
        carry += out[i];
        out[i] = (MoltDigit)carry;
        carry >>= 32;
    }
}

static void magnitude_mul_schoolbook(MoltDigit *out, const MoltDigit *a, size_t a_length,
                                     const MoltDigit *b, size_t b_length) {
    memset(out, 0, (a_length + b_length) * sizeof *out);
    for (size_t i = 0; i < b_length; i++) {
        uint64_t carry = 0;
        uint64_t factor = b[i];
        if (factor == 0) continue;
        MoltDigit *row = out + i;
        for (size_t j = 0; j < a_length; j++) {
            carry += (uint64_t)a[j] * factor + row[j];
            row[j] = (MoltDigit)carry;
            carry >>= 32;
        }
        row[a_length] = (MoltDigit)carry;
    }
}

/* out (a_length + b_length digits, all written) = a * b, a_length >= b_length. */
static bool magnitude_mul(MoltDigit *out, const MoltDigit *a, size_t a_length, const MoltDigit *b,
                          size_t b_length) {
    if (a_length < b_length) {
        const MoltDigit *swap = a;
        a = b;
        b = swap;
        size_t swap_length = a_length;
        a_length = b_length;
        b_length = swap_length;
    }
    if (b_length < BIGINT_KARATSUBA_THRESHOLD) {
        magnitude_mul_schoolbook(out, a, a_length, b, b_length);
        return true;
    }
    if (a_length >= 2 * b_length) {
        /* Unbalanced: multiply b by slices of a as long as b and accumulate. */
        MoltDigit *partial = malloc(2 * b_length * sizeof *partial);
        if (!partial) return false;
        memset(out, 0, (a_length + b_length) * sizeof *out);
        for (size_t offset = 0; offset < a_length; offset += b_length) {
            size_t slice = a_length - offset < b_length ? a_length - offset : b_length;
            if (!magnitude_mul(partial, a + offset, slice, b, b_length)) {
                free(partial);
                return false;
            }
            magnitude_add_into(out + offset, a_length + b_length - offset, partial,
                               slice + b_length);
        }
        free(partial);
        return true;
    }
    /* Karatsuba: a = a1*B^m + a0, b = b1*B^m + b0 and
     * a*b = z2*B^2m + ((a0+a1)(b0+b1) - z0 - z2)*B^m + z0. */
    size_t half = a_length / 2;
    const MoltDigit *a0 = a, *a1 = a + half, *b0 = b, *b1 = b + half;
    size_t a0_length = bigint_trim(a0, half), a1_length = a_length - half;
    size_t b0_length = bigint_trim(b0, half), b1_length = b_length - half;
    size_t sum_a_capacity = a1_length + 1, sum_b_capacity = half + 1;
    if (b1_length + 1 > sum_b_capacity) sum_b_capacity = b1_length + 1;
    MoltDigit *scratch = malloc((2 * (sum_a_capacity + sum_b_capacity)) * sizeof *scratch);
    if (!scratch) return false;
    MoltDigit *sum_a = scratch, *sum_b = scratch + sum_a_capacity;
    MoltDigit *middle = sum_b + sum_b_capacity;
    memset(out, 0, (a_length + b_length) * sizeof *out);
    bool ok = true;
    if (a0_length && b0_length) ok = magnitude_mul(out, a0, a0_length, b0, b0_length);
    size_t z0_length = bigint_trim(out, 2 * half);
    if (ok) ok = magnitude_mul(out + 2 * half, a1, a1_length, b1, b1_length);
    size_t z2_length = bigint_trim(out + 2 * half, a1_length + b1_length);
    size_t sum_a_length = magnitude_add(sum_a, a1, a1_length, a0, a0_length);
    size_t sum_b_length = b1_length >= b0_length
        ? magnitude_add(sum_b, b1, b1_length, b0, b0_length)
        : magnitude_add(sum_b, b0, b0_length, b1, b1_length);
    size_t middle_length = 0;
    if (ok && sum_a_length && sum_b_length) {
        ok = magnitude_mul(middle, sum_a, sum_a_length, sum_b, sum_b_length);
        middle_length = bigint_trim(middle, sum_a_length + sum_b_length);
    }
    if (ok) {
        middle_length = magnitude_sub(middle, middle, middle_length, out, z0_length);
        middle_length = magnitude_sub(middle, middle, middle_length, out + 2 * half, z2_length);
        magnitude_add_into(out + half, a_length + b_length - half, middle, middle_length);
    }
    free(scratch);
    return ok;
}

/* ---- signed arithmetic -------------------------------------------------- */

int molt_bigint_compare_magnitude(const MoltBigint *a, const MoltBigint *b) {
    return magnitude_compare(a->digits, a->length, b->digits, b->length);
}

int molt_bigint_compare(const MoltBigint *a, const MoltBigint *b) {
    if (a->negative != b->negative) return a->negative ? -1 : 1;
    int magnitude = molt_bigint_compare_magnitude(a, b);
    return a->negative ? -magnitude : magnitude;
}

size_t molt_bigint_bit_length(const MoltBigint *a) {
    if (a->length == 0) return 0;
    MoltDigit top = a->digits[a->length - 1];
    size_t bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (a->length - 1) * MOLT_DIGIT_BITS + bits;
}

static void bigint_add_signed(MoltBigint *out, const MoltBigint *a, const MoltBigint *b,
                              bool b_negative) {
    bool a_negative = a->negative;
    if (a_negative == b_negative) {
        out->length = a->length >= b->length
            ? magnitude_add(out->digits, a->digits, a->length, b->digits, b->length)
            : magnitude_add(out->digits, b->digits, b->length, a->digits, a->length);
        out->negative = a_negative;
    } else if (molt_bigint_compare_magnitude(a, b) >= 0) {
        out->length = magnitude_sub(out->digits, a->digits, a->length, b->digits, b->length);
        out->negative = a_negative;
    } else {
        out->length = magnitude_sub(out->digits, b->digits, b->length, a->digits, a->length);
        out->negative = b_negative;
    }
    if (out->length == 0) out->negative = false;
}

void molt_bigint_add(MoltBigint *out, const MoltBigint *a, const MoltBigint *b) {
    bigint_add_signed(out, a, b, b->negative);
}

void molt_bigint_sub(MoltBigint *out, const MoltBigint *a, const MoltBigint *b) {
    bigint_add_signed(out, a, b, b->length ? !b->negative : false);
}

bool molt_bigint_mul(MoltBigint *out, const MoltBigint *a, const MoltBigint *b) {
    if (a->length == 0 || b->length == 0) {
        out->length = 0;
        out->negative = false;
        return true;
    }
    if (!magnitude_mul(out->digits, a->digits, a->length, b->digits, b->length)) return false;
    out->length = bigint_trim(out->digits, a->length + b->length);
    out->negative = a->negative != b->negative;
    return true;
}

/* Knuth's algorithm D: quotient (a_length - b_length + 1 digits) and remainder
 * (b_length digits) of magnitudes with b_length >= 2 and a >= b. */
static bool magnitude_divmod_knuth(MoltDigit *quotient, MoltDigit *remainder, const MoltDigit *a,
                                   size_t a_length, const MoltDigit *b, size_t b_length) {
    int shift = 0;
    MoltDigit top = b[b_length - 1];
    while (!(top & 0x80000000u)) {
        top <<= 1;
        shift++;
    }
    MoltDigit local[BIGINT_LOCAL_DIGITS];
    size_t needed = a_length + 1 + b_length;
    MoltDigit *scratch = needed <= BIGINT_LOCAL_DIGITS ? local : malloc(needed * sizeof *scratch);
    if (!scratch) return false;
    MoltDigit *u = scratch, *v = scratch + a_length + 1;
    /* Normalize so the divisor's top bit is set. */
    for (size_t i = b_length; i-- > 0;) {
        v[i] = (MoltDigit)((uint64_t)b[i] << shift);
        if (shift && i > 0) v[i] |= b[i - 1] >> (32 - shift);
    }
    u[a_length] = shift ? a[a_length - 1] >> (32 - shift) : 0;
    for (size_t i = a_length; i-- > 0;) {
        u[i] = (MoltDigit)((uint64_t)a[i] << shift);
        if (shift && i > 0) u[i] |= a[i - 1] >> (32 - shift);
    }
    uint64_t v_top = v[b_length - 1], v_next = v[b_length - 2];
    for (size_t j = a_length - b_length + 1; j-- > 0;) {
        uint64_t numerator = ((uint64_t)u[j + b_length] << 32) | u[j + b_length - 1];
        uint64_t estimate = numerator / v_top;
        uint64_t estimate_remainder = numerator % v_top;
        while (estimate > 0xFFFFFFFFull ||
               estimate * v_next > ((estimate_remainder << 32) | u[j + b_length - 2])) {
            estimate--;
            estimate_remainder += v_top;
            if (estimate_remainder > 0xFFFFFFFFull) break;
        }
        /* Multiply and subtract. */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < b_length; i++) {
            uint64_t product = estimate * v[i] + carry;
            carry = product >> 32;
            int64_t difference = (int64_t)u[i + j] - (int64_t)(product & 0xFFFFFFFFull) + borrow;
            u[i + j] = (MoltDigit)difference;
            borrow = difference >> 32;
        }
        int64_t difference = (int64_t)u[j + b_length] - (int64_t)carry + borrow;
        u[j + b_length] = (MoltDigit)difference;
        if (difference < 0) {
            /* The estimate was one too large: add the divisor back. */
            estimate--;
            uint64_t add_carry = 0;
            for (size_t i = 0; i < b_length; i++) {
                add_carry += (uint64_t)u[i + j] + v[i];
                u[i + j] = (MoltDigit)add_carry;
                add_carry >>= 32;
            }
            u[j + b_length] += (MoltDigit)add_carry;
        }
        if (quotient) quotient[j] = (MoltDigit)estimate;
    }
    if (remainder) {
        for (size_t i = 0; i < b_length; i++) {
            remainder[i] = u[i] >> shift;
            if (shift) remainder[i] |= (MoltDigit)((uint64_t)u[i + 1] << (32 - shift));
        }
    }
    if (scratch != local) free(scratch);
    return true;
}

bool molt_bigint_divmod(MoltBigint *quotient, MoltBigint *remainder, const MoltBigint *a,
                        const MoltBigint *b) {
    bool negative_quotient = a->negative != b->negative;
    MoltDigit *q = quotient ? quotient->digits : NULL;
    MoltDigit *r = remainder ? remainder->digits : NULL;
    MoltDigit local_remainder[1];
    size_t q_length = 0, r_length = 0;
    bool remainder_nonzero;
    if (molt_bigint_compare_magnitude(a, b) < 0) {
        remainder_nonzero = a->length != 0;
        if (r) memcpy(r, a->digits, a->length * sizeof *r);
        r_length = a->length;
    } else if (b->length == 1) {
        uint64_t rest = 0;
        MoltDigit divisor = b->digits[0];
        for (size_t i = a->length; i-- > 0;) {
            uint64_t current = (rest << 32) | a->digits[i];
            if (q) q[i] = (MoltDigit)(current / divisor);
            rest = current % divisor;
        }
        q_length = a->length;
        if (!r) r = local_remainder;
        r[0] = (MoltDigit)rest;
        r_length = 1;
        remainder_nonzero = rest != 0;
    } else {
        MoltDigit local[BIGINT_LOCAL_DIGITS];
        MoltDigit *r_buffer = r;
        if (!r_buffer) {
            r_buffer = b->length <= BIGINT_LOCAL_DIGITS ? local : malloc(b->length * sizeof *r_buffer);
            if (!r_buffer) return false;
        }
        bool ok = magnitude_divmod_knuth(q, r_buffer, a->digits, a->length, b->digits, b->length);
        q_length = a->length - b->length + 1;
        r_length = bigint_trim(r_buffer, b->length);
        remainder_nonzero = r_length != 0;
        if (!r && r_buffer != local) free(r_buffer);
        if (!ok) return false;
    }
    if (q) q_length = bigint_trim(q, q_length);
    if (r) r_length = bigint_trim(r, r_length);
    /* Floor semantics: when signs differ and the division is inexact, the
     * quotient moves one further from zero and the remainder becomes b - r. */
    if (negative_quotient && remainder_nonzero) {
        if (q) q_length = magnitude_increment(q, q_length);
        if (r) r_length = magnitude_sub(r, b->digits, b->length, r, r_length);
    }
    if (quotient) {
        quotient->length = q_length;
        quotient->negative = negative_quotient && q_length != 0;
    }
    if (remainder) {
        remainder->length = r_length;
        remainder->negative = b->negative && r_length != 0;
    }
    return true;
}

/* ---- shifts and bitwise operations ---------------------------------------- */

void molt_bigint_shift_left(MoltBigint *out, const MoltBigint *a, size_t bits) {
    if (a->length == 0) {
        out->length = 0;
        out->negative = false;
        return;
    }
    size_t digit_shift = bits / 32;
    int bit_shift = (int)(bits % 32);
    size_t length = a->length;
    /* Walk from the top so out may alias a. */
    out->digits[length + digit_shift] = bit_shift ? a->digits[length - 1] >> (32 - bit_shift) : 0;
    for (size_t i = length; i-- > 0;) {
        MoltDigit value = (MoltDigit)((uint64_t)a->digits[i] << bit_shift);
        if (bit_shift && i > 0) value |= a->digits[i - 1] >> (32 - bit_shift);
        out->digits[i + digit_shift] = value;
    }
    memset(out->digits, 0, digit_shift * sizeof *out->digits);
    out->length = bigint_trim(out->digits, length + digit_shift + 1);
    out->negative = a->negative;
}

void molt_bigint_shift_right(MoltBigint *out, const MoltBigint *a, size_t bits) {
    size_t digit_shift = bits / 32;
    int bit_shift = (int)(bits % 32);
    bool negative = a->negative;
    if (digit_shift >= a->length) {
        /* Everything shifted out: 0, or -1 for negatives (floor). */
        out->length = negative ? 1 : 0;
        if (negative) out->digits[0] = 1;
        out->negative = negative;
        return;
    }
    bool lost_bits = false;
    for (size_t i = 0; i < digit_shift && !lost_bits; i++) lost_bits = a->digits[i] != 0;
    if (bit_shift && (a->digits[digit_shift] & ((1u << bit_shift) - 1))) lost_bits = true;
    size_t length = a->length - digit_shift;
    for (size_t i = 0; i < length; i++) {
        MoltDigit value = a->digits[i + digit_shift] >> bit_shift;
        if (bit_shift && i + digit_shift + 1 < a->length)
            value |= (MoltDigit)((uint64_t)a->digits[i + digit_shift + 1] << (32 - bit_shift));
        out->digits[i] = value;
    }
    length = bigint_trim(out->digits, length);
    if (negative && lost_bits) length = magnitude_increment(out->digits, length);
    out->length = length;
    out->negative = negative && length != 0;
}

/* Digit i of the infinite two's complement form of a; borrow tracks the
 * running subtraction of 1 from the magnitude of negatives. */
static MoltDigit bigint_twos_digit(const MoltBigint *a, size_t i, uint64_t *borrow) {
    MoltDigit digit = i < a->length ? a->digits[i] : 0;
    if (!a->negative) return digit;
    /* -m == ~(m - 1) */
    uint64_t value = (uint64_t)digit - *borrow;
    *borrow = (digit < *borrow) ? 1 : 0;
    return ~(MoltDigit)value;
}

void molt_bigint_bitwise(MoltBigint *out, MoltBigintBitwise op, const MoltBigint *a,
                         const MoltBigint *b) {
    size_t length = (a->length > b->length ? a->length : b->length) + 1;
    bool negative;
    switch (op) {
    case MOLT_BIGINT_AND: negative = a->negative && b->negative; break;
    case MOLT_BIGINT_OR: negative = a->negative || b->negative; break;
    default: negative = a->negative != b->negative; break;
    }
    uint64_t borrow_a = 1, borrow_b = 1, borrow_out = 1;
    for (size_t i = 0; i < length; i++) {
        MoltDigit x = bigint_twos_digit(a, i, &borrow_a);
        MoltDigit y = bigint_twos_digit(b, i, &borrow_b);
        MoltDigit z = op == MOLT_BIGINT_AND ? (x & y) : op == MOLT_BIGINT_OR ? (x | y) : (x ^ y);
        if (negative) {
            /* Back to magnitude: m = ~z + 1. */
            uint64_t value = (uint64_t)(MoltDigit)~z + borrow_out;
            z = (MoltDigit)value;
            borrow_out = value >> 32;
        }
        out->digits[i] = z;
    }
    out->length = bigint_trim(out->digits, length);
    out->negative = negative && out->length != 0;
}

/* ---- powers --------------------------------------------------------------- */

size_t molt_bigint_pow_capacity(const MoltBigint *a, uint64_t exponent) {
    size_t bits = molt_bigint_bit_length(a);
    if (exponent == 0 || bits == 0) return 1;
    if (bits > 1 && exponent > (uint64_t)(SIZE_MAX / 8) / bits) return 0;
    uint64_t total_bits = (uint64_t)bits * exponent;
    return (size_t)(total_bits / 32 + 2);
}

bool molt_bigint_pow(MoltBigint *out, const MoltBigint *a, uint64_t exponent) {
    if (exponent == 0) {
        out->digits[0] = 1;
        out->length = 1;
        out->negative = false;
        return true;
    }
    size_t capacity = molt_bigint_pow_capacity(a, exponent);
    MoltDigit *scratch = malloc(capacity * sizeof *scratch);
    if (!scratch) return false;
    /* Left-to-right square-and-multiply, ping-ponging between out and scratch. */
    MoltBigint current = {out->digits, a->length, false};
    MoltBigint other = {scratch, 0, false};
    memcpy(current.digits, a->digits, a->length * sizeof *current.digits);
    MoltBigint magnitude = {a->digits, a->length, false};
    int top = 63;
    while (!((exponent >> top) & 1)) top--;
    bool ok = true;
    for (int bit = top - 1; bit >= 0 && ok; bit--) {
        ok = molt_bigint_mul(&other, &current, &current);
        MoltBigint swap = current;
        current = other;
        other = swap;
        if (ok && ((exponent >> bit) & 1)) {
            ok = molt_bigint_mul(&other, &current, &magnitude);
            swap = current;
            current = other;
            other = swap;
        }
    }
    if (ok && current.digits != out->digits)
        memcpy(out->digits, current.digits, current.length * sizeof *out->digits);
    out->length = current.length;
    out->negative = a->negative && (exponent & 1) && current.length != 0;
    free(scratch);
    return ok;
}

bool molt_bigint_pow_mod(MoltBigint *out, const MoltBigint *base, const MoltBigint *exponent,
                         const MoltBigint *modulus) {
    size_t m = modulus->length;
    /* scratch: base (m+1), result (m+1), product (2m+2) */
    MoltDigit *scratch = malloc((4 * m + 4) * sizeof *scratch);
    if (!scratch) return false;
    MoltBigint power = {scratch, 0, false};
    MoltBigint result = {scratch + m + 1, 1, false};
    MoltBigint product = {scratch + 2 * m + 2, 0, false};
    bool ok = molt_bigint_divmod(NULL, &power, base, modulus);  /* base mod m, in [0, m) */
    result.digits[0] = 1;
    if (m == 1 && modulus->digits[0] == 1) result.length = 0;
    for (size_t i = 0; i < exponent->length && ok; i++) {
        MoltDigit digit = exponent->digits[i];
        for (int bit = 0; bit < 32 && ok; bit++) {
            if (i == exponent->length - 1 && (digit >> bit) == 0) break;
            if ((digit >> bit) & 1) {
                ok = molt_bigint_mul(&product, &result, &power) &&
                     molt_bigint_divmod(NULL, &result, &product, modulus);
            }
            if (ok) {
                ok = molt_bigint_mul(&product, &power, &power) &&
                     molt_bigint_divmod(NULL, &power, &product, modulus);
            }
        }
    }
    if (ok) {
        memcpy(out->digits, result.digits, result.length * sizeof *out->digits);
        out->length = result.length;
        out->negative = false;
    }
    free(scratch);
    return ok;
}

/* ---- doubles ---------------------------------------------------------------- */

bool molt_bigint_to_double(const MoltBigint *a, double *out) {
    size_t bits = molt_bigint_bit_length(a);
    double magnitude;
    if (bits <= 64) {
        uint64_t value = 0;
        if (a->length > 0) value = a->digits[0];
        if (a->length > 1) value |= (uint64_t)a->digits[1] << 32;
        magnitude = (double)value;   /* the conversion rounds half to even */
    } else {
        if (bits > DBL_MAX_EXP) return false;
        /* The top 64 bits with a sticky bit for everything below: converting
         * that to double rounds exactly as the full value would. */
        size_t shift = bits - 64;
        MoltDigit storage[3];
        size_t digit_shift = shift / 32;
        int bit_shift = (int)(shift % 32);
        for (size_t i = 0; i < 3; i++)
            storage[i] = digit_shift + i < a->length ? a->digits[digit_shift + i] : 0;
        uint64_t low = storage[0] | ((uint64_t)storage[1] << 32);
        uint64_t top = bit_shift ? (low >> bit_shift) | ((uint64_t)storage[2] << (64 - bit_shift))
                                 : low;
        bool sticky = bit_shift && (storage[0] & ((1u << bit_shift) - 1));
        for (size_t i = 0; i < digit_shift && !sticky; i++) sticky = a->digits[i] != 0;
        if (sticky) top |= 1;
        magnitude = ldexp((double)top, (int)shift);
        if (isinf(magnitude)) return false;
    }
    *out = a->negative ? -magnitude : magnitude;
    return true;
}

size_t molt_bigint_from_double_capacity(double value) {
    int exponent;
    frexp(value, &exponent);
    return exponent <= 0 ? 1 : (size_t)exponent / 32 + 2;
}

void molt_bigint_from_double(MoltBigint *out, double value) {
    bool negative = value < 0;
    double magnitude = fabs(value);
    int exponent;
    double fraction = frexp(magnitude, &exponent);
    if (magnitude < 1.0) {
        out->length = 0;
        out->negative = false;
        return;
    }
    uint64_t mantissa = (uint64_t)ldexp(fraction, 53);
    int shift = exponent - 53;
    MoltDigit storage[2];
    MoltBigint base;
    if (shift <= 0) {
        base = molt_bigint_from_i64((int64_t)(mantissa >> -shift), storage);
        memcpy(out->digits, base.digits, base.length * sizeof *out->digits);
        out->length = base.length;
    } else {
        base = molt_bigint_from_i64((int64_t)mantissa, storage);
        molt_bigint_shift_left(out, &base, (size_t)shift);
    }
    out->negative = negative && out->length != 0;
}

/* ---- text ------------------------------------------------------------------- */

/* Decimal text is built from base-10**9 chunks. Numbers longer than this
 * many digits are split by 10**(9 * 2**k) (divide and conquer): Knuth
 * division by a big power costs far less than peeling nine digits at a time
 * off the whole number. */
#define BIGINT_DECIMAL_SPLIT_THRESHOLD 40
#define BIGINT_DECIMAL_CHUNK 1000000000u
#define BIGINT_POWERS_MAX_LEVELS 48
/* Parsing text in other bases than powers of two splits it in halves above
 * this many digits, joining them with a Karatsuba multiplication. */
#define BIGINT_PARSE_SPLIT_THRESHOLD 400

/* powers[k] = base**(2**k) for k < count: the splitting points of the
 * divide-and-conquer conversions between bases. */
typedef struct ChunkPowers {
    MoltDigit base;
    MoltDigit *digits[BIGINT_POWERS_MAX_LEVELS];
    size_t length[BIGINT_POWERS_MAX_LEVELS];
    int count;
} ChunkPowers;

/* The powers never change, so each base keeps its own, grown on demand and
 * kept for the life of the process (CPython caches its own likewise). One
 * entry per chunk base: 10**9 for decimal text, one per parsing base. */
#define BIGINT_POWERS_CACHE_SIZE 40
static ChunkPowers bigint_powers_cache[BIGINT_POWERS_CACHE_SIZE];
static int bigint_powers_cache_count;

/* The cached powers of `base` with at least `levels` entries; NULL when out of memory. */
static const ChunkPowers *chunk_powers(MoltDigit base, int levels) {
    ChunkPowers *powers = NULL;
    for (int i = 0; i < bigint_powers_cache_count && !powers; i++)
        if (bigint_powers_cache[i].base == base) powers = &bigint_powers_cache[i];
    if (!powers) {
        if (bigint_powers_cache_count == BIGINT_POWERS_CACHE_SIZE) return NULL;
        MoltDigit *first = malloc(sizeof *first);
        if (!first) return NULL;
        first[0] = base;
        powers = &bigint_powers_cache[bigint_powers_cache_count++];
        powers->base = base;
        powers->digits[0] = first;
        powers->length[0] = 1;
        powers->count = 1;
    }
    if (levels > BIGINT_POWERS_MAX_LEVELS) return NULL;
    while (powers->count < levels) {
        int k = powers->count - 1;
        size_t square_length = 2 * powers->length[k];
        MoltDigit *square = malloc(square_length * sizeof *square);
        if (!square || !magnitude_mul(square, powers->digits[k], powers->length[k], powers->digits[k],
                                      powers->length[k])) {
            free(square);
            return NULL;
        }
        powers->digits[k + 1] = square;
        powers->length[k + 1] = bigint_trim(square, square_length);
        powers->count++;
    }
    return powers;
}

/* 10**(9 * 2**k) until the last one splits a number of `length` digits in
 * two: its square is then longer than the number. *level is that last k. */
static const ChunkPowers *decimal_powers(size_t length, int *level) {
    const ChunkPowers *powers = chunk_powers(BIGINT_DECIMAL_CHUNK, 1);
    int k = 0;
    while (powers && 2 * powers->length[k] - 2 < length) {
        k++;
        powers = chunk_powers(BIGINT_DECIMAL_CHUNK, k + 1);
    }
    *level = k;
    return powers;
}

/* chunks[0..count) (least significant first) = the base-10**9 digits of
 * work[0..length), which must be below 10**(9 * count); destroys work. */
static void decimal_chunks_schoolbook(MoltDigit *work, size_t length, uint32_t *chunks, size_t count) {
    length = bigint_trim(work, length);
    for (size_t c = 0; c < count; c++) {
        uint64_t rest = 0;
        /* Dividing by a constant lets the compiler use a multiplication. */
        for (size_t i = length; i-- > 0;) {
            uint64_t current = (rest << 32) | work[i];
            work[i] = (MoltDigit)(current / BIGINT_DECIMAL_CHUNK);
            rest = current % BIGINT_DECIMAL_CHUNK;
        }
        length = bigint_trim(work, length);
        chunks[c] = (uint32_t)rest;
    }
}

/* chunks[0..2**(level + 1)) = the base-10**9 digits of a, which is below
 * powers[level]**2; a is not modified. */
static bool decimal_chunks_split(const MoltDigit *a, size_t length, const ChunkPowers *powers,
                                 int level, uint32_t *chunks) {
    size_t half = (size_t)1 << level;
    length = bigint_trim(a, length);
    if (level == 0 || length <= BIGINT_DECIMAL_SPLIT_THRESHOLD) {
        MoltDigit local[BIGINT_DECIMAL_SPLIT_THRESHOLD];
        MoltDigit *work = length <= BIGINT_DECIMAL_SPLIT_THRESHOLD ? local : malloc(length * sizeof *work);
        if (!work) return false;
        memcpy(work, a, length * sizeof *work);
        decimal_chunks_schoolbook(work, length, chunks, 2 * half);
        if (work != local) free(work);
        return true;
    }
    const MoltDigit *divisor = powers->digits[level];
    size_t divisor_length = powers->length[level];
    if (magnitude_compare(a, length, divisor, divisor_length) < 0) {
        memset(chunks + half, 0, half * sizeof *chunks);
        return decimal_chunks_split(a, length, powers, level - 1, chunks);
    }
    size_t quotient_length = length - divisor_length + 1;
    MoltDigit *quotient = malloc((quotient_length + divisor_length) * sizeof *quotient);
    if (!quotient) return false;
    MoltDigit *remainder = quotient + quotient_length;
    bool ok = magnitude_divmod_knuth(quotient, remainder, a, length, divisor, divisor_length) &&
              decimal_chunks_split(remainder, divisor_length, powers, level - 1, chunks) &&
              decimal_chunks_split(quotient, quotient_length, powers, level - 1, chunks + half);
    free(quotient);
    return ok;
}

/* The base-10**9 digits of |a|, least significant first, without leading
 * zero chunks (*count is 0 for zero); NULL when out of memory. */
static uint32_t *decimal_chunks(const MoltBigint *a, size_t *count) {
    uint32_t *chunks;
    size_t capacity;
    if (a->length <= BIGINT_DECIMAL_SPLIT_THRESHOLD) {
        capacity = a->length * 32 / 29 + 2;
        chunks = malloc(capacity * sizeof *chunks);
        MoltDigit work[BIGINT_DECIMAL_SPLIT_THRESHOLD];
        if (!chunks) return NULL;
        memcpy(work, a->digits, a->length * sizeof *work);
        decimal_chunks_schoolbook(work, a->length, chunks, capacity);
    } else {
        int level;
        const ChunkPowers *powers = decimal_powers(a->length, &level);
        if (!powers) return NULL;
        capacity = (size_t)2 << level;
        chunks = malloc(capacity * sizeof *chunks);
        bool ok = chunks && decimal_chunks_split(a->digits, a->length, powers, level, chunks);
        if (!ok) {
            free(chunks);
            return NULL;
        }
    }
    while (capacity > 0 && chunks[capacity - 1] == 0) capacity--;
    *count = capacity;
    return chunks;
}

char *molt_bigint_to_decimal(const MoltBigint *a, size_t *length) {
    size_t chunk_count;
    uint32_t *chunks = decimal_chunks(a, &chunk_count);
    char *text = chunks ? malloc(chunk_count * 9 + 3) : NULL;
    if (!text) {
        free(chunks);
        return NULL;
    }
    char *cursor = text;
    if (a->negative) *cursor++ = '-';
    if (chunk_count == 0) {
        *cursor++ = '0';
    } else {
        char top[10];
        int top_length = 0;
        for (uint32_t value = chunks[chunk_count - 1]; value; value /= 10)
            top[top_length++] = (char)('0' + value % 10);
        while (top_length > 0) *cursor++ = top[--top_length];
        for (size_t i = chunk_count - 1; i-- > 0;) {
            uint32_t value = chunks[i];
            for (int place = 8; place >= 0; place--, value /= 10) cursor[place] = (char)('0' + value % 10);
            cursor += 9;
        }
    }
    *cursor = 0;
    *length = (size_t)(cursor - text);
    free(chunks);
    return text;
}

char *molt_bigint_to_power_of_two_base(const MoltBigint *a, int base, bool uppercase,
                                       size_t *length) {
    int bits_per_digit = base == 2 ? 1 : base == 8 ? 3 : 4;
    size_t total_bits = molt_bigint_bit_length(a);
    size_t count = total_bits == 0 ? 1 : (total_bits + (size_t)bits_per_digit - 1) / (size_t)bits_per_digit;
    char *text = malloc(count + 1);
    if (!text) return NULL;
    const char *alphabet = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
    for (size_t i = 0; i < count; i++) {
        size_t bit = i * (size_t)bits_per_digit;
        size_t digit_index = bit / 32;
        int offset = (int)(bit % 32);
        uint64_t window = digit_index < a->length ? a->digits[digit_index] : 0;
        if (digit_index + 1 < a->length) window |= (uint64_t)a->digits[digit_index + 1] << 32;
        text[count - 1 - i] = alphabet[(window >> offset) & (uint64_t)(base - 1)];
    }
    text[count] = 0;
    *length = count;
    return text;
}

size_t molt_bigint_from_digits_capacity(size_t count, int base) {
    int bits = 1;
    while ((1 << bits) < base) bits++;
    return count * (size_t)bits / 32 + 2;
}

/* Power-of-two bases: each digit is a fixed number of bits, packed directly. */
static size_t digits_pack_bits(MoltDigit *out, const uint8_t *values, size_t count, int bits_per_digit) {
    size_t length = (count * (size_t)bits_per_digit + 31) / 32;
    memset(out, 0, length * sizeof *out);
    for (size_t i = 0; i < count; i++) {
        size_t bit = (count - 1 - i) * (size_t)bits_per_digit;
        uint64_t shifted = (uint64_t)values[i] << (bit % 32);
        out[bit / 32] |= (MoltDigit)shifted;
        if (shifted >> 32) out[bit / 32 + 1] |= (MoltDigit)(shifted >> 32);
    }
    return bigint_trim(out, length);
}

/* Groups as many digits as fit in one 32-bit chunk, then multiply-accumulates. */
static size_t digits_schoolbook(MoltDigit *out, const uint8_t *values, size_t count, int base,
                                int per_chunk) {
    size_t length = 0;
    size_t position = 0;
    while (position < count) {
        uint64_t chunk = 0, multiplier = 1;
        for (int i = 0; i < per_chunk && position < count; i++, position++) {
            chunk = chunk * (uint64_t)base + values[position];
            multiplier *= (uint64_t)base;
        }
        uint64_t carry = chunk;
        for (size_t i = 0; i < length; i++) {
            carry += (uint64_t)out[i] * multiplier;
            out[i] = (MoltDigit)carry;
            carry >>= 32;
        }
        if (carry) out[length++] = (MoltDigit)carry;
    }
    return bigint_trim(out, length);
}

/* out = the value of values[0..count) as high * base**low_count + low, where
 * low_count = per_chunk * 2**level is the largest such split point below count
 * and powers[level] = base**low_count. False when out of memory. */
static bool digits_split(MoltDigit *out, size_t *out_length, const uint8_t *values, size_t count,
                         int base, int per_chunk, const ChunkPowers *powers, int level) {
    while (level >= 0 && ((size_t)per_chunk << level) >= count) level--;
    if (level < 0 || count <= BIGINT_PARSE_SPLIT_THRESHOLD) {
        *out_length = digits_schoolbook(out, values, count, base, per_chunk);
        return true;
    }
    size_t low_count = (size_t)per_chunk << level, high_count = count - low_count;
    size_t high_capacity = molt_bigint_from_digits_capacity(high_count, base);
    size_t low_capacity = molt_bigint_from_digits_capacity(low_count, base);
    MoltDigit *high = malloc((high_capacity + low_capacity) * sizeof *high);
    if (!high) return false;
    MoltDigit *low = high + high_capacity;
    size_t high_length, low_length;
    bool ok = digits_split(high, &high_length, values, high_count, base, per_chunk, powers, level) &&
              digits_split(low, &low_length, values + high_count, low_count, base, per_chunk, powers,
                           level);
    if (ok && high_length == 0) {
        memcpy(out, low, low_length * sizeof *out);
        *out_length = low_length;
    } else if (ok) {
        size_t length = high_length + powers->length[level];
        ok = magnitude_mul(out, high, high_length, powers->digits[level], powers->length[level]);
        if (ok) {
            magnitude_add_into(out, length, low, low_length);
            *out_length = bigint_trim(out, length);
        }
    }
    free(high);
    return ok;
}

void molt_bigint_from_digits(MoltBigint *out, const uint8_t *values, size_t count, int base) {
    out->negative = false;
    if ((base & (base - 1)) == 0) {
        int bits_per_digit = 0;
        while ((1 << bits_per_digit) < base) bits_per_digit++;
        out->length = digits_pack_bits(out->digits, values, count, bits_per_digit);
        return;
    }
    int per_chunk = 0;
    uint64_t chunk_base = 1;
    while (chunk_base * (uint64_t)base <= 0xFFFFFFFFull) {
        chunk_base *= (uint64_t)base;
        per_chunk++;
    }
    if (count > BIGINT_PARSE_SPLIT_THRESHOLD) {
        /* Powers chunk_base**(2**k) up to the first split point of count. */
        int levels = 1;
        while (((size_t)per_chunk << levels) < count) levels++;
        const ChunkPowers *powers = chunk_powers((MoltDigit)chunk_base, levels);
        if (powers && digits_split(out->digits, &out->length, values, count, base, per_chunk, powers,
                                   levels - 1))
            return;
        /* Out of memory for the split: the schoolbook way needs none. */
    }
    out->length = digits_schoolbook(out->digits, values, count, base, per_chunk);
}
