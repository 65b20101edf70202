/* The random module's module-level generator: MT19937 seeded exactly as
 * CPython's _randommodule.c (init_by_array over the 32-bit words of the
 * seed's absolute value) with Lib/random.py's derivations step for step
 * (random, getrandbits, _randbelow_with_getrandbits, randrange, randint,
 * choice, shuffle, uniform), so a seeded program prints CPython's numbers.
 * Using the generator before a seed needs the capability `random`: CPython
 * seeds it from os.urandom, which a deterministic program cannot have. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../objects/bigint.h"
#include "../objects/list.h"
#include "../objects/type.h"
#include "../objects/module.h"
#include "../objects/number.h"
#include "../platform/platform.h"
#include "collections_internal.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct MersenneTwister {
    uint32_t state[MT_N];
    int index;
} MersenneTwister;

static MersenneTwister generator;
static bool generator_seeded;
/* gauss()'s second value, kept for the next call (random.py's gauss_next). */
static double gauss_next;
static bool has_gauss_next;

static void init_genrand(MersenneTwister *mt, uint32_t seed) {
    mt->state[0] = seed;
    for (int i = 1; i < MT_N; i++)
        mt->state[i] = 1812433253u * (mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) + (uint32_t)i;
    mt->index = MT_N;
}

static void init_by_array(MersenneTwister *mt, const uint32_t *key, size_t key_length) {
    init_genrand(mt, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt->state[i] = (mt->state[i] ^ ((mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) {
            mt->state[0] = mt->state[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt->state[i] = (mt->state[i] ^ ((mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt->state[0] = mt->state[MT_N - 1];
            i = 1;
        }
    }
    mt->state[0] = 0x80000000u;
}

static uint32_t genrand_uint32(MersenneTwister *mt) {
    static const uint32_t magic[2] = {0u, 0x9908b0dfu};
    if (mt->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (mt->state[k] & 0x80000000u) | (mt->state[k + 1] & 0x7fffffffu);
            mt->state[k] = mt->state[k + MT_M] ^ (y >> 1) ^ magic[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            y = (mt->state[k] & 0x80000000u) | (mt->state[k + 1] & 0x7fffffffu);
            mt->state[k] = mt->state[k + (MT_M - MT_N)] ^ (y >> 1) ^ magic[y & 1];
        }
        y = (mt->state[MT_N - 1] & 0x80000000u) | (mt->state[0] & 0x7fffffffu);
        mt->state[MT_N - 1] = mt->state[MT_M - 1] ^ (y >> 1) ^ magic[y & 1];
        mt->index = 0;
    }
    uint32_t y = mt->state[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* random(): 53 random bits, as CPython's genrand_res53. */
static double random_double(MersenneTwister *mt) {
    uint32_t a = genrand_uint32(mt) >> 5, b = genrand_uint32(mt) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* ---- seeding ------------------------------------------------------------------ */

/* The module generator, seeded; -1 with PermissionError when nothing seeded
 * it and the program lacks `random` (with it, seeded from the host). */
static MersenneTwister *module_generator(const char *what) {
    if (generator_seeded) return &generator;
    if (molt_capability_require(MOLT_CAP_RANDOM, what) < 0) return NULL;
    uint32_t key[MT_N];
    if (molt_platform_entropy(key, sizeof key) != 0) {
        molt_raise_format(&molt_type_OSError, "the host gave no randomness to seed the generator");
        return NULL;
    }
    init_by_array(&generator, key, MT_N);
    generator_seeded = true;
    return &generator;
}

/* CPython's random_seed for an int: the absolute value's 32-bit words. */
static void seed_from_int(MersenneTwister *mt, MoltValue n) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(n, storage);
    uint32_t zero = 0;
    if (view.length == 0) init_by_array(mt, &zero, 1);
    else init_by_array(mt, view.digits, view.length);
}

static MoltValue random_seed(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"a", "version", NULL};
    static const MoltArgSpec spec = {"seed", 0, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue a = parsed[0] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[0];
    if (a == MOLT_NONE) {
        generator_seeded = false;
        has_gauss_next = false;
        return module_generator("random.seed() without a seed") ? MOLT_NONE : MOLT_ERROR;
    }
    if (molt_is_double(a)) {
        /* random.py: a float seeds as its hash. */
        MoltValue hashed = molt_int_from_i64(molt_hash(a));
        if (hashed == MOLT_ERROR) return MOLT_ERROR;
        seed_from_int(&generator, hashed);
        molt_decref(hashed);
    } else if (molt_is_int(a)) {
        seed_from_int(&generator, a);
    } else if (molt_type_of(a) == &molt_type_str || molt_type_of(a) == &molt_type_bytes ||
               molt_type_of(a) == &molt_type_bytearray) {
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "Molt's random.seed() takes an int or a float so far, not %s", molt_type_of(a)->name);
    } else {
        return molt_raise_format(&molt_type_TypeError,
                                 "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
    }
    generator_seeded = true;
    has_gauss_next = false;
    return MOLT_NONE;
}

/* ---- derivations (Lib/random.py) ---------------------------------------------- */

/* getrandbits(k) as an int: 32-bit words, least significant first, the last
 * one keeping its top bits (CPython's _random_Random_getrandbits_impl). */
static MoltValue random_bits(MersenneTwister *mt, uint64_t k) {
    if (k <= 32) return molt_int_from_i64((int64_t)(k ? genrand_uint32(mt) >> (32 - k) : 0));
    size_t words = (size_t)((k - 1) / 32 + 1);
    MoltDigit *digits = malloc(words * sizeof *digits);
    if (!digits) return molt_raise_format(&molt_type_MemoryError, "out of memory");
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(mt);
        if (k < 32) r >>= 32 - k;
        digits[i] = r;
    }
    MoltBigint value = {digits, words, false};
    molt_bigint_normalize(&value);
    MoltValue result = molt_int_from_bigint(&value);
    free(digits);
    return result;
}

static size_t int_bit_length(MoltValue n) {
    MoltDigit storage[2];
    MoltBigint view = molt_int_view(n, storage);
    return molt_bigint_bit_length(&view);
}

/* _randbelow_with_getrandbits(n) for an int n > 0. */
static MoltValue random_below(MersenneTwister *mt, MoltValue n) {
    size_t k = int_bit_length(n);
    int64_t small;
    if (molt_int_to_i64(n, &small) && k <= 32) {
        uint32_t r;
        do r = k ? genrand_uint32(mt) >> (32 - k) : 0;
        while ((int64_t)r >= small);
        return molt_int_from_i64(r);
    }
    for (;;) {
        MoltValue r = random_bits(mt, k);
        if (r == MOLT_ERROR || molt_int_compare(r, n) < 0) return r;
        molt_decref(r);
    }
}

/* operator.index for randrange's arguments (3.12 takes no floats). */
static bool is_index(MoltValue v) {
    if (molt_is_int(v)) return true;
    molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_of(v)->name);
    return false;
}

/* ValueError "empty range in randrange(1, 0)" with the arguments' reprs. */
static MoltValue raise_empty_range(const MoltValue *arguments, int count) {
    MoltBuffer text;
    molt_buffer_init(&text);
    for (int i = 0; i < count; i++) {
        if (i) molt_buffer_append(&text, ", ", 2);
        MoltValue repr = molt_repr(arguments[i]);
        if (repr == MOLT_ERROR) {
            molt_buffer_free(&text);
            return MOLT_ERROR;
        }
        molt_buffer_append_str(&text, repr);
        molt_decref(repr);
    }
    molt_raise_format(&molt_type_ValueError, "empty range in randrange(%.*s)", (int)text.length, text.data ? text.data : "");
    molt_buffer_free(&text);
    return MOLT_ERROR;
}

static MoltValue randrange(MersenneTwister *mt, MoltValue start, MoltValue stop, MoltValue step) {
    if (!is_index(start)) return MOLT_ERROR;
    if (stop == MOLT_NONE) {
        if (step != MOLT_ARG_MISSING) return molt_raise_format(&molt_type_TypeError, "Missing a non-None stop argument");
        if (molt_int_compare(start, MOLT_FALSE) > 0) return random_below(mt, start);
        return molt_raise_format(&molt_type_ValueError, "empty range for randrange()");
    }
    if (!is_index(stop)) return MOLT_ERROR;
    MoltValue one = molt_int_from_i64(1);
    if (step == MOLT_ARG_MISSING) step = one;
    if (!is_index(step)) return MOLT_ERROR;
    MoltValue width = molt_int_sub(stop, start), result = MOLT_ERROR, n = MOLT_ERROR;
    if (width == MOLT_ERROR) return MOLT_ERROR;
    int step_sign = molt_int_compare(step, MOLT_FALSE);
    if (molt_int_compare(step, one) == 0) {
        if (molt_int_compare(width, MOLT_FALSE) > 0) {
            MoltValue offset = random_below(mt, width);
            if (offset != MOLT_ERROR) result = molt_int_add(start, offset);
            if (offset != MOLT_ERROR) molt_decref(offset);
        } else {
            MoltValue arguments[2] = {start, stop};
            raise_empty_range(arguments, 2);
        }
        molt_decref(width);
        return result;
    }
    if (step_sign == 0) {
        molt_decref(width);
        return molt_raise_format(&molt_type_ValueError, "zero step for randrange()");
    }
    /* n = (width + step -/+ 1) // step */
    MoltValue adjusted = molt_int_add(width, step);
    MoltValue numerator = adjusted == MOLT_ERROR ? MOLT_ERROR : step_sign > 0 ? molt_int_sub(adjusted, one) : molt_int_add(adjusted, one);
    if (adjusted != MOLT_ERROR) molt_decref(adjusted);
    if (numerator != MOLT_ERROR) {
        n = molt_int_floordiv(numerator, step);
        molt_decref(numerator);
    }
    molt_decref(width);
    if (n == MOLT_ERROR) return MOLT_ERROR;
    if (molt_int_compare(n, MOLT_FALSE) <= 0) {
        molt_decref(n);
        MoltValue arguments[3] = {start, stop, step};
        return raise_empty_range(arguments, 3);
    }
    MoltValue index = random_below(mt, n);
    molt_decref(n);
    if (index == MOLT_ERROR) return MOLT_ERROR;
    MoltValue scaled = molt_int_mul(step, index);
    molt_decref(index);
    if (scaled == MOLT_ERROR) return MOLT_ERROR;
    result = molt_int_add(start, scaled);
    molt_decref(scaled);
    return result;
}

/* ---- the module functions -------------------------------------------------------- */

static MoltValue random_random(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_none("Random", "random", nargs, kwnames) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.random()");
    return mt ? molt_from_double(random_double(mt)) : MOLT_ERROR;
}

static MoltValue random_getrandbits(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("getrandbits", nargs, kwnames) < 0 || !is_index(args[0])) return MOLT_ERROR;
    int64_t k;
    if (!molt_int_to_i64(args[0], &k)) return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return molt_raise_format(&molt_type_ValueError, "number of bits must be non-negative");
    MersenneTwister *mt = module_generator("random.getrandbits()");
    return mt ? random_bits(mt, (uint64_t)k) : MOLT_ERROR;
}

static MoltValue random_randrange(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"start", "stop", "step", NULL};
    static const MoltArgSpec spec = {"randrange", 1, 3, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.randrange()");
    if (!mt) return MOLT_ERROR;
    return randrange(mt, parsed[0], parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1], parsed[2]);
}

static MoltValue random_randint(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"a", "b", NULL};
    static const MoltArgSpec spec = {"randint", 2, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.randint()");
    if (!mt || !is_index(parsed[1])) return MOLT_ERROR;
    MoltValue one = molt_int_from_i64(1), stop = molt_int_add(parsed[1], one);
    if (stop == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = randrange(mt, parsed[0], stop, MOLT_ARG_MISSING);
    molt_decref(stop);
    return result;
}

/* The prologue of choice(seq) and shuffle(x): their one argument, the seeded
 * generator and len(argument); NULL with the exception set. */
static MersenneTwister *sequence_call(const MoltArgSpec *spec, const char *what, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames, MoltValue *sequence, int64_t *length) {
    if (molt_args_parse(spec, args, nargs, kwnames, sequence) < 0) return NULL;
    MersenneTwister *mt = module_generator(what);
    if (!mt) return NULL;
    MoltValue count = molt_builtin_len(sequence, 1, MOLT_NONE);
    if (count == MOLT_ERROR) return NULL;
    *length = 0;
    molt_int_to_i64(count, length);
    molt_decref(count);
    return mt;
}

static MoltValue random_choice(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"seq", NULL};
    static const MoltArgSpec spec = {"choice", 1, 1, names, 1};
    MoltValue seq;
    int64_t n;
    MersenneTwister *mt = sequence_call(&spec, "random.choice()", args, nargs, kwnames, &seq, &n);
    if (!mt) return MOLT_ERROR;
    if (n == 0) return molt_raise_format(&molt_type_IndexError, "Cannot choose from an empty sequence");
    MoltValue bound = molt_int_from_i64(n), index = random_below(mt, bound);
    molt_decref(bound);
    if (index == MOLT_ERROR) return MOLT_ERROR;
    MoltValue item = molt_getitem(seq, index);
    molt_decref(index);
    return item;
}

static MoltValue random_shuffle(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"x", NULL};
    static const MoltArgSpec spec = {"shuffle", 1, 1, names, 1};
    MoltValue x;
    int64_t n;
    MersenneTwister *mt = sequence_call(&spec, "random.shuffle()", args, nargs, kwnames, &x, &n);
    if (!mt) return MOLT_ERROR;
    for (int64_t i = n - 1; i >= 1; i--) {
        MoltValue bound = molt_int_from_i64(i + 1), j = random_below(mt, bound), position = molt_int_from_i64(i);
        molt_decref(bound);
        if (j == MOLT_ERROR) return MOLT_ERROR;
        MoltValue a = molt_getitem(x, position), b = a == MOLT_ERROR ? MOLT_ERROR : molt_getitem(x, j);
        int status = b == MOLT_ERROR ? -1 : molt_setitem(x, position, b);
        if (status == 0) status = molt_setitem(x, j, a);
        if (a != MOLT_ERROR) molt_decref(a);
        if (b != MOLT_ERROR) molt_decref(b);
        molt_decref(j);
        molt_decref(position);
        if (status < 0) return MOLT_ERROR;
    }
    return MOLT_NONE;
}

static bool real_argument(MoltValue v, double *out) {
    if (molt_is_double(v)) {
        *out = molt_as_double(v);
        return true;
    }
    if (molt_is_int(v)) return molt_int_to_double(v, out);
    molt_raise_format(&molt_type_TypeError, "must be real number, not %s", molt_type_of(v)->name);
    return false;
}

static MoltValue random_uniform(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"a", "b", NULL};
    static const MoltArgSpec spec = {"uniform", 2, 2, names, 2};
    MoltValue parsed[2];
    double a, b;
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.uniform()");
    if (!mt || !real_argument(parsed[0], &a) || !real_argument(parsed[1], &b)) return MOLT_ERROR;
    return molt_from_double(a + (b - a) * random_double(mt));
}

/* A distribution's arguments, with their defaults where not passed (borrowed). */
static MersenneTwister *distribution_call(const MoltArgSpec *spec, const char *what, const MoltValue *args, size_t nargs,
                                          MoltValue kwnames, MoltValue *values) {
    MoltValue parsed[3];
    if (molt_args_parse(spec, args, nargs, kwnames, parsed) < 0) return NULL;
    for (size_t i = 0; i < spec->parameter_count; i++)
        if (parsed[i] != MOLT_ARG_MISSING) values[i] = parsed[i];
    return module_generator(what);
}

/* a + b * c with Python's operators (so gauss("x") fails as CPython's does). */
static MoltValue add_product(MoltValue a, MoltValue b, MoltValue c) {
    MoltValue product = molt_binary_op(MOLT_OP_MUL, b, c);
    if (product == MOLT_ERROR) return MOLT_ERROR;
    MoltValue sum = molt_binary_op(MOLT_OP_ADD, a, product);
    molt_decref(product);
    return sum;
}

static MoltValue random_gauss(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"mu", "sigma", NULL};
    static const MoltArgSpec spec = {"gauss", 0, 2, names, 2};
    MoltValue values[2] = {molt_from_double(0.0), molt_from_double(1.0)};
    MersenneTwister *mt = distribution_call(&spec, "random.gauss()", args, nargs, kwnames, values);
    if (!mt) return MOLT_ERROR;
    double z = gauss_next;
    if (!has_gauss_next) {
        double x2pi = random_double(mt) * (2.0 * 3.14159265358979323846);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(mt)));
        z = cos(x2pi) * g2rad;
        gauss_next = sin(x2pi) * g2rad;
        has_gauss_next = true;
    } else {
        has_gauss_next = false;
    }
    return add_product(values[0], molt_from_double(z), values[1]);
}

