# molt: cap=time
# The clocks under the capability `time`, checked for sanity without printing times.
import time
from time import perf_counter_ns

t0 = time.time()
n0 = time.time_ns()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
time.sleep(0)
m1 = time.monotonic()
p1 = time.perf_counter()
print(t0 > 1.6e9, abs(n0 / 1e9 - t0) < 5, type(n0).__name__, type(t0).__name__)
print(m1 - m0 >= 0.015, p1 - p0 >= 0.015, p1 >= p0)
print(time.monotonic_ns() >= 0, perf_counter_ns() > 0, time.process_time() >= 0, type(time.process_time_ns()).__name__)
for bad in (-1, -0.5, "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
