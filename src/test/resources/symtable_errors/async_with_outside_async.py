def f():
    async with g() as x:
        pass
