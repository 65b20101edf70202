/* Unit test of the runtime core (containers, exceptions, builtins, dispatch)
 * through the ABI. Prints one line per operation; the output must equal
 * runtime_core.expected, produced by runtime_core.py under CPython 3.12. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"
#include "../../runtime/objects/set.h"

#define TYPE(name) molt_from_ptr(&molt_type_##name)
#define BUILTIN(name) MOLT_BUILTIN_VALUE(name)

static MoltValue I(long long v) { return molt_int_from_i64(v); }
static MoltValue F(double d) { return molt_from_double(d); }
static MoltValue S(const char *text) { return molt_str_from_utf8(text, strlen(text)); }

static void collect(MoltValue *items, int count, va_list arguments) {
    for (int i = 0; i < count; i++) items[i] = va_arg(arguments, MoltValue);
}

/* Containers from owned values. */
static MoltValue T(int count, ...) {
    MoltValue items[16];
    va_list arguments;
    va_start(arguments, count);
    collect(items, count, arguments);
    va_end(arguments);
    return molt_tuple_from_owned(items, (size_t)count);
}

static MoltValue L(int count, ...) {
    MoltValue items[16];
    va_list arguments;
    va_start(arguments, count);
    collect(items, count, arguments);
    va_end(arguments);
    return molt_list_from_owned(items, (size_t)count);
}

static MoltValue SET(int count, ...) {
    MoltValue items[16];
    va_list arguments;
    va_start(arguments, count);
    collect(items, count, arguments);
    va_end(arguments);
    return molt_set_from_owned(items, (size_t)count);
}

static MoltValue D(int pairs, ...) {
    MoltValue dict = molt_dict_new();
    va_list arguments;
    va_start(arguments, pairs);
    for (int i = 0; i < pairs; i++) {
        MoltValue key = va_arg(arguments, MoltValue);
        MoltValue value = va_arg(arguments, MoltValue);
        molt_dict_setitem(dict, key, value);
        molt_decref(key);
        molt_decref(value);
    }
    va_end(arguments);
    return dict;
}

/* Calls with owned arguments; `keywords` names the last ones (NULL: none). */
static MoltValue call_with(MoltValue callable, const char *method, MoltValue self, const char *keywords,
                           int count, va_list arguments) {
    MoltValue args[16];
    collect(args, count, arguments);
    MoltValue kwnames = MOLT_NONE;
    size_t keyword_count = 0;
    if (keywords) {
        MoltValue names[8];
        char copy[128];
        snprintf(copy, sizeof copy, "%s", keywords);
        for (char *name = strtok(copy, ","); name; name = strtok(NULL, ",")) names[keyword_count++] = S(name);
        kwnames = molt_tuple_from_owned(names, keyword_count);
    }
    size_t positional = (size_t)count - keyword_count;
    MoltValue result = method ? molt_call_method(self, method, args, positional, kwnames)
                              : molt_call(callable, args, positional, kwnames);
    for (int i = 0; i < count; i++) molt_decref(args[i]);
    molt_decref(kwnames);
    return result;
}

static MoltValue CALL(MoltValue callable, int count, ...) {
    va_list arguments;
    va_start(arguments, count);
    MoltValue result = call_with(callable, NULL, MOLT_NONE, NULL, count, arguments);
    va_end(arguments);
    return result;
}

static MoltValue CALLK(MoltValue callable, const char *keywords, int count, ...) {
    va_list arguments;
    va_start(arguments, count);
    MoltValue result = call_with(callable, NULL, MOLT_NONE, keywords, count, arguments);
    va_end(arguments);
    return result;
}

static MoltValue M(MoltValue self, const char *method, int count, ...) {
    va_list arguments;
    va_start(arguments, count);
    MoltValue result = call_with(MOLT_NONE, method, self, NULL, count, arguments);
    va_end(arguments);
    return result;
}

static MoltValue MK(MoltValue self, const char *method, const char *keywords, int count, ...) {
    va_list arguments;
    va_start(arguments, count);
    MoltValue result = call_with(MOLT_NONE, method, self, keywords, count, arguments);
    va_end(arguments);
    return result;
}

static void print_text(MoltValue text) {
    size_t length;
    const char *bytes = molt_str_utf8(text, &length);
    MoltValue line = molt_str_from_utf8(bytes, length);
    molt_print_value(line);
    molt_decref(line);
}

/* Prints repr(v) (consuming v), or "Type: message" when v is MOLT_ERROR. */
static void show(MoltValue v) {
    if (v == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        MoltValue message = molt_str(exception);
        char line[512];
        size_t length;
        snprintf(line, sizeof line, "%s: %s", molt_type_of(exception)->name, molt_str_utf8(message, &length));
        MoltValue text = S(line);
        print_text(text);
        molt_decref(text);
        molt_decref(message);
        molt_decref(exception);
        return;
    }
    MoltValue text = molt_repr(v);
    molt_decref(v);
    if (text == MOLT_ERROR) {
        show(MOLT_ERROR);
        return;
    }
    print_text(text);
    molt_decref(text);
}

/* Borrowed variant: shows v without consuming it. */
static void show_borrowed(MoltValue v) {
    molt_incref(v);
    show(v);
}

