/* list.sort and sorted(): Timsort exactly as CPython 3.12 runs it (natural
 * runs, binary insertion up to minrun, powersort merge policy, galloping
 * merges with an adaptive threshold), so that a comparison that raises
 * midway leaves the list in the same order CPython leaves it. */
#include <stdlib.h>
#include <string.h>

#include "list.h"

enum {
    MIN_GALLOP = 7,          /* consecutive wins before a merge starts galloping */
    MAX_PENDING_RUNS = 85,   /* enough for 2**64 items under the powersort policy */
};

/* How keys compare: a pre-scan picks a direct comparison when every key has
 * the same simple type, as CPython's unsafe_*_compare do. */
typedef enum KeyKind { KEYS_GENERIC, KEYS_SMALL_INTS, KEYS_FLOATS, KEYS_STRS, KEYS_PACKED_STRS } KeyKind;

/* Short strs sort as integers: up to this many UTF-8 bytes, packed big-endian
 * and zero-padded into one word, compare as their text does when no byte is
 * NUL ("a" < "ab" because padding 0 < 'b'). This keeps the comparisons in
 * the key array instead of chasing every str object. */
enum { PACKED_STR_BYTES = 8 };

/* Keys, and the values moved along with them (NULL when the keys are the
 * values). Every move applies to both arrays. */
typedef struct SortSlice {
    MoltValue *keys;
    MoltValue *values;
} SortSlice;

typedef struct PendingRun {
    SortSlice base;
    int64_t length;
    int power;
} PendingRun;

typedef struct MergeState {
    KeyKind kind;
    int64_t min_gallop;
    MoltValue *base_keys;        /* where the whole array starts (for powers) */
    int64_t total_length;
    SortSlice temp;              /* scratch for the smaller run of a merge */
    int64_t temp_capacity;
    int run_count;
    PendingRun runs[MAX_PENDING_RUNS];
} MergeState;

/* ---- comparison ---- */

static int compare_strs(MoltValue a, MoltValue b) {
    size_t a_length, b_length;
    const unsigned char *a_bytes = (const unsigned char *)molt_str_utf8(a, &a_length);
    const unsigned char *b_bytes = (const unsigned char *)molt_str_utf8(b, &b_length);
    /* UTF-8 byte order is code point order. Sort keys are mostly short and
     * differ early: a byte loop beats calling memcmp. */
    size_t common = a_length < b_length ? a_length : b_length;
    for (size_t i = 0; i < common; i++)
        if (a_bytes[i] != b_bytes[i]) return a_bytes[i] < b_bytes[i];
    return a_length < b_length;
}

/* a < b: 1, 0, or -1 when the comparison raised. */
static int sort_less(const MergeState *state, MoltValue a, MoltValue b) {
    switch (state->kind) {
    case KEYS_SMALL_INTS: return molt_small_int_value(a) < molt_small_int_value(b);
    case KEYS_FLOATS: return molt_as_double(a) < molt_as_double(b);
    case KEYS_STRS: return compare_strs(a, b);
    case KEYS_PACKED_STRS: return a < b;
    case KEYS_GENERIC: break;
    }
    return molt_compare_bool(MOLT_CMP_LT, a, b);
}

static KeyKind classify_keys(const MoltValue *keys, int64_t count) {
    bool small_ints = true, floats = true, strs = true;
    for (int64_t i = 0; i < count && (small_ints || floats || strs); i++) {
        MoltValue key = keys[i];
        if (!molt_is_small_int(key)) small_ints = false;
        if (!molt_is_double(key)) floats = false;
        if (strs && molt_type_of(key) != &molt_type_str) strs = false;
    }
    return small_ints ? KEYS_SMALL_INTS : floats ? KEYS_FLOATS : strs ? KEYS_STRS : KEYS_GENERIC;
}

/* Packs every key (all strs) into a word, or returns NULL when one is too
 * long or holds a NUL byte. */
