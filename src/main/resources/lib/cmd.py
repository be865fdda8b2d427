"""A framework for line-oriented command interpreters.

Ember's own version of CPython's `cmd`. Subclass Cmd and define `do_<name>(self, arg)`
methods: cmdloop() prompts, reads a line, and calls the method named by its first word with
the rest of the line; a true return value ends the loop. Also:

* `help_<name>()` methods and the docstrings of do_ methods answer `help <name>` (or `?name`);
  plain `help` lists the commands in columns under doc_header, misc_header and undoc_header.
* `!line` runs do_shell(line) if there is one; an empty line repeats the last command
  (emptyline()); an unknown command calls default(line).
* precmd/postcmd/preloop/postloop are hooks; cmdqueue holds lines to run before reading more.
* With readline available and use_rawinput true, completekey completes command names and
  calls `complete_<name>(text, line, begidx, endidx)` for arguments.
"""

import inspect
import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A line-oriented command interpreter; subclass it and add do_* methods."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey: the readline key that completes (None for no completion);
        stdin/stdout: the files to use instead of sys.stdin/sys.stdout."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ---- the loop

    def cmdloop(self, intro=None):
        """Reads and runs commands until one returns a true value (after postcmd)."""
        self.preloop()
        completing = self.use_rawinput and self.completekey
        if completing:
            self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            stop = None
            while not stop:
                line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if completing:
                self._restore_completer()

    def _read_line(self):
        """The next line typed (without its line end), or 'EOF' at the end of the input."""
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def _install_completer(self):
        try:
            import readline
        except ImportError:
            return
        self.old_completer = readline.get_completer()
        readline.set_completer(self.complete)
        if getattr(readline, 'backend', None) == 'editline':
            key = '^I' if self.completekey == 'tab' else self.completekey
            readline.parse_and_bind(f'bind {key} rl_complete')
        else:
            readline.parse_and_bind(f'{self.completekey}: complete')

    def _restore_completer(self):
        try:
            import readline
        except ImportError:
            return
        readline.set_completer(self.old_completer)

    def precmd(self, line):
        """Called with each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command with its result; returns whether to stop."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""

    def postloop(self):
        """Called once when cmdloop() is about to return."""

    # ---- one command

    def parseline(self, line):
        """(command, argument, line) of a line; command and argument are None when the line
        names no command ('?' stands for help, '!' for shell when there is do_shell)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Runs one line as if typed at the prompt; returns the command's result (true: stop)."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if not command:
            return self.default(line)
        method = getattr(self, 'do_' + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """Called for an empty line: repeats the last command, if any."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is unknown: says so."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # ---- completion

    def completedefault(self, *ignored):
        """Completes the arguments of a command that has no complete_ method: nothing."""
        return []

    def completenames(self, text, *ignored):
        """The command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            stripped = len(whole) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                command = self.parseline(line)[0]
                completer = self.completedefault
                if command != '':
                    completer = getattr(self, 'complete_' + command, self.completedefault)
            else:
                completer = self.completenames
            self.completion_matches = completer(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names that may be commands and help topics: the class's."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completes `help`'s argument: command names and help topics."""
        commands = set(self.completenames(*args))
        topics = {name[5:] for name in self.get_names() if name.startswith('help_' + args[0])}
        return list(commands | topics)

    # ---- help

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        for name in dict.fromkeys(names):  # sorted, each once
            if not name.startswith('do_'):
                continue
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, 'help_' + arg, None)
        if helper is not None:
            helper()
            return
        method = getattr(self, 'do_' + arg, None)
        if method is not None:
            doc = inspect.cleandoc(method.__doc__) if method.__doc__ else None
            if doc:
                self.stdout.write('%s\n' % str(doc))
                return
        self.stdout.write('%s\n' % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """Writes header, a ruler under it, and the names in columns (nothing if no names)."""
        if not cmds:
            return
        self.stdout.write('%s\n' % str(header))
        if self.ruler:
            self.stdout.write('%s\n' % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Writes the strings in as few rows as fit in displaywidth, filled column by column,
        each column as wide as its longest string, columns two spaces apart."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(bad))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = _layout(list, displaywidth)
        for row in range(rows):
            cells = [list[i] for i in range(row, len(list), rows)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write('%s\n' % '  '.join(cell.ljust(widths[col]) for col, cell in enumerate(cells)))


def _layout(items, displaywidth):
    """(rows, column widths) of the fewest rows whose columns fit displaywidth (one column if none)."""
    for rows in range(1, len(items)):
        widths = []
        total = -2
        for start in range(0, len(items), rows):
            width = max(len(item) for item in items[start:start + rows])
            widths.append(width)
            total += width + 2
            if total > displaywidth:
                break
        if total <= displaywidth:
            return rows, widths
    return len(items), [0]
