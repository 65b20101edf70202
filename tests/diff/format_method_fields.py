# str.format field names: automatic and manual numbering, keywords, [index] and .attribute chains.
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ada", age=36), "{0} {name}".format("hi", name="Ada"))
print("{0[0]} {0[2]} {1[k]} {1[é]}".format("abc", {"k": "v", "é": "accent"}))
print("{0[1][0]} {0[2][k][1]}".format([0, [10, 11], {"k": "xy"}]))
print("{[1]} {[0]}".format("ab", "cd"), "{.real} {.imag}".format(5, 7))
print("{0.real.real} {x.imag}".format(3, x=4), "{0[-1]}".format({"-1": "minus one key"}))
print("{0[ ]}".format({" ": "space key"}), "{0[1]}".format({1: "int key"}), "{0[01]}".format({1: "x"}))
print("{00}".format("zero"), "{1}".format(*["a", "b"]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("ab"), "{x!a}".format(x="日"))
print("{{}} {{{0}}} {{0}}".format(5), "}}{{", "{}}}".format(1), "{{{}".format(2))

for template, args in [("{0[x}", ("abc",)), ("{0]}", ("abc",)), ("{0.}", ("abc",)), ("{0[]}", ("abc",)),
                       ("{0[0]x}", ("abc",)), ("{0..x}", (1,)), ("{0.foo}", (3,)), ("{0[5]}", ("abc",)),
                       ("{0[k]}", ({},)), ("{0[0]}", (5,)), ("{a{b}", (1,)), ("{0.__class__}", (1,))]:
    try:
        print(template.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as error:
        print(repr(template), type(error).__name__, error)
