/* Replacement templates of re.sub/subn and Match.expand: "\1", "\g<name>",
 * "\g<0>", octal and character escapes, parsed as CPython 3.12's
 * re._parser.parse_template (same errors at the same positions) into
 * literal pieces and group references, then expanded for each match. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/dict.h"
#include "../objects/str_internal.h"
#include "re_internal.h"

typedef struct TemplateParser {
    ReText text;
    int64_t index;
    uint32_t next[2];
    int next_length;
    MoltValue source;
    bool failed;
} TemplateParser;

static uint32_t char_at(const TemplateParser *t, int64_t i) { return re_subject_at(&t->text.subject, i); }

static int64_t tell(const TemplateParser *t) { return t->index - t->next_length; }

static void fail(TemplateParser *t, int64_t offset, const char *format, ...) __attribute__((format(printf, 3, 4)));
static void fail(TemplateParser *t, int64_t offset, const char *format, ...) {
    if (t->failed) return;
    t->failed = true;
    char message[256];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    re_raise_error(message, t->source, tell(t) - offset);
}

static void advance(TemplateParser *t) {
    int64_t index = t->index, length = t->text.subject.length;
    if (index >= length) {
        t->next_length = 0;
        return;
    }
    t->next[0] = char_at(t, index);
    t->next_length = 1;
    if (t->next[0] == '\\') {
        if (++index >= length) {
            t->next_length = 0;
            t->failed = true;
            re_raise_error("bad escape (end of pattern)", t->source, length - 1);
            return;
        }
        t->next[1] = char_at(t, index);
        t->next_length = 2;
    }
    t->index = index + 1;
}

static bool next_plain(const TemplateParser *t, bool (*test)(uint32_t)) {
    return t->next_length == 1 && test(t->next[0]);
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }

/* Pieces being collected: the literal text so far and the items. */
typedef struct Pieces {
    MoltStrBuilder literal;
    bool has_literal;
    ReTemplate *out;
    size_t capacity;
} Pieces;

static void add_item(Pieces *pieces, MoltValue literal, int group) {
    ReTemplate *out = pieces->out;
    if (out->count == pieces->capacity) {
        pieces->capacity = pieces->capacity ? pieces->capacity * 2 : 8;
        out->literals = realloc(out->literals, pieces->capacity * sizeof *out->literals);
        out->groups = realloc(out->groups, pieces->capacity * sizeof *out->groups);
    }
    out->literals[out->count] = literal;
    out->groups[out->count++] = group;
}

static void flush_literal(Pieces *pieces) {
    if (!pieces->has_literal) return;
    MoltValue text = molt_str_builder_finish(&pieces->literal);
    molt_str_builder_init(&pieces->literal, 0);
    pieces->has_literal = false;
    add_item(pieces, text, -1);
}

static void add_char(Pieces *pieces, uint32_t c) {
    molt_str_builder_append_code_point(&pieces->literal, c);
    pieces->has_literal = true;
}

static void add_group(TemplateParser *t, Pieces *pieces, RePattern *pattern, int64_t index, int64_t offset) {
    if (index > pattern->groups) {
        fail(t, offset, "invalid group reference %lld", (long long)index);
        return;
    }
    flush_literal(pieces);
    add_item(pieces, MOLT_NONE, (int)index);
}

/* \g<name> or \g<number>. */
static void parse_named(TemplateParser *t, Pieces *pieces, RePattern *pattern) {
    if (!(t->next_length == 1 && t->next[0] == '<')) {
        fail(t, 0, "missing <");
        return;
    }
    advance(t);
    int64_t name_start = tell(t), length = 0;
    bool decimal = true;
    for (;;) {
        int token = t->next_length;
        uint32_t c = t->next[0];
        advance(t);
        if (t->failed) return;
        if (token == 0) {
            if (length == 0) fail(t, 0, "missing group name");
            else fail(t, length, "missing >, unterminated name");
            return;
        }
        if (token == 1 && c == '>') {
            if (length == 0) {
                fail(t, 1, "missing group name");
                return;
            }
            break;
        }
        decimal = decimal && token == 1 && is_digit(c);
        length += token;
    }
    MoltValue name = molt_str_substring(t->source, name_start, name_start + length);
    if (decimal) {
        int64_t index = 0;
        for (int64_t i = 0; i < length && index < RE_MAXGROUPS; i++) index = index * 10 + (char_at(t, name_start + i) - '0');
        molt_decref(name);
        if (index >= RE_MAXGROUPS) {
            fail(t, length + 1, "invalid group reference %lld", (long long)index);
            return;
        }
        add_group(t, pieces, pattern, index, length + 1);
        return;
    }
    MoltValue identifier = molt_str_call_method(name, "isidentifier", NULL, 0, MOLT_NONE);
    if (identifier != MOLT_TRUE) {
        MoltValue repr = molt_repr(name);
        size_t size;
        const char *bytes = repr == MOLT_ERROR ? "?" : molt_str_utf8(repr, &size);
        fail(t, length + 1, "bad character in group name %s", bytes);
        if (repr != MOLT_ERROR) molt_decref(repr);
        molt_decref(name);
        return;
    }
    MoltValue index = molt_dict_lookup(pattern->groupindex, name);
    if (index == MOLT_STOP || index == MOLT_ERROR) {
        MoltValue repr = molt_repr(name);
        size_t size;
        const char *bytes = repr == MOLT_ERROR ? "?" : molt_str_utf8(repr, &size);
        molt_raise_format(&molt_type_IndexError, "unknown group name %s", bytes);
        if (repr != MOLT_ERROR) molt_decref(repr);
        molt_decref(name);
        t->failed = true;
        return;
    }
    molt_decref(name);
    add_group(t, pieces, pattern, molt_small_int_value(index), length + 1);
}

