/* Unit test of the str type through the runtime ABI: every case of
 * runtime_str.py, in the same order, printing "N: repr(result)" or
 * "N: ExceptionType: message"; the output must equal runtime_str.expected. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "molt/molt.h"

static int counter = 0;

/* Prints a result (taking it over) the way runtime_str.py's show() does. */
static void show(MoltValue result) {
    counter++;
    if (result == MOLT_ERROR) {
        MoltValue exception = molt_exc_fetch();
        MoltValue message = molt_str(exception);
        size_t length = 0;
        const char *text = message == MOLT_ERROR ? "?" : molt_str_utf8(message, &length);
        printf("%d: %s: %.*s\n", counter, molt_type_of(exception)->name, (int)length, text);
        if (message != MOLT_ERROR) molt_decref(message);
        molt_decref(exception);
        return;
    }
    MoltValue text = molt_repr(result);
    size_t length;
    const char *bytes = molt_str_utf8(text, &length);
    printf("%d: %.*s\n", counter, (int)length, bytes);
    molt_decref(text);
    molt_decref(result);
}

static MoltValue S(const char *text) { return molt_str_from_utf8(text, strlen(text)); }
static MoltValue I(int64_t i) { return molt_int_from_i64(i); }
static MoltValue F(double d) { return molt_from_double(d); }
static MoltValue keep(MoltValue v) {
    molt_incref(v);
    return v;
}

static MoltValue T(int count, ...) {
    MoltValue items[16];
    va_list list;
    va_start(list, count);
    for (int i = 0; i < count; i++) items[i] = va_arg(list, MoltValue);
    va_end(list);
    return molt_tuple_from_owned(items, (size_t)count);
}

static MoltValue L(int count, ...) {
    MoltValue items[16];
    va_list list;
    va_start(list, count);
    for (int i = 0; i < count; i++) items[i] = va_arg(list, MoltValue);
    va_end(list);
    return molt_list_from_owned(items, (size_t)count);
}

/* D(pairs, key, value, ...): owned keys and values. */
static MoltValue D(int pairs, ...) {
    MoltValue dict = molt_dict_new();
    va_list list;
    va_start(list, pairs);
    for (int i = 0; i < pairs; i++) {
        MoltValue key = va_arg(list, MoltValue);
        MoltValue value = va_arg(list, MoltValue);
        molt_dict_setitem(dict, key, value);
        molt_decref(key);
        molt_decref(value);
    }
    va_end(list);
    return dict;
}

/* self.name(*args): takes over self and the args. */
static void M(MoltValue self, const char *name, int count, ...) {
    MoltValue args[8];
    va_list list;
    va_start(list, count);
    for (int i = 0; i < count; i++) args[i] = va_arg(list, MoltValue);
    va_end(list);
    show(molt_call_method(self, name, args, (size_t)count, MOLT_NONE));
    molt_decref(self);
    for (int i = 0; i < count; i++) molt_decref(args[i]);
}

/* self.name(*positional, keyword=value): one keyword argument. */
static void MK(MoltValue self, const char *name, int positional, const char *keyword, ...) {
    MoltValue args[8];
    va_list list;
    va_start(list, keyword);
    for (int i = 0; i <= positional; i++) args[i] = va_arg(list, MoltValue);
    va_end(list);
    MoltValue kwnames = T(1, S(keyword));
    show(molt_call_method(self, name, args, (size_t)positional, kwnames));
    molt_decref(kwnames);
    molt_decref(self);
    for (int i = 0; i <= positional; i++) molt_decref(args[i]);
}

static void binop(MoltBinaryOp op, MoltValue a, MoltValue b) {
    show(molt_binary_op(op, a, b));
    molt_decref(a);
    molt_decref(b);
}

static void compare(MoltCompareOp op, MoltValue a, MoltValue b) {
    show(molt_compare(op, a, b));
    molt_decref(a);
    molt_decref(b);
}

