# str.find/rfind/index/startswith/endswith with start/end windows: every window of short
# texts (BMP, non-BMP, empty needles), compared in place without copying the window.
texts = ['', 'a', 'abcabc', 'aXbXc', '\U0001F600a\U0001F600b', 'x\U0001F600\U0001F600x', 'ééaé']
needles = ['', 'a', 'b', 'c', 'abc', 'bc', 'X', '\U0001F600', '\U0001F600b', 'é', 'ééa', 'zz']
bounds = [None, -100, -2, 0, 1, 3, 6, 100]
for text in texts:
    for needle in needles:
        row = []
        for start in bounds:
            for end in bounds:
                flags = (text.startswith(needle, start, end), text.endswith(needle, start, end),
                         text.startswith((needle, 'q'), start, end), text.endswith(('q', needle), start, end))
                row.append('%d,%d,%s' % (text.find(needle, start, end), text.rfind(needle, start, end),
                                          ''.join('1' if flag else '0' for flag in flags)))
        print(ascii(text), ascii(needle), ' '.join(row))
print([t.find('a', s) for t in texts for s in (None, 0, 1, 2, 10)])
print([t.rfind('a', 0, e) for t in texts for e in (None, 0, 1, 2, 10)])
print([t.startswith('a', s) for t in texts for s in (0, 1, 2, 3)])
print([t.endswith('c', 0, e) for t in texts for e in (1, 2, 3, 6)])
long_text = 'x' * 100000 + '<tag>'
positions = [long_text.find('<', i) for i in range(0, 100000, 1000)]
print(positions[:3], all(p == 100000 for p in positions))
print(sum(long_text.startswith('x', i) for i in range(0, 100005, 7)))
print(long_text.rfind('x', 5, 100000), long_text.rfind('<', 0, 100000), long_text.find('<', 99999, 100001))
try:
    long_text.index('<', 0, 100000)
except ValueError as exc:
    print(exc)
