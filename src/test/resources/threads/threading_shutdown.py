# At exit the interpreter waits for non-daemon threads, then runs atexit callbacks; daemon
# threads are abandoned. interrupt_main() raises KeyboardInterrupt in the main thread.
import _thread
import atexit
import threading
import time

# The poke comes only once the main thread is inside the try: the outcome must not depend on
# how the threads are scheduled.
inside_try = threading.Event()
def poke():
    inside_try.wait()
    _thread.interrupt_main()
poker = threading.Thread(target=poke)
poker.start()
try:
    inside_try.set()
    for _ in range(500):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
poker.join()

atexit.register(print, "atexit runs after the non-daemon threads")

def slow_worker():
    time.sleep(0.2)
    print("non-daemon thread finished")

def forever():
    time.sleep(30)
    print("daemon thread must not print")

threading.Thread(target=slow_worker).start()
threading.Thread(target=forever, daemon=True).start()
print("main body done", threading.active_count())
raise SystemExit(3)
