# sysconfig: the parts whose results do not depend on where and how the interpreter is installed.
import os
import sys
import sysconfig

print(sysconfig.get_platform())
print(sysconfig.get_python_version() == '%d.%d' % sys.version_info[:2])
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('prefix'),
      sysconfig.get_preferred_scheme('home'), sysconfig.get_preferred_scheme('user'))
try:
    sysconfig.get_preferred_scheme('nope')
except KeyError as e:
    print('KeyError', e)
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_config_var('TZPATH'))
print(sysconfig.get_config_var('MULTIARCH'), sysconfig.get_config_var('MACHDEP'))
print(sysconfig.get_config_var('no such variable'))
print(sysconfig.get_config_var('py_version_short') == sysconfig.get_python_version())
print(sysconfig.get_config_var('py_version_nodot') == '%d%d' % sys.version_info[:2])
print(sysconfig.get_config_vars('prefix', 'exec_prefix') == [os.path.normpath(sys.prefix), os.path.normpath(sys.exec_prefix)])
print(sysconfig.get_config_vars() is sysconfig.get_config_vars())
print(sysconfig.get_config_var('SIZEOF_VOID_P'), sysconfig.get_config_var('Py_DEBUG'))
fixed = {'base': '/b', 'platbase': '/p', 'installed_base': '/ib', 'installed_platbase': '/ip',
         'py_version_short': '3.x', 'abi_thread': '', 'abiflags': '', 'platlibdir': 'lib',
         'userbase': '/u', 'implementation_lower': 'python', 'implementation': 'Python',
         'py_version_nodot_plat': ''}
for scheme in ['posix_prefix', 'posix_home', 'posix_user', 'posix_venv']:
    print(scheme, sorted(sysconfig.get_paths(scheme, fixed).items()))
print(sysconfig.get_path('scripts', 'posix_user', {'userbase': '/home/me/.local'}))
print(sysconfig.get_paths('posix_prefix', expand=False)['scripts'])
paths = sysconfig.get_paths()
print(sorted(paths) == sorted(sysconfig.get_path_names() + ('platinclude',)))
print(paths['purelib'].endswith('site-packages'), paths['scripts'].endswith('bin'))
try:
    sysconfig.get_paths('no_such_scheme')
except KeyError as e:
    print('KeyError', e)
try:
    sysconfig.get_path('nope')
except KeyError as e:
    print('KeyError', e)
print(sysconfig.is_python_build())
