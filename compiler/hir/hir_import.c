/* Which import statements the compiler accepts: those naming runtime modules
 * (the list in include/molt/module.h) or the program's own modules (found by
 * the driver next to the entry script, compiler/driver/module_graph.c).
 * Everything else is rejected here with a diagnostic that names the module,
 * so hir_build.c only lowers imports it can compile. (Calls such as
 * math.sqrt(x) go through the module object for now; a later pass can call
 * known module functions directly.) */
#include <stdio.h>
#include <string.h>

#include "../../include/molt/module.h"
#include "hir.h"

bool hir_is_runtime_module(const char *name) {
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
        if (!hir_is_runtime_module(name) && (has_tier0_members(name) || strcmp(name, "importlib") == 0)) return true;
    }
    return false;
}

bool hir_is_user_module(const HirModuleContext *context, const char *name) {
    for (int i = 0; context->user_modules && context->user_modules[i]; i++)
        if (strcmp(context->user_modules[i], name) == 0) return true;
    return false;
}

static bool is_known(const char *name, const HirModuleContext *context) {
    return hir_is_runtime_module(name) || hir_is_user_module(context, name);
}

static void report_unavailable(const SourceFile *file, SourceLoc loc, const char *name) {
    if (strcmp(name, "importlib") == 0 || strncmp(name, "importlib.", 10) == 0) {
        /* Not a module Molt lacks so much as one a closed world cannot have. */
        diag_outside_subset(file, loc, "importing 'importlib'",
                            "Molt compiles a closed world: name every module the program uses in an import "
                            "statement (import math); loading a module whose name is computed at run time is "
                            "never part of Tier 0");
        return;
    }
    diag_error(file, loc,
               "the program's own modules are found next to the script (NAME.py, or NAME/__init__.py for a "
               "package); the modules Molt provides are listed in docs/modules.md",
               "cannot import '%s': the module is not available in Molt yet", name);
}