static MoltValue status_value(int status) { return status < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue truth(int status) { return status < 0 ? MOLT_ERROR : molt_from_bool(status); }

/* slice(start, stop, step) from owned parts. */
static MoltValue slice_of(MoltValue start, MoltValue stop, MoltValue step) {
    MoltValue slice = molt_slice_new(start, stop, step);
    molt_decref(start);
    molt_decref(stop);
    molt_decref(step);
    return slice;
}

/* container[key] with an owned key. */
static MoltValue GET(MoltValue container, MoltValue key) {
    MoltValue result = molt_getitem(container, key);
    molt_decref(key);
    return result;
}

static void heading(const char *text) {
    MoltValue line = S(text);
    molt_print_value(line);
    molt_decref(line);
}

static MoltValue range3(long long start, long long stop, long long step) {
    return molt_range_new(I(start), I(stop), I(step));
}

static MoltValue list_of(MoltValue iterable) {
    MoltValue result = CALL(TYPE(list), 1, iterable);
    return result;
}

static void test_list(void) {
    heading("-- list");
    MoltValue a = L(3, I(3), I(1), I(2));
    molt_decref(M(a, "append", 1, I(5)));
    show_borrowed(a);
    molt_decref(M(a, "extend", 1, T(2, I(7), I(8))));
    show_borrowed(a);
    molt_decref(M(a, "insert", 2, I(0), I(9)));
    molt_decref(M(a, "insert", 2, I(-1), I(10)));
    molt_decref(M(a, "insert", 2, I(100), I(11)));
    show_borrowed(a);
    show(M(a, "pop", 0));
    show(M(a, "pop", 1, I(0)));
    show_borrowed(a);
    molt_decref(M(a, "remove", 1, I(7)));
    show_borrowed(a);
    show(M(a, "index", 1, I(2)));
    show(M(a, "count", 1, I(1)));
    show(M(a, "index", 1, I(42)));
    molt_decref(M(a, "sort", 0));
    show_borrowed(a);
    molt_decref(MK(a, "sort", "reverse", 1, MOLT_TRUE));
    show_borrowed(a);
    molt_decref(M(a, "reverse", 0));
    show_borrowed(a);
    show(GET(a, slice_of(I(1), I(3), MOLT_NONE)));
    show(GET(a, slice_of(MOLT_NONE, MOLT_NONE, I(-1))));
    show(GET(a, slice_of(MOLT_NONE, MOLT_NONE, I(2))));
    show(GET(a, slice_of(I(-2), MOLT_NONE, MOLT_NONE)));
    MoltValue key = slice_of(I(1), I(3), MOLT_NONE), value = L(3, I(20), I(21), I(22));
    molt_setitem(a, key, value);
    molt_decref(key);
    molt_decref(value);
    show_borrowed(a);
    MoltValue b = list_of(molt_range_new(MOLT_NONE, I(6), MOLT_NONE));
    key = slice_of(MOLT_NONE, MOLT_NONE, I(2));
    value = L(3, I(7), I(8), I(9));
    molt_setitem(b, key, value);
    molt_decref(value);
    show_borrowed(b);
    value = L(1, I(1));
    show(status_value(molt_setitem(b, key, value)));
    molt_decref(value);
    molt_delitem(b, I(1));
    show_borrowed(b);
    molt_delitem(b, key);
    show_borrowed(b);
    molt_decref(key);
    MoltValue x = L(2, I(1), I(2)), y = L(1, I(3)), z = L(1, I(0)), w = L(2, I(1), I(3)), empty = L(0), one = L(1, I(1));
    show(molt_binary_op(MOLT_OP_ADD, x, y));
    show(molt_binary_op(MOLT_OP_MUL, x, I(2)));
    show(molt_binary_op(MOLT_OP_MUL, I(2), z));
    show(molt_compare(MOLT_CMP_LT, x, w));
    MoltValue x2 = L(2, I(1), I(2));
    show(molt_compare(MOLT_CMP_EQ, x, x2));
    show(molt_compare(MOLT_CMP_LT, empty, one));
    MoltValue c = L(1, I(1));
    molt_list_append(c, c);
    show_borrowed(c);
    MoltValue t2 = T(1, I(2)), sa = S("a");
    show(molt_binary_op(MOLT_OP_ADD, one, t2));
    show(molt_binary_op(MOLT_OP_MUL, one, sa));
    show(M(empty, "pop", 0));
    show(molt_getitem(one, I(5)));
    show(molt_getitem(one, sa));
    show(CALLK(BUILTIN(sorted), "key", 2, L(3, I(-3), I(1), I(-2)), BUILTIN(abs)));
    show(CALLK(BUILTIN(sorted), "key", 2, L(4, S("ccc"), S("a"), S("bb"), S("d")), BUILTIN(len)));
    show(CALLK(BUILTIN(sorted), "key,reverse", 3, L(4, S("ccc"), S("a"), S("bb"), S("d")), BUILTIN(len), MOLT_TRUE));
    show(CALL(BUILTIN(sorted), 1, L(3, I(3), I(1), S("a"))));
    MoltValue e = L(3, I(1), I(2), I(3));
    MoltValue t4 = T(1, I(4));
    MoltValue e2 = molt_inplace_op(MOLT_OP_ADD, e, t4);
    show_borrowed(e2);
    MoltValue e3 = molt_inplace_op(MOLT_OP_MUL, e2, I(2));
    show_borrowed(e3);
    show(list_of(range3(0, 30, 7)));
    MoltValue sorted = CALL(BUILTIN(sorted), 1, list_of(range3(100, 0, -7)));
    show(GET(sorted, slice_of(MOLT_NONE, I(5), MOLT_NONE)));
    molt_decref(sorted);
    MoltValue values[] = {a, b, x, y, z, w, empty, one, x2, t2, sa, e, t4, e2, e3};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
    /* c contains itself: break the cycle before dropping it. */
    molt_decref(M(c, "clear", 0));
    molt_decref(c);
}

static void test_tuple(void) {
    heading("-- tuple");
    show(T(1, I(1)));
    show(T(0));
    show(T(3, I(1), S("a"), MOLT_NONE));
    show(CALL(BUILTIN(hash), 1, T(3, I(1), I(2), I(3))));
    show(CALL(BUILTIN(hash), 1, T(0)));
    show(CALL(BUILTIN(hash), 1, T(2, I(1), T(2, I(2), I(-1)))));
    MoltValue p = T(2, I(1), I(2)), q = T(1, I(3)), r = T(3, I(1), I(2), I(1)), s = T(3, I(1), I(2), I(3));
    show(molt_binary_op(MOLT_OP_ADD, p, q));
    show(molt_binary_op(MOLT_OP_MUL, p, I(3)));
    show(M(r, "index", 1, I(2)));
    show(M(r, "count", 1, I(1)));
    show(GET(s, slice_of(MOLT_NONE, MOLT_NONE, I(-1))));
    show(CALL(TYPE(tuple), 1, L(2, I(1), I(2))));
    show(molt_compare(MOLT_CMP_LT, p, s));
    show(M(p, "index", 1, I(5)));
    MoltValue one = T(1, I(1)), list = L(1, I(2));
    show(molt_getitem(one, I(3)));
    show(molt_binary_op(MOLT_OP_ADD, one, list));
    MoltValue values[] = {p, q, r, s, one, list};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
}

static void test_dict(void) {
    heading("-- dict");
    MoltValue d = D(2, S("a"), I(1), S("b"), I(2));
    MoltValue key = S("c");
    molt_setitem(d, key, I(3));
    molt_decref(key);
    show_borrowed(d);
    show(M(d, "get", 1, S("a")));
    show(M(d, "get", 1, S("z")));
    show(M(d, "get", 2, S("z"), I(0)));
    show(M(d, "setdefault", 2, S("e"), I(5)));
    show_borrowed(d);
    show(M(d, "pop", 1, S("a")));
    show(M(d, "pop", 2, S("zz"), MOLT_NONE));
    show_borrowed(d);
    show(M(d, "popitem", 0));
    show_borrowed(d);
    show(M(d, "keys", 0));
    show(M(d, "values", 0));
    show(M(d, "items", 0));
    molt_decref(MK(d, "update", "y", 2, D(1, S("x"), I(1)), I(2)));
    show_borrowed(d);
    show(CALL(TYPE(dict), 1, L(2, T(2, I(1), I(2)), T(2, I(3), I(4)))));
    show(CALLK(TYPE(dict), "a", 1, I(1)));
    MoltValue empty = molt_dict_new();
    show(M(empty, "fromkeys", 2, L(2, I(1), I(2)), I(0)));
    MoltValue d1 = D(1, I(1), I(2)), d2 = D(1, I(3), I(4)), d3 = D(1, I(1), I(2)), d4 = D(1, I(1), I(3));
    show(molt_binary_op(MOLT_OP_OR, d1, d2));
    show(GET(d, S("nope")));
    show(M(empty, "popitem", 0));
    MoltValue list = L(0);
    show(status_value(molt_dict_setitem(empty, list, I(1))));
    molt_decref(list);
    show(CALL(BUILTIN(len), 1, (molt_incref(d), d)));
    key = S("b");
    show(truth(molt_contains(d, key)));
    molt_delitem(d, key);
    molt_decref(key);
    show_borrowed(d);
    show(molt_compare(MOLT_CMP_EQ, d1, d3));
    show(molt_compare(MOLT_CMP_EQ, d1, d4));
    MoltValue iterator = molt_iter(d);
    molt_decref(molt_iter_next(iterator));
    key = S("new");
    molt_dict_setitem(d, key, I(1));
    molt_decref(key);
    show(molt_iter_next(iterator));
    molt_decref(iterator);
    MoltValue f = D(3, I(1), I(1), I(2), I(2), I(3), I(3));
    molt_delitem(f, I(2));
    molt_setitem(f, I(2), I(2));
    show_borrowed(f);
    MoltValue g = molt_dict_new();
    for (int i = 0; i < 1000; i++) molt_dict_setitem(g, I(i), I(i * i));
    show(T(3, CALL(BUILTIN(len), 1, (molt_incref(g), g)), molt_getitem(g, I(999)), M(g, "get", 1, I(1000))));
    for (int i = 0; i < 1000; i += 2) molt_delitem(g, I(i));
    MoltValue keys = list_of((molt_incref(g), g));
    show(T(2, CALL(BUILTIN(len), 1, (molt_incref(g), g)), GET(keys, slice_of(MOLT_NONE, I(5), MOLT_NONE))));
    molt_decref(keys);
    show(CALL(TYPE(dict), 1, L(1, I(1))));
    show(CALL(TYPE(dict), 1, L(1, T(3, I(1), I(2), I(3)))));
    show(list_of(CALL(BUILTIN(reversed), 1, D(2, I(1), I(2), I(3), I(4)))));
    MoltValue single = D(1, S("a"), I(1));
    MoltValue view = M(single, "keys", 0);
    MoltValue ab = SET(2, S("a"), S("b"));
    show(molt_binary_op(MOLT_OP_AND, view, ab));
    MoltValue values[] = {d, empty, d1, d2, d3, d4, f, g, single, view, ab};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
}

static void test_set(void) {
    heading("-- set");
    MoltValue s_items[] = {I(5), I(100), I(33), I(8), I(9), I(1000)};
    MoltValue s = molt_set_from_constants(s_items, 6);
    show_borrowed(s);
    molt_decref(M(s, "add", 1, I(7)));
    molt_decref(M(s, "discard", 1, I(100)));
    show_borrowed(s);
    show(M(s, "remove", 1, I(42)));
    show(CALL(TYPE(set), 1, molt_range_new(MOLT_NONE, I(20), MOLT_NONE)));
    MoltValue a = SET(3, I(1), I(2), I(3)), b = SET(2, I(3), I(4)), c = SET(2, I(1), I(2)), d = SET(1, I(3));
    show(molt_binary_op(MOLT_OP_OR, a, b));
    show(molt_binary_op(MOLT_OP_AND, a, b));
    show(molt_binary_op(MOLT_OP_SUB, a, b));
    show(molt_binary_op(MOLT_OP_XOR, a, b));
    show(molt_compare(MOLT_CMP_LE, c, a));
    show(molt_compare(MOLT_CMP_LT, c, c));
    show(molt_compare(MOLT_CMP_GE, a, d));
    show(CALL(TYPE(set), 0));
    show(CALL(TYPE(frozenset), 1, L(2, I(1), I(2))));
    show(CALL(TYPE(frozenset), 0));
    show(M(s, "pop", 0));
    show_borrowed(s);
    show(M(c, "union", 2, L(1, I(3)), T(1, I(4))));
    show(M(a, "intersection", 1, L(3, I(2), I(3), I(4))));
    show(M(a, "difference", 1, L(1, I(2))));
    show(M(a, "symmetric_difference", 1, L(2, I(3), I(4))));
    show(M(c, "issubset", 1, L(3, I(1), I(2), I(3))));
    show(M(c, "issuperset", 1, L(1, I(1))));
    show(M(c, "isdisjoint", 1, L(1, I(3))));
    show(CALL(BUILTIN(hash), 1, CALL(TYPE(frozenset), 1, L(3, I(1), I(2), I(3)))));
    MoltValue t = CALL(TYPE(set), 1, molt_range_new(MOLT_NONE, I(100), MOLT_NONE));
    for (int i = 0; i < 100; i += 3) molt_decref(M(t, "discard", 1, I(i)));
    molt_decref(M(t, "add", 1, I(1000)));
    molt_decref(M(t, "add", 1, I(-5)));
    show_borrowed(t);
    MoltValue constants[] = {I(-1), I(-2), I(5), I(1LL << 40), I(17), I(33)};
    show(molt_set_from_constants(constants, 6));
    MoltValue empty = CALL(TYPE(set), 0);
    show(M(empty, "pop", 0));
    show(SET(1, L(1, I(1))));
    MoltValue u = SET(2, I(1), I(2)), three = SET(1, I(3)), two_three = SET(2, I(2), I(3));
    MoltValue u1 = molt_inplace_op(MOLT_OP_OR, u, three);
    MoltValue u2 = molt_inplace_op(MOLT_OP_AND, u1, two_three);
    show_borrowed(u);
    MoltValue comprehension = CALL(TYPE(set), 0);
    for (int i = 0; i < 50; i++) molt_set_add(comprehension, I(i * 37 % 101));
    show_borrowed(comprehension);
    MoltValue values[] = {s, a, b, c, d, t, empty, u, three, two_three, u1, u2, comprehension};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
}

static void test_range_and_slice(void) {
    heading("-- range");
    show(molt_range_new(I(0), I(5), MOLT_NONE));
    show(range3(1, 10, 2));
    show(range3(10, 0, -3));
    show(CALL(BUILTIN(len), 1, range3(10, 0, -3)));
    MoltValue ten = molt_range_new(MOLT_NONE, I(10), MOLT_NONE);
    show(molt_getitem(ten, I(3)));
    show(molt_getitem(ten, I(-1)));
    show(GET(ten, slice_of(I(2), I(8), I(2))));
    show(GET(ten, slice_of(MOLT_NONE, MOLT_NONE, I(-1))));
    MoltValue fives = range3(0, 10, 5);
    show(truth(molt_contains(fives, I(5))));
    show(truth(molt_contains(fives, I(7))));
    show(list_of(range3(10, 0, -3)));
    show(range3(0, 10, 0));
    MoltValue five = molt_range_new(MOLT_NONE, I(5), MOLT_NONE);
    show(molt_getitem(five, I(10)));
    MoltValue twenty = range3(0, 20, 5);
    show(M(twenty, "index", 1, I(15)));
    molt_decref(twenty);
    show(M(five, "count", 1, I(3)));
    show(list_of(CALL(BUILTIN(reversed), 1, (molt_incref(five), five))));
    show(molt_range_new(MOLT_NONE, F(1.5), MOLT_NONE));
    MoltValue r3 = molt_range_new(MOLT_NONE, I(3), MOLT_NONE), r03 = molt_range_new(I(0), I(3), MOLT_NONE);
    show(molt_compare(MOLT_CMP_EQ, r3, r03));
    heading("-- slice");
    show(slice_of(I(1), I(2), MOLT_NONE));
    MoltValue slice = slice_of(MOLT_NONE, I(5), I(2));
    show(M(slice, "indices", 1, I(10)));
    MoltValue backwards = slice_of(I(-1), MOLT_NONE, I(-2));
    show(M(backwards, "indices", 1, I(7)));
    MoltValue six = list_of(range3(0, 6, 1));
    show(molt_getitem(six, backwards));
    molt_decref(six);
    MoltValue values[] = {ten, fives, five, r3, r03, slice, backwards};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
}

static void test_exceptions(void) {
    heading("-- exceptions");
    show(CALL(TYPE(ValueError), 1, S("x")));
    MoltValue e = CALL(TYPE(ValueError), 1, S("x"));
    show(molt_str(e));
    molt_decref(e);
    e = CALL(TYPE(KeyError), 1, S("k"));
    show(molt_str(e));
    molt_decref(e);
    e = CALL(TYPE(ValueError), 2, I(1), I(2));
    show(molt_str(e));
    molt_decref(e);
    e = CALL(TYPE(ValueError), 0);
    show(molt_str(e));
    molt_decref(e);
    e = CALL(TYPE(ValueError), 2, I(1), I(2));
    show(molt_getattr(e, "args"));
    molt_decref(e);
    show(CALL(TYPE(KeyError), 0));
    show(CALL(BUILTIN(isinstance), 2, CALL(TYPE(KeyError), 0), TYPE(LookupError)));
    e = CALL(TYPE(StopIteration), 1, I(5));
    show(molt_getattr(e, "value"));
    molt_decref(e);
    e = CALL(TYPE(SystemExit), 1, I(3));
    show(molt_getattr(e, "code"));
    molt_decref(e);
}

static void test_builtins(void) {
    heading("-- builtins");
    show(CALL(BUILTIN(len), 1, L(2, I(1), I(2))));
    show(CALL(BUILTIN(len), 1, I(5)));
    show(CALL(BUILTIN(abs), 1, I(-3)));
    show(CALL(BUILTIN(abs), 1, F(-2.5)));
    show(CALL(BUILTIN(abs), 1, S("a")));
    show(CALL(BUILTIN(max), 1, L(3, I(3), I(1), I(4))));
    show(CALL(BUILTIN(max), 3, I(3), I(1), I(4)));
    show(CALL(BUILTIN(min), 1, L(3, I(3), I(1), I(4))));
    show(CALLK(BUILTIN(max), "default", 2, L(0), I(7)));
    show(CALL(BUILTIN(max), 1, L(0)));
    show(CALLK(BUILTIN(min), "key", 2, L(3, S("bb"), S("a"), S("ccc")), BUILTIN(len)));
    show(CALLK(BUILTIN(max), "key", 2, L(4, S("bb"), S("a"), S("ccc"), S("dd")), BUILTIN(len)));
    show(CALLK(BUILTIN(max), "default", 3, I(1), I(2), I(3)));
    show(CALL(BUILTIN(sum), 1, L(3, I(1), I(2), I(3))));
    show(CALL(BUILTIN(sum), 1, L(10, F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1))));
    show(CALL(BUILTIN(sum), 1, L(3, I(1), F(0.1), F(0.2))));
    MoltValue big = I(1LL << 46);
    show(CALL(BUILTIN(sum), 1, L(10, big, big, big, big, big, big, big, big, big, big)));
    show(CALL(BUILTIN(sum), 2, L(2, L(1, I(1)), L(1, I(2))), L(0)));
    show(CALL(BUILTIN(sum), 1, L(1, S("a"))));
    show(CALL(BUILTIN(sum), 2, L(0), S("")));
    show(CALL(BUILTIN(sum), 1, L(4, F(1e100), F(1.0), F(-1e100), F(1.0))));
    show(CALL(BUILTIN(any), 1, L(3, I(0), I(0), I(1))));
    show(CALL(BUILTIN(any), 1, L(0)));
    show(CALL(BUILTIN(all), 1, L(2, I(1), I(1))));
    show(CALL(BUILTIN(all), 1, L(2, I(1), I(0))));
    show(list_of(CALL(BUILTIN(enumerate), 2, S("ab"), I(5))));
    show(list_of(CALL(BUILTIN(zip), 2, L(3, I(1), I(2), I(3)), S("ab"))));
    show(list_of(CALLK(BUILTIN(zip), "strict", 3, L(1, I(1)), L(2, I(1), I(2)), MOLT_TRUE)));
    show(list_of(CALL(BUILTIN(map), 2, BUILTIN(abs), L(2, I(-1), I(-2)))));
    show(list_of(CALL(BUILTIN(filter), 2, MOLT_NONE, L(5, I(0), I(1), I(2), S(""), S("x")))));
    show(list_of(CALL(BUILTIN(reversed), 1, L(3, I(1), I(2), I(3)))));
    show(list_of(CALL(BUILTIN(reversed), 1, T(3, I(1), I(2), I(3)))));
    show(CALL(BUILTIN(reversed), 1, I(5)));
    MoltValue iterator = CALL(BUILTIN(iter), 1, L(1, I(1)));
    show(CALL(BUILTIN(next), 1, (molt_incref(iterator), iterator)));
    show(CALL(BUILTIN(next), 2, (molt_incref(iterator), iterator), S("done")));
    show(CALL(BUILTIN(next), 1, (molt_incref(iterator), iterator)));
    molt_decref(iterator);
    show(CALL(BUILTIN(isinstance), 2, MOLT_TRUE, TYPE(int)));
    show(CALL(BUILTIN(isinstance), 2, I(1), T(2, TYPE(str), TYPE(int))));
    show(CALL(BUILTIN(issubclass), 2, TYPE(bool), TYPE(int)));
    show(CALL(BUILTIN(isinstance), 2, I(1), I(1)));
    show(CALL(BUILTIN(issubclass), 2, TYPE(ValueError), T(2, TYPE(KeyError), TYPE(Exception))));
    show(CALL(BUILTIN(divmod), 2, I(7), I(-2)));
    show(CALL(BUILTIN(divmod), 2, F(7.5), I(2)));
    show(CALL(BUILTIN(divmod), 2, F(1.0), I(0)));
    show(CALL(BUILTIN(divmod), 2, S("a"), I(1)));
    show(CALL(BUILTIN(pow), 2, I(2), I(10)));
    show(CALL(BUILTIN(pow), 3, I(3), I(4), I(5)));
    show(CALL(BUILTIN(pow), 2, I(2), I(-1)));
    show(CALL(BUILTIN(pow), 3, I(2), I(3), I(0)));
    show(CALL(BUILTIN(round), 1, F(2.5)));
    show(CALL(BUILTIN(round), 2, F(3.14159), I(2)));
    show(CALL(BUILTIN(round), 2, I(15), I(-1)));
    show(CALL(BUILTIN(round), 2, I(25), I(-1)));
    show(CALL(BUILTIN(round), 1, I(7)));
    show(CALL(BUILTIN(chr), 1, I(65)));
    show(CALL(BUILTIN(chr), 1, I(0x1F600)));
    show(CALL(BUILTIN(ord), 1, S("\xc3\xa9")));
    show(CALL(BUILTIN(chr), 1, I(-1)));
    show(CALL(BUILTIN(ord), 1, S("ab")));
    show(CALL(BUILTIN(hex), 1, I(255)));
    show(CALL(BUILTIN(oct), 1, I(8)));
    show(CALL(BUILTIN(bin), 1, I(5)));
    show(CALL(BUILTIN(hex), 1, I(-255)));
    show(CALL(BUILTIN(hex), 1, F(1.0)));
    show(CALL(BUILTIN(callable), 1, BUILTIN(len)));
    show(CALL(BUILTIN(callable), 1, I(1)));
    show(CALL(BUILTIN(callable), 1, TYPE(list)));
    MoltValue list = L(0);
    show(CALL(BUILTIN(callable), 1, molt_getattr(list, "append")));
    show(CALL(BUILTIN(repr), 1, S("a")));
    show(CALL(BUILTIN(ascii), 1, S("\xc3\xa9")));
    show(CALL(BUILTIN(format), 2, F(3.14159), S(".2f")));
    show(CALL(BUILTIN(format), 1, L(1, I(1))));
    show(CALL(TYPE(type), 1, I(1)));
    show(CALL(TYPE(type), 1, L(0)));
    show(CALL(TYPE(type), 1, TYPE(type)));
    show(CALL(TYPE(type), 1, MOLT_NONE));
    show(BUILTIN(len));
    show(CALL(TYPE(bool), 1, L(0)));
    show(CALL(TYPE(bool), 1, L(1, I(0))));
    show(CALL(TYPE(bool), 0));
    show(CALL(TYPE(list), 1, S("abc")));
    show(CALL(TYPE(tuple), 1, molt_range_new(MOLT_NONE, I(3), MOLT_NONE)));
    show(CALL(TYPE(type), 1, BUILTIN(len)));
    show(molt_getattr(TYPE(int), "__name__"));
    show(CALL(BUILTIN(hash), 1, MOLT_NONE));
    molt_decref(CALLK(BUILTIN(print), "sep,end", 5, I(1), S("a"), MOLT_NONE, S("-"), S("!\n")));
    molt_decref(CALL(BUILTIN(print), 0));
    molt_decref(CALLK(BUILTIN(print), "flush", 2, S("x"), MOLT_TRUE));
    show(CALLK(BUILTIN(print), "sep", 2, I(1), I(1)));
    MoltValue pair = L(2, I(1), I(2));
    show(molt_getattr(pair, "foo"));
    show(CALL(I(5), 1, I(1)));
    show(molt_getitem(I(5), I(0)));
    show(molt_iter(I(5)));
    show(molt_negative(pair));
    show(CALL(BUILTIN(hash), 1, L(0)));
    molt_decref(list);
    molt_decref(pair);
}

