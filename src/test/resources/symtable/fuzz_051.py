x: (lambda c: b) = (b + y)
__p = (lambda __p: f3(x))
y: f3(T) = T
