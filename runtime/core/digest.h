/* The message digests MD5 (RFC 1321), SHA-1 and SHA-256 (FIPS 180-4): the
 * one copy of their kernels. Plain C over libc, with no Molt types, so the
 * compiler links the same object for its lockfile and SBOM hashes
 * (compiler/common/sha256.c) as hashlib does at run time. */
#ifndef MOLT_DIGEST_H
#define MOLT_DIGEST_H
#include <stddef.h>
#include <stdint.h>

#define MOLT_DIGEST_MAX_SIZE 32
#define MOLT_DIGEST_BLOCK_SIZE 64

typedef struct MoltDigestAlgorithm {
    const char *name;          /* "md5", "sha1", "sha256", as hashlib names them */
    size_t digest_size;        /* bytes */
    size_t state_words;
    int big_endian;            /* SHA words and length are big-endian, MD5's little */
    uint32_t initial[8];
    void (*compress)(uint32_t state[8], const uint8_t block[MOLT_DIGEST_BLOCK_SIZE]);
} MoltDigestAlgorithm;

extern const MoltDigestAlgorithm molt_digest_md5, molt_digest_sha1, molt_digest_sha256;

typedef struct MoltDigest {
    const MoltDigestAlgorithm *algorithm;
    uint32_t state[8];
    uint64_t length;                         /* bytes hashed so far */
    uint8_t block[MOLT_DIGEST_BLOCK_SIZE];   /* the incomplete block */
    size_t filled;
} MoltDigest;

void molt_digest_init(MoltDigest *digest, const MoltDigestAlgorithm *algorithm);
void molt_digest_update(MoltDigest *digest, const void *data, size_t length);
/* Writes the digest of what was hashed so far (algorithm->digest_size bytes)
 * without ending the hash: more updates may follow, as hashlib allows. */
void molt_digest_final(const MoltDigest *digest, uint8_t out[MOLT_DIGEST_MAX_SIZE]);

#endif
