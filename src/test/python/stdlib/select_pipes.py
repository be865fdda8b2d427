# select: select() and poll() over pipes, child processes and files; and a child's stdout
import os, select, subprocess, sys, tempfile, threading, time

for args in (([], [], [], 'x'), ([], [], [], -1), ([object()], [], []), ([99], [], [], 0),
             ([-1], [], [], 0), (None, [], [], 0)):
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(select.select([], [], [], 0))
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [], [], 0) == ([r], [], []))
print(os.read(r, 10))
print(select.select([r], [], [], 0.05))

# a writer thread wakes a waiting select
def later():
    time.sleep(0.2)
    os.write(w, b'late')
threading.Thread(target=later).start()
start = time.monotonic()
ready = select.select([r], [], [], 5)
print(ready == ([r], [], []), time.monotonic() - start < 4, os.read(r, 10))

# poll
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(p.poll(0))
os.write(w, b'x')
print(sorted(p.poll(0)))
os.read(r, 1)
os.close(w)
print(p.poll(0))
os.close(r)
try:
    p.unregister(12345)
except KeyError as e:
    print('KeyError', e)
try:
    p.modify(12345, 1)
except OSError as e:
    print(type(e).__name__, e)
p.register(99)
print(p.poll(0))
try:
    p.poll('x')
except TypeError as e:
    print('TypeError', e)
print(select.PIPE_BUF, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL, select.POLLRDHUP, select.error is OSError, type(p).__name__, type(p).__module__)

# file objects and files
with tempfile.TemporaryFile() as f:
    print(select.select([f], [f], [], 0) == ([f], [f], []))

# a child's stdout
proc = subprocess.Popen(['sh', '-c', 'sleep 1; echo ready'], stdout=subprocess.PIPE)
print(select.select([proc.stdout], [], [], 0))
print(select.select([proc.stdout], [], [], 5) == ([proc.stdout], [], []), proc.stdout.readline())
proc.wait()
proc.stdout.close()

