# Reduced from pyfuzz seed 75: a float power that overflows raises OverflowError(34, strerror), two args.
try:
    x = 10.0 ** 400
except OverflowError as e:
    print(repr(e), e.args, str(e))
try:
    x = 2.5 ** 10000
except Exception as e:
    print(repr(e), e.args)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(repr(e), e.args)