const char *hir_import_absolute_name(Arena *arena, const char *package, int level, const char *module) {
    if (level == 0) return module;
    if (!package || !*package) return NULL;
    size_t length = strlen(package);
    for (int up = 1; up < level; up++) {
        while (length > 0 && package[length - 1] != '.') length--;
        if (length == 0) return NULL;
        length--;   /* the dot */
    }
    return arena_printf(arena, "%.*s%s%s", (int)length, package, module ? "." : "", module ? module : "");
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
    {"dataclasses", "make_dataclass", "write a class statement decorated with @dataclass"},
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

/* Modules that provide only part of CPython's: `from m import x` and `m.x` may
 * name only what is listed (NULL-terminated), so nothing else fails at run time. */
typedef struct ProvidedNames {
    const char *module, *hint;
    const char *names[48];
} ProvidedNames;

static const ProvidedNames provided_names[] = {
    {"functools",
     "Molt's functools provides partial, reduce, wraps, update_wrapper, lru_cache, cache, cmp_to_key and "
     "total_ordering so far (see docs/modules.md)",
     {"partial", "reduce", "wraps", "update_wrapper", "lru_cache", "cache", "cmp_to_key", "total_ordering",
      "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", NULL}},
    {"collections",
     "Molt's collections provides deque, defaultdict, OrderedDict, Counter and namedtuple so far (see docs/modules.md)",
     {"deque", "defaultdict", "OrderedDict", "Counter", "namedtuple", NULL}},
    {"typing",
     "Molt's typing provides the special forms (Any, Union, Optional, ClassVar, Final, Literal, Annotated, "
     "NoReturn, Never, Self), the generic aliases (List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, "
     "Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping, Collection, AbstractSet, Deque, "
     "DefaultDict, Counter), TypeVar, Generic, ForwardRef, cast, overload, final, get_origin, get_args, get_type_hints, TYPE_CHECKING, "
     "NamedTuple, TypedDict, NewType, Protocol, runtime_checkable so far (see docs/modules.md)",
     {"Any", "Union", "Optional", "ClassVar", "Final", "Literal", "Annotated", "NoReturn", "Never", "Self", "List",
      "Dict", "Set", "FrozenSet", "Tuple", "Type", "Callable", "Iterable", "Iterator", "Generator", "Sequence",
      "MutableSequence", "Mapping", "MutableMapping", "Collection", "AbstractSet", "Deque", "DefaultDict", "Counter",
      "TypeVar", "Generic", "ForwardRef", "cast", "overload", "final", "get_origin", "get_args", "get_type_hints",
      "TYPE_CHECKING", "NamedTuple", "TypedDict", "NewType", "Protocol", "runtime_checkable", NULL}},
    {"json",
     "Molt's json provides dumps, dump, loads, load and JSONDecodeError; instead of subclassing JSONEncoder or "
     "JSONDecoder pass default=, object_hook= or a class of your own as cls= (see docs/modules.md)",
     {"dumps", "dump", "loads", "load", "JSONDecodeError", NULL}},
    {"re",
     "Molt's re provides compile, match, search, fullmatch, findall, finditer, sub, subn, split, escape, purge, "
     "error, Pattern, Match and the flags so far (see docs/modules.md)",
     {"compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge",
      "error", "Pattern", "Match", "NOFLAG", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "DOTALL", "U",
      "UNICODE", "X", "VERBOSE", "A", "ASCII", NULL}},
    {"contextlib",
     "Molt's contextlib provides contextmanager, suppress, nullcontext and closing so far (see docs/modules.md)",
     {"contextmanager", "suppress", "nullcontext", "closing", NULL}},
    {"asyncio",
     "Molt's asyncio provides run, sleep, create_task, gather, shield, wait_for, wait, timeout, timeout_at, "
     "current_task, all_tasks, get_running_loop, ensure_future, iscoroutine, isfuture, Future, Task, Timeout, "
     "Handle, TimerHandle, TaskGroup, Event, Lock, Semaphore, BoundedSemaphore, Queue, PriorityQueue, LifoQueue, QueueEmpty, "
     "QueueFull, CancelledError, InvalidStateError, TimeoutError and the wait constants so far (see docs/asyncio.md)",
     {"run", "sleep", "create_task", "gather", "shield", "wait_for", "wait", "timeout", "timeout_at", "current_task",
      "all_tasks", "get_running_loop", "ensure_future", "iscoroutine", "isfuture", "Future", "Task", "Timeout",
      "Handle", "TimerHandle", "CancelledError", "InvalidStateError", "TimeoutError", "FIRST_COMPLETED",
      "FIRST_EXCEPTION", "ALL_COMPLETED", "Event", "Lock", "Semaphore", "BoundedSemaphore", "Queue",
      "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull", "TaskGroup", NULL}},
    {"heapq",
     "Molt's heapq provides heappush, heappop, heapify, heapreplace, heappushpop, nsmallest, nlargest and merge "
     "(see docs/modules.md)",
     {"heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nsmallest", "nlargest", "merge",
      "_heapify_max", "_heappop_max", "_heapreplace_max", NULL}},
    {"hashlib", "Molt's hashlib provides md5, sha1, sha256 and new so far (see docs/modules.md)",
     {"md5", "sha1", "sha256", "new", NULL}},
    {"base64",
     "Molt's base64 provides the b64, standard_b64, urlsafe_b64, b32, b32hex and b16 encoders and decoders and "
     "encodebytes/decodebytes so far (see docs/modules.md)",
     {"b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
      "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "encodebytes",
      "decodebytes", NULL}},
    {"binascii",
     "Molt's binascii provides Error, hexlify, unhexlify, b2a_hex, a2b_hex, b2a_base64 and a2b_base64 so far "
     "(see docs/modules.md)",
     {"Error", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", NULL}},
    {"string", "Molt's string provides its constants, capwords and Template so far (see docs/modules.md)",
     {"ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation",
      "whitespace", "printable", "capwords", "Template", NULL}},
    {"argparse",
     "Molt's argparse provides ArgumentParser, Namespace, the four HelpFormatter classes, ArgumentError, "
     "ArgumentTypeError and the nargs constants so far (see docs/modules.md)",
     {"ArgumentParser", "Namespace", "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
      "ArgumentDefaultsHelpFormatter", "ArgumentError", "ArgumentTypeError", "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE",
      "ONE_OR_MORE", "REMAINDER", "PARSER", NULL}},
    {"textwrap", "Molt's textwrap provides wrap, fill, shorten, dedent, indent and TextWrapper (see docs/modules.md)",
     {"wrap", "fill", "shorten", "dedent", "indent", "TextWrapper", NULL}},
    {"random",
     "Molt's random provides seed, random, getrandbits, randrange, randint, choice, choices, sample, shuffle, "
     "uniform, triangular, gauss, normalvariate and expovariate so far (see docs/modules.md)",
     {"seed", "random", "getrandbits", "randrange", "randint", "choice", "choices", "sample", "shuffle", "uniform",
      "triangular", "gauss", "normalvariate", "expovariate", NULL}},
    {"sys",
     "Molt's sys provides argv, exit, maxsize, byteorder, platform, getrecursionlimit and setrecursionlimit so far "
     "(see docs/modules.md)",
     {"argv", "exit", "maxsize", "byteorder", "platform", "getrecursionlimit", "setrecursionlimit", NULL}},
    {"time",
     "Molt's time provides time, time_ns, monotonic, perf_counter, process_time (and their _ns forms), sleep, "
     "gmtime, localtime, strftime and struct_time so far (see docs/modules.md)",
     {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
      "process_time_ns", "sleep", "gmtime", "localtime", "strftime", "struct_time", NULL}},
    {"datetime",
     "Molt's datetime provides date, time, datetime, timedelta, tzinfo, timezone, UTC, MINYEAR and MAXYEAR "
     "(see docs/modules.md)",
     {"date", "time", "datetime", "timedelta", "tzinfo", "timezone", "UTC", "MINYEAR", "MAXYEAR", NULL}},
};

/* The partial module's hint when it lacks `name`, else NULL. */
static const char *unprovided_hint(const char *module, const char *name) {
    for (size_t i = 0; i < sizeof provided_names / sizeof provided_names[0]; i++) {
        if (strcmp(provided_names[i].module, module) != 0) continue;
        for (const char *const *provided = provided_names[i].names; *provided; provided++)
            if (strcmp(*provided, name) == 0) return NULL;
        return provided_names[i].hint;
    }
    return NULL;
}

static bool check_provided(const SourceFile *file, SourceLoc loc, const char *module, const char *name) {
    const char *hint = unprovided_hint(module, name);
    if (!hint) return true;
    diag_error(file, loc, hint, "cannot import '%s' from '%s': not available in Molt yet", name, module);
    return false;
}

bool hir_import_check_attribute(const SourceFile *file, SourceLoc loc, const char *module, const char *name) {
    for (size_t i = 0; i < sizeof missing_names / sizeof missing_names[0]; i++) {
        if (strcmp(missing_names[i].module, module) != 0 || strcmp(missing_names[i].name, name) != 0) continue;
        diag_error(file, loc, missing_names[i].hint, "module '%s' has no attribute '%s' in Molt yet", module, name);
        return false;
    }
    /* Dunders (__name__, __doc__) are every module's. */
    const char *hint = name[0] == '_' && name[1] == '_' ? NULL : unprovided_hint(module, name);
    if (!hint) return true;
    diag_error(file, loc, hint, "module '%s' has no attribute '%s' in Molt yet", module, name);
    return false;
}

/* import a.b.c names a, a.b and a.b.c: the top one must be known, and each
 * further one a module of the program. */
static bool check_dotted(const SourceFile *file, SourceLoc loc, const char *name, const HirModuleContext *context) {
    const char *dot = strchr(name, '.');
    char top[256];
    size_t top_length = dot ? (size_t)(dot - name) : strlen(name);
    snprintf(top, sizeof top, "%.*s", (int)top_length, name);
    if (!is_known(top, context)) {
        report_unavailable(file, loc, name);
        return false;
    }
    /* The driver loads a submodule only under a package it loaded: the
     * whole name is known when every part is. */
    if (!dot || hir_is_user_module(context, name)) return true;
    /* A runtime module has no submodules yet (collections.abc, os.path). */
    if (hir_is_runtime_module(top)) {
        report_unavailable(file, loc, name);
        return false;
    }
    diag_error(file, loc, "a submodule is a file in its package's directory: pkg/sub.py or pkg/sub/__init__.py",
               "No module named '%s'", name);
    return false;
}

bool hir_import_check(const SourceFile *file, const AstStmt *s, const HirModuleContext *context) {
    bool ok = true;
    if (s->kind == STMT_IMPORT) {
        for (int i = 0; i < s->as.import.names.count; i++) {
            const AstAlias *alias = s->as.import.names.items[i];
            ok &= check_dotted(file, alias->loc, alias->name, context);
        }
        return ok;
    }
    const char *module = s->as.importfrom.module;
    for (int i = 0; i < s->as.importfrom.names.count && s->as.importfrom.level == 0; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        const char *hint = hir_import_tier0_member(module, alias->name);
        if (!hint) continue;
        char feature[256];
        snprintf(feature, sizeof feature, "'%s.%s'", module, alias->name);
        diag_outside_subset(file, alias->loc, feature, hint);
        return false;
    }
    if (s->as.importfrom.level > 0) {
        Arena scratch;
        arena_init(&scratch);
        const char *absolute = hir_import_absolute_name(&scratch, context->package, s->as.importfrom.level, module);
        bool known = absolute && check_dotted(file, s->loc, absolute, context);
        arena_free(&scratch);
        if (!absolute) {
            if (!context->package)
                diag_error(file, s->loc, "a relative import works inside a package (a directory with __init__.py)",
                           "attempted relative import with no known parent package");
            else
                diag_error(file, s->loc, "count the dots: each one past the first goes up one package",
                           "attempted relative import beyond top-level package");
        }
        if (!known) return false;
    } else if (!check_dotted(file, s->loc, module, context)) {
        return false;
    }
    if (s->as.importfrom.level > 0) module = "";
    for (int i = 0; i < s->as.importfrom.names.count; i++) {
        const AstAlias *alias = s->as.importfrom.names.items[i];
        if (strcmp(alias->name, "*") != 0 && !check_provided(file, alias->loc, module, alias->name))
            ok = false;
        if (strcmp(alias->name, "*") == 0) {
            diag_unsupported(file, alias->loc, "'from ... import *'",
                             "import the names you use: from math import sqrt, pi");
            ok = false;
        } else {
            ok &= check_name(file, alias->loc, module, alias->name);
        }
    }
    return ok;
}
