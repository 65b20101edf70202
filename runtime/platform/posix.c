/* Host access for POSIX systems: raw reads and writes of the standard
 * streams. The runtime buffers above this layer, so these are thin loops
 * around read(2) and write(2). */
#include <errno.h>
#include <unistd.h>

#include "platform.h"

int molt_platform_write(int fd, const void *bytes, size_t length) {
    const char *cursor = bytes;
    while (length > 0) {
        ssize_t written = write(fd, cursor, length);
        if (written < 0) {
            if (errno == EINTR) continue;
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
