# molt: cap=time
# The host's clock and local time zone, granted by the capability time.
import time
from datetime import date, datetime, timezone, timedelta

now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, utc.tzinfo, now.year >= 2024, utc.year >= 2024, date.today().year >= 2024)
print(abs(datetime.utcnow() - utc.replace(tzinfo=None)) < timedelta(seconds=5), abs(datetime.today() - now) < timedelta(seconds=5))
print(abs(utc.timestamp() - time.time()) < 5, type(time.localtime()).__name__, time.gmtime().tm_year >= 2024)
print(datetime.fromtimestamp(0) == datetime(1970, 1, 1) + (datetime.fromtimestamp(0) - datetime(1970, 1, 1)))
local = datetime.fromtimestamp(1700000000)
print(local.timestamp(), date.fromtimestamp(1700000000) == local.date(), len(time.strftime("%Y-%m-%d")))
aware = datetime(2024, 3, 10, 12, tzinfo=timezone.utc).astimezone()
print(aware.astimezone(timezone.utc), aware.utcoffset() is not None, datetime(2024, 3, 10, 12).astimezone(timezone.utc).year)
