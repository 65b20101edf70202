# Ellipsis and NotImplemented (immediate values in Molt) as values and keys: CPython's
# TypeErrors, default=, skipkeys and the circular check by identity.
import json
for v in [..., NotImplemented, [1, ...], {"a": NotImplemented}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(json.dumps(v, indent=1))
    except TypeError as e:
        print("TypeError", e)
print(json.dumps([..., ...], default=repr))
print(json.dumps({...: 1}, skipkeys=True))
try:
    json.dumps({...: 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([..., [...]], default=lambda o: "dots"))
try:
    json.dumps(..., default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)