static MoltValue random_normalvariate(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"mu", "sigma", NULL};
    static const MoltArgSpec spec = {"normalvariate", 0, 2, names, 2};
    MoltValue values[2] = {molt_from_double(0.0), molt_from_double(1.0)};
    MersenneTwister *mt = distribution_call(&spec, "random.normalvariate()", args, nargs, kwnames, values);
    if (!mt) return MOLT_ERROR;
    const double magic = 4 * exp(-0.5) / sqrt(2.0);   /* NV_MAGICCONST */
    double z;
    for (;;) {
        double u1 = random_double(mt), u2 = 1.0 - random_double(mt);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return add_product(values[0], molt_from_double(z), values[1]);
}

static MoltValue random_expovariate(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"lambd", NULL};
    static const MoltArgSpec spec = {"expovariate", 0, 1, names, 1};
    MoltValue values[1] = {molt_from_double(1.0)};
    MersenneTwister *mt = distribution_call(&spec, "random.expovariate()", args, nargs, kwnames, values);
    if (!mt) return MOLT_ERROR;
    return molt_binary_op(MOLT_OP_TRUEDIV, molt_from_double(-log(1.0 - random_double(mt))), values[0]);
}

static MoltValue random_triangular(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"low", "high", "mode", NULL};
    static const MoltArgSpec spec = {"triangular", 0, 3, names, 3};
    MoltValue values[3] = {molt_from_double(0.0), molt_from_double(1.0), MOLT_NONE};
    MersenneTwister *mt = distribution_call(&spec, "random.triangular()", args, nargs, kwnames, values);
    if (!mt) return MOLT_ERROR;
    double u = random_double(mt);
    MoltValue low = values[0], high = values[1], c = molt_from_double(0.5);
    if (values[2] != MOLT_NONE) {
        MoltValue above = molt_binary_op(MOLT_OP_SUB, values[2], low);
        MoltValue width = above == MOLT_ERROR ? MOLT_ERROR : molt_binary_op(MOLT_OP_SUB, high, low);
        c = width == MOLT_ERROR ? MOLT_ERROR : molt_binary_op(MOLT_OP_TRUEDIV, above, width);
        if (above != MOLT_ERROR) molt_decref(above);
        if (width != MOLT_ERROR) molt_decref(width);
        if (c == MOLT_ERROR) {
            /* (mode - low) / (high - low) by zero: random.py returns low. */
            if (molt_exc_matches(molt_from_type(&molt_type_ZeroDivisionError)) != 1) return MOLT_ERROR;
            molt_decref(molt_exc_fetch());
            return molt_new_reference(low);
        }
    }
    double c_value;
    if (!real_argument(c, &c_value)) {
        molt_decref(c);
        return MOLT_ERROR;
    }
    molt_decref(c);
    if (u > c_value) {
        u = 1.0 - u;
        c_value = 1.0 - c_value;
        MoltValue swap = low;
        low = high;
        high = swap;
    }
    MoltValue width = molt_binary_op(MOLT_OP_SUB, high, low);
    if (width == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = add_product(low, width, molt_from_double(sqrt(u * c_value)));
    molt_decref(width);
    return result;
}

