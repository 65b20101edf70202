/* The re parser: a pattern's code points to a tree of ReNode, following
 * CPython 3.12's re/_parser.py step for step (its tokenizer, escapes, sets,
 * repeats, groups and extensions, inline flags), so that the same patterns
 * are accepted and the same errors are raised at the same positions. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/str_internal.h"
#include "re_internal.h"

typedef struct Parser {
    const uint32_t *text;
    size_t length;
    size_t index;
    uint32_t next[2];        /* the next token: a character, or a backslash and one */
    int next_length;         /* 0 at the end of the pattern */
    uint32_t last[2];        /* the token take() returned */
    ReParse *out;
    int flags;               /* the global flags seen so far */
    int groups;              /* groups opened + 1 */
    size_t names_capacity;
    bool *closed;            /* [groups]: the group is closed (it may be referred to) */
    int lookbehind_groups;   /* groups open when the outermost lookbehind began, or -1 */
    int *ref_groups;         /* conditionals' group numbers, checked at the end */
    int64_t *ref_positions;
    size_t ref_count, ref_capacity;
    bool failed;
} Parser;

/* ---- errors ----------------------------------------------------------------- */

static void fail_at(Parser *p, int64_t position, const char *format, ...) {
    if (p->failed) return;
    p->failed = true;
    va_list args;
    va_start(args, format);
    vsnprintf(p->out->message, sizeof p->out->message, format, args);
    va_end(args);
    p->out->position = position;
}

static int64_t tell(const Parser *p) { return (int64_t)p->index - p->next_length; }

/* source.error(msg, offset): the position is tell() - offset. */
#define FAIL(p, offset, ...) fail_at((p), tell(p) - (int64_t)(offset), __VA_ARGS__)

static void overflow(Parser *p) {
    fail_at(p, -1, "the repetition number is too large");
    p->out->error_kind = 1;
}

/* UTF-8 of code points, for messages. */
static void utf8_of(const uint32_t *chars, size_t count, char *out, size_t size) {
    size_t used = 0;
    for (size_t i = 0; i < count && used + 5 < size; i++) used += molt_utf8_encode(chars[i], out + used);
    out[used] = '\0';
}

/* repr() of a name, for "unknown group name 'x'" (Python's quoting rules). */
static void repr_of(const uint32_t *chars, size_t count, char *out, size_t size) {
    char text[200];
    utf8_of(chars, count, text, sizeof text);
    MoltValue str = molt_str_from_utf8(text, strlen(text));
    MoltValue repr = str == MOLT_ERROR ? MOLT_ERROR : molt_repr(str);
    if (str != MOLT_ERROR) molt_decref(str);
    if (repr == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        snprintf(out, size, "'%s'", text);
        return;
    }
    size_t length;
    const char *bytes = molt_str_utf8(repr, &length);
    snprintf(out, size, "%.*s", (int)length, bytes);
    molt_decref(repr);
}

/* ---- the tokenizer ---------------------------------------------------------- */

static void advance(Parser *p) {
    size_t index = p->index;
    if (index >= p->length) {
        p->next_length = 0;
        return;
    }
    p->next[0] = p->text[index];
    p->next_length = 1;
    if (p->next[0] == '\\') {
        index++;
        if (index >= p->length) {
            fail_at(p, (int64_t)p->length - 1, "bad escape (end of pattern)");
            p->next_length = 0;
            return;
        }
        p->next[1] = p->text[index];
        p->next_length = 2;
    }
    p->index = index + 1;
}

static bool next_is(const Parser *p, uint32_t c) { return p->next_length == 1 && p->next[0] == c; }

static bool match_char(Parser *p, uint32_t c) {
    if (!next_is(p, c)) return false;
    advance(p);
    return true;
}

