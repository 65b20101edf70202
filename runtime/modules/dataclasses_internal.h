/* What the two files of the dataclasses module share: dataclasses.c (the
 * decorator and the methods it makes) and dataclasses_field.c (Field,
 * field(), the sentinels MISSING and KW_ONLY, InitVar, FrozenInstanceError,
 * the parameters object, and the functions fields, asdict, astuple, replace). */
#ifndef MOLT_DATACLASSES_INTERNAL_H
#define MOLT_DATACLASSES_INTERNAL_H
#include <stdbool.h>

#include "molt/molt.h"

/* What an annotation makes of a name (CPython's _FIELD, _FIELD_INITVAR,
 * _FIELD_CLASSVAR: typing.ClassVar[...], kept in __dataclass_fields__ but
 * not a parameter of __init__ nor a field for fields() and the methods). */
typedef enum DataclassFieldKind {
    DATACLASS_FIELD_UNSET, DATACLASS_FIELD, DATACLASS_FIELD_INITVAR, DATACLASS_FIELD_CLASSVAR
} DataclassFieldKind;

/* A dataclasses.Field: what field() returns and what __dataclass_fields__
 * maps each name to. Every member is an owned reference. */
typedef struct DataclassField {
    MoltObject header;
    MoltValue name, type, default_value, default_factory, init, repr, hash, compare, metadata, kw_only;
    DataclassFieldKind kind;
} DataclassField;

extern MoltType molt_type_dataclass_field;
extern MoltType molt_type_dataclass_initvar;   /* InitVar; InitVar[int] is an instance */
extern MoltObject molt_dataclasses_missing_object, molt_dataclasses_kw_only_object;
#define DATACLASS_MISSING molt_from_ptr(&molt_dataclasses_missing_object)
#define DATACLASS_KW_ONLY molt_from_ptr(&molt_dataclasses_kw_only_object)

static inline bool molt_is_dataclass_field(MoltValue v) { return molt_type_of(v) == &molt_type_dataclass_field; }
static inline DataclassField *molt_dataclass_field(MoltValue v) { return (DataclassField *)molt_as_ptr(v); }

/* field(default=v) with every other argument at its default. */
MoltValue molt_dataclass_field_with_default(MoltValue default_value);

/* The options of dataclass(), in CPython's order; the values given (borrowed). */
enum {
    DATACLASS_INIT, DATACLASS_REPR, DATACLASS_EQ, DATACLASS_ORDER, DATACLASS_UNSAFE_HASH, DATACLASS_FROZEN,
    DATACLASS_MATCH_ARGS, DATACLASS_KW_ONLY_OPTION, DATACLASS_SLOTS, DATACLASS_WEAKREF_SLOT, DATACLASS_OPTION_COUNT
};
extern const char *const molt_dataclass_option_names[DATACLASS_OPTION_COUNT];
/* A _DataclassParams holding the options (new reference). */
MoltValue molt_dataclass_params_new(const MoltValue *options);
/* Is `params` a _DataclassParams with a true `frozen`? -1 with an exception. */
int molt_dataclass_params_frozen(MoltValue params);

/* FrozenInstanceError (borrowed; made on first use), or MOLT_ERROR. */
MoltValue molt_dataclasses_frozen_instance_error(void);

/* The module's functions (the table is in dataclasses.c). */
MoltValue molt_dataclasses_field(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_dataclasses_fields(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_dataclasses_asdict(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_dataclasses_astuple(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_dataclasses_replace(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_dataclasses_make_missing(void);
MoltValue molt_dataclasses_make_kw_only(void);
MoltValue molt_dataclasses_make_field_type(void);
MoltValue molt_dataclasses_make_initvar(void);
MoltValue molt_dataclasses_make_frozen_instance_error(void);

/* Drops FrozenInstanceError at exit (runtime.c). */
void molt_dataclasses_release(void);

#endif
