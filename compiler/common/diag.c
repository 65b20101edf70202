/* Diagnostics sink (see diag.h). Printing the offending source line with a
 * caret under the column is what makes an error actionable. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int error_count;

static void print_source_line(const SourceFile *file, SourceLoc loc) {
    if (!file || !file->text || loc.line <= 0) return;
    const char *line_start = file->text;
    for (int line = 1; line < loc.line; line++) {
        const char *newline = strchr(line_start, '\n');
        if (!newline) return;
        line_start = newline + 1;
    }
    const char *line_end = line_start;
    while (*line_end && *line_end != '\n' && *line_end != '\r') line_end++;
    fprintf(stderr, "    %.*s\n    ", (int)(line_end - line_start), line_start);
    /* The column counts code points; reproduce tabs so the caret lines up. */
    const char *cursor = line_start;
    for (int col = 0; col < loc.col && cursor < line_end; col++) {
        fputc(*cursor == '\t' ? '\t' : ' ', stderr);
        cursor++;
        while (cursor < line_end && ((unsigned char)*cursor & 0xC0) == 0x80) cursor++;
    }
    fputs("^\n", stderr);
}

void diag_error(const SourceFile *file, SourceLoc loc, const char *hint, const char *format, ...) {
    error_count++;
    fprintf(stderr, "%s:%d:%d: error: ", file ? file->path : "molt", loc.line, loc.col + 1);
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
    print_source_line(file, loc);
    if (hint) fprintf(stderr, "hint: %s\n", hint);
}

void diag_unsupported(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint) {
    diag_error(file, loc, hint, "Molt does not support %s yet", feature);
}

void diag_outside_subset(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint) {
    diag_error(file, loc, hint, "Molt does not accept %s: it is outside the Tier 0 subset", feature);
}

void diag_never_accepted(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint) {
    diag_error(file, loc, hint, "Molt never accepts %s", feature);
}

int diag_error_count(void) { return error_count; }

void diag_reset(void) { error_count = 0; }
