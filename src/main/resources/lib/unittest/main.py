"""unittest.main / TestProgram and the `python -m unittest` command line."""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

_OPTION_HELP = [
    ('-h, --help', 'show this help message and exit'),
    ('-v, --verbose', 'Verbose output'),
    ('-q, --quiet', 'Quiet output'),
    ('--locals', 'Show local variables in tracebacks'),
    ('--durations N', 'Show the N slowest test cases (N=0 for all)'),
    ('-f, --failfast', 'Stop on first fail or error'),
    ('-c, --catch', 'Catch Ctrl-C and display results so far'),
    ('-b, --buffer', 'Buffer stdout and stderr during tests'),
    ('-k TESTNAMEPATTERNS', 'Only run tests which match the given substring'),
]
_DISCOVERY_HELP = [
    ('-s, --start-directory START', "Directory to start discovery ('.' default)"),
    ('-p, --pattern PATTERN', "Pattern to match tests ('test*.py' default)"),
    ('-t, --top-level-directory TOP',
     'Top level directory of project (defaults to start directory)'),
]


def _convert_name(name):
    """A path to a .py file below the current directory becomes a dotted module name."""
    import os
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            relative = os.path.relpath(name, os.getcwd())
            if os.path.isabs(relative) or relative.startswith(os.pardir):
                return name
            name = relative
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    return pattern if '*' in pattern else f'*{pattern}*'


_OPTION_NAMES = {
    '-s': '-s/--start-directory', '--start-directory': '-s/--start-directory',
    '-p': '-p/--pattern', '--pattern': '-p/--pattern',
    '-t': '-t/--top-level-directory', '--top-level-directory': '-t/--top-level-directory',
}

_USAGE_WIDTH = 78   # argparse's width on a terminal of unknown size (80 columns - 2)


def _wrap_usage(prog, optionals, positionals):
    """The argparse-style usage line: one line when it fits, else the optionals wrapped
    under the program name and the positionals on lines of their own."""
    prefix = 'usage: '
    one_line = ' '.join([prog] + optionals + positionals)
    if len(prefix) + len(one_line) <= _USAGE_WIDTH:
        return prefix + one_line
    indent = ' ' * (len(prefix) + len(prog) + 1)

    def fill(parts, first_prefix):
        lines, current = [], []
        length = len(first_prefix) - 1
        for part in parts:
            if current and length + 1 + len(part) > _USAGE_WIDTH:
                lines.append(current)
                current, length = [], len(indent) - 1
            current.append(part)
            length += 1 + len(part)
        if current:
            lines.append(current)
        return [' '.join(line) for line in lines]

    lines = fill([prog] + optionals, prefix)
    if positionals:
        lines.extend(fill(positionals, indent))
    return prefix + ('\n' + indent).join(lines)


