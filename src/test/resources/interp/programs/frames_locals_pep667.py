# PEP 667: frame.f_locals is a write-through proxy; locals() is a fresh snapshot in functions
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def func(a, b=2):
    c = 3

    def inner():
        return c

    p = sys._getframe().f_locals
    print(type(p).__name__, sorted(p))
    p["a"] = 10
    p["c"] = 30
    p["extra"] = 5
    print("written through:", a, c, inner(), p["extra"], "extra" in p, len(p))
    print("keys:", list(p), list(p.keys()) == list(p))
    print("values types:", [type(v).__name__ for v in p.values()])
    print("items:", [k for k, v in p.items()])
    print("get:", p.get("a"), p.get("nope"), p.get("nope", "dflt"))
    show("del local:", lambda: p.__delitem__("a"))
    show("del extra:", lambda: p.__delitem__("extra"))
    show("missing:", lambda: p["nope"])
    show("pop:", lambda: p.pop("a"))
    show("clear:", lambda: p.clear())
    print("setdefault:", p.setdefault("c", 0), p.setdefault("fresh", 9), p["fresh"])
    p.update({"b": 77})
    print("update:", b)
    print("eq dict:", p == dict(p), p != {}, type(p | {"q": 1}).__name__, type(p.copy()).__name__)
    snapshot = locals()
    snapshot["c"] = 999
    print("snapshot does not write:", c, locals() is locals(), type(locals()).__name__)
    print("snapshot has extras:", "extra" in snapshot, sorted(snapshot))
    d = 4
    print("new local visible:", "d" in p, p["d"])
    p[1] = "non-str key"
    print("non-str key:", p[1])
    show("constructor:", lambda: type(p)())
    show("constructor bad:", lambda: type(p)(1))
    return p


proxy = func(1)
print("proxy outlives call:", proxy["a"], proxy["d"])


def unbound():
    p = sys._getframe().f_locals
    print("before:", "late" in p)
    late = 1
    print("after:", "late" in p, p["late"])


unbound()


def closures():
    x = 1

    def g():
        nonlocal x
        f = sys._getframe().f_locals
        f["x"] = 42
        return sorted(f)

    print("free var keys:", g(), "x now", x)


closures()


class C:
    a = 1
    print("class locals:", sorted(k for k in locals() if not k.startswith("__")))
    locals()["b"] = 2


print("class body locals write:", C.b)
print("module locals is globals:", locals() is globals())


def comprehension_locals():
    y = 1
    return [sorted(locals()) for _ in range(1)]


print("comprehension:", comprehension_locals())


def method_with_super():
    class A:
        def m(self):
            super()
            return sorted(locals())
    return A().m()


print("__class__ cell:", method_with_super())
