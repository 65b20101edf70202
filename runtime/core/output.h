/* Buffered standard output. print() appends to one large buffer that is
 * written with a single host call when full, on flush=True, before anything
 * goes to stderr (so interleaving matches CPython's), and at exit. */
#ifndef MOLT_OUTPUT_H
#define MOLT_OUTPUT_H
#include <stddef.h>

void molt_output_stdout(const char *bytes, size_t length);
/* Flushes stdout first, then writes unbuffered to stderr. */
void molt_output_stderr(const char *bytes, size_t length);
void molt_output_flush(void);

#endif