static void seek(Parser *p, size_t index) {
    p->index = index;
    advance(p);
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(uint32_t c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int hex_value(uint32_t c) { return is_digit(c) ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10); }

/* The next token when it is one plain character, else 0 with *ok false. */
static bool next_char(const Parser *p, uint32_t *c) {
    if (p->next_length != 1) return false;
    *c = p->next[0];
    return true;
}

/* getuntil(terminator, name): the characters up to terminator, into a
 * growing array; NULL on error. */
static uint32_t *get_until(Parser *p, uint32_t terminator, const char *name, size_t *count) {
    size_t capacity = 16, used = 0;
    uint32_t *result = malloc(capacity * sizeof *result);
    for (;;) {
        int length = p->next_length;
        uint32_t token[2] = {p->next[0], p->next[1]};
        advance(p);
        if (p->failed) break;
        if (length == 0) {
            if (used == 0) FAIL(p, 0, "missing %s", name);
            else FAIL(p, used, "missing %c, unterminated name", (char)terminator);
            break;
        }
        if (length == 1 && token[0] == terminator) {
            if (used == 0) FAIL(p, 1, "missing %s", name);
            break;
        }
        if (used + 2 > capacity) result = realloc(result, (capacity *= 2) * sizeof *result);
        for (int i = 0; i < length; i++) result[used++] = token[i];
    }
    if (p->failed) {
        free(result);
        return NULL;
    }
    *count = used;
    return result;
}

static bool is_identifier(const uint32_t *name, size_t count) {
    char text[1024];
    if (count * 4 + 1 > sizeof text) return false;
    utf8_of(name, count, text, sizeof text);
    MoltValue str = molt_str_from_utf8(text, strlen(text));
    if (str == MOLT_ERROR) return false;
    MoltValue result = molt_str_call_method(str, "isidentifier", NULL, 0, MOLT_NONE);
    molt_decref(str);
    return result == MOLT_TRUE;
}

static bool check_group_name(Parser *p, const uint32_t *name, size_t count, size_t offset) {
    if (is_identifier(name, count)) return true;
    char repr[256];
    repr_of(name, count, repr, sizeof repr);
    FAIL(p, count + offset, "bad character in group name %s", repr);
    return false;
}

static bool is_ascii_decimal(const uint32_t *name, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (!is_digit(name[i])) return false;
    return count > 0;
}

/* ---- nodes ------------------------------------------------------------------ */

static ReNode *node_new(Parser *p, ReNodeKind kind) {
    ReNode *node = calloc(1, sizeof *node);
    node->kind = kind;
    node->next_allocated = p->out->allocated;
    p->out->allocated = node;
    return node;
}

static void node_append(ReNode *list, ReNode *item) {
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 4;
        list->items = realloc(list->items, list->capacity * sizeof *list->items);
    }
    list->items[list->count++] = item;
}

static void set_append(ReNode *set, ReSetKind kind, uint32_t low, uint32_t high) {
    for (size_t i = 0; i < set->set_count; i++)   /* _uniq */
        if (set->set[i].kind == kind && set->set[i].low == low && set->set[i].high == high) return;
    if (set->set_count == set->set_capacity) {
        set->set_capacity = set->set_capacity ? set->set_capacity * 2 : 4;
        set->set = realloc(set->set, set->set_capacity * sizeof *set->set);
    }
    set->set[set->set_count++] = (ReSetItem){kind, low, high};
}

static ReNode *literal(Parser *p, uint32_t c) {
    ReNode *node = node_new(p, RE_NODE_LITERAL);
    node->value = c;
    return node;
}

static ReNode *category(Parser *p, ReCategory which) {
    ReNode *node = node_new(p, RE_NODE_SET);
    set_append(node, RE_SET_CATEGORY, which, which);
    return node;
}

static ReNode *at(Parser *p, ReAt where) {
    ReNode *node = node_new(p, RE_NODE_AT);
    node->value = where;
    return node;
}

/* ---- escapes ---------------------------------------------------------------- */

/* What an escape means in both contexts: a literal, a category (in_class
 * unchanged), or neither (0). */
static bool simple_escape(uint32_t c, uint32_t *value) {
    switch (c) {
    case 'a': *value = 7; return true;
    case 'f': *value = 12; return true;
    case 'n': *value = 10; return true;
    case 'r': *value = 13; return true;
    case 't': *value = 9; return true;
    case 'v': *value = 11; return true;
    case '\\': *value = '\\'; return true;
    default: return false;
    }
}

static int category_escape(uint32_t c) {
    switch (c) {
    case 'd': return RE_CATEGORY_DIGIT;
    case 'D': return RE_CATEGORY_NOT_DIGIT;
    case 's': return RE_CATEGORY_SPACE;
    case 'S': return RE_CATEGORY_NOT_SPACE;
    case 'w': return RE_CATEGORY_WORD;
    case 'W': return RE_CATEGORY_NOT_WORD;
    default: return -1;
    }
}

/* Reads up to `count` characters of `digits` after an escape whose text so
 * far is escape[0..*length). */
static void get_while(Parser *p, int count, bool (*digits)(uint32_t), uint32_t *escape, size_t *length) {
    for (int i = 0; i < count; i++) {
        uint32_t c;
        if (!next_char(p, &c) || !digits(c)) break;
        escape[(*length)++] = c;
        advance(p);
    }
}

static void escape_error(Parser *p, const char *what, const uint32_t *escape, size_t length) {
    char text[64];
    utf8_of(escape, length, text, sizeof text);
    FAIL(p, length, "%s %s", what, text);
}

/* \x.. \u.... \U........ : 1 and *value set, 0 not such an escape, -1 error. */
static int hex_escape(Parser *p, uint32_t *escape, size_t *length, uint32_t *value) {
    int digits = escape[1] == 'x' ? 2 : escape[1] == 'u' ? 4 : escape[1] == 'U' ? 8 : 0;
    if (!digits) return 0;
    get_while(p, digits, is_hex, escape, length);
    if (*length != (size_t)digits + 2) {
        escape_error(p, "incomplete escape", escape, *length);
        return -1;
    }
    uint64_t v = 0;
    for (size_t i = 2; i < *length; i++) v = v * 16 + (uint64_t)hex_value(escape[i]);
    if (v > 0x10FFFF) {   /* chr() raises ValueError: a bad escape */
        escape_error(p, "bad escape", escape, *length);
        return -1;
    }
    *value = (uint32_t)v;
    return 1;
}