class TestProgram:
    """Loads tests named on the command line (or all of a module) and runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1]   # os.path.basename, without os
        self.parseArgs(argv)
        self.runTests()

    # --- command line ---------------------------------------------------------------------

    def _usage(self, discovery):
        prog = f'{self.progName} discover' if discovery else self.progName
        flags = ['[-h]', '[-v]', '[-q]', '[--locals]', '[--durations N]']
        flags += self._optional_flags()
        if discovery:
            flags += ['[-s START]', '[-p PATTERN]', '[-t TOP]']
            positionals = []
        else:
            positionals = ['[tests ...]']
        return _wrap_usage(prog, flags, positionals)

    def _optional_flags(self):
        flags = []
        if self._takes_failfast:
            flags.append('[-f]')
        if self._takes_catch:
            flags.append('[-c]')
        if self._takes_buffer:
            flags.append('[-b]')
        if self._takes_patterns:
            flags.append('[-k TESTNAMEPATTERNS]')
        return flags

    def _print_help(self, discovery=False):
        print(self._usage(discovery))
        print()
        if not discovery:
            print('positional arguments:')
            print('  tests                 a list of any number of test modules, classes '
                  'and test\n                        methods.')
            print()
        print('options:')
        for flag, text in _OPTION_HELP + (_DISCOVERY_HELP if discovery else []):
            if len(flag) <= 20:
                print(f'  {flag:<20}  {text}')
            else:
                print(f'  {flag}\n                        {text}')
        print()
        if discovery:
            print('For test discovery all test modules must be importable from the top '
                  'level\ndirectory of the project.')
        elif self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def _fail_usage(self, message, discovery):
        prog = f'{self.progName} discover' if discovery else self.progName
        sys.stderr.write(self._usage(discovery) + '\n')
        sys.stderr.write(f'{prog}: error: {message}\n')
        sys.exit(2)

    def _parse_options(self, args, discovery):
        """Apply the options in `args`; returns the positional arguments. As with argparse,
        only the first run of positional arguments is taken; later ones, and unknown
        options, are reported together as unrecognized."""
        positional = []
        extras = []
        positional_taken = False
        index = 0
        while index < len(args):
            arg = args[index]
            index += 1
            if arg == '--':
                if positional_taken:
                    extras.extend(args[index:])
                else:
                    positional.extend(args[index:])
                break
            if not arg.startswith('-') or arg == '-':
                run = [arg]
                while index < len(args) and (not args[index].startswith('-')
                                             or args[index] == '-'):
                    run.append(args[index])
                    index += 1
                if positional_taken:
                    extras.extend(run)
                else:
                    positional.extend(run)
                    positional_taken = True
                continue
            index = self._parse_one_option(arg, args, index, discovery, extras)
        if extras:
            self._fail_usage(f"unrecognized arguments: {' '.join(extras)}", discovery)
        return positional

    def _parse_one_option(self, arg, args, index, discovery, extras):
        """Apply the option `arg` (taking its value from args[index] when needed); returns
        the index of the next argument."""
        if arg.startswith('--'):
            name, equals, inline = arg.partition('=')
            inline = inline if equals else None
        else:
            name, inline = arg[:2], (arg[2:] or None)
        if not self._known_option(name, discovery):
            extras.append(arg)
            return index
        if self._option_takes_value(name, discovery):
            if inline is not None:
                value = inline
            elif index < len(args) and not args[index].startswith('-'):
                value = args[index]
                index += 1
            else:
                self._fail_usage(f'argument {_OPTION_NAMES.get(name, name)}: expected one '
                                 f'argument', discovery)
            self._apply_value_option(name, value, discovery)
            return index
        flags = [name] if arg.startswith('--') else ['-' + ch for ch in arg[1:]]
        for flag in flags:
            if not self._known_option(flag, discovery):
                extras.append(arg)
                break
            self._apply_flag(flag, discovery, arg)
        return index

    def _known_option(self, name, discovery):
        known = {'-h', '--help', '-v', '--verbose', '-q', '--quiet', '--locals', '--durations'}
        if self._takes_failfast:
            known |= {'-f', '--failfast'}
        if self._takes_catch:
            known |= {'-c', '--catch'}
        if self._takes_buffer:
            known |= {'-b', '--buffer'}
        if self._takes_patterns:
            known.add('-k')
        if discovery:
            known |= {'-s', '--start-directory', '-p', '--pattern', '-t',
                      '--top-level-directory'}
        return name in known

    def _option_takes_value(self, name, discovery):
        value_options = {'--durations', '-k'}
        if discovery:
            value_options |= {'-s', '--start-directory', '-p', '--pattern', '-t',
                              '--top-level-directory'}
        return name in value_options

    def _apply_value_option(self, name, value, discovery):
        if name == '--durations':
            try:
                self.durations = int(value)
            except ValueError:
                self._fail_usage(f"argument --durations: invalid int value: '{value}'",
                                 discovery)
        elif name == '-k' and self._takes_patterns:
            self.testNamePatterns.append(_convert_select_pattern(value))
        elif name in ('-s', '--start-directory'):
            self.start = value
        elif name in ('-p', '--pattern'):
            self.pattern = value
        elif name in ('-t', '--top-level-directory'):
            self.top = value
        else:
            self._fail_usage(f'unrecognized arguments: {name}', discovery)

    def _apply_flag(self, flag, discovery, arg):
        if flag in ('-h', '--help'):
            self._print_help(discovery)
            sys.exit(0)
        elif flag in ('-v', '--verbose'):
            self.verbosity = 2
        elif flag in ('-q', '--quiet'):
            self.verbosity = 0
        elif flag == '--locals':
            self.tb_locals = True
        elif flag in ('-f', '--failfast') and self._takes_failfast:
            self.failfast = True
        elif flag in ('-c', '--catch') and self._takes_catch:
            self.catchbreak = True
        elif flag in ('-b', '--buffer') and self._takes_buffer:
            self.buffer = True
        else:
            self._fail_usage(f'unrecognized arguments: {arg}', discovery)

    def _init_option_defaults(self):
        # Options given to the constructor are fixed; only the others are on the command line.
        self._takes_failfast = self.failfast is None
        self._takes_catch = self.catchbreak is None
        self._takes_buffer = self.buffer is None
        self._takes_patterns = self.testNamePatterns is None
        if self._takes_failfast:
            self.failfast = False
        if self._takes_catch:
            self.catchbreak = False
        if self._takes_buffer:
            self.buffer = False
        if self._takes_patterns:
            self.testNamePatterns = []

    def parseArgs(self, argv):
        self._init_option_defaults()
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self.tests = self._parse_options(argv[1:], discovery=False)
        if self.module is None and not self.tests:
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if not hasattr(self, '_takes_failfast'):
                self._init_option_defaults()
            positional = self._parse_options(argv, discovery=True)
            if len(positional) > 3:
                self._fail_usage(f"unrecognized arguments: {' '.join(positional[3:])}",
                                 True)
            for name, value in zip(('start', 'pattern', 'top'), positional):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            test_runner = self._make_runner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)

    def _make_runner(self):
        try:
            try:
                return self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                       buffer=self.buffer, warnings=self.warnings,
                                       tb_locals=self.tb_locals, durations=self.durations)
            except TypeError:
                return self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                       buffer=self.buffer, warnings=self.warnings)
        except TypeError:
            return self.testRunner()


main = TestProgram
