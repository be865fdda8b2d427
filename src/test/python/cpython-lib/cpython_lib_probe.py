# Imports modules Ember does not ship from CPython's own pure-Python Lib (given as argv[1] or
# EMBER_CPYTHON_LIB, appended to sys.path after Ember's lib) and uses each a little. One line per
# module: "name: ok <result>" or "name: FAIL <exception>". Expected output recorded with
# python3.13 on the same Lib (see docs/stdlib.md, "CPython's Lib on sys.path").
import os
import sys

lib = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('EMBER_CPYTHON_LIB')
if lib:
    sys.path.append(lib)


def probe(name, use):
    try:
        module = __import__(name)
        for part in name.split('.')[1:]:
            module = getattr(module, part)
        result = use(module)
    except BaseException as e:   # noqa: the probe reports whatever stops a module
        print('%s: FAIL %s: %s' % (name, type(e).__name__, str(e).splitlines()[0] if str(e) else ''), flush=True)
    else:
        print('%s: ok %s' % (name, result), flush=True)


def tokenize_use(m):
    import io
    tokens = m.generate_tokens(io.StringIO('x = f(1, "a")  # c\n').readline)
    return [(m.tok_name[t.type], t.string) for t in tokens]


def email_use(m):
    import email.message
    message = email.message_from_string('Subject: hi\nFrom: a@b.c\n\nbody\n')
    built = email.message.EmailMessage()
    built['To'] = 'x@y.z'
    built.set_content('hello')
    return message['Subject'], message.get_payload(), built['To'], built.get_content_type()


def zipfile_use(m):
    import io
    buffer = io.BytesIO()
    with m.ZipFile(buffer, 'w') as archive:
        archive.writestr('a.txt', 'hello')
        archive.writestr('b/c.txt', b'bytes', compress_type=m.ZIP_DEFLATED)
    with m.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return archive.namelist(), archive.read('a.txt'), archive.read('b/c.txt')


def tarfile_use(m):
    import io
    buffer = io.BytesIO()
    with m.open(fileobj=buffer, mode='w') as archive:
        data = b'tar data'
        info = m.TarInfo('x.txt')
        info.size = len(data)
        info.mtime = 0
        archive.addfile(info, io.BytesIO(data))
    buffer.seek(0)
    with m.open(fileobj=buffer) as archive:
        return archive.getnames(), archive.extractfile('x.txt').read()


def configparser_use(m):
    parser = m.ConfigParser()
    parser.read_string('[s]\na = 1\nb = ${a}2\n[t]\nx = %(a)s\n')
    return parser.sections(), parser.getint('s', 'a'), parser.get('s', 'b')


def uuid_use(m):
    u = m.UUID('12345678-1234-5678-1234-567812345678')
    return u.hex, u.version, str(m.uuid3(m.NAMESPACE_DNS, 'python.org')), str(m.uuid5(m.NAMESPACE_URL, 'x')), len(str(m.uuid4()))


def timeit_use(m):
    return m.timeit('x = 1', number=10) >= 0, m.Timer('pass').repeat(2, 3).__len__()


def sched_use(m):
    events = []
    clock = [0]

    def sleep(delay):
        clock[0] += delay
    s = m.scheduler(lambda: clock[0], sleep)
    s.enter(2, 1, events.append, ('b',))
    s.enter(1, 1, events.append, ('a',))
    s.run()
    return events


def ipaddress_use(m):
    net = m.ip_network('192.168.0.0/30')
    return list(map(str, net.hosts())), m.ip_address('::1').is_loopback, str(m.ip_interface('10.1.2.3/8').network)


def html_parser_use(m):
    seen = []

    class Collect(m.HTMLParser):
        def handle_starttag(self, tag, attrs):
            seen.append((tag, attrs))

        def handle_data(self, data):
            seen.append(data)
    Collect().feed('<p class="x">Hi &amp; bye<br/></p>')
    return seen


def urllib_parse_use(m):
    parts = m.urlparse('https://user@host:8080/p/a?q=1&r=2#frag')
    return parts.hostname, parts.port, m.parse_qs(parts.query), m.quote('a b/c'), m.urljoin('http://a/b/c', '../d'), m.urlencode({'k': 'v w'})


def difflib_use(m):
    return list(m.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'x', 'y'))


def getopt_use(m):
    return m.getopt(['-a', '-b', 'val', 'rest'], 'ab:')


def optparse_use(m):
    parser = m.OptionParser()
    parser.add_option('-f', '--file', dest='filename')
    parser.add_option('-q', action='store_false', dest='verbose', default=True)
    options, args = parser.parse_args(['-f', 'out.txt', '-q', 'x'])
    return options.filename, options.verbose, args


def gettext_use(m):
    return m.gettext('hello'), m.ngettext('one', 'many', 3), m.NullTranslations().gettext('x')


def graphlib_use(m):
    return list(m.TopologicalSorter({'b': {'a'}, 'c': {'b'}}).static_order())


def colorsys_use(m):
    return m.rgb_to_hsv(0.2, 0.4, 0.4), m.hls_to_rgb(0.5, 0.5, 0.5)


