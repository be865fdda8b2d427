# cmd.Cmd: the loop over a given stdin, dispatch, help listings, '?', '!', empty lines,
# EOF, hooks, cmdqueue, parseline, completion helpers and columnize layouts
import cmd
import io


class Shell(cmd.Cmd):
    """A test shell."""
    prompt = '> '

    def do_greet(self, arg):
        'Say hello.'
        self.stdout.write('hello %s\n' % (arg or 'nobody'))

    def do_add(self, arg):
        """Add numbers:
            add 1 2 3
        """
        self.stdout.write('%d\n' % sum(map(int, arg.split())))

    def do_quit(self, arg):
        self.stdout.write('bye\n')
        return True

    def do_EOF(self, arg):
        self.stdout.write('EOF seen\n')
        return True

    def help_topic(self):
        self.stdout.write('topic help\n')

    def help_greet(self):
        self.stdout.write('greet has its own help_ method\n')

    def do_undoc(self, arg):
        pass

    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ('alice', 'bob', 'bert') if n.startswith(text)]

    def precmd(self, line):
        self.stdout.write('[pre %r]\n' % line)
        return line

    def postcmd(self, stop, line):
        self.stdout.write('[post %r %r]\n' % (stop, line))
        return stop

    def preloop(self):
        self.stdout.write('[preloop]\n')

    def postloop(self):
        self.stdout.write('[postloop]\n')


def run(shell_class, text, intro=None, **attrs):
    out = io.StringIO()
    shell = shell_class(stdin=io.StringIO(text), stdout=out)
    shell.use_rawinput = False
    for name, value in attrs.items():
        setattr(shell, name, value)
    shell.cmdloop(intro)
    return shell, out.getvalue()


shell, out = run(Shell, 'greet bob\ngreet\n\nadd 1 2 3\n?\nhelp add\nhelp greet\nhelp topic\n'
                 'help nothing\nhelp undoc\nbad command\n!ls\n  add 4 5  \r\nquit\nafter quit\n',
                 intro='welcome')
print(out)
print(repr(shell.lastcmd))

_, out = run(Shell, 'greet x\n')
print(out)


class WithShell(cmd.Cmd):
    def do_shell(self, arg):
        self.stdout.write('shell got %r\n' % arg)

    def default(self, line):
        self.stdout.write('default got %r\n' % line)

    def emptyline(self):
        self.stdout.write('empty line\n')

    def do_EOF(self, arg):
        return True


w, out = run(WithShell, '!echo hi\n\n?\n  \n-x\nEOF\n', cmdqueue=['queued one'])
print(out)

c = cmd.Cmd()
for line in ['', '   ', 'help', '?x', '!x', 'add 1 2', 'add-1', 'with.dot args', '  spaced   out  ', '123abc def']:
    print(repr(line), c.parseline(line))
print(cmd.Cmd.prompt, cmd.PROMPT, cmd.IDENTCHARS[:5], cmd.__all__)
print(sorted(Shell().completenames('')), Shell().completenames('gr'))
print(sorted(Shell().complete_help('g')), sorted(Shell().complete_help('')))
print(Shell().completedefault('x', 'line', 0, 1))

out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(['only'])
c.columnize([str(i) * (i % 7) for i in range(40)], 30)
c.columnize(['a', 'bb', '', 'ccc', ''], 10)
c.columnize(['x' * 50, 'y' * 50], 40)
c.columnize(['word%d' % i for i in range(25)])
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
print(out.getvalue())

out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.ruler = ''
c.print_topics('Header', ['a', 'b'], 15, 80)
c.print_topics('Nothing', [], 15, 80)
c.ruler = '-'
c.print_topics('Other', ['zeta', 'eta'], 15, 80)
print(out.getvalue())
