/* The platform layer: the only door from the runtime to the host. Everything
 * POSIX- or WASI-specific lives behind these functions: posix.c, which wasi-libc
 * serves as well for the wasm target (docs/wasm.md). */
#ifndef MOLT_PLATFORM_H
#define MOLT_PLATFORM_H
#include <stddef.h>
#include <stdint.h>

/* Writes all `length` bytes to file descriptor 1 (stdout) or 2 (stderr),
 * retrying short writes. Returns 0, or -1 when the host refused. */
int molt_platform_write(int fd, const void *bytes, size_t length);
/* Reads at most `capacity` bytes from file descriptor 0 (stdin). Returns the
 * count, 0 at end of input, or -1 when the host refused. */
long molt_platform_read(int fd, void *buffer, size_t capacity);

/* The clocks of the time module. On wasm32-wasi wasi-libc serves them with
 * clock_time_get; the process clock falls back to the monotonic one there. */
typedef enum MoltClock { MOLT_CLOCK_REALTIME, MOLT_CLOCK_MONOTONIC, MOLT_CLOCK_PROCESS } MoltClock;
/* Nanoseconds of `clock` in *out; 0, or -1 when the host has no such clock. */
int molt_platform_clock_ns(MoltClock clock, int64_t *out);
/* Waits `nanoseconds` (resuming after signals). */
void molt_platform_sleep_ns(int64_t nanoseconds);
/* Fills `length` bytes with the host's randomness (getentropy; WASI's
 * random_get). 0, or -1 when the host refused. */
int molt_platform_entropy(void *bytes, size_t length);
/* The host's local time zone at the UTC instant `seconds` since the epoch:
 * its offset from UTC in seconds, and (when `name` is not NULL) its name
 * ("CET") and whether it is summer time (when `is_dst` is not NULL), as
 * localtime_r gives them. wasi-libc has no zones: UTC there, as CPython's
 * WASI build. 0, or -1 when the instant is out of the host's range. */
int molt_platform_local_offset(int64_t seconds, int64_t *offset, char *name, size_t name_size, int *is_dst);

#endif
