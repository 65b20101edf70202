/* The re module: compile() and its cache, the module functions, re.error,
 * and the Pattern type (re.Pattern) with match/search/fullmatch, findall,
 * finditer, sub/subn and split, following CPython 3.12's re/__init__.py and
 * _sre.c (scanning, empty-match and replacement rules, messages). The
 * engine is re_parse.c, re_compile.c and re_match.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/gc.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "re_internal.h"

/* ---- subjects ------------------------------------------------------------------ */

void re_text_init(ReText *text, MoltValue str) {
    MoltStr *s = molt_str_object(str);
    text->owned = NULL;
    text->subject.length = s->char_length;
    if (s->is_ascii) {
        text->subject.bytes = (const uint8_t *)s->data;
        text->subject.chars = NULL;
        return;
    }
    text->owned = malloc(((size_t)s->char_length + 1) * sizeof *text->owned);
    const char *cursor = s->data;
    for (int64_t i = 0; i < s->char_length; i++) text->owned[i] = molt_utf8_decode(&cursor);
    text->owned[s->char_length] = 0;   /* read (as sre reads) by $ at the end */
    text->subject.bytes = NULL;
    text->subject.chars = text->owned;
}

void re_text_free(ReText *text) {
    free(text->owned);
    text->owned = NULL;
}

/* ---- re.error ------------------------------------------------------------------- */

static MoltClass *error_class;   /* a raw pointer so LeakSanitizer sees it */

static MoltValue error_type(void) {
    if (!error_class) {
        MoltValue made = molt_exception_class_new_in_module("error", "re", &molt_type_Exception);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        error_class = molt_as_ptr(made);
    }
    return molt_from_ptr(error_class);
}

static MoltValue make_error(void) {
    MoltValue type = error_type();
    return type == MOLT_ERROR ? MOLT_ERROR : molt_new_reference(type);
}

/* As re.error.__init__: "msg at position N", with "(line L, column C)" when
 * the pattern has several lines; the attributes msg, pattern, pos, lineno, colno. */
MoltValue re_raise_error(const char *message, MoltValue pattern, int64_t position) {
    MoltValue type = error_type();
    if (type == MOLT_ERROR) return MOLT_ERROR;
    char text[400];
    int64_t lineno = 1, colno = position + 1;
    if (position >= 0) {
        ReText subject;
        re_text_init(&subject, pattern);
        bool multiline = false;
        int64_t last_newline = -1;
        for (int64_t i = 0; i < subject.subject.length; i++) {
            if (re_subject_at(&subject.subject, i) != '\n') continue;
            multiline = true;
            if (i < position) {
                lineno++;
                last_newline = i;
            }
        }
        re_text_free(&subject);
        colno = position - last_newline;
        if (multiline)
            snprintf(text, sizeof text, "%s at position %lld (line %lld, column %lld)", message, (long long)position,
                     (long long)lineno, (long long)colno);
        else
            snprintf(text, sizeof text, "%s at position %lld", message, (long long)position);
    } else {
        snprintf(text, sizeof text, "%s", message);
    }
    MoltValue argument = molt_str_from_utf8(text, strlen(text));
    MoltValue error = molt_call(type, &argument, 1, MOLT_NONE);
    molt_decref(argument);
    if (error == MOLT_ERROR) return MOLT_ERROR;
    MoltValue msg = molt_str_from_utf8(message, strlen(message));
    bool has_position = position >= 0;
    MoltValue values[5] = {msg, has_position ? molt_new_reference(pattern) : MOLT_NONE,
                           has_position ? molt_int_from_i64(position) : MOLT_NONE,
                           has_position ? molt_int_from_i64(lineno) : MOLT_NONE,
                           has_position ? molt_int_from_i64(colno) : MOLT_NONE};
    static const char *const names[5] = {"msg", "pattern", "pos", "lineno", "colno"};
    int status = 0;
    for (int i = 0; i < 5; i++) {
        if (status == 0) status = molt_setattr(error, names[i], values[i]);
        molt_decref(values[i]);
    }
    if (status < 0) {
        molt_decref(error);
        return MOLT_ERROR;
    }
    molt_raise(error, MOLT_ERROR);
    molt_decref(error);
    return MOLT_ERROR;
}

/* ---- Pattern -------------------------------------------------------------------- */

static RePattern *pattern_object(MoltValue v) { return (RePattern *)molt_as_ptr(v); }

