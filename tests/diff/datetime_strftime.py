# strftime / strptime / fromisoformat with the C locale, as CPython 3.12 on Linux
from datetime import date, time, datetime, timedelta, timezone

ist = timezone(timedelta(hours=5, minutes=30), "IST")
values = [datetime(2024, 1, 7, 0, 5, 9, 42), datetime(2023, 12, 31, 12, 0, 0, 999999, tzinfo=timezone.utc),
          datetime(2021, 1, 3, 23, 59, 1, tzinfo=ist), datetime(5, 6, 7, 13, 14, 15),
          datetime(1999, 2, 28, 11, 59, 59, tzinfo=timezone(timedelta(hours=-3, seconds=-5, microseconds=-7)))]
directives = "a A b B c C d D e f F g G h H I j k l m M n p P r R S t T u U V w W x X y Y z :z Z % Q -d -m _H 0e ^a ^B".split()
for v in values:
    for d in directives:
        print(d, repr(v.strftime("%" + d)), end="; ")
    print()
print(date(2024, 3, 10).strftime("%Y-%m-%d %H:%M:%S %z|%Z|%f %j"), time(9, 8, 7, 6, ist).strftime("%H %M %S %f %z %Z %Y %j"))
print(f"{datetime(2024, 3, 10, 8):%A, %d %B %Y at %I%p}", format(date(2024, 3, 10), "%x"), "{:%X}".format(time(1, 2, 3)))
print(repr(datetime(2024, 3, 10).strftime("")), datetime(2024, 3, 10).strftime("100%% %"), format(time(1), ""))

for text, fmt in [("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"), ("10/03/24", "%d/%m/%y"), ("10/03/69", "%d/%m/%y"),
                  ("Sunday, 10 March 2024", "%A, %d %B %Y"), ("sun mar 10 2024", "%a %b %d %Y"),
                  ("2:05:09 pm", "%I:%M:%S %p"), ("12:00 AM", "%I:%M %p"), ("12:00 pm", "%I:%M %p"),
                  ("2024-03-10T14:05:09.5+05:30", "%Y-%m-%dT%H:%M:%S.%f%z"), ("20240310 1405 -0800", "%Y%m%d %H%M %z"),
                  ("2024 070", "%Y %j"), ("2024 10 0", "%Y %U %w"), ("2024 10 1", "%Y %W %u"), ("2024 10 3", "%G %V %u"),
                  ("Z", "%z"), ("+01:30:15.25", "%z"), ("UTC 12", "%Z %H"), ("gmt+0000", "%Z%z"), ("  7  8", "%d %m"),
                  ("Sun Mar 10 14:05:09 2024", "%c"), ("03/10/24", "%x"), ("14:05:09", "%X"), ("5", "%H"), ("2024", "%Y"),
                  ("100%", "%Y%%"), ("1.2.3", "%d.%m.%y"), ("(1)", "(%d)"), ("2024-02-29", "%Y-%m-%d"), ("Feb 29", "%b %d"),
                  ("2024 0 0", "%Y %U %w"), ("1900 52 6", "%Y %W %w")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError", e)
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("x", "%Y"), ("2024x", "%Y"), ("2024", "%Q"),
                  ("2024", "%"), ("2024", "%Y%"), ("1", "%d %"), ("2024 10", "%G %V"), ("2024 10 1", "%Y %V %u"),
                  ("10 1", "%V %u"), ("2024 1 1", "%G %j %u"), ("+01:3015", "%z"), ("12", "%e"), ("24", "%H")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: datetime.strptime(1, "%Y"), lambda: datetime.strptime("1", 1), lambda: date(2024, 1, 1).strftime(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

for s in ["2024-03-10", "2024-03-10T14", "2024-03-10T14:05", "2024-03-10 14:05:09", "2024-03-10T14:05:09.1",
          "2024-03-10T14:05:09.123456789", "2024-03-10T14:05:09,5", "2024-03-10T140509", "20240310T140509Z",
          "2024-03-10T14:05:09+05:30", "2024-03-10T14:05-0800", "2024-03-10T14:05:09.5+05:30:15.25", "2024-W10-1T12",
          "2024W101T1200", "2024-W10T01", "2024-03-10X14:05", "2024-03-10T14:05:09Z", "2024-03-10T", "2024-03-10T1",
          "2024-03-10T14:5", "2024-03-1", "2024-03-10T14:05:09.", "2024-03-10T25:00", "2024-03-10T14:05:09+24:00",
          "2024-03-10T14:05:09+00:00", "", "2024", "2024-03-10T14:05:09ZZ", "2024-03-10T14:05:09 ", "2024-03-10T14::05"]:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
for s in ["14", "14:05", "1405", "14:05:09", "140509", "14:05:09.25", "T14:05", "14:05Z", "14:05:09-03:00",
          "14:05:09.000001+00:00", "24:00", "14:05:09.", "14-05", "", "T", "14:60", "1:05", "14:05:09.1234567"]:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: datetime.fromisoformat(5), lambda: time.fromisoformat(b"12")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(datetime.fromisoformat(datetime(2024, 3, 10, 1, 2, 3, 4, ist).isoformat()) == datetime(2024, 3, 10, 1, 2, 3, 4, ist))
