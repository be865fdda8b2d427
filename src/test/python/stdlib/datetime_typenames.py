# datetime's types are C types in CPython: messages name them 'datetime.date' (tp_name)
from datetime import date, datetime, time, timedelta
for expr in ["timedelta(1) + 1", "date(2020,1,1) + 1", "time(1) + timedelta(1)",
             "date(2020,1,1) < datetime(2020,1,1)", "date(2020,1,1) < 1", "timedelta(1) * 'a'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '!!', e)
