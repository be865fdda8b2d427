# textwrap.dedent as of Python 3.14: lines made of any whitespace (not only spaces and
# tabs) are blank. Recorded with CPython 3.14.
import textwrap
cases = ["    hello\n      world\n    end", "  a\n\tb\n", "    a\n\n    b\n  \n", "   \n  x\n    y\n",
         "", "   ", "  a\r\n  b\r\n", "  x\n \n   \t\n  y", "  a\n  \x0c\n  b", "  a\n  \r\n  b",
         "  a\x0c\n  b", "\x0c  a\n\x0c  b", "  a\n\u00a0 b", "  a\n  \u2003\n  b", "\u2003\n  q", "\n\n",
         " \t a\n \t  b\n \t\x0b\n"]
for case in cases:
    print(repr(case), "->", repr(textwrap.dedent(case)))
