/* The argparse module: ArgumentParser, its argument groups, mutually
 * exclusive groups and subparsers, the actions (store, store_const,
 * store_true/false, append, append_const, extend, count, help, version) and
 * Namespace, following CPython 3.12's Lib/argparse.py: the same parsing
 * algorithm (the 'OAA-' pattern of the arguments matched by nargs patterns,
 * run by Molt's re), the same messages and exits. argparse_format.c is the
 * HelpFormatter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/args.h"
#include "../core/buffer.h"
#include "../core/output.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "argparse_internal.h"

static MoltModuleError argument_error = MOLT_MODULE_ERROR("ArgumentError", "argparse", &molt_type_Exception);
static MoltModuleError argument_type_error = MOLT_MODULE_ERROR("ArgumentTypeError", "argparse", &molt_type_Exception);

extern MoltType molt_type_ArgumentParser, molt_type_Action, molt_type_ArgumentGroup, molt_type_HelpFormatter,
    molt_type_RawDescriptionHelpFormatter, molt_type_RawTextHelpFormatter, molt_type_ArgumentDefaultsHelpFormatter;


static bool str_is(MoltValue v, const char *text) {
    if (!molt_is_str(v)) return false;
    size_t length;
    const char *bytes = molt_str_utf8(v, &length);
    return length == strlen(text) && memcmp(bytes, text, length) == 0;
}

bool molt_argparse_is_suppress(MoltValue v) { return str_is(v, "==SUPPRESS=="); }

static ArgParser *as_parser(MoltValue v) { return molt_as_ptr(v); }
static ArgAction *as_action(MoltValue v) { return molt_as_ptr(v); }

/* ---- Namespace ------------------------------------------------------------------------ */

static MoltClass *namespace_class;   /* made on first use, released at exit */

static MoltValue namespace_init_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = MOLT_NONE;
    MoltValue keys = molt_call_method(bound[1], "items", NULL, 0, MOLT_NONE);
    MoltValue iterator = keys == MOLT_ERROR ? MOLT_ERROR : molt_iter(keys);
    if (iterator == MOLT_ERROR) result = MOLT_ERROR;
    for (MoltValue item; result != MOLT_ERROR && (item = molt_iter_next(iterator)) != MOLT_STOP;) {
        if (item == MOLT_ERROR) {
            result = MOLT_ERROR;
            break;
        }
        MoltValue pair[2] = {molt_tuple_items(item)[0], molt_tuple_items(item)[1]};
        if (molt_setattr(bound[0], molt_str_utf8(pair[0], NULL), pair[1]) < 0) result = MOLT_ERROR;
        molt_decref(item);
    }
    if (iterator != MOLT_ERROR) molt_decref(iterator);
    if (keys != MOLT_ERROR) molt_decref(keys);
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

/* _AttributeHolder.__repr__ over the instance dict. */
static MoltValue namespace_repr_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue self;
    if (molt_function_bind(function, args, nargs, kwnames, &self) < 0) return MOLT_ERROR;
    MoltValue dict = molt_getattr(self, "__dict__");
    molt_decref(self);
    if (dict == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer out;
    molt_buffer_init(&out);
    MoltValue type_name = molt_getattr(molt_from_type(molt_type_of(args[0])), "__name__");
    if (type_name != MOLT_ERROR) {
        molt_buffer_append_str(&out, type_name);
        molt_decref(type_name);
    }
    molt_buffer_append(&out, "(", 1);
    MoltValue star = molt_dict_new();
    MoltValue items = molt_call_method(dict, "items", NULL, 0, MOLT_NONE);
    MoltValue iterator = items == MOLT_ERROR ? MOLT_ERROR : molt_iter(items);
    int status = iterator == MOLT_ERROR ? -1 : 0;
    bool first = true;
    for (MoltValue item; status == 0 && (item = molt_iter_next(iterator)) != MOLT_STOP;) {
        if (item == MOLT_ERROR) {
            status = -1;
            break;
        }
        MoltValue key = molt_tuple_items(item)[0], value = molt_tuple_items(item)[1];
        MoltValue identifier = molt_call_method(key, "isidentifier", NULL, 0, MOLT_NONE);
        if (identifier == MOLT_ERROR) status = -1;
        else if (identifier == MOLT_TRUE) {
            if (!first) molt_buffer_append_cstr(&out, ", ");
            first = false;
            molt_buffer_append_str(&out, key);
            molt_buffer_append(&out, "=", 1);
            status = molt_buffer_append_repr(&out, value);
        } else {
            status = molt_dict_setitem(star, key, value);
        }
        molt_decref(item);
    }
    if (status == 0 && molt_dict_length(star) > 0) {
        if (!first) molt_buffer_append_cstr(&out, ", ");
        molt_buffer_append_cstr(&out, "**");
        status = molt_buffer_append_repr(&out, star);
    }
    if (iterator != MOLT_ERROR) molt_decref(iterator);
    if (items != MOLT_ERROR) molt_decref(items);
    molt_decref(star);
    molt_decref(dict);
    if (status < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    molt_buffer_append(&out, ")", 1);
    return molt_buffer_finish(&out);
}

static MoltValue namespace_value(void);

static MoltValue namespace_eq_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue cls = namespace_value(), result;
    int is = cls == MOLT_ERROR ? -1 : molt_type_matches_class(molt_type_of(bound[1]), molt_as_type(cls));
    if (is < 0) result = MOLT_ERROR;
    else if (!is) result = MOLT_NOT_IMPLEMENTED;
    else {
        MoltValue a = molt_getattr(bound[0], "__dict__"), b = molt_getattr(bound[1], "__dict__");
        result = a == MOLT_ERROR || b == MOLT_ERROR ? MOLT_ERROR : molt_compare(MOLT_CMP_EQ, a, b);
        if (a != MOLT_ERROR) molt_decref(a);
        if (b != MOLT_ERROR) molt_decref(b);
    }
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}

static MoltValue namespace_contains_entry(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue dict = molt_getattr(bound[0], "__dict__");
    int has = dict == MOLT_ERROR ? -1 : molt_contains(dict, bound[1]);
    if (dict != MOLT_ERROR) molt_decref(dict);
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return has < 0 ? MOLT_ERROR : molt_from_bool(has);
}

static const char *const init_parameters[] = {"self", "kwargs"};
static const char *const self_parameters[] = {"self"};
static const char *const other_parameters[] = {"self", "other"};
static const char *const key_parameters[] = {"self", "key"};
static const MoltCode namespace_init_code = {"__init__", "Namespace.__init__", init_parameters, 1, 0, 0, false, true,
                                             namespace_init_entry, NULL, 0, "argparse"};
static const MoltCode namespace_repr_code = {"__repr__", "_AttributeHolder.__repr__", self_parameters, 1, 0, 0, false,
                                             false, namespace_repr_entry, NULL, 0, "argparse"};
static const MoltCode namespace_eq_code = {"__eq__", "Namespace.__eq__", other_parameters, 2, 0, 0, false, false,
                                           namespace_eq_entry, NULL, 0, "argparse"};
static const MoltCode namespace_contains_code = {"__contains__", "Namespace.__contains__", key_parameters, 2, 0, 0,
                                                 false, false, namespace_contains_entry, NULL, 0, "argparse"};

static int define(MoltValue namespace, const char *name, MoltValue value) {
    if (value == MOLT_ERROR) return -1;
    int status = molt_dict_setitem(namespace, molt_class_name_str(name), value);
    molt_decref(value);
    return status;
}

static MoltValue namespace_value(void) {
    if (!namespace_class) {
        MoltValue namespace = molt_dict_new(), bases = molt_tuple_new(0);
        MoltValue made = MOLT_ERROR;
        if (define(namespace, "__init__", molt_function_new(&namespace_init_code, NULL, NULL, 0)) == 0 &&
            define(namespace, "__repr__", molt_function_new(&namespace_repr_code, NULL, NULL, 0)) == 0 &&
            define(namespace, "__eq__", molt_function_new(&namespace_eq_code, NULL, NULL, 0)) == 0 &&
            define(namespace, "__contains__", molt_function_new(&namespace_contains_code, NULL, NULL, 0)) == 0 &&
            define(namespace, "__hash__", MOLT_NONE) == 0)
            made = molt_class_new_in_module("Namespace", "argparse", bases, namespace, NULL);
        molt_decref(bases);
        molt_decref(namespace);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        namespace_class = molt_as_ptr(made);
    }
    return molt_from_ptr(namespace_class);
}

static MoltValue make_namespace_class(void) {
    MoltValue cls = namespace_value();
    return cls == MOLT_ERROR ? MOLT_ERROR : molt_new_reference(cls);
}

void molt_argparse_release(void) {
    if (!namespace_class) return;
    MoltValue value = molt_from_ptr(namespace_class);
    namespace_class = NULL;
    molt_decref(value);
}

/* ---- errors and exits ----------------------------------------------------------------- */

/* _get_action_name(action): a new str, or MOLT_NONE. */
static MoltValue action_name(const ArgAction *a) {
    if (molt_list_length(a->option_strings) > 0) {
        MoltValue slash = text_of("/");
        MoltValue joined = molt_call_method(slash, "join", &a->option_strings, 1, MOLT_NONE);
        molt_decref(slash);
        return joined;
    }
    if (a->metavar != MOLT_NONE && !molt_argparse_is_suppress(a->metavar)) return molt_str(a->metavar);
    if (a->dest != MOLT_NONE && !molt_argparse_is_suppress(a->dest)) return molt_new_reference(a->dest);
    if (a->choices != MOLT_NONE) {
        MoltValue comma = text_of(",");
        MoltValue joined = molt_call_method(comma, "join", &a->choices, 1, MOLT_NONE);
        molt_decref(comma);
        if (joined == MOLT_ERROR) return MOLT_ERROR;
        MoltBuffer out;
        molt_buffer_init(&out);
        molt_buffer_append(&out, "{", 1);
        molt_buffer_append_str(&out, joined);
        molt_buffer_append(&out, "}", 1);
        molt_decref(joined);
        return molt_buffer_finish(&out);
    }
    return MOLT_NONE;
}

/* raise ArgumentError(action, message): its str is "argument NAME: message". */
static MoltValue raise_argument_error(const ArgAction *a, MoltValue message) {
    MoltValue name = a ? action_name(a) : MOLT_NONE;
    if (name == MOLT_ERROR) return MOLT_ERROR;
    MoltBuffer out;
    molt_buffer_init(&out);
    if (name != MOLT_NONE) {
        molt_buffer_append_cstr(&out, "argument ");
        molt_buffer_append_str(&out, name);
        molt_buffer_append_cstr(&out, ": ");
        molt_decref(name);
    }
    molt_buffer_append_str(&out, message);
    MoltValue text = molt_buffer_finish(&out);
    molt_module_error_raise(&argument_error, "%s", molt_str_utf8(text, NULL));
    molt_decref(text);
    return MOLT_ERROR;
}

static MoltValue raise_argument_error_format(const ArgAction *a, const char *format, MoltValue argument) {
    MoltValue pattern = text_of(format);
    MoltValue message = molt_binary_op(MOLT_OP_MOD, pattern, argument);
    molt_decref(pattern);
    if (message == MOLT_ERROR) return MOLT_ERROR;
    raise_argument_error(a, message);
    molt_decref(message);
    return MOLT_ERROR;
}

static MoltValue raise_system_exit(int64_t status) {
    MoltValue code = molt_int_from_i64(status);
    MoltValue exception = molt_call(molt_from_type(&molt_type_SystemExit), &code, 1, MOLT_NONE);
    if (exception == MOLT_ERROR) return MOLT_ERROR;
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}

/* _print_message: to the process's stdout or stderr, or file.write(message). */
static int print_message(MoltValue message, MoltValue file, bool to_stderr) {
    size_t length;
    const char *bytes = molt_str_utf8(message, &length);
    if (length == 0) return 0;
    if (file != MOLT_NONE && file != MOLT_UNBOUND) {
        MoltValue result = molt_call_method(file, "write", &message, 1, MOLT_NONE);
        if (result == MOLT_ERROR) return -1;
        molt_decref(result);
        return 0;
    }
    if (to_stderr) molt_output_stderr(bytes, length);
    else molt_output_stdout(bytes, length);
    return 0;
}

/* parser.exit(status, message). */
static MoltValue parser_exit(int64_t status, MoltValue message) {
    if (message != MOLT_NONE && molt_truthy(message) == 1 && print_message(message, MOLT_NONE, true) < 0)
        return MOLT_ERROR;
    return raise_system_exit(status);
}

