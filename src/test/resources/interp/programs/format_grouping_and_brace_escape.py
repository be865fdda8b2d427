# recorded with CPython 3.14
# 3.14's message for a format spec with both grouping characters, and the SyntaxWarning for a
# backslash before a doubled brace in an f-string, given once (by the tokenizer), while other
# invalid escapes in the same f-string still warn.
for value, spec in [(1, ',_'), (1, '_,'), (2.5, ',_'), (3, ',_d'), (4, '_,x'), (5, ',,'), (6, '__')]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)

import warnings
for source in [r"f'\{{'", r"f'\}}'", r"f'\d{1}\{{'", r"f'a\{{\d'", r"f'\\{{'", r"fr'\{{'"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        value = eval(source)
    # sorted: CPython gives the tokenizer's warnings before the decoder's, Ember in source order
    print(source, repr(value), sorted(str(w.message).split(' is ')[0] for w in caught))
