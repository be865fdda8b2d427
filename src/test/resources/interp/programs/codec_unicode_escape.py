# recorded with CPython 3.14
# The unicode_escape and raw_unicode_escape codecs: encoding, decoding, error reasons and ranges
# under each error handler, and the DeprecationWarning for an invalid escape.
import warnings
import codecs
samples = ['abc', 'tab\there\n', 'quote\'"\\', 'é\x00\x7f\x80ÿ', 'Ā€\uffff', '\U0001F600\U0010FFFF', '\ud800x']
for s in samples:
    for enc in ('unicode_escape', 'raw-unicode-escape'):
        b = s.encode(enc)
        print(enc, ascii(s), b, ascii(b.decode(enc)) if '\ud800' not in s or True else '')
bad = [b'\\', b'abc\\', b'\\x4', b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\U1234567', b'\\N{LATIN SMALL LETTER A}', b'\\N{foo}xx',
       b'\\N', b'\\N{', b'\\N{}', b'\\q', b'\\777', b'\\101\\7\\08', b'line\\\ncont', b'\\a\\b\\f\\v\\\'', b'\xe9\\xe9']
for b in bad:
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try:
                r = ascii(b.decode('unicode-escape', errors))
            except UnicodeDecodeError as e:
                r = f'UnicodeDecodeError {e.start} {e.end} {e.reason} | {e}'
        print(b, errors, r, [(x.category.__name__, str(x.message)) for x in w])
raw = [b'\\u0041', b'\\\\u0041', b'\\\\\\u0041', b'\\x41', b'\\u004', b'\\U00110000', b'a\\', b'\\U0001F600', b'\xff\\N{x}']
for b in raw:
    try:
        print(b, ascii(b.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(b, 'UnicodeDecodeError', e)
print(codecs.lookup('raw-unicode-escape').name, codecs.lookup('Unicode_Escape').name)
print(str(br'\u0663\u0661\u0664 ', 'raw-unicode-escape'), int(str(br'\u0663\u0661\u0664 ', 'raw-unicode-escape')))