static void pattern_dealloc(MoltObject *object) {
    RePattern *pattern = (RePattern *)object;
    molt_decref(pattern->pattern);
    molt_decref(pattern->groupindex);
    re_program_free(&pattern->program);
    molt_gc_free(object);
}

static void pattern_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    RePattern *pattern = (RePattern *)object;
    visit(pattern->pattern, context);
    visit(pattern->groupindex, context);
}

static bool is_bytes_like(MoltValue v) {
    const MoltType *type = molt_type_of(v);
    return strcmp(type->name, "bytes") == 0 || strcmp(type->name, "bytearray") == 0 ||
           strcmp(type->name, "memoryview") == 0;
}

/* What parse_template's str(template, 'latin1') raises for a non-str template. */
MoltValue re_raise_template_type(MoltValue template) {
    return molt_raise_format(&molt_type_TypeError, "decoding to str: need a bytes-like object, %s found",
                             molt_type_of(template)->name);
}

/* The compile step proper: a new Pattern, or MOLT_ERROR with re.error set. */
static MoltValue pattern_new(MoltValue source, int flags) {
    ReText text;
    re_text_init(&text, source);
    size_t length = (size_t)text.subject.length;
    uint32_t *chars = malloc((length + 1) * sizeof *chars);
    for (size_t i = 0; i < length; i++) chars[i] = re_subject_at(&text.subject, (int64_t)i);
    re_text_free(&text);
    ReParse parse;
    int status = re_parse(chars, length, flags, &parse);
    free(chars);
    if (status < 0) {
        if (parse.error_kind == 1) return molt_raise_format(&molt_type_OverflowError, "%s", parse.message);
        if (parse.error_kind == 2) return molt_raise_format(&molt_type_ValueError, "%s", parse.message);
        if (parse.error_kind == 3) return molt_raise_format(&molt_type_NotImplementedError, "%s", parse.message);
        return re_raise_error(parse.message, source, parse.position);
    }
    RePattern *pattern = molt_gc_allocate(sizeof *pattern, &molt_type_re_pattern);
    pattern->pattern = molt_new_reference(source);
    pattern->flags = parse.flags;
    pattern->groups = parse.groups - 1;
    pattern->groupindex = molt_dict_new();
    memset(&pattern->program, 0, sizeof pattern->program);
    MoltValue result = molt_from_ptr(pattern);
    for (int g = 1; g < parse.groups && status == 0; g++) {
        if (!parse.group_names[g]) continue;
        MoltValue name = molt_str_from_utf8(parse.group_names[g], strlen(parse.group_names[g]));
        status = molt_dict_setitem(pattern->groupindex, name, molt_from_small_int(g));
        molt_decref(name);
    }
    char message[256];
    if (status == 0 && re_compile(&parse, &pattern->program, message) < 0) {
        re_raise_error(message, source, -1);
        status = -1;
    }
    re_parse_free(&parse);
    if (status < 0) {
        molt_decref(result);
        return MOLT_ERROR;
    }
    return result;
}

/* re._compile: the cache of compiled patterns, keyed by (type, pattern, flags). */
static MoltValue compile_cache;   /* a dict, made on first use */
#define CACHE_SIZE 512

static MoltValue re_compile_value(MoltValue source, MoltValue flags_value) {
    int64_t flags = 0;
    if (flags_value != MOLT_ARG_MISSING && !molt_int_to_i64(flags_value, &flags)) {
        if (!molt_is_int(flags_value))
            return molt_raise_format(&molt_type_TypeError, "unsupported operand type(s) for &: '%s' and 'int'",
                                     molt_type_of(flags_value)->name);
        return molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
    }
    if (flags & RE_FLAG_DEBUG)   /* CPython prints the parsed pattern, which Molt does not reproduce */
        return molt_raise_format(&molt_type_NotImplementedError, "Molt's re does not support re.DEBUG");
    if (molt_type_of(source) == &molt_type_re_pattern) {
        if (flags) return molt_raise_format(&molt_type_ValueError, "cannot process flags argument with a compiled pattern");
        return molt_new_reference(source);
    }
    if (!molt_is_str(source)) {
        if (is_bytes_like(source))
            return molt_raise_format(&molt_type_NotImplementedError, "Molt's re does not support bytes patterns yet");
        return molt_raise_format(&molt_type_TypeError, "first argument must be string or compiled pattern");
    }
    if (!compile_cache) compile_cache = molt_dict_new();
    MoltValue key_items[2] = {source, molt_int_from_i64(flags)};
    MoltValue key = molt_tuple_from_borrowed(key_items, 2);
    MoltValue cached = molt_dict_lookup(compile_cache, key);
    if (cached != MOLT_STOP && cached != MOLT_ERROR) {
        molt_decref(key);
        return molt_new_reference(cached);
    }
    MoltValue made = pattern_new(source, (int)flags);
    if (made != MOLT_ERROR && !(flags & RE_FLAG_DEBUG)) {
        if (molt_dict_length(compile_cache) >= CACHE_SIZE) {
            molt_decref(compile_cache);
            compile_cache = molt_dict_new();
        }
        if (molt_dict_setitem(compile_cache, key, made) < 0) molt_decref(molt_exc_fetch());
    }
    molt_decref(key);
    return made;
}

