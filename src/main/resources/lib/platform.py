"""What is known about the machine, the operating system and this Python.

Ember's own version of CPython's `platform` module. The machine facts come from os.uname()
(which Ember answers from the kernel's /proc files); the Python facts from sys.version and
sys.implementation. Probes that CPython makes of Windows, macOS, iOS and Android return their
documented "unknown" defaults here, as CPython does on other systems.
"""

import collections
import os
import sys

__version__ = '1.0.9'

# ---- the machine and the operating system

_uname_cache = None


class uname_result(collections.namedtuple('uname_result_base', 'system node release version machine')):
    """os.uname()'s facts, plus `processor`, which is worked out only when asked for.

    It has six items like CPython's (the sixth is the processor), but its repr, _replace and
    pickling use the first five, as CPython's does.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        value = self.__dict__.get('_processor')
        if value is None:
            value = self.__dict__['_processor'] = _processor_name()
        return value

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        items = tuple(iterable)
        if len(items) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(items)}')
        return cls(*items)

    def _replace(self, **changes):
        values = dict(zip(self._fields[:5], tuple.__iter__(self)))
        for name in changes:
            if name not in values:
                raise TypeError(f'Got unexpected field names: {list(changes)!r}')
        values.update(changes)
        return uname_result(**values)


def _processor_name():
    # As CPython on Linux: ask `uname -p`, which most distributions answer with "unknown".
    try:
        import subprocess
        answer = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
    except (OSError, ValueError, ImportError):
        return ''
    except Exception:  # a failing command (CalledProcessError) means the same: not known
        return ''
    return _unknown_as_blank(answer)


def _unknown_as_blank(value):
    return '' if value == 'unknown' else value


def uname():
    """(system, node, release, version, machine, processor) as a named tuple."""
    global _uname_cache
    if _uname_cache is None:
        facts = os.uname()
        _uname_cache = uname_result(facts.sysname, facts.nodename, facts.release, facts.version,
                                    facts.machine)
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux'; '' when unknown."""
    return uname().system


def node():
    """The computer's network name (which may not be fully qualified); '' when unknown."""
    return uname().node


def release():
    """The operating system's release, e.g. '6.1.0'; '' when unknown."""
    return uname().release


def version():
    """The operating system's version string; '' when unknown."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'; '' when unknown."""
    return uname().machine


def processor():
    """The processor's name where the system tells it; '' when unknown."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable: e.g. ('64bit', 'ELF').

    For the running interpreter the answer is the JVM's: a pointer's size and, on Linux, ELF.
    For another file, `file -b` is asked, as CPython does; what it cannot tell keeps the
    given defaults (bits defaults to the running interpreter's pointer size).
    """
    import struct
    if not bits:
        bits = f'{struct.calcsize("P") * 8}bit'
    if executable == sys.executable or not executable:
        return bits, (linkage or ('ELF' if sys.platform == 'linux' else ''))
    description = _file_description(executable)
    if not description:
        return bits, linkage
    if '32-bit' in description:
        bits = '32bit'
    elif '64-bit' in description:
        bits = '64bit'
    if 'ELF' in description:
        linkage = 'ELF'
    elif 'PE' in description:
        linkage = 'WindowsPE' if 'Windows' in description else 'PE'
    elif 'COFF' in description:
        linkage = 'COFF'
    elif 'MS-DOS' in description:
        linkage = 'MSDOS'
    return bits, linkage


