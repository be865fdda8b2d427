def outer():
    def inner():
        return [(z := i) for i in range(3)]
    return inner
