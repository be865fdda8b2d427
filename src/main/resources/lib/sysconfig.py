"""Installation paths and configuration variables (Python 3.14 API), written for Ember.

CPython reads its configuration from the Makefile-derived module _sysconfigdata_*; Ember has no
build configuration of that kind, so the variables here are the ones programs and the standard
library actually ask for (paths, versions, platform, TZPATH, ...), computed from sys. Paths
follow CPython's install schemes; srcdir and LIBDEST name the directory of Ember's own library.
"""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
    'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
    'get_scheme_names', 'parse_config_h', 'get_default_scheme', 'get_preferred_scheme',
    'is_python_build',
]

_PY = '{implementation_lower}{py_version_short}'

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/' + _PY + '{abi_thread}',
        'platstdlib': '{platbase}/{platlibdir}/' + _PY + '{abi_thread}',
        'purelib': '{base}/lib/' + _PY + '{abi_thread}/site-packages',
        'platlib': '{platbase}/{platlibdir}/' + _PY + '{abi_thread}/site-packages',
        'include': '{installed_base}/include/' + _PY + '{abiflags}',
        'platinclude': '{installed_platbase}/include/' + _PY + '{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/{implementation_lower}',
        'platstdlib': '{base}/lib/{implementation_lower}',
        'purelib': '{base}/lib/{implementation_lower}',
        'platlib': '{base}/lib/{implementation_lower}',
        'include': '{installed_base}/include/{implementation_lower}',
        'platinclude': '{installed_base}/include/{implementation_lower}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/' + _PY + '{abi_thread}',
        'platstdlib': '{userbase}/{platlibdir}/' + _PY + '{abi_thread}',
        'purelib': '{userbase}/lib/' + _PY + '{abi_thread}/site-packages',
        'platlib': '{userbase}/lib/' + _PY + '{abi_thread}/site-packages',
        'include': '{userbase}/include/' + _PY + '{abi_thread}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'nt_user': {
        'stdlib': '{userbase}/{implementation}{py_version_nodot_plat}',
        'platstdlib': '{userbase}/{implementation}{py_version_nodot_plat}',
        'purelib': '{userbase}/{implementation}{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/{implementation}{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/{implementation}{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/{implementation}{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/{implementation_lower}',
        'platstdlib': '{userbase}/lib/{implementation_lower}',
        'purelib': '{userbase}/lib/{implementation_lower}/site-packages',
        'platlib': '{userbase}/lib/{implementation_lower}/site-packages',
        'include': '{userbase}/include/' + _PY,
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
# a virtual environment lays files out as an installation does
_INSTALL_SCHEMES['posix_venv'] = dict(_INSTALL_SCHEMES['posix_prefix'])
_INSTALL_SCHEMES['nt_venv'] = dict(_INSTALL_SCHEMES['nt'])
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

# where the zoneinfo package looks for the time-zone database (CPython's default TZPATH)
_TZPATH = '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'

_CONFIG_VARS = None


def _user_base():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    if os.name == 'nt':
        return os.path.join(os.environ.get('APPDATA') or os.path.expanduser('~'), 'Python')
    return os.path.expanduser('~/.local')


def _machine():
    # os.uname() where there is one; else the first part of the multiarch triplet (x86_64-linux-gnu)
    if hasattr(os, 'uname'):
        return os.uname().machine
    multiarch = getattr(sys.implementation, '_multiarch', '') or 'x86_64'
    return multiarch.split('-')[0]


