/* The singleton immediates None, NotImplemented and Ellipsis: their types
 * (NoneType, NotImplementedType, ellipsis), reprs, hashes and truth. */
#include <string.h>

#include "type.h"
#include "../core/args.h"

static void singleton_dealloc(MoltObject *object) { (void)object; }

static MoltValue singleton_repr(MoltValue self) {
    const char *text = self == MOLT_NONE ? "None"
                       : self == MOLT_NOT_IMPLEMENTED ? "NotImplemented"
                                                      : "Ellipsis";
    return molt_str_from_utf8(text, strlen(text));
}

/* CPython 3.12 hashes None to a constant; the others hash by address, which
 * we cannot reproduce, so they get fixed stand-ins. */
static int64_t singleton_hash(MoltValue self) {
    if (self == MOLT_NONE) return 0xFCA86420;
    return self == MOLT_NOT_IMPLEMENTED ? 0x7E3C9A51 : 0x7E3C9A52;
}

static int none_truthy(MoltValue self) {
    (void)self;
    return 0;
}

/* NoneType(), type(...)(): calling the type returns the singleton. */
static MoltValue singleton_call(MoltValue callable, const MoltValue *args, size_t nargs,
                                MoltValue kwnames) {
    (void)args;
    /* The slot also serves calling the singleton itself: None() is an error. */
    if (!molt_is_ptr(callable) || !molt_is_type(callable))
        return molt_raise_format(&molt_type_TypeError, "'%s' object is not callable", molt_type_of(callable)->name);
    const MoltType *type = molt_as_type(callable);
    if (nargs > 0 || molt_args_keyword_count(kwnames) > 0)
        return molt_raise_format(&molt_type_TypeError, "%s takes no arguments", type->name);
    if (type == &molt_type_NoneType) return MOLT_NONE;
    return type == &molt_type_NotImplementedType ? MOLT_NOT_IMPLEMENTED : MOLT_ELLIPSIS;
}

MoltType molt_type_NoneType = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "NoneType",
    .base = &molt_type_object,
    .dealloc = singleton_dealloc,
    .repr = singleton_repr,
    .hash = singleton_hash,
    .truthy = none_truthy,
    .call = singleton_call,
};

MoltType molt_type_NotImplementedType = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "NotImplementedType",
    .base = &molt_type_object,
    .dealloc = singleton_dealloc,
    .repr = singleton_repr,
    .hash = singleton_hash,
    .call = singleton_call,
};

MoltType molt_type_ellipsis = {
    .header = {MOLT_IMMORTAL_REFCOUNT, &molt_type_type},
    .name = "ellipsis",
    .base = &molt_type_object,
    .dealloc = singleton_dealloc,
    .repr = singleton_repr,
    .hash = singleton_hash,
    .call = singleton_call,
};
