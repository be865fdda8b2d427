@decorator
@a.b(c)
def f(): pass
x = a @ b
