import contextvars as cv
import threading

print(cv.__all__)
v = cv.ContextVar('v'); w = cv.ContextVar('w', default=5)
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0], v.name)
try:
    v.get()
except LookupError as e:
    print("LookupError", e.args[0] is v)
print(v.get(3), w.get(), w.get(7))
t = v.set(1)
print(repr(t).split(' at ')[0].split(' var=')[0], t.var is v, t.old_value, cv.Token.MISSING, t.old_value is cv.Token.MISSING)
ctx = cv.copy_context()
print(type(ctx), len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w), ctx.get(w, 'd'), ctx.get(v))
print(list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 1)], list(ctx) == [v])
v.reset(t)
print(v.get('gone'))
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var='), str(e).endswith('has already been used once'))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
w.reset(t2)

def f(x, k=0):
    v.set(x + k)
    return v.get()
print(ctx.run(f, 9, k=1), ctx[v], v.get(3))
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print(str(e).startswith('cannot enter context: <_contextvars.Context object at'), str(e).endswith('is already entered'))
try:
    ctx[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
t3 = ctx.run(lambda: v.set(10))
try:
    v.reset(t3)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
try:
    cv.ContextVar(1)
except TypeError as e:
    print(e)
try:
    cv.Context()[1]
except TypeError as e:
    print(e)
try:
    hash(cv.Context())
except TypeError as e:
    print(e)
print(cv.Context() == cv.Context(), ctx == ctx.copy(), ctx == cv.Context(), len(cv.Context()))
print(cv.ContextVar.__module__, cv.Context.__module__, type(t).__module__)

# copies are independent
c1 = cv.copy_context()
c1.run(v.set, 'in c1')
print(c1[v], v.get('outside'))

# each new thread starts with an empty context
v.set('main')
seen = []
def in_thread():
    seen.append(v.get('empty in thread'))
    v.set('thread')
    seen.append(v.get())
th = threading.Thread(target=in_thread); th.start(); th.join()
print(seen, v.get())
# a thread can run in a given context
snap = cv.copy_context()
th = threading.Thread(target=lambda: seen.append(snap.run(v.get))); th.start(); th.join()
print(seen[-1])
