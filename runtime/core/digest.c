/* MD5, SHA-1 and SHA-256 over one Merkle–Damgård frame: 64-byte blocks,
 * padding with 0x80, zeros and the message length in bits; the three differ
 * in their compression function, their initial state and MD5's little-endian
 * words. */
#include "digest.h"

#include <string.h>

static uint32_t rotate_left(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t rotate_right(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_big(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}
static uint32_t load_little(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | (uint32_t)p[0];
}

/* ---- MD5 ---------------------------------------------------------------------------- */

/* floor(abs(sin(i + 1)) * 2**32), RFC 1321's table T. */
static const uint32_t md5_constants[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const int md5_shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void md5_compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = load_little(block + 4 * i);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    for (int i = 0; i < 64; i++) {
        int round = i / 16;
        uint32_t f;
        int g;
        switch (round) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
        }
        f += a + md5_constants[i] + m[g];
        a = d;
        d = c;
        c = b;
        b += rotate_left(f, md5_shifts[round][i % 4]);
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
}

/* ---- SHA-1 -------------------------------------------------------------------------- */

static void sha1_compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_big(block + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rotate_left(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
        else f = b ^ c ^ d, k = 0xca62c1d6;
        uint32_t t = rotate_left(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotate_left(b, 30);
        b = a;
        a = t;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
}

/* ---- SHA-256 ------------------------------------------------------------------------ */

static const uint32_t sha256_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_big(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotate_right(w[i - 15], 7) ^ rotate_right(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotate_right(w[i - 2], 17) ^ rotate_right(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6],
             h = state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t sum1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
        uint32_t choose = (e & f) ^ (~e & g);
        uint32_t t1 = h + sum1 + choose + sha256_constants[i] + w[i];
        uint32_t sum0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
        uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = sum0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

const MoltDigestAlgorithm molt_digest_md5 = {
    "md5", 16, 4, 0, {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}, md5_compress};
const MoltDigestAlgorithm molt_digest_sha1 = {
    "sha1", 20, 5, 1, {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}, sha1_compress};
const MoltDigestAlgorithm molt_digest_sha256 = {
    "sha256", 32, 8, 1,
    {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
    sha256_compress};

/* ---- the frame ---------------------------------------------------------------------- */

void molt_digest_init(MoltDigest *digest, const MoltDigestAlgorithm *algorithm) {
    digest->algorithm = algorithm;
    memcpy(digest->state, algorithm->initial, sizeof digest->state);
    digest->length = 0;
    digest->filled = 0;
}

void molt_digest_update(MoltDigest *digest, const void *data, size_t length) {
    const uint8_t *bytes = data;
    digest->length += length;
    while (length > 0) {
        size_t room = MOLT_DIGEST_BLOCK_SIZE - digest->filled;
        size_t take = room < length ? room : length;
        memcpy(digest->block + digest->filled, bytes, take);
        digest->filled += take;
        bytes += take;
        length -= take;
        if (digest->filled == MOLT_DIGEST_BLOCK_SIZE) {
            digest->algorithm->compress(digest->state, digest->block);
            digest->filled = 0;
        }
    }
}

void molt_digest_final(const MoltDigest *digest, uint8_t out[MOLT_DIGEST_MAX_SIZE]) {
    MoltDigest end = *digest;
    uint64_t bits = digest->length * 8;
    int big_endian = digest->algorithm->big_endian;
    static const uint8_t padding[MOLT_DIGEST_BLOCK_SIZE] = {0x80};
    size_t pad = end.filled < 56 ? 56 - end.filled : 120 - end.filled;
    molt_digest_update(&end, padding, pad);
    uint8_t length_bytes[8];
    for (int i = 0; i < 8; i++) length_bytes[big_endian ? 7 - i : i] = (uint8_t)(bits >> (8 * i));
    molt_digest_update(&end, length_bytes, 8);
    for (size_t word = 0; word < end.algorithm->state_words; word++)
        for (int i = 0; i < 4; i++)
            out[4 * word + (size_t)(big_endian ? 3 - i : i)] = (uint8_t)(end.state[word] >> (8 * i));
}
