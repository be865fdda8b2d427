# logging: hierarchy, levels, handlers, formatters (%, {, $ styles), filters, propagation,
# basicConfig, LoggerAdapter, exception(), extra, lastResort and the module functions.
import io
import logging
import os
import sys
import tempfile


class Normalized:
    """stdout with this program's path replaced: tracebacks print the same everywhere."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, 'PROG'))

    def flush(self):
        self.stream.flush()


# Everything goes to stdout so that the output order is the order of events.
sys.stdout = sys.stderr = Normalized(sys.stdout)

print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(25),
      logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelNamesMapping()['WARN'])

root = logging.getLogger()
print(root, root is logging.getLogger('root'), root is logging.root, root.name)
app = logging.getLogger('app')
db = logging.getLogger('app.db')
deep = logging.getLogger('x.y.z')
mid = logging.getLogger('x.y')
print(app, db, db.parent is app, deep.parent is mid, mid.parent is root)
print(app.getChild('db') is db, sorted(l.name for l in app.getChildren()))
print(app.getEffectiveLevel(), app.isEnabledFor(logging.INFO), app.hasHandlers())

# The last resort handler: WARNING and above, message only, to the current stderr.
app.info('not shown')
app.warning('last resort %s', 'used')
app.error('error %d', 42)

stream_handler = logging.StreamHandler(sys.stdout)
print(logging.StreamHandler(sys.__stdout__), logging.StreamHandler(io.StringIO()))
stream_handler.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
app.addHandler(stream_handler)
app.setLevel(logging.DEBUG)
print(app, app.hasHandlers(), db.getEffectiveLevel())
app.debug('debug %s', 'on')
db.info('from the child')
db.log(25, 'custom level')
db.propagate = False
db.warning('not propagated: lastResort')
db.propagate = True
app.info('mapping %(a)s and %(b)s', {'a': 1, 'b': 2})

# Formatter styles, defaults, validation.
record = logging.makeLogRecord({'name': 'n', 'levelno': 20, 'levelname': 'INFO',
                                'msg': 'hello %s', 'args': ('world',)})
for fmt, style in (('%(name)s:%(message)s', '%'), ('{name}-{levelname:>8}-{message}', '{'),
                   ('$name $levelname ${message}', '$'), (None, '%')):
    print(repr(logging.Formatter(fmt, style=style).format(record)))
print(logging.Formatter('%(custom)s %(message)s', defaults={'custom': 'C'}).format(record))
for fmt, style in (('no fields', '%'), ('{0}', '{'), ('plain', '$'), ('x', '#')):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as err:
        print('ValueError:', err)
try:
    logging.Formatter('%(missing)s').format(record)
except ValueError as err:
    print('ValueError:', err)
formatter = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
print(formatter.usesTime(), len(formatter.format(record).split()[0]))
print(logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter().usesTime())
print(record, record.getMessage())

# Filters.
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


app.addFilter(OnlyEven())
for number in range(4):
    app.info('number %d', number)
app.filters.clear()
name_filter = logging.Filter('app.db')
print(name_filter.filter(logging.makeLogRecord({'name': 'app.db.x'})),
      name_filter.filter(logging.makeLogRecord({'name': 'app.dbx'})),
      name_filter.filter(logging.makeLogRecord({'name': 'app'})),
      logging.Filter().filter(logging.makeLogRecord({'name': 'anything'})))
stream_handler.addFilter(lambda record: 'secret' not in record.getMessage())
app.info('a secret message')
app.info('a public message')

# Handler levels and exceptions.
stream_handler.setLevel(logging.WARNING)
app.info('below the handler level')
app.warning('at the handler level')
stream_handler.setLevel(logging.NOTSET)
stream_handler.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    app.exception('failed: %s', 'division')
    app.error('with info', exc_info=True)
app.error('explicit', exc_info=ValueError('given'))

# extra and LoggerAdapter.
stream_handler.setFormatter(logging.Formatter('%(user)s:%(message)s'))
app.info('with extra', extra={'user': 'ann'})
try:
    app.info('clash', extra={'message': 'x'})
except KeyError as err:
    print('KeyError:', err)
adapter = logging.LoggerAdapter(app, {'user': 'bob'})
adapter.info('adapted %s', 'call')
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG))
merged = logging.LoggerAdapter(app, {'user': 'carl'}, merge_extra=True)
merged.warning('merged', extra={'other': 1})
app.removeHandler(stream_handler)

# A file handler.
directory = tempfile.mkdtemp()
path = os.path.join(directory, 'log.txt')
file_handler = logging.FileHandler(path, mode='w')
print(repr(file_handler).replace(directory, 'DIR'))
logger = logging.getLogger('filelog')
logger.addHandler(file_handler)
logger.warning('line one')
logger.error('line %d', 2)
file_handler.close()
with open(path) as f:
    print(f.read(), end='')
os.remove(path)
os.rmdir(directory)

# Named handlers, NullHandler, disable.
named = logging.NullHandler()
named.set_name('quiet')
print(logging.getHandlerByName('quiet') is named, 'quiet' in logging.getHandlerNames())
silent = logging.getLogger('silent')
silent.addHandler(logging.NullHandler())
silent.warning('swallowed by NullHandler')
logging.disable(logging.WARNING)
logging.getLogger('other').error('still shown: above the disable level')
logging.getLogger('other').warning('hidden by disable')
logging.disable(logging.NOTSET)

# basicConfig and the module-level functions.
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='[%(levelname)s] %(name)s: %(message)s')
logging.info('root info')
logging.debug('root debug hidden')
logging.getLogger('child').warning('child through root')
logging.basicConfig(format='ignored: %(message)s')
logging.warning('basicConfig is a no-op the second time')
logging.basicConfig(force=True, stream=sys.stdout, style='{', format='{levelname}>{message}')
logging.critical('forced reconfiguration')
for kwargs in ({'stream': sys.stdout, 'filename': 'x', 'force': True},
               {'bogus': 1, 'force': True}, {'style': '?', 'force': True}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as err:
        print('ValueError:', err)
for bad in ('LOUD', 3.5):
    try:
        logging.getLogger('levels').setLevel(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

# unittest's assertLogs / assertNoLogs capture records through a handler.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


case = Probe()
with case.assertLogs('captured', level='INFO') as watcher:
    logging.getLogger('captured').info('first')
    logging.getLogger('captured.child').warning('second %d', 2)
print(watcher.output, [r.getMessage() for r in watcher.records])
for body in ('none', 'debug-only'):
    try:
        with case.assertLogs('captured', level=logging.INFO):
            if body == 'debug-only':
                logging.getLogger('captured').debug('too low')
    except AssertionError as err:
        print('AssertionError:', err)
try:
    with case.assertNoLogs('captured'):
        logging.getLogger('captured').error('unexpected')
except AssertionError as err:
    print('AssertionError:', err)
with case.assertNoLogs('captured', level='ERROR'):
    logging.getLogger('captured').warning('below ERROR: goes to the root handlers')
