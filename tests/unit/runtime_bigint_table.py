"""CPython 3.12's results for the random cases of runtime_bigint_table.h, in the
"case -> result" form runtime_bigint_table.c prints: runtime_bigint_table.expected."""
import runtime_numbers

runtime_numbers.main("runtime_bigint_table.h")
