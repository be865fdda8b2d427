"""Ember's plain rendering of help(), used by builtins.help while there is no pydoc module.

It follows the shape of pydoc's text output ("Help on function f in module m:", the signature,
the indented docstring; classes with their methods and data), without pydoc's paging, topics,
keywords or HTML. help() with no argument reads names at a "help> " prompt until "quit".
"""

import inspect
import sys

_RULE = '-' * 70


def help(request=None):
    if request is None:
        _interactive()
        return
    if isinstance(request, str):
        found = _locate(request)
        if found is _MISSING:
            print(f'No Python documentation found for {request!r}.\n'
                  'Use help() to get the interactive help utility.\n'
                  'Use help(str) for help on the str class.\n')
            return
        request = found
    sys.stdout.write(render(request))


def render(thing):
    """The help text for one object: a title line, then its description."""
    module = getattr(thing, '__module__', None) if not inspect.ismodule(thing) else None
    where = f' in module {module}' if isinstance(module, str) and module else ''
    if inspect.ismodule(thing):
        return f'Help on {_describe(thing)}:\n\n' + _module_text(thing) + '\n'
    if isinstance(thing, type):
        return f'Help on {_describe(thing)}{where}:\n\n' + _class_text(thing) + '\n'
    if inspect.ismethoddescriptor(thing):   # pydoc names only the descriptor's kind
        return f'Help on {type(thing).__name__}:\n\n' + _routine_text(thing) + '\n'
    if callable(thing):
        return f'Help on {_describe(thing)}{where}:\n\n' + _routine_text(thing) + '\n'
    # anything else: help on its class, as pydoc does
    return render(type(thing))


_MISSING = object()


def _locate(path):
    """The object a dotted name refers to: a module (imported), an attribute of one, or a builtin."""
    import builtins
    parts = path.split('.')
    obj = _MISSING
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:i]), fromlist=['_'])
        except ImportError:
            continue
        rest = parts[i:]
        break
    else:
        if not hasattr(builtins, parts[0]):
            return _MISSING
        obj, rest = getattr(builtins, parts[0]), parts[1:]
    for name in rest:
        try:
            obj = getattr(obj, name)
        except AttributeError:
            return _MISSING
    return obj


def _describe(thing):
    if inspect.ismodule(thing):
        return ('built-in module ' if thing.__name__ in sys.builtin_module_names else 'module ') + thing.__name__
    if isinstance(thing, type):
        return 'class ' + thing.__name__
    name = getattr(thing, '__name__', type(thing).__name__)
    if inspect.isbuiltin(thing):
        return ('built-in method ' if not inspect.ismodule(getattr(thing, '__self__', None))
                and getattr(thing, '__self__', None) is not None else 'built-in function ') + name
    if inspect.ismethod(thing):
        return 'method ' + name
    if inspect.isfunction(thing):
        return 'function ' + name
    return type(thing).__name__ + ' object'


def _indent(text, prefix='    '):
    return '\n'.join(prefix + line if line else prefix.rstrip() for line in text.split('\n'))


def _signature_text(thing):
    try:
        return str(inspect.signature(thing))
    except (TypeError, ValueError):
        return '(...)'


def _routine_text(thing, name=None):
    name = name or getattr(thing, '__name__', '?')
    if inspect.isfunction(thing) and thing.__name__ == '<lambda>':
        text = f'{name} lambda ' + _signature_text(thing)[1:-1]  # pydoc shows a lambda's parameters bare
    else:
        text = name + _signature_text(thing)
    doc = inspect.getdoc(thing)
    return text + ('\n' + _indent(doc) if doc else '') + '\n'


def _class_text(cls):
    bases = ', '.join(b.__name__ if b.__module__ == cls.__module__ else f'{b.__module__}.{b.__qualname__}'
                      for b in cls.__bases__)
    lines = [f'class {cls.__name__}({bases})' if bases else f'class {cls.__name__}']
    body = []
    doc = inspect.getdoc(cls)
    if doc:
        body += doc.split('\n') + ['']
    if len(cls.__mro__) > 2:
        body += ['Method resolution order:'] + ['    ' + _qualified(c, cls) for c in cls.__mro__] + ['']
    methods, data = [], []
    for name, value in sorted(vars(cls).items()):
        if name in _HIDDEN:
            continue
        if isinstance(value, (staticmethod, classmethod)):
            kind = 'static method' if isinstance(value, staticmethod) else 'class method'
            methods.append(_routine_text(value.__func__, name).rstrip('\n') + f'\n    ({kind})')
        elif inspect.isfunction(value) or inspect.ismethoddescriptor(value) or inspect.isbuiltin(value):
            methods.append(_routine_text(value, name).rstrip('\n'))
        elif not callable(value):
            data.append(f'{name} = {value!r}')
    if methods:
        body += ['Methods defined here:', ''] + '\n\n'.join(methods).split('\n') + ['']
    if data:
        if methods:
            body += [_RULE]
        body += ['Data and other attributes defined here:', ''] + '\n\n'.join(data).split('\n') + ['']
    lines += [(' |  ' + line).rstrip() for line in body]
    return '\n'.join(lines) + '\n'


# class attributes pydoc does not list
_HIDDEN = {'__dict__', '__doc__', '__module__', '__qualname__', '__weakref__', '__slots__', '__firstlineno__',
           '__static_attributes__', '__annotations__', '__annotate__', '__annotate_func__',
           '__annotations_cache__', '__type_params__', '__classcell__', '__hash__'}


def _qualified(cls, owner):
    return cls.__name__ if cls.__module__ == owner.__module__ else f'{cls.__module__}.{cls.__qualname__}'


def _module_text(module):
    doc = inspect.getdoc(module) or ''
    first, _, rest = doc.partition('\n')
    sections = [('NAME', module.__name__ + (' - ' + first if first else ''))]
    if rest.strip():
        sections.append(('DESCRIPTION', rest.strip()))
    public = getattr(module, '__all__', None)
    names = sorted(n for n in vars(module) if not n.startswith('_') and (public is None or n in public))
    classes = [n for n in names if isinstance(getattr(module, n), type)]
    functions = [n for n in names if callable(getattr(module, n)) and n not in classes]
    data = [n for n in names if n not in classes and n not in functions
            and not inspect.ismodule(getattr(module, n))]
    if classes:
        sections.append(('CLASSES', '\n'.join(classes)))
    if functions:
        sections.append(('FUNCTIONS', '\n'.join(_routine_text(getattr(module, n), n) for n in functions).rstrip()))
    if data:
        sections.append(('DATA', '\n'.join(f'{n} = {getattr(module, n)!r}' for n in data)))
    file = getattr(module, '__file__', None)
    sections.append(('FILE', file if file else '(built-in)'))
    return '\n\n'.join(f'{title}\n{_indent(text)}' for title, text in sections) + '\n'


def _interactive():
    print('Welcome to Ember\'s help utility.\n\n'
          'Enter the name of any module, class or function to read its documentation;\n'
          'enter "q", "quit" or an empty line (or end the input) to leave.')
    while True:
        try:
            request = input('\nhelp> ').strip()
        except (EOFError, KeyboardInterrupt):
            break
        if request in ('', 'q', 'quit'):
            break
        help(request)
    print('\nYou are now leaving help and returning to the Python interpreter.')