void molt_re_release(void) {
    MoltValue cache = compile_cache;
    compile_cache = 0;
    if (cache) molt_decref(cache);
    MoltClass *error = error_class;
    error_class = NULL;
    if (error) molt_decref(molt_from_ptr(error));
}

/* The subject of a matching method: a str (bytes are refused as CPython refuses them for a str pattern). */
static bool check_subject(MoltValue string) {
    if (molt_is_str(string)) return true;
    if (is_bytes_like(string))
        molt_raise_format(&molt_type_TypeError, "cannot use a string pattern on a bytes-like object");
    else
        molt_raise_format(&molt_type_TypeError, "expected string or bytes-like object, got '%s'",
                          molt_type_of(string)->name);
    return false;
}

/* pos and endpos, clamped as _sre's state_init. */
static bool bounds(MoltValue pos_value, MoltValue endpos_value, int64_t length, int64_t *pos, int64_t *endpos) {
    *pos = 0;
    *endpos = length;
    if (pos_value != MOLT_ARG_MISSING && !molt_str_index_arg(pos_value, pos)) return false;
    if (endpos_value != MOLT_ARG_MISSING && !molt_str_index_arg(endpos_value, endpos)) return false;
    if (*pos < 0) *pos = 0;
    if (*pos > length) *pos = length;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > length) *endpos = length;
    return true;
}

/* A search over one subject, repeated as findall/finditer/sub/split do. */
typedef struct Scan {
    RePattern *pattern;
    MoltValue string;
    ReText text;
    int64_t start, end;
    bool must_advance;
    int64_t *marks;
    int64_t lastindex;
} Scan;

static void scan_init(Scan *scan, RePattern *pattern, MoltValue string, int64_t start, int64_t end) {
    scan->pattern = pattern;
    scan->string = string;
    re_text_init(&scan->text, string);
    scan->start = start;
    scan->end = end;
    scan->must_advance = false;
    scan->marks = malloc((size_t)(pattern->groups + 1) * 2 * sizeof *scan->marks);
}

static void scan_free(Scan *scan) {
    re_text_free(&scan->text);
    free(scan->marks);
}

/* The next match: 1 (marks set, the scan moved past it), 0 none, -1 error. */
static int scan_next(Scan *scan) {
    if (scan->start > scan->end) return 0;
    int found = re_execute(&scan->pattern->program, &scan->text.subject, scan->start, scan->end, RE_MODE_SEARCH,
                           scan->must_advance, scan->marks, &scan->lastindex);
    if (found <= 0) return found;
    scan->must_advance = scan->marks[1] == scan->marks[0];
    scan->start = scan->marks[1];
    return 1;
}

/* A group's text, or `missing` (borrowed) when it did not take part. */
static MoltValue group_text(MoltValue string, const int64_t *marks, int group, MoltValue missing) {
    int64_t start = marks[2 * group], stop = marks[2 * group + 1];
    if (start < 0 || stop < 0) return molt_new_reference(missing);
    return molt_str_substring(string, start, stop);
}

static MoltValue match_one(RePattern *pattern, MoltValue string, MoltValue pos_value, MoltValue endpos_value,
                           ReMode mode) {
    if (!check_subject(string)) return MOLT_ERROR;
    int64_t pos, endpos;
    if (!bounds(pos_value, endpos_value, molt_str_length(string), &pos, &endpos)) return MOLT_ERROR;
    ReText text;
    re_text_init(&text, string);
    size_t slots = (size_t)(pattern->groups + 1) * 2;
    int64_t marks[slots], lastindex;
    int found = re_execute(&pattern->program, &text.subject, pos, endpos, mode, false, marks, &lastindex);
    re_text_free(&text);
    if (found < 0) return MOLT_ERROR;
    if (!found) return MOLT_NONE;
    return re_match_new(pattern, string, marks, lastindex, pos, endpos);
}

