/* molt.lock: one `key = value` line per entry, sorted by key, so that the
 * file is stable and a diff of two locks reads as what changed. */
#include "lockfile.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/arena.h"
#include "../common/sha256.h"
#include "../common/strbuf.h"
#include "module_graph.h"

typedef struct LockEntry {
    char *key, *value;
} LockEntry;

typedef struct LockEntries {
    LockEntry *items;
    int count, capacity;
} LockEntries;

static void add_entry(LockEntries *entries, const char *key, const char *value) {
    if (entries->count == entries->capacity) {
        entries->capacity = entries->capacity ? entries->capacity * 2 : 64;
        entries->items = realloc(entries->items, sizeof *entries->items * (size_t)entries->capacity);
        if (!entries->items) abort();
    }
    entries->items[entries->count].key = strdup(key);
    entries->items[entries->count].value = strdup(value);
    entries->count++;
}

static void free_entries(LockEntries *entries) {
    for (int i = 0; i < entries->count; i++) {
        free(entries->items[i].key);
        free(entries->items[i].value);
    }
    free(entries->items);
    entries->items = NULL;
    entries->count = entries->capacity = 0;
}

static int compare_entries(const void *a, const void *b) {
    return strcmp(((const LockEntry *)a)->key, ((const LockEntry *)b)->key);
}

static const LockEntry *find_entry(const LockEntries *entries, const char *key) {
    LockEntry probe = {(char *)key, NULL};
    return bsearch(&probe, entries->items, (size_t)entries->count, sizeof probe, compare_entries);
}

static bool add_file_hash(LockEntries *entries, const char *kind, const char *name, const char *path) {
    char hex[65];
    if (!sha256_file_hex(path, hex)) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", path, strerror(errno));
        return false;
    }
    char key[PATH_MAX + 32], value[80];
    snprintf(key, sizeof key, "%s %s", kind, name);
    snprintf(value, sizeof value, "sha256:%s", hex);
    add_entry(entries, key, value);
    return true;
}

/* The directory part of a path with its slash ("" for a bare name). */
static size_t directory_length(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) + 1 : 0;
}

