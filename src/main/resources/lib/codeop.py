"""Compiling source that may be an unfinished interactive command (Ember's codeop).

compile_command(source, filename="<input>", symbol="single") and CommandCompiler()(...) return
a code object when the source is a complete command, None when more lines could complete it,
and raise SyntaxError (or OverflowError / ValueError) when no continuation can make it valid.
Compile and CommandCompiler remember the __future__ imports of what they compiled.

The decision rests on compile()'s PyCF_ALLOW_INCOMPLETE_INPUT flag: the parser raises
_IncompleteInputError when it failed only because the input stopped early.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_INCOMPLETE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT


def _is_blank(source):
    """Only empty lines and comments."""
    return all(not line.strip() or line.strip().startswith("#") for line in source.split("\n"))


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval" and _is_blank(source):
        source = "pass"   # an empty command is a complete one
    with warnings.catch_warnings():
        # the trial compiles must not warn twice about the same source
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            try:
                compiler(source + "\n", filename, symbol)
                return None   # valid once the line is ended: wait for it
            except _IncompleteInputError:
                return None
            except SyntaxError:
                pass          # really invalid: raise the error below, warnings included
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = _INCOMPLETE_FLAGS if incomplete_input else 0
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command; None if it is incomplete.

    symbol is "single" (the default), "exec" or "eval". Raises SyntaxError for an invalid
    command, OverflowError or ValueError for an invalid literal.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but statements `from __future__ import ...` in what it compiled stay
    in force for what it compiles next."""

    def __init__(self):
        self.flags = _INCOMPLETE_FLAGS

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        flags |= self.flags
        if kwargs.get("incomplete_input", True) is False:
            flags &= ~_INCOMPLETE_FLAGS
        code = compile(source, filename, symbol, flags, True)
        for name in __future__.all_feature_names:
            feature = getattr(__future__, name)
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ imports (see Compile)."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