static void named_escape_unsupported(Parser *p) {
    fail_at(p, tell(p), "Molt's re does not support \\N{...} escapes yet");
    p->out->error_kind = 3;
}

/* _class_escape: an escape inside [...]: a literal or a category set item. */
static bool class_escape(Parser *p, const uint32_t token[2], ReSetItem *item) {
    uint32_t escape[12] = {token[0], token[1]};
    size_t length = 2;
    uint32_t value;
    if (simple_escape(token[1], &value)) {
        *item = (ReSetItem){RE_SET_LITERAL, value, value};
        return true;
    }
    if (token[1] == 'b') {
        *item = (ReSetItem){RE_SET_LITERAL, 8, 8};
        return true;
    }
    int which = category_escape(token[1]);
    if (which >= 0) {
        *item = (ReSetItem){RE_SET_CATEGORY, (uint32_t)which, (uint32_t)which};
        return true;
    }
    int hex = hex_escape(p, escape, &length, &value);
    if (hex < 0) return false;
    if (hex > 0) {
        *item = (ReSetItem){RE_SET_LITERAL, value, value};
        return true;
    }
    uint32_t c = token[1];
    if (c == 'N') {
        named_escape_unsupported(p);
        return false;
    }
    if (is_octal(c)) {
        get_while(p, 2, is_octal, escape, &length);
        uint32_t v = 0;
        for (size_t i = 1; i < length; i++) v = v * 8 + (escape[i] - '0');
        if (v > 0377) {
            escape_error(p, "octal escape value", escape, length);
            snprintf(p->out->message + strlen(p->out->message),
                     sizeof p->out->message - strlen(p->out->message), " outside of range 0-0o377");
            return false;
        }
        *item = (ReSetItem){RE_SET_LITERAL, v, v};
        return true;
    }
    if (is_digit(c) || is_ascii_letter(c)) {
        escape_error(p, "bad escape", escape, length);
        return false;
    }
    *item = (ReSetItem){RE_SET_LITERAL, c, c};
    return true;
}

static bool group_is_closed(const Parser *p, int group) { return group < p->groups && p->closed[group]; }

