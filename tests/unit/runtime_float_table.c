/* Unit test of float formatting (format mini-language, repr), rounding,
 * parsing, hex and hashing against CPython: 3000 random cases
 * (runtime_float_table.h, made by scripts/gen_number_tables.py), run by the
 * evaluator of runtime_numbers.c. CPython's results
 * (runtime_float_table.expected) come from runtime_float_table.py. */
#define NUMBERS_CASE_TABLE "runtime_float_table.h"
#include "runtime_numbers.c"
