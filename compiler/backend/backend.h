/* The backend: LIR to C, and C to an executable through the system C
 * compiler, for one of the targets of target.c (native, wasm). */
#ifndef MOLT_BACKEND_H
#define MOLT_BACKEND_H
#include <stdbool.h>

#include "../common/strbuf.h"
#include "../lir/lir.h"

/* A run-time check the generated code makes, as the Optimization Manifest
 * lists it (docs/manifest.md): recorded by the emitter as it writes the check,
 * so the list is what the program does. */
typedef struct BackendGuard {
    const char *kind;          /* "int-overflow", "int-unbox" or "exact-class" */
    const char *function;      /* the qualname of the function that holds it */
    SourceLoc loc;
    const char *operation;     /* the TIR operation it protects: "binary", "getattr"... */
    const char *name;          /* its operator, attribute, method or callee ("" when none) */
    const char *class_name;    /* exact-class: the class tested; else NULL */
} BackendGuard;

typedef struct BackendGuards {
    BackendGuard *items;
    int count, capacity;
} BackendGuards;

void backend_guards_free(BackendGuards *guards);

/* A program is one C translation unit per module (docs/modules.md). */
/* The methods of one builtin type that a program can name (compiler/driver/
 * method_use.h): the entry unit defines molt_TYPE_methods with the entries
 * molt_TYPE_method_NAME of these names (include/molt/methods.h). */
typedef struct BackendMethodTable {
    const char *type;          /* "str" */
    const char **names;        /* sorted by strcmp, as the runtime searches */
    int count;
} BackendMethodTable;

typedef struct BackendModule {
    int index;              /* 0: the entry script, whose unit holds main() */
    int module_count;       /* the program's modules, the entry's included */
    const char *script_name;   /* the entry script's name, for tracebacks */
    const char *source_name;   /* this module's file from the entry's directory, for tracebacks:
                                  never the build's own paths, so binaries do not depend on them */
    BackendGuards *guards;     /* receives every guard emitted; NULL: not recorded */
    uint32_t capabilities;     /* the granted set (include/molt/capabilities.h) */
    /* The entry unit's method tables; none (NULL): the runtime's tables of every method. */
    const BackendMethodTable *method_tables;
    int method_table_count;
} BackendModule;

void backend_emit_c(StrBuf *out, const LirProgram *program, const BackendModule *module);

typedef struct CUnits {
    StrBuf *items;
    int count;
} CUnits;

/* What one target needs, as data (target.c): the driver and backend_compile
 * read it and never branch on the target's name. Flag lists end with NULL. */
typedef struct BackendTarget {
    const char *name;                /* --target=NAME */
    const char *compiler_variable;   /* environment variable naming its C compiler */
    const char *default_compiler;
    const char *runtime_library;     /* next to build/molt */
    const char *sanitize_library;    /* the same under MOLT_SANITIZE=1; NULL: not available */
    const char *make_goal;           /* the make command that builds runtime_library */
    const char *output_suffix;       /* `build`'s default output is FILE (.py dropped) + this */
    const char *optimize_flag;
    const char *const *target_flags; /* before the C units */
    const char *const *link_flags;   /* after the runtime library */
    const char *strip_flag;          /* drops symbols and debug information (not under MOLT_SANITIZE) */
    const char *linker;              /* the linker the C compiler runs, for the SBOM */
    const char *runner_variable;     /* environment variable naming the runner program */
    const char *runner;              /* NULL: the output runs itself; else it runs as
                                        RUNNER RUNNER_SCRIPT OUTPUT ARGS... */
    const char *runner_script;       /* relative to Molt's root (build/..) */
    const char *runner_hint;         /* what to install when the runner cannot start */
    const char *install_hint;        /* what to install when the toolchain does not work */
} BackendTarget;

extern const BackendTarget backend_native_target;
/* The target called `name`, or NULL. */
const BackendTarget *backend_target_named(const char *name);
/* "native, wasm", for usage messages. */
const char *backend_target_names(void);

typedef struct BackendToolchain {
    const BackendTarget *target;
    const char *c_compiler;      /* the target's default unless its variable says otherwise */
    const char *include_dir;     /* Molt's include/ */
    const char *runtime_library; /* the target's runtime library (or its sanitizer build) */
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
