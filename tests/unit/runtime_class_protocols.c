/* Unit test of the protocols classes take part in (runtime/objects/
 * class_slots.c, descriptors.c, super.c, builtin_dunder.c): operators with
 * reflection, comparisons, hashing, truth, len, items, iteration, calls,
 * __getattr__ / __setattr__, __slots__, properties, super(), exception
 * classes and multiple inheritance, each through ops.h as generated code
 * uses them. Methods are C functions behind hand-made MoltCode. */
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
static MoltValue small(int64_t i) { return molt_from_small_int(i); }

/* str(v) equals expected; v is consumed. */
static bool str_is(MoltValue v, const char *expected) {
    if (v == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        MoltValue s = molt_repr(exception);
        size_t length;
        printf("     raised: %s\n", molt_str_utf8(s, &length));
        molt_decref(s);
        molt_decref(exception);
        return false;
    }
    MoltValue s = molt_str(v);
    size_t length;
    bool equal = strcmp(molt_str_utf8(s, &length), expected) == 0;
    if (!equal) printf("     got: %s\n", molt_str_utf8(s, &length));
    molt_decref(s);
    molt_decref(v);
    return equal;
}

static bool raised(const MoltType *type, const char *message) {
    if (molt_exc_matches(molt_from_type(type)) != 1) {
        printf("     not the expected exception type\n");
        return false;
    }
    return str_is(molt_exc_fetch(), message);
}

/* ---- methods: a MoltCode with the C function that implements it ---- */

typedef MoltValue (*Implementation)(MoltValue *bound);

typedef struct TestCode {
    MoltCode code;
    Implementation implementation;
} TestCode;

static MoltValue test_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    const TestCode *test_code = (const TestCode *)((MoltFunction *)molt_as_ptr(self))->code;
    MoltValue bound[8];
    if (molt_function_bind(self, args, nargs, kwnames, bound) < 0) return MOLT_ERROR;
    MoltValue result = test_code->implementation(bound);
    for (int i = 0; i < test_code->code.parameter_count; i++) molt_decref(bound[i]);
    return result;
}

static const char *const parameter_names[] = {"self", "other", "third", NULL};

#define METHOD(variable, name, qualname, count, implementation) \
    static const TestCode variable = {{name, qualname, parameter_names, count, 0, 0, false, false, test_entry, NULL, 0, NULL}, implementation};

static MoltValue attribute(MoltValue object, const char *name) { return molt_getattr(object, name); }

static void put(MoltValue namespace, const char *name, MoltValue value) {
    MoltValue key = text(name);
    molt_dict_setitem(namespace, key, value);
    molt_decref(key);
    molt_decref(value);
}

static void put_method(MoltValue namespace, const TestCode *code) {
    put(namespace, code->code.name, molt_function_new(&code->code, NULL, NULL, 0));
}

static MoltValue make_class(const char *name, MoltValue bases, MoltValue namespace) {
    MoltValue name_value = text(name);
    MoltValue result = molt_class_new(name_value, name_value, bases, namespace);
    molt_decref(name_value);
    molt_decref(namespace);
    molt_decref(bases);
    return result;
}

static MoltValue no_bases(void) { return molt_tuple_new(0); }
static MoltValue one_base(MoltValue base) { return molt_tuple_from_borrowed(&base, 1); }

/* make_class takes over its bases and namespace. */

/* ---- class Box: a value with arithmetic, comparison, container protocols ---- */