static MoltValue *pack_short_strs(const MoltValue *keys, int64_t count) {
    MoltValue *packed = malloc((size_t)count * sizeof *packed);
    if (!packed) abort();
    for (int64_t i = 0; i < count; i++) {
        size_t length;
        const unsigned char *bytes = (const unsigned char *)molt_str_utf8(keys[i], &length);
        if (length > PACKED_STR_BYTES || memchr(bytes, 0, length)) {
            free(packed);
            return NULL;
        }
        uint64_t word = 0;
        for (size_t j = 0; j < PACKED_STR_BYTES; j++) word = (word << 8) | (j < length ? bytes[j] : 0);
        packed[i] = word;
    }
    return packed;
}

/* Evaluates `a < b` into `into`, leaving through `fail` when it raised. */
#define LESS_OR_FAIL(into, state, a, b)                 \
    do {                                                \
        (into) = sort_less((state), (a), (b));          \
        if ((into) < 0) goto fail;                      \
    } while (0)

/* ---- moving items (keys and values together) ---- */

static void slice_advance(SortSlice *slice, int64_t count) {
    slice->keys += count;
    if (slice->values) slice->values += count;
}

static void slice_copy(SortSlice *to, int64_t to_index, const SortSlice *from, int64_t from_index) {
    to->keys[to_index] = from->keys[from_index];
    if (to->values) to->values[to_index] = from->values[from_index];
}

/* *to++ = *from++ */
static void slice_copy_increment(SortSlice *to, SortSlice *from) {
    slice_copy(to, 0, from, 0);
    slice_advance(to, 1);
    slice_advance(from, 1);
}

/* *to-- = *from-- */
static void slice_copy_decrement(SortSlice *to, SortSlice *from) {
    slice_copy(to, 0, from, 0);
    slice_advance(to, -1);
    slice_advance(from, -1);
}

static void slice_move(SortSlice *to, int64_t to_index, const SortSlice *from, int64_t from_index,
                       int64_t count) {
    memmove(to->keys + to_index, from->keys + from_index, (size_t)count * sizeof(MoltValue));
    if (to->values)
        memmove(to->values + to_index, from->values + from_index, (size_t)count * sizeof(MoltValue));
}

static void slice_reverse(SortSlice *slice, int64_t count) {
    molt_values_reverse(slice->keys, count);
    if (slice->values) molt_values_reverse(slice->values, count);
}

/* ---- runs ---- */

/* Sorts [low, high) by binary insertion, given [low, start) is sorted.
 * Equal keys go after their equals, which keeps the sort stable. */
static int binary_insertion_sort(const MergeState *state, SortSlice low, int64_t high, int64_t start) {
    if (start == 0) start++;
    for (; start < high; start++) {
        MoltValue pivot = low.keys[start];
        int64_t left = 0, right = start;
        do {
            int64_t middle = left + ((right - left) >> 1);
            int less;
            LESS_OR_FAIL(less, state, pivot, low.keys[middle]);
            if (less) right = middle;
            else left = middle + 1;
        } while (left < right);
        memmove(low.keys + left + 1, low.keys + left, (size_t)(start - left) * sizeof(MoltValue));
        low.keys[left] = pivot;
        if (low.values) {
            MoltValue value = low.values[start];
            memmove(low.values + left + 1, low.values + left, (size_t)(start - left) * sizeof(MoltValue));
            low.values[left] = value;
        }
    }
    return 0;
fail:
    return -1;
}

/* The length of the run at the start of keys[0..count): non-descending, or
 * strictly descending (*descending set; the caller reverses it, which keeps
 * the sort stable). -1 when a comparison raised. */
static int64_t count_run(const MergeState *state, const MoltValue *keys, int64_t count, bool *descending) {
    *descending = false;
    if (count == 1) return 1;
    int64_t length = 2;
    int less;
    LESS_OR_FAIL(less, state, keys[1], keys[0]);
    if (less) {
        *descending = true;
        for (; length < count; length++) {
            LESS_OR_FAIL(less, state, keys[length], keys[length - 1]);
            if (!less) break;
        }
    } else {
        for (; length < count; length++) {
            LESS_OR_FAIL(less, state, keys[length], keys[length - 1]);
            if (less) break;
        }
    }
    return length;
fail:
    return -1;
}

