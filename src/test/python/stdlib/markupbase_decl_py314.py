# _markupbase.ParserBase declaration scanning (parse_declaration, parse_marked_section,
# parse_comment): fixed cases, then random inputs (fixed seed); recorded from CPython 3.14.
import _markupbase, random

class P(_markupbase.ParserBase):
    def __init__(self, data):
        super().__init__()
        self.reset()
        self.rawdata = data
        self.ev = []
    def handle_decl(self, d): self.ev.append(('decl', d))
    def unknown_decl(self, d): self.ev.append(('ud', d))
    def handle_comment(self, d): self.ev.append(('c', d))

CASES = ['<!DOCTYPE html>', '<!>', '<!', '<!-', '<!--x-->', '<!--x--  >', '<![CDATA[x]]>', '<![if x]>y',
         '<![endif]>', '<![foo[x]]>', '<!ELEMENT x (#PCDATA)>', '<!DOCTYPE x [<!ELEMENT a (b)>]>',
         '<!DOCTYPE x [<!ATTLIST a b CDATA #IMPLIED c (d|e) "d">]>', '<!DOCTYPE x [<!ENTITY % e "v">]>',
         '<!DOCTYPE x [<!ENTITY e SYSTEM "u" NDATA n>]>', '<!DOCTYPE x [<!NOTATION n PUBLIC "p" "s">]>',
         '<!DOCTYPE x [%pe; <!-- c --> ]>', '<!DOCTYPE x [<!BOGUS a>]>', '<!DOCTYPE x [<a>]>', '<!DOCTYPE x [ ] y>',
         '<!DOCTYPE x [', '<!DOCTYPE x [<!ELEMENT', '<!DOCTYPE x [<!ATTLIST a', '<!DOCTYPE x "unterminated',
         '<!DOCTYPE x PUBLIC "a" \'b\'>', '<!DOCTYPE 1>', '<!DOCTYPE x $>', '<!linktype x [y]>', '<!foo x [y]>',
         '<!DOCTYPE x [<!ATTLIST a b (c) #FIXED "v" d CDATA #REQUIRED>]>', '<!DOCTYPE x [<!ENTITY % e SYSTEM "s">]>',
         '<!DOCTYPE x [<!ELEMENT a ANY>', '<!DOCTYPE x [<!ENTITY e "v"', '<!DOCTYPE x []>', '<!DOCTYPE',
         '<!DOCTYPE x [<!ATTLIST a>]>', '<!DOCTYPE x [<!ATTLIST a b (c|d)>]>', '<!DOCTYPE x [<!ATTLIST a b #', ]
for data in CASES:
    p = P(data)
    try:
        r = p.parse_declaration(0)
        print(repr(data), r, p.ev, p.getpos())
    except Exception as e:
        print(repr(data), type(e).__name__, e, p.ev, p.getpos())
    if data.startswith('<!['):
        p = P(data)
        try:
            print('  ms', p.parse_marked_section(0), p.ev)
        except Exception as e:
            print('  ms', type(e).__name__, e)

ATOMS = ['<!', 'DOCTYPE', ' ', 'x', '[', ']', '>', '<!ELEMENT', '<!ATTLIST', '<!ENTITY', '<!NOTATION', '%', ';', '"v"',
         "'w'", '(', ')', '|', '#', 'REQUIRED', '--', '<!--', '-->', 'CDATA', 'if', 'endif', '\n', '1', '$', '"']
rnd = random.Random(20261126)
for n in range(300):
    data = '<!' + ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 14)))
    for meth in ('parse_declaration', 'parse_marked_section', 'parse_comment'):
        p = P(data)
        try:
            r = getattr(p, meth)(0)
            print(meth, repr(data), r, p.ev, p.getpos())
        except Exception as e:
            print(meth, repr(data), type(e).__name__, e, p.ev, p.getpos())
