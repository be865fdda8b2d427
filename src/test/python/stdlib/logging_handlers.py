# logging.handlers: rotating, timed, watched files; queues; buffering; network handler setup
import logging, logging.handlers as H, os, queue, sys, tempfile, time

print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT,
      H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT, H._MIDNIGHT)
d = tempfile.mkdtemp()

def listing():
    return sorted(os.listdir(d))

def read(name):
    with open(os.path.join(d, name)) as f:
        return f.read()

# RotatingFileHandler
log = logging.getLogger('rot')
log.propagate = False
h = H.RotatingFileHandler(os.path.join(d, 'r.log'), maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
for i in range(8):
    log.info('message number %d', i)
print(listing())
print([read(n) for n in listing()])
print(isinstance(h, H.BaseRotatingHandler), isinstance(h, logging.FileHandler), h.maxBytes, h.backupCount, h.mode)
h.namer = lambda name: name + '.gz'
def rotator(source, dest):
    os.rename(source, dest)
    print('rotated', os.path.basename(source), '->', os.path.basename(dest))
h.rotator = rotator
log.warning('a long message that surely triggers the rollover')
log.warning('and another long message to trigger it again')
print(listing())
log.removeHandler(h)
h.close()
print(H.RotatingFileHandler(os.path.join(d, 'w.log'), mode='w', maxBytes=10).mode,
      H.RotatingFileHandler(os.path.join(d, 'w2.log'), mode='w').mode)
zero = H.RotatingFileHandler(os.path.join(d, 'z.log'), backupCount=3)
rec = logging.LogRecord('x', logging.INFO, __file__, 1, 'hello', None, None)
print(zero.shouldRollover(rec))
zero.close()
big = H.RotatingFileHandler(os.path.join(d, 'b.log'), maxBytes=5, delay=True)
print(big.stream, big.shouldRollover(rec), big.stream is not None)
big.emit(rec)
print(big.shouldRollover(rec))
big.close()

# TimedRotatingFileHandler
for when, interval in (('S', 1), ('m', 2), ('H', 1), ('d', 1), ('midnight', 1), ('W0', 1), ('w6', 2)):
    t = H.TimedRotatingFileHandler(os.path.join(d, 't.log'), when=when, interval=interval, delay=True)
    print(when, t.when, t.interval, t.suffix, t.extMatch.pattern)
    t.close()
for when in ('X', 'W', 'W7', 'W12'):
    try:
        H.TimedRotatingFileHandler(os.path.join(d, 't.log'), when=when, delay=True)
    except ValueError as e:
        print('ValueError', e)
t = H.TimedRotatingFileHandler(os.path.join(d, 'mid.log'), when='midnight', utc=True, delay=True)
now = 1700000000   # 2023-11-14 22:13:20 UTC (a Tuesday)
print(t.computeRollover(now) - now, time.gmtime(t.computeRollover(now))[:6])
import datetime
t.atTime = datetime.time(23, 30)
print(time.gmtime(t.computeRollover(now))[:6])
t.atTime = datetime.time(12, 0)
print(time.gmtime(t.computeRollover(now))[:6])
t.close()
for day in range(7):
    w = H.TimedRotatingFileHandler(os.path.join(d, 'w.log'), when='W%d' % day, utc=True, delay=True)
    print(day, time.gmtime(w.computeRollover(now))[:7])
    w.close()
tlog = logging.getLogger('timed')
tlog.propagate = False
t = H.TimedRotatingFileHandler(os.path.join(d, 'tr.log'), when='S', backupCount=2, utc=True)
tlog.addHandler(t)
tlog.warning('first')
t.rolloverAt = int(time.time()) - 1
tlog.warning('second')
names = [n for n in listing() if n.startswith('tr.log')]
print(len(names), names[0], all(t.extMatch.fullmatch(n[7:]) for n in names[1:]))
print(read('tr.log'))
for stamp in ('2020-01-01_00-00-00', '2020-01-02_00-00-00', '2020-01-03_00-00-00', 'junk'):
    open(os.path.join(d, 'tr.log.' + stamp), 'w').close()
print(sorted(os.path.basename(p) for p in t.getFilesToDelete()))
tlog.removeHandler(t)
t.close()

# WatchedFileHandler
wlog = logging.getLogger('watched')
wlog.propagate = False
wpath = os.path.join(d, 'watched.log')
w = H.WatchedFileHandler(wpath)
wlog.addHandler(w)
wlog.warning('one')
os.rename(wpath, wpath + '.moved')
wlog.warning('two')
os.remove(wpath)
wlog.warning('three')
print(repr(read('watched.log')), repr(read('watched.log.moved')))
wlog.removeHandler(w)
w.close()

# QueueHandler / QueueListener
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.addHandler(qh)
qlog.error('value %s', 42)
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception('failed')
first = q.get_nowait()
print(first.msg, first.message, first.args, first.exc_info, first.getMessage())
second = q.get_nowait()
print(second.msg.splitlines()[0], second.msg.splitlines()[-1], second.exc_info, second.exc_text)
print(qh.listener)

class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.seen = []
    def emit(self, record):
        self.seen.append((record.levelname, record.getMessage()))

low, high = Collect(), Collect(logging.ERROR)
listener = H.QueueListener(q, low, high)
listener.start()
qlog.warning('through the listener')
qlog.critical('critical one')
listener.stop()
print(low.seen, high.seen)
low2, high2 = Collect(), Collect(logging.ERROR)
listener2 = H.QueueListener(q, low2, high2, respect_handler_level=True)
listener2.start()
qlog.info('info')
qlog.warning('warn')
qlog.error('err')
listener2.stop()
print(low2.seen, high2.seen, listener2._thread)
qlog.setLevel(logging.INFO)
q2 = queue.SimpleQueue()
listener3 = H.QueueListener(q2, low2)
listener3.start()
listener3.handle(logging.makeLogRecord({'msg': 'direct', 'levelno': 20, 'levelname': 'INFO'}))
listener3.stop()
print(low2.seen[-1])

# BufferingHandler / MemoryHandler
b = H.BufferingHandler(3)
for i in range(5):
    b.handle(logging.makeLogRecord({'msg': 'r%d' % i}))
print(len(b.buffer), [r.msg for r in b.buffer], b.shouldFlush(b.buffer[0]))
b.close()
print(b.buffer)
target = Collect()
m = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger('memory')
mlog.propagate = False
mlog.addHandler(m)
mlog.warning('w1')
mlog.warning('w2')
print(target.seen)
mlog.error('e1')
print(target.seen, m.buffer)
mlog.warning('w3')
mlog.warning('w4')
mlog.warning('w5')
print(target.seen[-3:])
mlog.warning('w6')
m.setTarget(None)
m.flush()
print(len(m.buffer))
m.setTarget(target)
m.close()
print(target.seen[-1], m.target, m.buffer)
m2 = H.MemoryHandler(10, target=target, flushOnClose=False)
m2.handle(logging.makeLogRecord({'msg': 'kept', 'levelno': logging.INFO}))
m2.close()
print(target.seen[-1])

# network handlers: construction and constants only
s = H.SysLogHandler(address=('localhost', 514))
print(s.encodePriority(s.LOG_USER, s.LOG_INFO), s.encodePriority('local0', 'error'),
      s.mapPriority('WARNING'), s.mapPriority('CUSTOM'), s.facility, s.LOG_LOCAL7, s.LOG_UUCP)
sock = H.SocketHandler('localhost', 9999)
print(sock.host, sock.port, sock.address, sock.sock, sock.closeOnError, sock.retryMax)
print(H.DatagramHandler('localhost', 9999).address)
smtp = H.SMTPHandler(('mail', 25), 'from@x', 'to@y', 'subj')
print(smtp.mailhost, smtp.mailport, smtp.toaddrs, smtp.getSubject(None))
http = H.HTTPHandler('host:80', '/log', method='post')
print(http.method, http.mapLogRecord(logging.makeLogRecord({'msg': 'm'}))['msg'])
for kwargs in ({'method': 'PUT'}, {'context': object()}):
    try:
        H.HTTPHandler('h', '/', **kwargs)
    except ValueError as e:
        print('ValueError', e)
import shutil
shutil.rmtree(d)
