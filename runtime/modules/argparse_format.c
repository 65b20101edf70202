/* argparse's HelpFormatter, following CPython 3.12's Lib/argparse.py step
 * for step: usage lines (wrapped as _format_usage does, with its regular
 * expressions run by Molt's re), sections, action lines at the help
 * position, and help text wrapped by Molt's textwrap. The width is 80 - 2,
 * what CPython uses when stdout is not a terminal and COLUMNS is unset. */
#include <stdlib.h>
#include <string.h>

#include "../core/buffer.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "argparse_internal.h"

#define FORMATTER_WIDTH 78
#define FORMATTER_MAX_HELP_POSITION 24   /* min(24, max(width - 20, 2 * 2)) */

typedef struct Formatter {
    ArgParser *parser;
    int64_t width, max_help_position, indent, action_max_length;
} Formatter;

static void formatter_init(Formatter *f, ArgParser *parser) {
    f->parser = parser;
    f->width = FORMATTER_WIDTH;
    f->max_help_position = FORMATTER_MAX_HELP_POSITION;
    f->indent = 0;
    f->action_max_length = 0;
}


static bool is_absent(MoltValue v) { return v == MOLT_NONE || molt_argparse_is_suppress(v); }

static void append_spaces(MoltBuffer *out, int64_t count) {
    for (int64_t i = 0; i < count; i++) molt_buffer_append(out, " ", 1);
}

static MoltValue spaces(int64_t count) {
    MoltBuffer out;
    molt_buffer_init(&out);
    append_spaces(&out, count);
    return molt_buffer_finish(&out);
}

static bool is_flag(const ArgAction *a) { return a->nargs == NARGS_COUNT && a->nargs_count == 0; }

static bool has_options(const ArgAction *a) { return molt_list_length(a->option_strings) > 0; }

static MoltValue call_re(const char *function, MoltValue pattern, MoltValue replacement, MoltValue text) {
    MoltValue args[3] = {pattern, replacement, text};
    size_t count = replacement == MOLT_UNBOUND ? 2 : 3;
    if (count == 2) args[1] = text;
    return molt_call_method(MOLT_MODULE_VALUE(re), function, args, count, MOLT_NONE);
}

static MoltValue re_sub(const char *pattern, const char *replacement, MoltValue text) {
    MoltValue p = text_of(pattern), r = text_of(replacement);
    MoltValue result = call_re("sub", p, r, text);
    molt_decref(p);
    molt_decref(r);
    return result;
}

/* _whitespace_matcher.sub(' ', text).strip(): runs of ASCII whitespace become one space. */
static MoltValue collapse_whitespace(MoltValue text) {
    size_t length;
    const char *bytes = molt_str_utf8(text, &length);
    MoltBuffer out;
    molt_buffer_init(&out);
    for (size_t i = 0; i < length;) {
        if (strchr(" \t\n\r\f\v", bytes[i]) && bytes[i]) {
            while (i < length && bytes[i] && strchr(" \t\n\r\f\v", bytes[i])) i++;
            molt_buffer_append(&out, " ", 1);
        } else {
            molt_buffer_append(&out, bytes + i, 1);
            i++;
        }
    }
    MoltValue collapsed = molt_buffer_finish(&out);
    MoltValue stripped = molt_call_method(collapsed, "strip", NULL, 0, MOLT_NONE);
    molt_decref(collapsed);
    return stripped;
}

/* ---- metavars and argument strings --------------------------------------------------- */

/* _metavar_formatter's `result`: the metavar, '{a,b}' of the choices, or the default. */
static MoltValue metavar_base(const ArgAction *a, MoltValue default_metavar) {
    if (a->metavar != MOLT_NONE) return molt_new_reference(a->metavar);
    if (a->choices != MOLT_NONE) {
        MoltValue iterator = molt_iter(a->choices);
        if (iterator == MOLT_ERROR) return MOLT_ERROR;
        MoltBuffer out;
        molt_buffer_init(&out);
        molt_buffer_append(&out, "{", 1);
        bool first = true;
        for (MoltValue item; (item = molt_iter_next(iterator)) != MOLT_STOP;) {
            if (item == MOLT_ERROR || (!first && (molt_buffer_append(&out, ",", 1), 0)) ||
                molt_buffer_append_str_of(&out, item) < 0) {
                if (item != MOLT_ERROR) molt_decref(item);
                molt_decref(iterator);
                molt_buffer_free(&out);
                return MOLT_ERROR;
            }
            first = false;
            molt_decref(item);
        }
        molt_decref(iterator);
        molt_buffer_append(&out, "}", 1);
        return molt_buffer_finish(&out);
    }
    return molt_new_reference(default_metavar);
}

