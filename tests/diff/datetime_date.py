# date: construction, calendar, ordinals, ISO calendar, arithmetic, comparisons, formats
from datetime import date, timedelta, datetime
import datetime as dt

for y, m, d in [(1, 1, 1), (2000, 2, 29), (2023, 12, 31), (2024, 1, 1), (2020, 12, 31), (2021, 1, 3),
                (2026, 12, 7), (9999, 12, 31), (1900, 3, 1), (2015, 12, 31), (2016, 1, 4)]:
    x = date(y, m, d)
    print(repr(x), x, x.year, x.month, x.day, x.weekday(), x.isoweekday(), x.toordinal(), x.ctime())
    print(" ", x.isocalendar(), tuple(x.isocalendar()), x.isocalendar().week, x.isoformat(), hash(x))
    assert date.fromordinal(x.toordinal()) == x
    iy, iw, iday = x.isocalendar()
    print(" ", date.fromisocalendar(iy, iw, iday), x.timetuple())

a = date(2024, 3, 10)
print(a + timedelta(days=30), timedelta(days=-400) + a, a - timedelta(days=1, hours=23), a - date(2000, 1, 1))
print(a + timedelta(hours=47), a.replace(year=2023), a.replace(month=2, day=29) if False else a.replace(month=2))
print(a < date(2024, 3, 11), a == date(2024, 3, 10), a != a, a >= date.min, max(a, date.max), a == 1)
print(date.min, date.max, date.resolution, dt.MINYEAR, dt.MAXYEAR)
print(date(2024, 3, 10) == datetime(2024, 3, 10), date(2024, 3, 10) != datetime(2024, 3, 10))
print(datetime(2024, 3, 10, 12).date() - date(2024, 3, 1))
print({date(2024, 1, 1), date(2024, 1, 1), date(2023, 1, 1)} == {date(2024, 1, 1), date(2023, 1, 1)})
print(sorted([date(2024, 5, 1), date(1999, 1, 1), date(2024, 1, 31)]))
print(date.fromisoformat("2024-03-10"), date.fromisoformat("20240310"), date.fromisoformat("2024-W10"),
      date.fromisoformat("2024-W10-7"), date.fromisoformat("2024W107"), date.fromisoformat("2024W10"))
print(type(a), type(a).__name__, date.__name__, isinstance(a, date), isinstance(datetime(2020, 1, 1), date))
print(date(year=2020, month=5, day=17), date(2020, day=1, month=2))

for f in [lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2023, 2, 29), lambda: date(2023, 13, 1),
          lambda: date(2023, 0, 1), lambda: date(2023, 4, 31), lambda: date(2023, 4, 0), lambda: date(2023),
          lambda: date(2023, 1, 1, 1), lambda: date(2023.0, 1, 1), lambda: date("2023", 1, 1), lambda: date(2**40, 1, 1),
          lambda: date(2023, 1, x=1), lambda: date(2023, 1, 1, day=1), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date(2023, 1, 1) + 1, lambda: date(2023, 1, 1) < 1,
          lambda: date(2023, 1, 1) < datetime(2023, 1, 1), lambda: datetime(2023, 1, 1) > date(2023, 1, 1),
          lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: date.fromisoformat("2024-1-1"),
          lambda: date.fromisoformat("2024-02-30"), lambda: date.fromisoformat(20240101),
          lambda: date.fromisoformat("2024-03-10T00"), lambda: date.fromisocalendar(2024, 53, 1),
          lambda: date.fromisocalendar(2020, 53, 1), lambda: date.fromisocalendar(2024, 1, 8),
          lambda: date.fromisocalendar(0, 1, 1), lambda: a.replace(month=13), lambda: a.replace(day=32),
          lambda: date(2023, 1, 1) - 1]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
