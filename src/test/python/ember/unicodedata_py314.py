# unicodedata (Unicode 16.0.0, recorded from CPython 3.14): properties of a sample of code
# points across the whole range, derived names, lookup, numbers, normalization, errors.
import unicodedata as u

print(u.unidata_version)


def props(c):
    return (u.name(c, '-'), u.category(c), u.bidirectional(c), u.combining(c),
            u.east_asian_width(c), u.mirrored(c), u.decomposition(c),
            u.decimal(c, None), u.digit(c, None), u.numeric(c, None))


interesting = [0x0, 0x41, 0xe9, 0x1d5, 0x300, 0x301, 0x334, 0x5d0, 0x627, 0x660, 0x966,
               0x2028, 0x202e, 0x2167, 0x2153, 0x2460, 0x3000, 0x3042, 0x4e00, 0x9fff, 0xac00,
               0xd4db, 0xd7a3, 0xd800, 0xe000, 0xf900, 0xfb01, 0xfdd0, 0xfeff, 0xff21, 0xfffe,
               0x10400, 0x1d7ce, 0x1f600, 0x20000, 0x2a6df, 0x17000, 0x18b00, 0x1b170, 0x10ffff,
               0xbd, 0xb2, 0x2181, 0x5341, 0x1f100, 0xf5, 0x212b, 0x1e9e]
for cp in interesting + list(range(0, 0x110000, 509)):
    print('%X' % cp, props(chr(cp)))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'SNOWMAN', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 'GRINNING FACE', 'CJK COMPATIBILITY IDEOGRAPH-F900']:
    print(name, ascii(u.lookup(name)))
for bad in ['NO SUCH THING', 'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE ZZZ']:
    try:
        u.lookup(bad)
    except KeyError as e:
        print('KeyError', e)

text = 'Ame\u0301lie \ufb01 \u212b \u1e9b\u0323 \u2460 \uff21 \ud55c'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    result = u.normalize(form, text)
    print(form, ascii(result), u.is_normalized(form, text), u.is_normalized(form, result))

for call in [lambda: u.name('ab'), lambda: u.name(65), lambda: u.name('\x00'),
             lambda: u.decimal('a'), lambda: u.digit('x'), lambda: u.numeric('y'),
             lambda: u.normalize('XYZ', 'a'), lambda: u.category(''), lambda: u.lookup(3)]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(u.name('\x00', 'dflt'), u.decimal('a', -1), u.numeric('\u2153'), u.digit('\u00b2'))