static MoltValue box_init(MoltValue *a) { return molt_setattr(a[0], "v", a[1]) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue box_value(MoltValue self) {
    MoltValue v = attribute(self, "v");
    molt_decref(v);   /* small ints only in this test */
    return v;
}
static MoltValue box_repr(MoltValue *a) {
    MoltValue parts[3] = {text("Box("), molt_repr(box_value(a[0])), text(")")};
    MoltValue result = molt_str_join_parts(parts, 3);
    for (int i = 0; i < 3; i++) molt_decref(parts[i]);
    return result;
}
static MoltValue other_value(MoltValue other) {
    if (molt_is_small_int(other)) return other;
    MoltValue v = molt_getattr(other, "v");
    if (v == MOLT_ERROR) {
        molt_decref(molt_exc_fetch());
        return MOLT_NOT_IMPLEMENTED;
    }
    molt_decref(v);
    return v;
}
static MoltValue box_add(MoltValue *a) {
    MoltValue other = other_value(a[1]);
    if (other == MOLT_NOT_IMPLEMENTED) return other;
    return small(molt_small_int_value(box_value(a[0])) + molt_small_int_value(other));
}
static MoltValue box_radd(MoltValue *a) {
    MoltValue other = other_value(a[1]);
    if (other == MOLT_NOT_IMPLEMENTED) return other;
    return small(1000 + molt_small_int_value(box_value(a[0])) + molt_small_int_value(other));
}
static MoltValue box_eq(MoltValue *a) {
    MoltValue other = other_value(a[1]);
    if (other == MOLT_NOT_IMPLEMENTED) return other;
    return molt_from_bool(box_value(a[0]) == other);
}
static MoltValue box_lt(MoltValue *a) {
    MoltValue other = other_value(a[1]);
    if (other == MOLT_NOT_IMPLEMENTED) return other;
    return molt_from_bool(molt_small_int_value(box_value(a[0])) < molt_small_int_value(other));
}
static MoltValue box_len(MoltValue *a) { return box_value(a[0]); }
static MoltValue box_getitem(MoltValue *a) {
    int64_t index = molt_small_int_value(a[1]);
    if (index >= molt_small_int_value(box_value(a[0])))
        return molt_raise_format(&molt_type_IndexError, "Box index out of range");
    return small(index * 10);
}
static MoltValue box_neg(MoltValue *a) { return small(-molt_small_int_value(box_value(a[0]))); }
static MoltValue box_call(MoltValue *a) { return small(molt_small_int_value(box_value(a[0])) * molt_small_int_value(a[1])); }
static MoltValue box_iadd(MoltValue *a) {
    MoltValue sum = box_add(a);
    if (molt_setattr(a[0], "v", sum) < 0) return MOLT_ERROR;
    molt_incref(a[0]);
    return a[0];
}

METHOD(box_init_code, "__init__", "Box.__init__", 2, box_init)
METHOD(box_repr_code, "__repr__", "Box.__repr__", 1, box_repr)
METHOD(box_add_code, "__add__", "Box.__add__", 2, box_add)
METHOD(box_radd_code, "__radd__", "Box.__radd__", 2, box_radd)
METHOD(box_eq_code, "__eq__", "Box.__eq__", 2, box_eq)
METHOD(box_lt_code, "__lt__", "Box.__lt__", 2, box_lt)
METHOD(box_len_code, "__len__", "Box.__len__", 1, box_len)
METHOD(box_getitem_code, "__getitem__", "Box.__getitem__", 2, box_getitem)
METHOD(box_neg_code, "__neg__", "Box.__neg__", 1, box_neg)
METHOD(box_call_code, "__call__", "Box.__call__", 2, box_call)
METHOD(box_iadd_code, "__iadd__", "Box.__iadd__", 2, box_iadd)

static void test_box(void) {
    MoltValue namespace = molt_dict_new();
    const TestCode *methods[] = {&box_init_code, &box_repr_code, &box_add_code, &box_radd_code, &box_eq_code,
                                 &box_lt_code, &box_len_code, &box_getitem_code, &box_neg_code, &box_call_code,
                                 &box_iadd_code};
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) put_method(namespace, methods[i]);
    MoltValue box_class = make_class("Box", no_bases(), namespace);
    MoltValue two = small(2), three = small(3);
    MoltValue a = molt_call(box_class, &two, 1, MOLT_NONE);
    MoltValue b = molt_call(box_class, &three, 1, MOLT_NONE);
    check(str_is(molt_binary_op(MOLT_OP_ADD, a, b), "5"), "a + b calls __add__");
    check(str_is(molt_binary_op(MOLT_OP_ADD, a, small(1)), "3"), "a + 1 calls __add__");
    check(str_is(molt_binary_op(MOLT_OP_ADD, small(1), a), "1003"), "1 + a calls __radd__");
    check(molt_binary_op(MOLT_OP_SUB, a, b) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "unsupported operand type(s) for -: 'Box' and 'Box'"),
          "a - b without __sub__");
    check(molt_binary_op(MOLT_OP_ADD, a, text("x")) == MOLT_ERROR, "a + 'x': both NotImplemented");
    molt_decref(molt_exc_fetch());
    check(str_is(molt_compare(MOLT_CMP_LT, a, b), "True"), "a < b");
    check(str_is(molt_compare(MOLT_CMP_GT, a, b), "False"), "a > b is b < a reflected");
    check(str_is(molt_compare(MOLT_CMP_GT, b, a), "True"), "b > a is a < b reflected");
    check(molt_compare(MOLT_CMP_LE, a, b) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "'<=' not supported between instances of 'Box' and 'Box'"),
          "a <= b without __le__ or __ge__");
    check(str_is(molt_compare(MOLT_CMP_NE, a, b), "True"), "a != b inverts __eq__");
    MoltValue a2 = molt_call(box_class, &two, 1, MOLT_NONE);
    check(str_is(molt_compare(MOLT_CMP_EQ, a, a2), "True"), "a == Box(2)");
    check(str_is(molt_compare(MOLT_CMP_NE, a, a2), "False"), "a != Box(2) is False");
    check(molt_hash(a) == -1 && raised(&molt_type_TypeError, "unhashable type: 'Box'"),
          "__eq__ without __hash__ makes the class unhashable");
    MoltValue list_items[2] = {small(7), a2};
    molt_incref(a2);
    MoltValue list = molt_list_from_owned(list_items, 2);
    check(molt_contains(list, a) == 1, "`a in [7, Box(2)]` uses __eq__");
    molt_decref(list);
    check(molt_truthy(a) == 1, "bool(a) uses __len__");
    MoltValue zero = small(0);
    MoltValue empty = molt_call(box_class, &zero, 1, MOLT_NONE);
    check(molt_truthy(empty) == 0, "bool(Box(0)) is False through __len__");
    check(str_is(molt_builtin_len(&b, 1, MOLT_NONE), "3"), "len(b)");
    check(str_is(molt_getitem(b, small(1)), "10"), "b[1]");
    MoltValue iterator = molt_iter(b);
    MoltValue first = molt_iter_next(iterator), second = molt_iter_next(iterator), third = molt_iter_next(iterator);
    check(first == small(0) && second == small(10) && third == small(20) && molt_iter_next(iterator) == MOLT_STOP,
          "iteration through __getitem__ ends at IndexError");
    molt_decref(iterator);
    check(molt_contains(b, small(20)) == 1 && molt_contains(b, small(30)) == 0, "`in` falls back to iteration");
    check(str_is(molt_negative(b), "-3"), "-b");
    check(molt_invert(b) == MOLT_ERROR && raised(&molt_type_TypeError, "bad operand type for unary ~: 'Box'"), "~b");
    check(str_is(molt_call(b, &two, 1, MOLT_NONE), "6"), "b(2) calls __call__");
    check(str_is(molt_builtin_callable(&b, 1, MOLT_NONE), "True"), "callable(b)");
    MoltValue sum = molt_inplace_op(MOLT_OP_ADD, b, small(4));
    check(sum == b && str_is(molt_repr(b), "Box(7)"), "b += 4 uses __iadd__");
    molt_decref(sum);
    MoltValue product = molt_inplace_op(MOLT_OP_MUL, b, small(4));
    check(product == MOLT_ERROR && raised(&molt_type_TypeError, "unsupported operand type(s) for *=: 'Box' and 'int'"),
          "b *= 4 without __imul__ or __mul__");
    check(str_is(molt_format(b, text("")), "Box(7)"), "format(b, '') is str(b)");
    molt_decref(empty);
    molt_decref(a);
    molt_decref(a2);
    molt_decref(b);
    molt_decref(box_class);
}

