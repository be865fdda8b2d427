# difflib.HtmlDiff (full and context tables, wrapping, tabs, empty inputs, anchors shared across
# tables) and _mdiff's marked side-by-side rows.
import difflib

a = ['line %d\n' % i for i in range(1, 30)]
b = list(a)
b[3] = 'line 4 changed\n'
del b[10:12]
b.insert(15, 'inserted\n')
b[20] = '\tline with\ttabs and a very long tail that needs wrapping somewhere\n'
b.append('tail <&>\n')

for row in difflib._mdiff(a[:8], b[:8]):
    print(row)
print(list(difflib._mdiff(['2'], ['3'], 1)))
for row in difflib._mdiff(a, b, context=2):
    print(row)

difflib.HtmlDiff._default_prefix = 0
full = difflib.HtmlDiff()
print(full.make_table(a, b, 'from', 'to'))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=20).make_table(a, b, context=True, numlines=1))
print(full.make_table([], []))
print(full.make_table(a, a, context=True))
print(full.make_table(['same\n'], ['same\n']))
print(difflib.HtmlDiff(wrapcolumn=5).make_file(['abcdefghijklmnop\n', 'x\n'], ['abcdefXhijklmnop\n'], 'a', 'b'))
print(full.make_file(['caf\xe9 \u2603\n'], ['cafe \u2603\n'], charset='ascii'))
print(difflib.HtmlDiff._default_prefix)
