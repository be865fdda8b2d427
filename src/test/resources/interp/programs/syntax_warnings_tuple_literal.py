# recorded with CPython 3.14: 'is' with a tuple display of constants warns as a tuple literal (flat only)
x = 1
print(x is (1, 'a', None), x is ((1,),), x is (1, (2,)), x is (..., True), x is (1.5j,))
print(x is (b'',), x is (-1,), x is (x,), (1, 2) is x, x is not (), x is 1 + 1, x is -1)
print(x is not (None,), x is [1], x is (1, []))
