/* Drives the system C compiler: writes the generated translation units next to
 * the output, compiles and links them with the runtime for the toolchain's
 * target, and turns every way this can fail (no compiler, a toolchain that
 * cannot build for the target, a compiler error) into a Molt diagnostic. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../common/sha256.h"
#include "backend.h"

/* Runs argv, sending the child's stdout and stderr to log_path. Returns the
 * exit status, or -1 when the program could not be started (errno set). */
static int run_logged(char *const argv[], const char *log_path) {
    int error_pipe[2];
    if (pipe(error_pipe) != 0) return -1;
    fcntl(error_pipe[1], F_SETFD, FD_CLOEXEC);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        close(error_pipe[0]);
        int log = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (log >= 0) {
            dup2(log, 1);
            dup2(log, 2);
            close(log);
        }
        execvp(argv[0], argv);
        int code = errno;
        if (write(error_pipe[1], &code, sizeof code) < 0) _exit(127);
        _exit(127);
    }
    close(error_pipe[1]);
    int exec_errno = 0;
    ssize_t got = read(error_pipe[0], &exec_errno, sizeof exec_errno);
    close(error_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (got == (ssize_t)sizeof exec_errno) {
        errno = exec_errno;
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static void print_log_head(const char *log_path, int max_lines) {
    FILE *log = fopen(log_path, "r");
    if (!log) return;
    char line[1024];
    for (int i = 0; i < max_lines && fgets(line, sizeof line, log); i++) fprintf(stderr, "  | %s", line);
    fclose(log);
}

/* The path of unit i next to the output: OUT.molt.c, then OUT.molt1.c... */
static char *unit_path(const char *output_path, int index) {
    size_t size = strlen(output_path) + 32;
    char *path = malloc(size);
    if (index == 0) snprintf(path, size, "%s.molt.c", output_path);
    else snprintf(path, size, "%s.molt%d.c", output_path, index);
    return path;
}

static bool write_units(const CUnits *units, char **paths) {
    for (int i = 0; i < units->count; i++) {
        const StrBuf *unit = &units->items[i];
        FILE *file = fopen(paths[i], "wb");
        if (!file || fwrite(unit->data ? unit->data : "", 1, unit->length, file) != unit->length || fclose(file) != 0) {
            fprintf(stderr, "molt: error: cannot write '%s': %s\n", paths[i], strerror(errno));
            return false;
        }
    }
    return true;
}

/* The arguments of a compile command that are built as text: they name this
 * machine's paths (include directory, output directory) or the program's content. */
typedef struct CommandText {
    char include_flag[PATH_MAX + 8];
    char include_map[2 * PATH_MAX + 32];
    char output_map[2 * PATH_MAX + 32];
    char random_seed[96];
} CommandText;

/* backend_describe_flags's stand-in for the seed, which depends on the program. */
#define SEED_DESCRIPTION "UNITS-SHA256"

/* The seed of the compiler's "random" choices (gcc's names for some local
 * symbols): the sha256 of the C units, so a build depends on nothing but
 * them; gcc otherwise draws it from the time and the process id. */
static void units_seed(const CUnits *units, char hex[65]) {
    Sha256 hash;
    sha256_init(&hash);
    for (int i = 0; i < units->count; i++) {
        sha256_update(&hash, units->items[i].data ? units->items[i].data : "", units->items[i].length);
        sha256_update(&hash, "\f", 1);   /* where one unit ends */
    }
    sha256_final_hex(&hash, hex);
}

/* Fills argv (NULL-terminated) with the command line that compiles `sources`
 * for the toolchain's target into output_path; returns the argument count.
 * Reproducible by construction (docs/reproducible.md): fixed flags, file names
 * mapped to ones without this machine's directories, the seed from the content. */
static int compile_command(const BackendToolchain *toolchain, char **argv, CommandText *text, char *const *sources,
                           int source_count, const char *seed, const char *output_path) {
    const BackendTarget *target = toolchain->target;
    snprintf(text->include_flag, sizeof text->include_flag, "-I%s", toolchain->include_dir);
    snprintf(text->include_map, sizeof text->include_map, "-ffile-prefix-map=%s=molt-include", toolchain->include_dir);
    const char *slash = strrchr(output_path, '/');
    snprintf(text->output_map, sizeof text->output_map, "-ffile-prefix-map=%.*s=.", slash ? (int)(slash - output_path) : 0,
             output_path);
    snprintf(text->random_seed, sizeof text->random_seed, "-frandom-seed=%s", seed);
    int argc = 0;
    argv[argc++] = (char *)toolchain->c_compiler;
    for (const char *const *flag = target->target_flags; *flag; flag++) argv[argc++] = (char *)*flag;
    argv[argc++] = "-std=c11";
    /* Sanitizer builds are for finding bugs, not for speed: -O0 halves their
     * compile time (the test suite's largest cost) and hides nothing. */
    argv[argc++] = toolchain->sanitize ? "-O0" : (char *)target->optimize_flag;
    /* CPython-exact floats: no fused multiply-add, never fast-math. */
    argv[argc++] = "-ffp-contract=off";
    argv[argc++] = "-fno-strict-aliasing";
    /* libm results must be the C library's at run time, as CPython's are, not
     * the compiler's correctly rounded constant folding. */
    argv[argc++] = "-fno-builtin-pow";
    argv[argc++] = "-w";
    if (toolchain->sanitize) {
        argv[argc++] = "-fsanitize=address,undefined";
        argv[argc++] = "-fno-omit-frame-pointer";
    }
    argv[argc++] = text->random_seed;
    argv[argc++] = text->include_map;
    if (slash) argv[argc++] = text->output_map;
    argv[argc++] = text->include_flag;
    for (int i = 0; i < source_count; i++) argv[argc++] = sources[i];
    if (toolchain->runtime_library) argv[argc++] = (char *)toolchain->runtime_library;
    for (const char *const *flag = target->link_flags; *flag; flag++) argv[argc++] = (char *)*flag;
    /* Symbols and debug information are not part of the program: strip them. */
    if (!toolchain->sanitize) argv[argc++] = (char *)target->strip_flag;
    argv[argc++] = "-o";
    argv[argc++] = (char *)output_path;
    argv[argc] = NULL;
    return argc;
}

void backend_describe_flags(const BackendToolchain *toolchain, StrBuf *out) {
    /* The command for no sources, without what names this machine's paths
     * (the compiler, include directory and its mapping, runtime library and
     * output), the seed standing for what it is made from. */
    BackendToolchain described = *toolchain;
    described.runtime_library = NULL;
    char *argv[64];
    CommandText text;
    int argc = compile_command(&described, argv, &text, NULL, 0, SEED_DESCRIPTION, "");
    bool first = true;
    for (int i = 1; i < argc - 2; i++) {
        if (argv[i] == text.include_flag || argv[i] == text.include_map) continue;
        strbuf_printf(out, "%s%s", first ? "" : " ", argv[i]);
        first = false;
    }
}

/* After the compiler failed: whether it fails on an empty program for this
 * target too, i.e. the toolchain (say, a missing WASI sysroot) is at fault,
 * not the generated code. If so, reports it. */
static bool report_broken_toolchain(const BackendToolchain *toolchain, const char *output_path) {
    size_t size = strlen(output_path) + 32;
    char *source = malloc(size), *probe = malloc(size), *log_path = malloc(size);
    snprintf(source, size, "%s.probe.c", output_path);
    snprintf(probe, size, "%s.probe", output_path);
    snprintf(log_path, size, "%s.probe.log", output_path);
    bool broken = true;
    FILE *file = fopen(source, "w");
    if (file) {
        fputs("int main(void) { return 0; }\n", file);
        fclose(file);
        BackendToolchain bare = *toolchain;
        bare.runtime_library = NULL;
        char *argv[64];
        CommandText text;
        compile_command(&bare, argv, &text, &source, 1, "0", probe);
        broken = run_logged(argv, log_path) != 0;
    }
    if (broken) {
        fprintf(stderr, "molt: error: the C compiler '%s' cannot build programs for the %s target:\n",
                toolchain->c_compiler, toolchain->target->name);
        print_log_head(log_path, 10);
        fprintf(stderr, "hint: %s\n", toolchain->target->install_hint);
    }
    unlink(source);
    unlink(probe);
    unlink(log_path);
    free(source);
    free(probe);
    free(log_path);
    return broken;
}

bool backend_compile(const BackendToolchain *toolchain, const CUnits *units, const char *output_path) {
    size_t path_length = strlen(output_path) + 16;
    char *log_path = malloc(path_length);
    snprintf(log_path, path_length, "%s.molt.log", output_path);
    char **paths = calloc((size_t)units->count, sizeof *paths);
    for (int i = 0; i < units->count; i++) paths[i] = unit_path(output_path, i);
    bool ok = false, keep_sources = false;
    if (!write_units(units, paths)) goto done;
    char seed[65];
    units_seed(units, seed);
    CommandText *text = malloc(sizeof *text);
    char **argv = calloc((size_t)units->count + 64, sizeof *argv);
    compile_command(toolchain, argv, text, paths, units->count, seed, output_path);
    int status = run_logged(argv, log_path);
    free(argv);
    free(text);
    if (status < 0) {
        fprintf(stderr, "molt: error: cannot run the C compiler '%s': %s\n", toolchain->c_compiler, strerror(errno));
        fprintf(stderr, "hint: %s\n", toolchain->target->install_hint);
        goto done;
    }
    if (status != 0 && report_broken_toolchain(toolchain, output_path)) goto done;
    if (status != 0) {
        fprintf(stderr, "molt: internal error: the C compiler '%s' rejected the generated code (exit %d):\n",
                toolchain->c_compiler, status);
        print_log_head(log_path, 20);
        fprintf(stderr, "hint: this is a bug in Molt; the generated C is kept at %s%s\n", paths[0],
                units->count > 1 ? " (and the other modules' next to it)" : "");
        keep_sources = true;
        goto done;
    }
    ok = true;
done:
    for (int i = 0; i < units->count; i++) {
        if (!keep_sources) unlink(paths[i]);
        free(paths[i]);
    }
    free(paths);
    unlink(log_path);
    free(log_path);
    return ok;
}
