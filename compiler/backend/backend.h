/* The backend: LIR to C, and C to a native executable through the system
 * C compiler. */
#ifndef MOLT_BACKEND_H
#define MOLT_BACKEND_H
#include <stdbool.h>

#include "../common/strbuf.h"
#include "../lir/lir.h"

/* A program is one C translation unit per module (docs/modules.md). */
typedef struct BackendModule {
    int index;              /* 0: the entry script, whose unit holds main() */
    int module_count;       /* the program's modules, the entry's included */
    const char *script_name;   /* the entry script's name, for tracebacks */
} BackendModule;

void backend_emit_c(StrBuf *out, const LirProgram *program, const BackendModule *module);

typedef struct CUnits {
    StrBuf *items;
    int count;
} CUnits;

typedef struct BackendToolchain {
    const char *c_compiler;      /* "cc" unless MOLT_CC says otherwise */
    const char *include_dir;     /* Molt's include/ */
    const char *runtime_library; /* libmolt.a (or its sanitizer build) */
    bool sanitize;               /* build with AddressSanitizer + UBSan */
} BackendToolchain;

/* Compiles the program's C units into an executable at output_path. On
 * failure reports a diagnostic (never the C compiler's raw output alone) and
 * returns false. */
bool backend_compile(const BackendToolchain *toolchain, const CUnits *units, const char *output_path);
/* The C compiler's flags for this toolchain, space-separated, as backend_compile passes them
 * around the inputs (for molt.lock). */
void backend_describe_flags(const BackendToolchain *toolchain, StrBuf *out);

#endif
