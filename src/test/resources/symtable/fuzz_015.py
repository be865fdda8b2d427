global b
import m.a as a
print([(c := (T + a)) for x in T])
def f1():
    class C2:
        type A3[c] = y
