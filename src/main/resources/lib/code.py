"""Read-eval-print loops in Python (Ember's code module).

InteractiveInterpreter runs source strings in a namespace, telling complete commands from ones
that need more lines (codeop); InteractiveConsole adds the line buffer and the prompt loop;
interact() runs a console.
"""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Runs commands in self.locals; errors are written through self.write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. True when the command is incomplete (more lines are needed);
        False when it ran, or was invalid (the error is shown by showsyntaxerror())."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object; any exception but SystemExit is shown by showtraceback()."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Show the syntax error being handled (no stack: there is none), under filename."""
        error_type, error, _ = sys.exc_info()
        try:
            if filename and issubclass(error_type, SyntaxError):
                error.filename = filename
            self._show(error_type, error, None, kwargs.pop("source", ""))
        finally:
            error_type = error = None

    def showtraceback(self):
        """Show the exception being handled, without this module's own frame."""
        error_type, error, tb = sys.exc_info()
        try:
            self._show(error_type, error, tb.tb_next, "")
        finally:
            error_type = error = tb = None

    def _show(self, error_type, error, tb, source):
        sys.last_type = error_type
        sys.last_traceback = tb
        error = error.with_traceback(tb)
        lines = source.splitlines()
        if source and error_type is SyntaxError and not error.text and len(lines) >= (error.lineno or 0) > 0:
            error.text = lines[error.lineno - 1]   # a string has no file to read the line from
        sys.last_exc = sys.last_value = error
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(traceback.format_exception(error_type, error, tb)))
            return
        try:
            sys.excepthook(error_type, error, tb)
        except SystemExit:
            raise
        except BaseException as hook_error:
            hook_error.__context__ = None
            hook_error = hook_error.with_traceback(hook_error.__traceback__.tb_next)
            print("Error in sys.excepthook:", file=sys.stderr)
            sys.__excepthook__(type(hook_error), hook_error, hook_error.__traceback__)
            print(file=sys.stderr)
            print("Original exception was:", file=sys.stderr)
            sys.__excepthook__(error_type, error, tb)

    def write(self, data):
        """Where errors go: sys.stderr (a subclass may send them elsewhere)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter with a buffer of the lines of an unfinished command and the
    prompting loop interact()."""

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        super().__init__(locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished command."""
        self.buffer = []

    def push(self, line, filename=None, _symbol="single"):
        """Add a line (without its line break) to the command and try to run it. True while the
        command needs more lines; the buffer is cleared once it ran or failed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename if filename is None else filename,
                              symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read one line after writing prompt (input(); EOFError at the end of input)."""
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        """Prompt (sys.ps1, or sys.ps2 inside a command), read, run, until the end of input.
        banner None prints Python's banner and this class's name, "" nothing; exitmsg None a
        "now exiting" line, "" nothing."""
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            self.write('Python %s on %s\nType "help", "copyright", "credits" or "license" for more '
                       "information.\n(%s)\n" % (sys.version, sys.platform, type(self).__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        saved = {}
        if self.local_exit:
            # exit() and quit() leave this loop instead of the program
            for name in ("exit", "quit"):
                if hasattr(builtins, name):
                    saved[name] = getattr(builtins, name)
                    setattr(builtins, name, Quitter(name))
        try:
            self._loop()
        finally:
            for name, value in saved.items():
                setattr(builtins, name, value)
            if exitmsg is None:
                self.write("now exiting %s...\n" % type(self).__name__)
            elif exitmsg != "":
                self.write("%s\n" % exitmsg)

    def _loop(self):
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write("\n")
                    return
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
            except SystemExit:
                if not self.local_exit:
                    raise
                self.write("\n")
                return


class Quitter:
    """exit / quit inside a console with local_exit: calling it ends the console."""

    def __init__(self, name):
        self.name = name
        self.eof = "Ctrl-Z plus Return" if sys.platform == "win32" else "Ctrl-D (i.e. EOF)"

    def __repr__(self):
        return "Use %s or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole (readfunc, if given, replaces its raw_input)."""
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401  (line editing where the module exists)
        except ImportError:
            pass
    console.interact(banner, exitmsg)