/* parser.error(message): the usage and "prog: error: message" to stderr, exit 2. */
static MoltValue parser_error(ArgParser *p, MoltValue message) {
    MoltValue usage = molt_argparse_format_usage(p);
    if (usage == MOLT_ERROR) return MOLT_ERROR;
    print_message(usage, MOLT_NONE, true);
    molt_decref(usage);
    MoltBuffer out;
    molt_buffer_init(&out);
    if (molt_buffer_append_str_of(&out, p->prog) < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    molt_buffer_append_cstr(&out, ": error: ");
    molt_buffer_append_str(&out, message);
    molt_buffer_append(&out, "\n", 1);
    MoltValue text = molt_buffer_finish(&out);
    MoltValue result = parser_exit(2, text);
    molt_decref(text);
    return result;
}

static MoltValue parser_error_format(ArgParser *p, const char *format, MoltValue argument) {
    MoltValue pattern = text_of(format);
    MoltValue message = molt_binary_op(MOLT_OP_MOD, pattern, argument);
    molt_decref(pattern);
    if (message == MOLT_ERROR) return MOLT_ERROR;
    parser_error(p, message);
    molt_decref(message);
    return MOLT_ERROR;
}

/* ---- actions ------------------------------------------------------------------------- */

static const char *const action_class_names[] = {
    "_StoreAction", "_StoreConstAction", "_StoreTrueAction", "_StoreFalseAction", "_AppendAction",
    "_AppendConstAction", "_ExtendAction", "_CountAction", "_HelpAction", "_VersionAction", "_SubParsersAction",
    "_ChoicesPseudoAction"};

static void action_dealloc(MoltObject *object) {
    ArgAction *a = (ArgAction *)object;
    MoltValue values[] = {a->option_strings, a->dest, a->nargs_value, a->const_value, a->default_value, a->type,
                          a->choices, a->help, a->metavar, a->version, a->prog_prefix, a->parser_map,
                          a->choice_actions};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) molt_decref(values[i]);
    free(a);
}

static ArgAction *action_new(ArgActionKind kind) {
    ArgAction *a = calloc(1, sizeof *a);
    if (!a) abort();
    a->header.refcount = 1;
    a->header.type = &molt_type_Action;
    a->kind = kind;
    a->option_strings = molt_list_new(0);
    a->dest = a->nargs_value = a->const_value = a->default_value = a->type = a->choices = MOLT_NONE;
    a->help = a->metavar = a->version = a->prog_prefix = a->parser_map = a->choice_actions = MOLT_NONE;
    return a;
}

static void replace(MoltValue *slot, MoltValue value) {
    molt_incref(value);
    molt_decref(*slot);
    *slot = value;
}

static MoltValue action_repr(MoltValue self) {
    ArgAction *a = as_action(self);
    const char *names[] = {"option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                           "help", "metavar"};
    MoltValue values[] = {a->option_strings, a->dest, a->nargs_value, a->const_value, a->default_value, a->type,
                          a->choices, molt_from_bool(a->required), a->help, a->metavar};
    MoltBuffer out;
    molt_buffer_init(&out);
    molt_buffer_append_cstr(&out, action_class_names[a->kind]);
    molt_buffer_append(&out, "(", 1);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (i) molt_buffer_append_cstr(&out, ", ");
        molt_buffer_append_cstr(&out, names[i]);
        molt_buffer_append(&out, "=", 1);
        if (molt_buffer_append_repr(&out, values[i]) < 0) {
            molt_buffer_free(&out);
            return MOLT_ERROR;
        }
    }
    molt_buffer_append(&out, ")", 1);
    return molt_buffer_finish(&out);
}

static MoltValue *action_field(ArgAction *a, const char *name) {
    if (strcmp(name, "option_strings") == 0) return &a->option_strings;
    if (strcmp(name, "dest") == 0) return &a->dest;
    if (strcmp(name, "nargs") == 0) return &a->nargs_value;
    if (strcmp(name, "const") == 0) return &a->const_value;
    if (strcmp(name, "default") == 0) return &a->default_value;
    if (strcmp(name, "type") == 0) return &a->type;
    if (strcmp(name, "choices") == 0) return &a->choices;
    if (strcmp(name, "help") == 0) return &a->help;
    if (strcmp(name, "metavar") == 0) return &a->metavar;
    if (strcmp(name, "version") == 0 && a->kind == ACTION_VERSION) return &a->version;
    return NULL;
}

static MoltValue action_getattr(MoltValue self, const char *name) {
    ArgAction *a = as_action(self);
    if (strcmp(name, "required") == 0) return molt_from_bool(a->required);
    MoltValue *field = action_field(a, name);
    return field ? molt_new_reference(*field) : MOLT_NOT_IMPLEMENTED;
}

static int action_setattr(MoltValue self, const char *name, MoltValue value) {
    ArgAction *a = as_action(self);
    if (strcmp(name, "required") == 0 && value != MOLT_UNBOUND) {
        int truth = molt_truthy(value);
        if (truth < 0) return -1;
        a->required = truth;
        return 0;
    }
    MoltValue *field = action_field(a, name);
    if (!field || value == MOLT_UNBOUND || strcmp(name, "nargs") == 0 || strcmp(name, "option_strings") == 0) {
        molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse does not change '%s' of an action", name);
        return -1;
    }
    replace(field, value);
    return 0;
}

/* ---- argument groups ------------------------------------------------------------------- */

/* A group object: the parser, and which group or mutually exclusive group. */
typedef struct GroupObject {
    MoltObject header;
    MoltValue parser;
    size_t index;
    bool mutex;
    int64_t container;   /* a mutex group's container: an argument group, or -1 for the parser */
} GroupObject;

extern MoltType molt_type_MutuallyExclusiveGroup;

static MoltValue group_object_new(MoltValue parser, size_t index, bool mutex, int64_t container) {
    GroupObject *g = calloc(1, sizeof *g);
    if (!g) abort();
    g->header.refcount = 1;
    g->header.type = mutex ? &molt_type_MutuallyExclusiveGroup : &molt_type_ArgumentGroup;
    g->parser = molt_new_reference(parser);
    g->index = index;
    g->mutex = mutex;
    g->container = container;
    return molt_from_ptr(g);
}

static void group_object_dealloc(MoltObject *object) {
    GroupObject *g = (GroupObject *)object;
    molt_decref(g->parser);
    free(g);
}

static size_t add_group(ArgParser *p, MoltValue title, MoltValue description) {
    ArgGroup *grown = realloc(p->groups, (p->group_count + 1) * sizeof *grown);
    if (!grown) abort();
    p->groups = grown;
    ArgGroup *g = &p->groups[p->group_count];
    g->title = molt_new_reference(title);
    g->description = molt_new_reference(description);
    g->actions = molt_list_new(0);
    return p->group_count++;
}

static size_t add_mutex(ArgParser *p, bool required) {
    ArgMutex *grown = realloc(p->mutexes, (p->mutex_count + 1) * sizeof *grown);
    if (!grown) abort();
    p->mutexes = grown;
    p->mutexes[p->mutex_count].required = required;
    p->mutexes[p->mutex_count].actions = molt_list_new(0);
    return p->mutex_count++;
}

/* ---- adding arguments ------------------------------------------------------------------ */

static bool has_prefix_char(ArgParser *p, MoltValue text, int64_t index) {
    if (!molt_is_str(text) || molt_str_length(text) <= index) return false;
    MoltValue c = molt_getitem(text, molt_int_from_i64(index));
    if (c == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        return false;
    }
    int in = molt_contains(p->prefix_chars, c);
    molt_decref(c);
    return in == 1;
}

static bool looks_negative(MoltValue text) {
    size_t length;
    const char *s = molt_str_utf8(text, &length);
    if (length < 2 || s[0] != '-') return false;
    size_t i = 1, digits = 0;
    while (i < length && s[i] >= '0' && s[i] <= '9') i++, digits++;
    if (i == length) return digits > 0;
    if (s[i] != '.') return false;
    i++;
    size_t fraction = 0;
    while (i < length && s[i] >= '0' && s[i] <= '9') i++, fraction++;
    return i == length && fraction > 0;
}

/* _check_conflict with the 'error' handler, then _add_action into the
 * parser and, for an argument group, the group's list. */
static MoltValue register_action(ArgParser *p, ArgAction *a, int64_t group) {
    const MoltList *options = molt_list_object(a->option_strings);
    MoltValue conflicts = molt_list_new(0);
    for (int64_t i = 0; i < options->length; i++) {
        int in = molt_contains(p->option_string_actions, options->items[i]);
        if (in < 0) {
            molt_decref(conflicts);
            return MOLT_ERROR;
        }
        if (in) molt_list_append(conflicts, options->items[i]);
    }
    if (molt_list_length(conflicts) > 0) {
        MoltValue separator = text_of(", ");
        MoltValue joined = molt_call_method(separator, "join", &conflicts, 1, MOLT_NONE);
        molt_decref(separator);
        const char *format = molt_list_length(conflicts) == 1 ? "conflicting option string: %s"
                                                               : "conflicting option strings: %s";
        molt_decref(conflicts);
        if (joined == MOLT_ERROR) return MOLT_ERROR;
        raise_argument_error_format(a, format, joined);
        molt_decref(joined);
        return MOLT_ERROR;
    }
    molt_decref(conflicts);
    MoltValue value = molt_from_ptr(a);
    molt_list_append(p->actions, value);
    for (int64_t i = 0; i < options->length; i++) {
        molt_dict_setitem(p->option_string_actions, options->items[i], value);
        if (looks_negative(options->items[i])) p->has_negative_number_optionals = true;
    }
    if (group < 0) group = options->length > 0 ? 1 : 0;
    molt_list_append(p->groups[group].actions, value);
    return molt_new_reference(value);
}

typedef enum Keyword {
    KW_ACTION, KW_NARGS, KW_CONST, KW_DEFAULT, KW_TYPE, KW_CHOICES, KW_REQUIRED, KW_HELP, KW_METAVAR, KW_DEST,
    KW_VERSION, KW_COUNT
} Keyword;
static const char *const keyword_names[] = {"action", "nargs", "const", "default", "type", "choices",
                                            "required", "help", "metavar", "dest", "version"};

/* Which keywords each action class's __init__ takes (besides option_strings, dest). */
static unsigned accepted_keywords(ArgActionKind kind) {
#define K(k) (1u << (k))
    switch (kind) {
    case ACTION_STORE: case ACTION_APPEND: case ACTION_EXTEND:
        return K(KW_NARGS) | K(KW_CONST) | K(KW_DEFAULT) | K(KW_TYPE) | K(KW_CHOICES) | K(KW_REQUIRED) | K(KW_HELP) |
               K(KW_METAVAR);
    case ACTION_STORE_CONST: case ACTION_APPEND_CONST:
        return K(KW_CONST) | K(KW_DEFAULT) | K(KW_REQUIRED) | K(KW_HELP) | K(KW_METAVAR);
    case ACTION_STORE_TRUE: case ACTION_STORE_FALSE: case ACTION_COUNT:
        return K(KW_DEFAULT) | K(KW_REQUIRED) | K(KW_HELP);
    case ACTION_HELP: return K(KW_DEFAULT) | K(KW_HELP);
    case ACTION_VERSION: return K(KW_VERSION) | K(KW_DEFAULT) | K(KW_HELP);
    default: return 0;
    }
#undef K
}

static int parse_nargs(ArgAction *a, MoltValue nargs) {
    replace(&a->nargs_value, nargs);
    if (nargs == MOLT_NONE) a->nargs = NARGS_DEFAULT;
    else if (str_is(nargs, "?")) a->nargs = NARGS_OPTIONAL;
    else if (str_is(nargs, "*")) a->nargs = NARGS_ZERO_OR_MORE;
    else if (str_is(nargs, "+")) a->nargs = NARGS_ONE_OR_MORE;
    else if (str_is(nargs, "...")) a->nargs = NARGS_REMAINDER;
    else if (str_is(nargs, "A...")) a->nargs = NARGS_PARSER;
    else if (molt_argparse_is_suppress(nargs)) a->nargs = NARGS_SUPPRESS;
    else if (molt_is_small_int(nargs)) {
        a->nargs = NARGS_COUNT;
        a->nargs_count = molt_small_int_value(nargs);
        if (a->nargs_count < 0) a->nargs_count = 0;
    } else {
        molt_raise_format(&molt_type_ValueError, "invalid nargs value");
        return -1;
    }
    return 0;
}

static MoltValue sys_argv_list(void) { return molt_getattr(MOLT_MODULE_VALUE(sys), "argv"); }

