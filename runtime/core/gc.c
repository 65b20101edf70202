/* The cycle collector: reference counting frees everything except cycles;
 * this finds unreachable cycles among container objects by trial deletion
 * (CPython's algorithm) over three generations, and breaks them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "molt/containers.h"

/* The collector's links, allocated just before every container object so
 * that the object's own layout (part of the ABI) does not change. */
typedef struct GCHead {
    struct GCHead *next;
    struct GCHead *previous;
    intptr_t gc_refs;    /* during a collection; GC_REFS_IDLE otherwise */
    size_t size;         /* of the object, for the free lists */
} GCHead;

/* gc_refs outside the objects being collected (and for collected objects
 * found reachable), and for objects tentatively found unreachable. Objects
 * being collected hold a count >= 0 (references from outside the set). */
enum { GC_REFS_IDLE = -1, GC_REFS_UNREACHABLE = -2 };

/* Young objects are collected after GENERATION0_THRESHOLD more allocations
 * than deallocations of containers; survivors move to an older generation,
 * which is collected every GENERATION_RATIO collections of the one below.
 * The oldest is collected only when the survivors that entered it since its
 * last collection are as many as it held after that collection, so that a
 * growing heap costs about two full passes over it in all (CPython waits for
 * a quarter: five passes). */
enum { GENERATION_COUNT = 3, GENERATION0_THRESHOLD = 700, GENERATION_RATIO = 10 };

typedef struct Generation {
    GCHead head;      /* sentinel of a circular doubly linked list */
    int64_t count;    /* generation 0: allocations; others: collections below */
} Generation;

static Generation generations[GENERATION_COUNT] = {
    {{&generations[0].head, &generations[0].head, GC_REFS_IDLE, 0}, 0},
    {{&generations[1].head, &generations[1].head, GC_REFS_IDLE, 0}, 0},
    {{&generations[2].head, &generations[2].head, GC_REFS_IDLE, 0}, 0},
};
static int64_t long_lived_total;     /* objects in the oldest generation after its last collection */
static int64_t long_lived_pending;   /* objects moved into it since */
static bool collecting;

static GCHead *head_of(const MoltObject *object) { return (GCHead *)object - 1; }
static MoltObject *object_of(GCHead *head) { return (MoltObject *)(head + 1); }

static void list_init(GCHead *list) { list->next = list->previous = list; }
static bool list_is_empty(const GCHead *list) { return list->next == list; }

static void list_append(GCHead *node, GCHead *list) {
    node->previous = list->previous;
    node->next = list;
    list->previous->next = node;
    list->previous = node;
}

static void list_remove(GCHead *node) {
    node->previous->next = node->next;
    node->next->previous = node->previous;
    node->next = node->previous = NULL;
}

static void list_move(GCHead *node, GCHead *list) {
    list_remove(node);
    list_append(node, list);
}

/* Appends every node of `from` to `to`, leaving `from` empty. */
static void list_merge(GCHead *from, GCHead *to) {
    if (list_is_empty(from)) return;
    GCHead *last = to->previous;
    last->next = from->next;
    from->next->previous = last;
    to->previous = from->previous;
    from->previous->next = to;
    list_init(from);
}

/* The links of a child the collector looks at, or NULL for values that are
 * not containers: immediates, strings and numbers, and statically allocated
 * (immortal) objects, which have no links. */
static GCHead *tracked_head(MoltValue value) {
    if (!molt_is_ptr(value)) return NULL;
    MoltObject *object = molt_as_ptr(value);
    if (!object->type->traverse || object->refcount >= MOLT_IMMORTAL_REFCOUNT) return NULL;
    GCHead *head = head_of(object);
    return head->next ? head : NULL;
}

static void collect(int generation);

static void collect_if_due(void) {
    if (collecting || generations[0].count < GENERATION0_THRESHOLD) return;
    /* The oldest generation that is due, as CPython chooses it. */
    for (int generation = GENERATION_COUNT - 1; generation >= 0; generation--) {
        int64_t threshold = generation == 0 ? GENERATION0_THRESHOLD : GENERATION_RATIO;
        if (generations[generation].count < threshold) continue;
        if (generation == GENERATION_COUNT - 1 && long_lived_pending < long_lived_total) continue;
        collect(generation);
        return;
    }
}

