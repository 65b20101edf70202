/* The backend: LIR to C, and C to a native executable through the system
 * C compiler. */
#ifndef MOLT_BACKEND_H
#define MOLT_BACKEND_H
#include <stdbool.h>

#include "../common/strbuf.h"
#include "../lir/lir.h"

/* The whole program as one C translation unit. */
void backend_emit_c(StrBuf *out, const LirProgram *program, const char *script_name);

typedef struct BackendToolchain {
    const char *c_compiler;      /* "cc" unless MOLT_CC says otherwise */
    const char *include_dir;     /* Molt's include/ */
    const char *runtime_library; /* libmolt.a (or its sanitizer build) */
    bool sanitize;               /* build with AddressSanitizer + UBSan */
} BackendToolchain;

/* Compiles C source text into an executable at output_path. On failure
 * reports a diagnostic (never the C compiler's raw output alone) and returns
 * false. */
bool backend_compile(const BackendToolchain *toolchain, const char *c_source, size_t length,
                     const char *output_path);

#endif
