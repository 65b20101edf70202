/* The json module's parts: json.c (the module's functions, their arguments,
 * JSONDecodeError), json_encode.c (dumps/dump) and json_decode.c (loads). */
#ifndef MOLT_JSON_INTERNAL_H
#define MOLT_JSON_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "molt/molt.h"

/* CPython's C recursion budget as its C encoder and scanner see it from
 * module level: 1497 nested containers work, 1498 raise RecursionError. */
#define JSON_C_DEPTH_LIMIT 1497

/* What calling `callable` from C (a default= or a decoding hook) costs that
 * budget in CPython: 2 for a Python function or bound method, 3 for a class
 * or instance of the program (its __init__ / __call__ runs), 0 for a builtin. */
int molt_json_call_cost(MoltValue callable);
/* 0, or -1 with CPython's RecursionError when such a call at `depth` would
 * go past the budget. */
int molt_json_check_call_depth(int depth, MoltValue callable);

/* JSONEncoder's settings, already taken apart as JSONEncoder.__init__ and
 * iterencode do. Values are borrowed from the call. */
typedef struct JsonEncodeOptions {
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    MoltValue indent;           /* None, or what JSONEncoder.indent holds */
    MoltValue item_separator;   /* any object (make_encoder insists on str) */
    MoltValue key_separator;
    MoltValue default_function; /* None: JSONEncoder.default's TypeError */
} JsonEncodeOptions;

/* json.dumps' encoding: CPython's C encoder when indent is None, else the
 * pure-Python _make_iterencode (same text, its own messages and limits).
 * A new str, or MOLT_ERROR. */
MoltValue molt_json_encode(MoltValue value, const JsonEncodeOptions *options);
/* json.dump's: the chunks of _make_iterencode, each given to fp.write as
 * it is made. None, or MOLT_ERROR. */
MoltValue molt_json_encode_to(MoltValue value, const JsonEncodeOptions *options, MoltValue fp);

/* JSONDecoder's settings: None for the hooks not given; parse_float,
 * parse_int and parse_constant None mean float, int and the constants. */
typedef struct JsonDecodeOptions {
    MoltValue object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
} JsonDecodeOptions;

/* JSONDecoder.decode(s) for a str s: the value, or MOLT_ERROR. */
MoltValue molt_json_decode(MoltValue text, const JsonDecodeOptions *options);

/* raise JSONDecodeError(message, document, position) with position in code
 * points; returns MOLT_ERROR. */
MoltValue molt_json_raise_decode_error(const char *message, MoltValue document, int64_t position);

/* Drops the JSONDecodeError class at exit (molt_runtime_release). */
void molt_json_release(void);

/* The name CPython's messages use for v's class: __name__ (the last part of
 * a dotted tp_name such as collections.deque). */
const char *molt_json_class_name(MoltValue v);

#endif
