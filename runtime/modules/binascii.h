/* The binascii kernels base64.c builds on (binascii.c): base64 and hex
 * conversions with CPython 3.12's binascii.Error messages. */
#ifndef MOLT_BINASCII_H
#define MOLT_BINASCII_H
#include <stdbool.h>
#include <stddef.h>

#include "molt/molt.h"
#include "../objects/metatype.h"

extern MoltModuleError molt_binascii_error;   /* binascii.Error, a ValueError */

/* The bytes of an argument that may be bytes-like or an ASCII-only str:
 * ValueError "string argument should contain only ASCII characters" for
 * other strs, TypeError `type_message` (with the type's name for %s)
 * otherwise. *owned is a reference to drop (MOLT_NONE when none). 0 or -1. */
int molt_binascii_ascii_argument(MoltValue value, const char *type_message, const unsigned char **data,
                                 size_t *length, MoltValue *owned);
/* b2a_base64: bytes, with a final newline when asked. */
MoltValue molt_binascii_to_base64(const unsigned char *data, size_t length, bool newline);
/* a2b_base64, non-strict (skipping other characters) or strict. */
MoltValue molt_binascii_from_base64(const unsigned char *data, size_t length, bool strict);
/* unhexlify: "Odd-length string", "Non-hexadecimal digit found". */
MoltValue molt_binascii_from_hex(const unsigned char *data, size_t length);

#endif
