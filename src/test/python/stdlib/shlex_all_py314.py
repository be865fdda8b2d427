import shlex, io, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
cases = ['', '   ', 'a b c', "foo 'bar baz' \"qu ux\"", 'a\\ b c\\\\d', "it's", '"unterminated', "'unterm", 'trail\\',
         'a"b"c d\'e\'f', '"a\\"b" \'a\\\'', '"\\$x \\\\ \\q"', "x # comment\ny", 'one#two three', 'a;b|c&&d>e<f(g)',
         'ls -la /tmp/*.py ~user', "''", '""', "a '' b", 'x""y', 'é ñ ß', '\ttab\nnewline\rcr', '"multi\nline"',
         'echo "$HOME" `cmd` $(sub)', 'a=1 b="2 3" c', 'foo\\\nbar', "'\\'", '"\\\\"', 'a\\"b', '--opt=val -x', 'a,b.c:d']
for s in cases:
    for posix in (True, False):
        t(lambda: shlex.split(s, posix=posix))
        t(lambda: shlex.split(s, comments=True, posix=posix))
    for punct in (False, True, '|&'):
        for posix in (False, True):
            def run():
                lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
                return list(lex)
            t(run)
            def run_split():
                lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
                lex.whitespace_split = True
                return list(lex)
            t(run_split)
for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'safe-_@%+=:,./chars', 'tab\t', 'é', '*', '\n']:
    print(repr(shlex.quote(s)), shlex.split(shlex.quote(s)) == [s])
print(shlex.join(['a', 'b c', "d'e", '', 'f"g']), shlex.split(shlex.join(['a', 'b c', "d'e", '', 'f"g'])))
t(lambda: shlex.split(None))
t(lambda: shlex.quote(5))
lex = shlex.shlex('a b c')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('x y', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof, lex.lineno)
lex = shlex.shlex('line1\nline2 word\nline3', infile='f.txt')
toks = []
for tok in lex:
    toks.append((tok, lex.lineno, lex.error_leader()))
print(toks, lex.error_leader('g', 7))
lex = shlex.shlex(io.StringIO('from stream "q x"'), posix=True)
print(list(lex))
lex = shlex.shlex('outer1 outer2')
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.infile, [lex.get_token() for _ in range(4)], lex.infile)
lex = shlex.shlex('a b', punctuation_chars=True)
print(repr(lex.punctuation_chars), repr(lex.wordchars), repr(lex.whitespace), repr(lex.quotes), repr(lex.escape), repr(lex.escapedquotes), repr(lex.commenters))
print(repr(shlex.shlex().wordchars), repr(shlex.shlex(posix=True).wordchars))
t(lambda: setattr(lex, 'punctuation_chars', 'x'))
lex = shlex.shlex('a-b c.d e', posix=True)
lex.wordchars += '-'
print(list(lex))
lex = shlex.shlex('key=value; other', posix=True)
lex.whitespace += ';'
print(list(lex))
lex = shlex.shlex("a 'b c' d", posix=True)
lex.quotes = '"'
print(list(lex))
lex = shlex.shlex("a |b| c", posix=True)
lex.quotes = '|'
lex.escapedquotes = '|'
print(list(lex))
rnd = random.Random(5)
alphabet = 'ab \t\'"\\#;|&()<>-=.*\n'
for i in range(150):
    s = ''.join(rnd.choice(alphabet) for _ in range(rnd.randrange(12)))
    t(lambda: shlex.split(s))
    t(lambda: list(shlex.shlex(s, punctuation_chars=True)))
    t(lambda: list(shlex.shlex(s, posix=True, punctuation_chars=True)))
print(shlex.__all__)
