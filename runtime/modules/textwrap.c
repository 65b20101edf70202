/* The textwrap module: TextWrapper, wrap, fill, shorten, dedent and indent,
 * following CPython 3.12's Lib/textwrap.py step for step. Its regular
 * expressions are reproduced as scanners over the text's code points:
 * wordsep_re (whitespace runs, em-dashes between words, words split after
 * the hyphens of hyphenated words), wordsep_simple_re, sentence_end_re,
 * and dedent's two line patterns. */
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
#include "../objects/unicode_db.h"

/* ---- options ---------------------------------------------------------------------------- */

typedef enum Option {
    OPTION_WIDTH, OPTION_INITIAL_INDENT, OPTION_SUBSEQUENT_INDENT, OPTION_EXPAND_TABS, OPTION_REPLACE_WHITESPACE,
    OPTION_FIX_SENTENCE_ENDINGS, OPTION_BREAK_LONG_WORDS, OPTION_DROP_WHITESPACE, OPTION_BREAK_ON_HYPHENS,
    OPTION_TABSIZE, OPTION_MAX_LINES, OPTION_PLACEHOLDER, OPTION_COUNT
} Option;

static const char *const option_names[] = {
    "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace", "fix_sentence_endings",
    "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder", NULL};

typedef struct Wrapper {
    MoltObject header;
    MoltValue options[OPTION_COUNT];   /* the attributes, as Python values */
} Wrapper;

extern MoltType molt_type_TextWrapper;

static void default_options(MoltValue options[OPTION_COUNT]) {
    options[OPTION_WIDTH] = molt_int_from_i64(70);
    options[OPTION_INITIAL_INDENT] = molt_str_empty();
    options[OPTION_SUBSEQUENT_INDENT] = molt_str_empty();
    options[OPTION_EXPAND_TABS] = MOLT_TRUE;
    options[OPTION_REPLACE_WHITESPACE] = MOLT_TRUE;
    options[OPTION_FIX_SENTENCE_ENDINGS] = MOLT_FALSE;
    options[OPTION_BREAK_LONG_WORDS] = MOLT_TRUE;
    options[OPTION_DROP_WHITESPACE] = MOLT_TRUE;
    options[OPTION_BREAK_ON_HYPHENS] = MOLT_TRUE;
    options[OPTION_TABSIZE] = molt_int_from_i64(8);
    options[OPTION_MAX_LINES] = MOLT_NONE;
    options[OPTION_PLACEHOLDER] = molt_str_from_utf8(" [...]", 6);
}

static void release_options(MoltValue options[OPTION_COUNT]) {
    for (int i = 0; i < OPTION_COUNT; i++) molt_decref(options[i]);
}

/* TextWrapper.__init__'s parameters (the first ten positional) from args
 * and keywords into options (new references). 0 or -1 with TypeError. */
static int parse_options(const char *function, const MoltValue *args, size_t nargs, MoltValue kwnames,
                         MoltValue options[OPTION_COUNT]) {
    default_options(options);
    if (nargs > OPTION_TABSIZE + 1) {
        molt_raise_format(&molt_type_TypeError, "%s() takes from 1 to 11 positional arguments but %zu were given",
                          function, nargs + 1);
        goto fail;
    }
    for (size_t i = 0; i < nargs; i++) {
        molt_decref(options[i]);
        options[i] = molt_new_reference(args[i]);
    }
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        size_t option = 0;
        while (option_names[option] && strcmp(option_names[option], name) != 0) option++;
        if (!option_names[option]) {
            molt_raise_format(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'", function, name);
            goto fail;
        }
        if (option < nargs) {
            molt_raise_format(&molt_type_TypeError, "%s() got multiple values for argument '%s'", function, name);
            goto fail;
        }
        molt_decref(options[option]);
        options[option] = molt_new_reference(args[nargs + k]);
    }
    return 0;
fail:
    release_options(options);
    return -1;
}

/* ---- text as code points ------------------------------------------------------------------ */

typedef struct Piece {
    const uint32_t *data;
    size_t length;
} Piece;

typedef struct Pieces {
    Piece *items;
    size_t count, capacity;
} Pieces;

static void pieces_push(Pieces *pieces, Piece piece) {
    if (pieces->count == pieces->capacity) {
        pieces->capacity = pieces->capacity ? pieces->capacity * 2 : 16;
        pieces->items = realloc(pieces->items, pieces->capacity * sizeof *pieces->items);
        if (!pieces->items) abort();
    }
    pieces->items[pieces->count++] = piece;
}

static bool is_wrap_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_word(uint32_t c) {
    if (c < 0x80) return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return molt_unicode_has(c, MOLT_UNICODE_ALPHA | MOLT_UNICODE_DECIMAL | MOLT_UNICODE_DIGIT | MOLT_UNICODE_NUMERIC);
}
/* [^\d\W] */
static bool is_letter(uint32_t c) { return is_word(c) && !molt_unicode_has(c, MOLT_UNICODE_DECIMAL); }
/* [\w!"'&.,?] */
static bool is_word_punct(uint32_t c) { return is_word(c) || (c < 0x80 && strchr("!\"'&.,?", (int)c) && c); }

static bool all_space(const uint32_t *data, size_t length) {
    for (size_t i = 0; i < length; i++)
        if (!molt_unicode_is_space(data[i])) return false;
    return true;
}

/* -{2,}\w at t[p]: the number of dashes, or 0. */
static size_t em_dash_at(const uint32_t *t, size_t n, size_t p) {
    size_t k = 0;
    while (p + k < n && t[p + k] == '-') k++;
    return k >= 2 && p + k < n && is_word(t[p + k]) ? k : 0;
}

/* wordsep_re.split(text) without its empty strings. */
static void split_words(const uint32_t *t, size_t n, Pieces *out) {
    size_t p = 0;
    while (p < n) {
        size_t e;
        if (is_wrap_space(t[p])) {
            for (e = p; e < n && is_wrap_space(t[e]); e++) {}
        } else if (p > 0 && is_word_punct(t[p - 1]) && em_dash_at(t, n, p)) {
            e = p + em_dash_at(t, n, p);
        } else {
            for (e = p + 1;; e++) {
                /* a hyphenated word: break after the hyphen */
                if (e < n && t[e] == '-' &&
                    ((e >= 2 && is_letter(t[e - 2]) && is_letter(t[e - 1])) ||
                     (e >= 3 && is_letter(t[e - 3]) && t[e - 2] == '-' && is_letter(t[e - 1]))) &&
                    e + 1 < n && is_letter(t[e + 1]) &&
                    ((e + 2 < n && is_letter(t[e + 2])) || (e + 3 < n && t[e + 2] == '-' && is_letter(t[e + 3])))) {
                    e++;
                    break;
                }
                if (e == n || is_wrap_space(t[e])) break;                  /* end of word */
                if (is_word_punct(t[e - 1]) && em_dash_at(t, n, e)) break;   /* before an em-dash */
            }
        }
        pieces_push(out, (Piece){t + p, e - p});
        p = e;
    }
}

/* wordsep_simple_re.split(text): whitespace runs and the runs between. */
static void split_simple(const uint32_t *t, size_t n, Pieces *out) {
    size_t p = 0;
    while (p < n) {
        bool space = is_wrap_space(t[p]);
        size_t e = p;
        while (e < n && is_wrap_space(t[e]) == space) e++;
        pieces_push(out, (Piece){t + p, e - p});
        p = e;
    }
}

static const uint32_t two_spaces[2] = {' ', ' '};

/* _fix_sentence_endings: " " after a chunk matching [a-z][.!?]["']?\Z becomes "  ". */
static void fix_sentence_endings(Pieces *chunks) {
    size_t i = 0;
    while (i + 1 < chunks->count) {
        Piece chunk = chunks->items[i], next = chunks->items[i + 1];
        size_t n = chunk.length;
        if (n && (chunk.data[n - 1] == '"' || chunk.data[n - 1] == '\'')) n--;
        bool ends = n >= 2 && strchr(".!?", (int)chunk.data[n - 1]) && chunk.data[n - 1] &&
                    chunk.data[n - 2] >= 'a' && chunk.data[n - 2] <= 'z';
        if (next.length == 1 && next.data[0] == ' ' && ends) {
            chunks->items[i + 1] = (Piece){two_spaces, 2};
            i += 2;
        } else {
            i += 1;
        }
    }
}

/* ---- wrapping -------------------------------------------------------------------------- */

typedef struct Settings {
    int64_t width, tabsize, max_lines;   /* max_lines -1: None */
    MoltValue initial_indent, subsequent_indent, placeholder;   /* borrowed str */
    bool expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace;
    bool break_on_hyphens, break_on_hyphens_is_true;
} Settings;

static int read_settings(const MoltValue options[OPTION_COUNT], Settings *s) {
    const int truth_options[] = {OPTION_EXPAND_TABS, OPTION_REPLACE_WHITESPACE, OPTION_FIX_SENTENCE_ENDINGS,
                                 OPTION_BREAK_LONG_WORDS, OPTION_DROP_WHITESPACE, OPTION_BREAK_ON_HYPHENS};
    bool *truth_fields[] = {&s->expand_tabs, &s->replace_whitespace, &s->fix_sentence_endings,
                            &s->break_long_words, &s->drop_whitespace, &s->break_on_hyphens};
    for (size_t i = 0; i < sizeof truth_options / sizeof truth_options[0]; i++) {
        int truth = molt_truthy(options[truth_options[i]]);
        if (truth < 0) return -1;
        *truth_fields[i] = truth;
    }
    s->break_on_hyphens_is_true = options[OPTION_BREAK_ON_HYPHENS] == MOLT_TRUE;
    const int int_options[] = {OPTION_WIDTH, OPTION_TABSIZE, OPTION_MAX_LINES};
    int64_t *int_fields[] = {&s->width, &s->tabsize, &s->max_lines};
    for (size_t i = 0; i < 3; i++) {
        MoltValue value = options[int_options[i]];
        if (int_options[i] == OPTION_MAX_LINES && value == MOLT_NONE) {
            s->max_lines = -1;
            continue;
        }
        if (!molt_int_to_i64(value, int_fields[i])) {
            molt_raise_format(&molt_type_TypeError, "Molt's textwrap needs an int %s, not %s", option_names[int_options[i]],
                              molt_type_of(value)->name);
            return -1;
        }
    }
    const int str_options[] = {OPTION_INITIAL_INDENT, OPTION_SUBSEQUENT_INDENT, OPTION_PLACEHOLDER};
    MoltValue *str_fields[] = {&s->initial_indent, &s->subsequent_indent, &s->placeholder};
    for (size_t i = 0; i < 3; i++) {
        MoltValue value = options[str_options[i]];
        if (!molt_is_str(value)) {
            molt_raise_format(&molt_type_TypeError, "Molt's textwrap needs a str %s, not %s", option_names[str_options[i]],
                              molt_type_of(value)->name);
            return -1;
        }
        *str_fields[i] = value;
    }
    return 0;
}

static void append_points(MoltBuffer *out, const uint32_t *data, size_t length) {
    for (size_t i = 0; i < length; i++) {
        char bytes[4];
        molt_buffer_append(out, bytes, molt_utf8_encode(data[i], bytes));
    }
}

typedef struct Line {
    Pieces pieces;
    size_t length;
} Line;

/* lines.append(indent + ''.join(cur_line)) */
static int emit_line(MoltValue lines, MoltValue indent, const Pieces *line) {
    MoltBuffer out;
    molt_buffer_init(&out);
    molt_buffer_append_str(&out, indent);
    for (size_t i = 0; i < line->count; i++) append_points(&out, line->items[i].data, line->items[i].length);
    MoltValue text = molt_buffer_finish(&out);
    int status = molt_list_append(lines, text);
    molt_decref(text);
    return status;
}

static MoltValue call_str_method(MoltValue str, const char *name) { return molt_call_method(str, name, NULL, 0, MOLT_NONE); }

