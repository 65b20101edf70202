/* The string module: its constants, capwords and Template (substitute,
 * safe_substitute, get_identifiers, is_valid), following CPython 3.12's
 * Lib/string.py. Template's default pattern ($$, $name, ${name}, else an
 * invalid placeholder; names are ASCII identifiers, any case) is scanned in
 * C over the template's UTF-8, since every character it looks for is ASCII. */
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

static MoltValue text_value(const char *text) { return molt_str_from_utf8(text, strlen(text)); }

#define DIGITS "0123456789"
#define LOWERCASE "abcdefghijklmnopqrstuvwxyz"
#define UPPERCASE "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define PUNCTUATION "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITESPACE " \t\n\r\x0b\x0c"

static MoltValue make_ascii_letters(void) { return text_value(LOWERCASE UPPERCASE); }
static MoltValue make_ascii_lowercase(void) { return text_value(LOWERCASE); }
static MoltValue make_ascii_uppercase(void) { return text_value(UPPERCASE); }
static MoltValue make_digits(void) { return text_value(DIGITS); }
static MoltValue make_hexdigits(void) { return text_value(DIGITS "abcdefABCDEF"); }
static MoltValue make_octdigits(void) { return text_value("01234567"); }
static MoltValue make_punctuation(void) { return text_value(PUNCTUATION); }
static MoltValue make_whitespace(void) { return text_value(WHITESPACE); }
static MoltValue make_printable(void) { return text_value(DIGITS LOWERCASE UPPERCASE PUNCTUATION WHITESPACE); }

/* capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))) */
static MoltValue string_capwords(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"s", "sep", NULL};
    static const MoltArgSpec spec = {"capwords", 1, 2, names, 2};
    MoltValue bound[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue sep = bound[1] == MOLT_ARG_MISSING ? MOLT_NONE : bound[1];
    MoltValue words = molt_call_method(bound[0], "split", &sep, 1, MOLT_NONE);
    if (words == MOLT_ERROR) return MOLT_ERROR;
    for (int64_t i = 0; i < molt_list_length(words); i++) {
        MoltValue word = molt_list_items(words)[i];
        MoltValue capitalized = molt_call_method(word, "capitalize", NULL, 0, MOLT_NONE);
        if (capitalized == MOLT_ERROR) {
            molt_decref(words);
            return MOLT_ERROR;
        }
        molt_list_items(words)[i] = capitalized;
        molt_decref(word);
    }
    int truth = molt_truthy(sep);
    MoltValue joiner = truth > 0 ? molt_new_reference(sep) : text_value(" ");
    MoltValue result = truth < 0 ? MOLT_ERROR : molt_call_method(joiner, "join", &words, 1, MOLT_NONE);
    molt_decref(joiner);
    molt_decref(words);
    return result;
}

/* ---- Template ------------------------------------------------------------------------ */

typedef struct Template {
    MoltObject header;
    MoltValue template_text;   /* whatever was passed, as Template.__init__ keeps it */
} Template;

extern MoltType molt_type_Template;

typedef enum PlaceholderKind { PLACEHOLDER_ESCAPED, PLACEHOLDER_NAMED, PLACEHOLDER_INVALID } PlaceholderKind;

typedef struct Placeholder {
    PlaceholderKind kind;
    size_t start, end;             /* the whole match, in bytes */
    size_t name_start, name_end;   /* PLACEHOLDER_NAMED */
} Placeholder;

static bool is_identifier_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_identifier_char(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9'); }

/* The next placeholder at or after *position; false when there is none. */
static bool next_placeholder(const char *text, size_t length, size_t *position, Placeholder *out) {
    const char *dollar = *position < length ? memchr(text + *position, '$', length - *position) : NULL;
    if (!dollar) return false;
    size_t start = (size_t)(dollar - text), i = start + 1;
    out->start = start;
    if (i < length && text[i] == '$') {
        out->kind = PLACEHOLDER_ESCAPED;
        out->end = i + 1;
    } else if (i < length && is_identifier_start(text[i])) {
        size_t end = i + 1;
        while (end < length && is_identifier_char(text[end])) end++;
        *out = (Placeholder){PLACEHOLDER_NAMED, start, end, i, end};
    } else {
        size_t end = i + 1;
        if (i < length && text[i] == '{' && end < length && is_identifier_start(text[end])) {
            while (end < length && is_identifier_char(text[end])) end++;
            if (end < length && text[end] == '}') {
                *out = (Placeholder){PLACEHOLDER_NAMED, start, end + 1, i + 1, end};
                *position = out->end;
                return true;
            }
        }
        out->kind = PLACEHOLDER_INVALID;
        out->end = i;   /* the invalid group is empty: only the delimiter is matched */
    }
    *position = out->end;
    return true;
}

static MoltValue template_text(MoltValue self, const char **text, size_t *length) {
    MoltValue value = ((Template *)molt_as_ptr(self))->template_text;
    if (!molt_is_str(value))
        return molt_raise_format(&molt_type_TypeError, "expected string or bytes-like object, got '%s'",
                                 molt_type_of(value)->name);
    *text = molt_str_utf8(value, length);
    return value;
}

static size_t code_points(const char *text, size_t length) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) count += ((unsigned char)text[i] & 0xC0) != 0x80;
    return count;
}

