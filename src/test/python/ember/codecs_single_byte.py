# The table-driven 8-bit codecs (cp437, koi8_r, mac_roman, iso8859_*, EBCDIC pages, ...): names,
# aliases, all 256 bytes each way, error handlers, and their use by str/bytes/codecs/io.
# Recorded with CPython 3.13.
import codecs
names = ["cp437", "IBM437", "437", "cp850", "cp037", "koi8_r", "KOI8-R", "mac_roman", "macintosh", "latin2", "ISO-8859-2",
         "iso8859_15", "cyrillic", "greek", "hebrew", "cp1251", "windows-1250", "cp874", "tis-620", "cp875", "cp1006",
         "mac_cyrillic", "mac-turkish", "cp866", "cp273", "cp424", "ebcdic-cp-us"]
for n in names:
    info = codecs.lookup(n)
    print(n, info.name)
everything = bytes(range(256))
for n in names:
    text = everything.decode(n, "replace")
    print(n, ascii(text))
    back = text.encode(n, "replace")
    print(n, back == everything, ascii(bytes(b for b, c in zip(everything, text) if c != "\ufffd")[:10]))
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("cp437 euro", lambda: "a\u20acb\u20ac".encode("cp437"))
attempt("cp437 euro ignore", lambda: "a\u20acb".encode("cp437", "ignore"))
attempt("cp437 euro xml", lambda: "a\u20ac\u20acb".encode("cp437", "xmlcharrefreplace"))
attempt("cp437 euro backslash", lambda: "a\u20acb".encode("cp437", "backslashreplace"))
attempt("cp437 euro name", lambda: "a\u20acb".encode("cp437", "namereplace"))
attempt("cp437 surrogateescape", lambda: "a\udc80b".encode("cp437", "surrogateescape"))
attempt("cp437 surrogatepass", lambda: "a\udc80b".encode("cp437", "surrogatepass"))
attempt("cp037 xml", lambda: "\u20ac".encode("cp037", "xmlcharrefreplace"))
attempt("cp1006 dup", lambda: "\ufe8e".encode("cp1006"))
attempt("cp875 dup", lambda: "\x1a".encode("cp875"))
attempt("cp874 undefined", lambda: b"\xdb\xdc".decode("cp874"))
attempt("cp874 undefined replace", lambda: b"a\xdbb".decode("cp874", "replace"))
attempt("cp874 undefined backslash", lambda: b"a\xdbb".decode("cp874", "backslashreplace"))
attempt("cp874 surrogateescape", lambda: b"a\xdbb".decode("cp874", "surrogateescape"))
attempt("koi8 bytes()", lambda: bytes("привет", "koi8_r"))
attempt("koi8 str()", lambda: str(b"\xd0\xd2\xc9\xd7\xc5\xd4", "koi8_r"))
attempt("codecs.encode", lambda: codecs.encode("é", "cp850"))
attempt("codecs.decode", lambda: codecs.decode(b"\x82", "cp850"))
attempt("codecs.encode bytes", lambda: codecs.encode(b"x", "cp850"))
attempt("unknown", lambda: codecs.lookup("cp9999"))
attempt("incremental", lambda: codecs.getincrementaldecoder("cp437")().decode(b"\x80\x81"))
attempt("iterencode", lambda: b"".join(codecs.iterencode(["\xc7", "\xfc"], "cp437")))
import io
attempt("TextIOWrapper", lambda: io.TextIOWrapper(io.BytesIO(b"\x80\x81\n"), encoding="cp437").read())
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="mac_roman")
w.write("caf\xe9 \u2122")
w.flush()
print(buf.getvalue())
