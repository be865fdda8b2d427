# Recorded with CPython 3.14: long words no longer leave trailing whitespace (3.14 fix).
import textwrap

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-term "
        "arrangement -- nobody minded! Use the -b option, or --verbose; see e-mail "
        "addresses like foo-bar@example.com and numbers 1-2-3 or x-1. "
        "Supercalifragilisticexpialidocious-extraordinarily-hyphenated words too.")
for width in [1, 5, 10, 15, 20, 33, 50, 70, 200]:
    print(width, textwrap.wrap(text, width))
for width in [5, 12, 25]:
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))
    print(width, textwrap.wrap(text, width, break_long_words=False))
    print(width, textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))

w = textwrap.TextWrapper(width=30)
print(w._split("Look, goof-ball -- use the -b option!"))
print(w._split("Hello there -- you goof-ball, use the -b option! a--b --c d-- e---f g-h-i-j 9-9 ab-c a-bc"))
print(w._split("what the--hey!  and--then 'quoted--dash' x.--y \"z\"--w"))

messy = "  Leading\tand\ttabs\nnewlines\r\nand  double  spaces   trailing   "
for kw in [{}, {"expand_tabs": False}, {"replace_whitespace": False}, {"drop_whitespace": False},
           {"tabsize": 4}, {"expand_tabs": False, "replace_whitespace": False, "drop_whitespace": False}]:
    print(kw, textwrap.wrap(messy, 12, **kw))

print(textwrap.wrap("one. two! three? four.\" five x. Mr. Smith went. End", 80, fix_sentence_endings=True))
print(textwrap.fill("This is a sentence. And another. Here.", 15, fix_sentence_endings=True))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="    "))
print(textwrap.fill(text, 30, initial_indent="-" * 29, subsequent_indent=">"))

for max_lines in [1, 2, 3, 10]:
    print(max_lines, textwrap.wrap(text, 30, max_lines=max_lines))
    print(max_lines, textwrap.wrap(text, 30, max_lines=max_lines, placeholder="..."))
print(textwrap.wrap("Hello  there  ", 10, max_lines=1, placeholder="."))
print(textwrap.wrap("Hello there, how are you?", 12, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("aaaaaaaaaaaaaaaaa bb", 10, max_lines=2, placeholder="..."))
print(textwrap.wrap("a b c d e", 5, max_lines=2, drop_whitespace=False))
print(textwrap.wrap("short", 10, max_lines=1))
attempt("placeholder too large", textwrap.wrap, "some text here", 5, max_lines=1, placeholder=" [......]")
attempt("placeholder indent", textwrap.wrap, "some text here", 8, max_lines=2, subsequent_indent="    ", placeholder=" [...]")
attempt("zero width", textwrap.wrap, "abc", 0)
attempt("negative width", textwrap.fill, "abc", -3)
attempt("zero width empty", textwrap.wrap, "", 0)
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill(""), textwrap.wrap("   ", drop_whitespace=False))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("ab-cd-ef-gh-ij", 4), textwrap.wrap("----------", 4))
print(textwrap.wrap("a-b-c-d-e-f-g", 3), textwrap.wrap("longword-withhyphen", 12))

for width in [5, 11, 12, 15, 40]:
    attempt(f"shorten {width}", textwrap.shorten, "Hello  world!  How are   you doing today?", width)
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))
print(textwrap.shorten("  lots   of\n\twhite\tspace  ", 100))
attempt("shorten tiny", textwrap.shorten, "Hello world", 3)

dedent_cases = [
    "    hello\n      world\n    end",
    "\thello\n\t  world\n",
    "  a\n\tb\n",
    "    a\n\n    b\n  \n",
    "   \n  x\n    y\n",
    "no indent\n   indented",
    "",
    "   ",
    "  only\n",
    "\n\n  a\n  b\n\n",
    "  \t a\n  \t b\n  \tc",
    "  a\r\n  b\r\n",
    "  x\n \n   \t\n  y",
    "\t\ta\n\t b",
]
for case in dedent_cases:
    print(repr(case), "->", repr(textwrap.dedent(case)))

print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")))
print(repr(textwrap.indent("a\n\nb", "  ", lambda line: True)))
print(repr(textwrap.indent("ab\ncd\nef", "#", lambda line: "c" in line)))
print(repr(textwrap.indent("", "x")))
w = textwrap.TextWrapper(width=20, max_lines=2)
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, w.placeholder)
w.width = 8
print(w.wrap("changing the width works later too"))
print(sorted(textwrap.__all__))
