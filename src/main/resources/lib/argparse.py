"""Command-line parsing (Ember's own implementation of CPython 3.14's `argparse`).

ArgumentParser with positional and optional arguments, nargs, choices, defaults, types, the
standard actions (store, store_const, store_true/false, append, append_const, extend, count,
help, version, BooleanOptionalAction), sub-commands, argument groups and mutually exclusive
groups, prefix_chars, fromfile_prefix_chars, abbreviations, parse_known_args and
parse_intermixed_args; help and usage text laid out as CPython does (colour off).
"""

import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _re():
    import re
    return re


# ---------------------------------------------------------------------------------------------
# Namespace

class _AttributeHolder:
    """A repr listing the positional-style and keyword attributes."""

    def __repr__(self):
        type_name = type(self).__name__
        parts = [repr(arg) for arg in self._get_args()]
        star_args = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append(f'{name}={value!r}')
            else:
                star_args[name] = value
        if star_args:
            parts.append(f'**{star_args!r}')
        return f"{type_name}({', '.join(parts)})"

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A simple object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------------------------
# Errors

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        metavar = argument.metavar
        if not isinstance(metavar, tuple):
            return metavar
        if argument.nargs == ZERO_OR_MORE and len(metavar) == 2:
            return '%s[, %s]' % metavar
        if argument.nargs == ONE_OR_MORE:
            return '%s[, %s]' % metavar
        return ', '.join(metavar)
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(map(str, argument.choices))
    return None


class ArgumentError(Exception):
    """An error about one argument (or about the command line, when argument is None)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by type functions to give a custom error message."""


# ---------------------------------------------------------------------------------------------
# Help formatting

def _terminal_width():
    try:
        import os
        columns = os.environ.get('COLUMNS')
        if columns:
            return int(columns)
        return os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except Exception:
        return 80


class HelpFormatter:
    """Lays out usage, descriptions and the argument list for help messages."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            if self.parent is not None:
                self.formatter._indent()
            parts = [func(*args) for func, args in self.items]
            text = ''.join(part for part in parts if part)
            if self.parent is not None:
                self.formatter._dedent()
            if not text:
                return ''
            heading = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                indent = ' ' * self.formatter._current_indent
                heading = f'{indent}{self.heading}:\n'
            return '\n' + heading + text + '\n'

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Sub-actions are measured at their own (deeper) indentation.
        lengths = [len(self._format_action_invocation(action)) + self._current_indent]
        for subaction in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(subaction))
                           + self._current_indent)
        self._action_max_length = max(self._action_max_length, max(lengths))
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re().sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, parts):
        return ''.join(part for part in parts if part and part is not SUPPRESS)

    # --- usage ----------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return f'{prefix}{usage}\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        parts, pos_start = self._get_actions_usage_parts(optionals + positionals, groups)
        usage = ' '.join(part for part in [prog] + parts if part)
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage
        opt_parts, pos_parts = parts[:pos_start], parts[pos_start:]

        def get_lines(parts, indent, first_prefix=None):
            lines, line = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if length + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line, length = [], len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent)
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _get_actions_usage_parts(self, actions, groups):
        """The usage pieces of `actions` (groups bracketed together), and the index where the
        positional pieces start."""
        group_of = {}
        for group in groups:
            members = [action for action in group._group_actions if action in actions]
            if not members:
                continue
            indexes = [actions.index(action) for action in members]
            if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
                continue   # not contiguous: shown as separate arguments
            for action in members:
                group_of[action] = group
        parts = []
        pos_start = None
        index = 0
        while index < len(actions):
            action = actions[index]
            group = group_of.get(action)
            if group is None:
                part = self._usage_part(action, bracket=not action.required)
                if pos_start is None and not action.option_strings:
                    pos_start = len(parts)
                if part:
                    parts.append(part)
                index += 1
                continue
            members = []
            while index < len(actions) and group_of.get(actions[index]) is group:
                members.append(actions[index])
                index += 1
            if pos_start is None and not members[0].option_strings:
                pos_start = len(parts)
            pieces = [self._usage_part(member, bracket=False) for member in members]
            pieces = [piece for piece in pieces if piece]
            if not pieces:
                continue
            if len(pieces) == 1 and not group.required:
                parts.append(f'[{pieces[0]}]')
                continue
            joined = ' | '.join(pieces)
            parts.append(f'({joined})' if group.required else f'[{joined}]')
        if pos_start is None:
            pos_start = len(parts)
        return parts, pos_start

    def _usage_part(self, action, bracket):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if bracket and action.nargs in (OPTIONAL, ZERO_OR_MORE) and False:
                return f'[{part}]'
            return part
        option = action.format_usage()
        if action.nargs != 0:
            default = self._get_default_metavar_for_optional(action)
            option = f'{option} {self._format_args(action, default)}'
        if bracket:
            return f'[{option}]'
        return option

    # --- text and actions -------------------------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            lines = [f"{' ' * self._current_indent}{header}\n"]
            help_lines = []
        else:
            help_lines = self._split_lines(self._expand_help(action), help_width)
            if len(header) <= action_width:
                lines = [f"{' ' * self._current_indent}{header:<{action_width}}  "
                         f"{help_lines[0] if help_lines else ''}\n"]
                help_lines = help_lines[1:]
            else:
                lines = [f"{' ' * self._current_indent}{header}\n"]
        for line in help_lines:
            lines.append(f"{' ' * help_position}{line}\n")
        if action.help and not lines[-1].endswith('\n'):
            lines.append('\n')
        for subaction in self._iter_indented_subactions(action):
            lines.append(self._format_action(subaction))
        return self._join_parts(lines)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(action.option_strings) + ' ' + args_string

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        help_string = self._get_help_string(action)
        if '%' not in help_string:
            return help_string
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            value = params[name]
            if value is SUPPRESS:
                del params[name]
            elif hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(choice) for choice in params['choices'])
        return help_string % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        text = _re().sub(r'\s+', ' ', text).strip()
        import textwrap
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = _re().sub(r'\s+', ' ', text).strip()
        import textwrap
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to arguments with help text."""

    def _get_help_string(self, action):
        help_text = action.help
        if help_text is None:
            help_text = ''
        if '%(default)' not in help_text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help_text += ' (default: %(default)s)'
        return help_text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Actions