static void contains(MoltValue container, MoltValue item) {
    int result = molt_contains(container, item);
    show(result < 0 ? MOLT_ERROR : molt_from_bool(result));
    molt_decref(container);
    molt_decref(item);
}

static void getitem(MoltValue container, MoltValue key) {
    show(molt_getitem(container, key));
    molt_decref(key);
}

static MoltValue slice(MoltValue start, MoltValue stop, MoltValue step) {
    return molt_slice_new(start, stop, step);
}

static void format_value(MoltValue v, const char *spec) {
    MoltValue spec_value = S(spec);
    show(molt_format(v, spec_value));
    molt_decref(spec_value);
    molt_decref(v);
}

static MoltValue call_type(MoltType *type, int count, MoltValue *args, MoltValue kwnames) {
    return molt_call(molt_from_ptr(type), args, (size_t)count, kwnames);
}

static void show_hash(MoltValue v) {
    int64_t hash = molt_hash(v);
    show(hash == -1 ? MOLT_ERROR : molt_int_from_i64(hash));
}

static void test_repr_hash_index(MoltValue long_text) {
    const char *texts[] = {"abc", "", "it's", "say \"hi\"", "both ' and \"", "\n\t\r\\",
                           "\x00\x1f\x7f", "é\xc2\x85\u00a0\u00ad", "\u2028日本",
                           "\U0001F600\U000E0001", "\u0378"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        /* "\x00..." has an embedded NUL: its length is known. */
        MoltValue text = i == 6 ? molt_str_from_utf8(texts[i], 3) : S(texts[i]);
        show(molt_repr(text));
        show(molt_str(text));
        molt_decref(text);
    }
    const char *hashed[] = {"", "a", "abc", "hello world, this is long", "é", "日本語", "\U0001F600x"};
    for (size_t i = 0; i < sizeof hashed / sizeof hashed[0]; i++) {
        MoltValue text = S(hashed[i]);
        show_hash(text);
        molt_decref(text);
    }
    show_hash(long_text);
    MoltValue indexed[] = {S("hello"), S("héllo wörld"), keep(long_text)};
    for (size_t i = 0; i < 3; i++) {
        MoltValue text = indexed[i];
        show(molt_int_from_i64(molt_str_length(text)));
        getitem(text, I(0));
        getitem(text, I(-1));
        getitem(text, I(3));
        getitem(text, slice(I(1), I(4), MOLT_NONE));
        getitem(text, slice(MOLT_NONE, MOLT_NONE, I(2)));
        getitem(text, slice(MOLT_NONE, MOLT_NONE, I(-1)));
        getitem(text, slice(I(-3), MOLT_NONE, MOLT_NONE));
        getitem(text, slice(I(100), MOLT_NONE, MOLT_NONE));
        getitem(text, slice(I(5), I(1), I(-2)));
        molt_decref(text);
    }
    getitem(long_text, I(130));
    getitem(long_text, I(64));
    getitem(long_text, slice(I(149), I(151), MOLT_NONE));
    MoltValue abc = S("abc");
    getitem(abc, I(3));
    getitem(abc, I(-4));
    getitem(abc, S("x"));
    getitem(abc, slice(MOLT_NONE, MOLT_NONE, I(0)));
    molt_decref(abc);
}

