/* The inventory of inventory.h: files hashed with sha256 (compiler/common),
 * tools found in PATH and asked for their --version. */
#include "inventory.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/sha256.h"

static InventoryFile *add_item(InventoryFiles *files, const char *name) {
    if (files->count == files->capacity) {
        files->capacity = files->capacity ? files->capacity * 2 : 64;
        files->items = realloc(files->items, sizeof *files->items * (size_t)files->capacity);
        if (!files->items) abort();
    }
    InventoryFile *item = &files->items[files->count++];
    memset(item, 0, sizeof *item);
    item->name = strdup(name);
    return item;
}

void inventory_files_free(InventoryFiles *files) {
    for (int i = 0; i < files->count; i++) {
        free(files->items[i].name);
        free(files->items[i].module);
    }
    free(files->items);
    memset(files, 0, sizeof *files);
}

void inventory_add_modules(InventoryFiles *files, const ModuleGraph *graph) {
    for (int i = 0; i < graph->count; i++) {
        const ProgramModule *module = graph->modules[i];
        InventoryFile *item = add_item(files, module->relative_path);
        item->module = strdup(module->context.name);
        Sha256 hash;
        sha256_init(&hash);
        sha256_update(&hash, module->file.text, module->file.length);
        sha256_final_hex(&hash, item->sha256);
    }
}

bool inventory_add_file(InventoryFiles *files, const char *name, const char *path) {
    char hex[65];
    if (!sha256_file_hex(path, hex)) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", path, strerror(errno));
        return false;
    }
    memcpy(add_item(files, name)->sha256, hex, sizeof hex);
    return true;
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

bool inventory_add_tree(InventoryFiles *files, const char *root, const char *directory, int depth) {
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
            if (depth > 0) ok = inventory_add_tree(files, root, name, depth - 1);
        } else if (ok) {
            ok = inventory_add_file(files, name, full);
        }
        free(names[i]);
    }
    free(names);
    return ok;
}

/* The executable: the path as given, or the first match in PATH. */
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

static bool first_version_line(const char *executable, char *line, size_t size) {
    char command[PATH_MAX + 32];
    snprintf(command, sizeof command, "'%s' --version 2>/dev/null", executable);
    FILE *pipe = popen(command, "r");
    line[0] = '\0';
    if (pipe) {
        if (!fgets(line, (int)size, pipe)) line[0] = '\0';
        pclose(pipe);
    }
    line[strcspn(line, "\r\n")] = '\0';
    return line[0] != '\0';
}

bool inventory_tool(const char *program, const char *what, const char *hint, InventoryTool *tool) {
    char path[PATH_MAX];
    if (!find_program(program, path, sizeof path) || !realpath(path, tool->path)) {
        fprintf(stderr, "molt: error: %s '%s' not found\n", what, program);
        fprintf(stderr, "hint: %s\n", hint);
        return false;
    }
    /* Asked as the resolved executable (its own name, whatever symlink led to
     * it), or by the name it was found as when that says nothing: a
     * multi-call binary (lld) answers only by the name it is called. */
    if (!first_version_line(tool->path, tool->version, sizeof tool->version))
        first_version_line(path, tool->version, sizeof tool->version);
    if (!tool->version[0]) {
        fprintf(stderr, "molt: error: '%s --version' printed nothing\n", program);
        return false;
    }
    if (!sha256_file_hex(tool->path, tool->sha256)) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", tool->path, strerror(errno));
        return false;
    }
    return true;
}
