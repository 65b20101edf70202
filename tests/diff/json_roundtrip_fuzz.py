# Generated values (a fixed linear congruential sequence) through dumps with
# many option sets, loads back, and loads of damaged texts: every output and
# error message compared with CPython's.
import json

state = 12345


def next_int(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


ALPHABET = ["a", "Z", "0", " ", '"', "\\", "/", "\n", "\t", "\x01", "\x7f", "\u00e9", "\u20ac", "\U0001f600",
            "\u2028", "\x00"]


def make_string():
    return "".join(ALPHABET[next_int(len(ALPHABET))] for _ in range(next_int(6)))


def make_value(depth):
    kind = next_int(10 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return next_int(2) == 1
    if kind == 2:
        return next_int(2000000) - 1000000
    if kind == 3:
        return (next_int(2000000) - 1000000) / (next_int(999) + 1) * 10.0 ** (next_int(40) - 20)
    if kind == 4:
        return make_string()
    if kind == 5:
        return 10 ** next_int(40) * (next_int(3) - 1)
    if kind in (6, 7):
        return [make_value(depth + 1) for _ in range(next_int(5))]
    if kind == 8:
        return tuple(make_value(depth + 1) for _ in range(next_int(3)))
    result = {}
    for _ in range(next_int(5)):
        key_kind = next_int(4)
        if key_kind == 0:
            key = next_int(100)
        elif key_kind == 1:
            key = next_int(100) / 8
        else:
            key = make_string()
        result[key] = make_value(depth + 1)
    return result


OPTIONS = [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": "\t", "ensure_ascii": False},
           {"indent": 0, "separators": (" ,", " : ")}, {"allow_nan": False}]

for case in range(120):
    value = make_value(0)
    for options in OPTIONS:
        try:
            text = json.dumps(value, **options)
        except (TypeError, ValueError) as e:
            print(case, "dumps", type(e).__name__, e)
            continue
        print(case, text)
        back = json.loads(text)
        again = json.dumps(back, **options)
        if again != text:
            print(case, "round trip differs", again)
    text = json.dumps(value)
    if len(text) > 2:
        cut = next_int(len(text))
        damaged = [text[:cut], text[:cut] + text[cut + 1:], text[:cut] + "}" + text[cut:],
                   text[:cut] + "," + text[cut:], text[:cut] + "\x02" + text[cut:]]
        for bad in damaged:
            try:
                print(case, "loads", repr(json.loads(bad)))
            except json.JSONDecodeError as e:
                print(case, "JSONDecodeError", e)
            except ValueError as e:
                print(case, "ValueError", e)
