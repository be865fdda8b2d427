"""Configuration file parser (INI-style files): configparser.

Written for Ember from the documentation and CPython 3.14's observable behaviour.

A configuration file has sections, each led by a "[section]" header, holding "name = value"
(or "name: value") options. Values may continue on more-indented lines; comments start with
'#' or ';' (configurable). The DEFAULT section supplies values to every other section.

RawConfigParser reads, queries and writes such files without interpolation; ConfigParser adds
"%(name)s" interpolation (BasicInterpolation) and type checks on the values it stores;
ExtendedInterpolation offers "${section:name}". Sections are reachable as mappings
(parser['section']['option']) through SectionProxy objects.
"""

from collections.abc import Iterable, MutableMapping
from collections import ChainMap as _ChainMap
import contextlib
import functools
import io
import itertools
import os
import re
import sys

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError", "UnnamedSectionDisabledError",
           "InvalidWriteError", "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION")

_default_dict = dict
DEFAULTSECT = "DEFAULT"

# How many nested references one value may go through before interpolation gives up.
MAX_INTERPOLATION_DEPTH = 10


# --- exceptions -----------------------------------------------------------------------------

def _source_prefix(source, lineno):
    """'While reading from SOURCE [line NN]: ' of the duplicate errors."""
    prefix = "While reading from " + repr(source)
    if lineno is not None:
        prefix += " [line {0:2d}]".format(lineno)
    return prefix + ": "


class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source (strict parsers), or created
    twice through the API."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            msg = "Section %r already exists" % (section,)
        else:
            msg = _source_prefix(source, lineno) + "section %r already exists" % (section,)
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option is repeated in an input source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + what
        else:
            msg = _source_prefix(source, lineno) + "option " + what
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an "
               "interpolation key {!r} which is not a valid option name. Raw value: {!r}"
               .format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid interpolation syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section "
               "{!r} contains an interpolation key which cannot be substituted in {} "
               "steps. Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax; collects every bad
    line of one source (errors: a list of (lineno, line))."""

    def __init__(self, source, *args):
        super().__init__(f'Source contains parsing errors: {source!r}')
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))

    def combine(self, others):
        for other in others:
            for error in other.errors:
                self.append(*error)
        return self

    @staticmethod
    def _raise_all(exceptions: Iterable['ParsingError']):
        """Raise the first of exceptions with the errors of all the others added (nothing
        when there are none)."""
        exceptions = iter(exceptions)
        with contextlib.suppress(StopIteration):
            raise next(exceptions).combine(exceptions)


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """Raised when a key without value is followed by continuation line."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\n"
                             "file: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class UnnamedSectionDisabledError(Error):
    """Raised when UNNAMED_SECTION is used by a parser created without
    allow_unnamed_section."""

    def __init__(self):
        Error.__init__(self, "Support for UNNAMED_SECTION is disabled.")


class _UnnamedSection:
    """The type of UNNAMED_SECTION: the options before the first header."""

    def __repr__(self):
        return "<UNNAMED_SECTION>"


class InvalidWriteError(Error):
    """Raised by write() for data the parser would read back differently (a key that looks
    like a section header or holds a delimiter)."""

    def __init__(self, msg=''):
        Error.__init__(self, msg)


UNNAMED_SECTION = _UnnamedSection()

# The "no argument given" marker of fallback= and friends (None is a valid fallback).
_UNSET = object()


# --- interpolation --------------------------------------------------------------------------

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _ReferenceInterpolation(Interpolation):
    """The shared engine of the two interpolations: MARK starts a reference, MARK MARK is
    a literal MARK; _KEYCRE matches one reference. Substitution is recursive, late (at get
    time) and limited to MAX_INTERPOLATION_DEPTH levels."""

    MARK = None
    OPEN = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = value.replace(self.MARK * 2, '')
        leftover = self._KEYCRE.sub('', leftover)
        if self.MARK in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(self.MARK)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self.MARK
        while rest:
            at = rest.find(mark)
            if at < 0:
                accum.append(rest)
                return
            if at > 0:
                accum.append(rest[:at])
                rest = rest[at:]
            following = rest[1:2]
            if following == mark:
                accum.append(mark)
                rest = rest[2:]
            elif following == self.OPEN:
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[match.end():]
                self._substitute(parser, option, accum, match.group(1), rest, section,
                                 map, depth, rawval)
            else:
                raise InterpolationSyntaxError(
                    option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (mark, mark, self.OPEN, rest))