/* add_argument(*args, **kwargs) on the parser (group < 0) or an argument group. */
static MoltValue add_argument(ArgParser *p, int64_t group, int64_t mutex, const MoltValue *args, size_t nargs,
                              MoltValue kwnames) {
    MoltValue kw[KW_COUNT];
    bool given[KW_COUNT] = {false};
    const char *unknown_keyword = NULL;   /* reported once the action class is known, as CPython's __init__ does */
    for (int k = 0; k < KW_COUNT; k++) kw[k] = MOLT_NONE;
    size_t keyword_count = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keyword_count; k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        int which = 0;
        while (which < KW_COUNT && strcmp(keyword_names[which], name) != 0) which++;
        if (which == KW_COUNT) {
            if (!unknown_keyword) unknown_keyword = name;
            continue;
        }
        kw[which] = args[nargs + k];
        given[which] = true;
    }
    for (size_t i = 0; i < nargs; i++)
        if (!molt_is_str(args[i]))
            return molt_raise_format(&molt_type_TypeError, "'%s' object is not subscriptable", molt_type_of(args[i])->name);
    bool positional = nargs == 0 || (nargs == 1 && !has_prefix_char(p, args[0], 0));
    MoltValue option_strings = molt_list_new(0), dest;
    if (positional) {
        if (nargs == 0)
            return molt_decref(option_strings), molt_raise_format(&molt_type_TypeError,
                                     "_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: 'dest'");
        if (given[KW_DEST])
            return molt_decref(option_strings), molt_raise_format(&molt_type_ValueError, "dest supplied twice for positional argument");
        if (given[KW_REQUIRED])
            return molt_decref(option_strings), molt_raise_format(&molt_type_TypeError, "'required' is an invalid argument for positionals");
        dest = molt_new_reference(args[0]);
    } else {
        MoltValue long_option = MOLT_UNBOUND;
        for (size_t i = 0; i < nargs; i++) {
            if (!has_prefix_char(p, args[i], 0)) {
                MoltValue mapping = molt_dict_new();
                put_text(mapping, "option", args[i]);
                put_text(mapping, "prefix_chars", p->prefix_chars);
                MoltValue pattern = text_of("invalid option string %(option)r: must start with a character %(prefix_chars)r");
                MoltValue message = molt_binary_op(MOLT_OP_MOD, pattern, mapping);
                molt_decref(pattern);
                molt_decref(mapping);
                molt_decref(option_strings);
                if (message == MOLT_ERROR) return MOLT_ERROR;
                molt_raise_format(&molt_type_ValueError, "%s", molt_str_utf8(message, NULL));
                molt_decref(message);
                return MOLT_ERROR;
            }
            molt_list_append(option_strings, args[i]);
            if (long_option == MOLT_UNBOUND && has_prefix_char(p, args[i], 1)) long_option = args[i];
        }
        if (given[KW_DEST] && kw[KW_DEST] != MOLT_NONE) {
            dest = molt_new_reference(kw[KW_DEST]);
        } else {
            MoltValue source = long_option != MOLT_UNBOUND ? long_option : args[0];
            MoltValue stripped = molt_call_method(source, "lstrip", &p->prefix_chars, 1, MOLT_NONE);
            if (stripped == MOLT_ERROR) return molt_decref(option_strings), MOLT_ERROR;
            if (molt_str_length(stripped) == 0) {
                molt_decref(stripped);
                molt_decref(option_strings);
                return raise_argument_error_format(NULL, "dest= is required for options like %r", args[nargs - 1]) ,
                       molt_decref(molt_exc_fetch()),
                       molt_raise_format(&molt_type_ValueError, "dest= is required for options like '%s'", molt_str_utf8(args[nargs - 1], NULL));
            }
            MoltValue from[2] = {text_of("-"), text_of("_")};
            dest = molt_call_method(stripped, "replace", from, 2, MOLT_NONE);
            molt_decref(from[0]);
            molt_decref(from[1]);
            molt_decref(stripped);
            if (dest == MOLT_ERROR) return molt_decref(option_strings), MOLT_ERROR;
        }
    }
    /* the parser-level default */
    if (!given[KW_DEFAULT]) {
        MoltValue found;
        int in = molt_contains(p->defaults, dest);
        if (in == 1) {
            found = molt_getitem(p->defaults, dest);
            kw[KW_DEFAULT] = found;
            molt_decref(found);   /* the dict keeps it alive */
            given[KW_DEFAULT] = true;
        } else if (p->argument_default != MOLT_NONE) {
            kw[KW_DEFAULT] = p->argument_default;
            given[KW_DEFAULT] = true;
        }
    }
    /* the action class */
    ArgActionKind kind = ACTION_STORE;
    MoltValue action_value = kw[KW_ACTION];
    static const char *const kind_names[] = {"store", "store_const", "store_true", "store_false", "append",
                                             "append_const", "extend", "count", "help", "version", NULL};
    if (action_value != MOLT_NONE) {
        if (!molt_is_str(action_value)) {
            molt_decref(option_strings);
            molt_decref(dest);
            return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse takes action= only as one of its names");
        }
        int which = 0;
        while (kind_names[which] && !str_is(action_value, kind_names[which])) which++;
        if (!kind_names[which]) {
            molt_decref(option_strings);
            molt_decref(dest);
            if (str_is(action_value, "parsers"))
                return molt_raise_format(&molt_type_NotImplementedError, "use add_subparsers() for action='parsers'");
            return molt_raise_format(&molt_type_ValueError, "unknown action \"%s\"", molt_str_utf8(action_value, NULL));
        }
        kind = (ArgActionKind)which;
    }
    if (unknown_keyword) {
        molt_decref(option_strings);
        molt_decref(dest);
        return molt_raise_format(&molt_type_TypeError, "%s.__init__() got an unexpected keyword argument '%s'",
                                 action_class_names[kind], unknown_keyword);
    }
    unsigned accepted = accepted_keywords(kind);
    for (int k = KW_NARGS; k < KW_COUNT; k++) {
        if (k == KW_DEST || !given[k] || (accepted & (1u << k))) continue;
        if (k == KW_DEFAULT && !(accepted & (1u << k))) continue;
        molt_decref(option_strings);
        molt_decref(dest);
        return molt_raise_format(&molt_type_TypeError, "%s.__init__() got an unexpected keyword argument '%s'",
                                 action_class_names[kind], keyword_names[k]);
    }
    ArgAction *a = action_new(kind);
    replace(&a->option_strings, option_strings);
    molt_decref(option_strings);
    replace(&a->dest, dest);
    molt_decref(dest);
    MoltValue result = MOLT_ERROR;
    switch (kind) {
    case ACTION_STORE: case ACTION_APPEND: case ACTION_EXTEND:
        if (parse_nargs(a, kw[KW_NARGS]) < 0) goto done;
        if (a->nargs == NARGS_COUNT && a->nargs_count == 0) {
            molt_raise_format(&molt_type_ValueError,
                              kind == ACTION_STORE
                                  ? "nargs for store actions must be != 0; if you have nothing to store, actions such as "
                                    "store true or store const may be more appropriate"
                                  : "nargs for append actions must be != 0; if arg strings are not supplying the value "
                                    "to append, the append const action may be more appropriate");
            goto done;
        }
        if (kw[KW_CONST] != MOLT_NONE && a->nargs != NARGS_OPTIONAL) {
            molt_raise_format(&molt_type_ValueError, "nargs must be '?' to supply const");
            goto done;
        }
        replace(&a->type, kw[KW_TYPE]);
        replace(&a->choices, kw[KW_CHOICES]);
        replace(&a->metavar, kw[KW_METAVAR]);
        replace(&a->const_value, kw[KW_CONST]);
        break;
    case ACTION_STORE_CONST: case ACTION_APPEND_CONST:
        replace(&a->const_value, kw[KW_CONST]);
        if (kind == ACTION_APPEND_CONST) replace(&a->metavar, kw[KW_METAVAR]);
        break;
    case ACTION_STORE_TRUE: case ACTION_STORE_FALSE:
        replace(&a->const_value, molt_from_bool(kind == ACTION_STORE_TRUE));
        if (!given[KW_DEFAULT]) kw[KW_DEFAULT] = molt_from_bool(kind == ACTION_STORE_FALSE);
        break;
    case ACTION_HELP: case ACTION_VERSION:
        if (!given[KW_DEFAULT]) kw[KW_DEFAULT] = MOLT_UNBOUND;   /* SUPPRESS, below */
        if (kind == ACTION_VERSION) {
            replace(&a->version, kw[KW_VERSION]);
            if (!given[KW_HELP]) {
                MoltValue help = text_of("show program's version number and exit");
                replace(&a->help, help);
                molt_decref(help);
            }
        }
        break;
    default: break;
    }
    if (kind != ACTION_STORE && kind != ACTION_APPEND && kind != ACTION_EXTEND) {
        a->nargs = NARGS_COUNT;
        a->nargs_count = 0;
        replace(&a->nargs_value, molt_int_from_i64(0));
    }
    if (kw[KW_DEFAULT] == MOLT_UNBOUND) {
        MoltValue suppress = text_of("==SUPPRESS==");
        replace(&a->default_value, suppress);
        molt_decref(suppress);
    } else {
        replace(&a->default_value, kw[KW_DEFAULT]);
    }
    if (given[KW_HELP]) replace(&a->help, kw[KW_HELP]);
    if (kw[KW_REQUIRED] != MOLT_NONE) {
        int truth = molt_truthy(kw[KW_REQUIRED]);
        if (truth < 0) goto done;
        a->required = truth;
    }
    if (positional && a->nargs != NARGS_OPTIONAL && a->nargs != NARGS_ZERO_OR_MORE) a->required = true;
    if (positional && a->nargs == NARGS_ZERO_OR_MORE && !given[KW_DEFAULT]) a->required = true;
    if (a->type != MOLT_NONE) {
        const MoltType *type = molt_type_of(a->type);
        if (!type->instances_are_callable && !molt_is_type(a->type)) {
            MoltValue repr = molt_repr(a->type);
            if (repr != MOLT_ERROR) {
                molt_raise_format(&molt_type_ValueError, "%s is not callable", molt_str_utf8(repr, NULL));
                molt_decref(repr);
            }
            goto done;
        }
    }
    if (molt_argparse_check_metavar(p, a) < 0) goto done;
    if (mutex >= 0 && a->required) {
        molt_raise_format(&molt_type_ValueError, "mutually exclusive arguments must be optional");
        goto done;
    }
    result = register_action(p, a, group);
    if (result != MOLT_ERROR && mutex >= 0) molt_list_append(p->mutexes[mutex].actions, result);
done:
    molt_decref(molt_from_ptr(a));
    return result;
}

/* ---- the parser object ------------------------------------------------------------------ */

static void parser_dealloc(MoltObject *object) {
    ArgParser *p = (ArgParser *)object;
    MoltValue values[] = {p->prog, p->usage, p->description, p->epilog, p->prefix_chars, p->argument_default,
                          p->formatter_class, p->actions, p->option_string_actions, p->defaults};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) molt_decref(values[i]);
    for (size_t i = 0; i < p->group_count; i++) {
        molt_decref(p->groups[i].title);
        molt_decref(p->groups[i].description);
        molt_decref(p->groups[i].actions);
    }
    for (size_t i = 0; i < p->mutex_count; i++) molt_decref(p->mutexes[i].actions);
    free(p->groups);
    free(p->mutexes);
    free(p);
}

enum {
    P_PROG, P_USAGE, P_DESCRIPTION, P_EPILOG, P_PARENTS, P_FORMATTER_CLASS, P_PREFIX_CHARS, P_FROMFILE_PREFIX_CHARS,
    P_ARGUMENT_DEFAULT, P_CONFLICT_HANDLER, P_ADD_HELP, P_ALLOW_ABBREV, P_EXIT_ON_ERROR, P_COUNT
};
static const char *const parser_parameter_names[] = {
    "prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars",
    "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error", NULL};

static int truth_of(MoltValue v, bool fallback, bool *out) {
    if (v == MOLT_ARG_MISSING) {
        *out = fallback;
        return 0;
    }
    int truth = molt_truthy(v);
    if (truth < 0) return -1;
    *out = truth;
    return 0;
}

static MoltValue or_none(MoltValue v) { return v == MOLT_ARG_MISSING ? MOLT_NONE : v; }

