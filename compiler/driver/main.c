/* The `molt` command line: build, run, check, and stage printing. Exit codes:
 * 0 ok, 1 the program's own failure (run), 2 usage error, 3 compile error. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../backend/backend.h"
#include "../common/strbuf.h"
#include "cache.h"
#include "capabilities.h"
#include "lockfile.h"
#include "pipeline.h"
#include "sbom.h"

#include "version.h"

static const char usage_text[] =
    "usage: molt <command> [options] FILE.py\n"
    "\n"
    "commands:\n"
    "  build FILE.py [-o OUT]     compile to an executable (default: FILE without .py;\n"
    "                             FILE.wasm for --target wasm)\n"
    "  run FILE.py [ARGS...]      compile into the cache (if needed) and run with ARGS\n"
    "  check FILE.py              verify the subset, print diagnostics, write the manifest\n"
    "  lock FILE.py               write molt.lock next to FILE.py: hashes of what a build uses\n"
    "\n"
    "options:\n"
    "  --emit=STAGE               print a stage and stop: ast, hir, tir, lir or c\n"
    "  -o OUT                     output path for build\n"
    "  --target=TARGET            native (default) or wasm: a wasm32-wasi module, which\n"
    "                             `run` runs with node (docs/wasm.md)\n"
    "  --locked                   build: fail unless molt.lock matches (names each drifted entry)\n"
    "  --cap NAME                 grant a capability (repeatable): time, random, env, fs.read,\n"
    "                             fs.write, net, proc, stdin; fs.read=PATH scopes it (also\n"
    "                             [tool.molt] capabilities = [...] in pyproject.toml;\n"
    "                             docs/capabilities.md)\n"
    "  --sbom                     build: also write OUT.cdx.json, a CycloneDX 1.5 SBOM (docs/sbom.md)\n"
    "  --manifest                 build: also write OUT.molt-manifest.json, the Optimization Manifest\n"
    "                             (docs/manifest.md); `check` always writes FILE.molt-manifest.json\n"
    "  --help                     show this help\n"
    "  --version                  show the version\n"
    "\n"
    "environment:\n"
    "  MOLT_CC          C compiler (default cc)\n"
    "  MOLT_WASM_CC     C compiler for --target wasm (default clang)\n"
    "  MOLT_NODE        Node.js 20 or later, to run wasm (default node)\n"
    "  MOLT_CACHE_DIR   cache for `molt run` (default ~/.cache/molt)\n"
    "  MOLT_SANITIZE=1  link the AddressSanitizer/UBSan build of the runtime\n"
    "\n"
    "exit status: 0 ok, 1 the program failed, 2 usage error, 3 compile error\n";

static int usage_error(const char *format, const char *detail) {
    fprintf(stderr, "molt: error: ");
    fprintf(stderr, format, detail);
    fprintf(stderr, "\nRun 'molt --help' for usage.\n");
    return 2;
}

/* The directory of the running executable (build/, where the runtime
 * libraries are; Molt's root is its parent). */
static bool executable_directory(char *out, size_t size) {
    ssize_t n = readlink("/proc/self/exe", out, size - 1);
    if (n <= 0) return false;
    out[n] = '\0';
    char *slash = strrchr(out, '/');
    if (!slash) return false;
    *slash = '\0';
    return true;
}

/* The value of environment variable `name` if set and not empty, else fallback. */
static const char *environment_or(const char *name, const char *fallback) {
    const char *value = name ? getenv(name) : NULL;
    return value && *value ? value : fallback;
}

/* Molt's own files sit around the executable: build/molt, build/libmolt.a, include/. */
static bool locate_toolchain(BackendToolchain *toolchain, const BackendTarget *target, char *include_dir,
                             char *library, size_t size) {
    char self[PATH_MAX];
    if (!executable_directory(self, sizeof self)) return false;
    const char *sanitize = getenv("MOLT_SANITIZE");
    toolchain->target = target;
    toolchain->sanitize = sanitize && strcmp(sanitize, "1") == 0;
    if (toolchain->sanitize && !target->sanitize_library) {
        fprintf(stderr, "molt: error: MOLT_SANITIZE=1 is not available for the %s target\n", target->name);
        return false;
    }
    snprintf(include_dir, size, "%s/../include", self);
    snprintf(library, size, "%s/%s", self, toolchain->sanitize ? target->sanitize_library : target->runtime_library);
    toolchain->include_dir = include_dir;
    toolchain->runtime_library = library;
    toolchain->c_compiler = environment_or(target->compiler_variable, target->default_compiler);
    if (access(library, R_OK) != 0) {
        const char *make_goal = toolchain->sanitize ? "make asan-runtime" : target->make_goal;
        fprintf(stderr, "molt: error: the runtime library '%s' is missing (run '%s')\n", library, make_goal);
        return false;
    }
    return true;
}