/* Template._invalid: the line and column of the invalid placeholder's
 * group (just after the delimiter), counted over str.splitlines(True). */
static MoltValue raise_invalid(MoltValue template_value, const char *text, size_t byte_index) {
    int64_t index = (int64_t)code_points(text, byte_index);
    MoltValue prefix = molt_str_from_utf8(text, byte_index);
    MoltValue keepends = MOLT_TRUE;
    MoltValue lines = molt_call_method(prefix, "splitlines", &keepends, 1, MOLT_NONE);
    molt_decref(prefix);
    (void)template_value;
    if (lines == MOLT_ERROR) return MOLT_ERROR;
    int64_t count = molt_list_length(lines), line = 1, column = 1;
    if (count > 0) {
        int64_t before = 0;
        for (int64_t i = 0; i + 1 < count; i++) before += molt_str_length(molt_list_items(lines)[i]);
        column = index - before;
        line = count;
    }
    molt_decref(lines);
    return molt_raise_format(&molt_type_ValueError, "Invalid placeholder in string: line %lld, col %lld",
                             (long long)line, (long long)column);
}

/* mapping[name] of substitute's mapping: keywords first (ChainMap(kws, mapping)). */
static MoltValue lookup(MoltValue mapping, MoltValue keywords, MoltValue name) {
    if (keywords != MOLT_NONE) {
        MoltValue found = molt_dict_lookup(keywords, name);
        if (found == MOLT_ERROR) return MOLT_ERROR;
        if (found != MOLT_STOP) return molt_new_reference(found);
        if (mapping == MOLT_NONE) return molt_raise_key_error(name);
    }
    return molt_getitem(mapping, name);
}

static MoltValue substitute(MoltValue self, MoltValue mapping, MoltValue keywords, bool safe) {
    const char *text;
    size_t length;
    MoltValue template_value = template_text(self, &text, &length);
    if (template_value == MOLT_ERROR) return MOLT_ERROR;
    molt_incref(template_value);   /* str() of a value could replace self's template */
    MoltBuffer out;
    molt_buffer_init(&out);
    size_t position = 0, copied = 0;
    Placeholder placeholder;
    while (next_placeholder(text, length, &position, &placeholder)) {
        molt_buffer_append(&out, text + copied, placeholder.start - copied);
        copied = placeholder.end;
        if (placeholder.kind == PLACEHOLDER_ESCAPED) {
            molt_buffer_append(&out, "$", 1);
            continue;
        }
        if (placeholder.kind == PLACEHOLDER_INVALID) {
            if (safe) {
                molt_buffer_append(&out, "$", 1);
                continue;
            }
            raise_invalid(template_value, text, placeholder.start + 1);
            goto fail;
        }
        MoltValue name = molt_str_from_utf8(text + placeholder.name_start, placeholder.name_end - placeholder.name_start);
        MoltValue value = lookup(mapping, keywords, name);
        molt_decref(name);
        if (value == MOLT_ERROR) {
            if (safe && molt_exc_matches(molt_from_type(&molt_type_KeyError)) == 1) {
                molt_decref(molt_exc_fetch());
                molt_buffer_append(&out, text + placeholder.start, placeholder.end - placeholder.start);
                continue;
            }
            goto fail;
        }
        int status = molt_buffer_append_str_of(&out, value);
        molt_decref(value);
        if (status < 0) goto fail;
    }
    molt_buffer_append(&out, text + copied, length - copied);
    molt_decref(template_value);
    return molt_buffer_finish(&out);
fail:
    molt_buffer_free(&out);
    molt_decref(template_value);
    return MOLT_ERROR;
}

static MoltValue template_identifiers(MoltValue self, bool *valid) {
    const char *text;
    size_t length;
    if (template_text(self, &text, &length) == MOLT_ERROR) return MOLT_ERROR;
    MoltValue ids = molt_list_new(0);
    size_t position = 0;
    Placeholder placeholder;
    *valid = true;
    while (next_placeholder(text, length, &position, &placeholder)) {
        if (placeholder.kind == PLACEHOLDER_INVALID) *valid = false;
        if (placeholder.kind != PLACEHOLDER_NAMED) continue;
        MoltValue name = molt_str_from_utf8(text + placeholder.name_start, placeholder.name_end - placeholder.name_start);
        int present = molt_contains(ids, name);
        if (present == 0) present = molt_list_append(ids, name);
        molt_decref(name);
        if (present < 0) {
            molt_decref(ids);
            return MOLT_ERROR;
        }
    }
    return ids;
}

