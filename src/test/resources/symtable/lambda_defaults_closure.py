def f(n):
    return [lambda i=i: i * n for i in range(n)]