static bool check_lookbehind_group(Parser *p, int group) {
    if (p->lookbehind_groups < 0) return true;
    if (!group_is_closed(p, group)) {
        FAIL(p, 0, "cannot refer to an open group");
        return false;
    }
    if (group >= p->lookbehind_groups) {
        FAIL(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
        return false;
    }
    return true;
}

static ReNode *group_reference(Parser *p, int group) {
    ReNode *node = node_new(p, RE_NODE_GROUPREF);
    node->group = group;
    return node;
}

/* _escape: an escape outside a set. */
static ReNode *escape_node(Parser *p, const uint32_t token[2]) {
    uint32_t escape[12] = {token[0], token[1]};
    size_t length = 2;
    uint32_t c = token[1], value;
    switch (c) {
    case 'A': return at(p, RE_AT_BEGINNING_STRING);
    case 'Z': return at(p, RE_AT_END_STRING);
    case 'b': return at(p, RE_AT_BOUNDARY);
    case 'B': return at(p, RE_AT_NON_BOUNDARY);
    default: break;
    }
    int which = category_escape(c);
    if (which >= 0) return category(p, (ReCategory)which);
    if (simple_escape(c, &value)) return literal(p, value);
    int hex = hex_escape(p, escape, &length, &value);
    if (hex < 0) return NULL;
    if (hex > 0) return literal(p, value);
    if (c == 'N') {
        named_escape_unsupported(p);
        return NULL;
    }
    if (c == '0') {
        get_while(p, 2, is_octal, escape, &length);
        uint32_t v = 0;
        for (size_t i = 1; i < length; i++) v = v * 8 + (escape[i] - '0');
        return literal(p, v);
    }
    if (is_digit(c)) {
        uint32_t d;
        if (next_char(p, &d) && is_digit(d)) {
            escape[length++] = d;
            advance(p);
            uint32_t e;
            if (is_octal(escape[1]) && is_octal(escape[2]) && next_char(p, &e) && is_octal(e)) {
                escape[length++] = e;
                advance(p);
                uint32_t v = (escape[1] - '0') * 64 + (escape[2] - '0') * 8 + (escape[3] - '0');
                if (v > 0377) {
                    escape_error(p, "octal escape value", escape, length);
                    snprintf(p->out->message + strlen(p->out->message),
                             sizeof p->out->message - strlen(p->out->message), " outside of range 0-0o377");
                    return NULL;
                }
                return literal(p, v);
            }
        }
        int group = 0;
        for (size_t i = 1; i < length; i++) group = group * 10 + (int)(escape[i] - '0');
        if (group < p->groups) {
            if (!group_is_closed(p, group)) {
                FAIL(p, length, "cannot refer to an open group");
                return NULL;
            }
            if (!check_lookbehind_group(p, group)) return NULL;
            return group_reference(p, group);
        }
        FAIL(p, length - 1, "invalid group reference %d", group);
        return NULL;
    }
    if (is_ascii_letter(c)) {
        escape_error(p, "bad escape", escape, length);
        return NULL;
    }
    return literal(p, c);
}

/* ---- sets ------------------------------------------------------------------- */

/* The next token of a set into token: its length, or -1 at the end of the
 * pattern ("unterminated character set", `here` being the "[") or on error. */
static int set_token(Parser *p, int64_t here, uint32_t token[2]) {
    int length = p->next_length;
    token[0] = p->next[0];
    token[1] = p->next[1];
    advance(p);
    if (p->failed) return -1;
    if (length == 0) {
        FAIL(p, tell(p) - here, "unterminated character set");
        return -1;
    }
    return length;
}

static ReNode *parse_set(Parser *p) {
    int64_t here = tell(p) - 1;
    ReNode *set = node_new(p, RE_NODE_SET);
    bool negate = match_char(p, '^');
    for (;;) {
        uint32_t this[2];
        int length = set_token(p, here, this);
        if (length < 0) return NULL;
        if (length == 1 && this[0] == ']' && set->set_count > 0) break;
        ReSetItem code1;
        if (length == 2) {
            if (!class_escape(p, this, &code1)) return NULL;
        } else {
            code1 = (ReSetItem){RE_SET_LITERAL, this[0], this[0]};
        }
        if (match_char(p, '-')) {
            uint32_t that[2];
            int that_length = set_token(p, here, that);
            if (that_length < 0) return NULL;
            if (that_length == 1 && that[0] == ']') {
                set_append(set, code1.kind, code1.low, code1.high);
                set_append(set, RE_SET_LITERAL, '-', '-');
                break;
            }
            ReSetItem code2;
            if (that_length == 2) {
                if (!class_escape(p, that, &code2)) return NULL;
            } else {
                code2 = (ReSetItem){RE_SET_LITERAL, that[0], that[0]};
            }
            if (code1.kind != RE_SET_LITERAL || code2.kind != RE_SET_LITERAL || code2.low < code1.low) {
                char a[16], b[16];
                utf8_of(this, (size_t)length, a, sizeof a);
                utf8_of(that, (size_t)that_length, b, sizeof b);
                FAIL(p, (size_t)length + 1 + (size_t)that_length, "bad character range %s-%s", a, b);
                return NULL;
            }
            set_append(set, RE_SET_RANGE, code1.low, code2.low);
        } else {
            set_append(set, code1.kind, code1.low, code1.high);
        }
    }
    if (set->set_count == 1 && set->set[0].kind == RE_SET_LITERAL) {
        ReNode *single = node_new(p, negate ? RE_NODE_NOT_LITERAL : RE_NODE_LITERAL);
        single->value = set->set[0].low;
        return single;
    }
    set->negate = negate;
    return set;
}

/* ---- inline flags ----------------------------------------------------------- */

static int flag_of(uint32_t c) {
    switch (c) {
    case 'i': return RE_FLAG_IGNORECASE;
    case 'L': return RE_FLAG_LOCALE;
    case 'm': return RE_FLAG_MULTILINE;
    case 's': return RE_FLAG_DOTALL;
    case 'x': return RE_FLAG_VERBOSE;
    case 'a': return RE_FLAG_ASCII;
    case 't': return RE_FLAG_TEMPLATE;
    case 'u': return RE_FLAG_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (RE_FLAG_ASCII | RE_FLAG_LOCALE | RE_FLAG_UNICODE)
#define GLOBAL_FLAGS (RE_FLAG_DEBUG | RE_FLAG_TEMPLATE)

static bool is_alpha_char(uint32_t c) {
    if (c < 128) return is_ascii_letter(c);
    char text[8];
    utf8_of(&c, 1, text, sizeof text);
    MoltValue str = molt_str_from_utf8(text, strlen(text));
    if (str == MOLT_ERROR) return false;
    MoltValue result = molt_str_call_method(str, "isalpha", NULL, 0, MOLT_NONE);
    molt_decref(str);
    return result == MOLT_TRUE;
}

/* The next token as one character for the flag loop; 0 at the end, an
 * escape counts as two characters (for the offsets of messages). */
static int take(Parser *p, uint32_t *c) {
    int length = p->next_length;
    p->last[0] = p->next[0];
    p->last[1] = p->next[1];
    *c = p->next[0];
    advance(p);
    return length;
}

/* _parse_flags: 1 scoped flags in add and del, 0 global flags (added to
 * p->flags), -1 error. `c` is the first flag character (or '-'). */
static int parse_flags(Parser *p, uint32_t c, int *add, int *del) {
    int add_flags = 0, del_flags = 0, length = 1;
    if (c != '-') {
        for (;;) {
            int flag = flag_of(c);
            if (c == 'L') {
                FAIL(p, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
                return -1;
            }
            add_flags |= flag;
            if ((flag & TYPE_FLAGS) && (add_flags & TYPE_FLAGS) != flag) {
                FAIL(p, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                return -1;
            }
            length = take(p, &c);
            if (length == 0) {
                FAIL(p, 0, "missing -, : or )");
                return -1;
            }
            if (length == 1 && (c == ')' || c == '-' || c == ':')) break;
            if (length != 1 || !flag_of(c)) {
                FAIL(p, length, length == 1 && is_alpha_char(c) ? "unknown flag" : "missing -, : or )");
                return -1;
            }
        }
    }
    if (c == ')') {
        p->flags |= add_flags;
        return 0;
    }
    if (add_flags & GLOBAL_FLAGS) {
        FAIL(p, 1, "bad inline flags: cannot turn on global flag");
        return -1;
    }
    if (c == '-') {
        length = take(p, &c);
        if (length == 0) {
            FAIL(p, 0, "missing flag");
            return -1;
        }
        if (length != 1 || !flag_of(c)) {
            FAIL(p, length, length == 1 && is_alpha_char(c) ? "unknown flag" : "missing flag");
            return -1;
        }
        for (;;) {
            int flag = flag_of(c);
            if (flag & TYPE_FLAGS) {
                FAIL(p, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                return -1;
            }
            del_flags |= flag;
            length = take(p, &c);
            if (length == 0) {
                FAIL(p, 0, "missing :");
                return -1;
            }
            if (length == 1 && c == ':') break;
            if (length != 1 || !flag_of(c)) {
                FAIL(p, length, length == 1 && is_alpha_char(c) ? "unknown flag" : "missing :");
                return -1;
            }
        }
    }
    if (del_flags & GLOBAL_FLAGS) {
        FAIL(p, 1, "bad inline flags: cannot turn off global flag");
        return -1;
    }
    if (add_flags & del_flags) {
        FAIL(p, 1, "bad inline flags: flag turned on and off");
        return -1;
    }
    *add = add_flags;
    *del = del_flags;
    return 1;
}

/* ---- groups ----------------------------------------------------------------- */

static int open_group(Parser *p, uint32_t *name, size_t name_length) {
    int group = p->groups++;
    if ((size_t)p->groups > p->names_capacity) {
        p->names_capacity *= 2;
        p->out->group_names = realloc(p->out->group_names, p->names_capacity * sizeof *p->out->group_names);
        p->closed = realloc(p->closed, p->names_capacity * sizeof *p->closed);
    }
    p->out->group_names[group] = NULL;
    p->closed[group] = false;
    if (p->groups > RE_MAXGROUPS) {
        FAIL(p, name ? name_length + 1 : 0, "too many groups");
        return -1;
    }
    if (name) {
        char text[512];
        utf8_of(name, name_length, text, sizeof text);
        for (int g = 1; g < group; g++) {
            if (p->out->group_names[g] && strcmp(p->out->group_names[g], text) == 0) {
                char repr[256];
                repr_of(name, name_length, repr, sizeof repr);
                FAIL(p, name_length + 1, "redefinition of group name %s as group %d; was group %d", repr, group, g);
                return -1;
            }
        }
        p->out->group_names[group] = strdup(text);
    }
    return group;
}

static int find_group(const Parser *p, const uint32_t *name, size_t length) {
    char text[512];
    utf8_of(name, length, text, sizeof text);
    for (int g = 1; g < p->groups; g++)
        if (p->out->group_names[g] && strcmp(p->out->group_names[g], text) == 0) return g;
    return -1;
}

/* ---- the grammar ------------------------------------------------------------ */

static ReNode *parse_alternation(Parser *p, bool verbose, int nested);
static ReNode *parse_sequence(Parser *p, bool verbose, int nested, bool first);

static bool is_whitespace(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool is_repeat(const ReNode *node) { return node->kind == RE_NODE_REPEAT; }

/* A repeat char ("*+?{") after an item: the repeat node replaces the item, or
 * for "{" not followed by a count, a literal "{" is appended. */
static bool parse_repeat(Parser *p, ReNode *sequence, uint32_t this) {
    int64_t here = tell(p);
    uint32_t min = 0, max = RE_MAXREPEAT;
    if (this == '?') {
        max = 1;
    } else if (this == '+') {
        min = 1;
    } else if (this == '{') {
        if (next_is(p, '}')) {
            node_append(sequence, literal(p, '{'));
            return true;
        }
        uint64_t low = 0, high = 0;
        bool has_low = false, has_high = false, low_big = false, high_big = false;
        uint32_t c;
        while (next_char(p, &c) && is_digit(c)) {
            low = low * 10 + (c - '0');
            if (low >= RE_MAXREPEAT) { low_big = true; low = RE_MAXREPEAT; }
            has_low = true;
            advance(p);
        }
        if (match_char(p, ',')) {
            while (next_char(p, &c) && is_digit(c)) {
                high = high * 10 + (c - '0');
                if (high >= RE_MAXREPEAT) { high_big = true; high = RE_MAXREPEAT; }
                has_high = true;
                advance(p);
            }
        } else {
            high = low;
            has_high = has_low;
            high_big = low_big;
        }
        if (!match_char(p, '}')) {
            node_append(sequence, literal(p, '{'));
            seek(p, (size_t)here);
            return true;
        }
        if (has_low) {
            if (low_big) {
                overflow(p);
                return false;
            }
            min = (uint32_t)low;
        }
        if (has_high) {
            if (high_big) {
                overflow(p);
                return false;
            }
            max = (uint32_t)high;
            if (max < min) {
                FAIL(p, tell(p) - here, "min repeat greater than max repeat");
                return false;
            }
        }
    }
    ReNode *item = sequence->count ? sequence->items[sequence->count - 1] : NULL;
    if (!item || item->kind == RE_NODE_AT) {
        FAIL(p, tell(p) - here + 1, "nothing to repeat");
        return false;
    }
    if (is_repeat(item)) {
        FAIL(p, tell(p) - here + 1, "multiple repeat");
        return false;
    }
    if (item->kind == RE_NODE_GROUP && item->group == 0 && !item->add_flags && !item->del_flags) item = item->body;
    ReNode *repeat = node_new(p, RE_NODE_REPEAT);
    repeat->min = min;
    repeat->max = max;
    repeat->body = item;
    repeat->repeat = match_char(p, '?') ? RE_LAZY : match_char(p, '+') ? RE_POSSESSIVE : RE_GREEDY;
    sequence->items[sequence->count - 1] = repeat;
    return true;
}

static bool expect_close(Parser *p, int64_t start) {
    if (match_char(p, ')')) return true;
    FAIL(p, tell(p) - start, "missing ), unterminated subpattern");
    return false;
}

/* (?P<name>...), (?P=name) */
static ReNode *parse_python_extension(Parser *p, uint32_t **name, size_t *name_length) {
    if (match_char(p, '<')) {
        *name = get_until(p, '>', "group name", name_length);
        if (*name && !check_group_name(p, *name, *name_length, 1)) {
            free(*name);
            *name = NULL;
        }
        if (!*name) return NULL;
        return (ReNode *)1;   /* go on to the group's body */
    }
    if (match_char(p, '=')) {
        size_t length;
        uint32_t *reference = get_until(p, ')', "group name", &length);
        if (!reference) return NULL;
        ReNode *result = NULL;
        if (check_group_name(p, reference, length, 1)) {
            int group = find_group(p, reference, length);
            if (group < 0) {
                char repr[256];
                repr_of(reference, length, repr, sizeof repr);
                FAIL(p, length + 1, "unknown group name %s", repr);
            } else if (!group_is_closed(p, group)) {
                FAIL(p, length + 1, "cannot refer to an open group");
            } else if (check_lookbehind_group(p, group)) {
                result = group_reference(p, group);
            }
        }
        free(reference);
        return result;
    }
    uint32_t c;
    int length = take(p, &c);
    if (length == 0) FAIL(p, 0, "unexpected end of pattern");
    else {
        char text[16];
        utf8_of(p->last, (size_t)length, text, sizeof text);
        FAIL(p, length + 2, "unknown extension ?P%s", text);
    }
    return NULL;
}

/* (?(1)yes|no) */
static ReNode *parse_conditional(Parser *p, bool verbose, int nested, int64_t start) {
    size_t length;
    uint32_t *name = get_until(p, ')', "group name", &length);
    if (!name) return NULL;
    int group;
    if (!is_ascii_decimal(name, length)) {
        if (!check_group_name(p, name, length, 1)) {
            free(name);
            return NULL;
        }
        group = find_group(p, name, length);
        if (group < 0) {
            char repr[256];
            repr_of(name, length, repr, sizeof repr);
            FAIL(p, length + 1, "unknown group name %s", repr);
            free(name);
            return NULL;
        }
    } else {
        uint64_t number = 0;
        for (size_t i = 0; i < length && number < RE_MAXGROUPS; i++) number = number * 10 + (name[i] - '0');
        if (number == 0) {
            FAIL(p, length + 1, "bad group number");
            free(name);
            return NULL;
        }
        if (number >= RE_MAXGROUPS) {
            FAIL(p, length + 1, "invalid group reference %llu", (unsigned long long)number);
            free(name);
            return NULL;
        }
        group = (int)number;
        bool known = false;
        for (size_t i = 0; i < p->ref_count; i++) known |= p->ref_groups[i] == group;
        if (!known) {
            if (p->ref_count == p->ref_capacity) {
                p->ref_capacity = p->ref_capacity ? p->ref_capacity * 2 : 4;
                p->ref_groups = realloc(p->ref_groups, p->ref_capacity * sizeof *p->ref_groups);
                p->ref_positions = realloc(p->ref_positions, p->ref_capacity * sizeof *p->ref_positions);
            }
            p->ref_groups[p->ref_count] = group;
            p->ref_positions[p->ref_count++] = tell(p) - (int64_t)length - 1;
        }
    }
    free(name);
    if (!check_lookbehind_group(p, group)) return NULL;
    ReNode *node = node_new(p, RE_NODE_GROUPREF_EXISTS);
    node->group = group;
    node->body = parse_sequence(p, verbose, nested + 1, false);
    if (p->failed) return NULL;
    if (match_char(p, '|')) {
        node->no = parse_sequence(p, verbose, nested + 1, false);
        if (p->failed) return NULL;
        if (next_is(p, '|')) {
            FAIL(p, 0, "conditional backref with more than two branches");
            return NULL;
        }
    }
    if (!expect_close(p, start)) return NULL;
    return node;
}

/* "(" has been read. Appends the group (or nothing, for comments and global
 * flags) to sequence; *verbose may change (global (?x)). */
static bool parse_group(Parser *p, ReNode *sequence, bool *verbose, int nested, bool first) {
    int64_t start = tell(p) - 1;
    bool capture = true, atomic = false;
    uint32_t *name = NULL;
    size_t name_length = 0;
    int add_flags = 0, del_flags = 0;
    if (match_char(p, '?')) {
        uint32_t c;
        int length = take(p, &c);
        if (p->failed) return false;
        if (length == 0) {
            FAIL(p, 0, "unexpected end of pattern");
            return false;
        }
        if (length == 1 && c == 'P') {
            ReNode *result = parse_python_extension(p, &name, &name_length);
            if (!result) return false;
            if (result != (ReNode *)1) {
                node_append(sequence, result);
                return true;
            }
        } else if (length == 1 && c == ':') {
            capture = false;
        } else if (length == 1 && c == '#') {
            for (;;) {
                if (p->next_length == 0) {
                    FAIL(p, tell(p) - start, "missing ), unterminated comment");
                    return false;
                }
                uint32_t d;
                int l = take(p, &d);
                if (l == 1 && d == ')') return true;
            }
        } else if (length == 1 && (c == '=' || c == '!' || c == '<')) {
            bool behind = false;
            int saved_lookbehind = p->lookbehind_groups;
            if (c == '<') {
                length = take(p, &c);
                if (length == 0) {
                    FAIL(p, 0, "unexpected end of pattern");
                    return false;
                }
                if (length != 1 || (c != '=' && c != '!')) {
                    char text[16];
                    utf8_of(p->last, (size_t)length, text, sizeof text);
                    FAIL(p, length + 2, "unknown extension ?<%s", text);
                    return false;
                }
                behind = true;
                if (p->lookbehind_groups < 0) p->lookbehind_groups = p->groups;
            }
            ReNode *body = parse_alternation(p, *verbose, nested + 1);
            if (behind && saved_lookbehind < 0) p->lookbehind_groups = -1;
            if (p->failed || !expect_close(p, start)) return false;
            ReNode *node = node_new(p, RE_NODE_ASSERT);
            node->behind = behind;
            node->negate = c == '!';
            node->body = body;
            node_append(sequence, node);
            return true;
        } else if (length == 1 && c == '(') {
            ReNode *node = parse_conditional(p, *verbose, nested, start);
            if (!node) return false;
            node_append(sequence, node);
            return true;
        } else if (length == 1 && c == '>') {
            capture = false;
            atomic = true;
        } else if (length == 1 && (flag_of(c) || c == '-')) {
            int kind = parse_flags(p, c, &add_flags, &del_flags);
            if (kind < 0) return false;
            if (kind == 0) {
                if (!first || sequence->count) {
                    FAIL(p, tell(p) - start, "global flags not at the start of the expression");
                    return false;
                }
                *verbose = (p->flags & RE_FLAG_VERBOSE) != 0;
                return true;
            }
            capture = false;
        } else {
            char text[16];
            utf8_of(p->last, (size_t)length, text, sizeof text);
            FAIL(p, length + 1, "unknown extension ?%s", text);
            return false;
        }
    }
    int group = 0;
    if (capture) {
        group = open_group(p, name, name_length);
        free(name);
        if (group < 0) return false;
    }
    bool sub_verbose = (*verbose || (add_flags & RE_FLAG_VERBOSE)) && !(del_flags & RE_FLAG_VERBOSE);
    ReNode *body = parse_alternation(p, sub_verbose, nested + 1);
    if (p->failed || !expect_close(p, start)) return false;
    if (group) p->closed[group] = true;
    ReNode *node = node_new(p, atomic ? RE_NODE_ATOMIC : RE_NODE_GROUP);
    node->group = group;
    node->add_flags = add_flags;
    node->del_flags = del_flags;
    node->body = body;
    node_append(sequence, node);
    return true;
}

/* _parse: a sequence up to "|", ")" or the end. */
static ReNode *parse_sequence(Parser *p, bool verbose, int nested, bool first) {
    ReNode *sequence = node_new(p, RE_NODE_SEQUENCE);
    while (!p->failed) {
        if (p->next_length == 0) break;
        if (p->next_length == 1 && (p->next[0] == '|' || p->next[0] == ')')) break;
        int length = p->next_length;
        uint32_t this[2] = {p->next[0], p->next[1]};
        advance(p);
        if (p->failed) break;
        if (verbose && length == 1) {
            if (is_whitespace(this[0])) continue;
            if (this[0] == '#') {
                for (;;) {
                    uint32_t c;
                    int l = take(p, &c);
                    if (l == 0 || (l == 1 && c == '\n')) break;
                }
                continue;
            }
        }
        if (length == 2) {
            ReNode *node = escape_node(p, this);
            if (!node) break;
            node_append(sequence, node);
            continue;
        }
        uint32_t c = this[0];
        switch (c) {
        case '[': {
            ReNode *node = parse_set(p);
            if (node) node_append(sequence, node);
            break;
        }
        case '*': case '+': case '?': case '{':
            parse_repeat(p, sequence, c);
            break;
        case '.':
            node_append(sequence, node_new(p, RE_NODE_ANY));
            break;
        case '(':
            parse_group(p, sequence, &verbose, nested, first);
            break;
        case '^':
            node_append(sequence, at(p, RE_AT_BEGINNING));
            break;
        case '$':
            node_append(sequence, at(p, RE_AT_END));
            break;
        default:
            node_append(sequence, literal(p, c));
            break;
        }
    }
    return p->failed ? NULL : sequence;
}

/* As _parse_sub: alternatives that are each one literal or one set ([...]
 * not negated, \d) become one set, which a repeat then takes one character
 * at a time (a|b)* -> [ab]*. */
static ReNode *branch_as_set(Parser *p, ReNode *branch) {
    for (size_t i = 0; i < branch->count; i++) {
        const ReNode *item = branch->items[i];
        if (item->count != 1) return branch;
        const ReNode *only = item->items[0];
        if (only->kind != RE_NODE_LITERAL && (only->kind != RE_NODE_SET || only->negate)) return branch;
    }
    ReNode *set = node_new(p, RE_NODE_SET);
    for (size_t i = 0; i < branch->count; i++) {
        const ReNode *only = branch->items[i]->items[0];
        if (only->kind == RE_NODE_LITERAL) set_append(set, RE_SET_LITERAL, only->value, only->value);
        for (size_t k = 0; only->kind == RE_NODE_SET && k < only->set_count; k++)
            set_append(set, only->set[k].kind, only->set[k].low, only->set[k].high);
    }
    ReNode *sequence = node_new(p, RE_NODE_SEQUENCE);
    node_append(sequence, set);
    return sequence;
}

/* _parse_sub: alternatives separated by "|". */
static ReNode *parse_alternation(Parser *p, bool verbose, int nested) {
    ReNode *first = parse_sequence(p, verbose, nested + 1, nested == 0);
    if (!first || !next_is(p, '|')) return first;
    ReNode *branch = node_new(p, RE_NODE_BRANCH);
    node_append(branch, first);
    while (match_char(p, '|')) {
        if (!nested) verbose = (p->flags & RE_FLAG_VERBOSE) != 0;
        ReNode *item = parse_sequence(p, verbose, nested + 1, false);
        if (!item) return NULL;
        node_append(branch, item);
    }
    return branch_as_set(p, branch);
}

int re_parse(const uint32_t *pattern, size_t length, int flags, ReParse *out) {
    memset(out, 0, sizeof *out);
    out->position = -1;
    Parser p = {.text = pattern, .length = length, .out = out, .flags = flags, .groups = 1,
                .names_capacity = 8, .lookbehind_groups = -1};
    out->group_names = calloc(p.names_capacity, sizeof *out->group_names);
    p.closed = calloc(p.names_capacity, sizeof *p.closed);
    advance(&p);
    ReNode *root = p.failed ? NULL : parse_alternation(&p, (flags & RE_FLAG_VERBOSE) != 0, 0);
    if (!p.failed) {
        if (p.flags & RE_FLAG_LOCALE) {
            fail_at(&p, -1, "cannot use LOCALE flag with a str pattern");
            out->error_kind = 2;
        } else if (!(p.flags & RE_FLAG_ASCII)) {
            p.flags |= RE_FLAG_UNICODE;
        } else if (p.flags & RE_FLAG_UNICODE) {
            fail_at(&p, -1, "ASCII and UNICODE flags are incompatible");
            out->error_kind = 2;
        }
    }
    if (!p.failed && p.next_length) FAIL(&p, 0, "unbalanced parenthesis");
    for (size_t i = 0; !p.failed && i < p.ref_count; i++)
        if (p.ref_groups[i] >= p.groups)
            fail_at(&p, p.ref_positions[i], "invalid group reference %d", p.ref_groups[i]);
    free(p.closed);
    free(p.ref_groups);
    free(p.ref_positions);
    out->flags = p.flags;
    out->groups = p.groups;
    if (p.failed) {
        re_parse_free(out);
        return -1;
    }
    out->root = root;
    return 0;
}

void re_parse_free(ReParse *parse) {
    for (ReNode *node = parse->allocated; node;) {
        ReNode *next = node->next_allocated;
        free(node->items);
        free(node->set);
        free(node);
        node = next;
    }
    parse->allocated = NULL;
    parse->root = NULL;
    if (parse->group_names) {
        for (int g = 0; g < parse->groups; g++) free(parse->group_names[g]);
        free(parse->group_names);
        parse->group_names = NULL;
    }
}
