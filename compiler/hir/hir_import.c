/* Which import statements the compiler accepts: those naming runtime modules
 * (the list in include/molt/module.h). Everything else is rejected here with
 * a diagnostic that names the module, so hir_build.c only lowers imports it
 * can compile. (Calls such as math.sqrt(x) go through the module object for
 * now; a later pass can call known module functions directly.) */
#include <string.h>

#include "../../include/molt/module.h"
#include "hir.h"

static bool is_runtime_module(const char *name) {
#define MOLT_MODULE_IS(module) if (strcmp(name, #module) == 0) return true;
    MOLT_RUNTIME_MODULES(MOLT_MODULE_IS)
#undef MOLT_MODULE_IS
    return false;
}

static bool check_module(const SourceFile *file, SourceLoc loc, const char *name) {
    if (is_runtime_module(name)) return true;
    diag_error(file, loc, "Molt compiles one file for now; the modules it provides are listed in docs/modules.md",
               "cannot import '%s': the module is not available in Molt yet", name);
    return false;
}

/* Names a runtime module does not provide yet although CPython's does, and
 * that a program is likely to import: rejected by name with what to use. */
typedef struct MissingName {
    const char *module, *name, *hint;
} MissingName;

static const MissingName missing_names[] = {
    {"enum", "Flag", "Molt's enum has Enum and IntEnum; use an IntEnum of powers of two"},
    {"enum", "IntFlag", "Molt's enum has Enum and IntEnum; use an IntEnum of powers of two"},
    {"enum", "StrEnum", "Molt's enum has Enum and IntEnum; use an Enum with str values"},
    {"enum", "ReprEnum", "Molt's enum has Enum and IntEnum"},
    {"enum", "verify", "Molt's enum has unique but not verify"},
    {"abc", "abstractproperty", "use @property over @abstractmethod"},
    {"abc", "abstractclassmethod", "use @classmethod over @abstractmethod"},
    {"abc", "abstractstaticmethod", "use @staticmethod over @abstractmethod"},
};

static bool check_name(const SourceFile *file, SourceLoc loc, const char *module, const char *name) {
    for (size_t i = 0; i < sizeof missing_names / sizeof missing_names[0]; i++) {
        if (strcmp(missing_names[i].module, module) != 0 || strcmp(missing_names[i].name, name) != 0) continue;
        diag_error(file, loc, missing_names[i].hint, "cannot import '%s' from '%s': Molt does not provide it yet", name,
                   module);
        return false;
    }
    return true;
}

/* Modules that provide only part of CPython's: `from m import x` may name
 * only what is listed (NULL-terminated), so nothing else fails at run time. */
typedef struct ProvidedNames {
    const char *module, *hint;
    const char *names[16];
} ProvidedNames;

static const ProvidedNames provided_names[] = {
    {"dataclasses", "Molt's dataclasses provides 'dataclass' (without options) and 'is_dataclass' so far",
     {"dataclass", "is_dataclass", NULL}},
    {"functools",
     "Molt's functools provides partial, reduce, wraps, update_wrapper, lru_cache, cache, cmp_to_key and "
     "total_ordering so far (see docs/modules.md)",
     {"partial", "reduce", "wraps", "update_wrapper", "lru_cache", "cache", "cmp_to_key", "total_ordering",
      "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", NULL}},
    {"contextlib",
     "Molt's contextlib provides contextmanager, suppress, nullcontext and closing so far (see docs/modules.md)",
     {"contextmanager", "suppress", "nullcontext", "closing", NULL}},
};

static bool check_provided(const SourceFile *file, SourceLoc loc, const char *module, const char *name) {
    for (size_t i = 0; i < sizeof provided_names / sizeof provided_names[0]; i++) {
        if (strcmp(provided_names[i].module, module) != 0) continue;
        for (const char *const *provided = provided_names[i].names; *provided; provided++)
            if (strcmp(*provided, name) == 0) return true;
        diag_error(file, loc, provided_names[i].hint, "cannot import '%s' from '%s': not available in Molt yet", name,
                   module);
        return false;
    }
    return true;
}

bool hir_import_check(const SourceFile *file, const AstStmt *s) {
    bool ok = true;
    if (s->kind == STMT_IMPORT) {
        for (int i = 0; i < s->as.import.names.count; i++) {
            const AstAlias *alias = s->as.import.names.items[i];
            ok &= check_module(file, alias->loc, alias->name);
        }
        return ok;
    }
    if (s->as.importfrom.level > 0) {
        diag_unsupported(file, s->loc, "relative imports", "Molt compiles one file for now");
        return false;
    }
    if (!check_module(file, s->loc, s->as.importfrom.module)) return false;
    for (int i = 0; i < s->as.importfrom.names.count; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        if (strcmp(alias->name, "*") != 0 && !check_provided(file, alias->loc, s->as.importfrom.module, alias->name))
            ok = false;
        if (strcmp(alias->name, "*") == 0) {
            diag_unsupported(file, alias->loc, "'from ... import *'",
                             "import the names you use: from math import sqrt, pi");
            ok = false;
        } else {
            ok &= check_name(file, alias->loc, s->as.importfrom.module, alias->name);
        }
    }
    return ok;
}
