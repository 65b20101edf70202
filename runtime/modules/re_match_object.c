/* re.Match: the spans of one match and what _sre's Match object offers on
 * them (group, groups, groupdict, start/end/span, expand, m[g], lastindex,
 * lastgroup, regs, string, re, pos, endpos), with CPython 3.12's repr
 * "<re.Match object; span=(0, 3), match='abc'>" and messages. */
#include <stdio.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/dict.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "re_internal.h"

typedef struct ReMatchObject {
    MoltObject header;
    MoltValue pattern, string;
    int64_t pos, endpos, lastindex;
    int groups;              /* capturing groups + 1 */
    int64_t marks[];
} ReMatchObject;

static ReMatchObject *match_object(MoltValue v) { return (ReMatchObject *)molt_as_ptr(v); }

MoltValue re_match_new(RePattern *pattern, MoltValue string, const int64_t *marks, int64_t lastindex, int64_t pos,
                       int64_t endpos) {
    int groups = pattern->groups + 1;
    ReMatchObject *match = molt_gc_allocate(sizeof *match + (size_t)groups * 2 * sizeof(int64_t), &molt_type_re_match);
    match->pattern = molt_new_reference(molt_from_ptr(pattern));
    match->string = molt_new_reference(string);
    match->pos = pos;
    match->endpos = endpos;
    match->lastindex = lastindex;
    match->groups = groups;
    for (int i = 0; i < groups * 2; i++) match->marks[i] = marks[i];
    /* A group whose start was set but not its end did not take part. */
    for (int g = 0; g < groups; g++)
        if (match->marks[2 * g] < 0 || match->marks[2 * g + 1] < 0) match->marks[2 * g] = match->marks[2 * g + 1] = -1;
    return molt_from_ptr(match);
}

static void match_dealloc(MoltObject *object) {
    ReMatchObject *match = (ReMatchObject *)object;
    molt_decref(match->pattern);
    molt_decref(match->string);
    molt_gc_free(object);
}

static void match_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    ReMatchObject *match = (ReMatchObject *)object;
    visit(match->pattern, context);
    visit(match->string, context);
}

/* match_getindex: a group number or name to its index; -1 with IndexError. */
static int group_index(const ReMatchObject *match, MoltValue key) {
    if (molt_is_int(key)) {
        int64_t i;
        if (molt_int_to_i64(key, &i) && i >= 0 && i < match->groups) return (int)i;
    } else {
        RePattern *pattern = molt_as_ptr(match->pattern);
        MoltValue index = molt_dict_lookup(pattern->groupindex, key);
        if (index == MOLT_ERROR) return -1;
        if (index != MOLT_STOP) return (int)molt_small_int_value(index);
    }
    molt_raise_format(&molt_type_IndexError, "no such group");
    return -1;
}

static MoltValue group_value(const ReMatchObject *match, int g, MoltValue missing) {
    if (match->marks[2 * g] < 0) return molt_new_reference(missing);
    return molt_str_substring(match->string, match->marks[2 * g], match->marks[2 * g + 1]);
}

static MoltValue group_of(const ReMatchObject *match, MoltValue key) {
    int g = group_index(match, key);
    return g < 0 ? MOLT_ERROR : group_value(match, g, MOLT_NONE);
}

static MoltValue span_tuple(int64_t start, int64_t end) {
    MoltValue items[2] = {molt_int_from_i64(start), molt_int_from_i64(end)};
    return molt_tuple_from_owned(items, 2);
}

static MoltValue match_group(ReMatchObject *match, const MoltValue *args, size_t nargs) {
    if (nargs == 0) return group_value(match, 0, MOLT_NONE);
    if (nargs == 1) return group_of(match, args[0]);
    MoltValue result = molt_tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        MoltValue item = group_of(match, args[i]);
        if (item == MOLT_ERROR) {
            for (size_t j = i; j < nargs; j++) molt_tuple_items(result)[j] = MOLT_NONE;
            molt_decref(result);
            return MOLT_ERROR;
        }
        molt_tuple_items(result)[i] = item;
    }
    return result;
}

static MoltValue match_groupdict(ReMatchObject *match, MoltValue missing) {
    RePattern *pattern = molt_as_ptr(match->pattern);
    MoltValue dict = molt_dict_new();
    int64_t position = 0;
    MoltValue key, value;
    while (molt_dict_next(pattern->groupindex, &position, &key, &value)) {
        MoltValue item = group_value(match, (int)molt_small_int_value(value), missing);
        int status = item == MOLT_ERROR ? -1 : molt_dict_setitem(dict, key, item);
        if (item != MOLT_ERROR) molt_decref(item);
        if (status < 0) {
            molt_decref(dict);
            return MOLT_ERROR;
        }
    }
    return dict;
}

