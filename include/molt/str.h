/* Python str: immutable Unicode text. Generated code creates constants once at
 * start-up (immortal) and builds f-strings by joining parts. */
#ifndef MOLT_STR_H
#define MOLT_STR_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

extern MoltType molt_type_str;

/* A new str from UTF-8 bytes (which must be valid UTF-8). */
MoltValue molt_str_from_utf8(const char *bytes, size_t length);
/* A str of printf-formatted UTF-8 text (molt_str_vformat: from a va_list). */
MoltValue molt_str_from_format(const char *format, ...) __attribute__((format(printf, 1, 2)));
MoltValue molt_str_vformat(const char *format, va_list arguments);
/* A new str from bytes of unknown validity (input, files, argv): raises
 * UnicodeDecodeError with CPython's message when they are not strict UTF-8. */
MoltValue molt_str_from_utf8_checked(const char *bytes, size_t length);
/* An immortal str for a program constant; the same for equal text is fine but not required. */
MoltValue molt_str_constant(const char *bytes, size_t length);
/* Concatenates `count` str values (borrowed) into a new str; used for f-strings. */
MoltValue molt_str_join_parts(const MoltValue *parts, size_t count);
/* The UTF-8 bytes of a str, NUL-terminated and valid while the str lives, and
 * their length (length may be NULL). */
const char *molt_str_utf8(MoltValue str, size_t *length);
/* Length in code points. */
int64_t molt_str_length(MoltValue str);
/* The one-character str for a code point (0..0x10FFFF); cached for Latin-1. Used by chr(). */
MoltValue molt_str_from_code_point(uint32_t code_point);
/* a op b (<, <=, ==, !=, >, >=) for two str values: 1 or 0, never an error.
 * Generated code calls it where both operands are known to be str. */
int molt_str_compare_bool(MoltCompareOp op, MoltValue a, MoltValue b);
/* a + b for two str values (borrowed). */
MoltValue molt_str_concat(MoltValue a, MoltValue b);
/* str.maketrans(x[, y[, z]]), a static method: also reached as str.maketrans(...). */
MoltValue molt_str_maketrans(const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif
