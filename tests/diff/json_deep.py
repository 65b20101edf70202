# Deep nesting: values as deep as CPython 3.12 handles from module level
# round-trip; deeper ones raise its RecursionError.
import json


def nest(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value


def nest_dict(depth):
    value = 0
    for _ in range(depth):
        value = {"k": value}
    return value


for depth in [10, 100, 500, 990]:
    text = json.dumps(nest(depth))
    back = json.loads(text)
    print(depth, len(text), json.dumps(back) == text, len(json.dumps(nest(depth), indent=1)))
    d = json.dumps(nest_dict(depth))
    print(len(d), json.loads(d) == nest_dict(depth))

for depth in [1496, 1497, 1498, 2000]:
    for label, text in [("array", "[" * depth + "]" * depth), ("object", '{"a":' * depth + "1" + "}" * depth)]:
        try:
            print(depth, label, len(json.dumps(json.loads(text))))
        except RecursionError as e:
            print(depth, label, "RecursionError", e)
    try:
        print(depth, "dumps", len(json.dumps(nest(depth - 1))))
    except RecursionError as e:
        print(depth, "dumps RecursionError", e)

for depth in [995, 996, 997]:
    try:
        print(depth, "indent", len(json.dumps(nest(depth - 1), indent=1)))
    except RecursionError as e:
        print(depth, "indent RecursionError", e)

circular = {"list": []}
circular["list"].append(circular)
try:
    json.dumps(circular, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
wide = [[i, str(i), {"n": i * 0.5}] for i in range(2000)]
print(len(json.dumps(wide)), json.loads(json.dumps(wide)) == wide)
