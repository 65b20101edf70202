/* Which import statements the compiler accepts: those naming runtime modules
 * (the list in include/molt/module.h). Everything else is rejected here with
 * a diagnostic that names the module, so hir_build.c only lowers imports it
 * can compile. (Calls such as math.sqrt(x) go through the module object for
 * now; a later pass can call known module functions directly.) */
#include <stdio.h>
#include <string.h>

#include "../../include/molt/module.h"
#include "hir.h"

static bool is_runtime_module(const char *name) {
#define MOLT_MODULE_IS(module) if (strcmp(name, #module) == 0) return true;
    MOLT_RUNTIME_MODULES(MOLT_MODULE_IS)
#undef MOLT_MODULE_IS
    return false;
}

/* Members of CPython modules that no Tier 0 program may use, whatever Molt
 * provides of their module: they inspect or hook the interpreter's frames,
 * which a compiled program does not have. */
typedef struct Tier0Member {
    const char *module, *name, *hint;
} Tier0Member;

static const Tier0Member tier0_members[] = {
    {"sys", "_getframe", "a compiled program has no frame objects to inspect: pass what the code needs as arguments"},
    {"sys", "_current_frames", "a compiled program has no frame objects to inspect"},
    {"sys", "settrace", "a compiled program runs no bytecode to trace"},
    {"sys", "setprofile", "a compiled program runs no bytecode to profile"},
};

const char *hir_import_tier0_member(const char *module, const char *name) {
    for (size_t i = 0; i < sizeof tier0_members / sizeof tier0_members[0]; i++)
        if (strcmp(tier0_members[i].module, module) == 0 && strcmp(tier0_members[i].name, name) == 0)
            return tier0_members[i].hint;
    return NULL;
}

static bool has_tier0_members(const char *module) {
    for (size_t i = 0; i < sizeof tier0_members / sizeof tier0_members[0]; i++)
        if (strcmp(tier0_members[i].module, module) == 0) return true;
    return false;
}

bool hir_import_defers(const AstStmt *s) {
    if (s->kind != STMT_IMPORT) return false;
    for (int i = 0; i < s->as.import.names.count; i++) {
        const char *name = s->as.import.names.items[i]->name;
        if (!is_runtime_module(name) && (has_tier0_members(name) || strcmp(name, "importlib") == 0)) return true;
    }
    return false;
}

static bool check_module(const SourceFile *file, SourceLoc loc, const char *name) {
    if (is_runtime_module(name)) return true;
    if (strcmp(name, "importlib") == 0) {
        /* Not a module Molt lacks so much as one a closed world cannot have. */
        diag_outside_subset(file, loc, "importing 'importlib'",
                            "Molt compiles a closed world: name every module the program uses in an import "
                            "statement (import math); loading a module whose name is computed at run time is "
                            "never part of Tier 0");
        return false;
    }
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
    for (int i = 0; i < s->as.importfrom.names.count; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        const char *hint = hir_import_tier0_member(s->as.importfrom.module, alias->name);
        if (!hint) continue;
        char feature[256];
        snprintf(feature, sizeof feature, "'%s.%s'", s->as.importfrom.module, alias->name);
        diag_outside_subset(file, alias->loc, feature, hint);
        return false;
    }
    if (!check_module(file, s->loc, s->as.importfrom.module)) return false;
    for (int i = 0; i < s->as.importfrom.names.count; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        if (strcmp(s->as.importfrom.module, "dataclasses") == 0 && strcmp(alias->name, "dataclass") != 0 &&
            strcmp(alias->name, "is_dataclass") != 0 && strcmp(alias->name, "*") != 0) {
            diag_error(file, alias->loc, "Molt's dataclasses provides 'dataclass' (without options) and 'is_dataclass' so far",
                       "cannot import '%s' from 'dataclasses': not available in Molt yet", alias->name);
            ok = false;
        }
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
