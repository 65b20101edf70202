/* Buffered standard output (see output.h): one static buffer, written out
 * through the platform layer. */
#include <string.h>

#include "output.h"
#include "../platform/platform.h"

enum { OUTPUT_BUFFER_SIZE = 1 << 16 };

static char output_buffer[OUTPUT_BUFFER_SIZE];
static size_t output_length;

void molt_output_flush(void) {
    if (output_length > 0) {
        molt_platform_write(1, output_buffer, output_length);
        output_length = 0;
    }
}

void molt_output_stdout(const char *bytes, size_t length) {
    if (output_length + length > OUTPUT_BUFFER_SIZE) {
        molt_output_flush();
        /* Too large to be worth copying: write it straight through. */
        if (length >= OUTPUT_BUFFER_SIZE / 2) {
            molt_platform_write(1, bytes, length);
            return;
        }
    }
    memcpy(output_buffer + output_length, bytes, length);
    output_length += length;
}

void molt_output_stderr(const char *bytes, size_t length) {
    molt_output_flush();
    molt_platform_write(2, bytes, length);
}