static MoltValue pattern_findall(RePattern *pattern, MoltValue string, MoltValue pos_value, MoltValue endpos_value) {
    if (!check_subject(string)) return MOLT_ERROR;
    int64_t pos, endpos;
    if (!bounds(pos_value, endpos_value, molt_str_length(string), &pos, &endpos)) return MOLT_ERROR;
    Scan scan;
    scan_init(&scan, pattern, string, pos, endpos);
    MoltValue list = molt_list_new(0);
    MoltValue empty = molt_str_empty();
    int found;
    while ((found = scan_next(&scan)) > 0) {
        MoltValue item;
        if (pattern->groups == 0) {
            item = group_text(string, scan.marks, 0, empty);
        } else if (pattern->groups == 1) {
            item = group_text(string, scan.marks, 1, empty);
        } else {
            item = molt_tuple_new(pattern->groups);
            for (int g = 1; g <= pattern->groups; g++)
                molt_tuple_items(item)[g - 1] = group_text(string, scan.marks, g, empty);
        }
        int status = molt_list_append(list, item);
        molt_decref(item);
        if (status < 0) found = -1;
        if (found < 0) break;
    }
    molt_decref(empty);
    scan_free(&scan);
    if (found < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

static MoltValue pattern_split(RePattern *pattern, MoltValue string, MoltValue maxsplit_value) {
    if (!check_subject(string)) return MOLT_ERROR;
    int64_t maxsplit = 0;
    if (maxsplit_value != MOLT_ARG_MISSING && !molt_str_index_arg(maxsplit_value, &maxsplit)) return MOLT_ERROR;
    MoltValue list = molt_list_new(0);
    if (maxsplit < 0) {   /* _sre: a negative maxsplit splits nothing */
        MoltValue whole = molt_new_reference(string);
        molt_list_append(list, whole);
        molt_decref(whole);
        return list;
    }
    Scan scan;
    scan_init(&scan, pattern, string, 0, molt_str_length(string));
    int64_t last = 0, n = 0;
    int found = 0;
    while (maxsplit == 0 || n < maxsplit) {
        found = scan_next(&scan);
        if (found <= 0) break;
        MoltValue piece = molt_str_substring(string, last, scan.marks[0]);
        int status = molt_list_append(list, piece);
        molt_decref(piece);
        for (int g = 1; status == 0 && g <= pattern->groups; g++) {
            MoltValue item = group_text(string, scan.marks, g, MOLT_NONE);
            status = molt_list_append(list, item);
            molt_decref(item);
        }
        if (status < 0) {
            found = -1;
            break;
        }
        n++;
        last = scan.marks[1];
    }
    scan_free(&scan);
    if (found >= 0) {
        MoltValue rest = molt_str_substring(string, last, molt_str_length(string));
        if (molt_list_append(list, rest) < 0) found = -1;
        molt_decref(rest);
    }
    if (found < 0) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    return list;
}

static bool contains_backslash(MoltValue str) {
    size_t length;
    const char *bytes = molt_str_utf8(str, &length);
    return memchr(bytes, '\\', length) != NULL;
}

/* sub and subn: the replaced string, and the count when `with_count`. */
static MoltValue pattern_subx(RePattern *pattern, MoltValue repl, MoltValue string, MoltValue count_value,
                              bool with_count) {
    int64_t limit = 0;
    if (count_value != MOLT_ARG_MISSING && !molt_str_index_arg(count_value, &limit)) return MOLT_ERROR;
    bool callable = false;
    ReTemplate template = {0};
    bool literal = false;
    if (molt_is_str(repl)) {
        if (contains_backslash(repl)) {
            if (re_template_parse(pattern, repl, &template) < 0) return MOLT_ERROR;
        } else {
            literal = true;
        }
    } else if (is_bytes_like(repl)) {
        return molt_raise_format(&molt_type_NotImplementedError, "Molt's re does not support bytes templates yet");
    } else if (molt_is_callable(repl)) {
        callable = true;
    } else {
        return re_raise_template_type(repl);
    }
    if (!check_subject(string)) {
        re_template_free(&template);
        return MOLT_ERROR;
    }
    Scan scan;
    scan_init(&scan, pattern, string, 0, molt_str_length(string));
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, 0);
    int64_t i = 0, n = 0, items = 0;
    int found = 0;
    while (limit <= 0 || n < limit) {
        if (limit < 0) break;
        found = scan_next(&scan);
        if (found <= 0) break;
        int64_t b = scan.marks[0], e = scan.marks[1];
        if (i < b) {
            MoltValue piece = molt_str_substring(string, i, b);
            molt_str_builder_append_str(&builder, piece);
            molt_decref(piece);
            items++;
        }
        MoltValue item = MOLT_NONE;
        if (literal) {
            item = molt_new_reference(repl);
        } else if (callable) {
            MoltValue match = re_match_new(pattern, string, scan.marks, scan.lastindex, 0, molt_str_length(string));
            item = match == MOLT_ERROR ? MOLT_ERROR : molt_call(repl, &match, 1, MOLT_NONE);
            if (match != MOLT_ERROR) molt_decref(match);
        } else {
            item = re_template_expand(&template, string, scan.marks);
        }
        if (item == MOLT_ERROR) {
            found = -1;
            break;
        }
        if (item != MOLT_NONE) {
            if (!molt_is_str(item)) {
                molt_raise_format(&molt_type_TypeError, "sequence item %lld: expected str instance, %s found",
                                  (long long)items, molt_type_of(item)->name);
                molt_decref(item);
                found = -1;
                break;
            }
            molt_str_builder_append_str(&builder, item);
            items++;
            molt_decref(item);
        }
        n++;
        i = e;
    }
    scan_free(&scan);
    re_template_free(&template);
    if (found >= 0 && i < molt_str_length(string)) {
        MoltValue rest = molt_str_substring(string, i, molt_str_length(string));
        molt_str_builder_append_str(&builder, rest);
        molt_decref(rest);
    }
    MoltValue result = molt_str_builder_finish(&builder);
    if (found < 0) {
        if (result != MOLT_ERROR) molt_decref(result);
        return MOLT_ERROR;
    }
    if (!with_count || result == MOLT_ERROR) return result;
    MoltValue pair[2] = {result, molt_int_from_i64(n)};
    return molt_tuple_from_owned(pair, 2);
}

/* ---- finditer's iterator (_sre.SRE_Scanner driven by a callable_iterator) ------ */

typedef struct ReIterator {
    MoltObject header;
    MoltValue pattern, string;
    Scan scan;
    bool done;
} ReIterator;

extern MoltType molt_type_re_iterator;

static void iterator_dealloc(MoltObject *object) {
    ReIterator *iterator = (ReIterator *)object;
    scan_free(&iterator->scan);
    molt_decref(iterator->pattern);
    molt_decref(iterator->string);
    molt_gc_free(object);
}

static void iterator_traverse(MoltObject *object, MoltVisitFunction visit, void *context) {
    ReIterator *iterator = (ReIterator *)object;
    visit(iterator->pattern, context);
    visit(iterator->string, context);
}

static MoltValue iterator_iter(MoltValue self) { return molt_new_reference(self); }

static MoltValue iterator_next(MoltValue self) {
    ReIterator *iterator = molt_as_ptr(self);
    if (iterator->done) return MOLT_STOP;
    int found = scan_next(&iterator->scan);
    if (found < 0) return MOLT_ERROR;
    if (found == 0) {
        iterator->done = true;
        return MOLT_STOP;
    }
    return re_match_new(pattern_object(iterator->pattern), iterator->string, iterator->scan.marks,
                        iterator->scan.lastindex, 0, iterator->scan.end);
}

MoltType molt_type_re_iterator = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "callable_iterator",
    .base = &molt_type_object,
    .dealloc = iterator_dealloc,
    .hash = molt_object_hash_identity,
    .iter = iterator_iter,
    .iternext = iterator_next,
    .traverse = iterator_traverse,
};

