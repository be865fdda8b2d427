"""Command-line option parsing in the style of C's getopt() (Ember's own implementation of
CPython 3.14's `getopt` module).

getopt(args, shortopts, longopts=[]) stops at the first non-option argument; gnu_getopt() lets
options and other arguments mix. In `shortopts` a letter followed by ':' takes an argument and one
followed by '::' an optional one (only in the attached form, -xVALUE); in `longopts` a name
ending in '=' takes an argument and one ending in '=?' an optional one (--name=VALUE). Long
options may be abbreviated to any unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option or a missing or unexpected argument; `opt` names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError     # the module's older name for it


def getopt(args, shortopts, longopts=[]):
    """Parses options at the front of `args`; returns ([(option, value), ...], remaining)."""
    args = list(args)
    longopts = _long_list(longopts)
    options = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        args = _take_option(args, options, shortopts, longopts)
    return options, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow other arguments. A `shortopts` starting with '+'
    (or POSIXLY_CORRECT in the environment) stops at the first other argument as getopt() does;
    one starting with '-' returns the other arguments before each option in place, as a
    (None, [arguments]) pair."""
    args = list(args)
    longopts = _long_list(longopts)
    options = []
    others = []
    in_order = False
    if shortopts.startswith('-'):
        shortopts = shortopts[1:]
        in_order = True
    stop_at_other = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    while args:
        if args[0] == '--':
            others += args[1:]
            break
        if args[0].startswith('-') and args[0] != '-':
            if in_order and others:
                # the arguments before this option, as one pair (trailing ones stay in `others`)
                options.append((None, others))
                others = []
            args = _take_option(args, options, shortopts, longopts)
        elif stop_at_other:
            others += args
            break
        else:
            others.append(args[0])
            args = args[1:]
    return options, others


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _take_option(args, options, shortopts, longopts):
    """Consumes the option (cluster) at args[0] and any argument it takes; returns the rest."""
    if args[0].startswith('--'):
        return _take_long(args[0][2:], args[1:], options, longopts)
    return _take_short(args[0][1:], args[1:], options, shortopts)


def _take_long(text, rest, options, longopts):
    name, has_value, value = text.partition('=')
    name, argument = _match_long(name, longopts)
    if argument == 'required':
        if not has_value:
            if not rest:
                raise GetoptError(f'option --{name} requires argument', name)
            value, rest = rest[0], rest[1:]
    elif argument == 'optional':
        pass                              # --name means '', --name=VALUE means VALUE
    elif has_value:
        raise GetoptError(f'option --{name} must not have an argument', name)
    options.append(('--' + name, value))
    return rest


def _match_long(name, longopts):
    """The long option `name` abbreviates: (full name, 'none' | 'required' | 'optional')."""
    candidates = [option for option in longopts if option.startswith(name)]
    if not candidates:
        raise GetoptError(f'option --{name} not recognized', name)
    for suffix, argument in (('', 'none'), ('=', 'required'), ('=?', 'optional')):
        if name + suffix in candidates:
            return name, argument
    if len(candidates) > 1:
        raise GetoptError(f'option --{name} not a unique prefix; possible options: '
                          f'{", ".join(candidates)}', name)
    full = candidates[0]
    if full.endswith('=?'):
        return full[:-2], 'optional'
    if full.endswith('='):
        return full[:-1], 'required'
    return full, 'none'


def _take_short(cluster, rest, options, shortopts):
    while cluster:
        letter, cluster = cluster[0], cluster[1:]
        argument = _short_argument(letter, shortopts)
        value = ''
        if argument == 'required':
            if not cluster:
                if not rest:
                    raise GetoptError(f'option -{letter} requires argument', letter)
                cluster, rest = rest[0], rest[1:]
            value, cluster = cluster, ''
        elif argument == 'optional':
            value, cluster = cluster, ''
        options.append(('-' + letter, value))
    return rest


def _short_argument(letter, shortopts):
    """'none', 'required' or 'optional' for the short option `letter`."""
    for i, declared in enumerate(shortopts):
        if declared == letter and letter != ':':
            if shortopts.startswith('::', i + 1):
                return 'optional'
            return 'required' if shortopts.startswith(':', i + 1) else 'none'
    raise GetoptError(f'option -{letter} not recognized', letter)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
