/* The sys module, as far as a compiled program has an interpreter to
 * describe: argv, exit, maxsize, byteorder, platform and the recursion limit
 * (kept and reported; compiled code recurses on the C stack and has no
 * RecursionError, docs/differences.md). sys.stdin needs the capability
 * `stdin` (include/molt/capabilities.h). */
#include <stdint.h>
#include <string.h>

#include "../core/args.h"
#include "../objects/module.h"
#include "sys.h"

static MoltValue argv_list;
static int64_t recursion_limit = 1000;

/* sys.argv: one list, made on first read from what main() received. */
static MoltValue sys_argv(void) {
    if (!argv_list) {
        int argc;
        char **argv = molt_runtime_arguments(&argc);
        argv_list = molt_list_from_owned(NULL, 0);
        if (argv_list == MOLT_ERROR) {
            argv_list = 0;
            return MOLT_ERROR;
        }
        for (int i = 0; i < argc; i++) {
            MoltValue item = molt_str_from_utf8(argv[i], strlen(argv[i]));
            if (item == MOLT_ERROR || molt_list_append(argv_list, item) < 0) return MOLT_ERROR;
            molt_decref(item);
        }
    }
    molt_incref(argv_list);
    return argv_list;
}

void molt_sys_release(void) {
    if (argv_list) molt_decref(argv_list);
    argv_list = 0;
}

static MoltValue sys_exit(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("exit", kwnames) < 0 || molt_args_check_count("exit", nargs, 0, 1) < 0) return MOLT_ERROR;
    MoltValue exception = molt_call(molt_from_ptr(&molt_type_SystemExit), args, nargs, MOLT_NONE);
    if (exception == MOLT_ERROR) return MOLT_ERROR;
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

static MoltValue sys_getrecursionlimit(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_none("sys", "getrecursionlimit", nargs, kwnames) < 0) return MOLT_ERROR;
    return molt_int_from_i64(recursion_limit);
}

static MoltValue sys_setrecursionlimit(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("setrecursionlimit", nargs, kwnames) < 0) return MOLT_ERROR;
    int64_t limit;
    if (!molt_is_int(args[0]))
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(args[0])->name);
    if (!molt_int_to_i64(args[0], &limit) || limit > INT32_MAX)
        return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
    if (limit < 1) return molt_raise_format(&molt_type_ValueError, "recursion limit must be greater or equal than 1");
    recursion_limit = limit;
    return MOLT_NONE;
}

static MoltValue sys_maxsize(void) { return molt_int_from_i64(INT64_MAX); }

static MoltValue sys_byteorder(void) { return molt_str_from_utf8("little", 6); }

/* CPython on a WASI host reports "wasi". */
static MoltValue sys_platform(void) {
#ifdef __wasi__
    return molt_str_from_utf8("wasi", 4);
#else
    return molt_str_from_utf8("linux", 5);
#endif
}

static struct MoltBuiltinFunctionObject functions[] = {
    MOLT_MODULE_FUNCTION("exit", sys_exit),
    MOLT_MODULE_FUNCTION("getrecursionlimit", sys_getrecursionlimit),
    MOLT_MODULE_FUNCTION("setrecursionlimit", sys_setrecursionlimit),
};

static const MoltModuleAttribute attributes[] = {
    {"argv", sys_argv},
    {"maxsize", sys_maxsize},
    {"byteorder", sys_byteorder},
    {"platform", sys_platform},
};

struct MoltModule molt_module_sys = MOLT_MODULE("sys", functions, attributes);