/* _wrap_chunks over chunks (in order; popped from the end after reversing). */
static MoltValue wrap_chunks(const Settings *s, Pieces *chunks, const uint32_t *placeholder, size_t placeholder_length) {
    if (s->width <= 0)
        return molt_raise_format(&molt_type_ValueError, "invalid width %lld (must be > 0)", (long long)s->width);
    if (s->max_lines >= 0) {
        MoltValue indent = s->max_lines > 1 ? s->subsequent_indent : s->initial_indent;
        MoltValue stripped = call_str_method(s->placeholder, "lstrip");
        if (stripped == MOLT_ERROR) return MOLT_ERROR;
        int64_t total = molt_str_length(indent) + molt_str_length(stripped);
        molt_decref(stripped);
        if (total > s->width) return molt_raise_format(&molt_type_ValueError, "placeholder too large for max width");
    }
    /* Reverse, so that the next chunk is the last. */
    for (size_t i = 0, j = chunks->count; i + 1 < j; i++, j--) {
        Piece swap = chunks->items[i];
        chunks->items[i] = chunks->items[j - 1];
        chunks->items[j - 1] = swap;
    }
    MoltValue lines = molt_list_new(0);
    Pieces line = {NULL, 0, 0};
    Piece placeholder_piece = {placeholder, placeholder_length};
    while (chunks->count) {
        line.count = 0;
        int64_t length = 0;
        MoltValue indent = molt_list_length(lines) ? s->subsequent_indent : s->initial_indent;
        int64_t width = s->width - molt_str_length(indent);
        Piece *top = &chunks->items[chunks->count - 1];
        if (s->drop_whitespace && all_space(top->data, top->length) && molt_list_length(lines)) chunks->count--;
        while (chunks->count) {
            int64_t l = (int64_t)chunks->items[chunks->count - 1].length;
            if (length + l > width) break;
            pieces_push(&line, chunks->items[--chunks->count]);
            length += l;
        }
        if (chunks->count && (int64_t)chunks->items[chunks->count - 1].length > width) {
            /* _handle_long_word */
            int64_t space_left = width < 1 ? 1 : width - length;
            if (s->break_long_words) {
                Piece *chunk = &chunks->items[chunks->count - 1];
                size_t end = (size_t)space_left;
                if (s->break_on_hyphens && (int64_t)chunk->length > space_left) {
                    int64_t hyphen = -1;
                    for (int64_t i = space_left - 1; i >= 0; i--)
                        if (chunk->data[i] == '-') {
                            hyphen = i;
                            break;
                        }
                    bool letters_before = false;
                    for (int64_t i = 0; i < hyphen; i++)
                        if (chunk->data[i] != '-') letters_before = true;
                    if (hyphen > 0 && letters_before) end = (size_t)hyphen + 1;
                }
                if (end > chunk->length) end = chunk->length;
                pieces_push(&line, (Piece){chunk->data, end});
                chunk->data += end;
                chunk->length -= end;
            } else if (line.count == 0) {
                pieces_push(&line, chunks->items[--chunks->count]);
            }
            length = 0;
            for (size_t i = 0; i < line.count; i++) length += (int64_t)line.items[i].length;
        }
        if (s->drop_whitespace && line.count &&
            all_space(line.items[line.count - 1].data, line.items[line.count - 1].length)) {
            length -= (int64_t)line.items[line.count - 1].length;
            line.count--;
        }
        if (!line.count) continue;
        bool rest_is_space = chunks->count == 0 ||
                             (s->drop_whitespace && chunks->count == 1 &&
                              all_space(chunks->items[0].data, chunks->items[0].length));
        if (s->max_lines < 0 || molt_list_length(lines) + 1 < s->max_lines || (rest_is_space && length <= width)) {
            if (emit_line(lines, indent, &line) < 0) goto fail;
            continue;
        }
        bool placed = false;
        while (line.count) {
            Piece last = line.items[line.count - 1];
            if (!all_space(last.data, last.length) && length + (int64_t)placeholder_length <= width) {
                pieces_push(&line, placeholder_piece);
                if (emit_line(lines, indent, &line) < 0) goto fail;
                placed = true;
                break;
            }
            length -= (int64_t)last.length;
            line.count--;
        }
        if (!placed) {
            int64_t count = molt_list_length(lines);
            if (count) {
                MoltValue previous = call_str_method(molt_list_items(lines)[count - 1], "rstrip");
                if (previous == MOLT_ERROR) goto fail;
                if (molt_str_length(previous) + (int64_t)placeholder_length <= s->width) {
                    MoltValue joined = molt_str_concat(previous, s->placeholder);
                    molt_decref(previous);
                    if (joined == MOLT_ERROR) goto fail;
                    molt_decref(molt_list_items(lines)[count - 1]);
                    molt_list_items(lines)[count - 1] = joined;
                    break;
                }
                molt_decref(previous);
            }
            MoltValue stripped = call_str_method(s->placeholder, "lstrip");
            MoltValue text = stripped == MOLT_ERROR ? MOLT_ERROR : molt_str_concat(indent, stripped);
            if (stripped != MOLT_ERROR) molt_decref(stripped);
            if (text == MOLT_ERROR || molt_list_append(lines, text) < 0) goto fail;
            molt_decref(text);
        }
        break;
    }
    free(line.items);
    return lines;
fail:
    free(line.items);
    molt_decref(lines);
    return MOLT_ERROR;
}

