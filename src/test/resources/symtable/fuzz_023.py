y: __p = f3(b)