static void test_operators(void) {
    binop(MOLT_OP_ADD, S("ab"), S("cd"));
    binop(MOLT_OP_ADD, S("ab"), S("é"));
    binop(MOLT_OP_ADD, S("ab"), I(1));
    binop(MOLT_OP_MUL, S("ab"), I(3));
    binop(MOLT_OP_MUL, I(3), S("é"));
    binop(MOLT_OP_MUL, S("ab"), I(-1));
    binop(MOLT_OP_MUL, S("ab"), I(0));
    binop(MOLT_OP_MUL, S("ab"), MOLT_TRUE);
    binop(MOLT_OP_MUL, S("ab"), S("x"));
    binop(MOLT_OP_MUL, S("ab"), F(2.0));
    compare(MOLT_CMP_LT, S("abc"), S("abd"));
    compare(MOLT_CMP_LT, S("abc"), S("ab"));
    compare(MOLT_CMP_GT, S("é"), S("z"));
    compare(MOLT_CMP_GT, S("\U0001F600"), S("\uffff"));
    compare(MOLT_CMP_EQ, S("abc"), S("abc"));
    compare(MOLT_CMP_NE, S("abc"), S("abc"));
    compare(MOLT_CMP_GE, S("ab"), S("ab"));
    contains(S("abc"), S("b"));
    contains(S("abc"), S("bd"));
    contains(S("abc"), S(""));
    contains(S("日本"), S("日"));
    contains(S("abc"), I(1));
    MoltValue text = S("héllo");
    show(call_type(&molt_type_list, 1, &text, MOLT_NONE));
    molt_decref(text);
    MoltValue empty = S(""), x = S("x");
    int truth = molt_truthy(empty);
    show(molt_from_bool(truth));
    truth = molt_truthy(x);
    show(molt_from_bool(truth));
    show(call_type(&molt_type_str, 0, NULL, MOLT_NONE));
    MoltValue forty_two = I(42);
    show(call_type(&molt_type_str, 1, &forty_two, MOLT_NONE));
    show(call_type(&molt_type_str, 1, &x, MOLT_NONE));
    MoltValue y = S("y");
    MoltValue kwnames = T(1, S("object"));
    show(call_type(&molt_type_str, 0, &y, kwnames));
    molt_decref(kwnames);
    molt_decref(y);
    molt_decref(empty);
    molt_decref(x);
    /* s += ... in a loop: grows in place when s is the only reference. */
    MoltValue s = S("x");
    MoltValue ab = S("ab"), e_acute = S("é");
    for (int i = 0; i < 1000; i++) {
        MoltValue grown = molt_inplace_op(MOLT_OP_ADD, s, ab);
        molt_decref(s);
        s = grown;
        grown = molt_inplace_op(MOLT_OP_ADD, s, e_acute);
        molt_decref(s);
        s = grown;
    }
    MoltValue head_slice = slice(MOLT_NONE, I(8), MOLT_NONE);
    MoltValue tail_slice = slice(I(-4), MOLT_NONE, MOLT_NONE);
    show(T(4, I(molt_str_length(s)), molt_getitem(s, head_slice), molt_getitem(s, tail_slice),
           molt_int_from_i64(molt_hash(s))));
    molt_decref(head_slice);
    molt_decref(tail_slice);
    molt_decref(s);
    molt_decref(ab);
    molt_decref(e_acute);
}

static void test_case_and_predicates(void) {
    const char *texts[] = {"Hello World", "ß", "ﬁre", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.Σ", "Σ", "aΣ b",
                           "ǆemal", "İstanbul", "straße", "hello world's x1y", "ŉ", "ΰ", "ᾳ", "ǅ"};
    const char *case_methods[] = {"upper", "lower", "casefold", "swapcase", "title", "capitalize"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        for (size_t m = 0; m < 6; m++) M(S(texts[i]), case_methods[m], 0);
    }
    const char *predicate_texts[] = {"", "abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "١٢",
                                     " \t\n", "\x1c", "a b", "_id", "1id", "ident_1", "ñandú",
                                     "Ab", "ǅa", "\x00", "é", "ǅ", "Σσ"};
    const char *predicates[] = {"isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
                                "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
                                "istitle", "isupper"};
    for (size_t i = 0; i < sizeof predicate_texts / sizeof predicate_texts[0]; i++) {
        for (size_t m = 0; m < 12; m++) {
            MoltValue text = i == 18 ? molt_str_from_utf8("", 1) : S(predicate_texts[i]);
            M(text, predicates[m], 0);
        }
    }
}

