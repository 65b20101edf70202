/* SHA-256 digests as hex, of data and of files, over the runtime's kernel. */
#include "sha256.h"

#include <stdio.h>

void sha256_init(Sha256 *hash) { molt_digest_init(hash, &molt_digest_sha256); }

void sha256_update(Sha256 *hash, const void *data, size_t length) { molt_digest_update(hash, data, length); }

void sha256_final_hex(Sha256 *hash, char hex[65]) {
    uint8_t digest[MOLT_DIGEST_MAX_SIZE];
    molt_digest_final(hash, digest);
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

bool sha256_file_hex(const char *path, char hex[65]) {
    FILE *file = fopen(path, "rb");
    if (!file) return false;
    Sha256 hash;
    sha256_init(&hash);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0) sha256_update(&hash, chunk, got);
    bool ok = !ferror(file);
    fclose(file);
    if (ok) sha256_final_hex(&hash, hex);
    return ok;
}
