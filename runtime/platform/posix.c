/* Host access for POSIX systems: raw writes to the standard streams. The
 * runtime buffers above this layer, so this is a thin loop around write(2). */
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