static void test_searching(MoltValue long_text) {
    struct { int count; MoltValue args[3]; } cases[] = {
        {1, {S("l")}}, {2, {S("l"), I(3)}}, {2, {S("l"), I(-2)}}, {3, {S("l"), I(3), I(4)}},
        {2, {S(""), I(5)}}, {2, {S(""), I(6)}}, {1, {S("x")}}, {3, {S("lo"), MOLT_NONE, I(5)}},
        {3, {S("o"), I(-100), I(100)}},
    };
    const char *names[] = {"find", "rfind", "index", "rindex", "count"};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (size_t m = 0; m < 5; m++) {
            MoltValue self = S("hello");
            show(molt_call_method(self, names[m], cases[c].args, (size_t)cases[c].count, MOLT_NONE));
            molt_decref(self);
        }
        for (int i = 0; i < cases[c].count; i++) molt_decref(cases[c].args[i]);
    }
    M(S("héllo wörld"), "find", 1, S("ö"));
    M(S("héllo wörld"), "rfind", 1, S("l"));
    M(S("héllo wörld"), "count", 1, S("l"));
    M(keep(long_text), "find", 1, S("z"));
    M(keep(long_text), "rfind", 3, S("α"), I(10), I(140));
    M(S("aaaa"), "count", 1, S("aa"));
    M(S("abc"), "count", 1, S(""));
    M(S("abc"), "count", 2, S(""), I(2));
    M(S("hello"), "find", 0);
    M(S("hello"), "find", 1, I(1));
    M(S("hello"), "find", 2, S("l"), S("x"));
    M(S("hello"), "find", 4, S("l"), I(1), I(2), I(3));
    struct { int count; MoltValue args[3]; } affixes[] = {
        {1, {S("he")}}, {1, {S("lo")}}, {1, {T(2, S("x"), S("he"))}}, {2, {S("el"), I(1)}},
        {3, {S("el"), I(1), I(2)}}, {2, {S(""), I(5)}}, {2, {S(""), I(6)}}, {1, {I(1)}},
        {1, {T(2, S("a"), I(1))}},
    };
    for (size_t c = 0; c < sizeof affixes / sizeof affixes[0]; c++) {
        MoltValue self = S("hello");
        show(molt_call_method(self, "startswith", affixes[c].args, (size_t)affixes[c].count, MOLT_NONE));
        show(molt_call_method(self, "endswith", affixes[c].args, (size_t)affixes[c].count, MOLT_NONE));
        molt_decref(self);
        for (int i = 0; i < affixes[c].count; i++) molt_decref(affixes[c].args[i]);
    }
}

