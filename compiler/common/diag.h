/* Diagnostics sink: the one piece of global mutable state the compiler has.
 * Every stage reports errors here in the compiler-grade format
 *   file:line:col: error: message
 *       source line
 *       ^
 *   hint: ...
 * and the driver turns "any error reported" into exit status 3. */
#ifndef MOLT_COMMON_DIAG_H
#define MOLT_COMMON_DIAG_H
#include <stddef.h>

typedef struct SourceFile {
    const char *path;      /* as given on the command line */
    const char *text;      /* whole file, NUL-terminated */
    size_t length;
} SourceFile;

/* A position in a source file: 1-based line, 0-based column counted in
 * characters (code points), as CPython reports them. */
typedef struct SourceLoc {
    int line;
    int col;
} SourceLoc;

void diag_error(const SourceFile *file, SourceLoc loc, const char *hint, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
/* An error whose message names an unsupported Python feature; the hint tells the
 * user what to write instead or which later version/tier supports it. */
void diag_unsupported(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint);
/* An error for a dynamic feature the closed-world Tier 0 subset excludes by
 * design (not a gap to fill): "Molt does not accept FEATURE: it is outside the
 * Tier 0 subset"; the hint says what to write instead, and whether Tier 1
 * (guards with deoptimization) will accept it. */
void diag_outside_subset(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint);
/* An error for a feature no tier will accept (code created at run time):
 * "Molt never accepts FEATURE". */
void diag_never_accepted(const SourceFile *file, SourceLoc loc, const char *feature, const char *hint);
int diag_error_count(void);
/* Forgets earlier errors (tests compile several files in one process). */
void diag_reset(void);

#endif