def _file_description(path):
    try:
        import subprocess
        return subprocess.check_output(['file', '-b', os.path.realpath(path)],
                                       stderr=subprocess.DEVNULL, text=True)
    except Exception:
        return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library the interpreter runs on, e.g. ('glibc', '2.36').

    Without an executable, os.confstr('CS_GNU_LIBC_VERSION') answers where there is one;
    otherwise the file is scanned: Ember runs on the JVM, so by default it is the C library
    mapped into this process. The scan knows glibc's GLIBC_x.y symbol versions (the highest
    wins), `__libc_init` and `libc[_threads].so.x` names. What cannot be found keeps the given
    defaults.
    """
    if not executable:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        path = _mapped_libc()
        if not path:
            return lib, version
        try:
            return _scan_libc(path, chunksize, lib, version)
        except OSError:
            return lib, version
    return _scan_libc(os.path.realpath(executable), chunksize, lib, version)


_LIBC_MARKS = None


def _scan_libc(path, chunksize, lib, version):
    global _LIBC_MARKS
    if _LIBC_MARKS is None:
        import re
        _LIBC_MARKS = re.compile(rb'(__libc_init)|GLIBC_([0-9.]+)|libc(_\w+)?\.so(?:\.(\d[0-9.]*))?', re.ASCII)
    with open(path, 'rb') as f:
        data = f.read(chunksize)
        pos = 0
        while True:
            found = _LIBC_MARKS.search(data, pos)
            if found is None or found.end() == len(data):
                # nothing more here, or a mark that the chunk's end may have cut: read on,
                # keeping the unread tail (a mark may start in it)
                more = f.read(chunksize)
                if more:
                    data = data[max(pos, len(data) - 1000):] + more
                    pos = 0
                    continue
                if found is None:
                    return lib, version
            init, glibc, threads, so_version = (g.decode('latin-1') if g is not None else None
                                                for g in found.groups())
            if init:
                lib = lib or 'libc'
            elif glibc is not None:
                if lib != 'glibc':
                    lib, version = 'glibc', glibc
                elif _version_key(glibc) > _version_key(version):
                    version = glibc
            elif lib != 'glibc':  # a libc.so name counts only where no glibc symbol was seen
                lib = 'libc'
                if so_version and (not version or _version_key(so_version) > _version_key(version)):
                    version = so_version
                if threads and not version.endswith(threads):
                    version += threads
            pos = found.end()


def _version_key(text):
    """A dotted version as comparable numbers: '1.9' < '1.23.4'."""
    key = []
    for part in text.split('.'):
        digits = len(part) - len(part.lstrip('0123456789'))
        key.append(int(part[:digits]) if digits else -1)
    return key


def _mapped_libc():
    try:
        with open('/proc/self/maps', encoding='ascii', errors='replace') as f:
            for line in f:
                path = line.rstrip('\n').rpartition(' ')[2]
                name = os.path.basename(path)
                if name.startswith('libc.so') or (name.startswith('libc-') and name.endswith('.so')):
                    return path
    except OSError:
        pass
    return ''


def system_alias(system, release, version):
    """(system, release, version) under their marketing names, e.g. SunOS 5 is Solaris 2."""
    if system == 'SunOS':
        if release < '5':  # the releases still sold as SunOS
            return system, release, version
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)  # the marketing release is SunOS's minus 3
        except ValueError:
            pass
        return 'Solaris', '.'.join(parts), version
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


_platform_cache = {}


def _platform(*parts):
    """The parts joined with '-' in a form fit for a file name."""
    text = '-'.join(p.strip() for p in parts if p)
    text = text.replace(' ', '_')
    for obstacle in '/\\:;"()':
        text = text.replace(obstacle, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key not in _platform_cache:
        system_name, _, release_name, version_name, machine_name, processor_name = uname()
        if machine_name == processor_name:
            processor_name = ''
        if aliased:
            system_name, release_name, version_name = system_alias(system_name, release_name, version_name)
        if system_name == 'Linux':
            libc_name, libc_version = libc_ver()
            text = _platform(system_name, release_name, machine_name, processor_name, 'with',
                             libc_name + libc_version)
        elif terse:
            text = _platform(system_name, release_name)
        else:
            bits, linkage = architecture(sys.executable)
            text = _platform(system_name, release_name, machine_name, processor_name, bits, linkage)
        _platform_cache[key] = text
    return _platform_cache[key]


# ---- other systems' probes: their "not that system" answers

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


IOSVersionInfo = collections.namedtuple('IOSVersionInfo', ['system', 'release', 'model', 'is_simulator'])


def ios_ver(system='', release='', model='', is_simulator=False):
    return IOSVersionInfo(system, release, model, is_simulator)


AndroidVer = collections.namedtuple(
    'AndroidVer', 'release api_level manufacturer model device is_emulator')


def android_ver(release='', api_level=0, manufacturer='', model='', device='', is_emulator=False):
    return AndroidVer(release, api_level, manufacturer, model, device, is_emulator)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    import warnings
    warnings._deprecated('java_ver', remove=(3, 15))
    return release, vendor, vminfo, osinfo


# ---- freedesktop.org's os-release file

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        name, sep, value = line.partition('=')
        if not sep or not name or not all(c.isascii() and (c.isalnum() or c == '_') for c in name):
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        info[name] = _unescape_os_release(value)
    return info


def _unescape_os_release(value):
    # the standard escapes five characters with a backslash: \ $ " ' `
    if '\\' not in value:
        return value
    out = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def freedesktop_os_release():
    """The os-release file's fields as a dict (NAME, ID, PRETTY_NAME, VERSION_ID, ...)."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()


# ---- this Python

_sys_version_cache = {}  # kept for code that clears it (CPython caches parsed sys.version here)

def _version_parts():
    # sys.version is "3.14.0 (Ember 0.1.0) [Java 25]"
    text = sys.version
    number = text.split(' ', 1)[0]
    compiler = ''
    if '[' in text and text.endswith(']'):
        compiler = text[text.rindex('[') + 1:-1]
    return number, compiler


def python_implementation():
    """'Ember' (CPython answers 'CPython', PyPy 'PyPy')."""
    return sys.implementation.name.capitalize()


def python_version():
    """The language version as 'major.minor.patchlevel'."""
    return _version_parts()[0]


def python_version_tuple():
    """python_version() as a tuple of three strings."""
    return tuple(_version_parts()[0].split('.'))


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    """(build number, build date): Ember records neither."""
    return '', ''


def python_compiler():
    """What built the interpreter: for Ember the Java version it runs on, e.g. 'Java 25'."""
    return _version_parts()[1]


if __name__ == '__main__':
    terse = 'terse' in sys.argv or '--terse' in sys.argv
    aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(aliased, terse))
    sys.exit(0)
