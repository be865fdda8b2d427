def f(path):
    with open(path) as fh, open(path) as (g1, g2):
        data = fh.read()
    with lock:
        pass
    return data
