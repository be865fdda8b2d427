# At exit the interpreter waits for non-daemon threads, then runs atexit callbacks; daemon
# threads are abandoned. interrupt_main() raises KeyboardInterrupt in the main thread.
import _thread
import atexit
import threading
import time

def poke():
    time.sleep(0.1)
    _thread.interrupt_main()
poker = threading.Thread(target=poke)
poker.start()
try:
    time.sleep(5)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
poker.join()  # it may still be finishing after the interrupt: the count below must not race with it

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