static void test_strip_split(void) {
    const char *strips[] = {"strip", "lstrip", "rstrip"};
    for (int m = 0; m < 3; m++) {
        M(S("  \t hi there \n "), strips[m], 0);
        M(S("xxhixyx"), strips[m], 1, S("xy"));
        M(S("\u3000é\u3000"), strips[m], 0);
        M(S("abc"), strips[m], 1, MOLT_NONE);
        M(S("abc"), strips[m], 1, I(1));
    }
    M(S("hello"), "removeprefix", 1, S("he"));
    M(S("hello"), "removeprefix", 1, S("lo"));
    M(S("hello"), "removesuffix", 1, S("lo"));
    M(S("hello"), "removesuffix", 1, S(""));
    M(S("hello"), "removesuffix", 1, I(1));
    const char *split_texts[] = {"a b  c", "  a\tb\nc  ", "", "   ", "a,b,,c", "é ü\u3000ö", "abc"};
    for (size_t i = 0; i < sizeof split_texts / sizeof split_texts[0]; i++) {
        const char *t = split_texts[i];
        M(S(t), "split", 0);
        M(S(t), "rsplit", 0);
        M(S(t), "split", 2, MOLT_NONE, I(1));
        M(S(t), "rsplit", 2, MOLT_NONE, I(1));
        M(S(t), "split", 1, S(","));
        M(S(t), "rsplit", 2, S(","), I(1));
    }
    M(S("a::b::c"), "split", 1, S("::"));
    M(S("a::b::c"), "rsplit", 2, S("::"), I(1));
    M(S("abc"), "split", 1, S(""));
    M(S("abc"), "split", 1, I(1));
    MK(S("a b c"), "split", 0, "maxsplit", I(1));
    {
        MoltValue args[2] = {S(" "), I(1)};
        MoltValue kwnames = T(2, S("sep"), S("maxsplit"));
        MoltValue self = S("a b c");
        show(molt_call_method(self, "rsplit", args, 0, kwnames));
        molt_decref(self);
        molt_decref(kwnames);
        molt_decref(args[0]);
    }
    MK(S("a b c"), "split", 0, "foo", I(1));
    const char *line_texts[] = {"a\nb\r\nc\rd", "a\n\nb\n", "x\x0by\x0cz\x1cw\xc2\x85v\u2028u\u2029t",
                                "", "\n", "no breaks"};
    for (size_t i = 0; i < sizeof line_texts / sizeof line_texts[0]; i++) {
        M(S(line_texts[i]), "splitlines", 0);
        M(S(line_texts[i]), "splitlines", 1, MOLT_TRUE);
    }
    MK(S("a\nb"), "splitlines", 0, "keepends", MOLT_TRUE);
    const char *partition_texts[] = {"a=b=c", "abc", "=", "é=ü"};
    for (size_t i = 0; i < 4; i++) {
        M(S(partition_texts[i]), "partition", 1, S("="));
        M(S(partition_texts[i]), "rpartition", 1, S("="));
    }
    M(S("abc"), "partition", 1, S(""));
    M(S("abc"), "partition", 1, I(1));
}

