/* What the typing module (typing.c, typing_alias.c) shares with the rest of
 * the runtime and between its two files: the special forms (Union, ClassVar,
 * Literal...), the aliases subscripting makes (typing.List[int]), TypeVar,
 * ForwardRef, and the checks dataclasses and isinstance ask of them. */
#ifndef MOLT_TYPING_H
#define MOLT_TYPING_H
#include <stdbool.h>

#include "molt/molt.h"

/* ---- asked by other modules ---- */

/* Is `annotation` typing.ClassVar or ClassVar[...] (dataclasses' _is_classvar)? */
bool molt_typing_is_classvar(MoltValue annotation);
/* isinstance(x, alias) / issubclass(C, alias) with a typing object as arg 2:
 * MOLT_NOT_IMPLEMENTED when `class_info` is none; else the class (or tuple of
 * classes, for a Union) to check against, a new reference, or MOLT_ERROR
 * with CPython's TypeError (subscripted generics cannot be checked). */
MoltValue molt_typing_instance_check_target(MoltValue class_info, const char *function);
/* Drops what the module made on first use (Generic), at exit. */
void molt_typing_release(void);

/* ---- shared by typing.c and typing_alias.c ---- */

extern MoltType molt_type_typing_special_form, molt_type_typing_alias, molt_type_typing_typevar,
    molt_type_typing_forward_ref;

static inline bool molt_typing_is_typevar(MoltValue v) { return molt_type_of(v) == &molt_type_typing_typevar; }

/* CPython's _type_check: None becomes NoneType and a str a ForwardRef; a
 * tuple, a plain special form and ClassVar[...]/Final[...] are refused with
 * `message` ("Parameters to generic types must be types."). New reference. */
MoltValue molt_typing_type_check(MoltValue argument, const char *message);
/* CPython's _type_repr into a buffer: builtin classes by name, other classes
 * module.qualname, ... for Ellipsis, functions by name, the rest by repr. */
struct MoltBuffer;
int molt_typing_append_type_repr(struct MoltBuffer *buffer, MoltValue item);
/* The alias origin[args] of a class subscripted through Generic's
 * __class_getitem__ (Stack[int]): args a tuple (borrowed). */
MoltValue molt_typing_generic_alias_new(MoltValue origin, MoltValue args);
/* The type variables of `args` (a tuple), in order, each once: a new tuple. */
MoltValue molt_typing_collect_parameters(MoltValue args);
/* A ForwardRef of the str `name` (borrowed). */
MoltValue molt_typing_forward_ref_new(MoltValue name);
/* `reference` again, with __forward_module__ = module when it is a ForwardRef
 * (a TypedDict's annotations); other values as they are. New reference. */
MoltValue molt_typing_forward_ref_in_module(MoltValue reference, MoltValue module);

/* a | b with a typing object (a special form, an alias, a TypeVar) on either
 * side: the binary_op slot of those types. */
MoltValue molt_typing_or(MoltBinaryOp op, MoltValue a, MoltValue b);

/* typing.get_origin(tp) and typing.get_args(tp) (new references). */
MoltValue molt_typing_get_origin(MoltValue tp);
MoltValue molt_typing_get_args(MoltValue tp);

/* One annotation as get_type_hints returns it: None as NoneType, Annotated[T,
 * ...] as T unless include_extras; NotImplementedError for a str or
 * ForwardRef in it, which CPython evaluates. New reference. */
MoltValue molt_typing_hint(MoltValue annotation, bool include_extras);

/* typing_classes.c: the NamedTuple and TypedDict functions (borrowed), NewType's type. */
MoltValue molt_typing_namedtuple_function(void);
MoltValue molt_typing_typeddict_function(void);
extern MoltType molt_type_typing_newtype;
/* typing_protocol.c: typing.Protocol (borrowed; made on first use; MOLT_ERROR), released at exit. */
MoltValue molt_typing_protocol_class(void);
void molt_typing_protocol_release(void);
bool molt_typing_is_protocol_base(MoltValue v);   /* typing.Protocol (Protocol[T] as Generic[T]) */
MoltValue molt_typing_runtime_checkable(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* The module's attributes made in typing_alias.c (special forms and bare aliases). */
MoltValue molt_typing_attribute(const char *name);
bool molt_typing_is_generic_base(MoltValue v);   /* typing.Generic (typing.c) */
MoltValue molt_typing_generic_class(void);       /* borrowed; made on first use; MOLT_ERROR */

#endif
