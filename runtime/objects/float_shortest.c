/* The shortest decimal digits that read back as a double, the closest to it
 * among those of that length: CPython's repr (David Gay's dtoa, mode 0).
 * Raffaello Giulietti's Schubfach method ("The Schubfach way to render
 * doubles", 2020) with 126-bit powers of ten, each computed exactly the first
 * time it is needed: integer arithmetic only, no loop over candidate lengths,
 * no bignum fallback. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "number.h"
#include "float_pow10.h"

#define SIGNIFICAND_BITS 52
#define HIDDEN_BIT (UINT64_C(1) << SIGNIFICAND_BITS)
#define LOW_63_BITS ((UINT64_C(1) << 63) - 1)
#define Q_SUBNORMAL (-1074) /* the binary exponent of subnormals and the least normals */

/* The high 64 bits of the 128-bit product a * b. */
static uint64_t multiply_high(uint64_t a, uint64_t b) {
#ifdef __SIZEOF_INT128__
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
#else
    uint64_t a_low = a & 0xffffffffu, a_high = a >> 32, b_low = b & 0xffffffffu, b_high = b >> 32;
    uint64_t low_low = a_low * b_low, low_high = a_low * b_high, high_low = a_high * b_low;
    uint64_t middle = (low_low >> 32) + (low_high & 0xffffffffu) + (high_low & 0xffffffffu);
    return a_high * b_high + (low_high >> 32) + (high_low >> 32) + (middle >> 32);
#endif
}

/* ---------------------------------------------------------- powers of ten */

/* Naturals of up to 26 32-bit limbs, least significant first: room for
 * 5**324 (753 bits) and, in the division, twice 5**292. */
#define NATURAL_LIMBS 26
typedef struct Natural {
    uint32_t limb[NATURAL_LIMBS];
    int count;
} Natural;

static void natural_power_of_five(Natural *n, int exponent) {
    n->limb[0] = 1;
    n->count = 1;
    while (exponent > 0) {
        int step = exponent < 13 ? exponent : 13; /* 5**13 fits in 32 bits */
        uint32_t factor = 1;
        for (int i = 0; i < step; i++) factor *= 5;
        exponent -= step;
        uint64_t carry = 0;
        for (int i = 0; i < n->count; i++) {
            uint64_t product = (uint64_t)n->limb[i] * factor + carry;
            n->limb[i] = (uint32_t)product;
            carry = product >> 32;
        }
        if (carry != 0) n->limb[n->count++] = (uint32_t)carry;
    }
}

static int natural_bit_length(const Natural *n) {
    int bits = 32 * (n->count - 1);
    for (uint32_t top = n->limb[n->count - 1]; top != 0; top >>= 1) bits++;
    return bits;
}

/* Bits start .. start+63 of n as a number; positions below 0 are zeros. */
static uint64_t natural_bits(const Natural *n, int start) {
    uint64_t result = 0;
    for (int i = 0; i < 64; i++) {
        int position = start + i;
        if (position >= 0 && position / 32 < n->count && (n->limb[position / 32] >> (position % 32) & 1))
            result |= UINT64_C(1) << i;
    }
    return result;
}

static bool natural_at_least(const Natural *a, const Natural *b) {
    if (a->count != b->count) return a->count > b->count;
    for (int i = a->count - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i]) return a->limb[i] > b->limb[i];
    return true;
}

static void natural_subtract(Natural *a, const Natural *b) {
    uint64_t borrow = 0;
    for (int i = 0; i < a->count; i++) {
        uint64_t difference = (uint64_t)a->limb[i] - (i < b->count ? b->limb[i] : 0) - borrow;
        a->limb[i] = (uint32_t)difference;
        borrow = difference >> 63;
    }
    while (a->count > 1 && a->limb[a->count - 1] == 0) a->count--;
}

static void natural_double(Natural *a) {
    uint32_t carry = 0;
    for (int i = 0; i < a->count; i++) {
        uint32_t next = a->limb[i] >> 31;
        a->limb[i] = a->limb[i] << 1 | carry;
        carry = next;
    }
    if (carry != 0) a->limb[a->count++] = carry;
}

static int floor_log2_pow10(int e);