/* ArgumentParser(...) */
static MoltValue parser_new(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const MoltArgSpec spec = {"ArgumentParser", 0, P_COUNT, parser_parameter_names, P_COUNT};
    MoltValue v[P_COUNT];
    /* ArgumentParser.__init__ is a Python function in CPython: its binding messages */
    if (nargs > P_COUNT)
        return molt_raise_format(&molt_type_TypeError,
                                 "ArgumentParser.__init__() takes from 1 to %d positional arguments but %zu were given",
                                 P_COUNT + 1, nargs + 1);
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        const char *name = molt_args_keyword_name(kwnames, k);
        size_t i = 0;
        while (parser_parameter_names[i] && strcmp(parser_parameter_names[i], name) != 0) i++;
        if (!parser_parameter_names[i])
            return molt_raise_format(&molt_type_TypeError, "ArgumentParser.__init__() got an unexpected keyword argument '%s'",
                                     name);
        if (i < nargs)
            return molt_raise_format(&molt_type_TypeError, "ArgumentParser.__init__() got multiple values for argument '%s'",
                                     name);
    }
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    if (v[P_PARENTS] != MOLT_ARG_MISSING) {
        int truth = molt_truthy(v[P_PARENTS]);
        if (truth < 0) return MOLT_ERROR;
        if (truth) return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse does not take parents= yet");
    }
    if (v[P_FROMFILE_PREFIX_CHARS] != MOLT_ARG_MISSING && v[P_FROMFILE_PREFIX_CHARS] != MOLT_NONE)
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "Molt's argparse does not read arguments from files (fromfile_prefix_chars)");
    if (v[P_CONFLICT_HANDLER] != MOLT_ARG_MISSING && !str_is(v[P_CONFLICT_HANDLER], "error")) {
        if (str_is(v[P_CONFLICT_HANDLER], "resolve"))
            return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse does not take conflict_handler='resolve' yet");
        MoltValue repr = molt_repr(v[P_CONFLICT_HANDLER]);
        if (repr == MOLT_ERROR) return MOLT_ERROR;
        molt_raise_format(&molt_type_ValueError, "invalid conflict_resolution value: %s", molt_str_utf8(repr, NULL));
        molt_decref(repr);
        return MOLT_ERROR;
    }
    ArgFormatterKind formatter = FORMATTER_DEFAULT;
    MoltValue formatter_class = molt_from_type(&molt_type_HelpFormatter);
    if (v[P_FORMATTER_CLASS] != MOLT_ARG_MISSING) {
        formatter_class = v[P_FORMATTER_CLASS];
        if (formatter_class == molt_from_type(&molt_type_RawDescriptionHelpFormatter)) formatter = FORMATTER_RAW_DESCRIPTION;
        else if (formatter_class == molt_from_type(&molt_type_RawTextHelpFormatter)) formatter = FORMATTER_RAW_TEXT;
        else if (formatter_class == molt_from_type(&molt_type_ArgumentDefaultsHelpFormatter))
            formatter = FORMATTER_ARGUMENT_DEFAULTS;
        else if (formatter_class != molt_from_type(&molt_type_HelpFormatter))
            return molt_raise_format(&molt_type_NotImplementedError,
                                     "Molt's argparse takes formatter_class= only as one of its formatter classes");
    }
    ArgParser *p = calloc(1, sizeof *p);
    if (!p) abort();
    p->header.refcount = 1;
    p->header.type = &molt_type_ArgumentParser;
    MoltValue self = molt_from_ptr(p);
    p->prefix_chars = v[P_PREFIX_CHARS] == MOLT_ARG_MISSING ? text_of("-") : molt_new_reference(v[P_PREFIX_CHARS]);
    p->usage = molt_new_reference(or_none(v[P_USAGE]));
    p->description = molt_new_reference(or_none(v[P_DESCRIPTION]));
    p->epilog = molt_new_reference(or_none(v[P_EPILOG]));
    p->argument_default = molt_new_reference(or_none(v[P_ARGUMENT_DEFAULT]));
    p->formatter_class = molt_new_reference(formatter_class);
    p->formatter = formatter;
    p->actions = molt_list_new(0);
    p->option_string_actions = molt_dict_new();
    p->defaults = molt_dict_new();
    p->prog = MOLT_NONE;
    if (truth_of(v[P_ADD_HELP], true, &p->add_help) < 0 || truth_of(v[P_ALLOW_ABBREV], true, &p->allow_abbrev) < 0 ||
        truth_of(v[P_EXIT_ON_ERROR], true, &p->exit_on_error) < 0) {
        molt_decref(self);
        return MOLT_ERROR;
    }
    if (or_none(v[P_PROG]) == MOLT_NONE) {
        /* os.path.basename(sys.argv[0]) */
        MoltValue argv = sys_argv_list();
        if (argv == MOLT_ERROR) {
            molt_decref(self);
            return MOLT_ERROR;
        }
        MoltValue first = molt_list_length(argv) > 0 ? molt_list_items(argv)[0] : MOLT_UNBOUND;
        if (first == MOLT_UNBOUND) {
            molt_decref(argv);
            molt_decref(self);
            return molt_raise_format(&molt_type_IndexError, "list index out of range");
        }
        MoltValue slash = text_of("/");
        MoltValue parts = molt_call_method(first, "rpartition", &slash, 1, MOLT_NONE);
        molt_decref(slash);
        molt_decref(argv);
        if (parts == MOLT_ERROR) {
            molt_decref(self);
            return MOLT_ERROR;
        }
        p->prog = molt_new_reference(molt_tuple_items(parts)[2]);
        molt_decref(parts);
    } else {
        p->prog = molt_new_reference(v[P_PROG]);
    }
    MoltValue positional_title = text_of("positional arguments"), options_title = text_of("options");
    add_group(p, positional_title, MOLT_NONE);
    add_group(p, options_title, MOLT_NONE);
    molt_decref(positional_title);
    molt_decref(options_title);
    if (p->add_help) {
        bool dash = molt_contains(p->prefix_chars, text_of("-")) == 1;
        MoltValue prefix = dash ? text_of("-") : molt_getitem(p->prefix_chars, molt_int_from_i64(0));
        MoltValue h = text_of("h"), help = text_of("help");
        MoltValue twice = molt_str_concat(prefix, prefix);
        MoltValue names[2] = {molt_str_concat(prefix, h), molt_str_concat(twice, help)};
        MoltValue call[4] = {names[0], names[1], help, text_of("==SUPPRESS==")};
        MoltValue help_text = text_of("show this help message and exit");
        MoltValue kw_values[6] = {names[0], names[1], help, call[3], help_text, MOLT_NONE};
        MoltValue kw[3] = {text_of("action"), text_of("default"), text_of("help")};
        MoltValue kwnames_tuple = molt_tuple_from_owned(kw, 3);
        MoltValue added = add_argument(p, -1, -1, kw_values, 2, kwnames_tuple);
        molt_decref(kwnames_tuple);
        molt_decref(help_text);
        molt_decref(call[3]);
        molt_decref(names[0]);
        molt_decref(names[1]);
        molt_decref(twice);
        molt_decref(h);
        molt_decref(help);
        molt_decref(prefix);
        if (added == MOLT_ERROR) {
            molt_decref(self);
            return MOLT_ERROR;
        }
        molt_decref(added);
    }
    return self;
}

static MoltValue parser_repr(MoltValue self) {
    ArgParser *p = as_parser(self);
    MoltBuffer out;
    molt_buffer_init(&out);
    molt_buffer_append_cstr(&out, "ArgumentParser(prog=");
    int status = molt_buffer_append_repr(&out, p->prog);
    molt_buffer_append_cstr(&out, ", usage=");
    if (status == 0) status = molt_buffer_append_repr(&out, p->usage);
    molt_buffer_append_cstr(&out, ", description=");
    if (status == 0) status = molt_buffer_append_repr(&out, p->description);
    molt_buffer_append_cstr(&out, ", formatter_class=");
    if (status == 0) status = molt_buffer_append_repr(&out, p->formatter_class);
    molt_buffer_append_cstr(&out, ", conflict_handler='error', add_help=");
    molt_buffer_append_cstr(&out, p->add_help ? "True)" : "False)");
    if (status < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&out);
}

/* ---- parsing ----------------------------------------------------------------------------- */

typedef struct OptionTuple {
    MoltValue action;           /* borrowed ArgAction, or MOLT_NONE for an unknown option */
    MoltValue option_string;    /* owned */
    MoltValue explicit_arg;     /* owned, or MOLT_NONE */
    bool is_option;
} OptionTuple;

static void option_tuple_clear(OptionTuple *t) {
    if (t->option_string) molt_decref(t->option_string);
    if (t->explicit_arg) molt_decref(t->explicit_arg);
    t->option_string = t->explicit_arg = 0;
}

static bool starts_with(MoltValue text, MoltValue prefix) {
    size_t a, b;
    const char *x = molt_str_utf8(text, &a), *y = molt_str_utf8(prefix, &b);
    return a >= b && memcmp(x, y, b) == 0;
}

static MoltValue slice_from(MoltValue text, int64_t start, int64_t stop) {
    MoltValue slice = molt_slice_new(molt_int_from_i64(start), stop < 0 ? MOLT_NONE : molt_int_from_i64(stop), MOLT_NONE);
    MoltValue result = molt_getitem(text, slice);
    molt_decref(slice);
    return result;
}

/* _get_option_tuples: the options the string could abbreviate. -1 on error. */
static int option_tuples(ArgParser *p, MoltValue arg, OptionTuple *found, size_t *count) {
    *count = 0;
    bool long_form = has_prefix_char(p, arg, 0) && has_prefix_char(p, arg, 1);
    MoltValue keys = molt_call_method(p->option_string_actions, "keys", NULL, 0, MOLT_NONE);
    MoltValue list = keys == MOLT_ERROR ? MOLT_ERROR : molt_list_from_iterable(keys);
    if (keys != MOLT_ERROR) molt_decref(keys);
    if (list == MOLT_ERROR) return -1;
    const MoltList *options = molt_list_object(list);
    MoltValue prefix = MOLT_UNBOUND, explicit_arg = MOLT_NONE, short_prefix = MOLT_UNBOUND, short_explicit = MOLT_UNBOUND;
    if (long_form) {
        if (!p->allow_abbrev) {
            molt_decref(list);
            return 0;
        }
        MoltValue equals = text_of("=");
        MoltValue parts = molt_call_method(arg, "partition", &equals, 1, MOLT_NONE);
        molt_decref(equals);
        if (parts == MOLT_ERROR) return molt_decref(list), -1;
        prefix = molt_new_reference(molt_tuple_items(parts)[0]);
        if (molt_str_length(molt_tuple_items(parts)[1]) > 0) explicit_arg = molt_new_reference(molt_tuple_items(parts)[2]);
        molt_decref(parts);
    } else {
        prefix = molt_new_reference(arg);
        short_prefix = slice_from(arg, 0, 2);
        short_explicit = slice_from(arg, 2, -1);
    }
    for (int64_t i = 0; i < options->length; i++) {
        MoltValue option = options->items[i];
        MoltValue explicit = MOLT_UNBOUND;
        if (!long_form && molt_equal(option, short_prefix) == 1) explicit = short_explicit;
        else if (starts_with(option, prefix)) explicit = explicit_arg;
        if (explicit == MOLT_UNBOUND) continue;
        if (*count < 8) {
            found[*count].action = molt_getitem(p->option_string_actions, option);
            molt_decref(found[*count].action);
            found[*count].option_string = molt_new_reference(option);
            found[*count].explicit_arg = molt_new_reference(explicit);
            found[*count].is_option = true;
        }
        (*count)++;
    }
    molt_decref(prefix);
    molt_decref(explicit_arg);
    if (short_prefix != MOLT_UNBOUND) molt_decref(short_prefix);
    if (short_explicit != MOLT_UNBOUND) molt_decref(short_explicit);
    molt_decref(list);
    return 0;
}

/* _parse_optional: 1 with *out filled for an option, 0 for a positional, -1 on error. */
static int parse_optional(ArgParser *p, MoltValue arg, OptionTuple *out) {
    out->option_string = out->explicit_arg = 0;
    out->is_option = false;
    if (molt_str_length(arg) == 0 || !has_prefix_char(p, arg, 0)) return 0;
    int in = molt_contains(p->option_string_actions, arg);
    if (in < 0) return -1;
    if (in) {
        out->action = molt_getitem(p->option_string_actions, arg);
        molt_decref(out->action);
        out->option_string = molt_new_reference(arg);
        out->explicit_arg = MOLT_NONE;
        out->is_option = true;
        return 1;
    }
    if (molt_str_length(arg) == 1) return 0;
    MoltValue equals = text_of("=");
    int has_equals = molt_contains(arg, equals);
    if (has_equals == 1) {
        MoltValue parts = molt_call_method(arg, "partition", &equals, 1, MOLT_NONE);
        if (parts == MOLT_ERROR) return molt_decref(equals), -1;
        MoltValue option = molt_tuple_items(parts)[0];
        if (molt_contains(p->option_string_actions, option) == 1) {
            out->action = molt_getitem(p->option_string_actions, option);
            molt_decref(out->action);
            out->option_string = molt_new_reference(option);
            out->explicit_arg = molt_new_reference(molt_tuple_items(parts)[2]);
            out->is_option = true;
            molt_decref(parts);
            molt_decref(equals);
            return 1;
        }
        molt_decref(parts);
    }
    molt_decref(equals);
    OptionTuple found[8];
    size_t count;
    if (option_tuples(p, arg, found, &count) < 0) return -1;
    if (count > 1) {
        MoltValue names = molt_list_new(0);
        for (size_t i = 0; i < count && i < 8; i++) molt_list_append(names, found[i].option_string);
        for (size_t i = 0; i < count && i < 8; i++) option_tuple_clear(&found[i]);
        MoltValue separator = text_of(", ");
        MoltValue joined = molt_call_method(separator, "join", &names, 1, MOLT_NONE);
        molt_decref(separator);
        molt_decref(names);
        MoltValue mapping = molt_dict_new();
        put_text(mapping, "option", arg);
        put_text(mapping, "matches", joined);
        molt_decref(joined);
        parser_error_format(p, "ambiguous option: %(option)s could match %(matches)s", mapping);
        molt_decref(mapping);
        return -1;
    }
    if (count == 1) {
        *out = found[0];
        return 1;
    }
    if (looks_negative(arg) && !p->has_negative_number_optionals) return 0;
    MoltValue space = text_of(" ");
    int has_space = molt_contains(arg, space);
    molt_decref(space);
    if (has_space == 1) return 0;
    out->action = MOLT_NONE;
    out->option_string = molt_new_reference(arg);
    out->explicit_arg = MOLT_NONE;
    out->is_option = true;
    return 1;
}

/* _get_nargs_pattern(action). */
static void nargs_pattern(MoltBuffer *out, const ArgAction *a) {
    bool optional = molt_list_length(a->option_strings) > 0;
    const char *dashes = optional ? "" : "-*";
    switch (a->nargs) {
    case NARGS_DEFAULT: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                        molt_buffer_append_cstr(out, "A"), molt_buffer_append_cstr(out, dashes); break;
    case NARGS_OPTIONAL: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                         molt_buffer_append_cstr(out, "A?"), molt_buffer_append_cstr(out, dashes); break;
    case NARGS_ZERO_OR_MORE: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                             molt_buffer_append_cstr(out, optional ? "[A]*" : "[A-]*"); break;
    case NARGS_ONE_OR_MORE: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                            molt_buffer_append_cstr(out, optional ? "A[A]*" : "A[A-]*"); break;
    case NARGS_REMAINDER: molt_buffer_append_cstr(out, optional ? "([AO]*" : "([-AO]*"); break;
    case NARGS_PARSER: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                       molt_buffer_append_cstr(out, optional ? "A[AO]*" : "A[-AO]*"); break;
    case NARGS_SUPPRESS: molt_buffer_append_cstr(out, "("), molt_buffer_append_cstr(out, dashes),
                         molt_buffer_append_cstr(out, dashes); break;
    case NARGS_COUNT:
        molt_buffer_append_cstr(out, "(");
        molt_buffer_append_cstr(out, dashes);
        for (int64_t i = 0; i < a->nargs_count; i++) {
            if (i) molt_buffer_append_cstr(out, dashes);
            molt_buffer_append_cstr(out, "A");
        }
        molt_buffer_append_cstr(out, dashes);
        break;
    }
    molt_buffer_append_cstr(out, ")");
}

