# "RuntimeWarning: coroutine ... was never awaited": CPython warns when the coroutine is freed;
# Ember when the collector has cleared it (gc.collect() makes that certain), at the line that
# created it. Here each coroutine dies on the line that made it, so both agree.
import gc
import sys
import types

async def fetch():
    return 1

def forgets():
    fetch()          # no await: warned once collected
    return "forgot"

print(forgets())
gc.collect()
print("after the first collection", flush=True)
sys.stderr.flush()

class Client:
    async def get(self):
        return 2

Client().get()
gc.collect()
print("method coroutine done", flush=True)
sys.stderr.flush()

# started, closed or thrown into before being freed: no warning
c = fetch()
try:
    c.send(None)
except StopIteration as e:
    print("ran", e.value)
c = fetch()
c.close()
c = fetch()
try:
    c.throw(ValueError("x"))
except ValueError:
    print("thrown into")
del c
gc.collect()
print("no warnings for those", flush=True)
sys.stderr.flush()

# the same line warns once under the default filter (its module's __warningregistry__)
for i in range(3):
    forgets()
gc.collect()
print("loop done", flush=True)
sys.stderr.flush()

# generator-based coroutines: types.coroutine marks the code, await accepts the generator
@types.coroutine
def legacy():
    got = yield "tick"
    return got * 2

async def uses_legacy():
    return await legacy()

print(hex(legacy.__code__.co_flags & 0x100), types.coroutine(legacy) is legacy)
co = uses_legacy()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("result", e.value)

def plain():
    yield 1
print(type(plain()).__name__, plain.__code__.co_flags & 0x100)
gc.collect()

# without gc.collect(): the warning comes once the collector has run (CPython: at once)
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    fetch()
    rounds = 0
    while not log and rounds < 1_000_000:
        garbage = [object() for _ in range(100)]
        rounds += 1
print([(str(w.message), w.category.__name__, w.lineno) for w in log])

# still alive at exit: reported as CPython's finalization reports it, at <sys>:0
kept = fetch()
print("end")
