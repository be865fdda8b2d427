import fnmatch

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

patterns = ['*.txt', '*', '**', 'a*b', '*a*b', '*a*b*', 'a*b*c*d', '?', '[abc]', '[!abc]', '[a-z]',
            '[z-a]', '[', '[]', '[!]', '[]]', '[!]]', '[a-]', '[-a]', '[a\\]]', '[^a]', '[[:alpha:]]',
            '[a-c-e]', 'a[b-d-f]g', '[--0]', '[!--0]', '\\*', 'a.b+c(d)', '[a&&b]', '[a~~b]', '[a||b]',
            '[a--b]', '[b-a-z]', '[\\-^]', '[*]', '***a', 'a**', '*?*', '[!a-]', '[a-z-]', '[c-a]x',
            '[!c-a]', 'ab[', '', '[!', '[!]a]', '[a-b-c-d]', '[a-a]', '[!b-a]x', '[[]', '[-]', '[!-]',
            '[z-a-c]', '[a-cx-z]', 'é*[à-ü]', '*.[ch]', '?*?', 'a*?', '[a-\\]', 'x[\\]-z]y', '[-]]']
for pat in patterns:
    print(repr(pat), repr(fnmatch.translate(pat)))

names = ['a.txt', 'b.TXT', 'readme', '.hidden', 'ab', 'aXb', 'a\nb', '[', ']', '-', '!', '^', '\\',
         'abc.c', 'x.h', 'é.à', 'aa', 'b', 'z', '*', '0', 'a-b']
for pat in ['*.txt', '*.TXT', 'a*b', '?', '[a-c]*', '[!a-c]', '[]-]', '*.[ch]', '[[]', '[\\]', '[!!]',
            '[*]', 'a?b', '*a*', '[--0]', '[z-a]', '[!z-a]', '[^]', '.*']:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.filterfalse(names, pat) if hasattr(fnmatch, "filterfalse") else [n for n in names if not fnmatch.fnmatch(n, pat)])
print(fnmatch.fnmatch('Foo.PY', '*.py'), fnmatch.fnmatchcase('Foo.PY', '*.py'), fnmatch.fnmatchcase('foo.py', '*.py'))
print(fnmatch.fnmatch(b'file.bin', b'*.bin'), fnmatch.fnmatchcase(b'\xff', b'[\xf0-\xff]'), fnmatch.filter([b'a', b'b'], b'[a]'))
print(fnmatch.fnmatch('a' * 50 + 'b', '*a*a*a*a*a*a*a*a*a*a*c'))
print(fnmatch.fnmatch('line1\nline2', 'line1*line2'))
attempt("mixed types", fnmatch.fnmatch, 'abc', b'*')
attempt("mixed types 2", fnmatch.fnmatchcase, b'abc', '*')
attempt("int name", fnmatch.fnmatch, 1, '*')
attempt("int pattern", fnmatch.fnmatchcase, 'a', 1)
attempt("translate int", fnmatch.translate, 5)
attempt("filter int", fnmatch.filter, [1], '*')
print(all(name in fnmatch.__all__ for name in ["filter", "fnmatch", "fnmatchcase", "translate"]))
