/* Python bytes (immutable) and bytearray (mutable) byte strings, and the text
 * codecs (utf-8, ascii, latin-1) that convert between them and str. Generated
 * code creates bytes literals once at start-up as immortal constants. */
#ifndef MOLT_BYTES_H
#define MOLT_BYTES_H
#include <stddef.h>

#include "object.h"

extern MoltType molt_type_bytes;
extern MoltType molt_type_bytearray;
extern MoltType molt_type_memoryview;

/* An immortal bytes object for a program constant (may contain NUL bytes). */
MoltValue molt_bytes_constant(const char *data, size_t length);
/* A new bytes object holding a copy of data[0..length). */
MoltValue molt_bytes_from_data(const void *data, size_t length);
/* The contents of a bytes or bytearray value (valid until it is mutated or
 * freed) and their length. */
const unsigned char *molt_bytes_data(MoltValue bytes_like, size_t *length);

/* str.encode(encoding, errors) / bytes.decode(encoding, errors): encoding
 * and errors are C strings (NULL means "utf-8" / "strict"). Raise
 * LookupError("unknown encoding: x") and CPython's UnicodeEncodeError /
 * UnicodeDecodeError messages. New reference or MOLT_ERROR. */
MoltValue molt_codec_encode(MoltValue str, const char *encoding, const char *errors);
MoltValue molt_codec_decode(const unsigned char *data, size_t length, const char *encoding,
                            const char *errors);
/* What writing the str to a utf-8 text stream (stdout) checks first: 0 when
 * it encodes strictly, -1 with CPython's UnicodeEncodeError for a lone
 * surrogate ("'utf-8' codec can't encode character '\ud800' in position 0:
 * surrogates not allowed"). */
int molt_codec_check_utf8(MoltValue str);

#endif
