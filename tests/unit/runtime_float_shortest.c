/* Unit test of runtime/objects/float_shortest.c, the shortest round-trip
 * digits behind repr(float), and of float_parse.c, which reads decimals back
 * (float(str), json.loads). The digits are compared, digit for digit and in the
 * position of the point, with the method Molt used before it (the C library's
 * correctly rounded printf at 15, 16 and 17 digits, each read back by strtod,
 * whose correctness rests on glibc's exact conversions), kept here as the
 * oracle. Cases: every binary exponent with its edge significands, the
 * smallest subnormals, decimals of 1 to 17 digits read by strtod (these have
 * short representations, which random bits almost never have), and several
 * million random bit patterns. The powers of ten it computes must equal
 * those scripts/gen_float_pow10.py computes with Python's exact integers
 * (runtime_float_pow10_table.h). Each result's text must read back through
 * molt_float_parse_decimal as the same double, and every short decimal must
 * read exactly as strtod reads it. Exits 1 on the first few differences. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/number.h"

/* ------------------------------------------------------------ the oracle */

/* "d.ddde+XX" from %e into digits without the point or trailing zeros. */
static int oracle_parse(const char *text, char *digits, int *point) {
    const char *exponent = strchr(text, 'e');
    int length = 0;
    for (const char *cursor = text; cursor < exponent; cursor++)
        if (*cursor != '.') digits[length++] = *cursor;
    *point = (int)strtol(exponent + 1, NULL, 10) + 1;
    while (length > 1 && digits[length - 1] == '0') length--;
    if (length == 1 && digits[0] == '0') *point = 1;
    return length;
}

/* "d.ddde+XX" (precision digits) rewritten as the next decimal up. */
static void oracle_next_up(char *text, size_t capacity, int precision) {
    char *exponent_text = strchr(text, 'e');
    long exponent = strtol(exponent_text + 1, NULL, 10);
    char digits[24];
    size_t count = 0;
    for (char *cursor = text; cursor < exponent_text; cursor++)
        if (*cursor != '.') digits[count++] = *cursor;
    size_t i = count;
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i > 0) {
        digits[i - 1]++;
    } else {
        digits[0] = '1';
        exponent++;
    }
    snprintf(text, capacity, "%c%s%.*se%+03ld", digits[0], precision > 1 ? "." : "", precision - 1, digits + 1,
             exponent);
}

/* Decimals of at most 15 digits are spaced wider than doubles, so one that
 * reads back as d is the correctly rounded 15-digit form; so only 15, 16 and
 * 17 digits (1 up for subnormals) need trying, each the closest of its
 * length. Below a power of two the interval is lopsided: the next decimal up
 * may read back when the closest one does not. */
static int oracle_shortest(double magnitude, char *digits, int *point) {
    char text[40];
    int binary_exponent;
    int power_of_two = frexp(magnitude, &binary_exponent) == 0.5 && magnitude >= DBL_MIN;
    for (int precision = magnitude < DBL_MIN ? 1 : 15; precision <= 17; precision++) {
        snprintf(text, sizeof text, "%.*e", precision - 1, magnitude);
        if (strtod(text, NULL) == magnitude) break;
        if (power_of_two && strtod(text, NULL) < magnitude) {
            char above[40];
            memcpy(above, text, sizeof above);
            oracle_next_up(above, sizeof above, precision);
            if (strtod(above, NULL) == magnitude) {
                memcpy(text, above, sizeof above);
                break;
            }
        }
    }
    return oracle_parse(text, digits, point);
}

/* ------------------------------------------------------------ the checks */

static long checked, failures;

static double from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static void report(const char *what, const char *text, double expected, double actual) {
    if (++failures <= 10) printf("%s \"%s\": expected %a, got %a\n", what, text, expected, actual);
}

/* molt_float_parse_decimal(text) must be strtod(text), bit for bit. */
static void check_parse(const char *text) {
    double expected = strtod(text, NULL), actual = molt_float_parse_decimal(text);
    if (memcmp(&expected, &actual, sizeof expected) != 0) report("parse", text, expected, actual);
}

static void check(double d) {
    d = fabs(d);
    if (!isfinite(d)) return;
    char expected[40], actual[MOLT_FLOAT_SHORTEST_DIGITS + 1];
    int expected_point, actual_point;
    int expected_length = oracle_shortest(d, expected, &expected_point);
    int actual_length = molt_float_shortest_digits(d, actual, &actual_point);
    checked++;
    char text[64];
    snprintf(text, sizeof text, "%.*se%d", actual_length, actual, actual_point - actual_length);
    double back = molt_float_parse_decimal(text);
    if (back != d) report("read back", text, d, back);
    if (expected_length == actual_length && expected_point == actual_point &&
        memcmp(expected, actual, (size_t)actual_length) == 0)
        return;
    if (++failures <= 10) {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        printf("%.17g (0x%016llx): expected 0.%.*s e%d, got 0.%.*s e%d\n", d, (unsigned long long)bits,
               expected_length, expected, expected_point, actual_length, actual, actual_point);
    }
}

