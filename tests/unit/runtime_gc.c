/* Unit test of the cycle collector (runtime/core/gc.c): what a collection
 * frees and what it must keep, and that building millions of cycles runs in
 * bounded memory (peak RSS). Exits non-zero with a message on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "molt/molt.h"
#include "core/gc.h"
#include "objects/list.h"

static int failures;

static void check(bool condition, const char *what) {
    printf("%s %s\n", condition ? "ok  " : "FAIL", what);
    if (!condition) failures++;
}

static intptr_t refcount_of(MoltValue value) { return ((MoltObject *)molt_as_ptr(value))->refcount; }

static long peak_rss_kilobytes(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/* A self-referencing list and a dict that contains itself and the list. */
static void make_garbage_cycles(int64_t tag) {
    MoltValue list = molt_list_new(0);
    molt_list_append(list, molt_from_small_int(tag));
    molt_list_append(list, list);
    MoltValue dict = molt_dict_new();
    molt_dict_setitem(dict, molt_from_small_int(0), dict);
    molt_dict_setitem(dict, molt_from_small_int(1), list);
    molt_decref(list);
    molt_decref(dict);
}

int main(void) {
    molt_gc_collect();   /* start from an empty heap of containers */

    MoltValue lonely = molt_list_new(0);
    molt_list_append(lonely, lonely);
    molt_decref(lonely);
    check(molt_gc_collect() == 1, "an unreachable self-referencing list is collected");

    MoltValue text = molt_str_from_utf8("shared", 6);
    MoltValue holder = molt_list_new(0);
    molt_list_append(holder, holder);
    molt_list_append(holder, text);
    check(refcount_of(text) == 2, "the string is referenced by the cycle");
    molt_decref(holder);
    check(molt_gc_collect() == 1, "a cycle holding a string is collected");
    check(refcount_of(text) == 1, "collecting the cycle released its reference to the string");
    molt_decref(text);

    MoltValue outer = molt_list_new(0);
    MoltValue inner = molt_list_new(0);
    molt_list_append(inner, outer);
    molt_list_append(outer, inner);
    molt_decref(inner);   /* inner is now reachable only through outer */
    check(molt_gc_collect() == 0, "a cycle held from outside is kept");
    check(molt_list_length(outer) == 1 && molt_list_item_at(molt_list_item_at(outer, 0), 0) == outer,
          "its members are intact");
    molt_decref(outer);
    check(molt_gc_collect() == 2, "once released, both members are collected");

    MoltValue ring = molt_list_new(0);
    MoltValue node = ring;
    for (int i = 0; i < 1000; i++) {
        MoltValue next = molt_list_new(0);
        molt_list_append(node, next);
        if (node != ring) molt_decref(node);
        node = next;
    }
    molt_list_append(node, ring);
    molt_decref(node);
    molt_decref(ring);
    check(molt_gc_collect() == 1001, "a ring of 1001 lists is collected at once");

    long before = peak_rss_kilobytes();
    for (int64_t i = 0; i < 3000000; i++) make_garbage_cycles(i);
    long growth = peak_rss_kilobytes() - before;
    /* Without the collector the 6 million containers take about 1 GB. */
    check(growth < 32 * 1024, "three million garbage cycles run in bounded memory");
    if (growth >= 32 * 1024) printf("peak RSS grew by %ld KiB\n", growth);

    molt_gc_shutdown();
    return failures ? 1 : 0;
}
