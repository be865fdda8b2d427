# platform: answers consistent with os.uname(), file-name-safe strings, the other systems'
# defaults, os-release parsing, and the uname_result tuple's shape (machine-independent output)
import os
import pickle
import platform
import re
import struct
import sys

u = platform.uname()
facts = os.uname()
print(type(u).__name__, len(u), u._fields)
print(tuple(u)[:5] == (facts.sysname, facts.nodename, facts.release, facts.version, facts.machine))
print(u[5] == u.processor == platform.processor(), isinstance(u.processor, str))
print(platform.system() == facts.sysname, platform.node() == facts.nodename,
      platform.release() == facts.release, platform.version() == facts.version,
      platform.machine() == facts.machine)
print(platform.uname() is u)
print(repr(u).startswith("uname_result(system="), repr(u).count('='))
copy = pickle.loads(pickle.dumps(u))
print(type(copy).__name__, copy == u, tuple(copy) == tuple(u))
r = u._replace(node='elsewhere')
print(r.node, r.system == u.system, len(r))
try:
    u._replace(foo=1)
except TypeError as e:
    print('TypeError', e)
print(u[1:3] == (u.node, u.release), u[-1] == u.processor)

# os.uname_result itself
print(type(facts).__name__, type(facts).__module__, len(facts), facts[0] == facts.sysname)
try:
    os.uname_result((1, 2))
except TypeError as e:
    print('TypeError', e)
print(os.uname_result(('a', 'b', 'c', 'd', 'e')))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) and x >= 0 for x in t))
print(t.user == t[0], t.elapsed == t[4])
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) and x >= 0 for x in load))

bits, linkage = platform.architecture()
print(bits == f'{struct.calcsize("P") * 8}bit', linkage in ('ELF', ''))
lib, version = platform.libc_ver()
print(lib in ('glibc', ''), re.fullmatch(r'(\d+(\.\d+)*)?', version) is not None)
try:
    platform.libc_ver('/nonexistent/file', 'libX', '9')
except OSError as e:
    print(type(e).__name__, e.errno)
print(platform.libc_ver(__file__, 'libX', '9'))

text = platform.platform()
print(text.startswith(u.system), ' ' not in text, text == platform.platform())
print(platform.platform(aliased=True, terse=True).startswith(u.system))
print(platform._platform('a b', 'unknown', 'c/d', '', 'x:y--', 'p(q)'))
print(platform._platform('', ''), repr(platform._platform('unknown')))

print(platform.system_alias('SunOS', '5.9', 'x'), platform.system_alias('SunOS', '4.1', 'x'))
print(platform.system_alias('SunOS', 'x5', 'x'), platform.system_alias('win32', '1', '2'))
print(platform.system_alias('Linux', '6.1', 'v'))

print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.mac_ver('r', ('a', 'b', 'c'), 'm'), platform.win32_ver('1', '2', '3', '4'))
print(platform.ios_ver())
print(platform.android_ver())
print(platform.android_ver(release='14', api_level=34).api_level)

print(platform._parse_os_release(['A="x\\"y"', "B='q'", 'bad line', 'C=plain', '# c=1',
                                   'D="unbalanced', 'E=a\\$b\\\\c\\n', 'ID=debian', 'F=']))
info = platform.freedesktop_os_release() if os.path.exists('/etc/os-release') or os.path.exists('/usr/lib/os-release') else {'NAME': '', 'ID': ''}
print(sorted(k for k in ('NAME', 'ID') if k in info))
saved = platform._os_release_candidates, platform._os_release_cache
platform._os_release_candidates, platform._os_release_cache = ('/nonexistent/a', '/nonexistent/b'), None
try:
    platform.freedesktop_os_release()
except OSError as e:
    print('OSError', e.errno, e.strerror)
platform._os_release_candidates, platform._os_release_cache = saved

v = platform.python_version()
print(v.split('.')[:2] == [str(sys.version_info[0]), str(sys.version_info[1])])
print(platform.python_version_tuple() == tuple(v.split('.')), len(platform.python_version_tuple()))
print(isinstance(platform.python_implementation(), str), isinstance(platform.python_compiler(), str))
print(len(platform.python_build()), platform.python_branch() == platform.python_branch())

# the C library scan: versions cut by a chunk's end are still read whole
import tempfile
with tempfile.TemporaryDirectory() as d:
    fake = os.path.join(d, 'fakebin')
    with open(fake, 'wb') as f:
        f.write(b'x' * 30 + b'GLIBC_2.3\0' + b'y' * 5 + b'GLIBC_2.17\0GLIBC_2.5\0GLIBC_\0GLIBC_x')
    print([platform.libc_ver(fake, chunksize=n) for n in (1, 7, 8, 16, 100)])
    with open(fake, 'wb') as f:
        f.write(b'nothing here')
    print(platform.libc_ver(fake, 'lib', 'v'))

# the other marks a C library leaves, and the highest of several versions across a chunk's end
with tempfile.TemporaryDirectory() as d:
    fake = os.path.join(d, 'fakebin')
    for data in (b'__libc_init', b'GLIBC_2.9', b'libc.so.1.2.5', b'libc_pthread.so.1.2.5', b'',
                 b'libc.so', b'GLIBC_2.9 libc.so.3', b'libc.so.1 __libc_init GLIBC_1.1'):
        with open(fake, 'wb') as f:
            f.write(b'[xxx%sxxx]' % data)
        print(data, platform.libc_ver(fake))
    with open(fake, 'wb') as f:
        f.write(b'x' * (16384 - 10) + b'GLIBC_1.23.4\0GLIBC_1.9\0GLIBC_1.21\0')
    print(platform.libc_ver(fake, chunksize=16384), platform.libc_ver(fake, chunksize=100))
