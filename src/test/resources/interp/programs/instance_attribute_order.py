# Instance attribute storage (PyHeapObject): insertion order as __dict__ and vars() show it after
# deletions and re-insertions, many attributes (the layout grows past the shared keys),
# materialization of __dict__ followed by more stores, __dict__ and __class__ assignment, and
# __slots__ next to a __dict__.


class C:
    pass


def show(label, obj):
    print(label, list(vars(obj).items()))


o = C()
o.a, o.b, o.c = 1, 2, 3
show("in order", o)
del o.b
o.b = 4
show("b re-added", o)
p = C()
p.c = 1
p.a = 2
show("reverse", p)
q = C()
q.a = 1
q.b = 2
del q.b
del q.a
q.b = 3
q.a = 4
show("both re-added", q)
r = C()
r.a = 1
del r.a
r.c = 2
r.a = 3
r.a = 5           # replacing keeps the position
show("replaced", r)

many = C()
for k in range(40):
    setattr(many, "attr%d" % k, k)
print(len(vars(many)), list(vars(many))[:3], list(vars(many))[-2:])
for k in range(0, 40, 3):
    delattr(many, "attr%d" % k)
many.attr0 = "back"
print(len(vars(many)), list(vars(many))[-1], many.attr1, many.attr38)

m = C()
m.x = 1
d = m.__dict__
m.y = 2            # after materialization the dict is the storage
d["z"] = 3
print(m.z, sorted(vars(m)), d is m.__dict__)
m.x = 10
del m.y
print(d)

n = C()
n.a = 1
n.__dict__ = {"fresh": True}
print(vars(n), hasattr(n, "a"))
n.b = 2
print(vars(n))


class D:
    pass


k = C()
k.one = 1
k.two = 2
k.__class__ = D
k.three = 3
print(type(k).__name__, vars(k))
k.__class__ = C
k.one = "again"
print(type(k).__name__, vars(k))


class S:
    __slots__ = ("s1", "s2", "__dict__")


s = S()
s.s2 = "slot2"
s.extra = "dict"
s.s1 = "slot1"
print(s.s1, s.s2, vars(s))
del s.s1
try:
    s.s1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.s1
except AttributeError as e:
    print("AttributeError:", e)


# A store loop long enough to specialize (STORE_ATTR_INSTANCE_VALUE) and compile, then a layout
# change under it.
def fill(obj, n):
    for i in range(n):
        obj.a = i
        obj.b = i * 2
    return obj.a, obj.b


w = C()
print(fill(w, 1000))
w.__dict__
print(fill(w, 1000), vars(w))
w.__class__ = D
print(fill(w, 1000), type(w).__name__)
del w.a
print(fill(w, 3), vars(w))
