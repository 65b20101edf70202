/* Choosing a class's metatype from its bases, and handing the moments of a
 * class's life that a metatype changes (creation, slots, calls, attribute
 * assignment) to the module that owns it (abc.c, enum.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metatype.h"
#include "dict.h"
#include "tuple.h"
#include "type.h"

static const MoltType *metatype_of(const MoltType *class_type) { return class_type->header.type; }

const MoltType *molt_metatype_for_bases(const MoltType *const *bases, size_t base_count, const MoltType *requested) {
    const MoltType *winner = requested ? requested : &molt_type_type;
    for (size_t i = 0; i < base_count; i++) {
        const MoltType *candidate = metatype_of(bases[i]);
        if (molt_type_is_subtype(winner, candidate)) continue;
        if (molt_type_is_subtype(candidate, winner)) {
            winner = candidate;
            continue;
        }
        molt_raise_format(&molt_type_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                                "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static bool is_abc(const MoltClass *class_object) {
    return molt_type_is_subtype(metatype_of(&class_object->type), &molt_type_ABCMeta);
}

static bool is_enum(const MoltClass *class_object) {
    return molt_type_is_subtype(metatype_of(&class_object->type), &molt_type_EnumType);
}

static bool is_protocol(const MoltClass *class_object) {
    return molt_type_is_subtype(metatype_of(&class_object->type), &molt_type_typing_protocol_meta);
}

int molt_metatype_class_created(MoltClass *class_object) {
    if (is_protocol(class_object) && molt_typing_protocol_class_created(class_object) < 0) return -1;
    if (is_abc(class_object)) return molt_abc_class_created(class_object);
    if (is_enum(class_object)) return molt_enum_class_created(class_object);
    return 0;
}

void molt_metatype_adjust_slots(MoltClass *class_object) {
    if (is_enum(class_object)) molt_enum_adjust_slots(class_object);
}

MoltValue molt_metatype_instantiate(MoltClass *class_object, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    /* A TypedDict's instances are plain dicts (_TypedDictMeta.__call__ = dict). */
    if (metatype_of(&class_object->type) == &molt_type_typing_typeddict_meta)
        return molt_call(molt_from_type(&molt_type_dict), args, nargs, kwnames);
    if (is_protocol(class_object)) {
        MoltValue refused = molt_typing_protocol_check_instantiable(class_object);
        if (refused != MOLT_NOT_IMPLEMENTED) return refused;
    }
    if (is_abc(class_object)) return molt_abc_check_instantiable(class_object);
    if (is_enum(class_object)) return molt_enum_call(class_object, args, nargs, kwnames);
    return MOLT_NOT_IMPLEMENTED;
}

int molt_metatype_check_setattr(MoltClass *class_object, const char *name, MoltValue value) {
    if (is_enum(class_object)) return molt_enum_check_setattr(class_object, name, value);
    return 0;
}

static MoltModuleError *made_errors;   /* the module errors made so far, last first */

static void release_module_errors(void) {
    while (made_errors) {
        MoltModuleError *error = made_errors;
        made_errors = error->next_made;
        MoltClass *made = error->made;
        error->made = NULL;
        error->next_made = NULL;
        molt_decref(molt_from_ptr(made));
    }
}

void molt_metatype_release(void) {
    molt_enum_release();
    molt_abc_release();
    release_module_errors();
}

MoltValue molt_class_new_in_module(const char *name, const char *module, MoltValue bases, MoltValue namespace,
                                   const MoltType *metatype) {
    MoltValue name_value = molt_str_from_utf8(name, strlen(name));
    MoltValue module_value = molt_str_from_utf8(module, strlen(module));
    MoltValue result = MOLT_ERROR;
    if (molt_dict_setitem(namespace, molt_class_name_str("__module__"), module_value) == 0)
        result = molt_class_new_with_metatype(name_value, name_value, bases, namespace, metatype);
    molt_decref(module_value);
    molt_decref(name_value);
    return result;
}

MoltValue molt_exception_class_new_in_module(const char *name, const char *module, const MoltType *base) {
    MoltValue base_value = molt_from_type(base);
    MoltValue bases = molt_tuple_from_borrowed(&base_value, 1);
    MoltValue namespace = molt_dict_new();
    MoltValue made = molt_class_new_in_module(name, module, bases, namespace, NULL);
    molt_decref(namespace);
    molt_decref(bases);
    return made;
}

MoltValue molt_module_error_class(MoltModuleError *error) {
    if (!error->made) {
        MoltValue made = molt_exception_class_new_in_module(error->name, error->module, error->base);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        error->made = molt_as_ptr(made);
        error->next_made = made_errors;
        made_errors = error;
    }
    return molt_from_ptr(error->made);
}

MoltValue molt_module_error_attribute(MoltModuleError *error) {
    MoltValue made = molt_module_error_class(error);
    if (made != MOLT_ERROR) molt_incref(made);
    return made;
}

MoltValue molt_module_error_raise(MoltModuleError *error, const char *format, ...) {
    MoltValue error_class = molt_module_error_class(error);
    if (error_class == MOLT_ERROR) return MOLT_ERROR;
    va_list arguments;
    va_start(arguments, format);
    MoltValue message = molt_str_vformat(format, arguments);
    va_end(arguments);
    MoltValue exception = molt_call(error_class, &message, 1, MOLT_NONE);
    molt_decref(message);
    if (exception == MOLT_ERROR) return MOLT_ERROR;
    molt_raise(exception, MOLT_ERROR);
    molt_decref(exception);
    return MOLT_ERROR;
}
