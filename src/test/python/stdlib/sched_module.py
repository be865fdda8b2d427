# sched: ordering by time, priority and entry order, cancel, non-blocking run, queue, errors.
import sched


class Clock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
s.enter(5, 1, log.append, ("five",))
e2 = s.enter(2, 2, log.append, argument=("two-low",))
s.enter(2, 1, log.append, ("two-high",))
s.enterabs(101, 1, lambda **kw: log.append(kw), kwargs={"k": 1})
cancelled = s.enter(3, 1, log.append, ("never",))
s.enter(2, 2, log.append, ("two-low-second",))
print([(e.time, e.priority, e.sequence, e.argument) for e in s.queue])
s.cancel(cancelled)
try:
    s.cancel(cancelled)
except ValueError as e:
    print("ValueError", e)
print(s.empty(), e2.time, e2.priority, e2._fields)
s.run()
print(log, clock.sleeps, s.empty())

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
s.enter(10, 1, print, ("later",))
s.enter(0, 1, print, ("now",))
print(s.run(blocking=False))
print(s.run(False))
clock.now += 10
print(s.run(False), s.run(False))

s = sched.scheduler(clock.time, clock.sleep)
s.enter(0, 1, lambda: 1 / 0)
s.enter(1, 1, print, ("after error",))
try:
    s.run()
except ZeroDivisionError:
    print("error propagated; left:", len(s.queue))
s.run()
print(sched.__all__, sched.Event.time.__doc__)