/* Runs shorter than this are extended by binary insertion: a number in
 * [32, 64] such that count / minrun is a power of 2 or just below one. */
static int64_t compute_minimum_run(int64_t count) {
    int64_t low_bits = 0;
    while (count >= 64) {
        low_bits |= count & 1;
        count >>= 1;
    }
    return count + low_bits;
}

/* ---- galloping ---- */

/* The leftmost position where `key` belongs in the sorted a[0..count)
 * (before any equal items), searching outward from a[hint]. -1 on error. */
static int64_t gallop_left(const MergeState *state, MoltValue key, const MoltValue *a, int64_t count,
                           int64_t hint) {
    int64_t last_offset = 0, offset = 1;
    int less;
    const MoltValue *from = a + hint;
    LESS_OR_FAIL(less, state, *from, key);
    if (less) {
        /* a[hint] < key: gallop right until a[hint + last_offset] < key <= a[hint + offset]. */
        int64_t maximum_offset = count - hint;
        while (offset < maximum_offset) {
            LESS_OR_FAIL(less, state, from[offset], key);
            if (!less) break;
            last_offset = offset;
            offset = (offset << 1) + 1;
        }
        if (offset > maximum_offset) offset = maximum_offset;
        last_offset += hint;
        offset += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint - offset] < key <= a[hint - last_offset]. */
        int64_t maximum_offset = hint + 1;
        while (offset < maximum_offset) {
            LESS_OR_FAIL(less, state, *(from - offset), key);
            if (less) break;
            last_offset = offset;
            offset = (offset << 1) + 1;
        }
        if (offset > maximum_offset) offset = maximum_offset;
        int64_t swap = last_offset;
        last_offset = hint - offset;
        offset = hint - swap;
    }
    /* a[last_offset] < key <= a[offset]: binary search between them. */
    last_offset++;
    while (last_offset < offset) {
        int64_t middle = last_offset + ((offset - last_offset) >> 1);
        LESS_OR_FAIL(less, state, a[middle], key);
        if (less) last_offset = middle + 1;
        else offset = middle;
    }
    return offset;
fail:
    return -1;
}

/* As gallop_left, but the rightmost position (after any equal items). */
static int64_t gallop_right(const MergeState *state, MoltValue key, const MoltValue *a, int64_t count,
                            int64_t hint) {
    int64_t last_offset = 0, offset = 1;
    int less;
    const MoltValue *from = a + hint;
    LESS_OR_FAIL(less, state, key, *from);
    if (less) {
        /* key < a[hint]: gallop left until a[hint - offset] <= key < a[hint - last_offset]. */
        int64_t maximum_offset = hint + 1;
        while (offset < maximum_offset) {
            LESS_OR_FAIL(less, state, key, *(from - offset));
            if (!less) break;
            last_offset = offset;
            offset = (offset << 1) + 1;
        }
        if (offset > maximum_offset) offset = maximum_offset;
        int64_t swap = last_offset;
        last_offset = hint - offset;
        offset = hint - swap;
    } else {
        /* a[hint] <= key: gallop right until a[hint + last_offset] <= key < a[hint + offset]. */
        int64_t maximum_offset = count - hint;
        while (offset < maximum_offset) {
            LESS_OR_FAIL(less, state, key, from[offset]);
            if (less) break;
            last_offset = offset;
            offset = (offset << 1) + 1;
        }
        if (offset > maximum_offset) offset = maximum_offset;
        last_offset += hint;
        offset += hint;
    }
    last_offset++;
    while (last_offset < offset) {
        int64_t middle = last_offset + ((offset - last_offset) >> 1);
        LESS_OR_FAIL(less, state, key, a[middle]);
        if (less) offset = middle;
        else last_offset = middle + 1;
    }
    return offset;
fail:
    return -1;
}

/* ---- merging ---- */