/* '%s ...' % get_metavar(n): a tuple metavar must have n items (else TypeError, as %). */
static int append_metavars(MoltBuffer *out, MoltValue base, size_t needed, const char *const *pieces) {
    bool tuple = molt_is_tuple(base);
    if (tuple && (size_t)molt_tuple_length(base) != needed) {
        molt_raise_format(&molt_type_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    for (size_t i = 0; i < needed; i++) {
        molt_buffer_append_cstr(out, pieces[i]);
        if (molt_buffer_append_str_of(out, tuple ? molt_tuple_items(base)[i] : base) < 0) return -1;
    }
    molt_buffer_append_cstr(out, pieces[needed]);
    return 0;
}

/* _format_args(action, default_metavar). */
static MoltValue format_args(const ArgAction *a, MoltValue default_metavar) {
    MoltValue base = metavar_base(a, default_metavar);
    if (base == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer out;
    molt_buffer_init(&out);
    int status = 0;
    switch (a->nargs) {
    case NARGS_DEFAULT: status = append_metavars(&out, base, 1, (const char *const[]){"", ""}); break;
    case NARGS_OPTIONAL: status = append_metavars(&out, base, 1, (const char *const[]){"[", "]"}); break;
    case NARGS_ZERO_OR_MORE:
        if (molt_is_tuple(base) && molt_tuple_length(base) == 2)
            status = append_metavars(&out, base, 2, (const char *const[]){"[", " [", " ...]]"});
        else
            status = append_metavars(&out, base, 1, (const char *const[]){"[", " ...]"});
        break;
    case NARGS_ONE_OR_MORE: status = append_metavars(&out, base, 2, (const char *const[]){"", " [", " ...]"}); break;
    case NARGS_REMAINDER: molt_buffer_append_cstr(&out, "..."); break;
    case NARGS_PARSER: status = append_metavars(&out, base, 1, (const char *const[]){"", " ..."}); break;
    case NARGS_SUPPRESS: break;
    case NARGS_COUNT: {
        bool tuple = molt_is_tuple(base);
        if (tuple && molt_tuple_length(base) != a->nargs_count) {
            molt_raise_format(&molt_type_TypeError, "not all arguments converted during string formatting");
            status = -1;
            break;
        }
        for (int64_t i = 0; i < a->nargs_count && status == 0; i++) {
            if (i) molt_buffer_append(&out, " ", 1);
            status = molt_buffer_append_str_of(&out, tuple ? molt_tuple_items(base)[i] : base);
        }
        break;
    }
    }
    molt_decref(base);
    if (status < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&out);
}

int molt_argparse_check_metavar(ArgParser *parser, ArgAction *action) {
    (void)parser;
    MoltValue result = format_args(action, MOLT_NONE);
    if (result != MOLT_ERROR) {
        molt_decref(result);
        return 0;
    }
    if (molt_exc_matches(molt_from_type(&molt_type_TypeError)) != 1) return -1;
    molt_decref(molt_exc_fetch());
    molt_raise_format(&molt_type_ValueError, "length of metavar tuple does not match nargs");
    return -1;
}

static MoltValue default_metavar_for_optional(const ArgAction *a) {
    return molt_call_method(a->dest, "upper", NULL, 0, MOLT_NONE);
}

/* _format_action_invocation. */
static MoltValue invocation(const ArgAction *a) {
    if (!has_options(a)) {
        MoltValue base = metavar_base(a, a->dest);
        if (base == MOLT_ERROR || !molt_is_tuple(base)) return base;
        MoltValue first = molt_tuple_length(base) > 0 ? molt_new_reference(molt_tuple_items(base)[0]) : MOLT_NONE;
        molt_decref(base);
        return first;
    }
    MoltValue args_string = MOLT_UNBOUND;
    if (!is_flag(a)) {
        MoltValue metavar = default_metavar_for_optional(a);
        if (metavar == MOLT_ERROR) return MOLT_ERROR;
        args_string = format_args(a, metavar);
        molt_decref(metavar);
        if (args_string == MOLT_ERROR) return MOLT_ERROR;
    }
    MoltBuffer out;
    molt_buffer_init(&out);
    const MoltList *options = molt_list_object(a->option_strings);
    for (int64_t i = 0; i < options->length; i++) {
        if (i) molt_buffer_append_cstr(&out, ", ");
        molt_buffer_append_str(&out, options->items[i]);
        if (args_string != MOLT_UNBOUND) {
            molt_buffer_append(&out, " ", 1);
            molt_buffer_append_str(&out, args_string);
        }
    }
    if (args_string != MOLT_UNBOUND) molt_decref(args_string);
    return molt_buffer_finish(&out);
}

/* ---- usage ------------------------------------------------------------------------------ */

static int64_t index_of(const MoltValue *actions, size_t count, MoltValue action) {
    for (size_t i = 0; i < count; i++)
        if (actions[i] == action) return (int64_t)i;
    return -1;
}

static void insert_text(MoltBuffer *inserts, bool *present, size_t at, const char *first, const char *more) {
    molt_buffer_append_cstr(&inserts[at], present[at] ? more : first);
    present[at] = true;
}

/* _format_actions_usage(actions, groups). */
static MoltValue actions_usage(ArgParser *p, const MoltValue *actions, size_t count) {
    MoltBuffer *inserts = calloc(count + 1, sizeof *inserts);
    bool *present = calloc(count + 1, sizeof *present);
    bool *in_group = calloc(count + 1, sizeof *in_group);
    MoltValue *parts = calloc(count + 1, sizeof *parts);
    if (!inserts || !present || !in_group || !parts) abort();
    for (size_t i = 0; i <= count; i++) molt_buffer_init(&inserts[i]);
    MoltValue result = MOLT_ERROR;

    for (size_t g = 0; g < p->mutex_count; g++) {
        const MoltList *group = molt_list_object(p->mutexes[g].actions);
        if (group->length == 0) {
            /* CPython names the group object by its address, which no two runs share */
            molt_raise_format(&molt_type_ValueError, "empty group <argparse._MutuallyExclusiveGroup object at %p>",
                              (void *)&p->mutexes[g]);
            goto done;
        }
        int64_t start = index_of(actions, count, group->items[0]);
        if (start < 0) continue;
        int64_t end = start + group->length;
        bool contiguous = (size_t)end <= count;
        for (int64_t i = 0; contiguous && i < group->length; i++) contiguous = actions[start + i] == group->items[i];
        if (!contiguous) continue;
        int64_t suppressed = 0;
        for (int64_t i = 0; i < group->length; i++) {
            in_group[start + i] = true;
            if (molt_argparse_is_suppress(((ArgAction *)molt_as_ptr(group->items[i]))->help)) suppressed++;
        }
        if (!p->mutexes[g].required) {
            insert_text(inserts, present, (size_t)start, "[", " [");
            insert_text(inserts, present, (size_t)end, "]", "]");
        } else if (group->length - suppressed > 1) {
            insert_text(inserts, present, (size_t)start, "(", " (");
            insert_text(inserts, present, (size_t)end, ")", ")");
        }
        for (int64_t i = start + 1; i < end; i++) {
            inserts[i].length = 0;
            molt_buffer_append_cstr(&inserts[i], "|");
            present[i] = true;
        }
    }

    for (size_t i = 0; i < count; i++) {
        const ArgAction *a = molt_as_ptr(actions[i]);
        parts[i] = MOLT_UNBOUND;
        if (molt_argparse_is_suppress(a->help)) {
            if (present[i] && inserts[i].length == 1 && inserts[i].data[0] == '|') present[i] = false;
            else if (present[i + 1] && inserts[i + 1].length == 1 && inserts[i + 1].data[0] == '|') present[i + 1] = false;
        } else if (!has_options(a)) {
            MoltValue part = format_args(a, a->dest);
            if (part == MOLT_ERROR) goto done;
            size_t length;
            const char *text = molt_str_utf8(part, &length);
            if (in_group[i] && length >= 2 && text[0] == '[' && text[length - 1] == ']') {
                MoltValue inner = molt_str_from_utf8(text + 1, length - 2);
                molt_decref(part);
                part = inner;
            }
            parts[i] = part;
        } else {
            MoltBuffer part;
            molt_buffer_init(&part);
            bool bracket = !a->required && !in_group[i];
            if (bracket) molt_buffer_append(&part, "[", 1);
            molt_buffer_append_str(&part, molt_list_items(a->option_strings)[0]);
            if (!is_flag(a)) {
                MoltValue metavar = default_metavar_for_optional(a);
                MoltValue args_string = metavar == MOLT_ERROR ? MOLT_ERROR : format_args(a, metavar);
                if (metavar != MOLT_ERROR) molt_decref(metavar);
                if (args_string == MOLT_ERROR) {
                    molt_buffer_free(&part);
                    goto done;
                }
                molt_buffer_append(&part, " ", 1);
                molt_buffer_append_str(&part, args_string);
                molt_decref(args_string);
            }
            if (bracket) molt_buffer_append(&part, "]", 1);
            parts[i] = molt_buffer_finish(&part);
        }
    }

    MoltBuffer text;
    molt_buffer_init(&text);
    bool first = true;
    for (size_t i = 0; i <= count; i++) {
        if (present[i]) {
            if (!first) molt_buffer_append(&text, " ", 1);
            molt_buffer_append(&text, inserts[i].data, inserts[i].length);
            first = false;
        }
        if (i < count && parts[i] != MOLT_UNBOUND) {
            if (!first) molt_buffer_append(&text, " ", 1);
            molt_buffer_append_str(&text, parts[i]);
            first = false;
        }
    }
    MoltValue joined = molt_buffer_finish(&text);
    /* clean up separators for mutually exclusive groups */
    MoltValue step1 = re_sub("([\\[(]) ", "\\1", joined);
    molt_decref(joined);
    MoltValue step2 = step1 == MOLT_ERROR ? MOLT_ERROR : re_sub(" ([\\])])", "\\1", step1);
    if (step1 != MOLT_ERROR) molt_decref(step1);
    MoltValue step3 = step2 == MOLT_ERROR ? MOLT_ERROR : re_sub("[\\[(] *[\\])]", "", step2);
    if (step2 != MOLT_ERROR) molt_decref(step2);
    if (step3 != MOLT_ERROR) {
        result = molt_call_method(step3, "strip", NULL, 0, MOLT_NONE);
        molt_decref(step3);
    }
done:
    for (size_t i = 0; i <= count; i++) {
        molt_buffer_free(&inserts[i]);
        if (i < count && parts[i] && parts[i] != MOLT_UNBOUND) molt_decref(parts[i]);
    }
    free(inserts);
    free(present);
    free(in_group);
    free(parts);
    return result;
}

static MoltValue usage_of(ArgParser *p, const MoltValue *actions, size_t count) {
    return actions_usage(p, actions, count);
}

/* Appends indent + line to lines (the first line after a prefix has no indent). */
static void flush_usage_line(MoltValue lines, const MoltBuffer *line, int64_t indent) {
    MoltBuffer full;
    molt_buffer_init(&full);
    append_spaces(&full, indent);
    molt_buffer_append(&full, line->data, line->length);
    MoltValue value = molt_buffer_finish(&full);
    molt_list_append(lines, value);
    molt_decref(value);
}

/* get_lines(parts, indent, prefix) of _format_usage; appends to lines. */
static void usage_lines(MoltValue lines, const MoltValue *parts, size_t count, int64_t indent, int64_t prefix_length,
                        bool has_prefix, int64_t text_width) {
    int64_t line_length = has_prefix ? prefix_length - 1 : indent - 1;
    MoltBuffer line;
    molt_buffer_init(&line);
    bool line_empty = true, first_line = true;
    for (size_t i = 0; i < count; i++) {
        int64_t part_length = molt_str_length(parts[i]);
        if (line_length + 1 + part_length > text_width && !line_empty) {
            flush_usage_line(lines, &line, has_prefix && first_line ? 0 : indent);
            line.length = 0;
            line_empty = true;
            first_line = false;
            line_length = indent - 1;
        }
        if (!line_empty) molt_buffer_append(&line, " ", 1);
        molt_buffer_append_str(&line, parts[i]);
        line_empty = false;
        line_length += part_length + 1;
    }
    if (!line_empty) flush_usage_line(lines, &line, has_prefix && first_line ? 0 : indent);
    molt_buffer_free(&line);
}

static MoltValue find_parts(MoltValue text) {
    MoltValue pattern = text_of("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");
    MoltValue parts = call_re("findall", pattern, MOLT_UNBOUND, text);
    molt_decref(pattern);
    return parts;
}

/* _format_usage(usage, actions, groups, prefix): prefix + usage + "\n\n". */
static MoltValue format_usage_text(Formatter *f, const MoltValue *actions, size_t count, const char *prefix) {
    ArgParser *p = f->parser;
    MoltValue usage;
    if (p->usage != MOLT_NONE && count != (size_t)-1) {
        MoltValue mapping = molt_dict_new();
        put_text(mapping, "prog", p->prog);
        usage = molt_binary_op(MOLT_OP_MOD, p->usage, mapping);
        molt_decref(mapping);
        if (usage == MOLT_ERROR) return MOLT_ERROR;
    } else if (count == 0) {
        usage = molt_str(p->prog);
    } else {
        MoltValue *optionals = malloc(count * sizeof *optionals), *positionals = malloc(count * sizeof *positionals);
        MoltValue *ordered = malloc(count * sizeof *ordered);
        if (!optionals || !positionals || !ordered) abort();
        size_t optional_count = 0, positional_count = 0;
        for (size_t i = 0; i < count; i++) {
            if (has_options(molt_as_ptr(actions[i]))) optionals[optional_count++] = actions[i];
            else positionals[positional_count++] = actions[i];
        }
        memcpy(ordered, optionals, optional_count * sizeof *ordered);
        memcpy(ordered + optional_count, positionals, positional_count * sizeof *ordered);
        MoltValue prog = molt_str(p->prog);
        MoltValue action_usage = usage_of(p, ordered, count);
        usage = MOLT_ERROR;
        if (prog != MOLT_ERROR && action_usage != MOLT_ERROR) {
            MoltBuffer out;
            molt_buffer_init(&out);
            molt_buffer_append_str(&out, prog);
            if (molt_str_length(prog) && molt_str_length(action_usage)) molt_buffer_append(&out, " ", 1);
            molt_buffer_append_str(&out, action_usage);
            usage = molt_buffer_finish(&out);
            int64_t text_width = f->width - f->indent;
            int64_t prefix_length = (int64_t)strlen(prefix);
            if (prefix_length + molt_str_length(usage) > text_width) {
                MoltValue opt_usage = usage_of(p, optionals, optional_count);
                MoltValue pos_usage = opt_usage == MOLT_ERROR ? MOLT_ERROR : usage_of(p, positionals, positional_count);
                MoltValue opt_parts = pos_usage == MOLT_ERROR ? MOLT_ERROR : find_parts(opt_usage);
                MoltValue pos_parts = opt_parts == MOLT_ERROR ? MOLT_ERROR : find_parts(pos_usage);
                if (pos_parts != MOLT_ERROR) {
                    MoltValue lines = molt_list_new(0);
                    const MoltList *opts = molt_list_object(opt_parts), *poss = molt_list_object(pos_parts);
                    int64_t prog_length = molt_str_length(prog);
                    if (prefix_length + prog_length <= 0.75 * (double)text_width) {
                        int64_t indent = prefix_length + prog_length + 1;
                        MoltValue *with_prog = malloc((size_t)(1 + opts->length + poss->length) * sizeof *with_prog);
                        if (!with_prog) abort();
                        with_prog[0] = prog;
                        if (opts->length) {
                            memcpy(with_prog + 1, opts->items, (size_t)opts->length * sizeof *with_prog);
                            usage_lines(lines, with_prog, (size_t)opts->length + 1, indent, prefix_length, true, text_width);
                            usage_lines(lines, poss->items, (size_t)poss->length, indent, 0, false, text_width);
                        } else if (poss->length) {
                            memcpy(with_prog + 1, poss->items, (size_t)poss->length * sizeof *with_prog);
                            usage_lines(lines, with_prog, (size_t)poss->length + 1, indent, prefix_length, true, text_width);
                        } else {
                            molt_list_append(lines, prog);
                        }
                        free(with_prog);
                    } else {
                        int64_t indent = prefix_length;
                        MoltValue *all = malloc((size_t)(1 + opts->length + poss->length) * sizeof *all);
                        if (!all) abort();
                        memcpy(all, opts->items, (size_t)opts->length * sizeof *all);
                        memcpy(all + opts->length, poss->items, (size_t)poss->length * sizeof *all);
                        MoltValue trial = molt_list_new(0);
                        usage_lines(trial, all, (size_t)(opts->length + poss->length), indent, 0, false, text_width);
                        molt_list_append(lines, prog);
                        if (molt_list_length(trial) > 1) {
                            usage_lines(lines, opts->items, (size_t)opts->length, indent, 0, false, text_width);
                            usage_lines(lines, poss->items, (size_t)poss->length, indent, 0, false, text_width);
                        } else {
                            molt_list_extend(lines, trial);
                        }
                        molt_decref(trial);
                        free(all);
                    }
                    MoltValue newline = text_of("\n");
                    molt_decref(usage);
                    usage = molt_call_method(newline, "join", &lines, 1, MOLT_NONE);
                    molt_decref(newline);
                    molt_decref(lines);
                } else {
                    molt_decref(usage);
                    usage = MOLT_ERROR;
                }
                if (opt_usage != MOLT_ERROR) molt_decref(opt_usage);
                if (pos_usage != MOLT_ERROR) molt_decref(pos_usage);
                if (opt_parts != MOLT_ERROR) molt_decref(opt_parts);
                if (pos_parts != MOLT_ERROR) molt_decref(pos_parts);
            }
        }
        if (prog != MOLT_ERROR) molt_decref(prog);
        if (action_usage != MOLT_ERROR) molt_decref(action_usage);
        free(optionals);
        free(positionals);
        free(ordered);
        if (usage == MOLT_ERROR) return MOLT_ERROR;
    }
    MoltBuffer out;
    molt_buffer_init(&out);
    molt_buffer_append_cstr(&out, prefix);
    int status = molt_buffer_append_str_of(&out, usage);
    molt_decref(usage);
    if (status < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&out, "\n\n");
    return molt_buffer_finish(&out);
}

/* ---- text and actions ------------------------------------------------------------------ */

static MoltValue call_textwrap(const char *function, MoltValue text, int64_t width, MoltValue indent) {
    MoltValue args[4] = {text, molt_int_from_i64(width), indent, indent};
    if (indent == MOLT_UNBOUND) return molt_call_method(MOLT_MODULE_VALUE(textwrap), function, args, 2, MOLT_NONE);
    MoltValue names[2] = {text_of("initial_indent"), text_of("subsequent_indent")};
    MoltValue kwnames = molt_tuple_from_owned(names, 2);
    MoltValue result = molt_call_method(MOLT_MODULE_VALUE(textwrap), function, args, 2, kwnames);
    molt_decref(kwnames);
    return result;
}

/* _fill_text(text, width, indent). */
static MoltValue fill_text(const Formatter *f, MoltValue text, int64_t width, MoltValue indent) {
    if (f->parser->formatter == FORMATTER_RAW_DESCRIPTION || f->parser->formatter == FORMATTER_RAW_TEXT) {
        MoltValue keep = MOLT_TRUE;
        MoltValue lines = molt_call_method(text, "splitlines", &keep, 1, MOLT_NONE);
        if (lines == MOLT_ERROR) return MOLT_ERROR;
        MoltBuffer out;
        molt_buffer_init(&out);
        const MoltList *list = molt_list_object(lines);
        for (int64_t i = 0; i < list->length; i++) {
            molt_buffer_append_str(&out, indent);
            molt_buffer_append_str(&out, list->items[i]);
        }
        molt_decref(lines);
        return molt_buffer_finish(&out);
    }
    MoltValue collapsed = collapse_whitespace(text);
    if (collapsed == MOLT_ERROR) return MOLT_ERROR;
    MoltValue filled = call_textwrap("fill", collapsed, width, indent);
    molt_decref(collapsed);
    return filled;
}

/* _split_lines(text, width). */
static MoltValue split_lines(const Formatter *f, MoltValue text, int64_t width) {
    if (f->parser->formatter == FORMATTER_RAW_TEXT) return molt_call_method(text, "splitlines", NULL, 0, MOLT_NONE);
    MoltValue collapsed = collapse_whitespace(text);
    if (collapsed == MOLT_ERROR) return MOLT_ERROR;
    MoltValue lines = call_textwrap("wrap", collapsed, width, MOLT_UNBOUND);
    molt_decref(collapsed);
    return lines;
}

/* _format_text(text): "%(prog)" expanded, filled at the current indent, "\n\n". */
static MoltValue format_text(const Formatter *f, MoltValue text) {
    MoltValue expanded = molt_new_reference(text);
    MoltValue marker = text_of("%(prog)");
    int has = molt_contains(text, marker);
    molt_decref(marker);
    if (has < 0) {
        molt_decref(expanded);
        return MOLT_ERROR;
    }
    if (has) {
        MoltValue mapping = molt_dict_new();
        put_text(mapping, "prog", f->parser->prog);
        molt_decref(expanded);
        expanded = molt_binary_op(MOLT_OP_MOD, text, mapping);
        molt_decref(mapping);
        if (expanded == MOLT_ERROR) return MOLT_ERROR;
    }
    int64_t width = f->width - f->indent;
    if (width < 11) width = 11;
    MoltValue indent = spaces(f->indent);
    MoltValue filled = fill_text(f, expanded, width, indent);
    molt_decref(indent);
    molt_decref(expanded);
    if (filled == MOLT_ERROR) return MOLT_ERROR;
    MoltValue end = text_of("\n\n");
    MoltValue result = molt_str_concat(filled, end);
    molt_decref(end);
    molt_decref(filled);
    return result;
}

/* _expand_help(action): the help string % the action's attributes. */
static MoltValue expand_help(const Formatter *f, const ArgAction *a) {
    MoltValue help = molt_new_reference(a->help);
    if (f->parser->formatter == FORMATTER_ARGUMENT_DEFAULTS) {
        size_t length;
        const char *text = molt_str_utf8(help, &length);
        if (!strstr(text, "%(default)") && !molt_argparse_is_suppress(a->default_value) &&
            (has_options(a) || a->nargs == NARGS_OPTIONAL || a->nargs == NARGS_ZERO_OR_MORE)) {
            MoltValue suffix = text_of(" (default: %(default)s)");
            MoltValue longer = molt_str_concat(help, suffix);
            molt_decref(suffix);
            molt_decref(help);
            help = longer;
        }
    }
    const char *names[] = {"option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                           "help", "metavar", "version", "prog"};
    MoltValue values[] = {a->option_strings, a->dest, a->nargs_value, a->const_value, a->default_value, a->type,
                          a->choices, molt_from_bool(a->required), a->help, a->metavar, a->version, f->parser->prog};
    MoltValue params = molt_dict_new();
    int status = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && status == 0; i++) {
        if (i == 10 && a->kind != ACTION_VERSION) continue;
        MoltValue value = values[i], name_value;
        if (molt_argparse_is_suppress(value)) continue;
        int has_name = molt_getattr_optional(value, "__name__", &name_value);
        if (has_name < 0) {
            status = -1;
            break;
        }
        if (has_name) {
            status = put_text(params, names[i], name_value);
            molt_decref(name_value);
        } else if (i == 6 && value != MOLT_NONE) {
            MoltValue strings = molt_list_new(0), iterator = molt_iter(value);
            if (iterator == MOLT_ERROR) status = -1;
            for (MoltValue item; status == 0 && (item = molt_iter_next(iterator)) != MOLT_STOP;) {
                MoltValue s = item == MOLT_ERROR ? MOLT_ERROR : molt_str(item);
                if (item != MOLT_ERROR) molt_decref(item);
                if (s == MOLT_ERROR) status = -1;
                else {
                    molt_list_append(strings, s);
                    molt_decref(s);
                }
            }
            if (iterator != MOLT_ERROR) molt_decref(iterator);
            if (status == 0) {
                MoltValue separator = text_of(", ");
                MoltValue joined = molt_call_method(separator, "join", &strings, 1, MOLT_NONE);
                molt_decref(separator);
                status = joined == MOLT_ERROR ? -1 : put_text(params, names[i], joined);
                if (joined != MOLT_ERROR) molt_decref(joined);
            }
            molt_decref(strings);
        } else {
            status = put_text(params, names[i], value);
        }
    }
    MoltValue result = status < 0 ? MOLT_ERROR : molt_binary_op(MOLT_OP_MOD, help, params);
    molt_decref(params);
    molt_decref(help);
    return result;
}

static void append_line(MoltBuffer *out, int64_t indent, MoltValue text) {
    append_spaces(out, indent);
    molt_buffer_append_str(out, text);
    molt_buffer_append(out, "\n", 1);
}

static int format_action(Formatter *f, const ArgAction *a, MoltBuffer *out);

static int format_subactions(Formatter *f, const ArgAction *a, MoltBuffer *out) {
    if (a->kind != ACTION_PARSERS) return 0;
    f->indent += 2;
    const MoltList *subs = molt_list_object(a->choice_actions);
    int status = 0;
    for (int64_t i = 0; i < subs->length && status == 0; i++) status = format_action(f, molt_as_ptr(subs->items[i]), out);
    f->indent -= 2;
    return status;
}

/* _format_action(action). */
static int format_action(Formatter *f, const ArgAction *a, MoltBuffer *out) {
    int64_t help_position = f->action_max_length + 2;
    if (help_position > f->max_help_position) help_position = f->max_help_position;
    int64_t help_width = f->width - help_position > 11 ? f->width - help_position : 11;
    int64_t action_width = help_position - f->indent - 2;
    MoltValue header = invocation(a);
    if (header == MOLT_ERROR) return -1;
    int help_true = molt_truthy(a->help);
    if (help_true < 0) {
        molt_decref(header);
        return -1;
    }
    int64_t indent_first = 0;
    bool header_ends_line;
    if (!help_true) {
        append_line(out, f->indent, header);
        header_ends_line = true;
    } else if (molt_str_length(header) <= action_width) {
        append_spaces(out, f->indent);
        molt_buffer_append_str(out, header);
        append_spaces(out, action_width - molt_str_length(header) + 2);
        header_ends_line = false;
    } else {
        append_line(out, f->indent, header);
        indent_first = help_position;
        header_ends_line = true;
    }
    molt_decref(header);
    bool has_text = false;
    if (help_true) {
        MoltValue stripped = molt_call_method(a->help, "strip", NULL, 0, MOLT_NONE);
        if (stripped == MOLT_ERROR) return -1;
        has_text = molt_str_length(stripped) > 0;
        molt_decref(stripped);
    }
    if (has_text) {
        MoltValue help_text = expand_help(f, a);
        if (help_text == MOLT_ERROR) return -1;
        if (molt_str_length(help_text) > 0) {
            MoltValue lines = split_lines(f, help_text, help_width);
            if (lines == MOLT_ERROR) {
                molt_decref(help_text);
                return -1;
            }
            const MoltList *list = molt_list_object(lines);
            for (int64_t i = 0; i < list->length; i++) append_line(out, i ? help_position : indent_first, list->items[i]);
            molt_decref(lines);
        }
        molt_decref(help_text);
    } else if (!header_ends_line) {
        molt_buffer_append(out, "\n", 1);
    }
    return format_subactions(f, a, out);
}

/* add_argument's bookkeeping: the longest invocation plus the current indent. */
static int measure_action(Formatter *f, const ArgAction *a) {
    if (molt_argparse_is_suppress(a->help)) return 0;
    int64_t longest = 0;
    MoltValue header = invocation(a);
    if (header == MOLT_ERROR) return -1;
    longest = molt_str_length(header);
    molt_decref(header);
    if (a->kind == ACTION_PARSERS) {
        const MoltList *subs = molt_list_object(a->choice_actions);
        for (int64_t i = 0; i < subs->length; i++) {
            MoltValue sub = invocation(molt_as_ptr(subs->items[i]));
            if (sub == MOLT_ERROR) return -1;
            if (molt_str_length(sub) > longest) longest = molt_str_length(sub);
            molt_decref(sub);
        }
    }
    if (longest + f->indent > f->action_max_length) f->action_max_length = longest + f->indent;
    return 0;
}

/* One section (an argument group): "\n" heading items "\n", or nothing. */
static int format_section(Formatter *f, const ArgGroup *group, MoltBuffer *out) {
    MoltBuffer items;
    molt_buffer_init(&items);
    f->indent += 2;
    int status = 0;
    if (!is_absent(group->description)) {
        MoltValue text = format_text(f, group->description);
        if (text == MOLT_ERROR) status = -1;
        else {
            molt_buffer_append_str(&items, text);
            molt_decref(text);
        }
    }
    const MoltList *actions = molt_list_object(group->actions);
    for (int64_t i = 0; i < actions->length && status == 0; i++) {
        const ArgAction *a = molt_as_ptr(actions->items[i]);
        if (!molt_argparse_is_suppress(a->help)) status = format_action(f, a, &items);
    }
    f->indent -= 2;
    if (status == 0 && items.length > 0) {
        molt_buffer_append(out, "\n", 1);
        if (!is_absent(group->title)) {
            append_spaces(out, f->indent);
            status = molt_buffer_append_str_of(out, group->title);
            molt_buffer_append_cstr(out, ":\n");
        }
        molt_buffer_append(out, items.data, items.length);
        molt_buffer_append(out, "\n", 1);
    }
    molt_buffer_free(&items);
    return status;
}

/* format_help's ending: runs of 3+ newlines become 2, then strip('\n') + '\n'. */
static MoltValue finish_help(MoltBuffer *help) {
    MoltBuffer out;
    molt_buffer_init(&out);
    size_t start = 0, end = help->length;
    while (start < end && help->data[start] == '\n') start++;
    while (end > start && help->data[end - 1] == '\n') end--;
    for (size_t i = start; i < end;) {
        if (help->data[i] == '\n') {
            size_t run = 0;
            while (i + run < end && help->data[i + run] == '\n') run++;
            molt_buffer_append(&out, "\n\n", run >= 3 ? 2 : run);
            i += run;
        } else {
            molt_buffer_append(&out, help->data + i, 1);
            i++;
        }
    }
    bool empty = help->length == 0;
    molt_buffer_free(help);
    if (!empty) molt_buffer_append(&out, "\n", 1);
    return molt_buffer_finish(&out);
}

static bool append_owned(MoltBuffer *out, MoltValue text) {
    if (text == MOLT_ERROR) return false;
    molt_buffer_append_str(out, text);
    molt_decref(text);
    return true;
}

MoltValue molt_argparse_format_usage(ArgParser *parser) {
    Formatter f;
    formatter_init(&f, parser);
    MoltBuffer help;
    molt_buffer_init(&help);
    const MoltList *actions = molt_list_object(parser->actions);
    if (!append_owned(&help, format_usage_text(&f, actions->items, (size_t)actions->length, "usage: "))) {
        molt_buffer_free(&help);
        return MOLT_ERROR;
    }
    return finish_help(&help);
}

MoltValue molt_argparse_format_positional_usage(ArgParser *parser) {
    Formatter f;
    formatter_init(&f, parser);
    const MoltList *actions = molt_list_object(parser->actions);
    MoltValue *positionals = malloc((size_t)(actions->length + 1) * sizeof *positionals);
    if (!positionals) abort();
    size_t count = 0;
    for (int64_t i = 0; i < actions->length; i++)
        if (!has_options(molt_as_ptr(actions->items[i]))) positionals[count++] = actions->items[i];
    MoltBuffer help;
    molt_buffer_init(&help);
    bool ok = append_owned(&help, format_usage_text(&f, positionals, count, ""));
    free(positionals);
    if (!ok) {
        molt_buffer_free(&help);
        return MOLT_ERROR;
    }
    MoltValue text = finish_help(&help);
    MoltValue stripped = molt_call_method(text, "strip", NULL, 0, MOLT_NONE);
    molt_decref(text);
    return stripped;
}

MoltValue molt_argparse_format_help(ArgParser *parser) {
    Formatter f;
    formatter_init(&f, parser);
    f.indent = 2;
    for (size_t g = 0; g < parser->group_count; g++) {
        const MoltList *actions = molt_list_object(parser->groups[g].actions);
        for (int64_t i = 0; i < actions->length; i++)
            if (measure_action(&f, molt_as_ptr(actions->items[i])) < 0) return MOLT_ERROR;
    }
    f.indent = 0;
    MoltBuffer help;
    molt_buffer_init(&help);
    const MoltList *actions = molt_list_object(parser->actions);
    bool ok = append_owned(&help, format_usage_text(&f, actions->items, (size_t)actions->length, "usage: "));
    if (ok && !is_absent(parser->description)) ok = append_owned(&help, format_text(&f, parser->description));
    for (size_t g = 0; ok && g < parser->group_count; g++) ok = format_section(&f, &parser->groups[g], &help) == 0;
    if (ok && !is_absent(parser->epilog)) ok = append_owned(&help, format_text(&f, parser->epilog));
    if (!ok) {
        molt_buffer_free(&help);
        return MOLT_ERROR;
    }
    return finish_help(&help);
}

MoltValue molt_argparse_format_version(ArgParser *parser, MoltValue version) {
    Formatter f;
    formatter_init(&f, parser);
    MoltBuffer help;
    molt_buffer_init(&help);
    if (!is_absent(version) && !append_owned(&help, format_text(&f, version))) {
        molt_buffer_free(&help);
        return MOLT_ERROR;
    }
    return finish_help(&help);
}