def secrets_use(m):
    return len(m.token_hex(8)), m.compare_digest('a', 'a'), 0 <= m.randbelow(10) < 10


def html_use(m):
    return m.escape('<a href="x">&</a>'), m.unescape('&lt;&eacute;&#65;')


def string_templatelib_use(m):
    return m.__name__


def py_abc_use(m):
    class Base(metaclass=m.ABCMeta):
        @__import__('abc').abstractmethod
        def f(self):
            pass
    try:
        Base()
    except TypeError as e:
        return str(e)


def string_use(m):
    import _string
    return list(_string.formatter_parser('a{0!r:>3}')), m.Formatter().format('{0}-{x}', 1, x=2)


def cmd_use(m):
    import io
    out = io.StringIO()

    class Shell(m.Cmd):
        def do_greet(self, arg):
            print('hello', arg, file=out)
    Shell(stdout=out).onecmd('greet world')
    return out.getvalue()


def shelve_like_use(m):
    return m.encodebytes(b'hello'), m.decodestring(b'aGVsbG8=\n') if hasattr(m, 'decodestring') else m.decodebytes(b'aGVsbG8=\n')


def mimetypes_use(m):
    return m.guess_type('x.html'), m.guess_extension('text/plain')


def quopri_use(m):
    return m.encodestring(b'caf\xe9 = ok'), m.decodestring(b'caf=E9')


def fileinput_use(m):
    import tempfile
    path = tempfile.mktemp()
    with open(path, 'w') as f:
        f.write('one\ntwo\n')
    with m.input(path) as lines:
        result = [(line.rstrip(), lines.lineno()) for line in lines]
    os.remove(path)
    return result


def filecmp_use(m):
    return m.cmp(__file__, __file__), m.DEFAULT_IGNORES[:3]


def tomllib_use(m):
    return m.loads('a = 1\n[t]\nb = "x"\nc = [1.5, true]\n')


def zoneinfo_use(m):
    import datetime
    zone = m.ZoneInfo('Europe/Paris')
    return str(datetime.datetime(2024, 7, 1, 12, tzinfo=zone).utcoffset())


def codeop_use(m):
    return m.compile_command('x = 1') is not None, m.compile_command('if x:') is None


def code_use(m):
    import io
    import contextlib
    out = io.StringIO()
    console = m.InteractiveInterpreter()
    with contextlib.redirect_stdout(out):
        console.runsource('print(6 * 7)')
    return out.getvalue()


def platform_use(m):
    return m.python_implementation() in ('CPython', 'Ember'), isinstance(m.system(), str)


def bisect_accel_use(m):
    return m.bisect_left([1, 2, 3], 2)


def heapq_accel_use(m):
    heap = []
    m.heappush(heap, 3)
    m.heappush(heap, 1)
    return m.heappop(heap)


def datetime_accel_use(m):
    return str(m.date(2024, 1, 31) + m.timedelta(days=1))


def posix_use(m):
    return isinstance(m.getcwd(), str), m.sep if hasattr(m, 'sep') else '/'


def textwrap_use(m):
    return m.shorten('hello world again', 12)


def pprint_use(m):
    return m.pformat({'b': [1, 2], 'a': (3,)})


def statistics_use(m):
    return m.median([3, 1, 2]), m.mean([1, 2, 3, 4])


def ast_use(m):
    return m.dump(m.parse('x + 1', mode='eval'))


def unicodedata_use(m):
    return m.name('é'), m.normalize('NFD', 'é').encode('unicode_escape') if False else len(m.normalize('NFD', 'é'))


def locale_use(m):
    return m.localeconv()['decimal_point'], m.setlocale(m.LC_NUMERIC)


def linecache_use(m):
    return m.getline(__file__, 1).startswith('#')


def gzip_use(m):
    return m.decompress(m.compress(b'data' * 3))


def token_use(m):
    return m.tok_name[m.OP], m.EXACT_TOKEN_TYPES['+=']


def nturl2path_use(m):
    return m.url2pathname('///C:/a/b') if os.name == 'nt' else 'posix'


def pkgutil_use(m):
    return isinstance(list(m.iter_modules())[:0], list)


def wave_use(m):
    import io
    buffer = io.BytesIO()
    with m.open(buffer, 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b'\x00\x01' * 4)
    buffer.seek(0)
    with m.open(buffer, 'rb') as r:
        return r.getnframes(), r.getframerate()


def stringprep_use(m):
    return m.in_table_a1('\u0221')


def xml_etree_use(m):
    root = m.fromstring('<a><b x="1">t</b></a>')
    return root[0].tag, root[0].get('x'), root[0].text


def bz2_use(m):
    return m.decompress(m.compress(b'x'))


def lzma_use(m):
    return m.decompress(m.compress(b'x'))


def sqlite3_use(m):
    return m.connect(':memory:').execute('select 1').fetchone()


def _scratch_module():
    import os
    import tempfile
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'scratch_mod.py')
    with open(path, 'w') as f:
        f.write('value = 6 * 7\nname = __name__\n')
    return folder, path


