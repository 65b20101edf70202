/* The json module: dumps, dump, loads, load and JSONDecodeError, with the
 * arguments, messages and choices of CPython 3.12's json/__init__.py,
 * encoder.py and decoder.py. The text itself is made by json_encode.c and
 * read by json_decode.c. A cls= argument is called as CPython calls it
 * (cls(**settings).encode(obj) / .decode(s)), so a program's own class
 * with those methods works; JSONEncoder and JSONDecoder are not provided. */
#include <stdio.h>
#include <string.h>

#include "../core/args.h"
#include "../objects/bytes_internal.h"
#include "../objects/class_internal.h"
#include "../objects/dict.h"
#include "../objects/metatype.h"
#include "../objects/module.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "json_internal.h"

const char *molt_json_class_name(MoltValue v) {
    const char *name = molt_type_of(v)->name;
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

int molt_json_call_cost(MoltValue callable) {
    const MoltType *type = molt_type_of(callable);
    if (type == &molt_type_function || type == &molt_type_method) return 2;
    if (molt_is_instance(callable) || (molt_is_type(callable) && molt_type_is_heap(molt_as_type(callable)))) return 3;
    return 0;
}

int molt_json_check_call_depth(int depth, MoltValue callable) {
    if (depth + molt_json_call_cost(callable) <= JSON_C_DEPTH_LIMIT) return 0;
    molt_raise_format(&molt_type_RecursionError, "maximum recursion depth exceeded");
    return -1;
}

/* ---- JSONDecodeError ------------------------------------------------------------------ */

static MoltClass *decode_error_class;   /* made on first use; a raw pointer so LeakSanitizer sees it */

/* JSONDecodeError.__init__(self, msg, doc, pos), as decoder.py's. */
static MoltValue decode_error_init(MoltValue function, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[4];
    if (molt_function_bind(function, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue self = bound[0], message = bound[1], document = bound[2], position = bound[3];
    MoltValue result = MOLT_ERROR, newline = molt_str_from_utf8("\n", 1);
    MoltValue range[3] = {newline, molt_from_small_int(0), position};
    MoltValue count = MOLT_ERROR, last = MOLT_ERROR, line = MOLT_ERROR, column = MOLT_ERROR, text = MOLT_ERROR;
    count = molt_call_method(document, "count", range, 3, MOLT_NONE);
    if (count != MOLT_ERROR) last = molt_call_method(document, "rfind", range, 3, MOLT_NONE);
    if (last != MOLT_ERROR) line = molt_binary_op(MOLT_OP_ADD, count, molt_from_small_int(1));
    if (line != MOLT_ERROR) column = molt_binary_op(MOLT_OP_SUB, position, last);
    if (column != MOLT_ERROR) {
        MoltValue parts[4] = {message, line, column, position};
        MoltValue values = molt_tuple_from_borrowed(parts, 4);
        MoltValue format = molt_str_from_utf8("%s: line %d column %d (char %d)", 31);
        text = molt_str_percent(format, values);
        molt_decref(format);
        molt_decref(values);
    }
    if (text != MOLT_ERROR) {
        MoltValue message_args = molt_tuple_from_borrowed(&text, 1);
        int status = molt_setattr(self, "args", message_args);
        molt_decref(message_args);
        const char *names[] = {"msg", "doc", "pos", "lineno", "colno"};
        MoltValue values[] = {message, document, position, line, column};
        for (int i = 0; status == 0 && i < 5; i++) status = molt_setattr(self, names[i], values[i]);
        if (status == 0) result = MOLT_NONE;
    }
    MoltValue owned[] = {newline, count, last, line, column, text};
    for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++)
        if (owned[i] != MOLT_ERROR) molt_decref(owned[i]);
    for (int i = 0; i < 4; i++) molt_decref(bound[i]);
    return result;
}

static const char *const decode_error_parameters[] = {"self", "msg", "doc", "pos"};
static const MoltCode decode_error_init_code = {
    "__init__", "JSONDecodeError.__init__", decode_error_parameters, 4, 0, 0, false, false, decode_error_init,
    NULL, 0, "json.decoder"};

static MoltValue decode_error(void) {
    if (!decode_error_class) {
        MoltValue base = molt_from_type(&molt_type_ValueError);
        MoltValue bases = molt_tuple_from_borrowed(&base, 1);
        MoltValue namespace = molt_dict_new();
        MoltValue init = molt_function_new(&decode_error_init_code, NULL, NULL, 0);
        MoltValue made = MOLT_ERROR;
        if (molt_dict_setitem(namespace, molt_class_name_str("__init__"), init) == 0)
            made = molt_class_new_in_module("JSONDecodeError", "json.decoder", bases, namespace, NULL);
        molt_decref(init);
        molt_decref(namespace);
        molt_decref(bases);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        decode_error_class = molt_as_ptr(made);
    }
    return molt_from_ptr(decode_error_class);
}

static MoltValue make_decode_error(void) {
    MoltValue error = decode_error();
    if (error != MOLT_ERROR) molt_incref(error);
    return error;
}

MoltValue molt_json_raise_decode_error(const char *message, MoltValue document, int64_t position) {
    MoltValue error_class = decode_error();
    if (error_class == MOLT_ERROR) return MOLT_ERROR;
    MoltValue args[3] = {molt_str_from_utf8(message, strlen(message)), document, molt_int_from_i64(position)};
    MoltValue error = molt_call(error_class, args, 3, MOLT_NONE);
    molt_decref(args[0]);
    molt_decref(args[2]);
    if (error == MOLT_ERROR) return MOLT_ERROR;
    MoltValue raised = molt_raise(error, MOLT_ERROR);
    molt_decref(error);
    return raised;
}

void molt_json_release(void) {
    MoltClass *error = decode_error_class;
    decode_error_class = NULL;
    if (error) molt_decref(molt_from_ptr(error));
}

/* ---- arguments: the signatures of Python functions with **kw ------------------------------ */

typedef struct Signature {
    const char *name;
    const char *const *names;   /* the positional parameters, then the keyword-only ones */
    size_t positional_count, count;
} Signature;

/* Binds as CPython binds `def name(p..., *, k..., **kw)`: out[] gets the
 * parameters (MOLT_ARG_MISSING where absent), *extra a new dict of the other
 * keywords (MOLT_NONE when there are none). 0, or -1 with CPython's TypeError. */
static int bind(const Signature *signature, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out,
                MoltValue *extra) {
    *extra = MOLT_NONE;
    size_t positional = signature->positional_count;
    if (nargs > positional) {
        molt_raise_format(&molt_type_TypeError, "%s() takes %zu positional argument%s but %zu were given",
                          signature->name, positional, positional == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < signature->count; i++) out[i] = i < nargs ? args[i] : MOLT_ARG_MISSING;
    size_t keywords = molt_args_keyword_count(kwnames);
    for (size_t k = 0; k < keywords; k++) {
        const char *keyword = molt_args_keyword_name(kwnames, k);
        size_t slot = 0;
        while (slot < signature->count && strcmp(signature->names[slot], keyword) != 0) slot++;
        if (slot < signature->count) {
            if (out[slot] != MOLT_ARG_MISSING) {
                molt_raise_format(&molt_type_TypeError, "%s() got multiple values for argument '%s'", signature->name,
                                  keyword);
                goto fail;
            }
            out[slot] = args[nargs + k];
            continue;
        }
        if (*extra == MOLT_NONE) *extra = molt_dict_new();
        if (molt_dict_setitem(*extra, molt_tuple_items(kwnames)[k], args[nargs + k]) < 0) goto fail;
    }
    size_t missing = 0;
    for (size_t i = 0; i < positional; i++) missing += out[i] == MOLT_ARG_MISSING;
    if (missing > 0) {
        char names[128] = "";
        size_t listed = 0;
        for (size_t i = 0; i < positional; i++) {
            if (out[i] != MOLT_ARG_MISSING) continue;
            listed++;
            const char *joint = listed == 1 ? "" : listed == missing ? " and " : ", ";
            size_t used = strlen(names);
            snprintf(names + used, sizeof names - used, "%s'%s'", joint, signature->names[i]);
        }
        molt_raise_format(&molt_type_TypeError, "%s() missing %zu required positional argument%s: %s",
                          signature->name, missing, missing == 1 ? "" : "s", names);
        goto fail;
    }
    return 0;
fail:
    if (*extra != MOLT_NONE) molt_decref(*extra);
    *extra = MOLT_NONE;
    return -1;
}

static MoltValue or_default(MoltValue v, MoltValue fallback) { return v == MOLT_ARG_MISSING ? fallback : v; }

/* "JSONEncoder.__init__() got an unexpected keyword argument 'x'": -1, or 0 when none. */
static int reject_extra(const char *class_name, MoltValue extra) {
    if (extra == MOLT_NONE) return 0;
    int64_t position = 0;
    MoltValue key, value;
    molt_dict_next(extra, &position, &key, &value);
    size_t length;
    const char *name = molt_str_utf8(key, &length);
    molt_raise_format(&molt_type_TypeError, "%s.__init__() got an unexpected keyword argument '%s'", class_name, name);
    return -1;
}

/* cls(name=value..., **extra): the object a cls= argument makes. */
static MoltValue call_with_keywords(MoltValue cls, const char *const *names, const MoltValue *values, size_t count,
                                    MoltValue extra) {
    size_t total = count + (extra == MOLT_NONE ? 0 : (size_t)molt_dict_length(extra));
    MoltValue keys[total ? total : 1], arguments[total ? total : 1];
    for (size_t i = 0; i < count; i++) {
        keys[i] = molt_str_from_utf8(names[i], strlen(names[i]));
        arguments[i] = values[i];
    }
    int64_t position = 0;
    MoltValue key, value;
    for (size_t i = count; extra != MOLT_NONE && molt_dict_next(extra, &position, &key, &value); i++) {
        molt_incref(key);
        keys[i] = key;
        arguments[i] = value;
    }
    MoltValue kwnames = molt_tuple_from_owned(keys, total);
    MoltValue result = molt_call(cls, arguments, 0, kwnames);
    molt_decref(kwnames);
    return result;
}

/* ---- dumps and dump ------------------------------------------------------------------------ */

enum { ENC_SKIPKEYS, ENC_ENSURE_ASCII, ENC_CHECK_CIRCULAR, ENC_ALLOW_NAN, ENC_CLS, ENC_INDENT, ENC_SEPARATORS,
       ENC_DEFAULT, ENC_SORT_KEYS, ENC_COUNT };

static const char *const encoder_keywords[ENC_COUNT] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                                        "cls", "indent", "separators", "default", "sort_keys"};

/* The keyword-only settings of dumps/dump from out[first...], with their
 * defaults; JSONEncoder.__init__'s separators unpacking. 0 or -1; on
 * success *separators_owned holds the references to release. */
static int encoder_settings(const MoltValue *given, MoltValue *settings, JsonEncodeOptions *options,
                            MoltValue separators[2]) {
    static const MoltValue defaults[ENC_COUNT] = {MOLT_FALSE, MOLT_TRUE, MOLT_TRUE, MOLT_TRUE, MOLT_NONE,
                                                  MOLT_NONE,  MOLT_NONE, MOLT_NONE, MOLT_FALSE};
    for (int i = 0; i < ENC_COUNT; i++) settings[i] = or_default(given[i], defaults[i]);
    separators[0] = separators[1] = MOLT_UNBOUND;
    if (settings[ENC_CLS] != MOLT_NONE) return 0;
    int truth[5];
    const int flags[5] = {ENC_SKIPKEYS, ENC_ENSURE_ASCII, ENC_CHECK_CIRCULAR, ENC_ALLOW_NAN, ENC_SORT_KEYS};
    for (int i = 0; i < 5; i++)
        if ((truth[i] = molt_truthy(settings[flags[i]])) < 0) return -1;
    options->skipkeys = truth[0];
    options->ensure_ascii = truth[1];
    options->check_circular = truth[2];
    options->allow_nan = truth[3];
    options->sort_keys = truth[4];
    options->indent = settings[ENC_INDENT];
    options->default_function = settings[ENC_DEFAULT];
    if (settings[ENC_SEPARATORS] != MOLT_NONE) {
        if (molt_unpack(settings[ENC_SEPARATORS], separators, 2) < 0) {
            separators[0] = separators[1] = MOLT_UNBOUND;
            return -1;
        }
        options->item_separator = separators[0];
        options->key_separator = separators[1];
    } else {
        separators[0] = molt_str_from_utf8(settings[ENC_INDENT] != MOLT_NONE ? "," : ", ",
                                           settings[ENC_INDENT] != MOLT_NONE ? 1 : 2);
        separators[1] = molt_str_from_utf8(": ", 2);
        options->item_separator = separators[0];
        options->key_separator = separators[1];
    }
    return 0;
}

static void release_separators(MoltValue separators[2]) {
    for (int i = 0; i < 2; i++)
        if (separators[i] != MOLT_UNBOUND) molt_decref(separators[i]);
}

/* cls(skipkeys=..., ..., sort_keys=..., **kw): CPython passes every setting but cls. */
static MoltValue make_custom_encoder(const MoltValue *settings, MoltValue extra) {
    const char *names[ENC_COUNT - 1];
    MoltValue values[ENC_COUNT - 1];
    size_t count = 0;
    for (int i = 0; i < ENC_COUNT; i++) {
        if (i == ENC_CLS) continue;
        names[count] = encoder_keywords[i];
        values[count++] = settings[i];
    }
    return call_with_keywords(settings[ENC_CLS], names, values, count, extra);
}

static const char *const dumps_names[] = {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                          "indent", "separators", "default", "sort_keys"};
static const char *const dump_names[] = {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                         "cls", "indent", "separators", "default", "sort_keys"};

/* for chunk in encoder.iterencode(obj): fp.write(chunk) */
static MoltValue dump_chunks(MoltValue encoder, MoltValue obj, MoltValue fp) {
    MoltValue chunks = molt_call_method(encoder, "iterencode", &obj, 1, MOLT_NONE);
    MoltValue iterator = chunks == MOLT_ERROR ? MOLT_ERROR : molt_iter(chunks);
    if (chunks != MOLT_ERROR) molt_decref(chunks);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_NONE, chunk;
    while (result != MOLT_ERROR && (chunk = molt_iter_next(iterator)) != MOLT_STOP) {
        MoltValue written = chunk == MOLT_ERROR ? MOLT_ERROR : molt_call_method(fp, "write", &chunk, 1, MOLT_NONE);
        if (chunk != MOLT_ERROR) molt_decref(chunk);
        if (written == MOLT_ERROR) result = MOLT_ERROR;
        else molt_decref(written);
    }
    molt_decref(iterator);
    return result;
}

/* dumps(obj, *, ...) and dump(obj, fp, *, ...): a cls= makes the encoder and
 * its encode (iterencode for dump) does the work; else Molt's encoder. */
static MoltValue encode_entry(const Signature *signature, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    bool to_file = signature->positional_count == 2;
    MoltValue given[2 + ENC_COUNT], extra, settings[ENC_COUNT], separators[2];
    if (bind(signature, args, nargs, kwnames, given, &extra) < 0) return MOLT_ERROR;
    MoltValue obj = given[0], fp = to_file ? given[1] : MOLT_UNBOUND;
    JsonEncodeOptions options;
    MoltValue result = MOLT_ERROR;
    if (encoder_settings(given + signature->positional_count, settings, &options, separators) == 0) {
        if (settings[ENC_CLS] != MOLT_NONE) {
            MoltValue encoder = make_custom_encoder(settings, extra);
            if (encoder != MOLT_ERROR) {
                result = to_file ? dump_chunks(encoder, obj, fp) : molt_call_method(encoder, "encode", &obj, 1, MOLT_NONE);
                molt_decref(encoder);
            }
        } else if (reject_extra("JSONEncoder", extra) == 0) {
            result = to_file ? molt_json_encode_to(obj, &options, fp) : molt_json_encode(obj, &options);
        }
    }
    release_separators(separators);
    if (extra != MOLT_NONE) molt_decref(extra);
    return result;
}

static MoltValue json_dumps(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const Signature signature = {"dumps", dumps_names, 1, 1 + ENC_COUNT};
    return encode_entry(&signature, args, nargs, kwnames);
}

static MoltValue json_dump(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const Signature signature = {"dump", dump_names, 2, 2 + ENC_COUNT};
    return encode_entry(&signature, args, nargs, kwnames);
}

/* ---- loads and load ------------------------------------------------------------------------ */

enum { DEC_CLS, DEC_OBJECT_HOOK, DEC_PARSE_FLOAT, DEC_PARSE_INT, DEC_PARSE_CONSTANT, DEC_OBJECT_PAIRS_HOOK,
       DEC_COUNT };

static const char *const loads_names[] = {"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                          "object_pairs_hook"};
static const char *const load_names[] = {"fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                         "object_pairs_hook"};

/* detect_encoding(b) of json/__init__.py. */
static const char *detect_encoding(const unsigned char *b, size_t length) {
    if (length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
                        (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)))
        return "utf-32";
    if (length >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) return "utf-16";
    if (length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return "utf-8-sig";
    if (length >= 4) {
        if (!b[0]) return b[1] ? "utf-16-be" : "utf-32-be";
        if (!b[1]) return b[2] || b[3] ? "utf-16-le" : "utf-32-le";
    } else if (length == 2) {
        if (!b[0]) return "utf-16-be";
        if (!b[1]) return "utf-16-le";
    }
    return "utf-8";
}

/* loads' first steps: the document as a str (new reference), or MOLT_ERROR. */
static MoltValue document_text(MoltValue s) {
    if (molt_is_str(s)) {
        size_t length;
        const char *text = molt_str_utf8(s, &length);
        if (length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            return molt_json_raise_decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
        molt_incref(s);
        return s;
    }
    if (!molt_is_bytes_like(s))
        return molt_raise_format(&molt_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                                 molt_json_class_name(s));
    const unsigned char *data;
    size_t length;
    molt_bytes_argument(s, &data, &length);
    const char *encoding = detect_encoding(data, length);
    if (strcmp(encoding, "utf-8-sig") == 0) {
        data += 3;
        length -= 3;
        encoding = "utf-8";
    }
    /* As CPython: s.decode(detect_encoding(s), 'surrogatepass'). */
    return molt_codec_decode(data, length, encoding, "surrogatepass");
}

static MoltValue loads_from(MoltValue s, const MoltValue *given, MoltValue extra) {
    MoltValue settings[DEC_COUNT];
    for (int i = 0; i < DEC_COUNT; i++) settings[i] = or_default(given[i], MOLT_NONE);
    MoltValue text = document_text(s);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = MOLT_ERROR;
    if (settings[DEC_CLS] != MOLT_NONE) {
        /* cls(**kw, object_hook=..., ...) with the hooks that are not None, then .decode(s). */
        static const int order[] = {DEC_OBJECT_HOOK, DEC_OBJECT_PAIRS_HOOK, DEC_PARSE_FLOAT, DEC_PARSE_INT,
                                    DEC_PARSE_CONSTANT};
        MoltValue keywords = extra == MOLT_NONE ? molt_dict_new() : molt_dict_copy(extra);
        int status = 0;
        for (size_t i = 0; status == 0 && i < sizeof order / sizeof order[0]; i++) {
            if (settings[order[i]] == MOLT_NONE) continue;
            const char *name = loads_names[1 + order[i]];
            MoltValue key = molt_str_from_utf8(name, strlen(name));
            status = molt_dict_setitem(keywords, key, settings[order[i]]);
            molt_decref(key);
        }
        MoltValue decoder = status < 0 ? MOLT_ERROR : call_with_keywords(settings[DEC_CLS], NULL, NULL, 0, keywords);
        molt_decref(keywords);
        if (decoder != MOLT_ERROR) {
            result = molt_call_method(decoder, "decode", &text, 1, MOLT_NONE);
            molt_decref(decoder);
        }
        molt_decref(text);
        return result;
    }
    /* JSONDecoder(*, object_hook, parse_float, parse_int, parse_constant, strict, object_pairs_hook) */
    MoltValue strict = MOLT_TRUE;
    if (extra != MOLT_NONE) {
        MoltValue strict_key = molt_str_from_utf8("strict", 6);
        MoltValue found = molt_dict_lookup(extra, strict_key);
        if (found != MOLT_STOP && found != MOLT_ERROR) {
            strict = found;
            molt_dict_delitem(extra, strict_key);
        }
        molt_decref(strict_key);
        if (molt_dict_length(extra) > 0 && reject_extra("JSONDecoder", extra) < 0) {
            molt_decref(text);
            return MOLT_ERROR;
        }
    }
    JsonDecodeOptions options;
    int truth[4] = {1, 0, 0, 0};
    truth[0] = molt_truthy(strict);
    if (truth[0] >= 0) truth[1] = molt_truthy(settings[DEC_PARSE_FLOAT]);
    if (truth[1] >= 0) truth[2] = molt_truthy(settings[DEC_PARSE_INT]);
    if (truth[2] >= 0) truth[3] = molt_truthy(settings[DEC_PARSE_CONSTANT]);
    if (truth[0] >= 0 && truth[1] >= 0 && truth[2] >= 0 && truth[3] >= 0) {
        options.strict = truth[0];
        options.object_hook = settings[DEC_OBJECT_HOOK];
        options.object_pairs_hook = settings[DEC_OBJECT_PAIRS_HOOK];
        /* parse_float or float: the float type itself is the scanner's own path. */
        MoltValue parse_float = settings[DEC_PARSE_FLOAT], parse_int = settings[DEC_PARSE_INT];
        options.parse_float = truth[1] && parse_float != molt_from_type(&molt_type_float) ? parse_float : MOLT_NONE;
        options.parse_int = truth[2] && parse_int != molt_from_type(&molt_type_int) ? parse_int : MOLT_NONE;
        options.parse_constant = truth[3] ? settings[DEC_PARSE_CONSTANT] : MOLT_NONE;
        result = molt_json_decode(text, &options);
    }
    molt_decref(text);
    return result;
}

static MoltValue json_loads(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const Signature signature = {"loads", loads_names, 1, 1 + DEC_COUNT};
    MoltValue given[1 + DEC_COUNT], extra;
    if (bind(&signature, args, nargs, kwnames, given, &extra) < 0) return MOLT_ERROR;
    MoltValue result = loads_from(given[0], given + 1, extra);
    if (extra != MOLT_NONE) molt_decref(extra);
    return result;
}

static MoltValue json_load(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    static const Signature signature = {"load", load_names, 1, 1 + DEC_COUNT};
    MoltValue given[1 + DEC_COUNT], extra;
    if (bind(&signature, args, nargs, kwnames, given, &extra) < 0) return MOLT_ERROR;
    MoltValue text = molt_call_method(given[0], "read", NULL, 0, MOLT_NONE);
    MoltValue result = text == MOLT_ERROR ? MOLT_ERROR : loads_from(text, given + 1, extra);
    if (text != MOLT_ERROR) molt_decref(text);
    if (extra != MOLT_NONE) molt_decref(extra);
    return result;
}

/* ---- the module ------------------------------------------------------------------------------ */

static const MoltModuleAttribute json_attributes[] = {
    {"JSONDecodeError", make_decode_error},
};

static struct MoltBuiltinFunctionObject json_functions[] = {
    MOLT_MODULE_FUNCTION("dumps", json_dumps),
    MOLT_MODULE_FUNCTION("dump", json_dump),
    MOLT_MODULE_FUNCTION("loads", json_loads),
    MOLT_MODULE_FUNCTION("load", json_load),
};

struct MoltModule molt_module_json = MOLT_MODULE("json", json_functions, json_attributes);