static MoltValue big(const char *literal) { return molt_int_from_literal(literal); }

/* -v for an owned v. */
static MoltValue NEG(MoltValue v) {
    MoltValue result = molt_negative(v);
    molt_decref(v);
    return result;
}

/* str(v) for an owned v. */
static MoltValue STR(MoltValue v) {
    MoltValue result = molt_str(v);
    molt_decref(v);
    return result;
}

static void test_more(void) {
    heading("-- more");
    MoltValue ten = molt_range_new(MOLT_NONE, I(10), MOLT_NONE), down = range3(0, -10, -3);
    show(GET(ten, slice_of(I(2), I(5), I(2))));
    show(GET(down, slice_of(I(1), MOLT_NONE, MOLT_NONE)));
    show(GET(down, slice_of(MOLT_NONE, MOLT_NONE, I(-1))));
    MoltValue h = list_of(range3(0, 6, 1));
    MoltValue reverse_all = slice_of(MOLT_NONE, MOLT_NONE, I(-1));
    MoltValue replacement = L(6, I(10), I(11), I(12), I(13), I(14), I(15));
    molt_setitem(h, reverse_all, replacement);
    show_borrowed(h);
    MoltValue every_other = slice_of(MOLT_NONE, MOLT_NONE, I(-2));
    molt_delitem(h, every_other);
    show_borrowed(h);
    MoltValue fives = L(4, I(5), I(6), I(7), I(5));
    show(M(fives, "index", 2, I(5), I(1)));
    show(M(fives, "index", 3, I(5), I(-2), I(4)));
    MoltValue k = L(2, I(1), I(2));
    show(M(k, "insert", 2, big("1000000000000000000000000000000"), I(3)));
    show(M(k, "pop", 1, NEG(big("1000000000000000000000000000000"))));
    show_borrowed(k);
    MoltValue dd = D(1, S("a"), I(1));
    MoltValue self_key = S("self");
    molt_dict_setitem(dd, self_key, dd);
    show_borrowed(dd);
    molt_decref(M(dd, "clear", 0));
    molt_decref(self_key);
    show(CALL(TYPE(ValueError), 0));
    show(STR(CALL(TYPE(KeyError), 2, S("a"), S("b"))));
    show(CALL(BUILTIN(hash), 1, T(3, I(-1), I(-2), T(1, I(3)))));
    MoltValue five = molt_range_new(MOLT_NONE, I(5), MOLT_NONE), letter = S("a");
    show(truth(molt_contains(five, letter)));
    molt_decref(five);
    molt_decref(letter);
    show(CALL(BUILTIN(sum), 1, L(4, I(1LL << 46), I(1LL << 47), big("4611686018427387904"), big("4611686018427387904"))));
    show(CALLK(BUILTIN(max), "key", 2, L(2, I(1), I(-1)), BUILTIN(abs)));
    show(CALLK(BUILTIN(min), "key", 2, L(2, I(1), I(-1)), BUILTIN(abs)));
    show(list_of(CALL(BUILTIN(enumerate), 2, L(1, I(7)), big("1180591620717411303424"))));
    show(list_of(CALLK(BUILTIN(zip), "strict", 4, L(2, I(1), I(2)), L(2, I(1), I(2)), L(1, I(1)), MOLT_TRUE)));
    show(CALL(BUILTIN(sorted), 1, L(4, I(3), F(1.5), I(2), F(-0.5))));
    MoltValue three = L(3, I(1), I(2), I(3));
    show(molt_getitem(three, MOLT_TRUE));
    show(GET(three, slice_of(NEG(big("1000000000000000000000000000000")), big("1000000000000000000000000000000"), MOLT_NONE)));
    show(CALL(BUILTIN(divmod), 2, I(-7), I(2)));
    show(CALL(BUILTIN(divmod), 2, F(-7.5), I(2)));
    show(CALL(BUILTIN(isinstance), 2, MOLT_TRUE, TYPE(bool)));
    show(CALL(BUILTIN(issubclass), 2, TYPE(int), TYPE(bool)));
    MoltValue one_two = D(1, I(1), I(2)), ab = D(2, I(1), S("a"), I(2), S("b"));
    MoltValue items = M(one_two, "items", 0), pair_set = SET(1, T(2, I(1), I(2)));
    show(molt_compare(MOLT_CMP_EQ, items, pair_set));
    show(list_of(M(ab, "values", 0)));
    MoltValue keys = M(ab, "keys", 0);
    show(truth(molt_contains(keys, I(2))));
    MoltValue single = D(1, I(1), S("a")), single_items = M(single, "items", 0), probe = T(2, I(1), S("a"));
    show(truth(molt_contains(single_items, probe)));
    MoltValue m = D(3, I(3), I(3), I(1), I(1), I(2), I(2));
    molt_delitem(m, I(1));
    show(M(m, "popitem", 0));
    show_borrowed(m);
    MoltValue frozen12 = CALL(TYPE(frozenset), 1, L(2, I(1), I(2))), set12 = SET(2, I(1), I(2));
    show(molt_compare(MOLT_CMP_EQ, frozen12, set12));
    show(SET(1, CALL(TYPE(frozenset), 1, L(1, I(1)))));
    MoltValue frozen3 = CALL(TYPE(frozenset), 1, L(1, I(3))), frozen1 = CALL(TYPE(frozenset), 1, L(1, I(1))), set2 = SET(1, I(2));
    show(molt_binary_op(MOLT_OP_OR, set12, frozen3));
    show(molt_binary_op(MOLT_OP_OR, frozen1, set2));
    show(CALL(BUILTIN(sorted), 1, D(2, S("b"), I(1), S("a"), I(2))));
    show(list_of(CALL(BUILTIN(map), 3, BUILTIN(pow), L(2, I(2), I(3)), L(2, I(3), I(2)))));
    show(list_of(CALL(BUILTIN(iter), 1, L(0))));
    show(CALL(TYPE(tuple), 1, CALL(BUILTIN(reversed), 1, range3(1, 10, 4))));
    MoltValue nested_a = L(2, L(2, I(1), I(2)), L(1, I(3))), nested_b = L(2, L(2, I(1), I(2)), L(1, I(3)));
    show(molt_compare(MOLT_CMP_EQ, nested_a, nested_b));
    MoltValue deep_a = L(2, I(1), L(2, I(2), I(3))), deep_b = L(2, I(1), L(2, I(2), I(4)));
    show(molt_compare(MOLT_CMP_LT, deep_a, deep_b));
    MoltValue slice_a = slice_of(I(1), I(5), MOLT_NONE), slice_b = slice_of(I(1), I(5), MOLT_NONE);
    show(molt_compare(MOLT_CMP_EQ, slice_a, slice_b));
    show(T(2, slice_of(MOLT_NONE, MOLT_NONE, MOLT_NONE), slice_of(MOLT_NONE, I(2), MOLT_NONE)));
    show(molt_repr(MOLT_ELLIPSIS));
    show(molt_repr(MOLT_NOT_IMPLEMENTED));
    show(CALL(TYPE(type), 1, MOLT_ELLIPSIS));
    show(molt_getattr(TYPE(object), "__name__"));
    MoltValue values[] = {ten, down, h, reverse_all, replacement, every_other, fives, k, dd, three, one_two, ab,
                          items, pair_set, keys, single, single_items, probe, m, frozen12, set12, frozen3,
                          frozen1, set2, nested_a, nested_b, deep_a, deep_b, slice_a, slice_b};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) molt_decref(values[i]);
}