/* re.match(pattern, text): the match's groups as lengths; -1 with no match, -2 on error. */
static int match_groups(MoltBuffer *pattern, MoltValue text, int64_t *lengths, size_t count) {
    MoltValue pattern_value = molt_buffer_finish(pattern);
    MoltValue args[2] = {pattern_value, text};
    MoltValue match = molt_call_method(MOLT_MODULE_VALUE(re), "match", args, 2, MOLT_NONE);
    molt_decref(pattern_value);
    if (match == MOLT_ERROR) return -2;
    if (match == MOLT_NONE) return -1;
    MoltValue groups = molt_call_method(match, "groups", NULL, 0, MOLT_NONE);
    molt_decref(match);
    if (groups == MOLT_ERROR) return -2;
    for (size_t i = 0; i < count; i++) lengths[i] = molt_str_length(molt_tuple_items(groups)[i]);
    molt_decref(groups);
    return 0;
}

/* _match_argument: how many of the pattern's strings the action takes, or -1 with ArgumentError. */
static int64_t match_argument(const ArgAction *a, MoltValue pattern_text) {
    MoltBuffer pattern;
    molt_buffer_init(&pattern);
    nargs_pattern(&pattern, a);
    int64_t length;
    int status = match_groups(&pattern, pattern_text, &length, 1);
    if (status == -2) return -1;
    if (status == -1) {
        const char *message = NULL;
        char buffer[64];
        switch (a->nargs) {
        case NARGS_DEFAULT: message = "expected one argument"; break;
        case NARGS_OPTIONAL: message = "expected at most one argument"; break;
        case NARGS_ONE_OR_MORE: message = "expected at least one argument"; break;
        default:
            snprintf(buffer, sizeof buffer, "expected %lld argument%s", (long long)a->nargs_count,
                     a->nargs_count == 1 ? "" : "s");
            message = buffer;
        }
        MoltValue text = text_of(message);
        raise_argument_error(a, text);
        molt_decref(text);
        return -1;
    }
    return length;
}

typedef struct ParseState {
    ArgParser *parser;
    MoltValue namespace, arg_strings, extras;
    MoltValue seen, seen_non_default;   /* lists of actions */
} ParseState;

static int list_has(MoltValue list, MoltValue item) {
    const MoltList *l = molt_list_object(list);
    for (int64_t i = 0; i < l->length; i++)
        if (l->items[i] == item) return 1;
    return 0;
}

static MoltValue parse_known(ArgParser *p, MoltValue args, MoltValue namespace, MoltValue *extras_out);

/* _get_value: type(arg_string) with ArgumentError for its failures. */
static MoltValue get_value(const ArgAction *a, MoltValue arg) {
    if (a->type == MOLT_NONE) return molt_new_reference(arg);
    MoltValue result = molt_call(a->type, &arg, 1, MOLT_NONE);
    if (result != MOLT_ERROR) return result;
    MoltValue type_error_class = molt_module_error_class(&argument_type_error);
    if (type_error_class != MOLT_ERROR && molt_exc_matches(type_error_class) == 1) {
        MoltValue exception = molt_exc_fetch();
        MoltValue message = molt_str(exception);
        molt_decref(exception);
        if (message == MOLT_ERROR) return MOLT_ERROR;
        raise_argument_error(a, message);
        molt_decref(message);
        return MOLT_ERROR;
    }
    MoltValue pair[2] = {molt_from_type(&molt_type_TypeError), molt_from_type(&molt_type_ValueError)};
    MoltValue errors = molt_tuple_from_borrowed(pair, 2);
    int matches = molt_exc_matches(errors);
    molt_decref(errors);
    if (matches != 1) return MOLT_ERROR;
    molt_decref(molt_exc_fetch());
    MoltValue name;
    int has_name = molt_getattr_optional(a->type, "__name__", &name);
    if (has_name < 0) return MOLT_ERROR;
    if (!has_name) name = molt_repr(a->type);
    if (name == MOLT_ERROR) return MOLT_ERROR;
    MoltValue mapping = molt_dict_new();
    put_text(mapping, "type", name);
    put_text(mapping, "value", arg);
    molt_decref(name);
    raise_argument_error_format(a, "invalid %(type)s value: %(value)r", mapping);
    molt_decref(mapping);
    return MOLT_ERROR;
}

/* _check_value: the converted value must be one of the choices. */
static int check_value(const ArgAction *a, MoltValue value) {
    if (a->choices == MOLT_NONE) return 0;
    int in = molt_contains(a->choices, value);
    if (in != 0) return in < 0 ? -1 : 0;
    MoltValue reprs = molt_list_new(0), iterator = molt_iter(a->choices);
    if (iterator == MOLT_ERROR) return molt_decref(reprs), -1;
    for (MoltValue item; (item = molt_iter_next(iterator)) != MOLT_STOP;) {
        MoltValue r = item == MOLT_ERROR ? MOLT_ERROR : molt_repr(item);
        if (item != MOLT_ERROR) molt_decref(item);
        if (r == MOLT_ERROR) {
            molt_decref(iterator);
            molt_decref(reprs);
            return -1;
        }
        molt_list_append(reprs, r);
        molt_decref(r);
    }
    molt_decref(iterator);
    MoltValue separator = text_of(", ");
    MoltValue joined = molt_call_method(separator, "join", &reprs, 1, MOLT_NONE);
    molt_decref(separator);
    molt_decref(reprs);
    if (joined == MOLT_ERROR) return -1;
    MoltValue mapping = molt_dict_new();
    put_text(mapping, "value", value);
    put_text(mapping, "choices", joined);
    molt_decref(joined);
    raise_argument_error_format(a, "invalid choice: %(value)r (choose from %(choices)s)", mapping);
    molt_decref(mapping);
    return -1;
}

static MoltValue convert_all(const ArgAction *a, MoltValue strings, bool check_each) {
    const MoltList *list = molt_list_object(strings);
    MoltValue values = molt_list_new(list->length);
    for (int64_t i = 0; i < list->length; i++) {
        MoltValue v = get_value(a, list->items[i]);
        if (v == MOLT_ERROR || (check_each && check_value(a, v) < 0)) {
            if (v != MOLT_ERROR) molt_decref(v);
            molt_decref(values);
            return MOLT_ERROR;
        }
        molt_list_append(values, v);
        molt_decref(v);
    }
    return values;
}

/* _get_values(action, arg_strings). */
static MoltValue get_values(const ArgAction *a, MoltValue strings) {
    if (a->nargs != NARGS_PARSER && a->nargs != NARGS_REMAINDER) {
        MoltValue dashes = text_of("--");
        const MoltList *list = molt_list_object(strings);
        for (int64_t i = 0; i < list->length; i++)
            if (molt_equal(list->items[i], dashes) == 1) {
                MoltValue removed = molt_call_method(strings, "remove", &dashes, 1, MOLT_NONE);
                if (removed != MOLT_ERROR) molt_decref(removed);
                break;
            }
        molt_decref(dashes);
    }
    int64_t count = molt_list_length(strings);
    bool optional = molt_list_length(a->option_strings) > 0;
    if (count == 0 && a->nargs == NARGS_OPTIONAL) {
        MoltValue value = optional ? a->const_value : a->default_value;
        if (molt_is_str(value)) {
            MoltValue converted = get_value(a, value);
            if (converted == MOLT_ERROR || check_value(a, converted) < 0) {
                if (converted != MOLT_ERROR) molt_decref(converted);
                return MOLT_ERROR;
            }
            return converted;
        }
        return molt_new_reference(value);
    }
    if (count == 0 && a->nargs == NARGS_ZERO_OR_MORE && !optional) {
        if (a->default_value != MOLT_NONE) {
            if (check_value(a, a->default_value) < 0) return MOLT_ERROR;
            return molt_new_reference(a->default_value);
        }
        return molt_new_reference(strings);
    }
    if (count == 1 && (a->nargs == NARGS_DEFAULT || a->nargs == NARGS_OPTIONAL)) {
        MoltValue value = get_value(a, molt_list_items(strings)[0]);
        if (value == MOLT_ERROR || check_value(a, value) < 0) {
            if (value != MOLT_ERROR) molt_decref(value);
            return MOLT_ERROR;
        }
        return value;
    }
    if (a->nargs == NARGS_REMAINDER) return convert_all(a, strings, false);
    if (a->nargs == NARGS_PARSER) {
        MoltValue values = convert_all(a, strings, false);
        if (values != MOLT_ERROR && check_value(a, molt_list_items(values)[0]) < 0) {
            molt_decref(values);
            return MOLT_ERROR;
        }
        return values;
    }
    if (a->nargs == NARGS_SUPPRESS) return text_of("==SUPPRESS==");
    return convert_all(a, strings, true);
}

/* _copy_items(getattr(namespace, dest, None)). */
static MoltValue copied_items(MoltValue namespace, MoltValue dest) {
    MoltValue items;
    int has = molt_getattr_optional(namespace, molt_str_utf8(dest, NULL), &items);
    if (has < 0) return MOLT_ERROR;
    if (!has || items == MOLT_NONE) return molt_list_new(0);
    MoltValue copy = molt_is_list(items) ? molt_list_from_iterable(items)
                                         : molt_call_method(MOLT_MODULE_VALUE(copy), "copy", &items, 1, MOLT_NONE);
    molt_decref(items);
    return copy;
}

static MoltValue print_help_to(ArgParser *p, MoltValue file) {
    MoltValue help = molt_argparse_format_help(p);
    if (help == MOLT_ERROR) return MOLT_ERROR;
    int status = print_message(help, file, false);
    molt_decref(help);
    return status < 0 ? MOLT_ERROR : MOLT_NONE;
}

/* The action's __call__(parser, namespace, values, option_string). 0 or -1. */
static int call_action(ParseState *s, ArgAction *a, MoltValue values) {
    MoltValue ns = s->namespace;
    const char *dest = molt_str_utf8(a->dest, NULL);
    switch (a->kind) {
    case ACTION_STORE: return molt_setattr(ns, dest, values);
    case ACTION_STORE_CONST: case ACTION_STORE_TRUE: case ACTION_STORE_FALSE: return molt_setattr(ns, dest, a->const_value);
    case ACTION_APPEND: case ACTION_APPEND_CONST: case ACTION_EXTEND: {
        MoltValue items = copied_items(ns, a->dest);
        if (items == MOLT_ERROR) return -1;
        MoltValue added = a->kind == ACTION_EXTEND ? molt_call_method(items, "extend", &values, 1, MOLT_NONE)
                                                   : molt_call_method(items, "append",
                                                                      a->kind == ACTION_APPEND ? &values : &a->const_value,
                                                                      1, MOLT_NONE);
        int status = added == MOLT_ERROR ? -1 : molt_setattr(ns, dest, items);
        if (added != MOLT_ERROR) molt_decref(added);
        molt_decref(items);
        return status;
    }
    case ACTION_COUNT: {
        MoltValue count;
        int has = molt_getattr_optional(ns, dest, &count);
        if (has < 0) return -1;
        if (!has) count = MOLT_NONE;
        MoltValue next = molt_binary_op(MOLT_OP_ADD, count == MOLT_NONE ? molt_int_from_i64(0) : count, molt_int_from_i64(1));
        molt_decref(count);
        if (next == MOLT_ERROR) return -1;
        int status = molt_setattr(ns, dest, next);
        molt_decref(next);
        return status;
    }
    case ACTION_HELP:
        if (print_help_to(s->parser, MOLT_NONE) == MOLT_ERROR) return -1;
        parser_exit(0, MOLT_NONE);
        return -1;
    case ACTION_VERSION: {
        MoltValue text = molt_argparse_format_version(s->parser, a->version);
        if (text == MOLT_ERROR) return -1;
        print_message(text, MOLT_NONE, false);
        molt_decref(text);
        parser_exit(0, MOLT_NONE);
        return -1;
    }
    case ACTION_PARSERS: {
        MoltValue name = molt_list_items(values)[0];
        MoltValue rest = slice_from(values, 1, -1);
        if (rest == MOLT_ERROR) return -1;
        if (!molt_argparse_is_suppress(a->dest) && molt_setattr(ns, dest, name) < 0) return molt_decref(rest), -1;
        int in = molt_contains(a->parser_map, name);
        if (in <= 0) {
            molt_decref(rest);
            if (in < 0) return -1;
            MoltValue separator = text_of(", ");
            MoltValue joined = molt_call_method(separator, "join", &a->parser_map, 1, MOLT_NONE);
            molt_decref(separator);
            MoltValue mapping = molt_dict_new();
            put_text(mapping, "parser_name", name);
            put_text(mapping, "choices", joined);
            molt_decref(joined);
            raise_argument_error_format(a, "unknown parser %(parser_name)r (choices: %(choices)s)", mapping);
            molt_decref(mapping);
            return -1;
        }
        MoltValue sub = molt_getitem(a->parser_map, name);
        MoltValue cls = namespace_value();
        MoltValue subnamespace = cls == MOLT_ERROR ? MOLT_ERROR : molt_call(cls, NULL, 0, MOLT_NONE);
        MoltValue sub_extras = MOLT_ERROR;
        MoltValue parsed = subnamespace == MOLT_ERROR ? MOLT_ERROR : parse_known(as_parser(sub), rest, subnamespace, &sub_extras);
        molt_decref(sub);
        molt_decref(rest);
        if (subnamespace != MOLT_ERROR) molt_decref(subnamespace);
        if (parsed == MOLT_ERROR) return -1;
        MoltValue dict = molt_getattr(parsed, "__dict__");
        MoltValue items = dict == MOLT_ERROR ? MOLT_ERROR : molt_call_method(dict, "items", NULL, 0, MOLT_NONE);
        MoltValue iterator = items == MOLT_ERROR ? MOLT_ERROR : molt_iter(items);
        int status = iterator == MOLT_ERROR ? -1 : 0;
        for (MoltValue item; status == 0 && (item = molt_iter_next(iterator)) != MOLT_STOP;) {
            if (item == MOLT_ERROR) {
                status = -1;
                break;
            }
            status = molt_setattr(ns, molt_str_utf8(molt_tuple_items(item)[0], NULL), molt_tuple_items(item)[1]);
            molt_decref(item);
        }
        if (iterator != MOLT_ERROR) molt_decref(iterator);
        if (items != MOLT_ERROR) molt_decref(items);
        if (dict != MOLT_ERROR) molt_decref(dict);
        molt_decref(parsed);
        if (status == 0 && molt_list_length(sub_extras) > 0) {
            MoltValue existing;
            int has = molt_getattr_optional(ns, "_unrecognized_args", &existing);
            if (has < 0) status = -1;
            else {
                if (!has) {
                    existing = molt_list_new(0);
                    status = molt_setattr(ns, "_unrecognized_args", existing);
                }
                if (status == 0 && molt_list_extend(existing, sub_extras) < 0) status = -1;
                molt_decref(existing);
            }
        }
        molt_decref(sub_extras);
        return status;
    }
    case ACTION_CHOICE: return 0;
    }
    return 0;
}