class BasicInterpolation(_ReferenceInterpolation):
    """Interpolation as implemented in the classic ConfigParser: "%(name)s" is the value of
    option name of the same section (or DEFAULT); "%%" is a percent sign."""

    MARK = '%'
    OPEN = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, option, accum, name, rest, section, map, depth, rawval):
        name = parser.optionxform(name)
        try:
            value = map[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, name) from None
        if '%' in value:
            self._interpolate_some(parser, option, accum, value, section, map, depth + 1)
        else:
            accum.append(value)


class ExtendedInterpolation(_ReferenceInterpolation):
    """zc.buildout-style interpolation: "${name}" in the same section (or DEFAULT),
    "${section:name}" in another one; "$$" is a dollar sign."""

    MARK = '$'
    OPEN = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, accum, reference, rest, section, map, depth, rawval):
        path = reference.split(':')
        target_section = section
        target_option = option
        try:
            if len(path) == 1:
                target_option = parser.optionxform(path[0])
                value = map[target_option]
            elif len(path) == 2:
                target_section = path[0]
                target_option = parser.optionxform(path[1])
                value = parser.get(target_section, target_option, raw=True)
            else:
                raise InterpolationSyntaxError(option, section,
                                               "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  ":".join(path)) from None
        if value is None:
            return                      # an option without a value adds nothing
        if '$' in value:
            self._interpolate_some(parser, target_option, accum, value, target_section,
                                   dict(parser.items(target_section, raw=True)), depth + 1)
        else:
            accum.append(value)


# --- reading --------------------------------------------------------------------------------

class _ReadState:
    """Where _read is in the file: the current section and option, indentation, errors."""

    def __init__(self):
        self.elements_added = set()     # sections and (section, option) read from this source
        self.cursect = None             # the current section's dict
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent_level = 0           # indentation of the current option's first line
        self.cur_indent_level = 0
        self.errors = []


class _Line(str):
    """A line of the file with its comment-free, stripped text (clean) and whether comments
    were removed from it (has_comments)."""

    __slots__ = 'clean', 'has_comments'

    def __new__(cls, val, *args, **kwargs):
        return super().__new__(cls, val)

    def __init__(self, val, comments):
        stripped = val.strip()
        self.clean = comments.strip(stripped)
        self.has_comments = stripped != self.clean


class _CommentSpec:
    """Removes comments from a stripped line: a full-line prefix at its start, or an inline
    prefix at its start or after whitespace (with everything after it)."""

    def __init__(self, full_prefixes, inline_prefixes):
        alternatives = [fr'^({re.escape(prefix)}).*' for prefix in full_prefixes]
        alternatives += [fr'(^|\s)({re.escape(prefix)}.*)' for prefix in inline_prefixes]
        self.pattern = re.compile('|'.join(alternatives))

    def strip(self, text):
        return self.pattern.sub('', text).rstrip()

    def wrap(self, text):
        return _Line(text, self)


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    # A section header: '[', anything, ']' (the last ']' on the line).
    _SECT_TMPL = r"""
        \[                                 # [
        (?P<header>.+)                     # the name: anything
        \]                                 # ]
        """
    # An option: a name, a delimiter with any space around it, and the value.
    _OPT_TMPL = r"""
        (?P<option>.*?)                    # the name, as short as possible
        \s*(?P<vi>{delim})\s*              # a delimiter
        (?P<value>.*)$                     # the value, to the end of the line
        """
    # The same when options may have no value (allow_no_value): the delimiter is optional.
    _OPT_NV_TMPL = r"""
        (?P<option>.*?)                    # the name, as short as possible
        \s*(?:                             # optionally: a delimiter
        (?P<vi>{delim})\s*
        (?P<value>.*))?$                   # and the value
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        self._optcre = self._option_pattern(delimiters, allow_no_value)
        self._comments = _CommentSpec(comment_prefixes or (), inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(self._interpolation)}")
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)
        self._allow_unnamed_section = allow_unnamed_section

    def _option_pattern(self, delimiters, allow_no_value):
        if delimiters == ('=', ':'):
            return self.OPTCRE_NV if allow_no_value else self.OPTCRE
        alternatives = "|".join(re.escape(d) for d in delimiters)
        template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
        return re.compile(template.format(delim=alternatives), re.VERBOSE)

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new section in the configuration.

        Raise DuplicateSectionError if a section by the specified name already exists.
        Raise ValueError if name is DEFAULT."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section is UNNAMED_SECTION and not self._allow_unnamed_section:
            raise UnnamedSectionDisabledError
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Indicate whether the named section is present in the configuration.

        The DEFAULT section is not acknowledged."""
        return section in self._sections

    def options(self, section):
        """Return a list of option names for the given section name."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames.

        Files that cannot be opened are silently ignored. Return the list of files read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Like read() but the argument must be a file-like object (an iterable of lines).

        source names it in error messages: f.name by default, else '<???>'."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a given string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read configuration from a dictionary of sections, each a dictionary of options.

        Section names, option names and values (except None) are converted to strings."""
        elements_added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in elements_added:
                    raise
            elements_added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in elements_added:
                    raise DuplicateOptionError(section, key, source)
                elements_added.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section.

        The option is looked up in vars (if given), the section and DEFAULT, in that order;
        a missing option gives fallback when one is given. Unless raw, the value is
        interpolated."""
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: the (name, SectionProxy) pairs. With one: its (name, value)
        pairs including DEFAULT's, interpolated unless raw; vars override values."""
        if section is _UNSET:
            return super().items()
        values = self._defaults.copy()
        try:
            values.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(values.keys())
        if vars:
            for key, value in vars.items():
                values[self.optionxform(key)] = value
        if raw:
            return [(name, values[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, values[name], values)) for name in names]

    def popitem(self):
        """Remove a section and return it as (name, SectionProxy); KeyError when there is
        none (DEFAULT cannot be removed)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option exists in the section (or in DEFAULT). An empty or None section
        means DEFAULT; a missing section gives False."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def _section_dict(self, section):
        """The dict of a section's own options (DEFAULT's for an empty name)."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration state (comments of the
        file read are not kept)."""
        if space_around_delimiters:
            delimiter = " {} ".format(self._delimiters[0])
        else:
            delimiter = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        if self._sections.get(UNNAMED_SECTION):
            self._write_section(fp, UNNAMED_SECTION, self._sections[UNNAMED_SECTION].items(),
                                delimiter, unnamed=True)
        for section in self._sections:
            if section is not UNNAMED_SECTION:
                self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        """Write a single section to the specified 'fp'."""
        if not unnamed:
            fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            self._validate_key_contents(key)
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                # continuation lines are indented so that they read back as one value
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; returns whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        existed = option in options
        if existed:
            del options[option]
        return existed

    def remove_section(self, section):
        """Remove a file section; returns whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return                 # parser['s'] = parser['s'] would otherwise empty it
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1       # DEFAULT counts

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _read(self, fp, fpname):
        """Parse a sectioned configuration file from the lines of fp.

        Errors of syntax are collected and raised together as one ParsingError at the end;
        duplicates (strict mode) and a missing first header stop at once. Values read so far
        are kept either way."""
        try:
            ParsingError._raise_all(self._read_inner(fp, fpname))
        finally:
            self._join_multiline_values()

    def _read_inner(self, fp, fpname):
        st = _ReadState()
        for st.lineno, line in enumerate(map(self._comments.wrap, fp), start=1):
            if not line.clean:
                self._handle_empty_line(st, line)
                continue
            first_nonspace = self.NONSPACECRE.search(line)
            st.cur_indent_level = first_nonspace.start() if first_nonspace else 0
            if self._handle_continuation_line(st, line, fpname):
                continue
            self._handle_rest(st, line, fpname)
        return st.errors

    def _handle_empty_line(self, st, line):
        if self._empty_lines_in_values:
            # A blank line (not a comment) may be part of a multi-line value.
            if (not line.has_comments and st.cursect is not None and st.optname
                    and st.cursect[st.optname] is not None):
                st.cursect[st.optname].append('')      # joined with newlines later
        else:
            st.indent_level = sys.maxsize              # a blank line ends the value

    def _handle_continuation_line(self, st, line, fpname):
        is_continuation = (st.cursect is not None and st.optname
                           and st.cur_indent_level > st.indent_level)
        if is_continuation:
            if st.cursect[st.optname] is None:
                raise MultilineContinuationError(fpname, st.lineno, line)
            st.cursect[st.optname].append(line.clean)
        return is_continuation

    def _handle_rest(self, st, line, fpname):
        if self._allow_unnamed_section and st.cursect is None:
            self._handle_header(st, UNNAMED_SECTION, fpname)
        st.indent_level = st.cur_indent_level
        match = self.SECTCRE.match(line.clean)
        if not match and st.cursect is None:
            raise MissingSectionHeaderError(fpname, st.lineno, line)
        if match:
            self._handle_header(st, match.group('header'), fpname)
        else:
            self._handle_option(st, line, fpname)

    def _handle_header(self, st, sectname, fpname):
        st.sectname = sectname
        if sectname in self._sections:
            if self._strict and sectname in st.elements_added:
                raise DuplicateSectionError(sectname, fpname, st.lineno)
            st.cursect = self._sections[sectname]
            st.elements_added.add(sectname)
        elif sectname == self.default_section:
            st.cursect = self._defaults
        else:
            st.cursect = self._dict()
            self._sections[sectname] = st.cursect
            self._proxies[sectname] = SectionProxy(self, sectname)
            st.elements_added.add(sectname)
        st.optname = None

    def _handle_option(self, st, line, fpname):
        st.indent_level = st.cur_indent_level
        match = self._optcre.match(line.clean)
        if not match:
            st.errors.append(ParsingError(fpname, st.lineno, line))
            return
        optname, _, optval = match.group('option', 'vi', 'value')
        if not optname:
            st.errors.append(ParsingError(fpname, st.lineno, line))
        st.optname = self.optionxform(optname.rstrip())
        if self._strict and (st.sectname, st.optname) in st.elements_added:
            raise DuplicateOptionError(st.sectname, st.optname, fpname, st.lineno)
        st.elements_added.add((st.sectname, st.optname))
        # Values are lists of lines while reading (joined by _join_multiline_values).
        st.cursect[st.optname] = None if optval is None else [optval.strip()]

    def _join_multiline_values(self):
        all_sections = itertools.chain(((self.default_section, self._defaults),),
                                       self._sections.items())
        for section, options in all_sections:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        """Read the defaults passed to the initializer (values may be of any type)."""
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _unify_values(self, section, vars):
        """The lookup chain of get(): vars, then the section, then DEFAULT."""
        section_values = {}
        try:
            section_values = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        var_values = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                var_values[self.optionxform(key)] = value
        return _ChainMap(var_values, section_values, self._defaults)

    def _convert_to_boolean(self, value):
        """The bool of '1'/'yes'/'true'/'on' or '0'/'no'/'false'/'off' (any case)."""
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def _validate_key_contents(self, key):
        """Refuses to write a key that would read back differently: one that starts like a
        section header or holds a delimiter."""
        if re.match(self.SECTCRE, key):
            raise InvalidWriteError(f"Cannot write key {key}; begins with section pattern")
        for delimiter in self._delimiters:
            if delimiter in key:
                raise InvalidWriteError(f"Cannot write key {key}; contains delimiter {delimiter}")

    def _validate_value_types(self, *, section="", option="", value=""):
        """Raises a TypeError for a section name, option name or value that is not a str
        (UNNAMED_SECTION and, with allow_no_value, a false value are allowed).

        Used by the mapping protocol and ConfigParser.set(); RawConfigParser.set() keeps
        accepting anything for compatibility."""
        if section is UNNAMED_SECTION:
            if not self._allow_unnamed_section:
                raise UnnamedSectionDisabledError
        elif not isinstance(section, str):
            raise TypeError("section names must be strings or UNNAMED_SECTION")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option, checking the types and the interpolation syntax of the value."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section, checking that its name is a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        """Read the initializer's defaults like read_dict (values become strings), without
        checking their interpolation syntax."""
        saved = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SectionProxy(MutableMapping):
    """A proxy for a single section from a parser."""

    def __init__(self, parser, name):
        """Creates a view on a section of the specified name in parser."""
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Get an option value; None (or fallback) when the option is missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function, each giving the parser (and its section
    proxies) a get<name>() method. Getters the parser class defines itself (getint, ...)
    are listed with the value None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            match = self.GETTERCRE.match(getter)
            if match and callable(getattr(self._parser, getter)):
                self._data[match.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method_name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if method_name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, method_name, getter)
        for proxy in self._parser.values():
            setattr(proxy, method_name, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            method_name = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, method_name)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
