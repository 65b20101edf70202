/* molt.lock: one `key = value` line per entry, sorted by key, so that the
 * file is stable and a diff of two locks reads as what changed. */
#include "lockfile.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/arena.h"
#include "../common/strbuf.h"
#include "inventory.h"
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

/* One entry `KIND NAME = sha256:HEX` per file of the inventory. */
static void add_files(LockEntries *entries, const char *kind, const InventoryFiles *files) {
    for (int i = 0; i < files->count; i++) {
        char key[PATH_MAX + 32], value[80];
        snprintf(key, sizeof key, "%s %s", kind, files->items[i].name);
        snprintf(value, sizeof value, "sha256:%s", files->items[i].sha256);
        add_entry(entries, key, value);
    }
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
    InventoryFiles modules = {0};
    if (ok) inventory_add_modules(&modules, &graph);
    add_files(entries, "module", &modules);
    inventory_files_free(&modules);
    module_graph_free(&graph);
    arena_free(&arena);
    return ok;
}

static bool add_runtime(LockEntries *entries, const char *root) {
    InventoryFiles files = {0};
    bool ok = inventory_add_tree(&files, root, "include", 1) && inventory_add_tree(&files, root, "runtime", 1);
    add_files(entries, "runtime", &files);
    inventory_files_free(&files);
    return ok;
}

static bool add_compiler(LockEntries *entries, const char *c_compiler) {
    InventoryTool tool;
    if (!inventory_tool(c_compiler, "C compiler", "install gcc or clang, or point MOLT_CC at a C compiler", &tool))
        return false;
    char value[80];
    snprintf(value, sizeof value, "sha256:%s", tool.sha256);
    add_entry(entries, "cc", tool.version);
    add_entry(entries, "cc binary", value);
    return true;
}

static bool collect(const LockInputs *inputs, LockEntries *entries) {
    add_entry(entries, "molt", inputs->molt_version);
    add_entry(entries, "target", inputs->target);
    add_entry(entries, "flags", inputs->flags);
    bool ok = add_modules(entries, inputs->entry_path) && add_runtime(entries, inputs->root_dir) &&
              add_compiler(entries, inputs->c_compiler);
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
    bool ok = strbuf_write_file(&text, path);
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