static MoltValue pattern_finditer(MoltValue self, MoltValue string, MoltValue pos_value, MoltValue endpos_value) {
    if (!check_subject(string)) return MOLT_ERROR;
    int64_t pos, endpos;
    if (!bounds(pos_value, endpos_value, molt_str_length(string), &pos, &endpos)) return MOLT_ERROR;
    ReIterator *iterator = molt_gc_allocate(sizeof *iterator, &molt_type_re_iterator);
    iterator->pattern = molt_new_reference(self);
    iterator->string = molt_new_reference(string);
    iterator->done = false;
    scan_init(&iterator->scan, pattern_object(self), string, pos, endpos);
    return molt_from_ptr(iterator);
}

/* ---- Pattern's methods and attributes ------------------------------------------ */

static const char *const match_names[] = {"string", "pos", "endpos", NULL};
static const char *const sub_names[] = {"repl", "string", "count", NULL};
static const char *const split_names[] = {"string", "maxsplit", NULL};

static MoltValue pattern_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    RePattern *pattern = pattern_object(self);
    ReMode mode = strcmp(name, "match") == 0 ? RE_MODE_MATCH
                  : strcmp(name, "fullmatch") == 0 ? RE_MODE_FULLMATCH
                                                   : RE_MODE_SEARCH;
    if (strcmp(name, "match") == 0 || strcmp(name, "fullmatch") == 0 || strcmp(name, "search") == 0 ||
        strcmp(name, "findall") == 0 || strcmp(name, "finditer") == 0) {
        MoltArgSpec spec = {name, 1, 3, match_names, 3};
        MoltValue parsed[3];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        if (name[0] == 'f' && name[4] == 'a') return pattern_findall(pattern, parsed[0], parsed[1], parsed[2]);
        if (name[0] == 'f' && name[4] == 'i') return pattern_finditer(self, parsed[0], parsed[1], parsed[2]);
        return match_one(pattern, parsed[0], parsed[1], parsed[2], mode);
    }
    if (strcmp(name, "sub") == 0 || strcmp(name, "subn") == 0) {
        MoltArgSpec spec = {name, 2, 3, sub_names, 3};
        MoltValue parsed[3];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        return pattern_subx(pattern, parsed[0], parsed[1], parsed[2], name[3] == 'n');
    }
    if (strcmp(name, "split") == 0) {
        MoltArgSpec spec = {name, 1, 2, split_names, 2};
        MoltValue parsed[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
        return pattern_split(pattern, parsed[0], parsed[1]);
    }
    return re_copy_method(self, "re.Pattern", name, nargs, kwnames);
}

