# NaNs of either sign (inf - inf is a negative NaN on x86) are floats wherever
# they go: arithmetic, formatting, containers.
x = float("nan")
y = -x
z = -float("nan")
w = float("-nan")
inf = float("inf")
d = inf - inf
for v in [x, y, z, w, d, -d, abs(y), y * 2.0, 0.0 * y]:
    print(v, f"{v:+}", f"{v:+.3f}", f"{v:e}", repr(v), v == v, v != v)
print([y, z], (w,), {"k": -x})
