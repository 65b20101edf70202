/* input([prompt]): the prompt goes to stdout (flushed, as CPython flushes
 * before reading), then one line is read from stdin. stdin is read in blocks
 * kept between calls, so successive input() calls see successive lines. A
 * line ends at "\n", which is not part of the result ("\r" is: CPython's
 * sys.stdin does not translate newlines on POSIX); the text is UTF-8. */
#include <string.h>

#include "molt/molt.h"
#include "../platform/platform.h"
#include "args.h"
#include "buffer.h"
#include "output.h"

static char pending[4096];
static size_t pending_start, pending_end;
static bool input_ended;

/* Refills `pending` when it is used up; false at end of input (or error). */
static bool fill_pending(void) {
    if (pending_start < pending_end) return true;
    if (input_ended) return false;
    long count = molt_platform_read(0, pending, sizeof pending);
    if (count <= 0) {
        input_ended = true;
        return false;
    }
    pending_start = 0;
    pending_end = (size_t)count;
    return true;
}

/* Appends the next line to `line` without its end; false when input ended before any byte. */
static bool read_line(MoltBuffer *line) {
    bool any = false;
    while (fill_pending()) {
        any = true;
        char *start = pending + pending_start;
        size_t available = pending_end - pending_start;
        char *end = memchr(start, '\n', available);
        size_t length = end != NULL ? (size_t)(end - start) : available;
        molt_buffer_append(line, start, length);
        pending_start += length;
        if (end == NULL) continue;
        pending_start++;
        return true;
    }
    return any;
}

MoltValue molt_builtin_input(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("input", kwnames) < 0) return MOLT_ERROR;
    if (molt_args_check_count("input", nargs, 0, 1) < 0) return MOLT_ERROR;
    if (molt_capability_require(MOLT_CAP_STDIN, "input()") < 0) return MOLT_ERROR;
    if (nargs == 1) {
        MoltValue prompt = molt_str(args[0]);
        if (prompt == MOLT_ERROR) return MOLT_ERROR;
        if (molt_codec_check_utf8(prompt) < 0) {
            molt_decref(prompt);
            return MOLT_ERROR;
        }
        size_t length;
        const char *text = molt_str_utf8(prompt, &length);
        molt_output_stdout(text, length);
        molt_decref(prompt);
    }
    molt_output_flush();
    MoltBuffer line;
    molt_buffer_init(&line);
    if (!read_line(&line)) {
        molt_buffer_free(&line);
        return molt_raise_format(&molt_type_EOFError, "EOF when reading a line");
    }
    MoltValue result = molt_codec_decode((const unsigned char *)line.data, line.length, "utf-8", NULL);
    molt_buffer_free(&line);
    return result;
}
