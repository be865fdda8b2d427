class A:
    def m(self):
        def helper():
            return super()
        return [super() for _ in range(1)]