MoltValue re_copy_method(MoltValue self, const char *type_name, const char *name, size_t nargs, MoltValue kwnames) {
    if (strcmp(name, "__copy__") == 0) {
        if (molt_args_none(type_name, name, nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_new_reference(self);
    }
    if (strcmp(name, "__deepcopy__") == 0) {
        if (molt_args_exactly_one("__deepcopy__", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_new_reference(self);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const pattern_method_names[] = {"match", "fullmatch", "search", "findall", "finditer", "sub",
                                                   "subn", "split", "__copy__", "__deepcopy__", NULL};

static MoltValue pattern_getattr(MoltValue self, const char *name) {
    RePattern *pattern = pattern_object(self);
    if (strcmp(name, "pattern") == 0) return molt_new_reference(pattern->pattern);
    if (strcmp(name, "flags") == 0) return molt_from_small_int(pattern->flags);
    if (strcmp(name, "groups") == 0) return molt_from_small_int(pattern->groups);
    if (strcmp(name, "groupindex") == 0) {
        MoltValue copy = molt_dict_new();
        if (molt_dict_update(copy, pattern->groupindex) < 0) {
            molt_decref(copy);
            return MOLT_ERROR;
        }
        return copy;
    }
    return MOLT_NOT_IMPLEMENTED;
}

/* re.compile('a+', re.IGNORECASE|re.MULTILINE), as _sre's pattern_repr. */
static MoltValue pattern_repr(MoltValue self) {
    RePattern *pattern = pattern_object(self);
    MoltValue source = pattern->pattern;
    MoltValue repr = molt_repr(source);
    if (repr == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer text;
    molt_buffer_init(&text);
    molt_buffer_append_cstr(&text, "re.compile(");
    if (molt_str_length(repr) > 200) {
        MoltValue cut = molt_str_substring(repr, 0, 200);
        molt_buffer_append_str(&text, cut);
        molt_decref(cut);
    } else {
        molt_buffer_append_str(&text, repr);
    }
    molt_decref(repr);
    int flags = pattern->flags;
    if ((flags & (RE_FLAG_LOCALE | RE_FLAG_UNICODE | RE_FLAG_ASCII)) == RE_FLAG_UNICODE) flags &= ~RE_FLAG_UNICODE;
    static const struct { const char *name; int value; } names[] = {
        {"re.IGNORECASE", RE_FLAG_IGNORECASE}, {"re.LOCALE", RE_FLAG_LOCALE}, {"re.MULTILINE", RE_FLAG_MULTILINE},
        {"re.DOTALL", RE_FLAG_DOTALL}, {"re.UNICODE", RE_FLAG_UNICODE}, {"re.VERBOSE", RE_FLAG_VERBOSE},
        {"re.DEBUG", RE_FLAG_DEBUG}, {"re.ASCII", RE_FLAG_ASCII},
    };
    if (flags) {
        molt_buffer_append_cstr(&text, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (!(flags & names[i].value)) continue;
            if (!first) molt_buffer_append_cstr(&text, "|");
            molt_buffer_append_cstr(&text, names[i].name);
            flags &= ~names[i].value;
            first = false;
        }
        if (flags) {
            char hex[32];
            snprintf(hex, sizeof hex, "%s0x%x", first ? "" : "|", (unsigned)flags);
            molt_buffer_append_cstr(&text, hex);
        }
    }
    molt_buffer_append_cstr(&text, ")");
    return molt_buffer_finish(&text);
}

static MoltValue pattern_richcompare(MoltValue a, MoltValue b, MoltCompareOp op) {
    if ((op != MOLT_CMP_EQ && op != MOLT_CMP_NE) || molt_type_of(a) != &molt_type_re_pattern ||
        molt_type_of(b) != &molt_type_re_pattern)
        return MOLT_NOT_IMPLEMENTED;
    RePattern *x = pattern_object(a), *y = pattern_object(b);
    bool equal = a == b || (x->flags == y->flags && molt_str_equal(x->pattern, y->pattern));
    return molt_from_bool(equal == (op == MOLT_CMP_EQ));
}

static int64_t pattern_hash(MoltValue self) {
    RePattern *pattern = pattern_object(self);
    int64_t hash = molt_str_hash(pattern->pattern);
    hash ^= pattern->flags;
    return hash == -1 ? -2 : hash;
}

MoltType molt_type_re_pattern = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "re.Pattern",
    .module_name = "re",
    .base = &molt_type_object,
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .call_method = pattern_call_method,
    .getattr = pattern_getattr,
    .method_names = pattern_method_names,
    .traverse = pattern_traverse,
};

/* ---- module functions ---------------------------------------------------------- */

static MoltValue call_on_compiled(MoltValue source, MoltValue flags, const char *method, const MoltValue *args,
                                  size_t nargs) {
    MoltValue compiled = re_compile_value(source, flags);
    if (compiled == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = pattern_call_method(compiled, method, args, nargs, MOLT_NONE);
    molt_decref(compiled);
    return result;
}

static MoltValue re_compile_function(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"pattern", "flags", NULL};
    static const MoltArgSpec spec = {"compile", 1, 2, names, 2};
    MoltValue parsed[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    return re_compile_value(parsed[0], parsed[1]);
}

/* match(pattern, string, flags=0) and its kind. */
static MoltValue module_match_like(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"pattern", "string", "flags", NULL};
    MoltArgSpec spec = {name, 2, 3, names, 3};
    MoltValue parsed[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    return call_on_compiled(parsed[0], parsed[2], name, &parsed[1], 1);
}

static MoltValue re_match(const MoltValue *a, size_t n, MoltValue k) { return module_match_like("match", a, n, k); }
static MoltValue re_search(const MoltValue *a, size_t n, MoltValue k) { return module_match_like("search", a, n, k); }
static MoltValue re_fullmatch(const MoltValue *a, size_t n, MoltValue k) { return module_match_like("fullmatch", a, n, k); }
static MoltValue re_findall(const MoltValue *a, size_t n, MoltValue k) { return module_match_like("findall", a, n, k); }
static MoltValue re_finditer(const MoltValue *a, size_t n, MoltValue k) { return module_match_like("finditer", a, n, k); }

static MoltValue module_sub(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags", NULL};
    MoltArgSpec spec = {name, 3, 5, names, 5};
    MoltValue parsed[5];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue forwarded[3] = {parsed[1], parsed[2], parsed[3] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[3]};
    return call_on_compiled(parsed[0], parsed[4], name, forwarded, 3);
}

static MoltValue re_sub(const MoltValue *a, size_t n, MoltValue k) { return module_sub("sub", a, n, k); }
static MoltValue re_subn(const MoltValue *a, size_t n, MoltValue k) { return module_sub("subn", a, n, k); }

static MoltValue re_split(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags", NULL};
    static const MoltArgSpec spec = {"split", 2, 4, names, 4};
    MoltValue parsed[4];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue forwarded[2] = {parsed[1], parsed[2] == MOLT_ARG_MISSING ? molt_from_small_int(0) : parsed[2]};
    return call_on_compiled(parsed[0], parsed[3], "split", forwarded, 2);
}

/* re.escape: a backslash before every character of _special_chars_map. */
static MoltValue re_escape(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"pattern", NULL};
    static const MoltArgSpec spec = {"escape", 1, 1, names, 1};
    MoltValue parsed[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, parsed) < 0) return MOLT_ERROR;
    MoltValue source = parsed[0];
    if (!molt_is_str(source)) {
        if (is_bytes_like(source))
            return molt_raise_format(&molt_type_NotImplementedError, "Molt's re.escape does not support bytes yet");
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not iterable", molt_type_of(source)->name);
    }
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    size_t length;
    const char *bytes = molt_str_utf8(source, &length);
    MoltBuffer text;
    molt_buffer_init(&text);
    for (size_t i = 0; i < length; i++) {
        if (bytes[i] && strchr(special, bytes[i])) molt_buffer_append(&text, "\\", 1);
        molt_buffer_append(&text, &bytes[i], 1);
    }
    return molt_buffer_finish(&text);
}

static MoltValue re_purge(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)args;
    if (molt_args_no_keywords("purge", kwnames) < 0 || molt_args_check_count("purge", nargs, 0, 0) < 0) return MOLT_ERROR;
    if (compile_cache) {
        molt_decref(compile_cache);
        compile_cache = 0;
    }
    return MOLT_NONE;
}

static struct MoltBuiltinFunctionObject functions[] = {
    MOLT_MODULE_FUNCTION("compile", re_compile_function),
    MOLT_MODULE_FUNCTION("match", re_match),
    MOLT_MODULE_FUNCTION("search", re_search),
    MOLT_MODULE_FUNCTION("fullmatch", re_fullmatch),
    MOLT_MODULE_FUNCTION("findall", re_findall),
    MOLT_MODULE_FUNCTION("finditer", re_finditer),
    MOLT_MODULE_FUNCTION("sub", re_sub),
    MOLT_MODULE_FUNCTION("subn", re_subn),
    MOLT_MODULE_FUNCTION("split", re_split),
    MOLT_MODULE_FUNCTION("escape", re_escape),
    MOLT_MODULE_FUNCTION("purge", re_purge),
};

#define FLAG_ATTRIBUTE(function, value) \
    static MoltValue function(void) { return molt_from_small_int(value); }
FLAG_ATTRIBUTE(flag_noflag, 0)
FLAG_ATTRIBUTE(flag_ignorecase, RE_FLAG_IGNORECASE)
FLAG_ATTRIBUTE(flag_locale, RE_FLAG_LOCALE)
FLAG_ATTRIBUTE(flag_multiline, RE_FLAG_MULTILINE)
FLAG_ATTRIBUTE(flag_dotall, RE_FLAG_DOTALL)
FLAG_ATTRIBUTE(flag_unicode, RE_FLAG_UNICODE)
FLAG_ATTRIBUTE(flag_verbose, RE_FLAG_VERBOSE)
FLAG_ATTRIBUTE(flag_ascii, RE_FLAG_ASCII)

static MoltValue make_pattern_type(void) { return molt_from_type(&molt_type_re_pattern); }
static MoltValue make_match_type(void) { return molt_from_type(&molt_type_re_match); }

static const MoltModuleAttribute attributes[] = {
    {"NOFLAG", flag_noflag},
    {"I", flag_ignorecase}, {"IGNORECASE", flag_ignorecase},
    {"L", flag_locale}, {"LOCALE", flag_locale},
    {"M", flag_multiline}, {"MULTILINE", flag_multiline},
    {"S", flag_dotall}, {"DOTALL", flag_dotall},
    {"U", flag_unicode}, {"UNICODE", flag_unicode},
    {"X", flag_verbose}, {"VERBOSE", flag_verbose},
    {"A", flag_ascii}, {"ASCII", flag_ascii},
    {"error", make_error},
    {"Pattern", make_pattern_type},
    {"Match", make_match_type},
};

struct MoltModule molt_module_re = MOLT_MODULE("re", functions, attributes);