static uint32_t simple_escape(uint32_t c) {
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return 0;
    }
}

int re_template_parse(RePattern *pattern, MoltValue repl, ReTemplate *out) {
    memset(out, 0, sizeof *out);
    TemplateParser t = {.source = repl};
    re_text_init(&t.text, repl);
    Pieces pieces = {.out = out};
    molt_str_builder_init(&pieces.literal, 0);
    advance(&t);
    while (!t.failed && t.next_length) {
        int token = t.next_length;
        uint32_t this[4] = {t.next[0], t.next[1]};
        advance(&t);
        if (t.failed) break;
        if (token == 1) {
            add_char(&pieces, this[0]);
            continue;
        }
        uint32_t c = this[1];
        if (c == 'g') {
            parse_named(&t, &pieces, pattern);
        } else if (c == '0') {
            uint32_t value = 0;
            for (int i = 0; i < 2 && next_plain(&t, is_octal); i++) {
                value = value * 8 + (t.next[0] - '0');
                advance(&t);
            }
            add_char(&pieces, value & 0xFF);
        } else if (is_digit(c)) {
            int64_t length = 2;
            bool octal = false;
            if (next_plain(&t, is_digit)) {
                this[2] = t.next[0];
                advance(&t);
                length = 3;
                if (is_octal(c) && is_octal(this[2]) && next_plain(&t, is_octal)) {
                    this[3] = t.next[0];
                    advance(&t);
                    octal = true;
                    uint32_t value = (c - '0') * 64 + (this[2] - '0') * 8 + (this[3] - '0');
                    if (value > 0377) {
                        char text[8];
                        snprintf(text, sizeof text, "%c%c%c", (char)c, (char)this[2], (char)this[3]);
                        fail(&t, 4, "octal escape value \\%s outside of range 0-0o377", text);
                        break;
                    }
                    add_char(&pieces, value);
                }
            }
            if (!octal) {
                int64_t index = c - '0';
                if (length == 3) index = index * 10 + (this[2] - '0');
                add_group(&t, &pieces, pattern, index, length - 1);
            }
        } else {
            uint32_t value = simple_escape(c);
            if (value) {
                add_char(&pieces, value);
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                fail(&t, 2, "bad escape \\%c", (char)c);
            } else {
                add_char(&pieces, '\\');
                add_char(&pieces, c);
            }
        }
    }
    re_text_free(&t.text);
    if (t.failed) {
        MoltValue rest = molt_str_builder_finish(&pieces.literal);
        if (rest != MOLT_ERROR) molt_decref(rest);
        re_template_free(out);
        return -1;
    }
    flush_literal(&pieces);
    MoltValue rest = molt_str_builder_finish(&pieces.literal);
    if (rest != MOLT_ERROR) molt_decref(rest);
    return 0;
}

void re_template_free(ReTemplate *template) {
    for (size_t i = 0; i < template->count; i++) molt_decref(template->literals[i]);
    free(template->literals);
    free(template->groups);
    memset(template, 0, sizeof *template);
}

MoltValue re_template_expand(const ReTemplate *template, MoltValue string, const int64_t *marks) {
    MoltStrBuilder builder;
    molt_str_builder_init(&builder, 0);
    for (size_t i = 0; i < template->count; i++) {
        int group = template->groups[i];
        if (group < 0) {
            molt_str_builder_append_str(&builder, template->literals[i]);
            continue;
        }
        int64_t start = marks[2 * group], stop = marks[2 * group + 1];
        if (start < 0 || stop < 0) continue;
        MoltValue piece = molt_str_substring(string, start, stop);
        if (piece == MOLT_ERROR) {
            MoltValue partial = molt_str_builder_finish(&builder);
            if (partial != MOLT_ERROR) molt_decref(partial);
            return MOLT_ERROR;
        }
        molt_str_builder_append_str(&builder, piece);
        molt_decref(piece);
    }
    return molt_str_builder_finish(&builder);
}