/* take_action(action, argument_strings, option_string). */
static int take_action(ParseState *s, MoltValue action, MoltValue strings) {
    ArgAction *a = as_action(action);
    if (!list_has(s->seen, action)) molt_list_append(s->seen, action);
    MoltValue values = get_values(a, strings);
    if (values == MOLT_ERROR) return -1;
    if (values != a->default_value) {
        if (!list_has(s->seen_non_default, action)) molt_list_append(s->seen_non_default, action);
        for (size_t g = 0; g < s->parser->mutex_count; g++) {
            MoltValue group = s->parser->mutexes[g].actions;
            if (!list_has(group, action)) continue;
            const MoltList *members = molt_list_object(group);
            for (int64_t i = 0; i < members->length; i++) {
                if (members->items[i] == action || !list_has(s->seen_non_default, members->items[i])) continue;
                MoltValue name = action_name(as_action(members->items[i]));
                if (name == MOLT_ERROR) return molt_decref(values), -1;
                raise_argument_error_format(a, "not allowed with argument %s", name);
                molt_decref(name);
                molt_decref(values);
                return -1;
            }
        }
    }
    int status = molt_argparse_is_suppress(values) ? 0 : call_action(s, a, values);
    molt_decref(values);
    return status;
}

static MoltValue list_slice(MoltValue list, int64_t start, int64_t stop) { return slice_from(list, start, stop); }

/* consume_optional(start_index): the index after the option's arguments, or -1. */
static int64_t consume_optional(ParseState *s, OptionTuple *tuples, MoltValue pattern, int64_t start_index) {
    OptionTuple *t = &tuples[start_index];
    MoltValue action = t->action, option_string = molt_new_reference(t->option_string),
              explicit_arg = molt_new_reference(t->explicit_arg);
    MoltValue pending_actions = molt_list_new(0), pending_args = molt_list_new(0);
    int64_t stop = -1;
    for (;;) {
        if (action == MOLT_NONE) {
            molt_list_append(s->extras, molt_list_items(s->arg_strings)[start_index]);
            stop = start_index + 1;
            break;
        }
        if (explicit_arg != MOLT_NONE) {
            MoltValue a_text = text_of("A");
            int64_t arg_count = match_argument(as_action(action), a_text);
            molt_decref(a_text);
            if (arg_count < 0) goto fail;
            if (arg_count == 0 && !has_prefix_char(s->parser, option_string, 1) && molt_str_length(explicit_arg) > 0) {
                MoltValue empty = molt_list_new(0);
                molt_list_append(pending_actions, action);
                molt_list_append(pending_args, empty);
                molt_decref(empty);
                MoltValue first = slice_from(option_string, 0, 1), next_char = slice_from(explicit_arg, 0, 1);
                MoltValue next_option = molt_str_concat(first, next_char);
                molt_decref(first);
                molt_decref(next_char);
                MoltValue tail = slice_from(explicit_arg, 1, -1);
                molt_decref(option_string);
                option_string = next_option;
                int in = molt_contains(s->parser->option_string_actions, option_string);
                if (in == 1) {
                    action = molt_getitem(s->parser->option_string_actions, option_string);
                    molt_decref(action);
                    molt_decref(explicit_arg);
                    explicit_arg = molt_str_length(tail) > 0 ? molt_new_reference(tail) : MOLT_NONE;
                    molt_decref(tail);
                } else {
                    molt_decref(tail);
                    raise_argument_error_format(as_action(action), "ignored explicit argument %r", explicit_arg);
                    goto fail;
                }
            } else if (arg_count == 1) {
                stop = start_index + 1;
                MoltValue args = molt_list_new(1);
                molt_list_append(args, explicit_arg);
                molt_list_append(pending_actions, action);
                molt_list_append(pending_args, args);
                molt_decref(args);
                break;
            } else {
                raise_argument_error_format(as_action(action), "ignored explicit argument %r", explicit_arg);
                goto fail;
            }
        } else {
            int64_t start = start_index + 1;
            MoltValue selected = slice_from(pattern, start, -1);
            int64_t arg_count = match_argument(as_action(action), selected);
            molt_decref(selected);
            if (arg_count < 0) goto fail;
            stop = start + arg_count;
            MoltValue args = list_slice(s->arg_strings, start, stop);
            molt_list_append(pending_actions, action);
            molt_list_append(pending_args, args);
            molt_decref(args);
            break;
        }
    }
    for (int64_t i = 0; i < molt_list_length(pending_actions); i++)
        if (take_action(s, molt_list_items(pending_actions)[i], molt_list_items(pending_args)[i]) < 0) goto fail;
    molt_decref(pending_actions);
    molt_decref(pending_args);
    molt_decref(option_string);
    molt_decref(explicit_arg);
    return stop;
fail:
    molt_decref(pending_actions);
    molt_decref(pending_args);
    molt_decref(option_string);
    molt_decref(explicit_arg);
    return -1;
}

/* consume_positionals(start_index): matches as many positionals as possible. */
static int64_t consume_positionals(ParseState *s, MoltValue positionals, MoltValue pattern, int64_t start_index) {
    MoltValue selected = slice_from(pattern, start_index, -1);
    const MoltList *list = molt_list_object(positionals);
    int64_t *counts = calloc((size_t)list->length + 1, sizeof *counts);
    if (!counts) abort();
    int64_t matched = 0;
    for (int64_t i = list->length; i > 0; i--) {
        MoltBuffer regex;
        molt_buffer_init(&regex);
        for (int64_t j = 0; j < i; j++) nargs_pattern(&regex, as_action(list->items[j]));
        int status = match_groups(&regex, selected, counts, (size_t)i);
        if (status == -2) {
            molt_decref(selected);
            free(counts);
            return -1;
        }
        if (status == 0) {
            matched = i;
            break;
        }
    }
    molt_decref(selected);
    for (int64_t i = 0; i < matched; i++) {
        MoltValue args = list_slice(s->arg_strings, start_index, start_index + counts[i]);
        start_index += counts[i];
        int status = take_action(s, list->items[i], args);
        molt_decref(args);
        if (status < 0) {
            free(counts);
            return -1;
        }
    }
    free(counts);
    MoltValue rest = list_slice(positionals, matched, -1);
    MoltValue empty = molt_list_new(0);
    MoltValue whole = molt_slice_new(MOLT_NONE, MOLT_NONE, MOLT_NONE);
    molt_setitem(positionals, whole, rest);
    molt_decref(whole);
    molt_decref(empty);
    molt_decref(rest);
    return start_index;
}

/* _parse_known_args(arg_strings, namespace). */
static int parse_known_inner(ParseState *s) {
    ArgParser *p = s->parser;
    const MoltList *strings = molt_list_object(s->arg_strings);
    int64_t n = strings->length;
    OptionTuple *tuples = calloc((size_t)n + 1, sizeof *tuples);
    char *pattern_bytes = malloc((size_t)n + 1);
    if (!tuples || !pattern_bytes) abort();
    int status = -1;
    MoltValue pattern = MOLT_NONE, positionals = MOLT_NONE;
    int64_t max_option_index = -1;
    for (int64_t i = 0; i < n; i++) {
        if (str_is(strings->items[i], "--")) {
            pattern_bytes[i] = '-';
            for (i++; i < n; i++) pattern_bytes[i] = 'A';
            break;
        }
        int is = parse_optional(p, strings->items[i], &tuples[i]);
        if (is < 0) goto done;
        pattern_bytes[i] = is ? 'O' : 'A';
        if (is) max_option_index = i;
    }
    pattern = molt_str_from_utf8(pattern_bytes, (size_t)n);
    positionals = molt_list_new(0);
    const MoltList *actions = molt_list_object(p->actions);
    for (int64_t i = 0; i < actions->length; i++)
        if (molt_list_length(as_action(actions->items[i])->option_strings) == 0) molt_list_append(positionals, actions->items[i]);
    int64_t start_index = 0;
    while (start_index <= max_option_index) {
        int64_t next_option = start_index;
        while (!tuples[next_option].is_option) next_option++;
        if (start_index != next_option) {
            int64_t end = consume_positionals(s, positionals, pattern, start_index);
            if (end < 0) goto done;
            if (end > start_index) {
                start_index = end;
                continue;
            }
            start_index = end;
        }
        if (!tuples[start_index].is_option) {
            MoltValue skipped = list_slice(s->arg_strings, start_index, next_option);
            molt_list_extend(s->extras, skipped);
            molt_decref(skipped);
            start_index = next_option;
        }
        start_index = consume_optional(s, tuples, pattern, start_index);
        if (start_index < 0) goto done;
    }
    int64_t stop_index = consume_positionals(s, positionals, pattern, start_index);
    if (stop_index < 0) goto done;
    MoltValue rest = list_slice(s->arg_strings, stop_index, -1);
    molt_list_extend(s->extras, rest);
    molt_decref(rest);

    MoltValue required = molt_list_new(0);
    for (int64_t i = 0; i < actions->length; i++) {
        MoltValue action = actions->items[i];
        ArgAction *a = as_action(action);
        if (list_has(s->seen, action)) continue;
        if (a->required) {
            MoltValue name = action_name(a);
            if (name == MOLT_ERROR) {
                molt_decref(required);
                goto done;
            }
            molt_list_append(required, name);
            molt_decref(name);
        } else if (a->default_value != MOLT_NONE && molt_is_str(a->default_value) &&
                   !molt_argparse_is_suppress(a->dest)) {
            MoltValue current;
            int has = molt_getattr_optional(s->namespace, molt_str_utf8(a->dest, NULL), &current);
            if (has < 0) {
                molt_decref(required);
                goto done;
            }
            if (has) {
                bool same = current == a->default_value;
                molt_decref(current);
                if (same) {
                    MoltValue converted = get_value(a, a->default_value);
                    if (converted == MOLT_ERROR || molt_setattr(s->namespace, molt_str_utf8(a->dest, NULL), converted) < 0) {
                        if (converted != MOLT_ERROR) molt_decref(converted);
                        molt_decref(required);
                        goto done;
                    }
                    molt_decref(converted);
                }
            }
        }
    }
    if (molt_list_length(required) > 0) {
        MoltValue separator = text_of(", ");
        MoltValue joined = molt_call_method(separator, "join", &required, 1, MOLT_NONE);
        molt_decref(separator);
        molt_decref(required);
        if (joined != MOLT_ERROR) {
            parser_error_format(p, "the following arguments are required: %s", joined);
            molt_decref(joined);
        }
        goto done;
    }
    molt_decref(required);
    for (size_t g = 0; g < p->mutex_count; g++) {
        if (!p->mutexes[g].required) continue;
        const MoltList *members = molt_list_object(p->mutexes[g].actions);
        bool used = false;
        for (int64_t i = 0; i < members->length && !used; i++) used = list_has(s->seen_non_default, members->items[i]);
        if (used) continue;
        MoltValue names = molt_list_new(0);
        for (int64_t i = 0; i < members->length; i++) {
            ArgAction *a = as_action(members->items[i]);
            if (molt_argparse_is_suppress(a->help)) continue;
            MoltValue name = action_name(a);
            if (name == MOLT_ERROR) {
                molt_decref(names);
                goto done;
            }
            molt_list_append(names, name);
            molt_decref(name);
        }
        MoltValue separator = text_of(" ");
        MoltValue joined = molt_call_method(separator, "join", &names, 1, MOLT_NONE);
        molt_decref(separator);
        molt_decref(names);
        if (joined != MOLT_ERROR) {
            parser_error_format(p, "one of the arguments %s is required", joined);
            molt_decref(joined);
        }
        goto done;
    }
    status = 0;
done:
    for (int64_t i = 0; i < n; i++) option_tuple_clear(&tuples[i]);
    free(tuples);
    free(pattern_bytes);
    molt_decref(pattern);
    molt_decref(positionals);
    return status;
}