static void test_building(void) {
    M(S(","), "join", 1, L(3, S("a"), S("b"), S("c")));
    M(S(", "), "join", 1, T(1, S("x")));
    M(S(""), "join", 1, L(0));
    M(S("-"), "join", 1, S("abc"));
    M(S("é"), "join", 1, L(2, S("a"), S("日")));
    M(S("-"), "join", 1, L(2, S("a"), I(1)));
    M(S("-"), "join", 1, I(5));
    M(S("-"), "join", 1, D(2, S("k"), I(1), S("j"), I(2)));
    struct { int count; MoltValue args[3]; } replaces[] = {
        {2, {S("l"), S("L")}}, {3, {S("l"), S("L"), I(1)}}, {2, {S(""), S("-")}},
        {3, {S(""), S("-"), I(2)}}, {2, {S("x"), S("y")}}, {2, {S("ll"), S("")}},
        {2, {S("l"), S("ééé")}}, {3, {S("l"), S("L"), I(-1)}}, {2, {I(1), S("x")}}, {1, {S("l")}},
    };
    for (size_t c = 0; c < sizeof replaces / sizeof replaces[0]; c++) {
        MoltValue self = S("hello");
        show(molt_call_method(self, "replace", replaces[c].args, (size_t)replaces[c].count, MOLT_NONE));
        molt_decref(self);
        for (int i = 0; i < replaces[c].count; i++) molt_decref(replaces[c].args[i]);
    }
    M(S("héllo"), "replace", 2, S("é"), S("e"));
    M(S("日本日本"), "replace", 2, S("本"), S("x"));
    const char *justify[] = {"center", "ljust", "rjust"};
    for (int m = 0; m < 3; m++) {
        M(S("abc"), justify[m], 1, I(10));
        M(S("abc"), justify[m], 2, I(10), S("*"));
        M(S("abc"), justify[m], 1, I(2));
        M(S("abc"), justify[m], 2, I(6), S("é"));
        M(S("abc"), justify[m], 2, I(7), S("-"));
        M(S("abc"), justify[m], 1, I(-1));
        M(S("abc"), justify[m], 1, S("x"));
        M(S("abc"), justify[m], 2, I(5), S("ab"));
        M(S("abc"), justify[m], 2, I(5), I(1));
        M(S("abcd"), justify[m], 2, I(7), S("-"));
    }
    const char *zfill_texts[] = {"42", "-42", "+42", "", "é", "abcdef"};
    for (size_t i = 0; i < 6; i++) M(S(zfill_texts[i]), "zfill", 1, I(6));
    M(S("a\tbc\td\n\tx"), "expandtabs", 0);
    M(S("a\tbc\td"), "expandtabs", 1, I(4));
    M(S("a\tb"), "expandtabs", 1, I(0));
    MK(S("a\tb"), "expandtabs", 0, "tabsize", I(2));
    MoltValue table_args[3] = {S("abc"), S("xyz"), S("d")};
    MoltValue self = S("");
    MoltValue table = molt_call_method(self, "maketrans", table_args, 3, MOLT_NONE);
    molt_decref(self);
    for (int i = 0; i < 3; i++) molt_decref(table_args[i]);
    show(keep(table));
    M(S("abcdabcd"), "translate", 1, table);
    M(S("hello"), "translate", 1, D(3, I('l'), S("LL"), I('o'), MOLT_NONE, I('h'), I(74)));
    M(S("hello"), "translate", 1, D(1, I('l'), F(1.5)));
    M(S("hello"), "translate", 1, L(0));
    M(S(""), "maketrans", 1, D(2, S("a"), S("b"), I(99), MOLT_NONE));
    M(S(""), "maketrans", 2, S("ab"), S("c"));
    M(S(""), "maketrans", 1, I(1));
    M(S("abc"), "encode", 1, S("klingon"));
    M(S("abc"), "upper", 1, I(1));
    MK(S("abc"), "lower", 0, "x", I(1));
    M(S("abc"), "center", 0);
    M(S("abc"), "center", 3, I(1), I(2), I(3));
    MK(S("abc"), "center", 1, "fillchar", I(5), S("x"));
    M(S("abc"), "count", 0);
    M(S("abc"), "join", 0);
    M(S("abc"), "strip", 2, S("a"), S("b"));
    M(S("abc"), "split", 3, I(1), I(2), I(3));
    M(S("abc"), "zfill", 1, S("x"));
}

