# datetime and time: fields, reprs, arithmetic, aware and naive comparisons, timezones, timestamps
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC

for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(12, 0, tzinfo=timezone.utc), time(12, 0, 0, 5, timezone(timedelta(hours=-3))), time(1, fold=1)]:
    print(repr(t), t, t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold,
          t.utcoffset(), t.tzname(), t.dst(), hash(t) == hash(t.replace()))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, time(7, 8, 9, 123456).isoformat(spec), time(7, 8, 9).isoformat(timespec=spec),
          datetime(2024, 1, 2, 7, 8, 9, 500).isoformat(timespec=spec))

dts = [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4), datetime(2024, 1, 2, 3, 4, 5),
       datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, tzinfo=UTC), datetime(2024, 1, 2, fold=1),
       datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST")),
       datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]
for x in dts:
    print(repr(x), x, x.isoformat(), x.isoformat(sep="_"), x.date(), repr(x.time()), repr(x.timetz()), x.ctime(),
          x.weekday(), x.isocalendar(), x.toordinal(), x.utcoffset(), x.tzname())

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone(timedelta(hours=-5)),
         timezone(timedelta(hours=-5), "EST"), timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(seconds=1)),
         timezone(timedelta(microseconds=-1)), timezone.min, timezone.max, UTC]
for z in zones:
    print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None), z == timezone.utc, hash(z) == hash(timezone(z.utcoffset(None))))
print(timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc, isinstance(UTC, tzinfo), isinstance(UTC, timezone))

ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 3, 10, 14, 5, 9, 123456, tzinfo=UTC)
b = a.astimezone(ist)
print(b, a == b, hash(a) == hash(b), a - b, b - datetime(2024, 3, 10, tzinfo=UTC), a.timestamp(), b.timestamp())
print(b.astimezone(timezone(timedelta(hours=-8))), b.astimezone(UTC), ist.fromutc(a.replace(tzinfo=ist)))
print(a + timedelta(days=1, hours=12), a - timedelta(microseconds=123457), timedelta(weeks=1) + a)
print(datetime(2024, 2, 28, 23, 59, 59) + timedelta(seconds=1), datetime(2024, 3, 1) - timedelta(microseconds=1))
print(datetime(2024, 3, 10) - datetime(2023, 3, 10, 12, 30), datetime(2000, 1, 1) - datetime(2000, 1, 1, 0, 0, 0, 1))
n1, n2 = datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 12, tzinfo=UTC)
print(n1 == n2, n1 != n2, n2 == datetime(2024, 1, 1, 17, 30, tzinfo=ist), n2 < datetime(2024, 1, 1, 17, 31, tzinfo=ist))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=ist), datetime(2024, 1, 1, 7, tzinfo=UTC), datetime(2024, 1, 1, 6, 29, tzinfo=UTC)]))
print(time(12, tzinfo=UTC) == time(17, 30, tzinfo=ist), time(12) == time(12, tzinfo=UTC), time(1) < time(2))
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1700000000.5, ist), datetime.fromtimestamp(-1.25, UTC),
      datetime.fromtimestamp(1e9, tz=timezone(timedelta(hours=-7))), datetime.fromtimestamp(2**31, UTC).timestamp())
print(datetime.combine(date(2024, 5, 6), time(7, 8)), datetime.combine(date(2024, 5, 6), time(7, tzinfo=ist)),
      datetime.combine(date(2024, 5, 6), time(7), UTC), datetime.fromordinal(738000), datetime.fromisocalendar(2024, 2, 3))
print(dts[7].replace(hour=0, tzinfo=None), dts[0].replace(2020, 2, 29, 1, 2, 3, 4, UTC), dts[0].replace(fold=1).fold)
print(datetime.min, datetime.max, datetime.resolution, time.min, time.max, time.resolution)
print(a.timetuple(), b.utctimetuple(), datetime(2024, 1, 1).timetuple().tm_yday)
print({a: 1, b: 2}, len({a, b, n1, n2}))

for f in [lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 60), lambda: datetime(2024, 1, 1, 0, 0, 60),
          lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000), lambda: datetime(2024, 1, 1, fold=2), lambda: datetime(2024, 1, 1, tzinfo=1),
          lambda: time(-1), lambda: time(1, 2, 3, 4, 5), lambda: time(tzinfo="UTC"), lambda: datetime(2024, 1),
          lambda: n1 < n2, lambda: n1 - n2, lambda: time(1) < time(1, tzinfo=UTC), lambda: datetime.max + timedelta(1),
          lambda: datetime.min - timedelta(microseconds=1), lambda: timezone(timedelta(hours=24)),
          lambda: timezone(timedelta(hours=-24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5),
          lambda: UTC.utcoffset(5), lambda: UTC.fromutc(a), lambda: ist.fromutc(date(2024, 1, 1)), lambda: a + a,
          lambda: a - 1, lambda: a.isoformat(timespec="days"), lambda: a.isoformat(sep="ab"), lambda: a.isoformat(sep=1),
          lambda: a.astimezone(5), lambda: datetime.combine(1, time()), lambda: datetime.combine(date.min, 1),
          lambda: datetime.fromtimestamp("0", UTC), lambda: datetime.fromtimestamp(float("nan"), UTC),
          lambda: datetime.fromtimestamp(1e20, UTC), lambda: datetime(2024, 1, 1) < 5, lambda: time(1) < 5,
          lambda: time(1) + timedelta(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
