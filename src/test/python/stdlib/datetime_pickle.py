# datetime objects through pickle (every protocol, byte-exact) and copy
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


class FixedZone(tzinfo):
    def __init__(self, minutes=0, name='FZ'):
        self.minutes = minutes
        self.name = name

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f'FixedZone({self.minutes}, {self.name!r})'


values = [timedelta(0), timedelta(1, 2, 3), timedelta(-5, microseconds=7), date(2020, 2, 29), date.min, date.max,
          time(), time(1, 2, 3, 4), time(23, 59, fold=1), time(12, tzinfo=UTC), datetime(2020, 5, 17, 3, 4, 5, 60),
          datetime(1, 1, 1), datetime(2021, 11, 7, 1, 30, fold=1), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5), 'EST')),
          UTC, timezone(timedelta(minutes=90)), timezone(timedelta(0), 'Zulu'), datetime(2020, 1, 1, tzinfo=FixedZone(30))]
for value in values:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value if not isinstance(value, tzinfo) or isinstance(value, timezone) else True
        extra = ''
        if isinstance(back, (time, datetime)):
            extra = (back.fold, back.tzinfo if not isinstance(back.tzinfo, FixedZone) else back.tzinfo.__dict__)
        print(proto, repr(value), ascii(data)[:150], same, type(back).__name__, extra)
print(pickle.loads(pickle.dumps(UTC, 2)) is UTC)
for value in values:
    print(repr(copy.copy(value)), repr(copy.deepcopy(value)) == repr(value))
print(date(2020, 1, 1).__reduce_ex__(2), time(1, fold=1).__reduce_ex__(3), time(1, fold=1).__reduce_ex__(4))
print(date(b'\x07\xe4\x01\x01'), datetime(b'\x07\xe4\x81\x01\x00\x00\x00\x00\x00\x00').fold, time(b'\x81\x00\x00\x00\x00\x05', UTC))
