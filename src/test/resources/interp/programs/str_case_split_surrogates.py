# case mapping and strip on strs holding a high and a low surrogate as two code points
s = '\ud800\udc00'
print(ascii(s.upper()), ascii(s.lower()), ascii(s.strip()), len(s.upper()))
s = ' \ud800\udc00 '
print(ascii(s.strip()), len(s.strip()), ascii(s.swapcase()), ascii(s.title()), ascii(s.casefold()),ascii(s.capitalize()))
s = 'ab\ud800\udc00cd éf\U0001F600x'
for m in ('upper','lower','swapcase','title','casefold','capitalize','strip','lstrip','rstrip'):
    r = getattr(s, m)()
    print(m, ascii(r), len(r))
print(ascii('\ud800\udc00xy\ud800\udc00'.strip('\ud800')), ascii('\udc00\ud800\udc00x'.lstrip('\udc00')))
print(ascii('\ud800\udc00abc'.capitalize()), ascii('x\ud800\udc00abc'.title()))
