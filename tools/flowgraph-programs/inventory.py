"""A small inventory system: classes, properties, exceptions, comprehensions, sorting."""
import json
from collections import defaultdict


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item)
        self.item = item
        self.wanted = wanted
        self.have = have


class Item:
    __slots__ = ("name", "price", "count")

    def __init__(self, name, price, count=0):
        self.name = name
        self.price = price
        self.count = count

    @property
    def value(self):
        return self.price * self.count

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.count})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, price, count=1):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item(name, price)
        elif item.price != price:
            raise ValueError(name)
        item.count += count
        self.log.append(("add", name, count))
        return item

    def take(self, name, count=1):
        try:
            item = self.items[name]
        except KeyError:
            raise OutOfStock(name, count, 0) from None
        if item.count < count:
            raise OutOfStock(name, count, item.count)
        item.count -= count
        if not item.count:
            del self.items[name]
        self.log.append(("take", name, count))

    def total(self):
        return sum(item.value for item in self.items.values())

    def by_price(self, reverse=False):
        return sorted(self.items.values(), key=lambda i: (i.price, i.name), reverse=reverse)

    def report(self):
        groups = defaultdict(list)
        for item in self.items.values():
            bucket = "cheap" if item.price < 10 else "mid" if item.price < 100 else "dear"
            groups[bucket].append(item.name)
        return {k: sorted(v) for k, v in groups.items() if v}

    def dump(self):
        return json.dumps([[i.name, i.price, i.count] for i in self.by_price()])


def simulate(orders):
    inv = Inventory()
    failures = 0
    for kind, name, *rest in orders:
        try:
            if kind == "add":
                inv.add(name, *rest)
            elif kind == "take":
                inv.take(name, *rest)
            else:
                continue
        except OutOfStock as e:
            failures += 1
            if e.have == 0 and failures > 3:
                break
        except ValueError:
            failures += 1
        finally:
            pass
    return inv.total(), failures, inv.report()