/* Replaces this process by the compiled program, through the target's runner
 * if it has one: RUNNER SCRIPT --argv0=SCRIPT.py OUTPUT ARGS... */
static int exec_program(const BackendTarget *target, const char *executable, const char *input, char **args, int count) {
    char script[PATH_MAX + 64], argv0[PATH_MAX + 16];
    if (target->runner && !executable_directory(script, sizeof script)) return 3;
    char **child_argv = calloc((size_t)count + 5, sizeof(char *));
    int argc = 0;
    const char *program = executable;
    if (target->runner) {
        size_t n = strlen(script);
        snprintf(script + n, sizeof script - n, "/../%s", target->runner_script);
        snprintf(argv0, sizeof argv0, "--argv0=%s", input);
        program = environment_or(target->runner_variable, target->runner);
        child_argv[argc++] = (char *)program;
        child_argv[argc++] = script;
        child_argv[argc++] = argv0;
        child_argv[argc++] = (char *)executable;
    } else {
        child_argv[argc++] = (char *)input;
    }
    for (int i = 0; i < count; i++) child_argv[argc++] = args[i];
    if (target->runner) execvp(program, child_argv);
    else execv(program, child_argv);
    fprintf(stderr, "molt: error: cannot run '%s': %s\n", program, strerror(errno));
    if (target->runner_hint) fprintf(stderr, "hint: %s\n", target->runner_hint);
    free(child_argv);
    return 3;
}

static EmitStage parse_emit(const char *value) {
    if (strcmp(value, "ast") == 0) return EMIT_AST;
    if (strcmp(value, "hir") == 0) return EMIT_HIR;
    if (strcmp(value, "tir") == 0) return EMIT_TIR;
    if (strcmp(value, "lir") == 0) return EMIT_LIR;
    if (strcmp(value, "c") == 0) return EMIT_C;
    return EMIT_NONE;
}

/* Where a report about the build goes: the output (or, for check, the
 * script) without the target's suffix or .py, then `extension`. */
static void report_path(char *out, size_t size, const char *base, const char *drop_suffix, const char *extension) {
    size_t n = strlen(base), drop = strlen(drop_suffix);
    if (drop && n > drop && strcmp(base + n - drop, drop_suffix) == 0) n -= drop;
    snprintf(out, size, "%.*s%s", (int)n, base, extension);
}

