/* Metatypes: the types of class objects other than `type`, which runtime
 * modules provide in place of Python metaclasses (abc.ABCMeta,
 * enum.EnumType). A class's metatype is chosen when the class is made, from
 * its bases (or metaclass=ABCMeta); it is the class object's own type, so its
 * slots give the class object behaviour of its own (len(Color), iter,
 * Color['RED']). The hooks below are where class.c hands over to the module
 * that owns a metatype; for classes of plain `type` they do nothing. */
#ifndef MOLT_METATYPE_H
#define MOLT_METATYPE_H

#include "class_internal.h"

extern MoltType molt_type_ABCMeta;   /* runtime/modules/abc.c */
extern MoltType molt_type_EnumType;  /* runtime/modules/enum.c */

/* The metatype of a class statement's class with these bases: the most
 * derived of the bases' metatypes, or `requested` (metaclass=...) when it is
 * more derived still; NULL with CPython's "metaclass conflict" TypeError. */
const MoltType *molt_metatype_for_bases(const MoltType *const *bases, size_t base_count, const MoltType *requested);

/* After the class is made and its slots installed: ABCMeta computes
 * __abstractmethods__, EnumType turns the body's values into members.
 * 0, or -1 with an exception. */
int molt_metatype_class_created(MoltClass *class_object);
/* At the end of molt_class_install_slots (which runs again when a dunder is
 * assigned to the class): the slots a metatype gives its classes' instances
 * (an enum member's repr, hash, comparisons) unless the class defines them. */
void molt_metatype_adjust_slots(MoltClass *class_object);
/* Calling the class: MOLT_NOT_IMPLEMENTED (no exception) to make an instance
 * as usual, otherwise the call's result (Color(1) is a lookup) or MOLT_ERROR
 * (an abstract class). */
MoltValue molt_metatype_instantiate(MoltClass *class_object, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* Before C.name = value (value MOLT_UNBOUND: del C.name): 0 to go ahead, or
 * -1 with an exception (an enum's members cannot be reassigned). */
int molt_metatype_check_setattr(MoltClass *class_object, const char *name, MoltValue value);

/* isinstance / issubclass / class patterns: is `type` a subtype of
 * `class_type`, or a virtual subclass of it (ABC.register)? */
bool molt_type_matches_class(const MoltType *type, const MoltType *class_type);   /* abc.c */

/* A class statement whose bases name typing.NamedTuple or typing.TypedDict
 * (or a TypedDict class): the class typing's metaclasses make from it
 * (typing_classes.c); MOLT_NOT_IMPLEMENTED (no exception) for other bases. */
MoltValue molt_typing_class_statement(MoltValue name, MoltValue qualname, MoltValue bases, MoltValue namespace,
                                      MoltValue keywords);
/* isinstance(object, cls) / issubclass(object, cls) when cls's metatype has
 * checks of its own (typing's protocols and TypedDicts): 1 or 0, -1 with an
 * exception, 2 when cls is an ordinary class. */
int molt_metatype_instance_check(MoltValue object, MoltValue cls, bool subclass);
extern MoltType molt_type_typing_protocol_meta, molt_type_typing_typeddict_meta;   /* typing_*.c */
/* A new class of _ProtocolMeta: whether it is a protocol, its members (0 or -1);
 * calling a protocol raises TypeError (MOLT_ERROR), else MOLT_NOT_IMPLEMENTED. */
int molt_typing_protocol_class_created(MoltClass *class_object);
MoltValue molt_typing_protocol_check_instantiable(MoltClass *class_object);

/* The module-owned parts behind these hooks. */
int molt_abc_class_created(MoltClass *class_object);
MoltValue molt_abc_check_instantiable(MoltClass *class_object);
int molt_enum_class_created(MoltClass *class_object);
void molt_enum_adjust_slots(MoltClass *class_object);
MoltValue molt_enum_call(MoltClass *class_object, const MoltValue *args, size_t nargs, MoltValue kwnames);
int molt_enum_check_setattr(MoltClass *class_object, const char *name, MoltValue value);
/* The int value of an IntEnum member (borrowed), MOLT_UNBOUND for anything
 * else: what json writes for it, as CPython's int.__repr__ of the member. */
MoltValue molt_enum_int_value(MoltValue v);
/* reversed(Color): an iterator over the members, last first. */
MoltValue molt_enum_reversed(MoltValue enum_class);

/* The classes these modules make once (abc.ABC, enum.Enum...) are released
 * at exit, before the final collection, so that nothing leaks. */
void molt_metatype_release(void);
void molt_abc_release(void);
void molt_enum_release(void);

/* A class made by a runtime module: name, module ("abc"), bases (a tuple),
 * namespace entries as a dict (all borrowed), and its metatype. */
MoltValue molt_class_new_in_module(const char *name, const char *module, MoltValue bases, MoltValue namespace,
                                   const MoltType *metatype);
/* An exception class of a runtime module (re.error, dataclasses.FrozenInstanceError):
 * `class name(base)` with an empty body. A new reference, or MOLT_ERROR. */
MoltValue molt_exception_class_new_in_module(const char *name, const char *module, const MoltType *base);

/* An exception class a runtime module defines (struct.error, binascii.Error,
 * copy.Error): a static descriptor, the class made from it on first use (an
 * ordinary class of `module` whose one base is `base`) and released at exit.
 *   static MoltModuleError struct_error = MOLT_MODULE_ERROR("error", "struct", &molt_type_Exception); */
typedef struct MoltModuleError {
    const char *name, *module;
    const MoltType *base;
    MoltClass *made;                  /* a raw pointer so LeakSanitizer sees it */
    struct MoltModuleError *next_made;
} MoltModuleError;
#define MOLT_MODULE_ERROR(name, module, base) {name, module, base, NULL, NULL}
/* The class (borrowed), or MOLT_ERROR. */
MoltValue molt_module_error_class(MoltModuleError *error);
/* The class as a new reference, for a module's attribute table. */
MoltValue molt_module_error_attribute(MoltModuleError *error);
/* Raises error(message) with a printf-formatted message; returns MOLT_ERROR. */
MoltValue molt_module_error_raise(MoltModuleError *error, const char *format, ...) __attribute__((format(printf, 2, 3)));

#endif
