/* Content-addressed cache for `molt run` (see cache.h). The key covers the
 * generated C, the runtime library's bytes, the headers the generated C is
 * compiled against (their inline fast paths are part of the program), the
 * build flavour and the target, so a rebuilt runtime gets a fresh entry. (Not the C compiler: any working
 * compiler gives a binary with the same behaviour.) */
#include "cache.h"
#include "inventory.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Two independent 64-bit FNV-1a streams: a 128-bit key, collision-safe
 * enough for a local cache (it is not a security boundary). */
typedef struct Hash128 {
    uint64_t a, b;
} Hash128;

static void hash_bytes(Hash128 *hash, const void *data, size_t length) {
    const unsigned char *bytes = data;
    for (size_t i = 0; i < length; i++) {
        hash->a = (hash->a ^ bytes[i]) * 0x100000001b3ull;
        hash->b = (hash->b ^ bytes[i]) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    }
}

static void hash_string(Hash128 *hash, const char *text) { hash_bytes(hash, text, strlen(text) + 1); }

static bool hash_file(Hash128 *hash, const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return false;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0) hash_bytes(hash, chunk, got);
    fclose(file);
    return true;
}

static bool make_directories(const char *path) {
    char buffer[4096];
    snprintf(buffer, sizeof buffer, "%s", path);
    for (char *p = buffer + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(buffer, 0755) != 0 && errno != EEXIST) return false;
        *p = '/';
    }
    return mkdir(buffer, 0755) == 0 || errno == EEXIST;
}

bool cache_executable_path(const BackendToolchain *toolchain, const CUnits *units, char *out, size_t size) {
    char directory[4096];
    const char *configured = getenv("MOLT_CACHE_DIR");
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    if (configured && *configured) snprintf(directory, sizeof directory, "%s", configured);
    else if (xdg && *xdg) snprintf(directory, sizeof directory, "%s/molt", xdg);
    else snprintf(directory, sizeof directory, "%s/.cache/molt", home && *home ? home : "/tmp");
    if (!make_directories(directory)) {
        fprintf(stderr, "molt: error: cannot create the cache directory '%s': %s\n", directory, strerror(errno));
        return false;
    }
    Hash128 hash = {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull};
    for (int i = 0; i < units->count; i++) {
        hash_bytes(&hash, units->items[i].data ? units->items[i].data : "", units->items[i].length);
        hash_string(&hash, "\f");   /* where one unit ends */
    }
    hash_string(&hash, toolchain->sanitize ? "sanitize" : "release");
    hash_string(&hash, toolchain->target->name);
    if (!hash_file(&hash, toolchain->runtime_library)) {
        fprintf(stderr, "molt: error: cannot read the runtime library '%s'\n", toolchain->runtime_library);
        return false;
    }
    InventoryFiles headers = {0};
    bool headers_read = inventory_add_tree(&headers, toolchain->include_dir, "molt", 0);
    for (int i = 0; headers_read && i < headers.count; i++) {
        hash_string(&hash, headers.items[i].name);
        hash_string(&hash, headers.items[i].sha256);
    }
    inventory_files_free(&headers);
    if (!headers_read) return false;
    snprintf(out, size, "%s/%016llx%016llx", directory, (unsigned long long)hash.a, (unsigned long long)hash.b);
    return true;
}
