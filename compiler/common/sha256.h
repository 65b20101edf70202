/* SHA-256 (FIPS 180-4), for the lockfile and the SBOM: content hashes that
 * other tools (sha256sum, CycloneDX readers) can check. The kernel is the
 * runtime's (runtime/core/digest.c, plain C with no Molt types, linked into
 * the compiler too), so there is one copy of it; this adds hex and files. */
#ifndef MOLT_COMMON_SHA256_H
#define MOLT_COMMON_SHA256_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../runtime/core/digest.h"

typedef MoltDigest Sha256;

void sha256_init(Sha256 *hash);
void sha256_update(Sha256 *hash, const void *data, size_t length);
/* Writes the digest as 64 lowercase hex digits and a NUL. */
void sha256_final_hex(Sha256 *hash, char hex[65]);
/* The digest of a whole file; false (errno set) when it cannot be read. */
bool sha256_file_hex(const char *path, char hex[65]);

#endif
