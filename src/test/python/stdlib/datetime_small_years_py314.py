# 3.14: strftime pads years below 1000 to four digits (%Y, %G, %F); 24:00 in fromisoformat
import datetime as D
print(D.date(5, 1, 1).strftime('%Y-%m-%d %G %F %C'), D.datetime(999, 12, 31, 23).strftime('%Y|%F|%H'))
print(D.date(2020, 1, 1).strftime('%Y %G %F'), D.date(1, 1, 1).strftime('%Y %G'))
for s in ['2020-01-01T24:00:00', '2020-01-01T24:00', '2020-12-31T24:00:00', '2020-01-01T24:00:01']:
    try:
        print(s, repr(D.datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
print(D.date.strptime('2020 5', '%Y %j'), D.time.strptime('10:11', '%H:%M'))
