def f(): pass
f.calls = 0
f.calls += 1
print(f.calls, f.__dict__, getattr(f, "missing", "none"))
del f.calls
print(f.__dict__, hasattr(f, "calls"))
try:
    del f.calls
except AttributeError as e:
    print(e)
f.__dict__ = {"x": 1}
print(f.x)
try:
    f.__dict__ = 3
except TypeError as e:
    print(e)