/* Freed small containers of each size (in steps of FREE_LIST_STEP bytes)
 * are kept for the next allocation of that size: objects made and dropped in
 * a loop (a method returning a new instance) then cost no malloc/free. Each
 * list holds at most FREE_LIST_LIMIT blocks, so little memory stays idle.
 * Sanitizer builds free every block, so that use after free is caught. */
enum { FREE_LIST_STEP = 16, FREE_LIST_COUNT = 16, FREE_LIST_LIMIT = 256 };

#if defined(__SANITIZE_ADDRESS__)
#define MOLT_GC_FREE_LISTS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOLT_GC_FREE_LISTS 0
#endif
#endif
#ifndef MOLT_GC_FREE_LISTS
#define MOLT_GC_FREE_LISTS 1
#endif

typedef struct FreeList {
    GCHead *first;    /* linked through `next` */
    int count;
} FreeList;

static FreeList free_lists[FREE_LIST_COUNT];

/* The list for blocks of `size` bytes, or -1 when blocks that size are not kept. */
static int free_list_index(size_t size) {
    size_t index = (size + FREE_LIST_STEP - 1) / FREE_LIST_STEP;
    return MOLT_GC_FREE_LISTS && index < FREE_LIST_COUNT ? (int)index : -1;
}

static GCHead *block_allocate(size_t size) {
    int index = free_list_index(size);
    if (index >= 0 && free_lists[index].first) {
        GCHead *head = free_lists[index].first;
        free_lists[index].first = head->next;
        free_lists[index].count--;
        return head;
    }
    size_t rounded = index >= 0 ? (size_t)index * FREE_LIST_STEP : size;
    /* malloc and memset rather than calloc: glibc's calloc skips its fast
     * per-thread cache, and containers are allocated in hot loops. */
    GCHead *head = malloc(sizeof(GCHead) + rounded);
    if (!head) abort();
    return head;
}

static void block_free(GCHead *head) {
    int index = free_list_index(head->size);
    if (index >= 0 && free_lists[index].count < FREE_LIST_LIMIT) {
        head->next = free_lists[index].first;
        free_lists[index].first = head;
        free_lists[index].count++;
        return;
    }
    free(head);
}

void *molt_gc_allocate(size_t size, const MoltType *type) {
    collect_if_due();
    GCHead *head = block_allocate(size);
    head->size = size;
    head->gc_refs = GC_REFS_IDLE;
    list_append(head, &generations[0].head);
    generations[0].count++;
    MoltObject *object = object_of(head);
    memset(object, 0, size);
    object->refcount = 1;
    object->type = type;
    return object;
}

void molt_gc_untrack(MoltObject *object) {
    GCHead *head = head_of(object);
    if (!head->next) return;
    list_remove(head);
    if (generations[0].count > 0) generations[0].count--;
}

void molt_gc_track(MoltObject *object) {
    GCHead *head = head_of(object);
    if (head->next) return;
    head->gc_refs = GC_REFS_IDLE;
    list_append(head, &generations[0].head);
    generations[0].count++;
}

void molt_gc_free(MoltObject *object) {
    molt_gc_untrack(object);
    block_free(head_of(object));
}

/* ---- trial deletion ---- */

static void visit_subtract(MoltValue child, void *context) {
    (void)context;
    GCHead *head = tracked_head(child);
    if (head && head->gc_refs > 0) head->gc_refs--;
}

/* A reachable object's child is reachable too: one still ahead in the scan
 * gets a positive count; one already set aside as unreachable goes back to
 * the end of the list being scanned (`context`), to be scanned in turn. */
static void visit_reachable(MoltValue child, void *context) {
    GCHead *head = tracked_head(child);
    if (!head) return;
    if (head->gc_refs == 0) {
        head->gc_refs = 1;
    } else if (head->gc_refs == GC_REFS_UNREACHABLE) {
        list_move(head, (GCHead *)context);
        head->gc_refs = 1;
    }
}

