# A set's iteration order is its hash table's layout, which depends on how it was filled:
# set(iterable), set.update and {*it} add elements one by one (a dict after one presizing);
# a set or frozenset argument is merged table to table; a set display of constants is
# updated from a frozenset constant.
import random

rnd = random.Random(5)
for _ in range(5):
    items = rnd.sample(range(100), rnd.randrange(3, 12))
    s = set()
    for x in items:
        s.add(x)
    u = set([1000])
    u.update(items)
    print(list(s) == list(set(items)), list(set(items)), list(u), list({*items}))
    print(list(set(frozenset(items))), list(frozenset(items)), list(set(dict.fromkeys(items))))
    print(list(set(tuple(items))), list(set(iter(items))))

print({58, 5, 22, 72, 10, 47}, {49, 20, 40, 9, 44}, {7, 40, 11, 44, 80})
print(set([58, 5, 22, 72, 10, 47]), frozenset([58, 5, 22, 72, 10, 47]))
s = {1, 2}
s |= {34, 66, 98}
print(s)
s = set(range(30, 0, -4))
s.update([130, 2, 66])
print(s)
print({"a", "b"} == set("ab"))
