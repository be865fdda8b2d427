from collections import deque
import copy
import pickle

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

def catch(function, *args):
    try:
        function(*args)
    except Exception as e:
        return e

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)), d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(100)
print(d, d.count(5), d.index(5), d.index(1, 2) if 1 in list(d)[2:] else "-", 5 in d, 99 in d)
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
d[0] = "first"
del d[1]
print(d)
d.reverse()
print(d)
e = d.copy()
e.clear()
print(e, d == d.copy(), d is not d.copy())
attempt("pop empty", deque().pop)
attempt("popleft empty", deque().popleft)
attempt("index out of range", d.__getitem__, 50)
attempt("neg index out of range", d.__getitem__, -50)
attempt("set out of range", d.__setitem__, 50, 1)
attempt("del out of range", d.__delitem__, 50)
# deque.remove/index's "not found" messages changed in 3.14: collections_deque_messages_py314.py
attempt("remove missing type", lambda: type(catch(d.remove, "zz")).__name__)
attempt("index missing type", lambda: type(catch(d.index, "zz")).__name__)
attempt("index range type", lambda: type(catch(deque([1, 2, 1]).index, 1, 1, 2)).__name__)
print(d)
print(deque([1, 2, 1]).index(1, 1), deque([1, 2, 1]).index(1, -1), deque("abc").index("c", -5, 100))
attempt("str index", lambda: d["x"])
attempt("slice", lambda: d[0:1])
attempt("rotate str", d.rotate, "x")
attempt("not iterable", deque, 1)

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5)
print(m)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
m.extendleft([20])
print(m)
attempt("insert full", m.insert, 0, 1)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3])
print(z, len(z))
attempt("negative maxlen", deque, [], -1)
attempt("str maxlen", deque, [], "x")
print(deque([1], maxlen=None), deque(maxlen=2), deque("ab", 2), deque(iterable=[1]))

# comparisons and arithmetic
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]),
      deque() <= deque(), deque([1]) >= deque([1, 0]), deque([1]) != deque([2]))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1]) * 0, deque([1, 2], maxlen=3) * 2)
g = deque([1])
g += [2, 3]
g *= 2
print(g)
g *= -1
print(g)
h = deque([1, 2])
h += h
print(h)
h.extend(h)
print(h)
h.extendleft(h)
print(h)
print(deque([1, 2], maxlen=2) + deque([3]), (deque([1], maxlen=2) + deque([3])).maxlen)
print(hasattr(deque, "__hash__") and deque.__hash__ is None)
print(copy.copy(deque([1, [2]], maxlen=5)), copy.deepcopy(deque([[1]])), pickle.loads(pickle.dumps(deque([1, 2], maxlen=4))))
mutate = deque([1, 2, 3])
def during():
    for item in mutate:
        mutate.append(item)
attempt("mutation during iteration", during)
mutate2 = deque([1, 2, 3])
def during_pop():
    for item in mutate2:
        mutate2.pop()
attempt("pop during iteration", during_pop)
r = deque()
r.append(r)
print(r)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(500):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], big[500], sum(big))
big.rotate(123)
print(big[0], big[-1])
class Sub(deque):
    pass
s = Sub([1, 2], maxlen=4)
print(s, type(s.copy()).__name__, s.copy().maxlen, type(s + deque([3])).__name__ if False else "-", bool(Sub()), bool(s))
print(deque[int], deque("hello").count("l"), deque([1.0]).count(1))
dd = deque([1, 2, 3])
dd.__init__([7, 8])
print(dd)
print(list(deque(range(10), maxlen=4)), deque(range(3)) == deque(range(3), maxlen=5))