/* parse_known_args(args, namespace): the namespace (new reference) and the extras in *extras_out. */
static MoltValue parse_known(ArgParser *p, MoltValue args, MoltValue namespace, MoltValue *extras_out) {
    MoltValue arg_list;
    if (args == MOLT_NONE) {
        MoltValue argv = sys_argv_list();
        if (argv == MOLT_ERROR) return MOLT_ERROR;
        arg_list = slice_from(argv, 1, -1);
        molt_decref(argv);
    } else {
        arg_list = molt_list_from_iterable(args);
    }
    if (arg_list == MOLT_ERROR) return MOLT_ERROR;
    const MoltList *strings = molt_list_object(arg_list);
    for (int64_t i = 0; i < strings->length; i++)
        if (!molt_is_str(strings->items[i])) {
            molt_decref(arg_list);
            return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse parses lists of str only");
        }
    if (namespace == MOLT_NONE) {
        MoltValue cls = namespace_value();
        namespace = cls == MOLT_ERROR ? MOLT_ERROR : molt_call(cls, NULL, 0, MOLT_NONE);
        if (namespace == MOLT_ERROR) return molt_decref(arg_list), MOLT_ERROR;
    } else {
        molt_incref(namespace);
    }
    const MoltList *actions = molt_list_object(p->actions);
    int status = 0;
    for (int64_t i = 0; i < actions->length && status == 0; i++) {
        ArgAction *a = as_action(actions->items[i]);
        if (molt_argparse_is_suppress(a->dest)) continue;
        MoltValue existing;
        int has = molt_getattr_optional(namespace, molt_str_utf8(a->dest, NULL), &existing);
        if (has < 0) status = -1;
        else if (has) molt_decref(existing);
        else if (!molt_argparse_is_suppress(a->default_value)) status = molt_setattr(namespace, molt_str_utf8(a->dest, NULL), a->default_value);
    }
    MoltValue keys = status < 0 ? MOLT_ERROR : molt_list_from_iterable(p->defaults);
    if (keys == MOLT_ERROR) status = -1;
    for (int64_t i = 0; status == 0 && i < molt_list_length(keys); i++) {
        MoltValue dest = molt_list_items(keys)[i], existing;
        int has = molt_getattr_optional(namespace, molt_str_utf8(dest, NULL), &existing);
        if (has < 0) status = -1;
        else if (has) molt_decref(existing);
        else {
            MoltValue value = molt_getitem(p->defaults, dest);
            status = molt_setattr(namespace, molt_str_utf8(dest, NULL), value);
            molt_decref(value);
        }
    }
    if (keys != MOLT_ERROR) molt_decref(keys);
    ParseState s = {p, namespace, arg_list, molt_list_new(0), molt_list_new(0), molt_list_new(0)};
    if (status == 0) status = parse_known_inner(&s);
    if (status < 0 && p->exit_on_error) {
        MoltValue cls = molt_module_error_class(&argument_error);
        if (cls != MOLT_ERROR && molt_exc_matches(cls) == 1) {
            MoltValue exception = molt_exc_fetch();
            MoltValue message = molt_str(exception);
            molt_decref(exception);
            if (message != MOLT_ERROR) {
                parser_error(p, message);
                molt_decref(message);
            }
        }
    }
    molt_decref(s.seen);
    molt_decref(s.seen_non_default);
    molt_decref(arg_list);
    if (status < 0) {
        molt_decref(s.extras);
        molt_decref(namespace);
        return MOLT_ERROR;
    }
    MoltValue unrecognized;
    int has = molt_getattr_optional(namespace, "_unrecognized_args", &unrecognized);
    if (has == 1) {
        molt_list_extend(s.extras, unrecognized);
        molt_decref(unrecognized);
        molt_delattr(namespace, "_unrecognized_args");
    }
    *extras_out = s.extras;
    return namespace;
}

/* ---- parser methods ---------------------------------------------------------------------- */

static const char *const parse_names[] = {"args", "namespace", NULL};

static MoltValue method_parse(ArgParser *p, const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
                              bool known) {
    MoltArgSpec spec = {name, 0, 2, parse_names, 2};
    MoltValue v[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    MoltValue extras;
    MoltValue namespace = parse_known(p, or_none(v[0]), or_none(v[1]), &extras);
    if (namespace == MOLT_ERROR) return MOLT_ERROR;
    if (known) {
        MoltValue pair = molt_tuple_pair(namespace, extras);
        molt_decref(namespace);
        molt_decref(extras);
        return pair;
    }
    if (molt_list_length(extras) > 0) {
        MoltValue separator = text_of(" ");
        MoltValue joined = molt_call_method(separator, "join", &extras, 1, MOLT_NONE);
        molt_decref(separator);
        molt_decref(extras);
        molt_decref(namespace);
        if (joined == MOLT_ERROR) return MOLT_ERROR;
        parser_error_format(p, "unrecognized arguments: %s", joined);
        molt_decref(joined);
        return MOLT_ERROR;
    }
    molt_decref(extras);
    return namespace;
}

static MoltValue set_defaults(ArgParser *p, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs > 0)
        return molt_raise_format(&molt_type_TypeError, "_ActionsContainer.set_defaults() takes 1 positional argument but %zu were given",
                                 nargs + 1);
    for (size_t k = 0; k < molt_args_keyword_count(kwnames); k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        if (molt_dict_setitem(p->defaults, key, args[k]) < 0) return MOLT_ERROR;
        const MoltList *actions = molt_list_object(p->actions);
        for (int64_t i = 0; i < actions->length; i++)
            if (molt_equal(as_action(actions->items[i])->dest, key) == 1)
                replace(&as_action(actions->items[i])->default_value, args[k]);
    }
    return MOLT_NONE;
}

static MoltValue get_default(ArgParser *p, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("get_default", kwnames) < 0 || molt_args_check_count("get_default", nargs, 1, 1) < 0)
        return MOLT_ERROR;
    const MoltList *actions = molt_list_object(p->actions);
    for (int64_t i = 0; i < actions->length; i++) {
        ArgAction *a = as_action(actions->items[i]);
        if (molt_equal(a->dest, args[0]) == 1 && a->default_value != MOLT_NONE) return molt_new_reference(a->default_value);
    }
    MoltValue fallback = MOLT_NONE;
    return molt_call_method(p->defaults, "get", (MoltValue[]){args[0], fallback}, 2, MOLT_NONE);
}

static const char *const group_names[] = {"title", "description", NULL};

static MoltValue add_argument_group(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltArgSpec spec = {"add_argument_group", 0, 2, group_names, 2};
    MoltValue v[2];
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    size_t index = add_group(as_parser(self), or_none(v[0]), or_none(v[1]));
    return group_object_new(self, index, false, -1);
}

static const char *const mutex_names[] = {"required", NULL};

