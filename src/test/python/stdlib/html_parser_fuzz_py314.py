# Random inputs (fixed seed) for HTMLParser events (three parser settings, random chunking) and html.unescape: the expected output was recorded
# from CPython 3.14, so every difference in behaviour on odd input shows up.
import random, sys
from html.parser import HTMLParser
import html

class C(HTMLParser):
    def __init__(self, **kw):
        self.ev = []
        super().__init__(**kw)
    def handle_starttag(self, t, a): self.ev.append(('s', t, a))
    def handle_startendtag(self, t, a): self.ev.append(('se', t, a))
    def handle_endtag(self, t): self.ev.append(('e', t))
    def handle_data(self, d): self.ev.append(('d', d))
    def handle_comment(self, d): self.ev.append(('c', d))
    def handle_charref(self, d): self.ev.append(('cr', d))
    def handle_entityref(self, d): self.ev.append(('er', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('ud', d))

ATOMS = ['<', '>', '/', '!', '-', '--', '?', '&', '#', 'x', ';', '=', '"', "'", ' ', '\n', '\t', 'a', 'b', 'p',
         'script', 'style', 'title', 'textarea', 'plaintext', 'noscript', 'amp', 'lt', 'copy', 'notin', '12', 'x41',
         '[CDATA[', ']]', 'DOCTYPE', 'é', 'A', 'B=', '\x0b', '\xa0', 'ſ', '<!--', '-->', '</', '/>', '&#', '&amp;']
rnd = random.Random(20261126)
for n in range(250):
    doc = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 25)))
    out = []
    for kw in ({}, {'convert_charrefs': False}, {'scripting': True}):
        p = C(**kw)
        try:
            step = rnd.choice([0, 1, 2, 5])
            if step:
                for i in range(0, len(doc), step):
                    p.feed(doc[i:i+step])
            else:
                p.feed(doc)
            p.close()
            out.append(p.ev)
        except Exception as e:
            out.append(type(e).__name__ + str(e))
    print(repr(doc), out, repr(html.unescape(doc)))
