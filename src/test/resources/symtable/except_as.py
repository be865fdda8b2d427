def f():
    try:
        pass
    except ValueError as err:
        return err
    except (TypeError, KeyError) as other:
        pass

try:
    pass
except Exception as e:
    pass
