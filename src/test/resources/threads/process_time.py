# time.process_time counts every thread's CPU time; time.thread_time only the caller's.
import threading
import time


def spin():
    start = time.thread_time()
    n = 0
    while time.thread_time() - start < 0.1:
        n += 1


process_start = time.process_time()
thread_start = time.thread_time()
worker = threading.Thread(target=spin)
worker.start()
worker.join()
process_spent = time.process_time() - process_start
thread_spent = time.thread_time() - thread_start
print("process time includes the worker:", process_spent >= 0.1)
print("thread time excludes it:", thread_spent < 0.09)
print("ns clocks agree:", abs(time.process_time_ns() / 1e9 - time.process_time()) < 0.05,
      abs(time.thread_time_ns() / 1e9 - time.thread_time()) < 0.05)