def runpy_use(m):
    import shutil
    folder, path = _scratch_module()
    try:
        found = m.run_path(path)
    finally:
        shutil.rmtree(folder)
    return found['value'], found['name']


def py_compile_use(m):
    import os
    import runpy
    import shutil
    folder, path = _scratch_module()
    try:
        written = m.compile(path, cfile=os.path.join(folder, 'scratch_mod.pyc'), doraise=True)
        found = runpy.run_path(written)
    finally:
        shutil.rmtree(folder)
    return os.path.basename(written), found['value'], found['name']


def pickletools_use(m):
    import io
    import pickle
    out = io.StringIO()
    m.dis(pickle.dumps([1, 'a', (2.5, None)], 2), out)
    ops = [op.name for op, arg, pos in m.genops(pickle.dumps({'k': b'v'}, 4))]
    return out.getvalue().splitlines()[-3:], ops


def zipimport_use(m):
    import os
    import shutil
    import tempfile
    import zipfile
    folder = tempfile.mkdtemp()
    archive = os.path.join(folder, 'mods.zip')
    try:
        with zipfile.ZipFile(archive, 'w') as f:
            f.writestr('zmod_probe.py', 'X = 42\n')
            f.writestr('zpkg_probe/__init__.py', 'from .sub import Y\n')
            f.writestr('zpkg_probe/sub.py', 'Y = "sub"\n')
        importer = m.zipimporter(archive)
        spec = importer.find_spec('zmod_probe')
        sys.path.insert(0, archive)
        sys.path_hooks.insert(0, m.zipimporter)
        sys.path_importer_cache.pop(archive, None)
        try:
            import zmod_probe
            import zpkg_probe
        finally:
            sys.path.remove(archive)
            sys.path_hooks.remove(m.zipimporter)
        return (spec.name, importer.is_package('zpkg_probe'), importer.get_source('zmod_probe'),
                zmod_probe.X, zpkg_probe.Y, type(zmod_probe.__loader__).__name__)
    finally:
        shutil.rmtree(folder)


def selectors_use(m):
    import os
    selector = m.DefaultSelector()
    r, w = os.pipe()
    try:
        selector.register(r, m.EVENT_READ, 'reader')
        before = selector.select(0)
        os.write(w, b'ping')
        after = [(key.data, events) for key, events in selector.select(1)]
        selector.unregister(r)
    finally:
        selector.close()
        os.close(r)
        os.close(w)
    return type(selector).__name__ in ('PollSelector', 'EpollSelector'), before, after


def tty_use(m):
    import os
    import termios
    mode = [0o2406, 0o5, 0o277, 0o105073, 15, 15, [bytes([i]) for i in range(32)]]
    m.cfmakeraw(mode)
    r, w = os.pipe()
    try:
        m.setraw(r)
    except termios.error as e:
        error = e.args
    finally:
        os.close(r)
        os.close(w)
    return m.IFLAG, m.CC, mode[:6], mode[6][termios.VMIN], error


PROBES = [
    ('ast', ast_use), ('token', token_use), ('tokenize', tokenize_use),
    ('linecache', linecache_use), ('locale', locale_use), ('gettext', gettext_use),
    ('getopt', getopt_use), ('optparse', optparse_use), ('timeit', timeit_use),
    ('sched', sched_use), ('graphlib', graphlib_use), ('colorsys', colorsys_use),
    ('ipaddress', ipaddress_use), ('uuid', uuid_use), ('secrets', secrets_use),
    ('html', html_use), ('html.parser', html_parser_use), ('urllib.parse', urllib_parse_use),
    ('email', email_use), ('configparser', configparser_use), ('difflib', difflib_use),
    ('zipfile', zipfile_use), ('tarfile', tarfile_use), ('gzip', gzip_use),
    ('unicodedata', unicodedata_use), ('_py_abc', py_abc_use), ('string', string_use),
    ('string.templatelib', string_templatelib_use), ('cmd', cmd_use),
    ('base64', shelve_like_use), ('mimetypes', mimetypes_use), ('quopri', quopri_use),
    ('fileinput', fileinput_use), ('filecmp', filecmp_use), ('tomllib', tomllib_use),
    ('zoneinfo', zoneinfo_use), ('codeop', codeop_use), ('code', code_use),
    ('platform', platform_use), ('_bisect', bisect_accel_use), ('_heapq', heapq_accel_use),
    ('_datetime', datetime_accel_use), ('posix', posix_use), ('textwrap', textwrap_use),
    ('pprint', pprint_use), ('statistics', statistics_use), ('wave', wave_use),
    ('stringprep', stringprep_use), ('xml.etree.ElementTree', xml_etree_use),
    ('bz2', bz2_use), ('lzma', lzma_use), ('sqlite3', sqlite3_use),
    ('runpy', runpy_use), ('py_compile', py_compile_use),
    ('pickletools', pickletools_use), ('zipimport', zipimport_use), ('selectors', selectors_use),
    ('tty', tty_use),
]
for module_name, use in PROBES:
    probe(module_name, use)