/* start/end/span's optional group argument. */
static int optional_group(ReMatchObject *match, const char *name, const MoltValue *args, size_t nargs,
                          MoltValue kwnames) {
    if (molt_args_no_keywords(name, kwnames) < 0 || molt_args_check_count(name, nargs, 0, 1) < 0) return -1;
    return nargs ? group_index(match, args[0]) : 0;
}

static const char *const default_names[] = {"default", NULL};

static MoltValue match_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    ReMatchObject *match = match_object(self);
    if (strcmp(name, "group") == 0) {
        if (molt_args_no_keywords("group", kwnames) < 0) return MOLT_ERROR;
        return match_group(match, args, nargs);
    }
    if (strcmp(name, "groups") == 0 || strcmp(name, "groupdict") == 0) {
        MoltArgSpec spec = {name, 0, 1, default_names, 1};
        MoltValue parsed[1];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        MoltValue missing = parsed[0] == MOLT_ARG_MISSING ? MOLT_NONE : parsed[0];
        if (name[5] == 'd') return match_groupdict(match, missing);
        MoltValue result = molt_tuple_new(match->groups - 1);
        for (int g = 1; g < match->groups; g++) molt_tuple_items(result)[g - 1] = group_value(match, g, missing);
        return result;
    }
    if (strcmp(name, "start") == 0 || strcmp(name, "end") == 0 || strcmp(name, "span") == 0) {
        int g = optional_group(match, name, args, nargs, kwnames);
        if (g < 0) return MOLT_ERROR;
        if (name[0] == 's' && name[1] == 't') return molt_int_from_i64(match->marks[2 * g]);
        if (name[0] == 'e') return molt_int_from_i64(match->marks[2 * g + 1]);
        return span_tuple(match->marks[2 * g], match->marks[2 * g + 1]);
    }
    if (strcmp(name, "expand") == 0) {
        static const char *const names[] = {"template", NULL};
        static const MoltArgSpec spec = {"expand", 1, 1, names, 1};
        MoltValue parsed[1];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        if (!molt_is_str(parsed[0])) return re_raise_template_type(parsed[0]);
        ReTemplate template;
        if (re_template_parse(molt_as_ptr(match->pattern), parsed[0], &template) < 0) return MOLT_ERROR;
        MoltValue result = re_template_expand(&template, match->string, match->marks);
        re_template_free(&template);
        return result;
    }
    return re_copy_method(self, "re.Match", name, nargs, kwnames);
}

static const char *const match_method_names[] = {"group", "groups", "groupdict", "start", "end", "span",
                                                 "expand", "__copy__", "__deepcopy__", NULL};

static MoltValue match_getattr(MoltValue self, const char *name) {
    ReMatchObject *match = match_object(self);
    if (strcmp(name, "string") == 0) return molt_new_reference(match->string);
    if (strcmp(name, "re") == 0) return molt_new_reference(match->pattern);
    if (strcmp(name, "pos") == 0) return molt_int_from_i64(match->pos);
    if (strcmp(name, "endpos") == 0) return molt_int_from_i64(match->endpos);
    if (strcmp(name, "lastindex") == 0)
        return match->lastindex >= 0 ? molt_int_from_i64(match->lastindex) : MOLT_NONE;
    if (strcmp(name, "lastgroup") == 0) {
        if (match->lastindex < 0) return MOLT_NONE;
        RePattern *pattern = molt_as_ptr(match->pattern);
        int64_t position = 0;
        MoltValue key, value;
        while (molt_dict_next(pattern->groupindex, &position, &key, &value))
            if (molt_small_int_value(value) == match->lastindex) return molt_new_reference(key);
        return MOLT_NONE;
    }
    if (strcmp(name, "regs") == 0) {
        MoltValue result = molt_tuple_new(match->groups);
        for (int g = 0; g < match->groups; g++)
            molt_tuple_items(result)[g] = span_tuple(match->marks[2 * g], match->marks[2 * g + 1]);
        return result;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue match_getitem(MoltValue self, MoltValue key) { return group_of(match_object(self), key); }

static MoltValue match_repr(MoltValue self) {
    ReMatchObject *match = match_object(self);
    char head[96];
    snprintf(head, sizeof head, "<re.Match object; span=(%lld, %lld), match=", (long long)match->marks[0],
             (long long)match->marks[1]);
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, head);
    MoltValue group = group_value(match, 0, MOLT_NONE);
    int status = group == MOLT_ERROR ? -1 : molt_buffer_append_repr(&text, group);
    if (group != MOLT_ERROR) molt_decref(group);
    if (status < 0) {
        molt_buffer_free(&text);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&text, ">");
    return molt_buffer_finish(&text);
}

MoltType molt_type_re_match = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "re.Match",
    .module_name = "re",
    .base = &molt_type_object,
    .dealloc = match_dealloc,
    .repr = match_repr,
    .hash = molt_object_hash_identity,
    .getitem = match_getitem,
    .call_method = match_call_method,
    .getattr = match_getattr,
    .method_names = match_method_names,
    .traverse = match_traverse,
};
