/* Unit test of bigint arithmetic, int parsing, printing, hashing and rounding
 * against CPython: 3000 random cases (runtime_bigint_table.h, made by
 * scripts/gen_number_tables.py) from schoolbook to Karatsuba sizes and Knuth D
 * corner cases, run by the evaluator of runtime_numbers.c. CPython's results
 * (runtime_bigint_table.expected) come from runtime_bigint_table.py. */
#define NUMBERS_CASE_TABLE "runtime_bigint_table.h"
#include "runtime_numbers.c"
