"""CPython 3.12's results for the random cases of runtime_float_table.h, in the
"case -> result" form runtime_float_table.c prints: runtime_float_table.expected."""
import runtime_numbers

runtime_numbers.main("runtime_float_table.h")
