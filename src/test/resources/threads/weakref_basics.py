import weakref, gc

class A:
    def __init__(self, n=0):
        self.n = n
    def m(self):
        return self.n
    def __repr__(self):
        return "A(%d)" % self.n

a = A(1)
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), r is weakref.ref(a), r.__callback__, hash(r) == hash(a))
print(repr(r).split(";")[1].split(" at ")[0])
events = []
def cb(wr):
    events.append(("cb", wr is r2, wr() is None))
r2 = weakref.ref(a, cb)
print(r2.__callback__ is cb, r2 is not r, r2 == r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
p = weakref.proxy(a)
print(p.n, p.m(), repr(p).split(";")[1].split(" at ")[0], type(p).__name__, str(p))
p.n = 5
print(a.n, weakref.getweakrefcount(a))
h = hash(r)
del a
gc.collect()
print(r(), r2(), events, r2.__callback__, repr(r).split(";")[1])
print(hash(r) == h, r == r, r != r2)
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
dead = weakref.ref(A())
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

for x in [1, 'a', (1,), [1], {}, None, 1.5]:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)
class L(list): pass
class I(int): pass
class T(tuple): pass
def f(): pass
for x in [L(), I(1), T(), set(), frozenset(), len, A, gc, f]:
    try:
        weakref.ref(x)
        print('ok', type(x).__name__)
    except TypeError as e:
        print(e)

# a callback that raises is reported, not propagated
def bad(wr):
    raise ValueError("in callback")
b = A(2)
rb = weakref.ref(b, bad)
del b
gc.collect()
print("after bad callback")

# callable proxies
cp = weakref.proxy(f)
print(type(cp).__name__, cp(), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

# WeakValueDictionary
objs = [A(i) for i in range(4)]
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wvd[i] = o
print(len(wvd), sorted(wvd.keys()), wvd[2], wvd.get(9, 'none'), 3 in wvd, repr(wvd).startswith("<WeakValueDictionary at 0x"))
del objs[3], o
gc.collect()
print(len(wvd), sorted(wvd), 3 in wvd)
try:
    wvd[3]
except KeyError as e:
    print("KeyError", e)
print(sorted(wvd.items(), key=lambda kv: kv[0]), wvd.pop(0), len(wvd), wvd.setdefault(1, None))

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = A(10), A(11)
wkd[k1] = "one"; wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd, 5 in wkd, sorted(wkd.values()))
del k2
gc.collect()
print(len(wkd), list(wkd.keys()), list(wkd.items()))

# WeakSet
ws = weakref.WeakSet()
s1, s2 = A(20), A(21)
ws.add(s1); ws.add(s2); ws.add(s1)
print(len(ws), s1 in ws, 3 in ws, sorted(x.n for x in ws))
del s2
gc.collect()
print(len(ws), [x.n for x in ws])
ws.discard(s1); print(len(ws))

# WeakMethod
obj = A(30)
wm = weakref.WeakMethod(obj.m)
print(wm()(), wm() == obj.m)
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError:", e)
del obj
gc.collect()
print(wm())

# finalize
fin_log = []
target = A(40)
fz = weakref.finalize(target, fin_log.append, "finalized")
print(fz.alive, fz.peek()[1] is fin_log.append, fz.atexit)
del target
gc.collect()
print(fin_log, fz.alive, fz())
t2 = A(41)
fz2 = weakref.finalize(t2, fin_log.append, "called early")
print(fz2(), fz2(), fin_log, fz2.alive)
t3 = A(42)
fz3 = weakref.finalize(t3, print, "never")
print(fz3.detach()[0] is t3, fz3.alive)
keep = A(43)
weakref.finalize(keep, print, "finalized at exit", 43)
weakref.finalize(A(44), print, "dead before exit")
gc.collect()

print(gc.isenabled(), gc.get_threshold(), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"))
gc.disable(); print(gc.isenabled()); gc.enable()
gc.set_threshold(100, 5, 5); print(gc.get_threshold())
print(isinstance(gc.collect(), int), gc.garbage, gc.callbacks)
print("end of main")
