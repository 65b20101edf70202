/* Host access for POSIX systems (and wasi-libc): raw reads and writes of the
 * standard streams (the runtime buffers above this layer, so these are thin
 * loops around read(2) and write(2)), clocks, sleeping, entropy and the
 * local time zone. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "platform.h"

/* One millisecond: where poll() cannot wait for a descriptor (WASI hosts
 * that do not support fd subscriptions), a short sleep between retries. */
static void wait_briefly(void) {
    struct timespec pause = {0, 1000000};
    nanosleep(&pause, NULL);
}

int molt_platform_write(int fd, const void *bytes, size_t length) {
    const char *cursor = bytes;
    while (length > 0) {
        ssize_t written = write(fd, cursor, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            /* A non-blocking descriptor whose reader is behind: node's pipes are
             * non-blocking, and the wasm runner hands them to the program as they
             * are, so a large output to a slow reader meets EAGAIN. Wait until it
             * drains instead of dropping the rest of the output. */
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                struct pollfd writable = {.fd = fd, .events = POLLOUT};
                if (poll(&writable, 1, -1) < 0 && errno != EINTR) wait_briefly();
                continue;
            }
            return -1;
        }
        cursor += written;
        length -= (size_t)written;
    }
    return 0;
}

long molt_platform_read(int fd, void *buffer, size_t capacity) {
    for (;;) {
        ssize_t count = read(fd, buffer, capacity);
        if (count >= 0) return (long)count;
        if (errno != EINTR) return -1;
    }
}

int molt_platform_clock_ns(MoltClock clock, int64_t *out) {
    clockid_t id = CLOCK_REALTIME;
    if (clock == MOLT_CLOCK_MONOTONIC) id = CLOCK_MONOTONIC;
#if defined(CLOCK_PROCESS_CPUTIME_ID) && !defined(__wasi__)
    if (clock == MOLT_CLOCK_PROCESS) id = CLOCK_PROCESS_CPUTIME_ID;
#else
    if (clock == MOLT_CLOCK_PROCESS) id = CLOCK_MONOTONIC;
#endif
    struct timespec now;
    if (clock_gettime(id, &now) != 0) return -1;
    *out = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
    return 0;
}

void molt_platform_sleep_ns(int64_t nanoseconds) {
    struct timespec wait = {(time_t)(nanoseconds / 1000000000), (long)(nanoseconds % 1000000000)};
    while (nanosleep(&wait, &wait) != 0 && errno == EINTR) {
    }
}

int molt_platform_entropy(void *bytes, size_t length) {
    unsigned char *cursor = bytes;
    while (length > 0) {
        size_t chunk = length < 256 ? length : 256;   /* getentropy's limit */
        if (getentropy(cursor, chunk) != 0) return -1;
        cursor += chunk;
        length -= chunk;
    }
    return 0;
}

int molt_platform_local_offset(int64_t seconds, int64_t *offset, char *name, size_t name_size, int *is_dst) {
    time_t when = (time_t)seconds;
    if ((int64_t)when != seconds) return -1;
    struct tm local;
    if (!localtime_r(&when, &local)) return -1;
#if defined(__wasi__)
    *offset = 0;
    const char *zone = "UTC";
#else
    *offset = local.tm_gmtoff;
    const char *zone = local.tm_zone ? local.tm_zone : "";
#endif
    if (name && name_size) snprintf(name, name_size, "%s", zone);
    if (is_dst) *is_dst = local.tm_isdst > 0;
    return 0;
}
