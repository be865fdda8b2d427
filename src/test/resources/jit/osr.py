# Tier 2 OSR (JitTest runs this with a call threshold no function reaches: only hot loops compile).
import sys

def long_loop(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total, sys._getframe().f_lineno

def small(n):
    t = 0
    for i in range(n):
        t += i
    return t

def raiser(n, fail):
    acc = []
    i = 0
    while i < n:
        acc.append(i)
        i += 1
    if fail:
        raise ValueError(len(acc))
    return len(acc)

def locals_after_loop(n):
    x = "before"
    for i in range(n):
        x = i
    return sorted(sys._getframe().f_locals.items())

def try_in_loop(n):
    hits = 0
    for i in range(n):
        try:
            if i % 1000 == 999:
                raise KeyError(i)
        except KeyError:
            hits += 1
    return hits

print(long_loop(20000))                       # OSR of the entry frame
acc = 0
for k in range(1000):                         # the CALL is specialized: OSR of an inlined frame
    acc += small(10)
print(acc)
for k in range(3):                            # the third call is inlined, gets hot and raises after OSR
    try:
        print(raiser(5000 if k == 2 else 10, k == 2))
    except ValueError as e:
        tb = e.__traceback__
        print("caught", e, tb.tb_lineno, tb.tb_next.tb_lineno)
print(locals_after_loop(10000))
print(try_in_loop(10000))