/* TextWrapper.wrap(text) */
static MoltValue wrap_text(const MoltValue options[OPTION_COUNT], MoltValue text) {
    Settings s;
    if (read_settings(options, &s) < 0) return MOLT_ERROR;
    if (!molt_is_str(text))
        return molt_raise_format(&molt_type_AttributeError, "'%s' object has no attribute 'expandtabs'",
                                 molt_type_of(text)->name);
    MoltValue munged = s.expand_tabs ? molt_call_method(text, "expandtabs", &options[OPTION_TABSIZE], 1, MOLT_NONE)
                                     : molt_new_reference(text);
    if (munged == MOLT_ERROR) return MOLT_ERROR;
    uint32_t *points = molt_str_code_points(molt_str_object(munged));
    size_t n = (size_t)molt_str_length(munged);
    molt_decref(munged);
    uint32_t *placeholder = molt_str_code_points(molt_str_object(s.placeholder));
    if (!points || !placeholder) {
        free(points);
        free(placeholder);
        return MOLT_ERROR;
    }
    if (s.replace_whitespace)
        for (size_t i = 0; i < n; i++)
            if (is_wrap_space(points[i])) points[i] = ' ';
    Pieces chunks = {NULL, 0, 0};
    if (s.break_on_hyphens_is_true) split_words(points, n, &chunks);
    else split_simple(points, n, &chunks);
    if (s.fix_sentence_endings) fix_sentence_endings(&chunks);
    MoltValue lines = wrap_chunks(&s, &chunks, placeholder, (size_t)molt_str_length(s.placeholder));
    free(chunks.items);
    free(points);
    free(placeholder);
    return lines;
}

static MoltValue join_lines(MoltValue lines) {
    if (lines == MOLT_ERROR) return MOLT_ERROR;
    MoltValue newline = molt_str_from_utf8("\n", 1);
    MoltValue result = molt_call_method(newline, "join", &lines, 1, MOLT_NONE);
    molt_decref(newline);
    molt_decref(lines);
    return result;
}

/* ---- TextWrapper ----------------------------------------------------------------------- */

static MoltValue wrapper_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (!molt_is_type(callable)) return molt_raise_format(&molt_type_TypeError, "'TextWrapper' object is not callable");
    MoltValue options[OPTION_COUNT];
    if (parse_options("TextWrapper.__init__", args, nargs, kwnames, options) < 0) return MOLT_ERROR;
    Wrapper *wrapper = molt_object_allocate(sizeof *wrapper, &molt_type_TextWrapper);
    memcpy(wrapper->options, options, sizeof options);
    return molt_from_ptr(wrapper);
}

static void wrapper_dealloc(MoltObject *object) {
    release_options(((Wrapper *)object)->options);
    free(object);
}

static const char *const wrapper_method_names[] = {"wrap", "fill", NULL};

static MoltValue wrapper_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                     MoltValue kwnames) {
    bool fill = strcmp(name, "fill") == 0;
    if (!fill && strcmp(name, "wrap") != 0) return MOLT_NOT_IMPLEMENTED;
    static const char *const names[] = {"text", NULL};
    MoltArgSpec spec = {fill ? "fill" : "wrap", 1, 1, names, 1};
    MoltValue text;
    if (molt_args_parse(&spec, args, nargs, kwnames, &text) < 0) return MOLT_ERROR;
    molt_incref(self);   /* the options stay alive while wrapping calls str methods */
    MoltValue lines = wrap_text(((Wrapper *)molt_as_ptr(self))->options, text);
    molt_decref(self);
    return fill ? join_lines(lines) : lines;
}

static int option_index(const char *name) {
    for (int i = 0; option_names[i]; i++)
        if (strcmp(option_names[i], name) == 0) return i;
    return -1;
}

static MoltValue wrapper_getattr(MoltValue self, const char *name) {
    int option = option_index(name);
    return option < 0 ? MOLT_NOT_IMPLEMENTED : molt_new_reference(((Wrapper *)molt_as_ptr(self))->options[option]);
}

static int wrapper_setattr(MoltValue self, const char *name, MoltValue value) {
    int option = option_index(name);
    if (option < 0 || value == MOLT_UNBOUND) {
        molt_raise_format(&molt_type_AttributeError, "Molt's TextWrapper has only its options as attributes, not '%s'",
                          name);
        return -1;
    }
    Wrapper *wrapper = molt_as_ptr(self);
    MoltValue old = wrapper->options[option];
    wrapper->options[option] = molt_new_reference(value);
    molt_decref(old);
    return 0;
}