static uint64_t random_state = 0x5eed0f10a7;

/* splitmix64: a fixed, portable sequence. */
static uint64_t random_next(void) {
    uint64_t z = (random_state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static void check_edges(void) {
    const uint64_t fraction_mask = (UINT64_C(1) << 52) - 1;
    for (uint64_t exponent = 0; exponent < 0x7ff; exponent++) {
        uint64_t base = exponent << 52;
        const uint64_t significands[] = {0, 1, 2, 3, fraction_mask, fraction_mask - 1, fraction_mask / 2,
                                         fraction_mask / 3, UINT64_C(1) << 51, (UINT64_C(1) << 51) + 1};
        for (size_t i = 0; i < sizeof significands / sizeof *significands; i++)
            check(from_bits(base | significands[i]));
        for (int i = 0; i < 200; i++) check(from_bits(base | (random_next() & fraction_mask)));
    }
    for (uint64_t c = 0; c < 100000; c++) check(from_bits(c));
    for (uint64_t c = 0; c < 100000; c++) check(from_bits(((UINT64_C(1) << 52) - 1) - c));
    for (int i = -1074; i <= 1023; i++) check(ldexp(1.0, i));
    for (int i = 0; i < 100000; i++) check((double)i);
    const double named[] = {0.0, 5e-324, 1e-323, DBL_MIN, DBL_MAX, DBL_EPSILON, 0.1, 0.2, 0.3, 1.0 / 3,
                            2.0 / 3, 1e15, 1e16, 1e17, 1e22, 1e23, 9007199254740993.0, 123456789012345678.0,
                            2.2250738585072009e-308, 4.9406564584124654e-324, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) check(named[i]);
}

/* Decimals of 1..17 random digits with a random exponent, read by strtod:
 * doubles with short representations, near the ends of their intervals. */
static void check_short_decimals(long count) {
    char text[64];
    for (long i = 0; i < count; i++) {
        int digit_count = 1 + (int)(random_next() % 17);
        uint64_t digits = random_next() % UINT64_C(100000000000000000);
        char digit_text[24];
        snprintf(digit_text, sizeof digit_text, "%017llu", (unsigned long long)digits);
        int exponent = (int)(random_next() % 660) - 340;
        snprintf(text, sizeof text, "%.*se%d", digit_count, digit_text, exponent);
        check(strtod(text, NULL));
        check_parse(text);
        /* the same digits as a fixed-point number with a sign: 1..17 before the point */
        int point_at = 1 + (int)(random_next() % (unsigned)digit_count);
        snprintf(text, sizeof text, "%s%.*s.%.*s", random_next() & 1 ? "-" : "", point_at, digit_text,
                 digit_count - point_at, digit_text + point_at);
        check_parse(text);
    }
}

static const struct {
    int e;
    uint64_t g[2];
} expected_powers[] = {
#include "runtime_float_pow10_table.h"
};

static void check_powers_of_ten(void) {
    for (size_t i = 0; i < sizeof expected_powers / sizeof *expected_powers; i++) {
        const uint64_t *g = molt_float_power_of_ten(expected_powers[i].e);
        if ((g[0] != expected_powers[i].g[0] || g[1] != expected_powers[i].g[1]) && ++failures <= 10)
            printf("g(%d): expected {0x%016llx, 0x%016llx}, got {0x%016llx, 0x%016llx}\n", expected_powers[i].e,
                   (unsigned long long)expected_powers[i].g[0], (unsigned long long)expected_powers[i].g[1],
                   (unsigned long long)g[0], (unsigned long long)g[1]);
    }
}

static void check_parse_edges(void) {
    const char *texts[] = {"0", "-0", "0.0", "-0.000", "+1", "00012.5000", ".5", "5.", "1e22", "1e23", "-1e-22",
                           "1e-23", "9007199254740992", "9007199254740993", "9007199254740992e-22",
                           "9007199254740993e-22", "18014398509481985", "1234567890123456789",
                           "12345678901234567890", "0.000000000000000000000000000001234", "1e400", "-1e-400",
                           "1.5E+3", "2.5e-0", "123456789012345678901234567890e-30", "4.9e-324", "2e-324",
                           "1.7976931348623157e308", "1.7976931348623159e308", "0e999999999", "7e+00022",
                           "1" "00000000000000000000000000000000000000000000000000000000000000000000000000000"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) check_parse(texts[i]);
}

int main(void) {
    check_powers_of_ten();
    check_parse_edges();
    check_edges();
    long edges = checked;
    check_short_decimals(500000);
    long decimals = checked - edges;
    for (long i = 0; i < 2500000; i++) check(from_bits(random_next()));
    printf("%ld edge cases, %ld short decimals, %ld random bit patterns: %ld differences\n", edges, decimals,
           checked - edges - decimals, failures);
    return failures == 0 ? 0 : 1;
}
