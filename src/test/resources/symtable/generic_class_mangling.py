class C[__T](__Base[__T]):
    __x = 1
