def f():
    try:
        work()
    except* ValueError as group:
        handle(group)
    finally:
        done = True
    return done
