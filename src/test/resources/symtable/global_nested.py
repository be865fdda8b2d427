def outer():
    x = 1
    def inner():
        global x
        x = 2
        def deeper():
            return x
        return deeper
    return inner
