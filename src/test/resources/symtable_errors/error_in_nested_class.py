class A:
    class B:
        def m(self):
            y = 1
            global y