class Action(_AttributeHolder):
    """What to do with an argument's values: the base of every action class."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar', 'deprecated']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag / --no-flag."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                if option.startswith('--no-'):
                    raise ValueError(f'invalid option name {option!r} for '
                                     f'BooleanOptionalAction')
                strings.append('--no-' + option[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help, deprecated=deprecated)


def _copied_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help,
                         deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _SubParsersAction(Action):
    """The sub-command positional: picks a sub-parser by name and lets it parse the rest."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ValueError(f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ValueError(f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name, arg_strings = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {parser_name!r} (choices: {choices})')
        if parser_name in self._deprecated:
            parser._warning(f"command '{parser_name}' is deprecated")
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


class FileType:
    """A type= factory opening the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(ch in self._mode for ch in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError(f'argument "-" with mode {self._mode!r}')
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as error:
            raise ArgumentTypeError(f"can't open '{string}': {error}")

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        text = ', '.join([repr(arg) for arg in args if arg != -1]
                         + [f'{kw}={arg!r}' for kw, arg in kwargs if arg is not None])
        return f'{type(self).__name__}({text})'


# ---------------------------------------------------------------------------------------------
# Containers: parsers and groups

class _ActionsContainer:
    """What parsers and argument groups share: registering and adding arguments."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in (('store', _StoreAction), ('store_const', _StoreConstAction),
                          ('store_true', _StoreTrueAction), ('store_false', _StoreFalseAction),
                          ('append', _AppendAction), ('append_const', _AppendConstAction),
                          ('count', _CountAction), ('help', _HelpAction),
                          ('version', _VersionAction), ('parsers', _SubParsersAction),
                          ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self.register('action', None, _StoreAction)
        self.register('type', None, lambda string: string)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re().compile(r'-\.?\d')
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise TypeError('dest supplied twice for positional argument, did you mean '
                                'metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.get('action')
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError(f'unknown action {action_class!r}')
        action = action_class(**kwargs)
        if not action.option_strings and action.nargs == 0:
            raise ValueError(f'action {action_name!r} is not valid for positional arguments')
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise TypeError(f'{type_func!r} is not callable')
        if type_func is FileType:
            raise TypeError(f'{type_func!r} is a FileType class object, instance of it must '
                            f'be passed')
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        self._check_help(action)
        return self._add_action(action)

    def _check_help(self, action):
        if action.help and hasattr(self, '_get_formatter'):
            formatter = self._get_formatter()
            try:
                formatter._expand_help(action)
            except (ValueError, TypeError, KeyError) as error:
                raise ValueError('badly formed help string') from error

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if self._negative_number_matcher.match(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        title_group_map = {}
        for group in self._action_groups:
            if group.title in title_group_map:
                raise ValueError(f'cannot merge actions - two groups are named '
                                 f'{group.title!r}')
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            if group._container is container:
                target = self
            else:
                target = title_group_map[group._container.title]
            mutex = target.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs == 0:
            raise ValueError('nargs for positionals must be != 0')
        if nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if option_string[0] not in self.prefix_chars:
                raise ValueError(f'invalid option string {option_string!r}: must start with '
                                 f'a character {self.prefix_chars!r}')
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = dest_option.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f'dest= is required for options like {option_string!r}')
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = f'_handle_conflict_{self.conflict_handler}'
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError(f'invalid conflict_resolution value: {self.conflict_handler!r}')

    def _check_conflict(self, action):
        conflicts = [(option, self._option_string_actions[option])
                     for option in action.option_strings
                     if option in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ('conflicting option string: %s' if len(conflicting_actions) == 1
                   else 'conflicting option strings: %s')
        raise ArgumentError(action, message % ', '.join(option for option, _ in
                                                         conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, other in conflicting_actions:
            other.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Share the parser's tables so that arguments added here belong to the parser.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._container = container

    def _get_formatter(self):
        return self._container._get_formatter()

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        raise ValueError('argument groups cannot be nested')


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError('mutually exclusive groups cannot be nested')


def _program_name():
    import os
    argv0 = _sys.argv[0] if _sys.argv and _sys.argv[0] else 'python'
    main = _sys.modules.get('__main__')
    spec = getattr(main, '__spec__', None)
    if spec is not None and getattr(spec, 'name', None):
        module = spec.name
        if module.endswith('.__main__'):
            module = module[:-len('.__main__')]
        executable = os.path.basename(_sys.executable) if _sys.executable else 'python'
        return f'{executable} -m {module}'
    return os.path.basename(argv0)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of attributes."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True, *, suggest_on_error=False, color=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _program_name()
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.suggest_on_error = suggest_on_error
        self.color = color
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ValueError('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(None, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # --- parsing --------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(f"unrecognized arguments: {' '.join(argv)}")
        return args

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace, intermixed=False)

    def _parse_known_args2(self, args, namespace, intermixed):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace, intermixed)
            except ArgumentError as error:
                self.error(str(error))
        else:
            namespace, args = self._parse_known_args(args, namespace, intermixed)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace, intermixed):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        state = _ParseState(self, arg_strings, namespace, intermixed)
        return state.run()

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error(f"unrecognized arguments: {' '.join(argv)}")
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        bad = [action for action in positionals if action.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError(f'parse_intermixed_args: positional arg with nargs={bad[0].nargs}')
        return self._parse_known_args2(args, namespace, intermixed=True)

    def _read_args_from_files(self, arg_strings):
        new_args = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                new_args.append(arg_string)
                continue
            try:
                import locale
                encoding = locale.getencoding()
            except Exception:
                encoding = 'utf-8'
            try:
                with open(arg_string[1:], encoding=encoding,
                          errors='surrogateescape') as args_file:
                    lines = args_file.read().splitlines()
                file_args = []
                for line in lines:
                    file_args.extend(self.convert_arg_line_to_args(line))
                new_args.extend(self._read_args_from_files(file_args))
            except OSError as error:
                raise ArgumentError(None, str(error))
        return new_args

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _get_values(self, action, arg_strings):
        """Convert the strings given to `action` into its value."""
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = []
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, text) for text in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, text) for text in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, text) for text in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise TypeError(f'{type_func!r} is not callable')
        try:
            return type_func(arg_string)
        except ArgumentTypeError as error:
            raise ArgumentError(action, str(error))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {name} value: {arg_string!r}')

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None:
            return
        if isinstance(choices, str):
            choices = iter(choices)
        if value not in choices:
            shown = ', '.join(str(choice) for choice in action.choices)
            message = f'invalid choice: {value!r} (choose from {shown})'
            if self.suggest_on_error and isinstance(value, str):
                import difflib
                close = difflib.get_close_matches(value, [str(c) for c in action.choices], 1)
                if close:
                    message = f'invalid choice: {value!r}, maybe you meant {close[0]!r}? ' \
                              f'(choose from {shown})'
            raise ArgumentError(action, message)

    # --- help and errors ------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def _warning(self, message):
        self._print_message(f'{self.prog}: warning: {message}\n', _sys.stderr)