MoltType molt_type_TextWrapper = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "textwrap.TextWrapper",
    .module_name = "textwrap",
    .base = &molt_type_object,
    .dealloc = wrapper_dealloc,
    .hash = molt_object_hash_identity,
    .call = wrapper_call,
    .call_method = wrapper_call_method,
    .getattr = wrapper_getattr,
    .setattr = wrapper_setattr,
    .method_names = wrapper_method_names,
};

/* ---- the functions --------------------------------------------------------------------- */

/* wrap(text, width=70, **kwargs) and fill(...): TextWrapper(width=width, **kwargs).wrap(text). */
static MoltValue wrap_function(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs < 1 && molt_args_keyword_count(kwnames) == 0)
        return molt_raise_format(&molt_type_TypeError, "%s() missing 1 required positional argument: 'text'", name);
    if (nargs > 2)
        return molt_raise_format(&molt_type_TypeError, "%s() takes from 1 to 2 positional arguments but %zu were given",
                                 name, nargs);
    if (nargs < 1) return molt_raise_format(&molt_type_TypeError, "%s() missing 1 required positional argument: 'text'", name);
    MoltValue options[OPTION_COUNT];
    if (parse_options("TextWrapper.__init__", args + 1, nargs - 1, kwnames, options) < 0) return MOLT_ERROR;
    MoltValue lines = wrap_text(options, args[0]);
    release_options(options);
    return lines;
}

static MoltValue textwrap_wrap(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return wrap_function("wrap", args, nargs, kwnames);
}

static MoltValue textwrap_fill(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return join_lines(wrap_function("fill", args, nargs, kwnames));
}

/* shorten(text, width, **kwargs): TextWrapper(width=width, max_lines=1, **kwargs)
 * .fill(' '.join(text.strip().split())) */
static MoltValue textwrap_shorten(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs > 2)
        return molt_raise_format(&molt_type_TypeError, "shorten() takes 2 positional arguments but %zu were given", nargs);
    bool width_given = nargs == 2;
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        if (strcmp(name, "max_lines") == 0)
            return molt_raise_format(&molt_type_TypeError,
                                     "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'");
        if (strcmp(name, "width") == 0) width_given = true;
    }
    if (nargs == 0 || !width_given)
        return molt_raise_format(&molt_type_TypeError, "shorten() missing %s required positional argument%s: %s",
                                 nargs == 0 && !width_given ? "2" : "1", nargs == 0 && !width_given ? "s" : "",
                                 nargs == 0 ? (width_given ? "'text'" : "'text' and 'width'") : "'width'");
    MoltValue options[OPTION_COUNT];
    if (parse_options("TextWrapper.__init__", args + 1, nargs - 1, kwnames, options) < 0) return MOLT_ERROR;
    molt_decref(options[OPTION_MAX_LINES]);
    options[OPTION_MAX_LINES] = molt_int_from_i64(1);
    MoltValue result = MOLT_ERROR;
    MoltValue stripped = molt_call_method(args[0], "strip", NULL, 0, MOLT_NONE);
    MoltValue words = stripped == MOLT_ERROR ? MOLT_ERROR : molt_call_method(stripped, "split", NULL, 0, MOLT_NONE);
    if (stripped != MOLT_ERROR) molt_decref(stripped);
    if (words != MOLT_ERROR) {
        MoltValue space = molt_str_from_utf8(" ", 1);
        MoltValue text = molt_call_method(space, "join", &words, 1, MOLT_NONE);
        molt_decref(space);
        molt_decref(words);
        if (text != MOLT_ERROR) {
            result = join_lines(wrap_text(options, text));
            molt_decref(text);
        }
    }
    release_options(options);
    return result;
}

/* dedent(text): lines of only spaces and tabs become empty, then the
 * longest common leading run of spaces and tabs of the other lines (those
 * with a character other than space, tab or newline) is removed. */
