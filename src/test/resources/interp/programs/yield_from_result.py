class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("v")
        return self.n
def g():
    r = yield from It()
    print("result", r)
print(list(g()))
class Aw:
    def __await__(self): return It()
async def c():
    print("await result", await Aw())
co = c()
try:
    while True: print("yielded", co.send(None))
except StopIteration: pass
