def f():
    class C:
        x: [(yield) for y in z]
