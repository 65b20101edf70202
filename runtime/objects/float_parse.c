/* Decimal text to double, correctly rounded: Clinger's fast path (a
 * significand below 2**53 and a power of ten up to 1e22 are both exact
 * doubles, so one IEEE multiply or divide rounds their product correctly),
 * and the C library's strtod for the rest. Used by float(str) and
 * json.loads, whose numbers are mostly short. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "number.h"

static const double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
#define EXACT_POWER_MAX 22
#define EXACT_SIGNIFICAND_MAX (UINT64_C(1) << 53)

double molt_float_parse_decimal(const char *text) {
    const char *cursor = text;
    bool negative = *cursor == '-';
    if (*cursor == '-' || *cursor == '+') cursor++;
    uint64_t significand = 0;
    int digits = 0;          /* significant digits taken, leading zeros not counted */
    int exponent = 0;        /* of the last digit taken */
    bool any_digit = false;
    for (; *cursor >= '0' && *cursor <= '9'; cursor++, any_digit = true) {
        if (significand == 0 && *cursor == '0') continue;
        if (++digits > 19) return strtod(text, NULL);
        significand = significand * 10 + (uint64_t)(*cursor - '0');
    }
    if (*cursor == '.') {
        for (cursor++; *cursor >= '0' && *cursor <= '9'; cursor++, any_digit = true) {
            exponent--;
            if (significand == 0 && *cursor == '0') continue;
            if (++digits > 19) return strtod(text, NULL);
            significand = significand * 10 + (uint64_t)(*cursor - '0');
        }
    }
    if (!any_digit) return strtod(text, NULL);
    if (*cursor == 'e' || *cursor == 'E') {
        cursor++;
        bool exponent_negative = *cursor == '-';
        if (*cursor == '-' || *cursor == '+') cursor++;
        const char *exponent_digits = cursor;
        int written = 0;
        for (; *cursor >= '0' && *cursor <= '9'; cursor++) {
            if (written > 100000) return strtod(text, NULL);
            written = written * 10 + (*cursor - '0');
        }
        if (cursor == exponent_digits) return strtod(text, NULL);
        exponent += exponent_negative ? -written : written;
    }
    if (*cursor != '\0' || significand > EXACT_SIGNIFICAND_MAX) return strtod(text, NULL);
    double value = (double)significand;
    if (significand == 0) {
        value = 0.0;
    } else if (0 <= exponent && exponent <= EXACT_POWER_MAX) {
        value *= exact_powers_of_ten[exponent];
    } else if (-EXACT_POWER_MAX <= exponent && exponent < 0) {
        value /= exact_powers_of_ten[-exponent];
    } else {
        return strtod(text, NULL);
    }
    return negative ? -value : value;
}
