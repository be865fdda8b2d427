# html.parser.HTMLParser (3.14 tokenizer): events for well-formed and malformed markup, fed
# whole, in pieces and one character at a time, with and without convert_charrefs.
from html.parser import HTMLParser
import html.parser
import _markupbase


class Collector(HTMLParser):
    def __init__(self, *args, **kw):
        self.events = []
        super().__init__(*args, **kw)

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == 'data':
            self.events[-1] = ('data', self.events[-1][1] + data)
        else:
            self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def run(source, pieces=None, **kw):
    parser = Collector(**kw)
    if pieces is None:
        parser.feed(source)
    else:
        for i in range(0, len(source), pieces):
            parser.feed(source[i:i + pieces])
    parser.close()
    return parser.events


DOCS = [
    '<html><head><title>T &amp; t</title></head><body class="x">Hi&nbsp;there</body></html>',
    '<!DOCTYPE html><p>a<br>b<br/>c<img src="x.png" alt=\'A "q"\' ismap/>',
    '<a href="/x?a=1&b=2&copy=3&amp;c=&lt;&#62;&#x3C;&notit;&lt">link</a>',
    '<A HREF=bare Title = "sp" data-X=\'1\' checked>text</A>',
    '<div a="1"b="2" c=d/e f = g/ h/>', '<p a=>x</p>', '<p =a>x</p>', '<p a="x>y">z</p>',
    '<p/a/b c/>', "<p a='unterminated>more", '<p a="u', '<br/ >', '<br / >', '<x:y.z-w>',
    '<script>if (a < b && c > d) { x = "</div>"; }</script>after',
    '<script>a</SCRIPT >b', '<script>a</script\t>b</script>', '<script>a</scripts>b</script>',
    '<style>p > a { content: "&amp;" }</style>', '<textarea>&lt;b&gt; &amp; <b>x</b></textarea>',
    '<title>A &amp; B</title>', '<xmp><b>&amp;</b></xmp>', '<iframe><p></iframe>', '<noscript><p>x</p></noscript>',
    '<plaintext><b>&amp;</b></plaintext>', '<noembed>a</noembed><noframes>b</noframes>',
    '<!-- comment -->', '<!---->', '<!-->', '<!--->', '<!-- a -- b -->', '<!-- a --!> b', '<!--a--!-->b-->',
    '<!--unclosed', '<!--unclosed-', '<!--unclosed--', '<!--unclosed--!', '<!', '<!x', '<!x>', '<!>',
    '<![CDATA[ <b> ]]>after', '<![CDATA[unclosed', '<![if !IE]>x<![endif]>', '<!DOCTYPE html PUBLIC "-//W3C//DTD">',
    '<!doctype html', '<!DocType html>', '<?xml version="1.0"?>', '<?pi', '<?>',
    '</>', '</', '</ >', '</ p>', '</p', '</p x="y">', '</1>', '</$>', '</p/>', '< p>', '<1>', '<', 'a <', 'a < b',
    '<p>&amp;&#65;&#x41;&#X41;&#65&amp&bogus;&#;&#x;&#xZ;&&#</p>', '&', '&amp', '&#', '&#6', '&#x', '&# ',
    'a & b &c; &#65 &#x41 end', '&notin; &notit; &not', 'x&#1234567890;y', '&#x110000;&#0;&#128;',
    'text<p\nclass="a"\n>more\n</p\n>', '<p>\u2603 caf\xe9</p>', '<<p>>', '<p<p>', '<p>>>', 'a</b c>d',
    '<a b c="1" b="2">', '<a B=1 b=2>', '<A\tB\n=\r1\fC>', "<a b='1'c='2'>", '<a b="&quot;&#39;">',
    '<a href="javascript:x&lpar;1&rpar;">', '<a t="&amp=1&ampx&amp;&AMP;&AMPx&copy&copy;">',
]
for doc in DOCS:
    whole = run(doc)
    print(repr(doc))
    print('  ', whole)
    raw = run(doc, convert_charrefs=False)
    if raw != whole:
        print('  raw', raw)
    for size in (1, 3):
        for kw in ({}, {'convert_charrefs': False}):
            pieces = run(doc, size, **kw)
            if pieces != (whole if not kw else raw):
                print('  pieces', size, kw, pieces)

print(run('<noscript><p>x</p></noscript>', scripting=True))
print(run('<noscript>&amp;</noscript>', scripting=True, convert_charrefs=False))

# positions
parser = Collector()
positions = []
parser.handle_starttag = lambda tag, attrs: positions.append((tag, parser.getpos()))
parser.feed('<a>\n  <b>x\n\n<c\nd=1>')
parser.feed('<e>')
parser.close()
print(positions, parser.getpos())

# buffering: what is held back until more input or close()
parser = Collector()
for piece in ['text &am', 'p; more <', 'b', '>x</', 'b', '> &#3', '9;', ' tail']:
    parser.feed(piece)
    print(repr(piece), parser.events[-1:], repr(parser.rawdata))
parser.close()
print(parser.events)

# reset, lasttag, CDATA modes, cdata support switch
parser = Collector()
parser.feed('<script>x')
print(parser.cdata_elem, parser.lasttag, repr(parser.rawdata))
parser.reset()
print(parser.cdata_elem, parser.lasttag, repr(parser.rawdata), parser.getpos(), parser.get_starttag_text())
parser.feed('<p>ok</p>')
parser.close()
print(parser.events)


class NoCdata(Collector):
    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        self._set_support_cdata(tag == 'svg')


print(run('<![CDATA[x]]>'), NoCdata().events)
p = NoCdata()
p.feed('<p><![CDATA[a>b]]><svg><![CDATA[a>b]]></svg>')
p.close()
print(p.events)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser.RCDATA_CONTENT_ELEMENTS, html.parser.__all__)

# the base class does nothing and is not abstract
base = HTMLParser()
base.feed('<a href=x>y</a><!--c--><?p><!DOCTYPE d>&amp;')
base.close()
print(base.getpos(), repr(base.rawdata))
try:
    HTMLParser(False)
except TypeError as exc:
    print('TypeError', exc)
try:
    _markupbase.ParserBase()
except RuntimeError as exc:
    print('RuntimeError', exc)

# the module's patterns that code outside the parser may use
for s in ['<a b="1" c=d/ e>', '<p/>', "<x y='z' >", '<a\x00b>', '<a b = = c>', '<1>', '<a b="unterminated']:
    found = html.parser.locatestarttagend_tolerant.match(s)
    tag = html.parser.tagfind_tolerant.match(s, 1)
    print(repr(s), found and found.span(), tag and tag.group(1), bool(html.parser.starttagopen.match(s)))
print(html.parser.endtagfind.match('</ Abc:d_e >').group(1), html.parser.charref.match('&#x41;').group())