def _init_config_vars():
    version = sys.version_info
    short = f'{version[0]}.{version[1]}'
    free_threaded = 't' in getattr(sys, 'abiflags', '')
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    lib_dir = os.path.dirname(os.path.abspath(__file__))
    multiarch = getattr(sys.implementation, '_multiarch', '')
    suffixes = __import__('_imp').extension_suffixes()
    return {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'installed_base': os.path.normpath(sys.base_prefix),
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'base': prefix,
        'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else prefix,
        'py_version': f'{version[0]}.{version[1]}.{version[2]}',
        'py_version_short': short,
        'py_version_nodot': f'{version[0]}{version[1]}',
        'py_version_nodot_plat': '',
        'implementation': 'Python',
        'implementation_lower': 'python',
        'abiflags': getattr(sys, 'abiflags', ''),
        'abi_thread': 't' if free_threaded else '',
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'userbase': _user_base(),
        'srcdir': lib_dir,
        'LIBDEST': lib_dir,
        'BINLIBDEST': lib_dir,
        'LIBDIR': os.path.join(prefix, 'lib'),
        'BINDIR': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else prefix,
        'INCLUDEPY': os.path.join(prefix, 'include', 'python' + short + ('t' if free_threaded else '')),
        'VERSION': short,
        'EXE': '.exe' if os.name == 'nt' else '',
        'EXT_SUFFIX': suffixes[0] if suffixes else None,
        'SOABI': None,
        'MULTIARCH': multiarch,
        'MACHDEP': sys.platform,
        'HOST_GNU_TYPE': f'{_machine()}-pc-linux-gnu' if sys.platform == 'linux' else None,
        'TZPATH': _TZPATH,
        'Py_GIL_DISABLED': 1 if free_threaded else 0,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'SIZEOF_VOID_P': 8,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_INT': 4,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_WCHAR_T': 4,
    }


def get_config_vars(*args):
    """The configuration variables as a dict, or the values of the names given, in order."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable (None when there is no such variable)."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_default_scheme():
    return 'venv' if sys.prefix != sys.base_prefix else get_preferred_scheme('prefix')


def get_preferred_scheme(key):
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}[key]
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def _expand(template, variables):
    def lookup(match_name):
        if match_name in variables:
            return str(variables[match_name])
        if match_name in os.environ:
            return os.environ[match_name]
        raise AttributeError(f'{{{match_name}}}')
    out = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == '{':
            end = template.index('}', i)
            out.append(lookup(template[i + 1:end]))
            i = end + 1
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of `scheme` (the default scheme when None), a dict."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    variables = dict(get_config_vars())
    if vars:
        variables.update(vars)
    paths = {}
    for key, template in templates.items():
        path = _expand(template, variables)
        paths[key] = os.path.normpath(path) if os.name == 'posix' else path
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path (KeyError for an unknown name)."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform's name as build tools use it: 'linux-x86_64', 'win-amd64', ..."""
    if os.name == 'nt':
        return 'win-amd64'
    machine = _machine().replace(' ', '_').replace('/', '-')
    if sys.platform == 'darwin':
        release = '.'.join(os.uname().release.split('.')[:2]) if hasattr(os, 'uname') else '11.0'
        return f'macosx-{release}-{machine}'
    system = os.uname().sysname.lower().replace('/', '') if hasattr(os, 'uname') else sys.platform
    return f'{system}-{machine}'


def get_python_version():
    return get_config_var('py_version_short')


def is_python_build(check_home=None):
    """Whether this interpreter runs from a CPython source tree: never for Ember."""
    return False


def get_makefile_filename():
    """CPython's configuration Makefile: Ember was not built by one (so the file does not exist)."""
    return os.path.join(get_config_var('srcdir'), 'Makefile')


def get_config_h_filename():
    """CPython's pyconfig.h: Ember has none (so the file does not exist)."""
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Reads #define and #undef lines of a pyconfig.h-style file into a dict."""
    if vars is None:
        vars = {}
    for line in fp:
        parts = line.split()
        if len(parts) >= 2 and parts[0] == '#define':
            value = parts[2] if len(parts) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[parts[1]] = value
        elif len(parts) >= 2 and parts[0] == '/*' and parts[1] == '#undef':
            vars[parts[2]] = 0
    return vars


def _main():
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    print('Paths: ')
    for key, value in sorted(get_paths().items()):
        print(f'\t{key} = "{value}"')
    print()
    print('Variables: ')
    for key, value in sorted(get_config_vars().items()):
        print(f'\t{key} = "{value}"')


if __name__ == '__main__':
    _main()
