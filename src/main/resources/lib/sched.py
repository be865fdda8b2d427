"""A general-purpose event scheduler (Ember's sched).

A scheduler runs actions at given times on the clock it was made with (time.monotonic by
default), waiting with its delay function (time.sleep by default). Events with equal times run
in priority order (lower first), then in the order they were entered. Safe to use from several
threads; run() itself is not reentrant across threads in a useful way (as in CPython).
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = ("Numeric type compatible with the return value of the\n"
                      "timefunc function passed to the constructor.")
Event.priority.__doc__ = ("Events scheduled for the same time will be executed\n"
                          "in the order of their priority.")
Event.sequence.__doc__ = ("A continually increasing sequence number that\n"
                          "    separates events if time and priority are equal.")
Event.action.__doc__ = "Executing the event means executing\naction(*argument, **kwargs)"
Event.argument.__doc__ = ("argument is a sequence holding the positional\n"
                          "arguments for the action.")
Event.kwargs.__doc__ = ("kwargs is a dictionary holding the keyword\n"
                        "arguments for the action.")

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """timefunc() returns the current time; delayfunc(seconds) waits that long."""
        self._queue = []     # a heap of Events: (time, priority, sequence) decides the order
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at the absolute time; returns the Event
        (which cancel() accepts)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Like enterabs(), at delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True if no events are scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs events as their times come until the queue is empty.

        With blocking=False, runs the events that are due and returns the time until the next
        one (None when the queue is empty). An action's exception propagates, leaving the later
        events scheduled. Other threads may add or cancel events meanwhile.
        """
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                event = queue[0]
                now = timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return event.time - now
                delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)  # let other threads run between events

    @property
    def queue(self):
        """The scheduled events, in the order they will run (a new list)."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