static bool is_directory(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage_text, stderr);
        return 2;
    }
    const char *command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 || strcmp(command, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(command, "--version") == 0) {
        printf("molt %s\n", MOLT_VERSION);
        return 0;
    }
    bool is_build = strcmp(command, "build") == 0, is_run = strcmp(command, "run") == 0,
         is_check = strcmp(command, "check") == 0, is_lock = strcmp(command, "lock") == 0;
    if (!is_build && !is_run && !is_check && !is_lock) return usage_error("unknown command '%s'", command);

    const char *input = NULL, *output = NULL;
    EmitStage emit = EMIT_NONE;
    const BackendTarget *target = &backend_native_target;
    bool locked = false, sbom = false, manifest = false;
    uint32_t capabilities = 0;
    int program_args = argc;
    for (int i = 2; i < argc; i++) {
        const char *arg = argv[i];
        if (input && is_run) {
            program_args = i;
            break;
        }
        if (strncmp(arg, "--emit=", 7) == 0) {
            emit = parse_emit(arg + 7);
            if (emit == EMIT_NONE) return usage_error("unknown stage '%s' for --emit (ast, hir, tir, lir, c)", arg + 7);
        } else if (strcmp(arg, "--target") == 0 || strncmp(arg, "--target=", 9) == 0) {
            const char *name = arg[8] == '=' ? arg + 9 : NULL;
            if (!name && i + 1 >= argc) return usage_error("--target needs one of: %s", backend_target_names());
            if (!name) name = argv[++i];
            target = backend_target_named(name);
            if (!target) {
                fprintf(stderr, "molt: error: unknown target '%s' (targets: %s)\nRun 'molt --help' for usage.\n", name,
                        backend_target_names());
                return 2;
            }
        } else if (strcmp(arg, "-o") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs a path", "-o");
            output = argv[++i];
        } else if (strcmp(arg, "--cap") == 0 || strncmp(arg, "--cap=", 6) == 0) {
            const char *name = arg[5] == '=' ? arg + 6 : NULL;
            if (!name && i + 1 >= argc) return usage_error("%s needs a capability name", "--cap");
            if (!name) name = argv[++i];
            if (!capabilities_add_flag(&capabilities, name)) return 2;
        } else if (strcmp(arg, "--locked") == 0) {
            locked = true;
        } else if (strcmp(arg, "--sbom") == 0) {
            sbom = true;
        } else if (strcmp(arg, "--manifest") == 0) {
            manifest = true;
        } else if (strcmp(arg, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (arg[0] == '-' && arg[1]) {
            return usage_error("unknown option '%s'", arg);
        } else if (!input) {
            input = arg;
        } else {
            return usage_error("unexpected argument '%s'", arg);
        }
    }
    if (!input) return usage_error("%s needs a Python file", command);
    if (access(input, R_OK) != 0 || is_directory(input)) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", input, is_directory(input) ? "is a directory" : strerror(errno));
        return 2;
    }
    if (output && !is_build) return usage_error("-o is only for '%s'", "build");
    if (locked && !is_build) return usage_error("--locked is only for '%s'", "build");
    if (sbom && !is_build) return usage_error("--sbom is only for '%s'", "build");
    if (manifest && !is_build && !is_check) return usage_error("--manifest is only for '%s' and 'check'", "build");
    if (is_lock || locked) {
        BackendToolchain toolchain;
        char include_dir[PATH_MAX + 32], library[PATH_MAX + 32];
        if (!locate_toolchain(&toolchain, target, include_dir, library, sizeof include_dir)) return 3;
        StrBuf flags;
        strbuf_init(&flags);
        backend_describe_flags(&toolchain, &flags);
        char root[PATH_MAX + 40];
        snprintf(root, sizeof root, "%s/..", include_dir);
        LockInputs inputs = {input, MOLT_VERSION, target->name, root, toolchain.c_compiler, flags.data ? flags.data : ""};
        int status = is_lock ? lockfile_write(&inputs) : lockfile_check(&inputs);
        strbuf_free(&flags);
        if (is_lock || status != 0) return status;
    }

    StrBuf printed;
    strbuf_init(&printed);
    CUnits units = {0};
    if (!capabilities_from_pyproject(&capabilities, input)) return 3;
    PipelineReports reports = {0};
    reports.want_manifest = emit == EMIT_NONE && (is_check || manifest);
    reports.want_inventory = emit == EMIT_NONE && sbom;
    PipelineResult result = pipeline_run(input, capabilities, emit, is_check, &printed, &units, &reports);
    if (result == PIPELINE_INPUT_ERROR) return 2;
    if (result != PIPELINE_OK) return 3;
    if (emit != EMIT_NONE) {
        fwrite(printed.data ? printed.data : "", 1, printed.length, stdout);
        strbuf_free(&printed);
        pipeline_free_units(&units);
        return 0;
    }
    strbuf_free(&printed);
    char report[PATH_MAX + 32];
    if (is_check) {
        report_path(report, sizeof report, input, ".py", ".molt-manifest.json");
        bool written = strbuf_write_file(&reports.manifest, report);
        pipeline_reports_free(&reports);
        return written ? 0 : 3;
    }

    BackendToolchain toolchain;
    char include_dir[PATH_MAX + 32], library[PATH_MAX + 32];
    if (!locate_toolchain(&toolchain, target, include_dir, library, sizeof include_dir)) return 3;

    if (is_build) {
        char default_output[PATH_MAX];
        if (!output) {
            snprintf(default_output, sizeof default_output, "%s", input);
            size_t n = strlen(default_output);
            if (n > 3 && strcmp(default_output + n - 3, ".py") == 0) n -= 3;
            /* Never the input itself: a native build of FILE without .py is FILE.out. */
            const char *suffix = target->output_suffix;
            if (!suffix[0] && n == strlen(input)) suffix = ".out";
            snprintf(default_output + n, sizeof default_output - n, "%s", suffix);
            output = default_output;
        }
        bool ok = backend_compile(&toolchain, &units, output);
        pipeline_free_units(&units);
        if (ok && manifest) {
            report_path(report, sizeof report, output, target->output_suffix, ".molt-manifest.json");
            ok = strbuf_write_file(&reports.manifest, report);
        }
        if (ok && sbom) {
            char root[PATH_MAX + 40];
            snprintf(root, sizeof root, "%s/..", include_dir);
            SbomInputs inputs = {output, MOLT_VERSION, &toolchain, root, &reports};
            report_path(report, sizeof report, output, target->output_suffix, ".cdx.json");
            ok = sbom_write(&inputs, report);
        }
        pipeline_reports_free(&reports);
        return ok ? 0 : 3;
    }

    /* run: reuse the cached executable for the same C code and toolchain. */
    char executable[PATH_MAX];
    if (!cache_executable_path(&toolchain, &units, executable, sizeof executable)) return 3;
    if (access(executable, X_OK) != 0) {
        char temporary[PATH_MAX + 32];
        snprintf(temporary, sizeof temporary, "%s.tmp%ld", executable, (long)getpid());
        if (!backend_compile(&toolchain, &units, temporary)) return 3;
        if (rename(temporary, executable) != 0) {
            fprintf(stderr, "molt: error: cannot store '%s' in the cache: %s\n", executable, strerror(errno));
            return 3;
        }
    }
    pipeline_free_units(&units);
    return exec_program(target, executable, input, argv + program_args, argc - program_args);
}