static void test_formatting(void) {
    const char *specs[] = {"", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "s", "05", ">05",
                           "d", "+", "=10", "#", ",", "é^7"};
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) format_value(S("abc"), specs[i]);
    format_value(S("日本"), "^6");
    M(S("{} {}"), "format", 2, I(1), S("a"));
    M(S("{1} {0} {1}"), "format", 2, S("x"), S("y"));
    {
        MoltValue args[2] = {I(1), S("q")};
        MoltValue kwnames = T(2, S("a"), S("b"));
        MoltValue self = S("{a}-{b!r}");
        show(molt_call_method(self, "format", args, 0, kwnames));
        molt_decref(self);
        molt_decref(kwnames);
        molt_decref(args[1]);
    }
    M(S("{{}} {{x}} {}"), "format", 1, I(5));
    M(S("{:>8}|{:<6}|{:^7}"), "format", 3, S("r"), S("l"), S("c"));
    M(S("{:{}}|"), "format", 2, S("x"), I(5));
    M(S("{0:{1}.{2}f}"), "format", 3, F(3.14159), I(8), I(2));
    M(S("{0[1]} {0[0]}"), "format", 1, L(2, S("a"), S("b")));
    MK(S("{d[k]}"), "format", 0, "d", D(1, S("k"), S("v")));
    M(S("{!s} {!r} {!a}"), "format", 3, S("é"), S("é"), S("é"));
    M(S("{:d} {:x} {:.3f} {:e}"), "format", 4, I(42), I(255), F(2.5), F(12345.678));
    M(S("é{}ü"), "format", 1, S("日"));
    M(S("{"), "format", 0);
    M(S("}"), "format", 0);
    M(S("{0"), "format", 1, I(1));
    M(S("{0}{}"), "format", 2, I(1), I(2));
    M(S("{}{0}"), "format", 2, I(1), I(2));
    M(S("{x}"), "format", 0);
    M(S("{2}"), "format", 0);
    M(S("{!z}"), "format", 1, I(1));
    M(S("{!r:}"), "format", 1, S("a"));
    M(S("{!rx}"), "format", 1, S("a"));
    M(S("{:q}"), "format", 1, S("a"));
    MoltValue big = molt_int_from_literal("1000000000000000000000000000000");
    MoltValue big_positive = molt_int_from_literal("100000000000000000000");
    MoltValue big_negative = molt_negative(big_positive);
    molt_decref(big_positive);
    binop(MOLT_OP_MOD, S("%d %s %r %5.2f %x %o %e %g %c %%"),
          T(9, I(42), S("s"), S("r"), F(3.14159), I(255), I(8), F(12345.678), F(0.0001), I(65)));
    binop(MOLT_OP_MOD, S("%s"), S("single"));
    binop(MOLT_OP_MOD, S("%s"), T(1, I(1)));
    binop(MOLT_OP_MOD, S("%(a)s and %(b)05d"), D(2, S("a"), S("x"), S("b"), I(42)));
    binop(MOLT_OP_MOD, S("%-6s|%6s|"), T(2, S("ab"), S("cd")));
    binop(MOLT_OP_MOD, S("%+d % d %05d %-5d| %+05d"), T(5, I(5), I(5), I(-5), I(5), I(5)));
    binop(MOLT_OP_MOD, S("%#x %#X %#o %x"), T(4, I(255), I(255), I(8), I(-255)));
    binop(MOLT_OP_MOD, S("%.3d %.3x %+.3x %#08x %#5x"), T(5, I(-5), I(5), I(5), I(255), I(-255)));
    binop(MOLT_OP_MOD, S("%*d|%-*d|%.*f"), T(6, I(5), I(1), I(4), I(2), I(2), F(3.14159)));
    binop(MOLT_OP_MOD, S("%*d"), T(2, I(-5), I(1)));
    binop(MOLT_OP_MOD, S("%10.3e|%-10.2g|%G|%#g"), T(4, F(1234.5), F(0.00001234), F(1e-10), F(1.5)));
    binop(MOLT_OP_MOD, S("%f %F %i %u"), T(4, F(1.5), F(INFINITY), F(3.9), I(7)));
    binop(MOLT_OP_MOD, S("%05f"), F(INFINITY));
    binop(MOLT_OP_MOD, S("%d %x"), T(2, big, big_negative));
    binop(MOLT_OP_MOD, S("%d %d"), T(2, MOLT_TRUE, MOLT_FALSE));
    binop(MOLT_OP_MOD, S("%.2s|%5.1s|"), T(2, S("abc"), S("xyz")));
    binop(MOLT_OP_MOD, S("%c%c%5c"), T(3, S("é"), I(0x65E5), S("x")));
    binop(MOLT_OP_MOD, S("%r %a"), T(2, S("é"), S("é")));
    binop(MOLT_OP_MOD, S("%s"), D(1, S("k"), I(1)));
    binop(MOLT_OP_MOD, S("%s"), L(2, I(1), I(2)));
    binop(MOLT_OP_MOD, S(""), L(1, I(1)));
    binop(MOLT_OP_MOD, S("%ld"), I(5));
    binop(MOLT_OP_MOD, S("%s %s"), T(1, I(1)));
    binop(MOLT_OP_MOD, S("%s"), T(2, I(1), I(2)));
    binop(MOLT_OP_MOD, S(""), I(5));
    binop(MOLT_OP_MOD, S("%d"), S("x"));
    binop(MOLT_OP_MOD, S("%x"), F(1.5));
    binop(MOLT_OP_MOD, S("%f"), S("x"));
    binop(MOLT_OP_MOD, S("%c"), S("ab"));
    binop(MOLT_OP_MOD, S("%c"), I(-1));
    binop(MOLT_OP_MOD, S("%z"), I(1));
    binop(MOLT_OP_MOD, S("é%ü"), I(1));
    binop(MOLT_OP_MOD, S("%"), I(1));
    binop(MOLT_OP_MOD, S("%(a"), D(1, S("a"), I(1)));
    binop(MOLT_OP_MOD, S("%(a)s"), I(1));
    binop(MOLT_OP_MOD, S("%*d"), T(2, S("x"), I(1)));
    binop(MOLT_OP_MOD, S("%(k)s"), D(0));
    MoltValue parts[5] = {S("a"), S("é"), S(""), S("日本"), S("\U0001F600")};
    show(molt_str_join_parts(parts, 5));
    for (int i = 0; i < 5; i++) molt_decref(parts[i]);
}

