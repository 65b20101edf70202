# math functions of one float: results and errors over many inputs,
# including signed zeros, infinities, NaN, subnormals, huge ints and bools.
import math


def show(label, f, *args):
    try:
        print(label, args, repr(f(*args)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, args, type(e).__name__, e)


inf = math.inf
nan = math.nan
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0.1, 1e-300, 5e-324, -5e-324,
          2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308, 709.0, 710.0,
          -745.0, -746.0, 3.141592653589793, 1e16, 123.456, -7.25, 0.9999999999999999,
          1.0000000000000002, inf, -inf, nan, 0, 1, -1, 7, 10 ** 20, -(10 ** 20), True, False]

functions = [
    ("sqrt", math.sqrt), ("exp", math.exp), ("exp2", math.exp2), ("expm1", math.expm1),
    ("log1p", math.log1p), ("sin", math.sin), ("cos", math.cos), ("tan", math.tan),
    ("asin", math.asin), ("acos", math.acos), ("atan", math.atan), ("sinh", math.sinh),
    ("cosh", math.cosh), ("tanh", math.tanh), ("asinh", math.asinh), ("acosh", math.acosh),
    ("atanh", math.atanh), ("fabs", math.fabs), ("cbrt", math.cbrt), ("degrees", math.degrees),
    ("radians", math.radians), ("erf", math.erf), ("erfc", math.erfc), ("gamma", math.gamma),
    ("lgamma", math.lgamma), ("isfinite", math.isfinite), ("isinf", math.isinf),
    ("isnan", math.isnan), ("ulp", math.ulp), ("frexp", math.frexp), ("modf", math.modf),
]
for name, f in functions:
    for x in values:
        show(name, f, x)

# constants
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.isnan(math.nan))

# direct calls (method-style through the module)
print(math.sqrt(2), math.sqrt(10 ** 30), math.exp(1), math.sin(1), math.cos(1))
print(math.atan(1) * 4, math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
