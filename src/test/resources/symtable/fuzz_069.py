class C1[T]:
    from m import y