static void visit_find_tracked(MoltValue child, void *context) {
    if (tracked_head(child)) *(bool *)context = true;
}

/* A tuple whose items are not tracked can never be part of a cycle (it
 * cannot change): the collector stops looking at it, as CPython does. */
static bool is_untrackable_tuple(MoltObject *object) {
    if (object->type != &molt_type_tuple) return false;
    bool holds_tracked = false;
    object->type->traverse(object, visit_find_tracked, &holds_tracked);
    return !holds_tracked;
}

/* Leaves in `young` the objects reachable from outside it and moves the rest
 * to `unreachable`; returns how many were moved. */
static int64_t move_unreachable(GCHead *young, GCHead *unreachable) {
    int64_t moved = 0;
    GCHead *node = young->next;
    while (node != young) {
        MoltObject *object = object_of(node);
        if (node->gc_refs > 0) {
            node->gc_refs = GC_REFS_IDLE;
            object->type->traverse(object, visit_reachable, young);
            GCHead *next = node->next;
            if (is_untrackable_tuple(object)) list_remove(node);
            node = next;
        } else {
            GCHead *next = node->next;
            list_move(node, unreachable);
            node->gc_refs = GC_REFS_UNREACHABLE;
            node = next;
            moved++;
        }
    }
    return moved;
}

/* Clears every unreachable object: the cycles fall apart and reference
 * counting frees them. Each object moves to `survivors` before it is
 * cleared; if something (a type without a clear slot) keeps it alive, that
 * is where it stays, and freeing it unlinks it from there. */
static void delete_garbage(GCHead *unreachable, GCHead *survivors) {
    while (!list_is_empty(unreachable)) {
        GCHead *node = unreachable->next;
        MoltObject *object = object_of(node);
        list_move(node, survivors);
        node->gc_refs = GC_REFS_IDLE;
        if (!object->type->clear) continue;
        object->refcount++;   /* clearing may drop the last reference to the object itself */
        object->type->clear(object);
        if (--object->refcount == 0) molt_dealloc(object);
    }
}

static size_t collected_last;

static void collect(int generation) {
    collecting = true;
    GCHead *young = &generations[generation].head;
    for (int younger = 0; younger < generation; younger++) {
        list_merge(&generations[younger].head, young);
        generations[younger].count = 0;
    }
    generations[generation].count = 0;
    bool oldest = generation == GENERATION_COUNT - 1;
    if (!oldest) generations[generation + 1].count++;
    GCHead *older = oldest ? young : &generations[generation + 1].head;

    /* gc_refs = references from outside the young set: the refcount minus
     * the references that young objects hold. */
    int64_t examined = 0;
    for (GCHead *node = young->next; node != young; node = node->next, examined++)
        node->gc_refs = object_of(node)->refcount;
    for (GCHead *node = young->next; node != young; node = node->next) {
        MoltObject *object = object_of(node);
        object->type->traverse(object, visit_subtract, NULL);
    }
    GCHead unreachable;
    list_init(&unreachable);
    int64_t unreachable_count = move_unreachable(young, &unreachable);
    collected_last = (size_t)unreachable_count;

    /* Survivors, counting untracked tuples too: close enough for pacing. */
    int64_t survivors = examined - unreachable_count;
    if (generation == GENERATION_COUNT - 2) long_lived_pending += survivors;
    if (oldest) {
        long_lived_total = survivors;
        long_lived_pending = 0;
    }
    if (!oldest) list_merge(young, older);
    delete_garbage(&unreachable, older);
    collecting = false;
}

size_t molt_gc_collect(void) {
    if (collecting) return 0;
    collect(GENERATION_COUNT - 1);
    return collected_last;
}

void molt_gc_shutdown(void) {
    /* Clearing garbage can make more garbage only through objects without a
     * clear slot; a few rounds settle it. */
    for (int round = 0; round < 4 && molt_gc_collect() > 0; round++) {}
    for (int generation = 0; generation < GENERATION_COUNT; generation++) {
        GCHead *list = &generations[generation].head;
        while (!list_is_empty(list)) list_remove(list->next);
    }
}
