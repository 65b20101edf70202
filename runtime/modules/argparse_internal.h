/* What argparse.c (parsers, actions, parsing) and argparse_format.c (the
 * HelpFormatter) share: the layout of parsers and actions. */
#ifndef MOLT_ARGPARSE_INTERNAL_H
#define MOLT_ARGPARSE_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "molt/molt.h"
#include "../objects/dict.h"

typedef enum ArgNargs {
    NARGS_DEFAULT,       /* None: one argument, stored as itself */
    NARGS_COUNT,         /* an int N: a list of N */
    NARGS_OPTIONAL,      /* '?' */
    NARGS_ZERO_OR_MORE,  /* '*' */
    NARGS_ONE_OR_MORE,   /* '+' */
    NARGS_REMAINDER,     /* '...' */
    NARGS_PARSER,        /* 'A...' */
    NARGS_SUPPRESS       /* '==SUPPRESS==' */
} ArgNargs;

typedef enum ArgActionKind {
    ACTION_STORE, ACTION_STORE_CONST, ACTION_STORE_TRUE, ACTION_STORE_FALSE, ACTION_APPEND,
    ACTION_APPEND_CONST, ACTION_EXTEND, ACTION_COUNT, ACTION_HELP, ACTION_VERSION, ACTION_PARSERS,
    ACTION_CHOICE   /* _SubParsersAction._ChoicesPseudoAction: a subcommand's line of help */
} ArgActionKind;

/* An Action: the attributes CPython's Action has, as Python values. */
typedef struct ArgAction {
    MoltObject header;
    ArgActionKind kind;
    ArgNargs nargs;
    int64_t nargs_count;   /* NARGS_COUNT; 0 for the flag actions (nargs=0) */
    MoltValue option_strings;   /* list of str */
    MoltValue dest, nargs_value, const_value, default_value, type, choices, help, metavar, version;
    bool required;
    /* ACTION_PARSERS: the prefix of subparsers' prog, name -> parser (also
     * `choices`) and the pseudo-actions of add_parser(help=...). */
    MoltValue prog_prefix, parser_map, choice_actions;
} ArgAction;

typedef struct ArgGroup {
    MoltValue title, description;
    MoltValue actions;   /* list of ArgAction */
} ArgGroup;

typedef struct ArgMutex {
    bool required;
    MoltValue actions;   /* list of ArgAction */
} ArgMutex;

typedef enum ArgFormatterKind {
    FORMATTER_DEFAULT, FORMATTER_RAW_DESCRIPTION, FORMATTER_RAW_TEXT, FORMATTER_ARGUMENT_DEFAULTS
} ArgFormatterKind;

typedef struct ArgParser {
    MoltObject header;
    MoltValue prog, usage, description, epilog, prefix_chars, argument_default, formatter_class;
    ArgFormatterKind formatter;
    bool add_help, allow_abbrev, exit_on_error, has_negative_number_optionals;
    MoltValue actions;                /* list of ArgAction, in the order added */
    MoltValue option_string_actions;  /* dict: option string -> ArgAction */
    MoltValue defaults;               /* set_defaults() */
    ArgGroup *groups;                 /* [0] positional arguments, [1] options, then added ones */
    size_t group_count;
    ArgMutex *mutexes;
    size_t mutex_count;
    bool has_subparsers;
} ArgParser;

/* A new str of C text, and d[name] = value with such a key. */
static inline MoltValue text_of(const char *text) { return molt_str_from_utf8(text, strlen(text)); }
static inline int put_text(MoltValue dict, const char *name, MoltValue value) {
    MoltValue key = text_of(name);
    int status = molt_dict_setitem(dict, key, value);
    molt_decref(key);
    return status;
}

/* '==SUPPRESS==', compared by value (CPython compares the object). */
bool molt_argparse_is_suppress(MoltValue v);

/* The HelpFormatter (argparse_format.c). New str references or MOLT_ERROR. */
MoltValue molt_argparse_format_usage(ArgParser *parser);
MoltValue molt_argparse_format_help(ArgParser *parser);
/* The usage of the positionals without "usage: ", for add_subparsers' prog. */
MoltValue molt_argparse_format_positional_usage(ArgParser *parser);
/* The version action's text: add_text(version) then format_help. */
MoltValue molt_argparse_format_version(ArgParser *parser, MoltValue version);
/* _format_args(action, None) for add_argument's check: 0, or -1 with
 * ValueError("length of metavar tuple does not match nargs"). */
int molt_argparse_check_metavar(ArgParser *parser, ArgAction *action);

/* Drops argparse.Namespace, made on first use (at exit). */
void molt_argparse_release(void);

#endif
