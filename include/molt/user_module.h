/* The program's own modules (`import helpers`, `from pkg.sub import f`):
 * each is one generated translation unit that defines a static MoltUserModule
 * describing its globals, and the entry unit hands the table of all of them
 * to the runtime before the main module's body runs (docs/modules.md). */
#ifndef MOLT_USER_MODULE_H
#define MOLT_USER_MODULE_H
#include <stdbool.h>
#include <stddef.h>

#include "object.h"

/* One module-level name: the generated global slot that holds it. A fixed
 * name is bound only by a def, which the module's own code calls directly,
 * so rebinding it from outside would not be seen: Molt refuses that. */
typedef struct MoltModuleGlobal {
    const char *name;
    MoltValue *slot;
    bool fixed;
} MoltModuleGlobal;

typedef enum MoltModuleState { MOLT_MODULE_NOT_RUN, MOLT_MODULE_RUNNING, MOLT_MODULE_DONE } MoltModuleState;

typedef struct MoltUserModule {
    MoltObject header;
    const char *name;    /* dotted: "pkg.sub" */
    const char *file;    /* the source path as the compiler found it */
    const MoltModuleGlobal *globals;
    size_t global_count;
    void (*init_constants)(void);
    MoltValue (*body)(void);   /* the module body: None, or MOLT_ERROR */
    void (*teardown)(void);    /* releases the globals and constants */
    MoltModuleState state;
    bool constants_ready;
    /* Attributes that are not module-level names of the source: submodules
     * bound by `import pkg.sub`, names assigned from outside. A dict or 0. */
    MoltValue extra;
    struct MoltUserModule *next_started;   /* torn down in reverse order of starting */
} MoltUserModule;

extern MoltType molt_type_user_module;

#define MOLT_USER_MODULE_HEADER {MOLT_IMMORTAL_REFCOUNT, &molt_type_user_module}

/* Called once by the entry unit's main() with every module of the program. */
void molt_user_modules_register(MoltUserModule *const *modules, size_t count);
/* `import a.b.c`: runs a, a.b and a.b.c as needed (binding each as an
 * attribute of its package) and returns a new reference to the top package
 * when `top` is true (`import a.b.c` binds a) or to a.b.c (`import a.b.c as
 * m`, `from a.b.c import x`). `name` is a str constant. */
MoltValue molt_import_module(MoltValue name, MoltValue top);
/* `from m import x`: m's attribute x, else the submodule m.x if the program
 * has one, else CPython's ImportError. A new reference. */
MoltValue molt_import_from(MoltValue module, MoltValue name);
/* m.x = v and del m.x (value MOLT_UNBOUND) from other modules: 0 or -1. */
int molt_user_module_setattr(MoltValue module, const char *name, MoltValue value);
/* Releases the modules that ran, last started first (at exit). */
void molt_user_modules_teardown(void);

#endif