/* g(e) = floor(10**e / 2**r) + 1 with r making 2**125 <= g(e) < 2**126, as
 * {g >> 63, g mod 2**63}. For e >= 0 that is 5**e shifted; for e < 0 it is
 * 2**u / 5**-e for some u, by long division one quotient bit at a time. */
static void power_of_ten_compute(int e, uint64_t g[2]) {
    int r = floor_log2_pow10(e) - 125;
    Natural five;
    natural_power_of_five(&five, e < 0 ? -e : e);
    uint64_t high = 0, low = 0;
    if (e >= 0) {
        /* 10**e / 2**r = 5**e * 2**(e - r) */
        low = natural_bits(&five, r - e);
        high = natural_bits(&five, r - e + 64);
    } else {
        /* 10**e / 2**r = 2**u / 5**-e with u = -r + e; the quotient's leading
         * bits are zero until the remainder reaches 2**k, k = bit length - 1. */
        int k = natural_bit_length(&five) - 1;
        int u = -r + e;
        Natural remainder = {{0}, k / 32 + 1};
        remainder.limb[k / 32] = UINT32_C(1) << (k % 32);
        for (int i = 0; i < u - k; i++) {
            natural_double(&remainder);
            high = high << 1 | low >> 63;
            low <<= 1;
            if (natural_at_least(&remainder, &five)) {
                natural_subtract(&remainder, &five);
                low |= 1;
            }
        }
    }
    low++;
    if (low == 0) high++;
    g[0] = high << 1 | low >> 63;
    g[1] = low & LOW_63_BITS;
}

#define POWERS_OF_TEN (FLOAT_POW10_MAX - FLOAT_POW10_MIN + 1)
static uint64_t power_of_ten_cache[POWERS_OF_TEN][2];
static bool power_of_ten_known[POWERS_OF_TEN];

const uint64_t *molt_float_power_of_ten(int e) {
    int index = e - FLOAT_POW10_MIN;
    if (!power_of_ten_known[index]) {
        power_of_ten_compute(e, power_of_ten_cache[index]);
        power_of_ten_known[index] = true;
    }
    return power_of_ten_cache[index];
}

/* ------------------------------------------------------- shortest digits */

/* g * x / 2**127 rounded to odd (truncated, with the lowest bit set when
 * anything nonzero was cut off), g = {g >> 63, g mod 2**63}. The bits of the
 * product below 2**64 are not looked at: they hold only the error of g, which
 * overestimates 10**e by less than one unit. The paper proves that these
 * results compare with 4-scaled integers exactly as the true values do. */
static uint64_t round_to_odd(const uint64_t g[2], uint64_t x) {
    uint64_t low_part = multiply_high(g[1], x);   /* g mod 2**63 times x, over 2**64 */
    uint64_t high_low = g[0] * x;                 /* (g >> 63) * x = high_high:high_low */
    uint64_t high_high = multiply_high(g[0], x);
    /* below = the 63 bits under the result, plus whatever carries out of them */
    uint64_t below = (high_low >> 1) + low_part;
    uint64_t result = high_high + (below >> 63);
    return result | ((below & LOW_63_BITS) != 0);
}

/* floor(q log10 2), floor(q log10 2 + log10 3/4) and floor(e log2 10), exact
 * over the exponents doubles have (scripts/gen_float_pow10.py checks them). */
static int floor_log10_pow2(int q) { return (int)(((int64_t)q * FLOAT_LOG10_POW2_MULTIPLIER) >> 41); }

static int floor_log10_three_quarters_pow2(int q) {
    return (int)(((int64_t)q * FLOAT_LOG10_POW2_MULTIPLIER + FLOAT_LOG10_THREE_QUARTERS_ADDEND) >> 41);
}

static int floor_log2_pow10(int e) { return (int)(((int64_t)e * FLOAT_LOG2_POW10_MULTIPLIER) >> 38); }

/* Writes the decimal digits of f * 10**k (0 < f < 10**17) without trailing
 * zeros. Eight digits at a time are split off with one 64-bit division and
 * written with 32-bit arithmetic, which is cheaper than one division a digit. */