static bool add_modules(LockEntries *entries, const char *entry_path) {
    Arena arena;
    arena_init(&arena);
    ModuleGraph graph;
    bool ok = module_graph_load(&graph, &arena, entry_path);
    for (int i = 0; ok && i < graph.count; i++)
        ok = add_file_hash(entries, "module", graph.modules[i]->relative_path, graph.modules[i]->file.path);
    module_graph_free(&graph);
    arena_free(&arena);
    return ok;
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every regular file of root/directory/ and of its subdirectories one level
 * down (runtime/core/gc.c, include/molt/value.h), sorted. */
static bool add_tree(LockEntries *entries, const char *root, const char *directory, int depth) {
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", root, directory);
    DIR *dir = opendir(path);
    if (!dir) {
        fprintf(stderr, "molt: error: cannot read the runtime sources in '%s': %s\n", path, strerror(errno));
        return false;
    }
    char **names = NULL;
    size_t count = 0;
    for (struct dirent *item; (item = readdir(dir));) {
        if (item->d_name[0] == '.') continue;
        names = realloc(names, sizeof *names * (count + 1));
        if (!names) abort();
        names[count++] = strdup(item->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, compare_names);
    bool ok = true;
    for (size_t i = 0; i < count; i++) {
        char name[PATH_MAX], full[PATH_MAX * 2];
        snprintf(name, sizeof name, "%s/%s", directory, names[i]);
        snprintf(full, sizeof full, "%s/%s", root, name);
        struct stat info;
        if (ok && stat(full, &info) == 0 && S_ISDIR(info.st_mode)) {
            if (depth > 0) ok = add_tree(entries, root, name, depth - 1);
        } else if (ok) {
            ok = add_file_hash(entries, "runtime", name, full);
        }
        free(names[i]);
    }
    free(names);
    return ok;
}

/* The compiler's executable: the path as given, or the first match in PATH. */
static bool find_program(const char *program, char *out, size_t size) {
    if (strchr(program, '/')) {
        snprintf(out, size, "%s", program);
        return access(out, X_OK) == 0;
    }
    const char *search = getenv("PATH");
    if (!search) return false;
    while (*search) {
        size_t length = strcspn(search, ":");
        snprintf(out, size, "%.*s/%s", (int)length, search, program);
        if (length > 0 && access(out, X_OK) == 0) return true;
        search += length + (search[length] == ':');
    }
    return false;
}

static bool add_compiler(LockEntries *entries, const char *c_compiler) {
    char path[PATH_MAX], resolved[PATH_MAX];
    if (!find_program(c_compiler, path, sizeof path) || !realpath(path, resolved)) {
        fprintf(stderr, "molt: error: C compiler '%s' not found\n", c_compiler);
        fprintf(stderr, "hint: install gcc or clang, or point MOLT_CC at a C compiler\n");
        return false;
    }
    char command[PATH_MAX + 32];
    snprintf(command, sizeof command, "'%s' --version 2>/dev/null", resolved);
    FILE *pipe = popen(command, "r");
    char line[512] = "";
    if (pipe) {
        if (!fgets(line, sizeof line, pipe)) line[0] = '\0';
        pclose(pipe);
    }
    line[strcspn(line, "\r\n")] = '\0';
    if (!line[0]) {
        fprintf(stderr, "molt: error: '%s --version' printed nothing\n", c_compiler);
        return false;
    }
    add_entry(entries, "cc", line);
    return add_file_hash(entries, "cc", "binary", resolved);
}

static bool collect(const LockInputs *inputs, LockEntries *entries) {
    add_entry(entries, "molt", inputs->molt_version);
    add_entry(entries, "target", inputs->target);
    add_entry(entries, "flags", inputs->flags);
    bool ok = add_modules(entries, inputs->entry_path) && add_tree(entries, inputs->root_dir, "include", 1) &&
              add_tree(entries, inputs->root_dir, "runtime", 1) && add_compiler(entries, inputs->c_compiler);
    qsort(entries->items, (size_t)entries->count, sizeof *entries->items, compare_entries);
    return ok;
}

static void lock_path(const LockInputs *inputs, char *out, size_t size) {
    size_t prefix = directory_length(inputs->entry_path);
    snprintf(out, size, "%.*smolt.lock", (int)prefix, inputs->entry_path);
}

int lockfile_write(const LockInputs *inputs) {
    LockEntries entries = {0};
    if (!collect(inputs, &entries)) {
        free_entries(&entries);
        return 3;
    }
    StrBuf text;
    strbuf_init(&text);
    strbuf_puts(&text, "# molt.lock: written by `molt lock`, checked by `molt build --locked` (docs/lockfile.md)\n");
    for (int i = 0; i < entries.count; i++) strbuf_printf(&text, "%s = %s\n", entries.items[i].key, entries.items[i].value);
    free_entries(&entries);
    char path[PATH_MAX];
    lock_path(inputs, path, sizeof path);
    FILE *file = fopen(path, "wb");
    bool ok = file && fwrite(text.data, 1, text.length, file) == text.length;
    if (file && fclose(file) != 0) ok = false;
    if (!ok) fprintf(stderr, "molt: error: cannot write '%s': %s\n", path, strerror(errno));
    strbuf_free(&text);
    return ok ? 0 : 3;
}

/* Reads `key = value` lines; false for a line of any other shape. */
static bool read_lock(FILE *file, LockEntries *entries, int *bad_line) {
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    int number = 0;
    bool ok = true;
    while (ok && (length = getline(&line, &capacity, file)) >= 0) {
        number++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *separator = strstr(line, " = ");
        if (!separator) {
            *bad_line = number;
            ok = false;
            break;
        }
        *separator = '\0';
        add_entry(entries, line, separator + 3);
    }
    free(line);
    qsort(entries->items, (size_t)entries->count, sizeof *entries->items, compare_entries);
    return ok;
}

int lockfile_check(const LockInputs *inputs) {
    char path[PATH_MAX];
    lock_path(inputs, path, sizeof path);
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "molt: error: --locked needs '%s': %s\n", path, strerror(errno));
        fprintf(stderr, "hint: write it with 'molt lock %s'\n", inputs->entry_path);
        return 3;
    }
    LockEntries locked = {0}, now = {0};
    int bad_line = 0;
    bool readable = read_lock(file, &locked, &bad_line);
    fclose(file);
    if (!readable) {
        fprintf(stderr, "%s:%d: error: not a 'key = value' line\n", path, bad_line);
        free_entries(&locked);
        return 3;
    }
    if (!collect(inputs, &now)) {
        free_entries(&locked);
        free_entries(&now);
        return 3;
    }
    StrBuf drift;
    strbuf_init(&drift);
    int drifted = 0;
    for (int i = 0; i < now.count; i++) {
        const LockEntry *entry = find_entry(&locked, now.items[i].key);
        if (!entry) {
            strbuf_printf(&drift, "  %s: not in molt.lock (now %s)\n", now.items[i].key, now.items[i].value);
            drifted++;
        } else if (strcmp(entry->value, now.items[i].value) != 0) {
            strbuf_printf(&drift, "  %s: %s in molt.lock, now %s\n", entry->key, entry->value, now.items[i].value);
            drifted++;
        }
    }
    for (int i = 0; i < locked.count; i++)
        if (!find_entry(&now, locked.items[i].key)) {
            strbuf_printf(&drift, "  %s: in molt.lock, gone now\n", locked.items[i].key);
            drifted++;
        }
    if (drifted) {
        fprintf(stderr, "molt: error: the build does not match %s (%d %s drifted):\n%.*s", path, drifted,
                drifted == 1 ? "entry" : "entries", (int)drift.length, drift.data);
        fprintf(stderr, "hint: if the changes are intended, run 'molt lock %s' again\n", inputs->entry_path);
    }
    strbuf_free(&drift);
    free_entries(&locked);
    free_entries(&now);
    return drifted ? 3 : 0;
}