/* The pending exception as the str "Type: message" (as the Python side's f-string). */
static MoltValue error_text(void) {
    MoltValue exception = molt_exc_fetch();
    MoltValue message = molt_str(exception);
    char line[512];
    size_t length;
    snprintf(line, sizeof line, "%s: %s", molt_type_of(exception)->name, molt_str_utf8(message, &length));
    molt_decref(message);
    molt_decref(exception);
    return S(line);
}

static MoltValue unpack(MoltValue value, size_t count) {
    MoltValue out[3];
    int status = molt_unpack(value, out, count);
    molt_decref(value);
    if (status < 0) return error_text();
    return molt_tuple_from_owned(out, count);
}

/* The pending exception's str(), or its repr when `as_repr`. */
static MoltValue caught(bool as_repr) {
    MoltValue exception = molt_exc_fetch();
    MoltValue text = as_repr ? molt_repr(exception) : molt_str(exception);
    molt_decref(exception);
    return text;
}

static void test_raising(void) {
    MoltValue d = D(2, I(1), S("a"), I(2), S("b"));
    show(list_of(CALL(BUILTIN(reversed), 1, M(d, "items", 0))));
    show(list_of(CALL(BUILTIN(reversed), 1, M(d, "values", 0))));
    molt_decref(d);
    heading("-- raising");
    show(unpack(L(2, I(1), I(2)), 2));
    show(unpack(L(1, I(1)), 2));
    show(unpack(T(3, I(1), I(2), I(3)), 2));
    show(unpack(CALL(BUILTIN(iter), 1, L(2, I(1), I(2))), 3));
    show(unpack(I(5), 2));
    show(unpack(S("abc"), 3));
    /* raise KeyError / except (ValueError, LookupError) */
    molt_raise(TYPE(KeyError), MOLT_ERROR);
    MoltValue handlers = T(2, TYPE(ValueError), TYPE(LookupError));
    int matched = molt_exc_matches(handlers);
    molt_decref(handlers);
    if (matched != 1) heading("no match");
    show(caught(true));
    /* raise TypeError('outer') from None, while handling ValueError('inner') */
    MoltValue inner = CALL(TYPE(ValueError), 1, S("inner"));
    molt_raise(inner, MOLT_ERROR);
    molt_decref(inner);
    MoltValue handled = molt_exc_fetch();
    molt_exc_push_handled(handled);
    MoltValue outer = CALL(TYPE(TypeError), 1, S("outer"));
    molt_raise(outer, MOLT_NONE);
    molt_decref(outer);
    molt_exc_pop_handled();
    molt_decref(handled);
    MoltValue e = molt_exc_fetch();
    MoltValue inner_context = molt_getattr(e, "__context__");
    show(T(4, molt_repr(e), molt_getattr(e, "__cause__"), molt_getattr(e, "__suppress_context__"),
           molt_repr(inner_context)));
    molt_decref(inner_context);
    molt_decref(e);
    /* {}['k'] while handling, then RuntimeError */
    MoltValue empty = molt_dict_new();
    MoltValue missing = GET(empty, S("k"));
    (void)missing;
    handled = molt_exc_fetch();
    molt_exc_push_handled(handled);
    molt_raise_format(&molt_type_RuntimeError, "while handling");
    molt_exc_pop_handled();
    molt_decref(handled);
    e = molt_exc_fetch();
    MoltValue context = molt_getattr(e, "__context__");
    show(T(3, molt_repr(e), molt_repr(context), molt_getattr(e, "__cause__")));
    molt_decref(context);
    molt_decref(e);
    molt_decref(empty);
    molt_raise(I(5), MOLT_ERROR);
    show(caught(false));
    molt_reraise(molt_exc_handled());
    show(caught(false));
    molt_raise_name_error("undefined_name");
    show(caught(false));
    show(STR(CALL(TYPE(FileNotFoundError), 3, I(2), S("No such file or directory"), S("x.txt"))));
    show(STR(CALL(TYPE(PermissionError), 2, I(13), S("Permission denied"))));
    MoltValue with_errno = CALL(TYPE(FileNotFoundError), 2, I(2), S("x")), without = CALL(TYPE(FileNotFoundError), 1, S("x"));
    show(T(3, molt_getattr(with_errno, "errno"), molt_getattr(without, "errno"), STR(CALL(TYPE(OSError), 1, S("plain")))));
    molt_decref(with_errno);
    molt_decref(without);
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_core.py");
    test_list();
    test_tuple();
    test_dict();
    test_set();
    test_range_and_slice();
    test_exceptions();
    test_builtins();
    test_more();
    test_raising();
    return molt_runtime_finish(MOLT_NONE);
}