/* ---- iterators, bad dunder results ---- */

static MoltValue counter_iter(MoltValue *a) {
    molt_incref(a[0]);
    return a[0];
}
static MoltValue counter_next(MoltValue *a) {
    MoltValue n = attribute(a[0], "n");
    if (molt_small_int_value(n) >= 3) return molt_raise(molt_from_type(&molt_type_StopIteration), MOLT_ERROR);
    molt_setattr(a[0], "n", small(molt_small_int_value(n) + 1));
    return n;
}
static MoltValue bad_len(MoltValue *a) {
    (void)a;
    return small(-1);
}
static MoltValue bad_bool(MoltValue *a) {
    (void)a;
    return small(1);
}
static MoltValue text_len(MoltValue *a) {
    (void)a;
    return text("x");
}
METHOD(counter_iter_code, "__iter__", "Counter.__iter__", 1, counter_iter)
METHOD(counter_next_code, "__next__", "Counter.__next__", 1, counter_next)
METHOD(bad_len_code, "__len__", "Bad.__len__", 1, bad_len)
METHOD(bad_bool_code, "__bool__", "Bad.__bool__", 1, bad_bool)
METHOD(text_len_code, "__len__", "Text.__len__", 1, text_len)

static void test_iteration(void) {
    MoltValue namespace = molt_dict_new();
    put_method(namespace, &counter_iter_code);
    put_method(namespace, &counter_next_code);
    put(namespace, "n", small(0));
    MoltValue counter_class = make_class("Counter", no_bases(), namespace);
    MoltValue counter = molt_call(counter_class, NULL, 0, MOLT_NONE);
    MoltValue list = molt_list_from_owned(NULL, 0);
    check(molt_list_extend(list, counter) == 0 && str_is(molt_repr(list), "[0, 1, 2]"),
          "list(counter): StopIteration from __next__ ends iteration");
    molt_decref(list);
    check(molt_call_method(counter, "__next__", NULL, 0, MOLT_NONE) == MOLT_ERROR &&
              molt_exc_matches(molt_from_type(&molt_type_StopIteration)) == 1,
          "counter.__next__() raises StopIteration itself");
    molt_decref(molt_exc_fetch());
    molt_decref(counter);
    molt_decref(counter_class);

    namespace = molt_dict_new();
    put_method(namespace, &bad_len_code);
    put_method(namespace, &bad_bool_code);
    MoltValue bad_class = make_class("Bad", no_bases(), namespace);
    MoltValue bad = molt_call(bad_class, NULL, 0, MOLT_NONE);
    check(molt_builtin_len(&bad, 1, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_ValueError, "__len__() should return >= 0"),
          "a negative __len__");
    check(molt_truthy(bad) == -1 && raised(&molt_type_TypeError, "__bool__ should return bool, returned int"),
          "__bool__ returning an int");
    check(molt_iter(bad) == MOLT_ERROR && raised(&molt_type_TypeError, "'Bad' object is not iterable"),
          "no __iter__ and no __getitem__: not iterable");
    check(molt_call(bad, NULL, 0, MOLT_NONE) == MOLT_ERROR && raised(&molt_type_TypeError, "'Bad' object is not callable"),
          "no __call__: not callable");
    check(str_is(molt_builtin_callable(&bad, 1, MOLT_NONE), "False"), "callable(bad) is False");
    check(molt_hash(bad) != -1, "a class without __eq__ hashes by identity");
    molt_decref(bad);
    molt_decref(bad_class);

    namespace = molt_dict_new();
    put_method(namespace, &text_len_code);
    MoltValue text_class = make_class("Text", no_bases(), namespace);
    MoltValue instance = molt_call(text_class, NULL, 0, MOLT_NONE);
    check(molt_builtin_len(&instance, 1, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "'str' object cannot be interpreted as an integer"),
          "__len__ returning a str");
    molt_decref(instance);
    molt_decref(text_class);
}

