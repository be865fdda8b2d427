# A tiny event loop: tasks, futures, sleeping, gathering, cancellation by throw().
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Cancelled(Exception):
    pass

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
        self.log = []
        self.counter = 0
    def create_task(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append((task, None, None))
        return task
    def sleep(self, delay):
        fut = Future()
        self.counter += 1
        self.timers.append((self.time + delay, self.counter, fut))
        return fut
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                task, value, exc = self.ready.pop(0)
                task.step(value, exc)
            if self.timers:
                self.timers.sort()
                when, _, fut = self.timers.pop(0)
                self.time = when
                fut.set_result(when)

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop, self.coro, self.name = loop, coro, name
    def step(self, value, exc):
        if self.done:
            return
        try:
            if exc is not None:
                waiting_on = self.coro.throw(exc)
            else:
                waiting_on = self.coro.send(value)
        except StopIteration as e:
            self.loop.log.append((self.loop.time, self.name, "done", e.value))
            self.set_result(e.value)
            return
        except Cancelled:
            self.loop.log.append((self.loop.time, self.name, "cancelled"))
            self.set_result(None)
            return
        waiting_on.callbacks.append(lambda fut: self.loop.ready.append((self, fut.result, None)))
    def cancel(self):
        self.loop.ready.append((self, None, Cancelled()))

loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        woke = await loop.sleep(d)
        total += d
        print(f"t={woke} {name} slept {d}")
    return total

async def gather(*tasks):
    return [await t for t in tasks]

async def stubborn():
    try:
        await loop.sleep(100)
    finally:
        print("stubborn cleanup at", loop.time)

async def main():
    a = loop.create_task(worker("a", [1, 3]), "a")
    b = loop.create_task(worker("b", [2, 2]), "b")
    s = loop.create_task(stubborn(), "s")
    results = await gather(a, b)
    print("gathered", results)
    s.cancel()
    async def produce(n):
        for i in range(n):
            await loop.sleep(1)
            yield i * i
    squares = [v async for v in produce(3)]
    print("squares", squares, "at", loop.time)
    return "main result"

loop.create_task(main(), "main")
loop.run()
for entry in loop.log:
    print(entry)
