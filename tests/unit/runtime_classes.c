/* Unit test of classes (runtime/objects/class.c and friends) driven as
 * generated code drives them: function objects made from hand-written
 * MoltCode, a class namespace dict, molt_class_new, then molt_call,
 * molt_getattr / molt_setattr / molt_call_method. Prints one line per check;
 * exits non-zero on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/molt.h"
#include "molt/class.h"
#include "core/gc.h"
#include "objects/tuple.h"
#include "objects/type.h"

static int failures;

static void check(bool condition, const char *what) {
    printf("%s %s\n", condition ? "ok  " : "FAIL", what);
    if (!condition) failures++;
}

static MoltValue text(const char *s) { return molt_str_from_utf8(s, strlen(s)); }

/* str(v) equals expected (consumes nothing). */
static bool str_is(MoltValue v, const char *expected) {
    if (v == MOLT_ERROR) return false;
    MoltValue s = molt_str(v);
    size_t length;
    bool equal = strcmp(molt_str_utf8(s, &length), expected) == 0;
    if (!equal) printf("     got: %s\n", molt_str_utf8(s, &length));
    molt_decref(s);
    return equal;
}

static bool repr_starts(MoltValue v, const char *prefix) {
    MoltValue s = molt_repr(v);
    size_t length;
    bool equal = strncmp(molt_str_utf8(s, &length), prefix, strlen(prefix)) == 0;
    if (!equal) printf("     got: %s\n", molt_str_utf8(s, &length));
    molt_decref(s);
    return equal;
}

static bool raised(const MoltType *type, const char *message) {
    if (molt_exc_matches(molt_from_type(type)) != 1) return false;
    MoltValue exception = molt_exc_fetch();
    bool equal = str_is(exception, message);
    molt_decref(exception);
    return equal;
}

/* ---- the methods, as the compiler would emit them ---- */

/* def __init__(self, x): self.x = x */
static MoltValue point_init_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    int status = molt_setattr(bound[0], "x", bound[1]);
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return status < 0 ? MOLT_ERROR : MOLT_NONE;
}
static const char *const init_names[] = {"self", "x", NULL};
static const MoltCode point_init_code = {"__init__", "Point.__init__", init_names, 2, 0, 0, false, false,
                                         point_init_entry, NULL, 0, NULL};

/* def get(self, extra=0): return self.x + extra */
static MoltValue point_get_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[2];
    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue x = molt_getattr(bound[0], "x");
    MoltValue result = x == MOLT_ERROR ? MOLT_ERROR : molt_binary_op(MOLT_OP_ADD, x, bound[1]);
    molt_decref(x);
    molt_decref(bound[0]);
    molt_decref(bound[1]);
    return result;
}
static const char *const get_names[] = {"self", "extra", NULL};
static const MoltCode point_get_code = {"get", "Point.get", get_names, 2, 0, 0, false, false, point_get_entry, NULL, 0, NULL};

/* def __repr__(self): return "Point(...)" */
static MoltValue point_repr_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[1];
    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue x = molt_getattr(bound[0], "x");
    molt_decref(bound[0]);
    if (x == MOLT_ERROR) return MOLT_ERROR;
    MoltValue parts[3] = {text("Point("), molt_repr(x), text(")")};
    MoltValue result = molt_str_join_parts(parts, 3);
    for (int i = 0; i < 3; i++) molt_decref(parts[i]);
    molt_decref(x);
    return result;
}
static const char *const self_names[] = {"self", NULL};
static const MoltCode point_repr_code = {"__repr__", "Point.__repr__", self_names, 1, 0, 0, false, false,
                                         point_repr_entry, NULL, 0, NULL};

/* def __init__(self): return 1 */
static MoltValue bad_init_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltValue bound[1];
    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    molt_decref(bound[0]);
    return molt_from_small_int(1);
}
static const MoltCode bad_init_code = {"__init__", "Bad.__init__", self_names, 1, 0, 0, false, false, bad_init_entry, NULL, 0, NULL};