static MoltValue template_new(MoltValue text) {
    Template *template = molt_object_allocate(sizeof *template, &molt_type_Template);
    template->template_text = molt_new_reference(text);
    return molt_from_ptr(template);
}

static void template_dealloc(MoltObject *object) {
    molt_decref(((Template *)object)->template_text);
    free(object);
}

static MoltValue template_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"template", NULL};
    static const MoltArgSpec spec = {"Template.__init__", 1, 1, names, 1};
    if (!molt_is_type(callable)) return molt_raise_format(&molt_type_TypeError, "'Template' object is not callable");
    MoltValue text;
    if (molt_args_parse(&spec, args, nargs, kwnames, &text) < 0) return MOLT_ERROR;
    return template_new(text);
}

static const char *const template_method_names[] = {"substitute", "safe_substitute", "get_identifiers", "is_valid",
                                                    NULL};

static MoltValue template_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                      MoltValue kwnames) {
    bool safe = strcmp(name, "safe_substitute") == 0;
    if (safe || strcmp(name, "substitute") == 0) {
        if (nargs > 1)
            return molt_raise_format(&molt_type_TypeError, "Template.%s() takes from 1 to 2 positional arguments but %zu were given",
                                     name, nargs + 1);
        MoltValue keywords = MOLT_NONE;
        size_t keyword_count = molt_args_keyword_count(kwnames);
        if (keyword_count) {
            keywords = molt_dict_new();
            for (size_t k = 0; k < keyword_count; k++) {
                if (molt_dict_setitem(keywords, molt_tuple_items(kwnames)[k], args[nargs + k]) < 0) {
                    molt_decref(keywords);
                    return MOLT_ERROR;
                }
            }
        }
        MoltValue mapping = nargs == 1 ? args[0] : MOLT_NONE;
        if (mapping == MOLT_NONE && keywords == MOLT_NONE) keywords = molt_dict_new();
        MoltValue result = substitute(self, mapping, keywords, safe);
        molt_decref(keywords);
        return result;
    }
    bool identifiers = strcmp(name, "get_identifiers") == 0;
    if (identifiers || strcmp(name, "is_valid") == 0) {
        if (molt_args_no_keywords(name, kwnames) < 0) return MOLT_ERROR;
        if (nargs)
            return molt_raise_format(&molt_type_TypeError, "Template.%s() takes 1 positional argument but %zu were given",
                                     name, nargs + 1);
        bool valid;
        MoltValue ids = template_identifiers(self, &valid);
        if (identifiers || ids == MOLT_ERROR) return ids;
        molt_decref(ids);
        return molt_from_bool(valid);
    }
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue template_getattr(MoltValue self, const char *name) {
    if (strcmp(name, "template") == 0) return molt_new_reference(((Template *)molt_as_ptr(self))->template_text);
    if (strcmp(name, "delimiter") == 0) return text_value("$");
    if (strcmp(name, "idpattern") == 0) return text_value("(?a:[_a-z][_a-z0-9]*)");
    if (strcmp(name, "braceidpattern") == 0) return MOLT_NONE;
    return MOLT_NOT_IMPLEMENTED;
}

MoltType molt_type_Template = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "string.Template",
    .module_name = "string",
    .base = &molt_type_object,
    .dealloc = template_dealloc,
    .hash = molt_object_hash_identity,
    .call = template_call,
    .call_method = template_call_method,
    .getattr = template_getattr,
    .method_names = template_method_names,
};

static MoltValue make_template_type(void) { return molt_from_type(&molt_type_Template); }

static const MoltModuleAttribute string_attributes[] = {
    {"ascii_letters", make_ascii_letters}, {"ascii_lowercase", make_ascii_lowercase},
    {"ascii_uppercase", make_ascii_uppercase}, {"digits", make_digits}, {"hexdigits", make_hexdigits},
    {"octdigits", make_octdigits}, {"punctuation", make_punctuation}, {"whitespace", make_whitespace},
    {"printable", make_printable}, {"Template", make_template_type},
};

static struct MoltBuiltinFunctionObject string_functions[] = {
    MOLT_MODULE_FUNCTION("capwords", string_capwords),
};

struct MoltModule molt_module_string = MOLT_MODULE("string", string_functions, string_attributes);
