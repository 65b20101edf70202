/* Capabilities: the host access a program is granted (docs/capabilities.md).
 * This header is the one place that says which capabilities exist and which
 * members of runtime modules need one. The compiler reads the tables to reject
 * a Tier 0 program that uses an ungranted member (compiler/hir/hir_capabilities.c);
 * the runtime reads the same tables to raise PermissionError where a use
 * could not be seen at compile time (runtime/core/capabilities.c). Both sides
 * include it, so it holds only macros, enums and declarations. */
#ifndef MOLT_CAPABILITIES_H
#define MOLT_CAPABILITIES_H
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* X(ENUM_SUFFIX, "name as written in pyproject.toml and --cap"). Path-scoped
 * forms (fs.read=./data) grant the capability named before the '='. */
#define MOLT_CAPABILITIES(X) \
    X(TIME, "time") X(RANDOM, "random") X(ENV, "env") X(FS_READ, "fs.read") X(FS_WRITE, "fs.write") \
    X(NET, "net") X(PROC, "proc") X(STDIN, "stdin")

typedef enum MoltCapability {
#define MOLT_CAPABILITY_ENUM(suffix, name) MOLT_CAP_##suffix,
    MOLT_CAPABILITIES(MOLT_CAPABILITY_ENUM)
#undef MOLT_CAPABILITY_ENUM
    MOLT_CAP_COUNT
} MoltCapability;

/* When a gated member needs its capability:
 *   ALWAYS      every use (time.time, sys.stdin);
 *   UNSEEDED    a use of a generator nothing seeded (the module-level random
 *               functions: CPython seeds them from os.urandom);
 *   NO_ARGUMENT a call without an argument or with None (random.seed(),
 *               random.Random(), time.gmtime()), which reads the host;
 *   ONE_ARGUMENT a call with only its first argument (time.strftime(format)
 *               formats the host's local time, strftime(format, t) does not).
 * A member of a module's class is named "Class.member" ("date.today"). */
typedef enum MoltGateKind {
    MOLT_GATE_ALWAYS, MOLT_GATE_UNSEEDED, MOLT_GATE_NO_ARGUMENT, MOLT_GATE_ONE_ARGUMENT
} MoltGateKind;

/* X("module", "member", CAPABILITY, KIND): every member of a runtime module
 * that needs a capability. A new module that reaches the host (os, open,
 * subprocess, socket) adds its lines here and nothing else. */
#define MOLT_GATED_MEMBERS(X)                                                                  \
    X("time", "time", TIME, ALWAYS) X("time", "time_ns", TIME, ALWAYS)                         \
    X("time", "monotonic", TIME, ALWAYS) X("time", "monotonic_ns", TIME, ALWAYS)               \
    X("time", "perf_counter", TIME, ALWAYS) X("time", "perf_counter_ns", TIME, ALWAYS)         \
    X("time", "process_time", TIME, ALWAYS) X("time", "process_time_ns", TIME, ALWAYS)         \
    X("time", "sleep", TIME, ALWAYS) X("time", "gmtime", TIME, NO_ARGUMENT)                    \
    X("time", "localtime", TIME, ALWAYS) X("time", "strftime", TIME, ONE_ARGUMENT)             \
    X("datetime", "date.today", TIME, ALWAYS) X("datetime", "datetime.today", TIME, ALWAYS)   \
    X("datetime", "datetime.now", TIME, ALWAYS) X("datetime", "datetime.utcnow", TIME, ALWAYS) \
    X("sys", "stdin", STDIN, ALWAYS) X("builtins", "input", STDIN, ALWAYS)                     \
    X("random", "seed", RANDOM, NO_ARGUMENT) X("random", "Random", RANDOM, NO_ARGUMENT)        \
    X("random", "random", RANDOM, UNSEEDED) X("random", "getrandbits", RANDOM, UNSEEDED)       \
    X("random", "randrange", RANDOM, UNSEEDED) X("random", "randint", RANDOM, UNSEEDED)        \
    X("random", "choice", RANDOM, UNSEEDED) X("random", "choices", RANDOM, UNSEEDED)           \
    X("random", "shuffle", RANDOM, UNSEEDED) X("random", "sample", RANDOM, UNSEEDED)           \
    X("random", "uniform", RANDOM, UNSEEDED) X("random", "gauss", RANDOM, UNSEEDED)            \
    X("random", "normalvariate", RANDOM, UNSEEDED) X("random", "expovariate", RANDOM, UNSEEDED) \
    X("random", "triangular", RANDOM, UNSEEDED) X("random", "betavariate", RANDOM, UNSEEDED)   \
    X("random", "gammavariate", RANDOM, UNSEEDED) X("random", "randbytes", RANDOM, UNSEEDED)   \
    X("random", "getstate", RANDOM, UNSEEDED) X("random", "lognormvariate", RANDOM, UNSEEDED)  \
    X("random", "vonmisesvariate", RANDOM, UNSEEDED) X("random", "paretovariate", RANDOM, UNSEEDED) \
    X("random", "weibullvariate", RANDOM, UNSEEDED) X("random", "binomialvariate", RANDOM, UNSEEDED)

typedef struct MoltGatedMember {
    const char *module, *member;
    MoltCapability capability;
    MoltGateKind kind;
} MoltGatedMember;

/* The capability's name ("fs.read"). */
static inline const char *molt_capability_name(MoltCapability capability) {
    static const char *const names[] = {
#define MOLT_CAPABILITY_NAME(suffix, name) name,
        MOLT_CAPABILITIES(MOLT_CAPABILITY_NAME)
#undef MOLT_CAPABILITY_NAME
    };
    return (unsigned)capability < MOLT_CAP_COUNT ? names[capability] : "?";
}

/* The gate of module.member, or NULL when it needs no capability. */
static inline const MoltGatedMember *molt_gated_member(const char *module, const char *member) {
    static const MoltGatedMember table[] = {
#define MOLT_GATED_ENTRY(module, member, capability, kind) {module, member, MOLT_CAP_##capability, MOLT_GATE_##kind},
        MOLT_GATED_MEMBERS(MOLT_GATED_ENTRY)
#undef MOLT_GATED_ENTRY
    };
    for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].module, module) == 0 && strcmp(table[i].member, member) == 0) return &table[i];
    }
    return (const MoltGatedMember *)0;
}

#define MOLT_CAPABILITY_BIT(capability) (UINT32_C(1) << (capability))

/* Runtime side (runtime/core/capabilities.c). Generated main() grants the
 * set compiled into the program before anything runs. */
void molt_capabilities_grant(uint32_t granted);
bool molt_capability_granted(MoltCapability capability);
/* 0 when granted, else -1 with PermissionError naming `what` ("time.time()")
 * and the capability. */
int molt_capability_require(MoltCapability capability, const char *what);

#endif
