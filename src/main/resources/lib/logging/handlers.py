"""Additional handlers for the logging package, written for Ember from the documentation.

Rotating and watched files, queues, buffering. The network handlers (SocketHandler,
DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler) exist with their constructors and
constants, but send through `socket`/`smtplib`/`http.client` only when a record is emitted:
where those modules are missing, emitting reports the error through handleError().
"""

import copy
import io
import logging
import os
import queue
import re
import threading
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


# ---- files that rotate

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that moves its file aside (rolls over) when shouldRollover() says so."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: the namer's answer when there is a namer."""
        return default_name if not callable(self.namer) else self.namer(default_name)

    def rotate(self, source, dest):
        """Moves source to dest, or lets the rotator do it."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would reach maxBytes: base.1, base.2, ... up to backupCount."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'   # 'w' would truncate what the sizes are measured against
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            # shift base.(n-1) -> base.n ... base.1 -> base.2, then base -> base.1
            for index in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename(f'{self.baseFilename}.{index}')
                newer = self.rotation_filename(f'{self.baseFilename}.{index + 1}')
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        position = self.stream.tell()
        if not position:
            return False   # an empty file is never rolled over
        message = f'{self.format(record)}\n'
        if position + len(message) < self.maxBytes:
            return False
        # only regular files roll over (not /dev/null, pipes)
        return not (os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename))


_TIMED_UNITS = {
    # when: (seconds, strftime suffix, pattern of the suffix)
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
    'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'W': (_MIDNIGHT * 7, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over every `interval` units of `when` (S, M, H, D, midnight, W0-W6), naming the old
    file after the start of its interval; keeps at most backupCount of them."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 f'(0 is Monday): {self.when}')
            if not '0' <= unit[1] <= '6':
                raise ValueError(f'Invalid day specified for weekly rollover: {self.when}')
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError(f'Invalid rollover interval specified: {self.when}')
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        # digits may not touch the suffix, so that a custom namer's names are not misread
        self.extMatch = re.compile(r'(?<!\d)' + pattern + r'(?!\d)', re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the next rollover after currentTime."""
        if not (self.when == 'MIDNIGHT' or self.when.startswith('W')):
            return currentTime + self.interval
        now = self._time_tuple(currentTime)
        if self.atTime is None:
            rotate_at = _MIDNIGHT
        else:
            rotate_at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        seconds_left = rotate_at - ((now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec)
        weekday = now.tm_wday
        if seconds_left <= 0:
            # today's rotation time has passed: the next is tomorrow's
            seconds_left += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + seconds_left
        if self.when.startswith('W'):
            if weekday != self.dayOfWeek:
                result += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
            result += self.interval - _MIDNIGHT * 7
        else:
            result += self.interval - _MIDNIGHT
        if not self.utc:
            result += self._dst_correction(now.tm_isdst, result)
        return result

    @staticmethod
    def _dst_correction(dst_now, result):
        dst_then = time.localtime(result).tm_isdst
        if dst_now == dst_then:
            return 0
        if not dst_now:
            # summer time starts before the rollover: it comes an hour earlier on the clock
            return -3600 if time.localtime(result - 3600).tm_isdst else 0
        return 3600

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)   # not a regular file: never rolled over
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        directory, base = os.path.split(self.baseFilename)
        found = []
        for name in os.listdir(directory):
            if self.namer is None:
                prefix = base + '.'
                if name.startswith(prefix) and self.extMatch.fullmatch(name[len(prefix):]):
                    found.append(os.path.join(directory, name))
                continue
            match = self.extMatch.search(name)
            while match:
                if os.path.basename(self.namer(self.baseFilename + '.' + match[0])) == name:
                    found.append(os.path.join(directory, name))
                    break
                match = self.extMatch.search(name, match.start() + 1)
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        now = int(time.time())
        started = self.rolloverAt - self.interval
        stamp = self._time_tuple(started)
        if not self.utc:
            dst_now = time.localtime(now).tm_isdst
            if dst_now != stamp.tm_isdst:
                stamp = time.localtime(started + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            return   # already rolled over (another process, or a clock step back)
        if self.stream:
            self.stream.close()
            self.stream = None
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or deleted (logrotate)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        try:
            result = os.stat(self.baseFilename)
        except FileNotFoundError:
            return
        self.dev, self.ino = result.st_dev, result.st_ino

    def reopenIfNeeded(self):
        """Reopens the file when the name no longer leads to the file this handler writes."""
        if self.stream is None:
            return
        try:
            result = os.stat(self.baseFilename)
        except FileNotFoundError:
            result = None
        if result is not None and (result.st_dev, result.st_ino) == (self.dev, self.ino):
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---- queues

class QueueHandler(logging.Handler):
    """Puts records (formatted, made picklable) on a queue for a QueueListener."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record with the formatted message in msg and message, and no args,
        exception or stack information left to format (or to fail to pickle)."""
        message = self.format(record)
        record = copy.copy(record)
        record.message = message
        record.msg = message
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue on its own thread and passes them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Starts the thread that takes records off the queue."""
        if self._thread is not None:
            raise RuntimeError('Listener already started')
        self._thread = thread = threading.Thread(target=self._monitor, daemon=True)
        thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        """Passes the record to each handler (only those whose level it reaches, when asked)."""
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Stops the thread after the records already queued have been handled."""
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None


# ---- buffering

class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() (when shouldFlush says so) empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when full or when a record of
    flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# ---- network handlers (their transports are imported when a record is sent)

class SocketHandler(logging.Handler):
    """Sends pickled record dicts, each after a 4-byte big-endian length, over TCP."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            sock.connect(self.address)
            return sock
        return socket.create_connection(self.address, timeout=timeout)

    def makePickle(self, record):
        import pickle
        import struct
        fields = dict(record.__dict__)
        if record.exc_info:
            self.format(record)   # fills exc_text
        fields['msg'] = record.getMessage()
        fields['args'] = None
        fields['exc_info'] = None
        fields.pop('message', None)
        data = pickle.dumps(fields, 1)
        return struct.pack('>L', len(data)) + data

    def send(self, data):
        if self.sock is None:
            self.sock = self.makeSocket()
        self.sock.sendall(data)

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler's pickles over UDP."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, data):
        if self.sock is None:
            self.sock = self.makeSocket()
        self.sock.sendto(data, self.address)


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon (RFC 3164 priorities)."""

    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)
    # facilities are numbered 0-23; encodePriority shifts them past the 3 priority bits
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS = range(8)
    LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP, LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = \
        range(8, 16)
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = \
        range(16, 24)

    priority_names = {
        'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT, 'debug': LOG_DEBUG,
        'emerg': LOG_EMERG, 'err': LOG_ERR, 'error': LOG_ERR, 'info': LOG_INFO,
        'notice': LOG_NOTICE, 'panic': LOG_EMERG, 'warn': LOG_WARNING, 'warning': LOG_WARNING,
    }
    facility_names = {
        'auth': LOG_AUTH, 'authpriv': LOG_AUTHPRIV, 'console': LOG_CONSOLE, 'cron': LOG_CRON,
        'daemon': LOG_DAEMON, 'ftp': LOG_FTP, 'kern': LOG_KERN, 'lpr': LOG_LPR,
        'mail': LOG_MAIL, 'news': LOG_NEWS, 'ntp': LOG_NTP, 'security': LOG_SECURITY,
        'solaris-cron': LOG_SOLCRON, 'syslog': LOG_SYSLOG, 'user': LOG_USER, 'uucp': LOG_UUCP,
        'local0': LOG_LOCAL0, 'local1': LOG_LOCAL1, 'local2': LOG_LOCAL2, 'local3': LOG_LOCAL3,
        'local4': LOG_LOCAL4, 'local5': LOG_LOCAL5, 'local6': LOG_LOCAL6, 'local7': LOG_LOCAL7,
    }
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning', 'ERROR': 'error',
                    'CRITICAL': 'critical'}

    append_nul = True
    ident = ''

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None, timeout=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.timeout = timeout
        self.socket = None
        self.unixsocket = isinstance(address, str)

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, 'warning')

    def createSocket(self):
        import socket
        if self.unixsocket:
            sock = socket.socket(socket.AF_UNIX, self.socktype or socket.SOCK_DGRAM)
            sock.connect(self.address)
        else:
            sock = socket.socket(socket.AF_INET, self.socktype or socket.SOCK_DGRAM)
            if self.socktype == socket.SOCK_STREAM:
                sock.connect(self.address)
        if self.timeout:
            sock.settimeout(self.timeout)
        self.socket = sock

    def emit(self, record):
        try:
            message = self.format(record)
            if self.ident:
                message = self.ident + message
            if self.append_nul:
                message += '\000'
            priority = f'<{self.encodePriority(self.facility, self.mapPriority(record.levelname))}>'
            data = priority.encode('utf-8') + message.encode('utf-8')
            if self.socket is None:
                self.createSocket()
            if self.unixsocket:
                self.socket.send(data)
            elif self.socktype is None or self.socktype == 2:   # SOCK_DGRAM
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.socket = self.socket, None
            if sock:
                sock.close()
            logging.Handler.close(self)


