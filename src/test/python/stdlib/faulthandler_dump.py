# faulthandler: the dump format, argument checks, dump_traceback_later
import faulthandler, io, os, re, signal, sys, tempfile, threading, time

THIS = os.path.basename(__file__)


def show(text):
    # thread idents and the library's own frames differ between implementations
    for line in text.splitlines():
        line = re.sub(r'0x[0-9a-f]{16}', '0xIDENT', line)
        if line.startswith('  File ') and THIS not in line:
            continue
        line = re.sub(r'"[^"]*' + re.escape(THIS) + '"', THIS, line)
        print(line)


def dumped(**kwargs):
    with tempfile.TemporaryFile('w+') as f:
        faulthandler.dump_traceback(f, **kwargs)
        f.seek(0)
        return f.read()


def inner(**kwargs):
    return dumped(**kwargs)


def outer(**kwargs):
    return inner(**kwargs)


show(outer(all_threads=False))
show(outer())
show(outer(all_threads=True))

# another thread, waiting
ready = threading.Event()
release = threading.Event()
def waiter():
    ready.set()
    release.wait()
t = threading.Thread(target=waiter)
t.start()
ready.wait()
def waiter_line():
    # the line the waiter's own frame is at (it may still be inside ready.set())
    frame = sys._current_frames().get(t.ident)
    while frame is not None and frame.f_code.co_name != 'waiter':
        frame = frame.f_back
    return frame.f_lineno if frame else None
while waiter_line() != 41:
    time.sleep(0.01)
show(outer())
release.set()
t.join()

# to a descriptor
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'tb.txt')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    faulthandler.dump_traceback(fd, all_threads=False)
    os.close(fd)
    with open(path) as f:
        show(f.read())

# enable / disable
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.enable(all_threads=False)
faulthandler.disable()
print(faulthandler.is_enabled())
print(faulthandler.disable())
print(sys.stderr.fileno(), sys.stdout.fileno())
faulthandler.enable(file=sys.stderr.fileno())
faulthandler.disable()

# errors
for call in (lambda: faulthandler.enable(file=io.StringIO()),
             lambda: faulthandler.dump_traceback(file=io.StringIO()),
             lambda: faulthandler.dump_traceback(file=-1),
             lambda: faulthandler.dump_traceback_later(-1),
             lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register('x')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
saved, sys.stderr = sys.stderr, None
try:
    faulthandler.enable()
except RuntimeError as e:
    print('RuntimeError', e)
finally:
    sys.stderr = saved

# register / unregister
print(faulthandler.register(signal.SIGUSR1, file=sys.stdout))
print(faulthandler.unregister(signal.SIGUSR1))
print(faulthandler.unregister(signal.SIGUSR1))

# dump_traceback_later
print(faulthandler.cancel_dump_traceback_later())
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.8)
    f.seek(0)
    show(f.read())
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(0.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.7)
    f.seek(0)
    print(repr(f.read()))
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(1.0, repeat=True, file=f)
    time.sleep(2.5)
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    show(f.read())
