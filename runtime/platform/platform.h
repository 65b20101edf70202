/* The platform layer: the only door from the runtime to the host. Everything
 * POSIX- or WASI-specific lives behind these functions: posix.c, which wasi-libc
 * serves as well for the wasm target (docs/wasm.md). */
#ifndef MOLT_PLATFORM_H
#define MOLT_PLATFORM_H
#include <stddef.h>

/* Writes all `length` bytes to file descriptor 1 (stdout) or 2 (stderr),
 * retrying short writes. Returns 0, or -1 when the host refused. */
int molt_platform_write(int fd, const void *bytes, size_t length);
/* Reads at most `capacity` bytes from file descriptor 0 (stdin). Returns the
 * count, 0 at end of input, or -1 when the host refused. */
long molt_platform_read(int fd, void *buffer, size_t capacity);

#endif
