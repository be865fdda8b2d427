# html.escape / html.unescape (HTML5 character references) and html.entities tables.
import html
import html.entities as entities

print(html.escape('<a href="x" title=\'y\'>&amp; </a>'), html.escape('<"\'&>', quote=False), html.escape(''))
print(html.escape('plain text'), html.escape('&&&'), html.__all__)

CASES = [
    '', 'no refs', '&', '&&', '&;', '&#;', '&#x;', '&#', '&#x', '&#X41', '&#65', '&#65;', '&#x41;', '&#X41;B',
    '&#0;', '&#00065;', '&#x0;', '&#13;', '&#x80;', '&#x81;', '&#128;', '&#150;', '&#159;', '&#x9f;',
    '&#xD800;', '&#xDFFF;', '&#x10FFFF;', '&#x110000;', '&#1114112;', '&#99999999999;', '&#1;', '&#8;',
    '&#9;', '&#10;', '&#11;', '&#12;', '&#14;', '&#31;', '&#32;', '&#127;', '&#xFDD0;', '&#xFDEF;',
    '&#xFDF0;', '&#xFFFE;', '&#xFFFF;', '&#x1FFFE;', '&#x10FFFE;', '&#xFFFD;', '&#x1F600;',
    '&amp;', '&amp', '&AMP;', '&AMP', '&aMp;', '&lt;&gt;&quot;&apos;', '&apos', '&nbsp;x', '&nbspx',
    '&notit;', '&notin;', '&notin', '&not', '&noti', '&copy2024', '&copy;2024', '&copysr;', '&copysr',
    '&NotEqualTilde;', '&nLt;', '&acE;', '&fjlig;', '&ThickSpace;', '&unknown;', '&unknown', '&x;',
    '&amp;amp;', '&&amp;;', '& amp;', '&\tamp;', '&#38;amp;', '&' + 'a' * 40 + ';',
    '&' + 'a' * 31 + 'mp;', '&ampamp', 'a&b&c', '&lt&gt', '&ltgt', '&LT;&GT', '&Aacute&aacute;',
    '&Aacute;&AElig&AEligx', '&#x2603;&#9731;', '&#x2603&#9731', 'x&#x41y', 'é&eacute;ß', '&#65;&lt;' * 3,
    '&;amp;', '&#xg;', '&#a;', '&gt;;', '&image;&image',
]
for case in CASES:
    print(repr(case), repr(html.unescape(case)))

try:
    html.unescape(None)
except Exception as exc:
    print(type(exc).__name__)
try:
    html.escape(5)
except AttributeError as exc:
    print('AttributeError', exc)

# every HTML5 reference unescapes to its table value, with and without a following text
wrong = [name for name, value in entities.html5.items() if html.unescape('&' + name) != value]
print('html5 mismatches:', wrong)
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(sorted(entities.name2codepoint.items())[:5], entities.name2codepoint['lang'], entities.html5['lang;'])
print(entities.codepoint2name[0x22], entities.codepoint2name[8364], entities.entitydefs['amp'], repr(entities.entitydefs['nbsp']))
print(sorted(name for name in entities.html5 if not name.endswith(';'))[:20])
print(sum(map(len, entities.html5.values())), sorted({len(v) for v in entities.html5.values()}))
print(entities.__all__, sorted(n for n in dir(entities) if not n.startswith('_')))
checksum = 0
for name, value in sorted(entities.html5.items()):
    for ch in name + value:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
print('checksum', checksum)
print(all(entities.entitydefs[n] == chr(c) for n, c in entities.name2codepoint.items()))
