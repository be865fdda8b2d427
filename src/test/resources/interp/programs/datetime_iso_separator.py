# datetime.fromisoformat finds the date/time separator as CPython does (any character; basic week dates by digit-run parity); combine() takes keywords.
import datetime as d
for s in ['2022W52520', '2026W01516', '2025W01503', '2025W01512', '2025W015', '2025-W01-5T12', '2025W0151230', '2025W01-5', '20250105T12']:
    try:
        print(s, d.datetime.fromisoformat(s))
    except Exception as e:
        print(s, type(e).__name__, e)
try:
    print(d.datetime.combine(date=d.date(2020,1,2), time=d.time(3), tzinfo=d.timezone.utc))
except Exception as e:
    print(type(e).__name__, e)
