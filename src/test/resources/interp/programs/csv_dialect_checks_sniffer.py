# recorded with CPython 3.14
# csv: dialect validation as _csv does it (quoting types, spaces with skipinitialspace, characters
# in the line terminator, read-only dialect/reader attributes, C-style argument errors), and
# csv.Sniffer's guesses (quoted fields, consistent counts per line, preferred delimiters, headers).
import csv
import io


def attempt(label, make):
    try:
        print(label, "->", make())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def dialect_of(**kw):
    d = csv.reader([], **kw).dialect
    return (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.skipinitialspace)


for kw in [dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quoting=True),
           dict(quoting=None), dict(quoting=1.0), dict(quoting=9), dict(delimiter=" ", skipinitialspace=True),
           dict(quotechar=" "), dict(quotechar=" ", skipinitialspace=True), dict(escapechar=" ", skipinitialspace=True),
           dict(delimiter=";", lineterminator="x;"), dict(quotechar="x", lineterminator="x;"),
           dict(escapechar="x", lineterminator="x;"), dict(delimiter="ab"), dict(escapechar=""),
           dict(lineterminator=1), dict(delimiter="\n"), dict(quotechar="\r"), dict(dialect="excel-tab")]:
    attempt(kw, lambda: dialect_of(**kw))

r = csv.reader([])
w = csv.writer(io.StringIO())
print(type(r).__module__, type(r).__name__, type(w).__name__)
for obj, name in [(r, "dialect"), (r, "line_num"), (w, "dialect"), (r.dialect, "delimiter")]:
    attempt("del " + name, lambda: delattr(obj, name))
    attempt("set " + name, lambda: setattr(obj, name, 1))
attempt("reader()", lambda: csv.reader())
attempt("reader(3 args)", lambda: csv.reader([], "excel", 1))
attempt("writer()", lambda: csv.writer())
attempt("register_dialect()", lambda: csv.register_dialect())
attempt("reader dialect kw", lambda: next(csv.reader(["a\tb"], dialect="excel-tab")))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    escapechar = "\\"
    doublequote = False
    skipinitialspace = True
    lineterminator = "\r\n"
    quoting = csv.QUOTE_NONE


attempt("Semi()", lambda: Semi().quoting)
Semi.quoting = None
attempt("Semi quoting None", lambda: Semi())
Semi.quoting = csv.QUOTE_ALL
Semi.quotechar = None
attempt("Semi quotechar None", lambda: Semi())

sniffer = csv.Sniffer()
samples = [
    "a;b;c\n1;2;3\n4;5;6\n",
    "'a', 'b'\n'1', '2'\n",
    '"x","y"\n"1","2"\n',
    "name|age|town\nbob|3|york\nann|45|leeds\n",
    "a b c\n1 2 3\n",
    "one:two\tthree\nfour:five\tsix\n",
    'x,"he said ""hi""",z\n1,2,3\n',
    "no delimiter here\n",
    "a,b;c\n1,2;3\n",
]
for sample in samples:
    def guess(sample=sample):
        d = sniffer.sniff(sample)
        return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.quoting, d.lineterminator)
    attempt(repr(sample), guess)
attempt("restricted", lambda: sniffer.sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter)
for sample in ["name,age\nbob,3\nann,45\n", "1,2\n3,4\n5,6\n", "id,score\n1,2.5\n2,3.5\n",
               "aa,bbb\ncc,ddd\nee,fff\n", "title,x\nlong text here,1\nother,2\n"]:
    attempt("has_header " + repr(sample), lambda: sniffer.has_header(sample))
