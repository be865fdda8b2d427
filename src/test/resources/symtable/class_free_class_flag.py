def outer():
    name = "o"
    class C:
        name = "c"
        def m(self):
            return name
        other = name
    return C