static void ensure_temp(MergeState *state, int64_t needed) {
    if (needed <= state->temp_capacity) return;
    free(state->temp.keys);
    int64_t arrays = state->temp.values ? 2 : 1;
    state->temp.keys = malloc((size_t)(needed * arrays) * sizeof(MoltValue));
    if (!state->temp.keys) abort();
    if (state->temp.values) state->temp.values = state->temp.keys + needed;
    state->temp_capacity = needed;
}

/* Merges run a (count_a items) with the run b that follows it, when
 * count_a <= count_b: a is copied out and the merge fills from the left.
 * Whatever happens, every item ends up somewhere in a..b. */
static int merge_low(MergeState *state, SortSlice a, int64_t count_a, SortSlice b, int64_t count_b) {
    ensure_temp(state, count_a);
    slice_move(&state->temp, 0, &a, 0, count_a);
    SortSlice destination = a;
    a = state->temp;
    int result = -1;
    int64_t min_gallop = state->min_gallop;
    int less;

    slice_copy_increment(&destination, &b);
    if (--count_b == 0) goto succeed;
    if (count_a == 1) goto copy_b;
    for (;;) {
        int64_t a_wins = 0, b_wins = 0;
        /* One item at a time, until one run wins min_gallop times in a row. */
        for (;;) {
            LESS_OR_FAIL(less, state, b.keys[0], a.keys[0]);
            if (less) {
                slice_copy_increment(&destination, &b);
                b_wins++;
                a_wins = 0;
                if (--count_b == 0) goto succeed;
                if (b_wins >= min_gallop) break;
            } else {
                slice_copy_increment(&destination, &a);
                a_wins++;
                b_wins = 0;
                if (--count_a == 1) goto copy_b;
                if (a_wins >= min_gallop) break;
            }
        }
        /* Gallop while either run keeps winning by MIN_GALLOP or more. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            state->min_gallop = min_gallop;
            int64_t k = gallop_right(state, b.keys[0], a.keys, count_a, 0);
            a_wins = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(&destination, 0, &a, 0, k);
                slice_advance(&destination, k);
                slice_advance(&a, k);
                count_a -= k;
                if (count_a == 1) goto copy_b;
                /* Only an inconsistent comparison can empty a here. */
                if (count_a == 0) goto succeed;
            }
            slice_copy_increment(&destination, &b);
            if (--count_b == 0) goto succeed;

            k = gallop_left(state, a.keys[0], b.keys, count_b, 0);
            b_wins = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(&destination, 0, &b, 0, k);
                slice_advance(&destination, k);
                slice_advance(&b, k);
                count_b -= k;
                if (count_b == 0) goto succeed;
            }
            slice_copy_increment(&destination, &a);
            if (--count_a == 1) goto copy_b;
        } while (a_wins >= MIN_GALLOP || b_wins >= MIN_GALLOP);
        min_gallop++;   /* leaving galloping mode costs */
        state->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (count_a) slice_move(&destination, 0, &a, 0, count_a);
    return result;
copy_b:
    /* The last item of a belongs after everything left in b. */
    slice_move(&destination, 0, &b, 0, count_b);
    slice_copy(&destination, count_b, &a, 0);
    return 0;
}

/* The mirror of merge_low when count_a > count_b: b is copied out and the
 * merge fills from the right. */
