/* Drives the system C compiler: writes the generated translation unit next to
 * the output, compiles and links it with the runtime, and turns every way this
 * can fail (no compiler, a compiler error) into a Molt diagnostic. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* The flags before the inputs, in order; returns the new argc. */
static int add_flags(const BackendToolchain *toolchain, char **argv, int argc) {
    argv[argc++] = "-std=c11";
    /* Sanitizer builds are for finding bugs, not for speed: -O0 halves their
     * compile time (the test suite's largest cost) and hides nothing. */
    argv[argc++] = toolchain->sanitize ? "-O0" : "-O2";
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
    return argc;
}

/* The flags after the inputs. */
static int add_link_flags(const BackendToolchain *toolchain, char **argv, int argc) {
    /* Symbols and debug information are not part of the program: strip them. */
    if (!toolchain->sanitize) argv[argc++] = "-s";
    /* The runtime is built one function per section: keep only what is reachable. */
    argv[argc++] = "-Wl,--gc-sections";
    return argc;
}

void backend_describe_flags(const BackendToolchain *toolchain, StrBuf *out) {
    char *argv[32];
    int count = add_flags(toolchain, argv, 0);
    count = add_link_flags(toolchain, argv, count);
    for (int i = 0; i < count; i++) strbuf_printf(out, "%s%s", i ? " " : "", argv[i]);
}

bool backend_compile(const BackendToolchain *toolchain, const CUnits *units, const char *output_path) {
    size_t path_length = strlen(output_path) + 16;
    char *log_path = malloc(path_length);
    snprintf(log_path, path_length, "%s.molt.log", output_path);
    char **paths = calloc((size_t)units->count, sizeof *paths);
    for (int i = 0; i < units->count; i++) paths[i] = unit_path(output_path, i);
    bool ok = false, keep_sources = false;
    if (!write_units(units, paths)) goto done;
    char include_flag[4096];
    snprintf(include_flag, sizeof include_flag, "-I%s", toolchain->include_dir);
    char **argv = calloc((size_t)units->count + 32, sizeof *argv);
    int argc = 0;
    argv[argc++] = (char *)toolchain->c_compiler;
    argc = add_flags(toolchain, argv, argc);
    argv[argc++] = include_flag;
    for (int i = 0; i < units->count; i++) argv[argc++] = paths[i];
    argv[argc++] = (char *)toolchain->runtime_library;
    argv[argc++] = "-lm";
    argc = add_link_flags(toolchain, argv, argc);
    argv[argc++] = "-o";
    argv[argc++] = (char *)output_path;
    argv[argc] = NULL;
    int status = run_logged(argv, log_path);
    free(argv);
    if (status < 0) {
        fprintf(stderr, "molt: error: cannot run the C compiler '%s': %s\n", toolchain->c_compiler, strerror(errno));
        fprintf(stderr, "hint: install gcc or clang, or point MOLT_CC at a C compiler\n");
        goto done;
    }
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
