class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return super().hello() + "child"
    def explicit(self):
        return __class__
    def lam(self):
        return lambda: super().hello()