static MoltValue add_mutex_group(MoltValue parser, int64_t container, const MoltValue *args, size_t nargs,
                                 MoltValue kwnames) {
    MoltArgSpec spec = {"add_mutually_exclusive_group", 0, 1, mutex_names, 1};
    MoltValue v[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    bool required;
    if (truth_of(v[0], false, &required) < 0) return MOLT_ERROR;
    size_t index = add_mutex(as_parser(parser), required);
    return group_object_new(parser, index, true, container);
}

static const char *const subparsers_names[] = {"title", "description", "prog", "parser_class", "action", "dest",
                                               "required", "help", "metavar", NULL};

static MoltValue add_subparsers(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    ArgParser *p = as_parser(self);
    if (nargs > 0)
        return molt_raise_format(&molt_type_TypeError, "ArgumentParser.add_subparsers() takes 1 positional argument but %zu were given",
                                 nargs + 1);
    MoltArgSpec spec = {"add_subparsers", 0, 0, subparsers_names, 9};
    MoltValue v[9];
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    if (p->has_subparsers) {
        MoltValue message = text_of("cannot have multiple subparser arguments");
        parser_error(p, message);
        molt_decref(message);
        return MOLT_ERROR;
    }
    if (v[3] != MOLT_ARG_MISSING && v[3] != molt_from_type(&molt_type_ArgumentParser))
        return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse takes no parser_class=");
    if (v[4] != MOLT_ARG_MISSING)
        return molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse takes no action= for add_subparsers");
    int64_t group = 0;
    if (v[0] != MOLT_ARG_MISSING || v[1] != MOLT_ARG_MISSING) {
        MoltValue title = v[0] != MOLT_ARG_MISSING ? molt_new_reference(v[0]) : text_of("subcommands");
        group = (int64_t)add_group(p, title, or_none(v[1]));
        molt_decref(title);
    }
    MoltValue prog;
    if (or_none(v[2]) != MOLT_NONE) prog = molt_new_reference(v[2]);
    else prog = molt_argparse_format_positional_usage(p);
    if (prog == MOLT_ERROR) return MOLT_ERROR;
    ArgAction *a = action_new(ACTION_PARSERS);
    a->nargs = NARGS_PARSER;
    a->nargs_value = text_of("A...");
    a->prog_prefix = prog;
    a->parser_map = molt_dict_new();
    a->choice_actions = molt_list_new(0);
    replace(&a->choices, a->parser_map);
    if (or_none(v[5]) != MOLT_NONE) replace(&a->dest, v[5]);
    else a->dest = text_of("==SUPPRESS==");
    if (v[6] != MOLT_ARG_MISSING && truth_of(v[6], false, &a->required) < 0) {
        molt_decref(molt_from_ptr(a));
        return MOLT_ERROR;
    }
    replace(&a->help, or_none(v[7]));
    replace(&a->metavar, or_none(v[8]));
    MoltValue result = register_action(p, a, group);
    molt_decref(molt_from_ptr(a));
    if (result != MOLT_ERROR) p->has_subparsers = true;
    return result;
}

/* _SubParsersAction.add_parser(name, **kwargs). */
static MoltValue add_parser(ArgAction *a, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (nargs != 1)
        return molt_raise_format(&molt_type_TypeError, nargs == 0 ? "_SubParsersAction.add_parser() missing 1 required positional argument: 'name'"
                                                                  : "_SubParsersAction.add_parser() takes 2 positional arguments but %zu were given",
                                 nargs + 1);
    MoltValue name = args[0];
    size_t keyword_count = molt_args_keyword_count(kwnames);
    MoltValue help = MOLT_UNBOUND, aliases = MOLT_UNBOUND, prog = MOLT_NONE;
    MoltValue *values = malloc((keyword_count + 2) * sizeof *values);
    MoltValue names = molt_list_new(0);
    if (!values) abort();
    size_t kept = 0;
    for (size_t k = 0; k < keyword_count; k++) {
        const char *key = molt_args_keyword_name(kwnames, k);
        MoltValue value = args[nargs + k];
        if (strcmp(key, "help") == 0) help = value;
        else if (strcmp(key, "aliases") == 0) aliases = value;
        else {
            if (strcmp(key, "prog") == 0) prog = value;
            values[kept++] = value;
            molt_list_append(names, molt_tuple_items(kwnames)[k]);
        }
    }
    MoltValue result = MOLT_ERROR;
    if (prog == MOLT_NONE) {
        MoltBuffer out;
        molt_buffer_init(&out);
        molt_buffer_append_str(&out, a->prog_prefix);
        molt_buffer_append(&out, " ", 1);
        molt_buffer_append_str(&out, name);
        MoltValue made = molt_buffer_finish(&out);
        bool replaced = false;
        for (size_t k = 0; k < kept; k++)
            if (str_is(molt_list_items(names)[k], "prog")) {
                values[k] = made;
                replaced = true;
            }
        if (!replaced) {
            values[kept++] = made;
            MoltValue key = text_of("prog");
            molt_list_append(names, key);
            molt_decref(key);
        }
        prog = made;
    } else {
        molt_incref(prog);
    }
    MoltValue alias_list = aliases == MOLT_UNBOUND ? molt_list_new(0) : molt_list_from_iterable(aliases);
    if (alias_list == MOLT_ERROR) goto done;
    int in = molt_contains(a->parser_map, name);
    if (in != 0) {
        if (in > 0) raise_argument_error_format(a, "conflicting subparser: %s", name);
        goto done_aliases;
    }
    for (int64_t i = 0; i < molt_list_length(alias_list); i++)
        if (molt_contains(a->parser_map, molt_list_items(alias_list)[i]) == 1) {
            raise_argument_error_format(a, "conflicting subparser alias: %s", molt_list_items(alias_list)[i]);
            goto done_aliases;
        }
    if (help != MOLT_UNBOUND) {
        ArgAction *choice = action_new(ACTION_CHOICE);
        replace(&choice->dest, name);
        MoltBuffer metavar;
        molt_buffer_init(&metavar);
        molt_buffer_append_str(&metavar, name);
        if (molt_list_length(alias_list) > 0) {
            molt_buffer_append_cstr(&metavar, " (");
            for (int64_t i = 0; i < molt_list_length(alias_list); i++) {
                if (i) molt_buffer_append_cstr(&metavar, ", ");
                molt_buffer_append_str(&metavar, molt_list_items(alias_list)[i]);
            }
            molt_buffer_append_cstr(&metavar, ")");
        }
        molt_decref(choice->metavar);
        choice->metavar = molt_buffer_finish(&metavar);
        replace(&choice->help, help);
        molt_list_append(a->choice_actions, molt_from_ptr(choice));
        molt_decref(molt_from_ptr(choice));
    }
    MoltValue kwtuple = molt_tuple_from_iterable(names);
    MoltValue parser = kwtuple == MOLT_ERROR ? MOLT_ERROR : parser_new(values, 0, kept ? kwtuple : MOLT_NONE);
    if (kwtuple != MOLT_ERROR) molt_decref(kwtuple);
    if (parser == MOLT_ERROR) goto done_aliases;
    molt_dict_setitem(a->parser_map, name, parser);
    for (int64_t i = 0; i < molt_list_length(alias_list); i++) molt_dict_setitem(a->parser_map, molt_list_items(alias_list)[i], parser);
    result = parser;
done_aliases:
    molt_decref(alias_list);
done:
    molt_decref(prog);
    molt_decref(names);
    free(values);
    return result;
}

static MoltValue file_argument(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const char *const file_names[] = {"file", NULL};
    MoltArgSpec spec = {name, 0, 1, file_names, 1};
    MoltValue v[1];
    if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
    return or_none(v[0]);
}

static MoltValue parser_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    ArgParser *p = as_parser(self);
    if (strcmp(name, "add_argument") == 0) return add_argument(p, -1, -1, args, nargs, kwnames);
    if (strcmp(name, "parse_args") == 0) return method_parse(p, "parse_args", args, nargs, kwnames, false);
    if (strcmp(name, "parse_known_args") == 0) return method_parse(p, "parse_known_args", args, nargs, kwnames, true);
    if (strcmp(name, "add_argument_group") == 0) return add_argument_group(self, args, nargs, kwnames);
    if (strcmp(name, "add_mutually_exclusive_group") == 0) return add_mutex_group(self, -1, args, nargs, kwnames);
    if (strcmp(name, "add_subparsers") == 0) return add_subparsers(self, args, nargs, kwnames);
    if (strcmp(name, "set_defaults") == 0) return set_defaults(p, args, nargs, kwnames);
    if (strcmp(name, "get_default") == 0) return get_default(p, args, nargs, kwnames);
    if (strcmp(name, "format_help") == 0) {
        if (molt_args_none("ArgumentParser", "format_help", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_argparse_format_help(p);
    }
    if (strcmp(name, "format_usage") == 0) {
        if (molt_args_none("ArgumentParser", "format_usage", nargs, kwnames) < 0) return MOLT_ERROR;
        return molt_argparse_format_usage(p);
    }
    if (strcmp(name, "print_help") == 0 || strcmp(name, "print_usage") == 0) {
        MoltValue file = file_argument(name, args, nargs, kwnames);
        if (file == MOLT_ERROR) return MOLT_ERROR;
        MoltValue text = name[6] == 'h' ? molt_argparse_format_help(p) : molt_argparse_format_usage(p);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        int status = print_message(text, file, false);
        molt_decref(text);
        return status < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(name, "error") == 0) {
        if (molt_args_exactly_one("error", nargs, kwnames) < 0) return MOLT_ERROR;
        MoltValue message = molt_str(args[0]);
        if (message == MOLT_ERROR) return MOLT_ERROR;
        parser_error(p, message);
        molt_decref(message);
        return MOLT_ERROR;
    }
    if (strcmp(name, "exit") == 0) {
        static const char *const exit_names[] = {"status", "message", NULL};
        MoltArgSpec spec = {"exit", 0, 2, exit_names, 2};
        MoltValue v[2];
        if (molt_args_parse(&spec, args, nargs, kwnames, v) < 0) return MOLT_ERROR;
        if (v[1] != MOLT_ARG_MISSING && v[1] != MOLT_NONE && molt_truthy(v[1]) == 1 && print_message(v[1], MOLT_NONE, true) < 0)
            return MOLT_ERROR;
        MoltValue code = v[0] == MOLT_ARG_MISSING ? molt_int_from_i64(0) : v[0];
        MoltValue exception = molt_call(molt_from_type(&molt_type_SystemExit), &code, 1, MOLT_NONE);
        if (exception == MOLT_ERROR) return MOLT_ERROR;
        molt_raise(exception, MOLT_ERROR);
        molt_decref(exception);
        return MOLT_ERROR;
    }
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const parser_method_names[] = {
    "add_argument", "parse_args", "parse_known_args", "add_argument_group", "add_mutually_exclusive_group",
    "add_subparsers", "set_defaults", "get_default", "format_help", "format_usage", "print_help", "print_usage",
    "error", "exit", NULL};

static MoltValue parser_getattr(MoltValue self, const char *name) {
    ArgParser *p = as_parser(self);
    if (strcmp(name, "prog") == 0) return molt_new_reference(p->prog);
    if (strcmp(name, "usage") == 0) return molt_new_reference(p->usage);
    if (strcmp(name, "description") == 0) return molt_new_reference(p->description);
    if (strcmp(name, "epilog") == 0) return molt_new_reference(p->epilog);
    if (strcmp(name, "prefix_chars") == 0) return molt_new_reference(p->prefix_chars);
    if (strcmp(name, "argument_default") == 0) return molt_new_reference(p->argument_default);
    if (strcmp(name, "formatter_class") == 0) return molt_new_reference(p->formatter_class);
    if (strcmp(name, "add_help") == 0) return molt_from_bool(p->add_help);
    if (strcmp(name, "allow_abbrev") == 0) return molt_from_bool(p->allow_abbrev);
    if (strcmp(name, "exit_on_error") == 0) return molt_from_bool(p->exit_on_error);
    return MOLT_NOT_IMPLEMENTED;
}

static int parser_setattr(MoltValue self, const char *name, MoltValue value) {
    ArgParser *p = as_parser(self);
    MoltValue *slot = strcmp(name, "prog") == 0 ? &p->prog
                      : strcmp(name, "usage") == 0 ? &p->usage
                      : strcmp(name, "description") == 0 ? &p->description
                      : strcmp(name, "epilog") == 0 ? &p->epilog : NULL;
    if (!slot || value == MOLT_UNBOUND) {
        molt_raise_format(&molt_type_NotImplementedError, "Molt's argparse does not set '%s' on a parser", name);
        return -1;
    }
    replace(slot, value);
    return 0;
}

static MoltValue parser_type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)callable;
    return parser_new(args, nargs, kwnames);
}

MoltType molt_type_ArgumentParser = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "ArgumentParser",
    .module_name = "argparse",
    .base = &molt_type_object,
    .dealloc = parser_dealloc,
    .repr = parser_repr,
    .hash = molt_object_hash_identity,
    .call = parser_type_call,
    .call_method = parser_call_method,
    .getattr = parser_getattr,
    .setattr = parser_setattr,
    .method_names = parser_method_names,
};

/* ---- group and action objects ------------------------------------------------------------ */

static MoltValue group_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                   MoltValue kwnames) {
    GroupObject *g = molt_as_ptr(self);
    ArgParser *p = as_parser(g->parser);
    if (strcmp(name, "add_argument") == 0)
        return g->mutex ? add_argument(p, g->container, (int64_t)g->index, args, nargs, kwnames)
                        : add_argument(p, (int64_t)g->index, -1, args, nargs, kwnames);
    if (strcmp(name, "add_mutually_exclusive_group") == 0 && !g->mutex)
        return add_mutex_group(g->parser, (int64_t)g->index, args, nargs, kwnames);
    if (strcmp(name, "set_defaults") == 0) return set_defaults(p, args, nargs, kwnames);
    if (strcmp(name, "get_default") == 0) return get_default(p, args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

static MoltValue group_getattr(MoltValue self, const char *name) {
    GroupObject *g = molt_as_ptr(self);
    ArgParser *p = as_parser(g->parser);
    if (g->mutex && strcmp(name, "required") == 0) return molt_from_bool(p->mutexes[g->index].required);
    if (!g->mutex && strcmp(name, "title") == 0) return molt_new_reference(p->groups[g->index].title);
    if (!g->mutex && strcmp(name, "description") == 0) return molt_new_reference(p->groups[g->index].description);
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const group_method_names[] = {"add_argument", "add_mutually_exclusive_group", "set_defaults",
                                                 "get_default", NULL};
static const char *const mutex_method_names[] = {"add_argument", "set_defaults", "get_default", NULL};

/* The two group types differ in name and methods only. */
#define GROUP_TYPE(cname, pyname, methods)                                                               \
    MoltType molt_type_##cname = {.header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, .name = pyname,  \
                                  .module_name = "argparse", .base = &molt_type_object,                 \
                                  .dealloc = group_object_dealloc, .hash = molt_object_hash_identity,   \
                                  .call_method = group_call_method, .getattr = group_getattr,           \
                                  .method_names = methods};
GROUP_TYPE(ArgumentGroup, "_ArgumentGroup", group_method_names)
GROUP_TYPE(MutuallyExclusiveGroup, "_MutuallyExclusiveGroup", mutex_method_names)

static MoltValue action_call_method(MoltValue self, const char *name, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames) {
    ArgAction *a = as_action(self);
    if (a->kind == ACTION_PARSERS && strcmp(name, "add_parser") == 0) return add_parser(a, args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

static const char *const action_method_names[] = {"add_parser", NULL};

MoltType molt_type_Action = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "Action",
    .module_name = "argparse",
    .base = &molt_type_object,
    .dealloc = action_dealloc,
    .repr = action_repr,
    .hash = molt_object_hash_identity,
    .call_method = action_call_method,
    .getattr = action_getattr,
    .setattr = action_setattr,
    .method_names = action_method_names,
};

/* The formatter classes are markers: formatter_class= picks the behaviour. */
#define FORMATTER_TYPE(cname, pyname)                                                                      \
    MoltType molt_type_##cname = {.header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type}, .name = pyname,  \
                                  .module_name = "argparse", .base = &molt_type_object,                 \
                                  .hash = molt_object_hash_identity};
FORMATTER_TYPE(HelpFormatter, "HelpFormatter")
FORMATTER_TYPE(RawDescriptionHelpFormatter, "RawDescriptionHelpFormatter")
FORMATTER_TYPE(RawTextHelpFormatter, "RawTextHelpFormatter")
FORMATTER_TYPE(ArgumentDefaultsHelpFormatter, "ArgumentDefaultsHelpFormatter")

/* ---- the module ------------------------------------------------------------------------ */

static MoltValue make_parser_type(void) { return molt_from_type(&molt_type_ArgumentParser); }
static MoltValue make_help_formatter(void) { return molt_from_type(&molt_type_HelpFormatter); }
static MoltValue make_raw_description(void) { return molt_from_type(&molt_type_RawDescriptionHelpFormatter); }
static MoltValue make_raw_text(void) { return molt_from_type(&molt_type_RawTextHelpFormatter); }
static MoltValue make_argument_defaults(void) { return molt_from_type(&molt_type_ArgumentDefaultsHelpFormatter); }
static MoltValue make_suppress(void) { return text_of("==SUPPRESS=="); }
static MoltValue make_optional(void) { return text_of("?"); }
static MoltValue make_zero_or_more(void) { return text_of("*"); }
static MoltValue make_one_or_more(void) { return text_of("+"); }
static MoltValue make_remainder(void) { return text_of("..."); }
static MoltValue make_parser_constant(void) { return text_of("A..."); }
static MoltValue make_argument_error(void) { return molt_module_error_attribute(&argument_error); }
static MoltValue make_argument_type_error(void) { return molt_module_error_attribute(&argument_type_error); }

static struct MoltBuiltinFunctionObject argparse_functions[1];

static const MoltModuleAttribute argparse_attributes[] = {
    {"ArgumentParser", make_parser_type},
    {"Namespace", make_namespace_class},
    {"HelpFormatter", make_help_formatter},
    {"RawDescriptionHelpFormatter", make_raw_description},
    {"RawTextHelpFormatter", make_raw_text},
    {"ArgumentDefaultsHelpFormatter", make_argument_defaults},
    {"ArgumentError", make_argument_error},
    {"ArgumentTypeError", make_argument_type_error},
    {"SUPPRESS", make_suppress},
    {"OPTIONAL", make_optional},
    {"ZERO_OR_MORE", make_zero_or_more},
    {"ONE_OR_MORE", make_one_or_more},
    {"REMAINDER", make_remainder},
    {"PARSER", make_parser_constant},
};

struct MoltModule molt_module_argparse = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "argparse", argparse_functions, 0,
                                          argparse_attributes, sizeof argparse_attributes / sizeof argparse_attributes[0]};