static int write_digits(uint64_t f, int k, char digits[MOLT_FLOAT_SHORTEST_DIGITS], int *point) {
    char text[MOLT_FLOAT_SHORTEST_DIGITS + 8];
    char *end = text + sizeof text, *first = end;
    for (; f >= 100000000; f /= 100000000) {
        uint32_t chunk = (uint32_t)(f % 100000000);
        for (int i = 0; i < 4; i++, chunk /= 100) {
            *--first = (char)('0' + chunk % 10);
            *--first = (char)('0' + chunk / 10 % 10);
        }
    }
    for (uint32_t rest = (uint32_t)f; rest != 0; rest /= 10) *--first = (char)('0' + rest % 10);
    int length = (int)(end - first);
    *point = length + k;
    while (end[-1] == '0') end--;
    length = (int)(end - first);
    memcpy(digits, first, (size_t)length);
    return length;
}

int molt_float_shortest_digits(double magnitude, char digits[MOLT_FLOAT_SHORTEST_DIGITS], int *point) {
    uint64_t bits;
    memcpy(&bits, &magnitude, sizeof bits);
    int biased_exponent = (int)(bits >> SIGNIFICAND_BITS) & 0x7ff;
    uint64_t c = bits & (HIDDEN_BIT - 1);
    int q = Q_SUBNORMAL;
    if (biased_exponent == 0 && c == 0) {
        digits[0] = '0';
        *point = 1;
        return 1;
    }
    if (biased_exponent != 0) {
        c |= HIDDEN_BIT;
        q = biased_exponent - 1075;
        /* An integer below 2**53: its neighbours are at most 1 away, so no
         * shorter decimal reads back as it. */
        if (-SIGNIFICAND_BITS <= q && q <= 0 && (c & ((UINT64_C(1) << -q) - 1)) == 0)
            return write_digits(c >> -q, 0, digits, point);
    }
    /* The doubles that read back as c * 2**q are those within half a unit
     * (c * 2**q ± 2**q / 2); below an exact power of two the next double
     * down is only half a unit away, so the interval's lower half shrinks to
     * a quarter. Everything is scaled by 4 so that these ends are integers:
     * cb, cbl and cbr are 4c and the ends. Gay's reading rounds half to even,
     * so the ends belong to the interval when c is even. */
    uint64_t odd = c & 1;
    uint64_t cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != HIDDEN_BIT || biased_exponent <= 1) {
        cbl = cb - 2;
        k = floor_log10_pow2(q);
    } else {
        cbl = cb - 1;
        k = floor_log10_three_quarters_pow2(q);
    }
    /* With k so chosen, the interval scaled by 10**-k is between 1 and 10
     * wide: it holds floor(v) or floor(v)+1 for the scaled value v, and at
     * most one multiple of 10. vb, vbl, vbr are 4 * v and 4 times the
     * ends, rounded to odd (exact when even). */
    int h = q + floor_log2_pow10(-k) + 2;
    const uint64_t *g = molt_float_power_of_ten(-k);
    uint64_t vb = round_to_odd(g, cb << h);
    uint64_t vbl = round_to_odd(g, cbl << h);
    uint64_t vbr = round_to_odd(g, cbr << h);
    uint64_t s = vb >> 2;
    /* A multiple of 10 in the interval has fewer significant digits than every
     * other integer in it, except when s < 10: then the interval may hold 10
     * and single digits, all one digit long, and the closest must win. */
    if (s >= 10) {
        uint64_t lower_ten = s / 10 * 10, upper_ten = lower_ten + 10;
        bool lower_in = vbl + odd <= lower_ten << 2;
        bool upper_in = (upper_ten << 2) + odd <= vbr;
        if (lower_in != upper_in) return write_digits(lower_in ? lower_ten : upper_ten, k, digits, point);
    }
    uint64_t t = s + 1;
    bool s_in = vbl + odd <= s << 2;
    bool t_in = (t << 2) + odd <= vbr;
    if (s_in != t_in) return write_digits(s_in ? s : t, k, digits, point);
    /* Both read back: the closer one (a tie cannot happen; it would go to even). */
    int64_t against_middle = (int64_t)(vb - ((s + t) << 1));
    uint64_t closer = against_middle < 0 || (against_middle == 0 && (s & 1) == 0) ? s : t;
    return write_digits(closer, k, digits, point);
}
