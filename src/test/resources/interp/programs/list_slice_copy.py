# list[slice] copies only the selected items; bounds whose __index__ changes the list are
# resolved against the list as it is afterwards.
a = list(range(20))
print(a[:], a[3:7], a[-3:], a[::2], a[::-1], a[5:2], a[5:2:-1], a[100:], a[-100:2], a[1:-1:3], a[::-7])
b = a[2:5]
b.append("x")
print(a[:6], b, a[0:0], [][:], [][::-1])

class Shrinker:
    def __init__(self, target, value):
        self.target = target
        self.value = value
    def __index__(self):
        del self.target[10:]
        return self.value

c = list(range(30))
print(c[Shrinker(c, 5):], len(c))
d = list(range(30))
print(d[2:Shrinker(d, 25)], len(d))
e = list(range(30))
print(e[::Shrinker(e, -3)])
try:
    a[::0]
except ValueError as err:
    print("ValueError", err)
try:
    a["x":]
except TypeError as err:
    print("TypeError", err)
