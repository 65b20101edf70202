/* molt.lock: what a build was made from (the program's modules, Molt, its
 * runtime sources, the C compiler and the flags), each as a sha256 or an exact
 * string, written by `molt lock` and checked by `molt build --locked`. The
 * format is in docs/lockfile.md. */
#ifndef MOLT_DRIVER_LOCKFILE_H
#define MOLT_DRIVER_LOCKFILE_H

typedef struct LockInputs {
    const char *entry_path;     /* the program's entry script; molt.lock sits next to it */
    const char *molt_version;
    const char *target;         /* --target's name */
    const char *root_dir;       /* Molt's tree: include/ and runtime/ */
    const char *c_compiler;     /* as it is run: a name looked up in PATH, or a path */
    const char *flags;          /* the C compiler's flags for this target, in order */
} LockInputs;

/* Both return the exit status: 0, or 3 after a message on stderr (a drifted
 * entry, an unreadable file, a program that does not parse). */
int lockfile_write(const LockInputs *inputs);
int lockfile_check(const LockInputs *inputs);

#endif