class SMTPHandler(logging.Handler):
    """Mails each record (smtplib)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        logging.Handler.__init__(self)
        if isinstance(mailhost, (list, tuple)):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, (list, tuple)):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            import email.utils
            from email.message import EmailMessage
            port = self.mailport or smtplib.SMTP_PORT
            smtp = smtplib.SMTP(self.mailhost, port, timeout=self.timeout)
            message = EmailMessage()
            message['From'] = self.fromaddr
            message['To'] = ','.join(self.toaddrs)
            message['Subject'] = self.getSubject(record)
            message['Date'] = email.utils.localtime()
            message.set_content(self.format(record))
            if self.username:
                if self.secure is not None:
                    smtp.ehlo()
                    smtp.starttls(*self.secure)
                    smtp.ehlo()
                smtp.login(self.username, self.password)
            smtp.send_message(message)
            smtp.quit()
        except Exception:
            self.handleError(record)


class HTTPHandler(logging.Handler):
    """Sends each record's dict to a web server with GET or POST (http.client)."""

    def __init__(self, host, url, method='GET', secure=False, credentials=None, context=None):
        logging.Handler.__init__(self)
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if not secure and context is not None:
            raise ValueError('context parameter only makes sense with secure=True')
        self.host = host
        self.url = url
        self.method = method
        self.secure = secure
        self.credentials = credentials
        self.context = context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            connection = self.getConnection(self.host, self.secure)
            data = urllib.parse.urlencode(self.mapLogRecord(record))
            url = self.url
            if self.method == 'GET':
                url += ('&' if '?' in url else '?') + data
            connection.putrequest(self.method, url)
            host = self.host.partition(':')[0]
            connection.putheader('Host', host)
            if self.method == 'POST':
                connection.putheader('Content-type', 'application/x-www-form-urlencoded')
                connection.putheader('Content-length', str(len(data)))
            if self.credentials:
                import base64
                token = base64.b64encode(('%s:%s' % self.credentials).encode('utf-8')).strip()
                connection.putheader('Authorization', 'Basic ' + token.decode('ascii'))
            connection.endheaders()
            if self.method == 'POST':
                connection.send(data.encode('utf-8'))
            connection.getresponse()
        except Exception:
            self.handleError(record)
