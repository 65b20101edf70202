/* The hashlib module: md5, sha1, sha256 and new(name), whose objects
 * (`_hashlib.HASH`, as CPython's OpenSSL-backed ones) have update, digest,
 * hexdigest, copy, name, digest_size and block_size, with CPython 3.12's
 * messages. The kernels are runtime/core/digest.c. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/digest.h"
#include "../objects/bytes_internal.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/type.h"

typedef struct HashObject {
    MoltObject header;
    MoltDigest digest;
} HashObject;

extern MoltType molt_type_hash;

static MoltValue hash_new(const MoltDigestAlgorithm *algorithm) {
    HashObject *hash = molt_object_allocate(sizeof *hash, &molt_type_hash);
    molt_digest_init(&hash->digest, algorithm);
    return molt_from_ptr(hash);
}

static void hash_dealloc(MoltObject *object) { free(object); }

/* Hashes a bytes-like value: 0, or -1 with CPython's TypeError. */
static int hash_update(HashObject *hash, MoltValue data) {
    if (molt_is_str(data)) {
        molt_raise_format(&molt_type_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!molt_is_bytes_like(data)) {
        molt_raise_format(&molt_type_TypeError, "object supporting the buffer API required");
        return -1;
    }
    size_t length;
    const unsigned char *bytes = molt_bytes_data(data, &length);
    molt_digest_update(&hash->digest, bytes, length);
    return 0;
}

static MoltValue hash_repr(MoltValue self) {
    const HashObject *hash = molt_as_ptr(self);
    char text[96];
    int length = snprintf(text, sizeof text, "<%s _hashlib.HASH object @ %p>", hash->digest.algorithm->name,
                          (void *)hash);
    return molt_str_from_utf8(text, (size_t)length);
}

static const char *const hash_method_names[] = {"update", "digest", "hexdigest", "copy", NULL};

static MoltValue hash_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
    HashObject *hash = molt_as_ptr(self);
    if (strcmp(name, "update") == 0) {
        if (molt_args_exactly_one("HASH.update", nargs, kwnames) < 0) return MOLT_ERROR;
        return hash_update(hash, args[0]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    bool digest = strcmp(name, "digest") == 0, hexdigest = strcmp(name, "hexdigest") == 0;
    if (digest || hexdigest) {
        if (molt_args_none("HASH", name, nargs, kwnames) < 0) return MOLT_ERROR;
        uint8_t out[MOLT_DIGEST_MAX_SIZE];
        size_t size = hash->digest.algorithm->digest_size;
        molt_digest_final(&hash->digest, out);
        if (digest) return molt_bytes_from_data(out, size);
        char hex[2 * MOLT_DIGEST_MAX_SIZE + 1];
        for (size_t i = 0; i < size; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
        return molt_str_from_utf8(hex, 2 * size);
    }
    if (strcmp(name, "copy") == 0) {
        if (molt_args_none("HASH", "copy", nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue copy = hash_new(hash->digest.algorithm);
        ((HashObject *)molt_as_ptr(copy))->digest = hash->digest;
        return copy;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue hash_getattr(MoltValue self, const char *name) {
    const MoltDigestAlgorithm *algorithm = ((HashObject *)molt_as_ptr(self))->digest.algorithm;
    if (strcmp(name, "name") == 0) return molt_str_from_utf8(algorithm->name, strlen(algorithm->name));
    if (strcmp(name, "digest_size") == 0) return molt_int_from_i64((int64_t)algorithm->digest_size);
    if (strcmp(name, "block_size") == 0) return molt_int_from_i64(MOLT_DIGEST_BLOCK_SIZE);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue hash_type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (molt_is_type(callable)) return molt_raise_format(&molt_type_TypeError, "cannot create '_hashlib.HASH' instances");
    return molt_raise_format(&molt_type_TypeError, "'_hashlib.HASH' object is not callable");
}

MoltType molt_type_hash = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "_hashlib.HASH",
    .module_name = "_hashlib",
    .base = &molt_type_object,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .hash = molt_object_hash_identity,
    .call = hash_type_call,
    .call_method = hash_call_method,
    .getattr = hash_getattr,
    .method_names = hash_method_names,
};

/* A hash of `algorithm` over `data` (MOLT_ARG_MISSING: nothing yet). */
static MoltValue hash_of(const MoltDigestAlgorithm *algorithm, MoltValue data) {
    MoltValue result = hash_new(algorithm);
    if (data != MOLT_ARG_MISSING && hash_update(molt_as_ptr(result), data) < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

/* md5(string=b'', *, usedforsecurity=True) and its siblings, named as
 * CPython's messages name them (openssl_md5). */
#define HASH_CONSTRUCTOR(function, algorithm, message_name)                                          \
    static MoltValue function(const MoltValue *args, size_t nargs, MoltValue kwnames) {             \
        static const char *const names[] = {"string", "usedforsecurity", NULL};                       \
        static const MoltArgSpec spec = {message_name, 0, 1, names, 2};                              \
        MoltValue bound[2];                                                                            \
        if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;              \
        return hash_of(&algorithm, bound[0]);                                                          \
    }
HASH_CONSTRUCTOR(hashlib_md5, molt_digest_md5, "openssl_md5")
HASH_CONSTRUCTOR(hashlib_sha1, molt_digest_sha1, "openssl_sha1")
HASH_CONSTRUCTOR(hashlib_sha256, molt_digest_sha256, "openssl_sha256")
#undef HASH_CONSTRUCTOR

/* The names CPython 3.12's hashlib.new accepts (OpenSSL's spellings, any
 * case) that Molt does not implement: NotImplementedError rather than the
 * ValueError CPython keeps for names it does not know. */
static const char *const unimplemented_names[] = {
    "sha224", "sha384", "sha512", "sha512_224", "sha512_256", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256", "blake2b", "blake2s", "sha-224", "sha-384", "sha-512", "md5-sha1", "sm3",
    "ripemd160", NULL};

static bool name_is(const char *name, const char *candidate) {
    for (; *name && *candidate; name++, candidate++)
        if (tolower((unsigned char)*name) != *candidate) return false;
    return *name == *candidate;
}

static MoltValue hashlib_new(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"name", "data", NULL};
    static const MoltArgSpec spec = {"__hash_new", 1, 2, names, 2};
    MoltValue bound[2];
    if (nargs == 0 && molt_args_keyword_count(kwnames) == 0)
        return molt_raise_format(&molt_type_TypeError, "__hash_new() missing 1 required positional argument: 'name'");
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    if (!molt_is_str(bound[0])) return molt_raise_format(&molt_type_TypeError, "name must be a string");
    size_t length;
    const char *name = molt_str_utf8(bound[0], &length);
    static const MoltDigestAlgorithm *const algorithms[] = {&molt_digest_md5, &molt_digest_sha1, &molt_digest_sha256};
    for (size_t i = 0; i < sizeof algorithms / sizeof algorithms[0]; i++)
        if (name_is(name, algorithms[i]->name)) return hash_of(algorithms[i], bound[1]);
    if (name_is(name, "sha-1")) return hash_of(&molt_digest_sha1, bound[1]);
    if (name_is(name, "sha-256")) return hash_of(&molt_digest_sha256, bound[1]);
    for (const char *const *other = unimplemented_names; *other; other++)
        if (name_is(name, *other))
            return molt_raise_format(&molt_type_NotImplementedError,
                                     "Molt's hashlib provides md5, sha1 and sha256, not %s", name);
    return molt_raise_format(&molt_type_ValueError, "unsupported hash type %s", name);
}

static const MoltModuleAttribute hashlib_attributes[] = {{NULL, NULL}};

static struct MoltBuiltinFunctionObject hashlib_functions[] = {
    MOLT_MODULE_FUNCTION("md5", hashlib_md5),
    MOLT_MODULE_FUNCTION("sha1", hashlib_sha1),
    MOLT_MODULE_FUNCTION("sha256", hashlib_sha256),
    MOLT_MODULE_FUNCTION("new", hashlib_new),
};

struct MoltModule molt_module_hashlib = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "hashlib", hashlib_functions,
                                         sizeof hashlib_functions / sizeof hashlib_functions[0], hashlib_attributes, 0};