static int merge_high(MergeState *state, SortSlice a, int64_t count_a, SortSlice b, int64_t count_b) {
    ensure_temp(state, count_b);
    SortSlice destination = b;
    slice_advance(&destination, count_b - 1);
    slice_move(&state->temp, 0, &b, 0, count_b);
    SortSlice base_a = a;
    SortSlice base_b = state->temp;
    b = state->temp;
    slice_advance(&b, count_b - 1);
    slice_advance(&a, count_a - 1);
    int result = -1;
    int64_t min_gallop = state->min_gallop;
    int less;

    slice_copy_decrement(&destination, &a);
    if (--count_a == 0) goto succeed;
    if (count_b == 1) goto copy_a;
    for (;;) {
        int64_t a_wins = 0, b_wins = 0;
        for (;;) {
            LESS_OR_FAIL(less, state, b.keys[0], a.keys[0]);
            if (less) {
                slice_copy_decrement(&destination, &a);
                a_wins++;
                b_wins = 0;
                if (--count_a == 0) goto succeed;
                if (a_wins >= min_gallop) break;
            } else {
                slice_copy_decrement(&destination, &b);
                b_wins++;
                a_wins = 0;
                if (--count_b == 1) goto copy_a;
                if (b_wins >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            state->min_gallop = min_gallop;
            int64_t k = gallop_right(state, b.keys[0], base_a.keys, count_a, count_a - 1);
            if (k < 0) goto fail;
            k = count_a - k;
            a_wins = k;
            if (k) {
                slice_advance(&destination, -k);
                slice_advance(&a, -k);
                slice_move(&destination, 1, &a, 1, k);
                count_a -= k;
                if (count_a == 0) goto succeed;
            }
            slice_copy_decrement(&destination, &b);
            if (--count_b == 1) goto copy_a;

            k = gallop_left(state, a.keys[0], base_b.keys, count_b, count_b - 1);
            if (k < 0) goto fail;
            k = count_b - k;
            b_wins = k;
            if (k) {
                slice_advance(&destination, -k);
                slice_advance(&b, -k);
                slice_move(&destination, 1, &b, 1, k);
                count_b -= k;
                if (count_b == 1) goto copy_a;
                /* Only an inconsistent comparison can empty b here. */
                if (count_b == 0) goto succeed;
            }
            slice_copy_decrement(&destination, &a);
            if (--count_a == 0) goto succeed;
        } while (a_wins >= MIN_GALLOP || b_wins >= MIN_GALLOP);
        min_gallop++;
        state->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (count_b) slice_move(&destination, -(count_b - 1), &base_b, 0, count_b);
    return result;
copy_a:
    /* The first item of b belongs before everything left in a. */
    slice_move(&destination, 1 - count_a, &a, 1 - count_a, count_a);
    slice_advance(&destination, -count_a);
    slice_advance(&a, -count_a);
    slice_copy(&destination, 0, &b, 0);
    return 0;
}

/* Merges pending runs i and i + 1. */
static int merge_at(MergeState *state, int i) {
    SortSlice a = state->runs[i].base, b = state->runs[i + 1].base;
    int64_t count_a = state->runs[i].length, count_b = state->runs[i + 1].length;
    state->runs[i].length = count_a + count_b;
    if (i == state->run_count - 3) state->runs[i + 1] = state->runs[i + 2];
    state->run_count--;

    /* Items of a before b's first item are already in place... */
    int64_t k = gallop_right(state, b.keys[0], a.keys, count_a, 0);
    if (k < 0) return -1;
    slice_advance(&a, k);
    count_a -= k;
    if (count_a == 0) return 0;
    /* ...and so are items of b after a's last item. */
    count_b = gallop_left(state, a.keys[count_a - 1], b.keys, count_b, count_b - 1);
    if (count_b <= 0) return (int)count_b;
    return count_a <= count_b ? merge_low(state, a, count_a, b, count_b)
                              : merge_high(state, a, count_a, b, count_b);
}

/* Powersort: the depth of the boundary between two adjacent runs (starting
 * at `start`, lengths first and second) in the ideal merge tree, found as
 * the first bit where the midpoints' binary fractions of the total differ. */
static int run_power(int64_t start, int64_t first, int64_t second, int64_t total) {
    int power = 0;
    int64_t a = 2 * start + first;   /* twice the midpoints, to stay integral */
    int64_t b = a + first + second;
    for (;;) {
        power++;
        if (a >= total) {
            a -= total;
            b -= total;
        } else if (b >= total) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of `length` follows the top pending run: merge the runs whose
 * power exceeds the new boundary's, then record that power. */
static int found_new_run(MergeState *state, int64_t length) {
    if (state->run_count == 0) return 0;
    PendingRun *top = &state->runs[state->run_count - 1];
    int power = run_power(top->base.keys - state->base_keys, top->length, length, state->total_length);
    while (state->run_count > 1 && state->runs[state->run_count - 2].power > power)
        if (merge_at(state, state->run_count - 2) < 0) return -1;
    state->runs[state->run_count - 1].power = power;
    return 0;
}

/* Merges everything left, smaller neighbours first. */
static int merge_force_collapse(MergeState *state) {
    while (state->run_count > 1) {
        int i = state->run_count - 2;
        if (i > 0 && state->runs[i - 1].length < state->runs[i + 1].length) i--;
        if (merge_at(state, i) < 0) return -1;
    }
    return 0;
}

static int timsort(MergeState *state, SortSlice low, int64_t count) {
    int64_t remaining = count;
    int64_t minimum_run = compute_minimum_run(remaining);
    do {
        bool descending;
        int64_t length = count_run(state, low.keys, remaining, &descending);
        if (length < 0) return -1;
        if (descending) slice_reverse(&low, length);
        if (length < minimum_run) {
            int64_t forced = remaining <= minimum_run ? remaining : minimum_run;
            if (binary_insertion_sort(state, low, forced, length) < 0) return -1;
            length = forced;
        }
        if (found_new_run(state, length) < 0) return -1;
        state->runs[state->run_count++] = (PendingRun){low, length, 0};
        slice_advance(&low, length);
        remaining -= length;
    } while (remaining);
    return merge_force_collapse(state);
}

int molt_list_sort(MoltValue value, MoltValue key_function, bool reverse) {
    MoltList *list = molt_list_object(value);
    int64_t count = list->length;
    if (count < 2) return 0;
    /* Sort the detached array, as CPython does, so that code run by the
     * comparisons sees the list empty. */
    MoltValue *values = list->items;
    int64_t capacity = list->capacity;
    list->items = NULL;
    list->length = list->capacity = 0;

    int status = 0;
    SortSlice slice = {values, NULL};
    int64_t keyed = 0;
    if (key_function != MOLT_NONE) {
        slice.keys = malloc((size_t)count * sizeof(MoltValue));
        if (!slice.keys) abort();
        slice.values = values;
        for (; keyed < count; keyed++) {
            MoltValue key = molt_call(key_function, &values[keyed], 1, MOLT_NONE);
            if (key == MOLT_ERROR) {
                status = -1;
                break;
            }
            slice.keys[keyed] = key;
        }
    }
    if (status == 0) {
        /* Reversing before and after keeps equal items in their original order. */
        if (reverse) slice_reverse(&slice, count);
        MergeState *state = malloc(sizeof *state);
        if (!state) abort();
        SortSlice sorted_slice = slice;
        MoltValue *packed = NULL;
        state->kind = classify_keys(slice.keys, count);
        if (state->kind == KEYS_STRS && (packed = pack_short_strs(slice.keys, count)) != NULL) {
            state->kind = KEYS_PACKED_STRS;
            sorted_slice = (SortSlice){packed, values};
        }
        state->min_gallop = MIN_GALLOP;
        state->base_keys = sorted_slice.keys;
        state->total_length = count;
        /* temp.values marks that values travel with keys; allocated on first merge. */
        state->temp = (SortSlice){NULL, sorted_slice.values ? values : NULL};
        state->temp_capacity = 0;
        state->run_count = 0;
        status = timsort(state, sorted_slice, count);
        free(state->temp.keys);
        free(state);
        free(packed);
        if (reverse) molt_values_reverse(values, count);
    }
    if (key_function != MOLT_NONE) {
        for (int64_t i = 0; i < keyed; i++) molt_decref(slice.keys[i]);
        free(slice.keys);
    }

    bool modified = list->length != 0 || list->items != NULL;
    MoltValue *stray = list->items;
    int64_t stray_length = list->length;
    list->items = values;
    list->length = count;
    list->capacity = capacity;
    if (modified) {
        for (int64_t i = 0; i < stray_length; i++) molt_decref(stray[i]);
        free(stray);
        if (status == 0) molt_raise_format(&molt_type_ValueError, "list modified during sort");
        return -1;
    }
    return status;
}
