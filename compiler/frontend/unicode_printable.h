/* Whether a code point is printable in the sense of CPython's
 * str.isprintable() (repr() escapes the others). Table generated from
 * CPython 3.12 by scripts/gen_unicode_printable.py. */
#ifndef MOLT_FRONTEND_UNICODE_PRINTABLE_H
#define MOLT_FRONTEND_UNICODE_PRINTABLE_H
#include <stdint.h>

int unicode_is_printable(uint32_t code);

#endif
