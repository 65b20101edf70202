# time.gmtime, time.strftime and time.struct_time over explicit times (no capability needed)
import time

for t in [0, 1, -1, 86399.9, 951782400, 1700000000, 2**31, -2**31, 253402300799, 1e9 + 0.5]:
    s = time.gmtime(t)
    print(s, s.tm_year, s[1], s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst, len(s))
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %V %G %u %w %y %C %p %I %e %c %x %X %D %F %T %%", s))
s = time.gmtime(1700000000)
year, month, *rest = s
print(year, month, rest, tuple(s), s == tuple(s), s[:3], s[-1], type(s).__name__, isinstance(s, tuple))
print(time.strftime("%Y %f %:z %Q", (2024, 3, 10, 1, 2, 3, 6, 70, 0)), time.strftime("%d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.struct_time((2024, 3, 10, 1, 2, 3, 6, 70, -1)), time.strftime("%H", time.struct_time((2024, 3, 10, 1, 2, 3, 6, 70, -1))))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["0", float("nan"), 1e20]:
    try:
        print(time.gmtime(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