/* ---- attributes: properties, class and static methods, hooks, slots ---- */

static MoltValue temperature_get(MoltValue *a) { return attribute(a[0], "_celsius"); }
static MoltValue temperature_set(MoltValue *a) {
    return molt_setattr(a[0], "_celsius", a[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}
static MoltValue make_default(MoltValue *a) { return molt_call(a[0], NULL, 0, MOLT_NONE); }
static MoltValue add_static(MoltValue *a) { return molt_binary_op(MOLT_OP_ADD, a[0], a[1]); }
static MoltValue fallback_getattr(MoltValue *a) {
    MoltValue parts[2] = {text("computed "), a[1]};
    MoltValue result = molt_str_join_parts(parts, 2);
    molt_decref(parts[0]);
    return result;
}
static MoltValue logging_setattr(MoltValue *a) {
    MoltValue parts[2] = {text("set "), a[1]};
    MoltValue message = molt_str_join_parts(parts, 2);
    molt_decref(parts[0]);
    MoltValue printed = molt_print_value(message);
    molt_decref(message);
    molt_decref(printed);
    MoltValue args[3] = {a[0], a[1], a[2]};
    MoltValue object_setattr = molt_getattr(molt_from_type(&molt_type_object), "__setattr__");
    MoltValue result = molt_call(object_setattr, args, 3, MOLT_NONE);
    molt_decref(object_setattr);
    return result;
}
METHOD(temperature_get_code, "celsius", "Temperature.celsius", 1, temperature_get)
METHOD(temperature_set_code, "celsius", "Temperature.celsius", 2, temperature_set)
METHOD(make_default_code, "make", "Temperature.make", 1, make_default)
METHOD(add_static_code, "add", "Temperature.add", 2, add_static)
METHOD(fallback_getattr_code, "__getattr__", "Temperature.__getattr__", 2, fallback_getattr)
METHOD(logging_setattr_code, "__setattr__", "Logged.__setattr__", 3, logging_setattr)

static MoltValue wrap(const MoltType *type, MoltValue function) {
    MoltValue result = molt_call(molt_from_type(type), &function, 1, MOLT_NONE);
    molt_decref(function);
    return result;
}

static void test_attributes(void) {
    MoltValue namespace = molt_dict_new();
    MoltValue getter = molt_function_new(&temperature_get_code.code, NULL, NULL, 0);
    MoltValue property = wrap(&molt_type_property, getter);
    MoltValue setter = molt_function_new(&temperature_set_code.code, NULL, NULL, 0);
    MoltValue with_setter = molt_call_method(property, "setter", &setter, 1, MOLT_NONE);
    molt_decref(setter);
    put(namespace, "celsius", with_setter);
    put(namespace, "reading", property);
    put(namespace, "make", wrap(&molt_type_classmethod, molt_function_new(&make_default_code.code, NULL, NULL, 0)));
    put(namespace, "add", wrap(&molt_type_staticmethod, molt_function_new(&add_static_code.code, NULL, NULL, 0)));
    put_method(namespace, &fallback_getattr_code);
    put(namespace, "_celsius", small(20));
    MoltValue temperature_class = make_class("Temperature", no_bases(), namespace);
    MoltValue reading = molt_call_method(temperature_class, "make", NULL, 0, MOLT_NONE);
    check(str_is(attribute(reading, "celsius"), "20"), "a property getter");
    check(molt_setattr(reading, "celsius", small(25)) == 0 && str_is(attribute(reading, "celsius"), "25"),
          "a property setter made by .setter");
    check(molt_setattr(reading, "reading", small(1)) < 0 &&
              raised(&molt_type_AttributeError, "property 'reading' of 'Temperature' object has no setter"),
          "a property without a setter");
    check(molt_delattr(reading, "celsius") < 0 &&
              raised(&molt_type_AttributeError, "property 'celsius' of 'Temperature' object has no deleter"),
          "a property without a deleter");
    MoltValue args[2] = {small(1), small(2)};
    check(str_is(molt_call_method(reading, "add", args, 2, MOLT_NONE), "3"), "a staticmethod through the instance");
    check(str_is(molt_call_method(temperature_class, "add", args, 2, MOLT_NONE), "3"), "a staticmethod through the class");
    MoltValue bound = attribute(temperature_class, "make");
    check(str_is(molt_getattr(bound, "__self__"), "<class '__main__.Temperature'>"), "a classmethod binds to the class");
    molt_decref(bound);
    check(str_is(attribute(reading, "missing"), "computed missing"), "__getattr__ after normal lookup fails");
    check(str_is(attribute(reading, "_celsius"), "25"), "__getattr__ is not called for found attributes");
    MoltValue dict = molt_builtin_vars(&reading, 1, MOLT_NONE);
    check(str_is(dict, "{'_celsius': 25}"), "vars(instance)");
    molt_decref(reading);
    molt_decref(temperature_class);

    namespace = molt_dict_new();
    put_method(namespace, &logging_setattr_code);
    MoltValue logged_class = make_class("Logged", no_bases(), namespace);
    MoltValue logged = molt_call(logged_class, NULL, 0, MOLT_NONE);
    check(molt_setattr(logged, "x", small(1)) == 0 && str_is(attribute(logged, "x"), "1"),
          "__setattr__ override calling object.__setattr__");
    molt_decref(logged);
    molt_decref(logged_class);

    namespace = molt_dict_new();
    MoltValue slot_names[2] = {text("a"), text("b")};
    put(namespace, "__slots__", molt_tuple_from_owned(slot_names, 2));
    MoltValue slotted_class = make_class("Slotted", no_bases(), namespace);
    MoltValue slotted = molt_call(slotted_class, NULL, 0, MOLT_NONE);
    check(molt_getattr(slotted, "a") == MOLT_ERROR &&
              raised(&molt_type_AttributeError, "'Slotted' object has no attribute 'a'"),
          "an unset slot");
    check(molt_setattr(slotted, "b", small(5)) == 0 && str_is(attribute(slotted, "b"), "5"), "a slot holds a value");
    check(molt_setattr(slotted, "c", small(5)) < 0 &&
              raised(&molt_type_AttributeError, "'Slotted' object has no attribute 'c'"),
          "no __dict__ with __slots__");
    check(molt_builtin_vars(&slotted, 1, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "vars() argument must have __dict__ attribute"),
          "vars() of an instance without __dict__");
    molt_setattr(slotted, "a", slotted);   /* a cycle only through a slot */
    molt_decref(slotted);
    molt_decref(slotted_class);
}

/* ---- inheritance: super(), exceptions, multiple inheritance ---- */

static MoltValue base_init(MoltValue *a) { return molt_setattr(a[0], "base", a[1]) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue base_describe(MoltValue *a) {
    (void)a;
    return text("base");
}
static MoltValue derived_init(MoltValue *a) {
    MoltValue super_args[2] = {molt_getattr(a[0], "__class__"), a[0]};
    /* super(Derived, self) where Derived is found as type(self).__base__'s subclass. */
    MoltValue derived = super_args[0];
    MoltValue super = molt_call(molt_from_type(&molt_type_super), super_args, 2, MOLT_NONE);
    molt_decref(derived);
    MoltValue doubled = molt_binary_op(MOLT_OP_MUL, a[1], small(2));
    MoltValue result = molt_call_method(super, "__init__", &doubled, 1, MOLT_NONE);
    molt_decref(doubled);
    molt_decref(super);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    molt_decref(result);
    return molt_setattr(a[0], "derived", a[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}
static MoltValue derived_describe(MoltValue *a) {
    MoltValue super_args[2] = {molt_getattr(a[0], "__class__"), a[0]};
    MoltValue super = molt_call(molt_from_type(&molt_type_super), super_args, 2, MOLT_NONE);
    molt_decref(super_args[0]);
    MoltValue inner = molt_call_method(super, "describe", NULL, 0, MOLT_NONE);
    molt_decref(super);
    MoltValue parts[2] = {text("derived+"), inner};
    MoltValue result = molt_str_join_parts(parts, 2);
    molt_decref(parts[0]);
    molt_decref(inner);
    return result;
}
static MoltValue error_init(MoltValue *a) {
    MoltValue super_args[2] = {molt_getattr(a[0], "__class__"), a[0]};
    MoltValue super = molt_call(molt_from_type(&molt_type_super), super_args, 2, MOLT_NONE);
    molt_decref(super_args[0]);
    MoltValue result = molt_call_method(super, "__init__", &a[1], 1, MOLT_NONE);
    molt_decref(super);
    if (result == MOLT_ERROR) return MOLT_ERROR;
    return molt_setattr(a[0], "code", a[2]) < 0 ? MOLT_ERROR : MOLT_NONE;
}
METHOD(base_init_code, "__init__", "Base.__init__", 2, base_init)
METHOD(base_describe_code, "describe", "Base.describe", 1, base_describe)
METHOD(derived_init_code, "__init__", "Derived.__init__", 2, derived_init)
METHOD(derived_describe_code, "describe", "Derived.describe", 1, derived_describe)
METHOD(error_init_code, "__init__", "AppError.__init__", 3, error_init)

static void test_inheritance(void) {
    MoltValue namespace = molt_dict_new();
    put_method(namespace, &base_init_code);
    put_method(namespace, &base_describe_code);
    MoltValue base_class = make_class("Base", no_bases(), namespace);
    namespace = molt_dict_new();
    put_method(namespace, &derived_init_code);
    put_method(namespace, &derived_describe_code);
    MoltValue derived_class = make_class("Derived", one_base(base_class), namespace);
    MoltValue derived = molt_call(derived_class, &(MoltValue){small(4)}, 1, MOLT_NONE);
    check(str_is(attribute(derived, "base"), "8") && str_is(attribute(derived, "derived"), "4"),
          "super().__init__(...) runs the base's __init__");
    check(str_is(molt_call_method(derived, "describe", NULL, 0, MOLT_NONE), "derived+base"), "super().describe()");
    MoltValue super_args[2] = {derived_class, derived};
    MoltValue super = molt_call(molt_from_type(&molt_type_super), super_args, 2, MOLT_NONE);
    check(molt_getattr(super, "nothing") == MOLT_ERROR &&
              raised(&molt_type_AttributeError, "'super' object has no attribute 'nothing'"),
          "a missing attribute through super");
    molt_decref(super);
    MoltValue bad_args[2] = {base_class, small(1)};
    check(molt_call(molt_from_type(&molt_type_super), bad_args, 2, MOLT_NONE) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "super(type, obj): obj must be an instance or subtype of type"),
          "super() with an unrelated object");
    molt_decref(derived);

    /* Diamond: class Left(Base), class Right(Base), class Bottom(Left, Right). */
    MoltValue left = make_class("Left", one_base(base_class), molt_dict_new());
    MoltValue right = make_class("Right", one_base(base_class), molt_dict_new());
    MoltValue pair[2] = {left, right};
    MoltValue bottom = make_class("Bottom", molt_tuple_from_borrowed(pair, 2), molt_dict_new());
    check(str_is(molt_getattr(bottom, "__mro__"),
                 "(<class '__main__.Bottom'>, <class '__main__.Left'>, <class '__main__.Right'>, "
                 "<class '__main__.Base'>, <class 'object'>)"),
          "the C3 MRO of a diamond");
    MoltValue issubclass_args[2] = {bottom, right};
    check(str_is(molt_builtin_issubclass(issubclass_args, 2, MOLT_NONE), "True"), "issubclass(Bottom, Right)");
    MoltValue reversed_pair[2] = {right, left};
    MoltValue other = make_class("Other", molt_tuple_from_borrowed(reversed_pair, 2), molt_dict_new());
    MoltValue conflict[2] = {bottom, other};
    check(make_class("Conflict", molt_tuple_from_borrowed(conflict, 2), molt_dict_new()) == MOLT_ERROR &&
              raised(&molt_type_TypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases Left, Right"),
          "an inconsistent MRO");
    MoltValue int_base = molt_from_type(&molt_type_int);
    check(make_class("Number", one_base(int_base), molt_dict_new()) == MOLT_ERROR &&
              raised(&molt_type_TypeError, "subclassing the builtin type 'int' is not supported by Molt yet"),
          "a builtin base other than object and exceptions");
    molt_decref(other);
    molt_decref(bottom);
    molt_decref(left);
    molt_decref(right);
    molt_decref(derived_class);
    molt_decref(base_class);

    /* class AppError(ValueError): __init__(self, message, code) */
    namespace = molt_dict_new();
    put_method(namespace, &error_init_code);
    MoltValue error_class = make_class("AppError", one_base(molt_from_type(&molt_type_ValueError)), namespace);
    MoltValue error_args[2] = {text("disk full"), small(28)};
    MoltValue error = molt_call(error_class, error_args, 2, MOLT_NONE);
    molt_decref(error_args[0]);
    check(str_is(molt_str(error), "disk full"), "str() of an exception subclass");
    check(str_is(molt_repr(error), "AppError('disk full')"), "repr() of an exception subclass");
    check(str_is(attribute(error, "args"), "('disk full',)"), "args set by super().__init__(message)");
    check(str_is(attribute(error, "code"), "28"), "an attribute set in __init__");
    molt_raise(error, MOLT_ERROR);
    check(molt_exc_matches(molt_from_type(&molt_type_ValueError)) == 1, "except ValueError catches AppError");
    check(molt_exc_matches(error_class) == 1, "except AppError catches it");
    check(molt_exc_matches(molt_from_type(&molt_type_KeyError)) == 0, "except KeyError does not");
    molt_decref(molt_exc_fetch());
    molt_decref(error);
    MoltValue plain_class = make_class("PlainError", one_base(molt_from_type(&molt_type_Exception)), molt_dict_new());
    MoltValue plain = molt_call(plain_class, error_args + 1, 1, MOLT_NONE);
    check(str_is(molt_repr(plain), "PlainError(28)"), "an exception subclass without __init__ keeps all args");
    molt_setattr(plain, "self", plain);
    molt_decref(plain);
    molt_decref(plain_class);
    molt_decref(error_class);
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_class_protocols");
    test_box();
    test_iteration();
    test_attributes();
    test_inheritance();
    molt_gc_collect();
    molt_gc_shutdown();
    return failures ? 1 : 0;
}
