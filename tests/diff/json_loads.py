# json.loads: the whole grammar, hooks, strict mode and JSONDecodeError.
import json


def show(text, **options):
    try:
        print(repr(text), "->", repr(json.loads(text, **options)))
    except json.JSONDecodeError as e:
        print(repr(text), "JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(repr(text), type(e).__name__, e)


for text in ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '2e-3', '0.0', '1e400',
             '-1e400', '123456789012345678', '1234567890123456789', '-99999999999999999999999', '"x"', '""',
             '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"', '"\\ud834\\udd1e"', '"\\ud834"', '"\\udd1e"',
             '"\\ud834\\u0041"', '"\\ud834x"', '"caf\u00e9 \U0001d11e"', '[]', '{}', '[1, 2, [3, [4]]]',
             ' \t\n\r[ 1 , 2 ]\n ', '{"a": 1, "b": [true, null], "c": {"d": "e"}}', '{"a": 1, "a": 2, "b": 3}',
             'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '1.', '01', '-', '.5', '1e', '1e+', '1.5e',
             '', ' ', '[', ']', '[1,]', '[1 2]', '[1,', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}', '{"a":1',
             '{1: 2}', "{'a': 1}", '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\ud834\\uzzzz"', '"a\tb"',
             '"a\nb"', 'nul', 'tru', 'fals', 'nan', 'inf', '[1] x', '1 2', '\ufeff1', 'Infinit', '-Inf',
             '[\n  1,\n  2,\n  x\n]', '{\n"a": 1,\n"b" 2}', '"\u00e9\u00e9" x', '["\u4e2d", 1, oops]',
             '\u00e9', '"\\']:
    show(text)

show('"a\tb\nc"', strict=False)
show('["\x00"]', strict=False)
show('"a\tb"', strict=0)
show('[1.5, 2]', parse_float=lambda s: "F" + s)
show('[1, 2.0]', parse_int=lambda s: int(s) * 10)
show('[1, 2.0]', parse_int=float, parse_float=float)
show('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower())
show('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
show('{"a": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs)
show('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list, object_hook=dict)
show('{}', object_hook=lambda d: "empty")
show(b'{"a": [1, 2]}')
show(bytearray(b'[true]'))
show(b'\xef\xbb\xbf["sig"]')
show(b'"\xc3\xa9"')
show(b'[1] x')
try:
    raise json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
except ValueError as e:
    print(type(e).__name__, e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__name__)
records = json.loads('[{"key": 1, "k\\u0065y2": 2}, {"key": 3, "key2": 4}]')
first, second = list(records[0]), list(records[1])
print(first, second, first[0] is second[0], first[0] == second[0], first[1] == second[1])
