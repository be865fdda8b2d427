type A1[T] = {T for c in x}
b = {__p: T for __p in __class__}
