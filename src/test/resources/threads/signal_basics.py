# signal handlers, raise_signal and _thread.interrupt_main: handlers run in the main thread at the
# eval-breaker checks (backward jumps, function entry) or during a blocking wait, which then resumes.
import signal, _thread, threading, time
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
for args in [(), (2,), (2, None), (2, None, 3)]:
    try: signal.default_int_handler(*args)
    except BaseException as e: print(type(e).__name__, e)
for bad in [(0, signal.SIG_DFL), (65, signal.SIG_DFL), (signal.SIGINT, 5), (signal.SIGINT, 'x'), (signal.SIGKILL, signal.SIG_IGN), ('x', 1)]:
    try: signal.signal(*bad)
    except Exception as e: print(type(e).__name__, e)
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append((n, type(f).__name__)))
print(old, signal.getsignal(signal.SIGUSR1) is not None)
signal.raise_signal(signal.SIGUSR1)
print(got)
def h(n, f):
    raise ValueError("from handler %d" % n)
signal.signal(signal.SIGUSR2, h)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print("ValueError", e)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
try:
    _thread.interrupt_main()
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main in the main thread")
# The loops run in functions of their own: CPython's exception table does not cover a loop's
# JUMP_BACKWARD, so a KeyboardInterrupt raised there skips a try in the same function (Ember
# compiles the same table and does the same); from a called function it reaches the caller's try.
def spin(stop):
    while not stop[0]:
        pass
def call_loop(stop):
    def f(): pass
    while True:
        f()
        if stop[0]: break
def busy(stop, go):
    try:
        go.set()
        spin(stop)
        print("not interrupted")
    except KeyboardInterrupt:
        print("KeyboardInterrupt at a backward jump")
def calls(stop, go):
    try:
        go.set()
        call_loop(stop)
        print("not interrupted")
    except KeyboardInterrupt:
        print("KeyboardInterrupt in a loop of calls")
def interrupt_later(stop, go):
    go.wait()
    _thread.interrupt_main()
    time.sleep(5)
    stop[0] = True
for body in (busy, calls):
    stop, go = [False], threading.Event()
    t = threading.Thread(target=interrupt_later, args=(stop, go), daemon=True)
    t.start()
    body(stop, go)
seen = []
signal.signal(signal.SIGINT, lambda n, fr: seen.append(n))
_thread.interrupt_main()
for i in range(3): pass
print(seen)
ev = threading.Event()
def poke():
    ev.wait(); _thread.interrupt_main()
t = threading.Thread(target=poke); t.start()
ev.set(); time.sleep(0.3)
t.join()
print(seen, "sleep resumed after the handler")
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
for i in range(3): pass
print("SIG_IGN: interrupt_main does nothing")
signal.signal(signal.SIGINT, signal.default_int_handler)
_thread.interrupt_main(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, lambda n, f: print("usr1 via interrupt_main", n))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(3): pass
try: _thread.interrupt_main(99)
except Exception as e: print(type(e).__name__, e)
def worker():
    try: signal.signal(signal.SIGINT, signal.SIG_DFL)
    except ValueError as e: print("ValueError", e)
t = threading.Thread(target=worker); t.start(); t.join()
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.Signals(2), signal.Signals.SIGTERM.value, signal.Handlers.SIG_IGN)
print(signal.SIGINT in signal.valid_signals(), type(signal.valid_signals()).__name__, isinstance(signal.SIGINT, int))
