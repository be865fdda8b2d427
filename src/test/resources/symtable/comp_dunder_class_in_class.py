class C:
    def m(self):
        return [__class__ for _ in range(1)]
    x = [__class__ for _ in range(1)]
    y = [super for _ in range(1)]