static MoltValue textwrap_dedent(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"text", NULL};
    static const MoltArgSpec spec = {"dedent", 1, 1, names, 1};
    MoltValue text;
    if (molt_args_parse(&spec, args, nargs, kwnames, &text) < 0) return MOLT_ERROR;
    if (!molt_is_str(text))
        return molt_raise_format(&molt_type_TypeError, "expected string or bytes-like object, got '%s'",
                                 molt_type_of(text)->name);
    size_t length;
    const char *data = molt_str_utf8(text, &length);
    /* Pass 1: the margin. Spaces and tabs are ASCII, so bytes serve. */
    const char *margin = NULL;
    size_t margin_length = 0;
    for (size_t start = 0; start <= length;) {
        const char *newline = memchr(data + start, '\n', length - start);
        size_t end = newline ? (size_t)(newline - data) : length;
        size_t indent = start;
        while (indent < end && (data[indent] == ' ' || data[indent] == '\t')) indent++;
        if (indent < end) {   /* a character other than space, tab or newline follows */
            size_t run = indent - start;
            if (!margin) {
                margin = data + start;
                margin_length = run;
            } else {
                size_t common = 0;
                while (common < margin_length && common < run && margin[common] == data[start + common]) common++;
                margin_length = common;
            }
        }
        start = end + 1;
        if (!newline) break;
    }
    MoltBuffer out;
    molt_buffer_init(&out);
    for (size_t start = 0; start <= length;) {
        const char *newline = memchr(data + start, '\n', length - start);
        size_t end = newline ? (size_t)(newline - data) : length;
        size_t indent = start;
        while (indent < end && (data[indent] == ' ' || data[indent] == '\t')) indent++;
        if (indent == end) {
            /* whitespace only: emptied (and so it has no margin to remove) */
        } else {
            size_t skip = margin && margin_length <= end - start ? margin_length : 0;
            molt_buffer_append(&out, data + start + skip, end - start - skip);
        }
        if (!newline) break;
        molt_buffer_append(&out, "\n", 1);
        start = end + 1;
    }
    return molt_buffer_finish(&out);
}

/* indent(text, prefix, predicate=None): prefix + line for each line of
 * text.splitlines(True) for which predicate(line) (default: line.strip()). */
static MoltValue textwrap_indent(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const names[] = {"text", "prefix", "predicate", NULL};
    static const MoltArgSpec spec = {"indent", 2, 3, names, 3};
    MoltValue bound[3];
    if (molt_args_parse(&spec, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue predicate = bound[2] == MOLT_ARG_MISSING ? MOLT_NONE : bound[2];
    MoltValue keepends = MOLT_TRUE;
    MoltValue lines = molt_call_method(bound[0], "splitlines", &keepends, 1, MOLT_NONE);
    if (lines == MOLT_ERROR) return MOLT_ERROR;
    for (int64_t i = 0; i < molt_list_length(lines); i++) {
        MoltValue line = molt_list_items(lines)[i];
        MoltValue verdict = predicate == MOLT_NONE ? molt_call_method(line, "strip", NULL, 0, MOLT_NONE)
                                                   : molt_call(predicate, &line, 1, MOLT_NONE);
        int truth = verdict == MOLT_ERROR ? -1 : molt_truthy(verdict);
        if (verdict != MOLT_ERROR) molt_decref(verdict);
        if (truth < 0) goto fail;
        if (!truth) continue;
        MoltValue prefixed = molt_binary_op(MOLT_OP_ADD, bound[1], line);
        if (prefixed == MOLT_ERROR) goto fail;
        molt_decref(molt_list_items(lines)[i]);
        molt_list_items(lines)[i] = prefixed;
    }
    MoltValue empty = molt_str_empty();
    MoltValue result = molt_call_method(empty, "join", &lines, 1, MOLT_NONE);
    molt_decref(lines);
    return result;
fail:
    molt_decref(lines);
    return MOLT_ERROR;
}

static MoltValue make_wrapper_type(void) { return molt_from_type(&molt_type_TextWrapper); }

static const MoltModuleAttribute textwrap_attributes[] = {{"TextWrapper", make_wrapper_type}};

static struct MoltBuiltinFunctionObject textwrap_functions[] = {
    MOLT_MODULE_FUNCTION("wrap", textwrap_wrap),       MOLT_MODULE_FUNCTION("fill", textwrap_fill),
    MOLT_MODULE_FUNCTION("shorten", textwrap_shorten), MOLT_MODULE_FUNCTION("dedent", textwrap_dedent),
    MOLT_MODULE_FUNCTION("indent", textwrap_indent),
};

struct MoltModule molt_module_textwrap = MOLT_MODULE("textwrap", textwrap_functions, textwrap_attributes);
