# str searching methods count code points, as CPython: non-BMP characters are one code point,
# lone surrogates are separate code points (even side by side), and a lone surrogate never
# matches half of a real character.
s = 'a\U0001F600b\ud800c\udc00d' + '\ud800' + '\udc00' + 'e\U0001F600'
subs = ['b', '\ud800', '\udc00', '\U0001F600', 'e', '\ud800' + '\udc00', 'c\udc00', '\U0001F600b', 'x', '',
        '\ud83d', '\ude00', 'd\ud800']
print(len(s), [hex(ord(c)) for c in s])
for sub in subs:
    print(ascii(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5),
          s.count(sub, 3, 9), s.startswith(sub, 1), s.endswith(sub), s.endswith(sub, 0, 3), sub in s)
    for method in (s.index, s.rindex):
        try:
            print(method(sub, 3))
        except ValueError as e:
            print(e)
    if sub:
        print(ascii(s.split(sub)), ascii(s.rsplit(sub, 1)), ascii(s.split(sub, 1)))
        print(ascii(s.partition(sub)), ascii(s.rpartition(sub)))
        print(ascii(s.replace(sub, '_')), ascii(s.replace(sub, '\ud800', 1)), ascii(s.replace(sub, '\udc00')))
        print(ascii(s.removeprefix(sub)), ascii(s.removesuffix(sub)), s.startswith((sub, 'zz')))
print(ascii(s.replace('', '\udc00', 3)), ascii('\ud800\ud800'.replace('\ud800', '\udc00\ud800')))
glued = '\ud800' + '\udc00'
print(len(glued), glued.find('\udc00'), glued.count('\ud800'), glued == '\U00010000', glued in '\U00010000')
print(hash(glued) == hash('\U00010000'), {glued: 1}.get('\U00010000'), len({glued, '\U00010000'}))
print('\U00010000'.find('\ud800'), '\ud800' in '\U00010000', '\U00010000'.split('\udc00'), '\U00010000'.count('\udc00'))
print(ascii('x\ud800'.join(['\udc00', '\udc00'])), ascii(('\ud800' + '\udc00').split('\ud800')))
print('\U0001F600\ud800'.find('\ud800'), '\U0001F600x\U0001F600'.rfind('x'), '\U0001F600x'.index('x'))