/* len() of a value, as an int64. */
static int length_of(MoltValue value, int64_t *length) {
    MoltValue count = molt_builtin_len(&value, 1, MOLT_NONE);
    if (count == MOLT_ERROR) return -1;
    *length = 0;
    molt_int_to_i64(count, length);
    molt_decref(count);
    return 0;
}

/* bisect_right(a, x, 0, hi) over a list. */
static int bisect_right(MoltValue list, MoltValue x, int64_t hi, int64_t *out) {
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        int less = molt_compare_bool(MOLT_CMP_LT, x, molt_list_items(list)[mid]);
        if (less < 0) return -1;
        if (less) hi = mid;
        else lo = mid + 1;
    }
    *out = lo;
    return 0;
}

/* list(itertools.accumulate(iterable)). */
static MoltValue accumulated(MoltValue iterable) {
    MoltValue iterator = molt_iter(iterable);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue list = molt_list_from_owned(NULL, 0), total = MOLT_UNBOUND, item;
    while ((item = molt_iter_next(iterator)) != MOLT_STOP) {
        if (item == MOLT_ERROR) break;
        MoltValue next = total == MOLT_UNBOUND ? item : molt_binary_op(MOLT_OP_ADD, total, item);
        if (total != MOLT_UNBOUND) {
            molt_decref(item);
            molt_decref(total);
        }
        total = next;
        if (next == MOLT_ERROR) break;
        molt_list_append(list, next);
    }
    molt_decref(iterator);
    if (total != MOLT_UNBOUND && total != MOLT_ERROR) molt_decref(total);
    if (item == MOLT_ERROR || total == MOLT_ERROR) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

static MoltValue random_choices(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k", NULL};
    static const MoltArgSpec spec = {"choices", 1, 2, names, 4};
    MoltValue parsed[4];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue population = parsed[0];
    MoltValue weights = parsed[1] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[1];
    MoltValue cum_weights = parsed[2] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[2];
    int64_t k = 1, n;
    if (parsed[3] != MOLT_ARG_MISSING && molt_args_ssize(parsed[3], &k) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.choices()");
    if (!mt || length_of(population, &n) < 0) return MOLT_ERROR;
    MoltValue result = molt_list_from_owned(NULL, 0);
    if (cum_weights == MOLT_NONE && weights == MOLT_NONE) {
        for (int64_t i = 0; i < k; i++) {
            MoltValue index = molt_int_from_i64((int64_t)floor(random_double(mt) * (double)n));
            MoltValue item = molt_getitem(population, index);
            molt_decref(index);
            if (item == MOLT_ERROR) goto fail;
            molt_list_append(result, item);
            molt_decref(item);
        }
        return result;
    }
    if (cum_weights != MOLT_NONE && weights != MOLT_NONE) {
        molt_raise_format(&molt_type_TypeError, "Cannot specify both weights and cumulative weights");
        goto fail;
    }
    MoltValue cumulative = cum_weights == MOLT_NONE ? accumulated(weights) : molt_list_from_iterable(cum_weights);
    if (cumulative == MOLT_ERROR) {
        if (cum_weights == MOLT_NONE && molt_is_int(weights) && molt_exc_matches(molt_from_type(&molt_type_TypeError)) == 1) {
            molt_decref(molt_exc_fetch());
            MoltValue text = molt_repr(weights);
            size_t length;
            molt_raise_format(&molt_type_TypeError, "The number of choices must be a keyword argument: k=%s",
                              molt_str_utf8(text, &length));
            molt_decref(text);
        }
        goto fail;
    }
    int status = -1;
    if (molt_list_length(cumulative) != n) {
        molt_raise_format(&molt_type_ValueError, "The number of weights does not match the population");
    } else if (n == 0) {
        molt_raise_format(&molt_type_IndexError, "list index out of range");
    } else {
        /* total = cum_weights[-1] + 0.0 */
        MoltValue sum = molt_binary_op(MOLT_OP_ADD, molt_list_items(cumulative)[n - 1], molt_from_double(0.0));
        double total = sum != MOLT_ERROR && molt_is_double(sum) ? molt_as_double(sum) : NAN;
        if (sum != MOLT_ERROR) molt_decref(sum);
        if (sum == MOLT_ERROR) status = -1;
        else if (total <= 0.0) molt_raise_format(&molt_type_ValueError, "Total of weights must be greater than zero");
        else if (!isfinite(total)) molt_raise_format(&molt_type_ValueError, "Total of weights must be finite");
        else status = 0;
        for (int64_t i = 0; status == 0 && i < k; i++) {
            int64_t index;
            MoltValue item = MOLT_ERROR;
            if (bisect_right(cumulative, molt_from_double(random_double(mt) * total), n - 1, &index) == 0) {
                MoltValue position = molt_int_from_i64(index);
                item = molt_getitem(population, position);
                molt_decref(position);
            }
            if (item == MOLT_ERROR) {
                status = -1;
                break;
            }
            molt_list_append(result, item);
            molt_decref(item);
        }
    }
    molt_decref(cumulative);
    if (status == 0) return result;
fail:
    molt_decref(result);
    return MOLT_ERROR;
}

/* Is the population a Sequence (collections.abc's, for the builtin types)? */
static bool is_sequence(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    return type == &molt_type_list || type == &molt_type_tuple || type == &molt_type_str || type == &molt_type_range ||
           type == &molt_type_bytes || type == &molt_type_bytearray || type == &molt_type_deque ||
           molt_type_is_subtype(type, &molt_type_tuple) || molt_type_is_subtype(type, &molt_type_list);
}

static MoltValue random_sample(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"population", "k", "counts", NULL};
    static const MoltArgSpec spec = {"sample", 2, 2, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue population = parsed[0];
    if (!is_sequence(population))
        return molt_raise_format(&molt_type_TypeError,
                                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (parsed[2] != MOLT_ARG_MISSING && parsed[2] != MOLT_NONE)
        return molt_raise_format(&molt_type_NotImplementedError, "Molt's random.sample() has no counts= yet");
    int64_t n, k;
    if (length_of(population, &n) < 0 || molt_args_ssize(parsed[1], &k) < 0) return MOLT_ERROR;
    MersenneTwister *mt = module_generator("random.sample()");
    if (!mt) return MOLT_ERROR;
    if (k < 0 || k > n) return molt_raise_format(&molt_type_ValueError, "Sample larger than population or is negative");
    int64_t setsize = 21;
    if (k > 5) setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    MoltValue result = molt_list_from_owned(NULL, 0);
    if (n <= setsize) {
        MoltValue pool = molt_list_from_iterable(population);
        if (pool == MOLT_ERROR) goto fail;
        for (int64_t i = 0; i < k; i++) {
            MoltValue bound = molt_int_from_i64(n - i), j = random_below(mt, bound);
            molt_decref(bound);
            int64_t index = 0;
            molt_int_to_i64(j, &index);
            molt_decref(j);
            MoltValue *items = molt_list_items(pool);
            molt_list_append(result, items[index]);
            MoltValue vacancy = items[index];
            items[index] = items[n - i - 1];
            items[n - i - 1] = vacancy;   /* the pool keeps every item once, for its release */
        }
        molt_decref(pool);
        return result;
    }
    {
        uint8_t *selected = calloc((size_t)n, 1);
        if (!selected) abort();
        for (int64_t i = 0; i < k; i++) {
            int64_t index;
            do {
                MoltValue bound = molt_int_from_i64(n), j = random_below(mt, bound);
                molt_decref(bound);
                index = 0;
                molt_int_to_i64(j, &index);
                molt_decref(j);
            } while (selected[index]);
            selected[index] = 1;
            MoltValue position = molt_int_from_i64(index), item = molt_getitem(population, position);
            if (item == MOLT_ERROR) {
                free(selected);
                goto fail;
            }
            molt_list_append(result, item);
            molt_decref(item);
        }
        free(selected);
        return result;
    }
fail:
    molt_decref(result);
    return MOLT_ERROR;
}

static struct MoltBuiltinFunctionObject functions[] = {
    MOLT_MODULE_FUNCTION("gauss", random_gauss),
    MOLT_MODULE_FUNCTION("normalvariate", random_normalvariate),
    MOLT_MODULE_FUNCTION("expovariate", random_expovariate),
    MOLT_MODULE_FUNCTION("triangular", random_triangular),
    MOLT_MODULE_FUNCTION("choices", random_choices),
    MOLT_MODULE_FUNCTION("sample", random_sample),
    MOLT_MODULE_FUNCTION("seed", random_seed),
    MOLT_MODULE_FUNCTION("random", random_random),
    MOLT_MODULE_FUNCTION("getrandbits", random_getrandbits),
    MOLT_MODULE_FUNCTION("randrange", random_randrange),
    MOLT_MODULE_FUNCTION("randint", random_randint),
    MOLT_MODULE_FUNCTION("choice", random_choice),
    MOLT_MODULE_FUNCTION("shuffle", random_shuffle),
    MOLT_MODULE_FUNCTION("uniform", random_uniform),
};

static const MoltModuleAttribute attributes[] = {{NULL, NULL}};

struct MoltModule molt_module_random = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "random", functions,
                                        sizeof functions / sizeof functions[0], attributes, 0};
