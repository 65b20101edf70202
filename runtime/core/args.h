/* Argument checking for builtin functions and methods called with the
 * vectorcall layout (positional args, then keyword values named by kwnames),
 * producing CPython 3.12's TypeError messages. */
#ifndef MOLT_ARGS_H
#define MOLT_ARGS_H
#include <stddef.h>

#include "molt/molt.h"

/* Marks an optional parameter that was not passed (never a Python value). */
#define MOLT_ARG_MISSING MOLT_STOP

typedef struct MoltArgSpec {
    const char *name;        /* as the messages spell it: "pop", "sorted", "sort" */
    size_t min_positional;
    size_t max_positional;
    /* One entry per parameter: names[0..max_positional) are the positional
     * ones (NULL: positional-only), the rest keyword-only; NULL-terminated
     * after the keyword-only names. NULL pointer: no parameter has a name. */
    const char *const *names;
    size_t parameter_count;  /* max_positional + number of keyword-only parameters */
} MoltArgSpec;

/* Fills out[0..parameter_count) with borrowed values or MOLT_ARG_MISSING.
 * 0, or -1 with TypeError ("pop expected at most 1 argument, got 2",
 * "'x' is an invalid keyword argument for sort()", ...). */
int molt_args_parse(const MoltArgSpec *spec, const MoltValue *args, size_t nargs, MoltValue kwnames,
                    MoltValue *out);
/* "len() takes exactly one argument (0 given)" / "len() takes no keyword arguments". */
int molt_args_exactly_one(const char *name, size_t nargs, MoltValue kwnames);
/* "list() takes no keyword arguments". */
int molt_args_no_keywords(const char *name, MoltValue kwnames);
/* A method without parameters (METH_NOARGS): "list.copy() takes no arguments
 * (1 given)" / "list.copy() takes no keyword arguments". 0 or -1. */
int molt_args_none(const char *type_name, const char *method, size_t nargs, MoltValue kwnames);
/* "foo expected at most 1 argument, got 2" style check of a positional count. */
int molt_args_check_count(const char *name, size_t nargs, size_t min, size_t max);
size_t molt_args_keyword_count(MoltValue kwnames);
/* The UTF-8 name of keyword i (valid while kwnames lives). */
const char *molt_args_keyword_name(MoltValue kwnames, size_t index);

/* operator.index(v) (PyNumber_Index): an int for an int, a bool (as 0 or 1) or
 * an instance with __index__; TypeError "'str' object cannot be interpreted as
 * an integer" otherwise. New reference or MOLT_ERROR. */
MoltValue molt_args_index(MoltValue value);
/* An index-sized argument (PyNumber_AsSsize_t with OverflowError): 0 with
 * *out set, or -1 with the TypeError above or "Python int too large to
 * convert to C ssize_t". */
int molt_args_ssize(MoltValue value, int64_t *out);

#endif
