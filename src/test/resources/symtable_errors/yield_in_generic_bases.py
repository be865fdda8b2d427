def f():
    class C[T](Base[(yield)]): pass
