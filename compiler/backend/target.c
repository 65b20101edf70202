/* The targets Molt compiles for, one description each (BackendTarget in
 * backend.h): how to invoke the C compiler, which runtime library to link and
 * how the output runs. Adding a target is adding an entry to `targets`. */
#include <stddef.h>
#include <string.h>

#include "backend.h"

static const char *const native_target_flags[] = {NULL};
/* The runtime is built one function per section: keep only what is reachable.
 * The build id is the sha1 of the linked output, never a random uuid, so that
 * two builds of the same program are the same bytes (docs/reproducible.md). */
static const char *const native_link_flags[] = {"-lm", "-Wl,--gc-sections", "-Wl,--build-id=sha1", NULL};

const BackendTarget backend_native_target = {
    .name = "native",
    .compiler_variable = "MOLT_CC",
    .default_compiler = "cc",
    .runtime_library = "libmolt.a",
    .sanitize_library = "libmolt-asan.a",
    .make_goal = "make",
    .output_suffix = "",
    .optimize_flag = "-O2",
    .target_flags = native_target_flags,
    .link_flags = native_link_flags,
    .strip_flag = "-s",
    .linker = "ld",
    .runner_variable = NULL,
    .runner = NULL,
    .runner_script = NULL,
    .runner_hint = NULL,
    .install_hint = "install gcc or clang, or point MOLT_CC at a C compiler",
};

/* WebAssembly with WASI preview 1 (docs/wasm.md): clang's wasm32-wasi target
 * against Debian's wasi-libc, whose headers and libraries sit in /usr's
 * multiarch directories, linked by wasm-ld and run by node:wasi. */
static const char *const wasm_target_flags[] = {"--target=wasm32-wasi", "--sysroot=/usr", NULL};
static const char *const wasm_link_flags[] = {
    "-lm", "-Wl,--gc-sections",
    /* wasm-ld reserves 64 KiB of stack by default, which recursion a native
     * program survives overflows at once: give it the 8 MiB of a Linux thread,
     * below the data, so that overflowing it traps (an access under address 0)
     * instead of overwriting static data. */
    "-Wl,-z,stack-size=8388608", "-Wl,--stack-first",
    NULL,
};

static const BackendTarget wasm_target = {
    .name = "wasm",
    .compiler_variable = "MOLT_WASM_CC",
    .default_compiler = "clang",
    .runtime_library = "libmolt-wasm.a",
    .sanitize_library = NULL,
    .make_goal = "make wasm-runtime",
    .output_suffix = ".wasm",
    .optimize_flag = "-O2",
    .target_flags = wasm_target_flags,
    .link_flags = wasm_link_flags,
    .strip_flag = "-Wl,--strip-all",
    .linker = "wasm-ld",
    .runner_variable = "MOLT_NODE",
    .runner = "node",
    .runner_script = "runtime/platform/wasi_runner.mjs",
    .runner_hint = "the wasm target runs programs with Node.js 20 or later (node:wasi); install it or set MOLT_NODE",
    .install_hint = "install clang and Debian's wasi-libc, libclang-rt-14-dev-wasm32 and lld (bash scripts/install-deps.sh), "
                    "or point MOLT_WASM_CC at a clang that targets wasm32-wasi",
};

static const BackendTarget *const targets[] = {&backend_native_target, &wasm_target};

const BackendTarget *backend_target_named(const char *name) {
    for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
        if (strcmp(targets[i]->name, name) == 0) return targets[i];
    return NULL;
}

const char *backend_target_names(void) {
    static char names[128];
    if (!names[0])
        for (size_t i = 0; i < sizeof targets / sizeof *targets; i++) {
            if (i) strcat(names, ", ");
            strcat(names, targets[i]->name);
        }
    return names;
}