static MoltValue make_class(const char *name, MoltValue bases, MoltValue namespace) {
    MoltValue name_value = text(name);
    MoltValue result = molt_class_new(name_value, name_value, bases, namespace);
    molt_decref(name_value);
    return result;
}

static void set_item(MoltValue dict, const char *key, MoltValue value) {
    MoltValue key_value = text(key);
    molt_dict_setitem(dict, key_value, value);
    molt_decref(key_value);
    molt_decref(value);
}

static MoltValue isinstance(MoltValue object, MoltValue class_value) {
    MoltValue args[2] = {object, class_value};
    return molt_builtin_isinstance(args, 2, MOLT_NONE);
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_classes");

    /* class Point: count = 0; __init__, get, __repr__ */
    MoltValue namespace = molt_dict_new();
    set_item(namespace, "count", molt_from_small_int(0));
    set_item(namespace, "__init__", molt_function_new(&point_init_code, NULL, NULL, 0));
    MoltValue get_defaults[2] = {MOLT_UNBOUND, molt_from_small_int(0)};
    set_item(namespace, "get", molt_function_new(&point_get_code, get_defaults, NULL, 0));
    set_item(namespace, "__repr__", molt_function_new(&point_repr_code, NULL, NULL, 0));
    MoltValue no_bases = molt_tuple_from_owned(NULL, 0);
    MoltValue point_class = make_class("Point", no_bases, namespace);
    molt_decref(namespace);
    check(point_class != MOLT_ERROR, "class Point is created");
    check(str_is(point_class, "<class '__main__.Point'>"), "repr of the class");
    check(molt_type_of(point_class) == &molt_type_type, "type(Point) is type");

    MoltValue three = molt_from_small_int(3);
    MoltValue point = molt_call(point_class, &three, 1, MOLT_NONE);
    check(point != MOLT_ERROR, "Point(3) makes an instance");
    check(str_is(point, "Point(3)"), "str() uses __repr__");
    MoltValue x = molt_getattr(point, "x");
    check(x == three, "__init__ set the instance attribute");
    MoltValue got = molt_call_method(point, "get", NULL, 0, MOLT_NONE);
    check(got == molt_from_small_int(3), "point.get() calls the method with self");
    MoltValue ten = molt_from_small_int(10);
    got = molt_call_method(point, "get", &ten, 1, MOLT_NONE);
    check(got == molt_from_small_int(13), "point.get(10) passes arguments after self");
    MoltValue method = molt_getattr(point, "get");
    check(repr_starts(method, "<bound method Point.get of Point(3)>"), "point.get is a bound method");
    got = molt_call(method, NULL, 0, MOLT_NONE);
    check(got == molt_from_small_int(3), "calling the bound method");
    molt_decref(method);

    MoltValue count = molt_getattr(point, "count");
    check(count == molt_from_small_int(0), "class attributes read through the instance");
    check(molt_setattr(point_class, "count", molt_from_small_int(5)) == 0, "Point.count = 5");
    count = molt_getattr(point, "count");
    check(count == molt_from_small_int(5), "the class attribute changed for instances");
    check(molt_setattr(point, "count", molt_from_small_int(7)) == 0, "point.count = 7");
    check(molt_getattr(point, "count") == molt_from_small_int(7), "the instance attribute shadows the class's");
    check(molt_getattr(point_class, "count") == molt_from_small_int(5), "the class attribute is unchanged");
    check(molt_delattr(point, "count") == 0, "del point.count");
    check(molt_getattr(point, "count") == molt_from_small_int(5), "the class attribute shows again");
    check(molt_delattr(point, "count") < 0 && raised(&molt_type_AttributeError, "'Point' object has no attribute 'count'"),
          "deleting a missing attribute raises AttributeError");
    check(molt_getattr(point, "missing") == MOLT_ERROR &&
              raised(&molt_type_AttributeError, "'Point' object has no attribute 'missing'"),
          "reading a missing attribute raises AttributeError");
    check(molt_getattr(point_class, "missing") == MOLT_ERROR &&
              raised(&molt_type_AttributeError, "type object 'Point' has no attribute 'missing'"),
          "reading a missing class attribute raises AttributeError");
    MoltValue plain = molt_getattr(point_class, "get");
    check(molt_type_of(plain) == &molt_type_function, "Point.get is the plain function");
    MoltValue args[2] = {point, ten};
    got = molt_call(plain, args, 2, MOLT_NONE);
    check(got == molt_from_small_int(13), "Point.get(point, 10)");
    molt_decref(plain);
    got = molt_call_method(point_class, "get", args, 2, MOLT_NONE);
    check(got == molt_from_small_int(13), "Point.get(point, 10) as a method call on the class");

    /* class Point3(Point): pass — inheritance and isinstance. */
    MoltValue bases = molt_tuple_from_borrowed(&point_class, 1);
    MoltValue empty = molt_dict_new();
    MoltValue point3_class = make_class("Point3", bases, empty);
    molt_decref(empty);
    molt_decref(bases);
    MoltValue point3 = molt_call(point3_class, &ten, 1, MOLT_NONE);
    check(str_is(point3, "Point(10)"), "the subclass inherits __init__ and __repr__");
    check(isinstance(point3, point_class) == MOLT_TRUE, "isinstance(point3, Point)");
    check(isinstance(point, point3_class) == MOLT_FALSE, "not isinstance(point, Point3)");
    check(isinstance(point3, molt_from_type(&molt_type_object)) == MOLT_TRUE, "isinstance(point3, object)");
    MoltValue mro = molt_getattr(point3_class, "__mro__");
    check(str_is(mro, "(<class '__main__.Point3'>, <class '__main__.Point'>, <class 'object'>)"), "Point3.__mro__");
    molt_decref(mro);
    check(molt_call(point3_class, NULL, 0, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "Point.__init__() missing 1 required positional argument: 'x'"),
          "__init__'s argument errors");

    /* class Empty: pass — default repr, no arguments accepted. */
    empty = molt_dict_new();
    MoltValue empty_class = make_class("Empty", no_bases, empty);
    molt_decref(empty);
    MoltValue instance = molt_call(empty_class, NULL, 0, MOLT_NONE);
    check(repr_starts(instance, "<__main__.Empty object at 0x"), "the default repr");
    check(molt_call(empty_class, &three, 1, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "Empty() takes no arguments"),
          "Empty(3) takes no arguments");
    /* A cycle through the instance dict and one through the class dict. */
    molt_setattr(instance, "me", instance);
    molt_setattr(empty_class, "cls", empty_class);
    molt_decref(instance);

    namespace = molt_dict_new();
    set_item(namespace, "__init__", molt_function_new(&bad_init_code, NULL, NULL, 0));
    MoltValue bad_class = make_class("Bad", no_bases, namespace);
    molt_decref(namespace);
    check(molt_call(bad_class, NULL, 0, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "__init__() should return None, not 'int'"),
          "__init__ must return None");

    MoltValue pair[2] = {point_class, point_class};
    MoltValue duplicate = molt_tuple_from_borrowed(pair, 2);
    empty = molt_dict_new();
    check(make_class("Twice", duplicate, empty) == MOLT_ERROR && raised(&molt_type_TypeError, "duplicate base class Point"),
          "a duplicate base is rejected");
    molt_decref(empty);
    molt_decref(duplicate);

    molt_decref(point3);
    molt_decref(point);
    molt_decref(point3_class);
    molt_decref(point_class);
    molt_decref(empty_class);
    molt_decref(bad_class);
    molt_decref(no_bases);
    check(molt_gc_collect() >= 4, "the cycles through classes and instances are collected");
    molt_gc_shutdown();
    return failures ? 1 : 0;
}
