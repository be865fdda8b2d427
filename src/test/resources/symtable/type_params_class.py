class Box[T]:
    item: T
    def get(self) -> T:
        return self.item

class Mapping[K: (str, bytes), V](dict[K, V], metaclass=Meta):
    def keys(self) -> list[K]:
        return super().keys()

class Private[__U]:
    x: __U