# ---------------------------------------------------------------------------------------------
# The parsing algorithm

class _ParseState:
    """One run of parse_known_args: classifies the strings as options ('O'), arguments
    ('A') and '--' ('-'), then consumes optionals and runs of positionals in turn, matching
    nargs patterns against the classification string."""

    def __init__(self, parser, arg_strings, namespace, intermixed):
        self.parser = parser
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.intermixed = intermixed
        self.action_conflicts = {}
        for group in parser._mutually_exclusive_groups:
            for index, action in enumerate(group._group_actions):
                others = group._group_actions[:index] + group._group_actions[index + 1:]
                self.action_conflicts.setdefault(action, []).extend(others)
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.extras = []
        self.extras_pattern = []   # 'O' for unknown options among the extras, else 'A'/'-'
        self.warned = set()

    def run(self):
        parser = self.parser
        self.option_indices = {}
        pattern = []
        strings_iter = iter(self.arg_strings)
        for index, arg_string in enumerate(strings_iter):
            if arg_string == '--':
                pattern.append('-')
                for _ in strings_iter:
                    pattern.append('A')
                break
            option_tuples = self._parse_optional(arg_string)
            if option_tuples is None:
                pattern.append('A')
            else:
                self.option_indices[index] = option_tuples
                pattern.append('O')
        self.pattern = ''.join(pattern)
        self.positionals = parser._get_positional_actions()
        max_option_index = max(self.option_indices) if self.option_indices else -1
        start = 0
        stop = 0
        while start <= max_option_index:
            next_option = min(index for index in self.option_indices if index >= start)
            if not self.intermixed and start != next_option:
                positionals_end = self._consume_positionals(start)
                if positionals_end > start:
                    start = positionals_end
                    continue
                start = positionals_end
            if start not in self.option_indices:
                self.extras.extend(self.arg_strings[start:next_option])
                self.extras_pattern.extend(self.pattern[start:next_option])
                start = next_option
            start = self._consume_optional(start)
        if not self.intermixed:
            stop = self._consume_positionals(start)
            self.extras.extend(self.arg_strings[stop:])
        else:
            self.extras.extend(self.arg_strings[start:])
            self.extras_pattern.extend(self.pattern[start:])
            self._consume_intermixed_positionals()
        self._check_required()
        return self.namespace, self.extras

    def _parse_optional(self, arg_string):
        """None when `arg_string` is a positional, else a list of
        (action, option_string, separator, explicit_arg) candidates."""
        parser = self.parser
        if not arg_string:
            return None
        if arg_string[0] not in parser.prefix_chars:
            return None
        if arg_string in parser._option_string_actions:
            return [(parser._option_string_actions[arg_string], arg_string, None, None)]
        if len(arg_string) == 1:
            return None
        option_string, sep, explicit_arg = arg_string.partition('=')
        if sep and option_string in parser._option_string_actions:
            return [(parser._option_string_actions[option_string], option_string, sep,
                     explicit_arg)]
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join(option for _, option, _, _ in option_tuples)
            raise ArgumentError(None, f'ambiguous option: {arg_string} could match {options}')
        if len(option_tuples) == 1:
            return option_tuples
        if parser._negative_number_matcher.match(arg_string):
            if not parser._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return [(None, arg_string, None, None)]

    def _get_option_tuples(self, option_string):
        parser = self.parser
        result = []
        chars = parser.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if parser.allow_abbrev:
                prefix, sep, explicit_arg = option_string.partition('=')
                if not sep:
                    sep = explicit_arg = None
                for candidate, action in parser._option_string_actions.items():
                    if candidate.startswith(prefix):
                        result.append((action, candidate, sep, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_option = option_string[:2]
            short_explicit = option_string[2:]
            for candidate, action in parser._option_string_actions.items():
                if candidate == short_option:
                    result.append((action, candidate, '', short_explicit))
                elif parser.allow_abbrev and candidate.startswith(option_string):
                    result.append((action, candidate, None, None))
        else:
            raise ArgumentError(None, f'unexpected option string: {option_string}')
        return result

    def _take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        values = self.parser._get_values(action, argument_strings)
        if values is not action.default:
            self.seen_non_default_actions.add(action)
            for conflict in self.action_conflicts.get(action, []):
                if conflict in self.seen_non_default_actions:
                    raise ArgumentError(action, f'not allowed with argument '
                                                f'{_get_action_name(conflict)}')
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def _warn_deprecated(self, action, option_string):
        if action.deprecated and action not in self.warned:
            self.warned.add(action)
            if option_string:
                self.parser._warning(f"option '{option_string}' is deprecated")
            else:
                self.parser._warning(f"argument '{action.dest}' is deprecated")

    def _consume_optional(self, start_index):
        parser = self.parser
        option_tuples = self.option_indices[start_index]
        if len(option_tuples) > 1:
            options = ', '.join(option for _, option, _, _ in option_tuples)
            raise ArgumentError(None, f'ambiguous option: {self.arg_strings[start_index]} '
                                      f'could match {options}')
        action, option_string, sep, explicit_arg = option_tuples[0]
        action_tuples = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start_index])
                self.extras_pattern.append('O')
                return start_index + 1
            if explicit_arg is not None:
                arg_count = self._match_argument(action, 'A')
                chars = parser.prefix_chars
                if (arg_count == 0 and option_string[1] not in chars and explicit_arg != ''):
                    if sep or explicit_arg[0] in chars:
                        raise ArgumentError(action, f'ignored explicit argument '
                                                    f'{explicit_arg!r}')
                    action_tuples.append((action, [], option_string))
                    char = option_string[0]
                    option_string = char + explicit_arg[0]
                    optionals_map = parser._option_string_actions
                    if option_string in optionals_map:
                        action = optionals_map[option_string]
                        explicit_arg = explicit_arg[1:]
                        if not explicit_arg:
                            sep = explicit_arg = None
                        elif explicit_arg[0] == '=':
                            sep = '='
                            explicit_arg = explicit_arg[1:]
                        else:
                            sep = ''
                    else:
                        self.extras.append(char + explicit_arg)
                        self.extras_pattern.append('O')
                        stop = start_index + 1
                        break
                elif arg_count == 1:
                    stop = start_index + 1
                    action_tuples.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, f'ignored explicit argument {explicit_arg!r}')
            else:
                start = start_index + 1
                selected = self.pattern[start:]
                arg_count = self._match_argument(action, selected)
                stop = start + arg_count
                action_tuples.append((action, self.arg_strings[start:stop], option_string))
                break
        for action, args, option_string in action_tuples:
            self._warn_deprecated(action, option_string)
            self._take_action(action, args, option_string)
        return stop

    def _consume_positionals(self, start_index, strings=None, pattern=None):
        strings = self.arg_strings if strings is None else strings
        pattern = self.pattern if pattern is None else pattern
        arg_counts = self._match_arguments_partial(self.positionals, pattern[start_index:])
        for action, arg_count in zip(list(self.positionals), arg_counts):
            args = strings[start_index:start_index + arg_count]
            # The first '--' among a positional's strings only marks the end of options.
            if action.nargs == PARSER:
                if pattern[start_index] == '-':
                    args.remove('--')
            elif action.nargs != REMAINDER:
                if '-' in pattern[start_index:start_index + arg_count]:
                    args.remove('--')
            start_index += arg_count
            if args and action.deprecated and action.dest not in self.warned:
                self._warn_deprecated(action, None)
            self._take_action(action, args)
            self.positionals.remove(action)
        return start_index

    def _consume_intermixed_positionals(self):
        """Match the positionals against all the non-option extras, in order; unknown
        options and strings no positional took stay extras."""
        kinds = ''.join(self.extras_pattern)
        strings = [text for text, kind in zip(self.extras, kinds) if kind != 'O']
        stop = self._consume_positionals(0, strings, kinds.replace('O', ''))
        remaining = []
        for text, kind in zip(self.extras, kinds):
            if kind != 'O' and stop:
                stop -= 1
                continue
            remaining.append(text)
        self.extras = remaining

    def _match_argument(self, action, pattern):
        match = _re().match(self._nargs_pattern(action), pattern)
        if match is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            else:
                message = f"expected {nargs} argument{'s' if nargs != 1 else ''}"
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, pattern):
        for count in range(len(actions), 0, -1):
            joined = ''.join(self._nargs_pattern(action) for action in actions[:count])
            match = _re().match(joined, pattern)
            if match is not None:
                counts = [len(group) for group in match.groups()]
                # Positionals that would match nothing just before an option wait for
                # strings after it.
                if match.end() < len(pattern) and pattern[match.end()] == 'O':
                    while counts and not counts[-1]:
                        del counts[-1]
                return counts
        return []

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            pattern = '(-*A-*)'
        elif nargs == OPTIONAL:
            pattern = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            pattern = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            pattern = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            pattern = '([AO]*)' if action.option_strings else '(.*)'
        elif nargs == PARSER:
            pattern = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            pattern = '(-*-*)'
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def _check_required(self):
        parser = self.parser
        required = []
        for action in parser._actions:
            if action not in self.seen_actions:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(self.namespace, action.dest)
                      and action.default is getattr(self.namespace, action.dest)):
                    setattr(self.namespace, action.dest,
                            parser._get_value(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required))
        for group in parser._mutually_exclusive_groups:
            if group.required:
                if any(action in self.seen_non_default_actions
                       for action in group._group_actions):
                    continue
                names = [_get_action_name(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required'
                                    % ' '.join(names))