static void test_special_methods(void) {
    M(S("a"), "__add__", 0);
    M(S("a"), "__len__", 1, I(1));
    MK(S("a"), "__add__", 0, "x", I(1));
    M(S("a"), "__add__", 1, I(1));
    M(S("a"), "__add__", 1, S("b"));
    M(S("a"), "__mul__", 1, S("x"));
    M(S("ab"), "__mul__", 1, I(2));
    M(S("a"), "__rmul__", 1, I(3));
    M(S("%s!"), "__mod__", 1, I(1));
    M(S("a"), "__eq__", 1, S("a"));
    M(S("a"), "__lt__", 1, S("b"));
    M(S("a"), "__ge__", 1, S("b"));
    M(S("abc"), "__contains__", 1, S("c"));
    M(S("a"), "__contains__", 1, I(1));
    M(S("héllo"), "__getitem__", 1, I(1));
    M(S("abc"), "__hash__", 0);
    M(S("héllo"), "__len__", 0);
    M(S("x"), "__str__", 0);
    M(S("x'"), "__repr__", 0);
    const char *texts[] = {"a", "é"};
    for (int i = 0; i < 2; i++) {
        MoltValue text = S(texts[i]);
        MoltValue iterator = molt_iter(text);
        show(S(molt_type_of(iterator)->name));
        molt_decref(iterator);
        molt_decref(text);
    }
    MoltValue text = S("日本");
    MoltValue iterator = molt_iter(text);
    show(call_type(&molt_type_list, 1, &iterator, MOLT_NONE));
    molt_decref(iterator);
    molt_decref(text);
}

static void test_checked_decoding(void) {
    const char *inputs[] = {"\xff", "a\xe2\x82", "\xe2\x28\xa1", "\xed\xa0\x80", "\xc0\x80",
                            "\xf4\x90\x80\x80", "ok\xc3\xa9", "\xf0\x9f\x98", "\xf0\x9f\x98\x80"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        show(molt_str_from_utf8_checked(inputs[i], strlen(inputs[i])));
    }
}

int main(int argc, char **argv) {
    molt_runtime_init(argc, argv, "runtime_str");
    /* LONG = "αβγδε" * 30 + "z" */
    MoltValue greek = S("αβγδε");
    MoltValue repeated = molt_binary_op(MOLT_OP_MUL, greek, I(30));
    MoltValue z = S("z");
    MoltValue long_text = molt_binary_op(MOLT_OP_ADD, repeated, z);
    molt_decref(greek);
    molt_decref(repeated);
    molt_decref(z);
    test_repr_hash_index(long_text);
    test_operators();
    test_case_and_predicates();
    test_searching(long_text);
    test_strip_split();
    test_building();
    test_formatting();
    test_special_methods();
    test_checked_decoding();
    molt_decref(long_text);
    fflush(stdout);
    return 0;
}
